# Opening hours in words. Machine-made translation: waits for review.
hours-closed = مغلق
hours-all-day = مفتوح طوال اليوم
hours-holidays-closed = مغلق في العطل الرسمية
hours-holidays-open = العطل الرسمية: { $hours }
hours-holidays-all-day = مفتوح طوال اليوم في العطل الرسمية
hours-as-written = كما يكتبها المصدر:
closed-now = مغلق الآن
