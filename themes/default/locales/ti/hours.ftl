# Machine translation: waiting for review by a native speaker.
# Opening hours in words. The days and times come from CLDR; these are the words around them.
hours-closed = ዕጹው
hours-all-day = ምሉእ መዓልቲ ክፉት
hours-holidays-closed = ኣብ ህዝባዊ በዓላት ዕጹው
hours-holidays-open = ህዝባዊ በዓላት፦ { $hours }
hours-holidays-all-day = ኣብ ህዝባዊ በዓላት ምሉእ መዓልቲ ክፉት
hours-as-written = ከምቲ እቲ ምንጪ ዝጸሓፎ፦
closed-now = ሕጂ ዕጹው እዩ
