# Machine translation: waiting for review by a native speaker.
# Öffnungszeiten in Worten. Tage und Uhrzeiten kommen aus CLDR; hier stehen die Wörter drumherum.
hours-closed = Geschlossen
hours-all-day = Den ganzen Tag geöffnet
hours-holidays-closed = An Feiertagen geschlossen
hours-holidays-open = Feiertage: { $hours }
hours-holidays-all-day = An Feiertagen den ganzen Tag geöffnet
hours-as-written = So steht es in der Quelle:
closed-now = Jetzt geschlossen
