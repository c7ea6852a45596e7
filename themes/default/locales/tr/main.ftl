# Machine translation: waiting for review by a native speaker.
# Varsayılan temanın arayüz metinleri (Türkçe). Okura "sen" diye hitap edilir.
# Çevirmenler: mesaj kimliklerini ("=" işaretinin solu) değiştirmeyin, metni çevirin.
# { $name } biçimindeki kısımları Waymark doldurur: olduğu gibi bırakın.

site-title = Yoldaki çocuklar
skip-to-content = İçeriğe geç
main-navigation = Bölümler
language-switcher = Bu sayfayı başka bir dilde oku
language-chooser-title = Dilini seç
language-chooser-intro = Bu site şu dillerde var.
home = Ana sayfa
breadcrumbs = Buradasın
# Henüz çevrilmemiş bir sayfanın üstünde görünür. $language, ziyaretçinin dilinin adıdır.
# "şu dile: …" yapısı, dil adına ek getirmemek içindir.
not-translated = Bu sayfa henüz şu dile çevrilmedi: { $language }. Aşağıda şu dilde okuyabilirsin: { $source }.
machine-translated = Makineyle çevrildi. Metni henüz bir insan kontrol etmedi.
page-not-found-title = Sayfa bulunamadı
page-not-found-text = Bu sayfayı bulamadık. Başka bir yere taşınmış olabilir.
back-home = Ana sayfaya git
moved-title = Bu sayfa taşındı
moved-text = Bu sayfanın yeni bir adresi var. Bir şey olmazsa bu bağlantıya dokun:
updated = Güncelleme: { $date }
pages-count = { $count ->
    [one] { $count } sayfa
   *[other] { $count } sayfa
}
# Bir bölümün ya da rehberin uzun listesi sayfalara bölünür; bu, sayfalar arasındaki bağlantıların adıdır (ekran okuyucular için).
pagination = Bu listenin sayfaları
# $page bu sayfanın numarası, $total toplam sayfa sayısıdır.
page-of = { $total } sayfadan { $page }. sayfa
previous-page = Önceki sayfa
next-page = Sonraki sayfa
footer-license = Bu sitenin metni Creative Commons Atıf 4.0 lisansıyla (CC BY 4.0) kullanılabilir.
footer-built = Waymark ile yapıldı.
# Kampanya: üç bölümü, videoları ve video metinleri.
campaign-part = Bölüm { $number }
campaign-navigation = Kampanyanın videoları
previous-part = Önceki bölüm
next-part = Sonraki bölüm
all-parts = Üç videonun hepsi
play-video = Videoyu oynat
video-external = Oynat düğmesine bastığında video youtube-nocookie.com üzerinden oynar.
video-unsupported = Tarayıcın bu videoyu burada oynatamıyor. Aşağıdan indirebilirsin.
video-duration = Süre: { $duration }
download-video = Videoyu indir ({ $size })
transcript = Videoda söylenenler
transcript-fallback = Henüz şu dilde altyazı yok: { $language }. Videoda söylenenleri şu dilde okuyabilirsin: { $source }.
placeholder-media = Bu video geçici. Yerine kampanyanın gerçek videosu gelecek.
# Yardım hatları ve hizmetler rehberi.
directory-title = Yardım hatları ve hizmetler
directory-intro = Çocukların ve gençlerin yardım alabileceği telefon numaraları ve yerler. Her kayıtta bilgilerin nereden geldiği ve ne kadar eski olduğu yazar.
help-strip-title = Şimdi yardıma mı ihtiyacın var?
help-strip-more = Diğer yardım hatları
directory-by-country = Ülkeye göre
directory-by-category = Yardım türüne göre
directory-all = Tüm yardım hatları ve hizmetler
directory-count = { $count ->
    [one] { $count } yardım hattı veya hizmet
   *[other] { $count } yardım hattı ve hizmet
}
directory-filter = Sadece şunu göster
directory-filter-country = Ülke
directory-filter-category = Yardım türü
directory-filter-language = Dil
directory-filter-nojs = Aşağıdaki listelerden bir ülke ya da yardım türü seç.
directory-filter-any = Tümü
directory-none = Sonuç yok. Başka bir seçim dene.
kind-helpline = Yardım hattı
kind-service = Hizmet
badge-free = Ücretsiz
badge-confidential = Gizli
badge-example = Örnek
example-entry = Bu, rehberin nasıl çalıştığını gösteren örnek bir kayıt. Buradaki bilgileri kullanma.
send-sms = SMS gönder
open-whatsapp = WhatsApp
answers-in = Yanıt verdiği diller:
hours = Çalışma saatleri
hours-always = 7 gün 24 saat açık
open-now = Şu an açık
closes-at = Kapanış: saat { $time }
opens-at = Açılış: { $day }, saat { $time }
for-ages = Yaş: { $ages }
checked-on = Kontrol tarihi: { $date }
source = Kaynak:
# Where an entry's details come from. $source is the source's name (a link when it has
# an address); $date is a date exactly as the source gives it (2021, 2021-04 or 2021-04-07).
entry-source-from = Kaynak: { $source }, { $date }
# Only for an entry a person of this site checked. $date: the day they checked.
entry-checked-by-us = Bizim kontrolümüz: { $date }
# On an entry older than the site allows. $date: the date its details are from.
entry-stale = Bu bilgiler { $date } tarihli, değişmiş olabilir.
# Followed by the site's emergency number as a call button.
entry-stale-call = Kimse cevap vermezse bu numarayı ara:
entry-interpreters = Tercüman var
# When the source shows no date (`date: unknown`).
entry-source-undated = Kaynak: { $source } (kaynakta tarih yok)
entry-stale-undated = Bu bilgilerin tarihi yok, değişmiş olabilir.
website = Web sitesi
email = E-posta
address = Adres
more-details = Daha fazla bilgi
country-EU = Tüm AB için numaralar
country-AT = Avusturya
country-BE = Belçika
country-BG = Bulgaristan
country-CY = Kıbrıs
country-DE = Almanya
country-ES = İspanya
country-FR = Fransa
country-GR = Yunanistan
country-IT = İtalya
country-MT = Malta
country-NL = Hollanda
country-PL = Polonya
country-RO = Romanya
country-TR = Türkiye
country-UA = Ukrayna
category-emergency = Acil durumlar
category-child-helpline = Çocuk yardım hatları
category-missing-children = Kayıp çocuklar
category-anti-trafficking = İnsan ticareti
category-child-protection = Çocuk koruma
category-asylum = Sığınma
category-legal = Hukuki yardım
category-health = Sağlık
category-mental-health = Duygular ve ruh sağlığı
category-shelter = Kalacak güvenli bir yer
category-education = Okul ve öğrenme
category-family-tracing = Aileni bulmak
category-food = Yiyecek
# Hızlı çıkış ve sayfa güvenliği.
quick-exit = Hızlı çıkış
quick-exit-hint = Bu siteden hemen çıkar ve sıradan bir sayfa açar. Esc tuşuna iki kez de basabilirsin.
offline-title = İnternete bağlı değilsin
offline-text = Bu sayfa telefonuna kaydedilmedi. Bu numaralar internet olmadan da çalışır:

## Search
search-title = Arama
search-description = Bu sitenin tüm sayfalarında, kendi dilinde ara.
search-label = Aranacak kelimeler
search-button = Ara
search-searching = “{ $query }” aranıyor…
search-none = “{ $query }” ile eşleşen sayfa yok. Başka bir kelime dene ya da aşağıdaki sayfalara göz at.
search-found = “{ $query }” ile eşleşen sayfalar:
search-unavailable = Arama şu anda kullanılamıyor. Tüm sayfalar aşağıda.
search-all-pages = Tüm sayfalar
# The bar at the top of every page: its label, the button that opens the help numbers, and
# the link to the page on hiding a visit (after the quick exit's explanation).
safety-bar = Yardım ve hızlı çıkış
get-help = Yardım al
quick-exit-guide = Ziyaretini nasıl gizlersin
# The button that opens the list of the site's sections.
menu = Menü
