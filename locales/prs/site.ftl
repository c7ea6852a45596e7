# Machine translation: waiting for review by a native speaker.
# متن‌های مخصوص این سایت: جای پیام‌های پوسته را که همین شناسه را دارند می‌گیرند.
site-title = کودکان در مسیر مهاجرت
