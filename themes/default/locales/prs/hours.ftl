# Machine translation: waiting for review by a native speaker.
# Opening hours in words (Dari). The days and times come from CLDR; these are the words around them.
hours-closed = بسته
hours-all-day = تمام روز باز است
hours-holidays-closed = در رخصتی‌های رسمی بسته است
hours-holidays-open = رخصتی‌های رسمی: { $hours }
hours-holidays-all-day = در رخصتی‌های رسمی تمام روز باز است
hours-as-written = همان‌طور که منبع نوشته است:
closed-now = حالا بسته است
