# Machine translation: waiting for review by a native speaker.
# Interface strings of the default theme (Pashto). The child is addressed informally (ته).
# Translators: keep the message ids (left of "="), translate the text.
# { $name } parts are filled in by Waymark: keep them as they are.

site-title = کډوال ماشومان
skip-to-content = اصلي متن ته لاړ شه
main-navigation = برخې
language-switcher = دا پاڼه په بله ژبه ولوله
language-chooser-title = خپله ژبه وټاکه
language-chooser-intro = دا وېبپاڼه په دې ژبو کې شته.
home = کور پاڼه
breadcrumbs = ته دلته یې
# Shown above a page that has no translation yet. $language is the name of the visitor's language.
not-translated = دا پاڼه لا تر اوسه په { $language } نه ده ژباړل شوې. لاندې یې په { $source } لوستلی شې.
machine-translated = دا متن ماشین ژباړلی دی. تر اوسه کوم انسان د هغه ټکي نه دي کتلي.
page-not-found-title = پاڼه ونه موندل شوه
page-not-found-text = موږ دا پاڼه ونه موندله. کېدای شي بل ځای ته تللې وي.
back-home = کور پاڼې ته لاړ شه
moved-title = دا پاڼه بل ځای ته تللې ده
moved-text = دا پاڼه نوې پته لري. که هېڅ ونه شول، دا لینک پرانیزه:
updated = تازه شوې: { $date }
pages-count = { $count ->
    [one] { $count } پاڼه
   *[other] { $count } پاڼې
}
# The list of a long section or directory list is split into pages; this names the links between them (for screen readers).
pagination = د دې لېست پاڼې
# $page is the number of this page, $total how many there are.
page-of = پاڼه { $page } له { $total } څخه
previous-page = مخکېنۍ پاڼه
next-page = بله پاڼه
footer-license = د دې وېبپاڼې متن د کرېټیو کامنز د انتساب ۴٫۰ جواز (CC BY 4.0) لاندې شته.
footer-built = په Waymark جوړه شوې.
# The campaign: its three parts, their videos and transcripts.
campaign-part = برخه { $number }
campaign-navigation = د کمپاین ویډیوګانې
previous-part = مخکېنۍ برخه
next-part = بله برخه
all-parts = درې واړه ویډیوګانې
play-video = ویډیو پیل کړه
video-external = کله چې د پیل تڼۍ ووهې، ویډیو له youtube-nocookie.com څخه پیلېږي.
video-unsupported = ستا براوزر دا ویډیو دلته نشي ښودلی. لاندې یې ډاونلوډ کولی شې.
video-duration = اوږدوالی: { $duration }
download-video = ویډیو ډاونلوډ کړه ({ $size })
transcript = ویډیو څه وايي
transcript-fallback = په { $language } کې لا تر اوسه زیرنویس نشته. دلته هغه څه دي چې ویډیو یې په { $source } کې وايي.
placeholder-media = دا ویډیو لنډمهاله ده. د کمپاین اصلي ویډیو به یې ځای ونیسي.
# The helpline and service directory.
directory-title = د مرستې کرښې او خدمتونه
directory-intro = د تلیفون شمېرې او هغه ځایونه چې ماشومان او ځوانان پکې مرسته ترلاسه کولی شي. هره برخه وايي چې معلومات یې له کومه راغلي او څومره زاړه دي.
help-strip-title = همدا اوس مرستې ته اړتیا لرې؟
help-strip-more = نورې د مرستې کرښې
directory-by-country = د هېواد له مخې
directory-by-category = د مرستې د ډول له مخې
directory-all = ټولې د مرستې کرښې او خدمتونه
directory-count = { $count ->
    [one] { $count } د مرستې کرښه یا خدمت
   *[other] { $count } د مرستې کرښې او خدمتونه
}
directory-filter = یوازې دا وښیه
directory-filter-country = هېواد
directory-filter-category = د مرستې ډول
directory-filter-language = ژبه
directory-filter-nojs = له لاندې لېستونو یو هېواد یا د مرستې یو ډول وټاکه.
directory-filter-any = ټول
directory-none = هېڅ شی ونه موندل شو. بل انتخاب وازمویه.
kind-helpline = د مرستې کرښه
kind-service = خدمت
badge-free = وړیا
badge-confidential = محرمانه
badge-example = بېلګه
example-entry = دا یوه بېلګه ده چې ښيي دا لېست څنګه کار کوي. د دې معلومات مه کاروه.
send-sms = لیکلی پیغام (SMS) ولېږه
open-whatsapp = واټساپ
answers-in = په دې ژبو ځواب ورکوي:
hours = د کار ساعتونه
hours-always = هره ورځ ۲۴ ساعته خلاص دی
open-now = اوس خلاص دی
closes-at = په { $time } بندېږي
opens-at = { $day } په { $time } خلاصېږي
for-ages = د { $ages } کلنو لپاره
checked-on = د کتلو نېټه: { $date }
source = سرچینه:
# Where an entry's details come from. $source is the source's name (a link when it has
# an address); $date is a date exactly as the source gives it (2021, 2021-04 or 2021-04-07).
entry-source-from = له { $source } څخه، { $date }
# Only for an entry a person of this site checked. $date: the day they checked.
entry-checked-by-us = موږ کتلی: { $date }
# On an entry older than the site allows. $date: the date its details are from.
entry-stale = دا معلومات د { $date } دي او کېدای شي بدل شوي وي.
# Followed by the site's emergency number as a call button.
entry-stale-call = که څوک ځواب نه درکوي، دې شمېرې ته زنګ ووهه:
entry-interpreters = ژباړونکي شته
# When the source shows no date (`date: unknown`).
entry-source-undated = له { $source } څخه (سرچینه نېټه نه ښيي)
entry-stale-undated = دا معلومات نېټه نه لري او کېدای شي بدل شوي وي.
website = وېبپاڼه
email = برېښنالیک
address = پته
more-details = نور معلومات
country-EU = د ټولې اروپايي اتحادیې شمېرې
country-AT = اتریش
country-BE = بلجیم
country-BG = بلغاریا
country-CY = قبرس
country-DE = جرمني
country-ES = هسپانیه
country-FR = فرانسه
country-GR = یونان
country-IT = ایټالیا
country-MT = مالټا
country-NL = هالنډ
country-PL = پولنډ
country-RO = رومانیا
country-TR = ترکیه
country-UA = اوکراین
category-emergency = بیړني حالتونه
category-child-helpline = د ماشومانو د مرستې کرښې
category-missing-children = ورک ماشومان
category-anti-trafficking = د انسانانو قاچاق
category-child-protection = د ماشومانو ساتنه
category-asylum = پناه
category-legal = حقوقي مرسته
category-health = روغتیا
category-mental-health = احساسات او رواني روغتیا
category-shelter = د اوسېدو خوندي ځای
category-education = ښوونځی او زده کړه
category-family-tracing = د کورنۍ موندل
category-food = خواړه
# Quick exit and page safety.
quick-exit = ژر وتل
quick-exit-hint = سمدستي له دې وېبپاڼې څخه یوې عادي پاڼې ته ځي. ته کولی شې دوه ځله Escape هم ووهې.
offline-title = انټرنېټ نشته
offline-text = دا پاڼه ستا په تلیفون کې نه ده ساتل شوې. دا شمېرې پرته له انټرنېټه کار کوي:

## Search
search-title = لټون
search-description = د دې وېبپاڼې په ټولو پاڼو کې په خپله ژبه لټون وکړه.
search-label = هغه کلمې چې لټوې یې
search-button = لټون
search-searching = د «{ $query }» لټون روان دی…
search-none = هېڅ پاڼه له «{ $query }» سره سمون نه خوري. بله کلمه وازمویه، یا لاندې پاڼې وګوره.
search-found = هغه پاڼې چې له «{ $query }» سره سمون خوري:
search-unavailable = لټون اوس کار نه کوي. ټولې پاڼې لاندې لیکل شوې دي.
search-all-pages = ټولې پاڼې
# The bar at the top of every page: its label, the button that opens the help numbers, and
# the link to the page on hiding a visit (after the quick exit's explanation).
safety-bar = مرسته او ژر وتل
get-help = مرسته
quick-exit-guide = خپله لیدنه څنګه پټه کړې
# The button that opens the list of the site's sections.
menu = مېنو
