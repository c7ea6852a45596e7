# Machine translation: waiting for review by a native speaker.
# Часы работы словами. Дни и время берутся из CLDR; здесь — слова вокруг них.
hours-closed = Закрыто
hours-all-day = Открыто весь день
hours-holidays-closed = В праздничные дни закрыто
hours-holidays-open = Праздничные дни: { $hours }
hours-holidays-all-day = В праздничные дни открыто весь день
hours-as-written = Как записано в источнике:
closed-now = Сейчас закрыто
