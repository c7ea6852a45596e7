# Machine translation: waiting for review by a native speaker.
# Çalışma saatleri, kelimelerle. Günler ve saatler CLDR'den gelir; bunlar çevresindeki kelimeler.
hours-closed = Kapalı
hours-all-day = Bütün gün açık
hours-holidays-closed = Resmî tatillerde kapalı
hours-holidays-open = Resmî tatiller: { $hours }
hours-holidays-all-day = Resmî tatillerde bütün gün açık
hours-as-written = Kaynakta yazıldığı gibi:
closed-now = Şu an kapalı
