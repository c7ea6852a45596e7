# Machine translation: waiting for review by a native speaker.
# Gli orari a parole. I giorni e le ore vengono da CLDR; queste sono le parole intorno.
hours-closed = Chiuso
hours-all-day = Aperto tutto il giorno
hours-holidays-closed = Chiuso nei giorni festivi
hours-holidays-open = Giorni festivi: { $hours }
hours-holidays-all-day = Aperto tutto il giorno nei giorni festivi
hours-as-written = Come li scrive la fonte:
closed-now = Chiuso ora
