# Opening hours in words. Machine-made translation: waits for review.
hours-closed = Κλειστό
hours-all-day = Ανοιχτό όλη μέρα
hours-holidays-closed = Κλειστό τις επίσημες αργίες
hours-holidays-open = Επίσημες αργίες: { $hours }
hours-holidays-all-day = Ανοιχτό όλη μέρα τις επίσημες αργίες
hours-as-written = Όπως τα γράφει η πηγή:
closed-now = Κλειστό τώρα
