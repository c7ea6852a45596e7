# Opening hours in words. Machine-made translation: waits for review.
hours-closed = Зачинено
hours-all-day = Відчинено цілий день
hours-holidays-closed = Зачинено у державні свята
hours-holidays-open = Державні свята: { $hours }
hours-holidays-all-day = Відчинено цілий день у державні свята
hours-as-written = Як їх записує джерело:
closed-now = Зараз зачинено
