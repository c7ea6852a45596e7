# Machine translation: waiting for review by a native speaker.
# Opening hours in words. The days and times come from CLDR; these are the words around them.
hours-closed = بند
hours-all-day = سارا دن کھلا
hours-holidays-closed = سرکاری چھٹیوں پر بند
hours-holidays-open = سرکاری چھٹیاں: { $hours }
hours-holidays-all-day = سرکاری چھٹیوں پر سارا دن کھلا
hours-as-written = جیسے ماخذ میں لکھا ہے:
closed-now = ابھی بند ہے
