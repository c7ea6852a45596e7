# Opening hours in words. The days and times come from CLDR; these are the words around them.
hours-closed = Closed
hours-all-day = Open all day
hours-holidays-closed = Closed on public holidays
hours-holidays-open = Public holidays: { $hours }
hours-holidays-all-day = Open all day on public holidays
hours-as-written = As the source writes them:
closed-now = Closed now
