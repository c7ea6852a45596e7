# Opening hours in words. Machine-made translation: waits for review.
hours-closed = Fermé
hours-all-day = Ouvert toute la journée
hours-holidays-closed = Fermé les jours fériés
hours-holidays-open = Jours fériés : { $hours }
hours-holidays-all-day = Ouvert toute la journée les jours fériés
hours-as-written = Tels que la source les écrit :
closed-now = Fermé en ce moment
