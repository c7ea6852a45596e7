# Machine translation: waiting for review by a native speaker.
# متن‌های مخصوص این سایت: جای پیام‌های پوسته با همان شناسه را می‌گیرند.
site-title = کودکان در حال جابه‌جایی
