# Machine translation: waiting for review by a native speaker.
# Opening hours in words. The days and times come from CLDR; these are the words around them.
hours-closed = بند
hours-all-day = ټوله ورځ خلاص
hours-holidays-closed = په رسمي رخصتیو کې بند دی
hours-holidays-open = رسمي رخصتۍ: { $hours }
hours-holidays-all-day = په رسمي رخصتیو کې ټوله ورځ خلاص دی
hours-as-written = لکه څنګه چې سرچینه لیکلي دي:
closed-now = اوس بند دی
