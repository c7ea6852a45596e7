# Machine translation: waiting for review by a native speaker.
# El horario en palabras. Los días y las horas vienen de CLDR; estas son las palabras de alrededor.
hours-closed = Cerrado
hours-all-day = Abierto todo el día
hours-holidays-closed = Cerrado los días festivos
hours-holidays-open = Días festivos: { $hours }
hours-holidays-all-day = Abierto todo el día los días festivos
hours-as-written = Tal como lo escribe la fuente:
closed-now = Cerrado ahora
