# Machine translation: waiting for review by a native speaker.
# Opening hours in words. The days and times come from CLDR; these are the words around them.
hours-closed = داخراوە
hours-all-day = هەموو ڕۆژەکە کراوەیە
hours-holidays-closed = لە پشووە فەرمییەکاندا داخراوە
hours-holidays-open = پشووە فەرمییەکان: { $hours }
hours-holidays-all-day = لە پشووە فەرمییەکاندا هەموو ڕۆژەکە کراوەیە
hours-as-written = وەک سەرچاوەکە نووسیویەتی:
closed-now = ئێستا داخراوە
