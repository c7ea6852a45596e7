# Opening hours in words. Machine-made translation: waits for review.
hours-closed = بسته
hours-all-day = تمام روز باز
hours-holidays-closed = در تعطیلات رسمی بسته است
hours-holidays-open = تعطیلات رسمی: { $hours }
hours-holidays-all-day = در تعطیلات رسمی تمام روز باز است
hours-as-written = همان‌طور که منبع نوشته است:
closed-now = اکنون بسته است
