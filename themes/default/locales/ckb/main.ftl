# Machine translation: waiting for review by a native speaker.
# Interface strings of the default theme (Central Kurdish, Sorani).
# Translators: keep the message ids (left of "="), translate the text.
# { $name } parts are filled in by Waymark: keep them as they are.

site-title = منداڵانی سەر ڕێگا
skip-to-content = بڕۆ بۆ ناوەڕۆک
main-navigation = بەشەکان
language-switcher = ئەم پەڕەیە بە زمانێکی تر بخوێنەوە
language-chooser-title = زمانەکەت هەڵبژێرە
language-chooser-intro = ئەم ماڵپەڕە بەم زمانانە هەیە.
home = پەڕەی سەرەکی
breadcrumbs = تۆ لێرەیت
# Shown above a page that has no translation yet. $language is the name of the visitor's language.
not-translated = ئەم پەڕەیە هێشتا بۆ زمانی { $language } وەرنەگێڕدراوە. دەتوانیت لە خوارەوە بە زمانی { $source } بیخوێنیتەوە.
machine-translated = بە ئامێر وەرگێڕدراوە. هێشتا هیچ کەسێک وشەکانی نەپشکنیوە.
page-not-found-title = پەڕەکە نەدۆزرایەوە
page-not-found-text = نەمانتوانی ئەم پەڕەیە بدۆزینەوە. لەوانەیە گوازرابێتەوە.
back-home = بڕۆ بۆ پەڕەی سەرەکی
moved-title = ئەم پەڕەیە گوازراوەتەوە
moved-text = ئەم پەڕەیە ناونیشانێکی نوێی هەیە. ئەگەر هیچ ڕووی نەدا، ئەم بەستەرە بکەرەوە:
updated = دوایین نوێکردنەوە: { $date }
pages-count = { $count ->
    [one] { $count } پەڕە
   *[other] { $count } پەڕە
}
# The list of a long section or directory list is split into pages; this names the links between them (for screen readers).
pagination = پەڕەکانی ئەم لیستە
# $page is the number of this page, $total how many there are.
page-of = پەڕەی { $page } لە { $total }
previous-page = پەڕەی پێشوو
next-page = پەڕەی دواتر
footer-license = دەقی ئەم ماڵپەڕە بە مۆڵەتی Creative Commons Attribution 4.0 (CC BY 4.0) بەردەستە.
footer-built = بە Waymark دروستکراوە.
# The campaign: its three parts, their videos and transcripts.
campaign-part = بەشی { $number }
campaign-navigation = ڤیدیۆکانی کەمپەینەکە
previous-part = بەشی پێشوو
next-part = بەشی دواتر
all-parts = هەر سێ ڤیدیۆکە
play-video = ڤیدیۆکە لێبدە
video-external = کاتێک لێدان دادەگریت، ڤیدیۆکە لە ماڵپەڕی youtube-nocookie.com پیشان دەدرێت.
video-unsupported = وێبگەڕەکەت ناتوانێت ئەم ڤیدیۆیە لێرە لێبدات. دەتوانیت لە خوارەوە دایبگریت.
video-duration = ماوە: { $duration }
download-video = ڤیدیۆکە دابگرە ({ $size })
transcript = ڤیدیۆکە چی دەڵێت
transcript-fallback = هێشتا ژێرنووس بە زمانی { $language } نییە. ئەمە ئەوەیە کە ڤیدیۆکە بە زمانی { $source } دەیڵێت.
placeholder-media = ئەم ڤیدیۆیە کاتییە. ڤیدیۆی ڕاستەقینەی کەمپەینەکە جێگەی دەگرێتەوە.
# The helpline and service directory.
directory-title = هێڵەکانی یارمەتی و خزمەتگوزارییەکان
directory-intro = ژمارەی تەلەفۆن و ئەو شوێنانەی کە منداڵان و گەنجان دەتوانن یارمەتییان لێ وەربگرن. هەر بەشێک دەڵێت زانیارییەکانی لە کوێوە هاتوون و چەند کۆنن.
help-strip-title = ئێستا یارمەتیت پێویستە؟
help-strip-more = هێڵی یارمەتیی زیاتر
directory-by-country = بەپێی وڵات
directory-by-category = بەپێی جۆری یارمەتی
directory-all = هەموو هێڵەکانی یارمەتی و خزمەتگوزارییەکان
directory-count = { $count ->
    [one] { $count } هێڵی یارمەتی یان خزمەتگوزاری
   *[other] { $count } هێڵی یارمەتی و خزمەتگوزاری
}
directory-filter = تەنها ئەمانە پیشان بدە
directory-filter-country = وڵات
directory-filter-category = جۆری یارمەتی
directory-filter-language = زمان
directory-filter-nojs = وڵاتێک یان جۆرێکی یارمەتی لە لیستەکانی خوارەوە هەڵبژێرە.
directory-filter-any = هەموو
directory-none = هیچ شتێک نەدۆزرایەوە. شتێکی تر هەڵبژێرە.
kind-helpline = هێڵی یارمەتی
kind-service = خزمەتگوزاری
badge-free = بەخۆڕایی
badge-confidential = نهێنی
badge-example = نموونە
example-entry = ئەمە بەشێکی نموونەیە کە پیشان دەدات ڕێبەرەکە چۆن کار دەکات. زانیارییەکانی بەکارمەهێنە.
send-sms = نامە بنێرە
open-whatsapp = واتسئاپ
answers-in = وەڵام دەدەنەوە بە:
hours = کاتەکانی کارکردن
hours-always = ٢٤ کاتژمێر کراوەیە، هەموو ڕۆژێک
open-now = ئێستا کراوەیە
closes-at = کاتژمێر { $time } دادەخرێت
opens-at = { $day } کاتژمێر { $time } دەکرێتەوە
for-ages = بۆ تەمەنی { $ages }
checked-on = ڕۆژی پشکنین: { $date }
source = سەرچاوە:
# Where an entry's details come from. $source is the source's name (a link when it has
# an address); $date is a date exactly as the source gives it (2021, 2021-04 or 2021-04-07).
entry-source-from = سەرچاوە: { $source }، { $date }
# Only for an entry a person of this site checked. $date: the day they checked.
entry-checked-by-us = ئێمە پشکنیومانە: { $date }
# On an entry older than the site allows. $date: the date its details are from.
entry-stale = ئەم زانیارییانە بۆ { $date } دەگەڕێنەوە و لەوانەیە گۆڕابن.
# Followed by the site's emergency number as a call button.
entry-stale-call = ئەگەر کەس وەڵامی نەدایەوە، پەیوەندی بەم ژمارەیەوە بکە:
entry-interpreters = وەرگێڕی زارەکی هەیە
# When the source shows no date (`date: unknown`).
entry-source-undated = سەرچاوە: { $source } (سەرچاوەکە مێژووی نەنووسیوە)
entry-stale-undated = ئەم زانیارییانە مێژوویان نییە و لەوانەیە گۆڕابن.
website = ماڵپەڕ
email = ئیمەیڵ
address = ناونیشان
more-details = وردەکاریی زیاتر
country-EU = ژمارەکان بۆ هەموو یەکێتیی ئەورووپا
country-AT = نەمسا
country-BE = بەلجیکا
country-BG = بولگاریا
country-CY = قوبرس
country-DE = ئەڵمانیا
country-ES = ئیسپانیا
country-FR = فەرەنسا
country-GR = یۆنان
country-IT = ئیتاڵیا
country-MT = ماڵتا
country-NL = هۆڵەندا
country-PL = پۆڵەندا
country-RO = ڕۆمانیا
country-TR = تورکیا
country-UA = ئۆکرانیا
category-emergency = فریاکەوتن
category-child-helpline = هێڵی یارمەتیی منداڵان
category-missing-children = منداڵانی ونبوو
category-anti-trafficking = بازرگانی بە مرۆڤەوە
category-child-protection = پاراستنی منداڵان
category-asylum = پەنابەری
category-legal = یارمەتیی یاسایی
category-health = تەندروستی
category-mental-health = هەست و تەندروستیی دەروونی
category-shelter = شوێنێکی سەلامەت بۆ مانەوە
category-education = قوتابخانە و فێربوون
category-family-tracing = دۆزینەوەی خێزانەکەت
category-food = خواردن
# Quick exit and page safety.
quick-exit = دەرچوونی خێرا
quick-exit-hint = یەکسەر ئەم ماڵپەڕە جێدەهێڵێت و دەچێتە پەڕەیەکی ئاسایی. دەتوانیت دوو جاریش دوگمەی Escape دابگریت.
offline-title = ئینتەرنێتت نییە
offline-text = ئەم پەڕەیە لەسەر مۆبایلەکەت هەڵنەگیراوە. ئەم ژمارانە بەبێ ئینتەرنێت کار دەکەن:

## Search
search-title = گەڕان
search-description = لە هەموو پەڕەکانی ئەم ماڵپەڕەدا بگەڕێ، بە زمانی خۆت.
search-label = وشەکان بۆ گەڕان
search-button = بگەڕێ
search-searching = گەڕان بۆ «{ $query }»…
search-none = هیچ پەڕەیەک لەگەڵ «{ $query }» ناگونجێت. وشەیەکی تر تاقی بکەرەوە، یان سەیری پەڕەکانی خوارەوە بکە.
search-found = ئەو پەڕانەی لەگەڵ «{ $query }» دەگونجێن:
search-unavailable = ئێستا گەڕان ناکرێت. هەموو پەڕەکان لە خوارەوە هەن.
search-all-pages = هەموو پەڕەکان
# The bar at the top of every page: its label, the button that opens the help numbers, and
# the link to the page on hiding a visit (after the quick exit's explanation).
safety-bar = یارمەتی و دەرچوونی خێرا
get-help = یارمەتی وەربگرە
quick-exit-guide = چۆن سەردانەکەت بشاریتەوە
# The button that opens the list of the site's sections.
menu = لیستە
