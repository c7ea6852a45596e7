# Machine translation: waiting for review by a native speaker.
# متن‌های رابط کاربری پوستهٔ پیش‌فرض (دری).
# برای ترجمان‌ها: شناسهٔ پیام‌ها (طرف چپ "=") را تغییر ندهید، فقط متن را ترجمه کنید.
# بخش‌هایی مثل { $name } را Waymark پر می‌کند: آن‌ها را همان‌طور نگه دارید.

site-title = کودکان در مسیر مهاجرت
skip-to-content = برو به متن اصلی
main-navigation = بخش‌ها
language-switcher = این صفحه را به زبان دیگری بخوان
language-chooser-title = زبانت را انتخاب کن
language-chooser-intro = این ویب‌سایت به این زبان‌ها موجود است.
home = صفحهٔ اول
breadcrumbs = تو اینجا هستی
# بالای صفحه‌ای نشان داده می‌شود که هنوز ترجمه نشده است. $language نام زبان بازدیدکننده است.
not-translated = این صفحه هنوز به { $language } ترجمه نشده است. می‌توانی آن را در پایین به { $source } بخوانی.
machine-translated = این متن را ماشین ترجمه کرده است. هنوز یک انسان آن را بررسی نکرده است.
page-not-found-title = صفحه پیدا نشد
page-not-found-text = ما این صفحه را پیدا نکردیم. شاید جای آن تغییر کرده باشد.
back-home = برو به صفحهٔ اول
moved-title = این صفحه جابه‌جا شده است
moved-text = این صفحه آدرس تازه دارد. اگر هیچ اتفاقی نیفتاد، روی این لینک بزن:
updated = تازه شده در { $date }
pages-count = { $count ->
    [one] { $count } صفحه
   *[other] { $count } صفحه
}
# فهرست طولانی یک بخش یا راهنما به چند صفحه تقسیم می‌شود؛ این نام لینک‌های بین آن صفحه‌ها است (برای صفحه‌خوان‌ها).
pagination = صفحه‌های این فهرست
# $page شمارهٔ این صفحه است و $total تعداد همهٔ صفحه‌ها.
page-of = صفحهٔ { $page } از { $total }
previous-page = صفحهٔ قبلی
next-page = صفحهٔ بعدی
footer-license = متن این ویب‌سایت زیر جواز کریتیو کامنز انتساب ۴٫۰ (CC BY 4.0) در دسترس است.
footer-built = ساخته شده با Waymark.
# کمپاین: سه بخش آن، ویدیوها و متن ویدیوها.
campaign-part = بخش { $number }
campaign-navigation = ویدیوهای کمپاین
previous-part = بخش قبلی
next-part = بخش بعدی
all-parts = هر سه ویدیو
play-video = ویدیو را پخش کن
video-external = وقتی دکمهٔ پخش را بزنی، ویدیو از youtube-nocookie.com پخش می‌شود.
video-unsupported = براوزر تو نمی‌تواند این ویدیو را اینجا پخش کند. می‌توانی آن را در پایین دانلود کنی.
video-duration = مدت: { $duration }
download-video = دانلود ویدیو ({ $size })
transcript = ویدیو چه می‌گوید
transcript-fallback = هنوز زیرنویس به { $language } نیست. اینجا متن ویدیو به { $source } است.
placeholder-media = این ویدیو موقت است. ویدیوی اصلی کمپاین جای آن را می‌گیرد.
# فهرست خط‌های کمک و خدمات.
directory-title = خط‌های کمک و خدمات
directory-intro = شماره‌های تلیفون و جاهایی که کودکان و نوجوانان می‌توانند از آن‌ها کمک بگیرند. در هر مورد نوشته شده است که معلومات آن از کجا آمده و چقدر کهنه است.
help-strip-title = همین حالا کمک لازم داری؟
help-strip-more = خط‌های کمک دیگر
directory-by-country = به ترتیب کشور
directory-by-category = به ترتیب نوع کمک
directory-all = همهٔ خط‌های کمک و خدمات
directory-count = { $count ->
    [one] { $count } خط کمک یا خدمت
   *[other] { $count } خط کمک و خدمت
}
directory-filter = فقط این‌ها را نشان بده
directory-filter-country = کشور
directory-filter-category = نوع کمک
directory-filter-language = زبان
directory-filter-nojs = یک کشور یا یک نوع کمک را از فهرست‌های پایین انتخاب کن.
directory-filter-any = همه
directory-none = هیچ چیزی پیدا نشد. چیز دیگری را انتخاب کن.
kind-helpline = خط کمک
kind-service = خدمت
badge-free = رایگان
badge-confidential = محرم
badge-example = نمونه
example-entry = این یک مورد نمونه است که نشان می‌دهد این فهرست چطور کار می‌کند. از معلومات آن استفاده نکن.
send-sms = پیام کوتاه بفرست
open-whatsapp = واتس‌اپ
answers-in = جواب می‌دهند به:
hours = ساعت‌های کاری
hours-always = هر روز، ۲۴ ساعت باز است
open-now = حالا باز است
closes-at = ساعت { $time } بسته می‌شود
opens-at = { $day } ساعت { $time } باز می‌شود
for-ages = برای سن { $ages }
checked-on = بررسی شده در { $date }
source = منبع:
# Where an entry's details come from. $source is the source's name (a link when it has
# an address); $date is a date exactly as the source gives it (2021, 2021-04 or 2021-04-07).
entry-source-from = از { $source }، { $date }
# Only for an entry a person of this site checked. $date: the day they checked.
entry-checked-by-us = بررسی شده توسط ما: { $date }
# On an entry older than the site allows. $date: the date its details are from.
entry-stale = این معلومات از { $date } است و شاید تغییر کرده باشد.
# Followed by the site's emergency number as a call button.
entry-stale-call = اگر کسی جواب نداد، به این شماره زنگ بزن:
entry-interpreters = ترجمان موجود است
# When the source shows no date (`date: unknown`).
entry-source-undated = از { $source } (منبع تاریخ ندارد)
entry-stale-undated = این معلومات تاریخ ندارد و شاید تغییر کرده باشد.
website = ویب‌سایت
email = ایمیل
address = آدرس
more-details = معلومات بیشتر
country-EU = شماره‌های همهٔ اتحادیهٔ اروپا
country-AT = اتریش
country-BE = بلجیم
country-BG = بلغاریا
country-CY = قبرس
country-DE = آلمان
country-ES = هسپانیه
country-FR = فرانسه
country-GR = یونان
country-IT = ایتالیا
country-MT = مالتا
country-NL = هالند
country-PL = پولند
country-RO = رومانیا
country-TR = ترکیه
country-UA = اوکراین
category-emergency = حالت‌های اضطراری
category-child-helpline = خط‌های کمک کودکان
category-missing-children = کودکان گمشده
category-anti-trafficking = قاچاق انسان
category-child-protection = حمایت از کودکان
category-asylum = پناهندگی
category-legal = کمک حقوقی
category-health = صحت
category-mental-health = احساسات و صحت روانی
category-shelter = جای امن برای ماندن
category-education = مکتب و یادگیری
category-family-tracing = پیدا کردن خانواده‌ات
category-food = غذا
# خروج سریع و امنیت صفحه.
quick-exit = خروج سریع
quick-exit-hint = فوراً از این ویب‌سایت به یک صفحهٔ عادی می‌رود. می‌توانی دکمهٔ Escape را هم دو بار فشار بدهی.
offline-title = انترنت وصل نیست
offline-text = این صفحه روی موبایلت ذخیره نشده است. این شماره‌ها بدون انترنت کار می‌کنند:

## Search
search-title = جستجو
search-description = در همهٔ صفحه‌های این ویب‌سایت، به زبان خودت، جستجو کن.
search-label = کلمه‌هایی که دنبالشان می‌گردی
search-button = جستجو
search-searching = در حال جستجوی «{ $query }»…
search-none = هیچ صفحه‌ای با «{ $query }» پیدا نشد. کلمهٔ دیگری را امتحان کن، یا صفحه‌های پایین را ببین.
search-found = صفحه‌هایی که با «{ $query }» جور می‌آیند:
search-unavailable = جستجو فعلاً کار نمی‌کند. همهٔ صفحه‌ها در پایین آمده‌اند.
search-all-pages = همهٔ صفحه‌ها
# The bar at the top of every page: its label, the button that opens the help numbers, and
# the link to the page on hiding a visit (after the quick exit's explanation).
safety-bar = کمک و خروج سریع
get-help = کمک بگیر
quick-exit-guide = چطور بازدیدت را پنهان کنی
# The button that opens the list of the site's sections.
menu = مینو
