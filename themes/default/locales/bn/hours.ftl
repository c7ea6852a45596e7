# Machine translation: waiting for review by a native speaker.
# Opening hours in words. The days and times come from CLDR; these are the words around them.
hours-closed = বন্ধ
hours-all-day = সারাদিন খোলা
hours-holidays-closed = সরকারি ছুটির দিনে বন্ধ
hours-holidays-open = সরকারি ছুটির দিন: { $hours }
hours-holidays-all-day = সরকারি ছুটির দিনে সারাদিন খোলা
hours-as-written = উৎসে যেভাবে লেখা আছে:
closed-now = এখন বন্ধ
