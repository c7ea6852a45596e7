# Machine translation: waiting for review by a native speaker.
# متن‌های رابط کاربری پوستهٔ پیش‌فرض (فارسی).
# برای مترجمان: شناسهٔ پیام‌ها (سمت چپ "=") را تغییر ندهید و فقط متن را ترجمه کنید.
# بخش‌هایی که با $ شروع می‌شوند را Waymark پر می‌کند: آن‌ها را همان‌طور نگه دارید.

site-title = کودکان در حال جابه‌جایی
skip-to-content = رفتن به متن اصلی
main-navigation = بخش‌ها
language-switcher = این صفحه را به زبان دیگری بخوانید
language-chooser-title = زبان خود را انتخاب کنید
language-chooser-intro = این وب‌سایت به این زبان‌ها در دسترس است.
home = صفحهٔ اصلی
breadcrumbs = شما اینجا هستید
# بالای صفحه‌ای نشان داده می‌شود که هنوز ترجمه نشده است. $language نام زبان بازدیدکننده است.
not-translated = این صفحه هنوز به زبان { $language } ترجمه نشده است. می‌توانید آن را در پایین به زبان { $source } بخوانید.
machine-translated = ترجمهٔ ماشینی. هنوز کسی متن را بررسی نکرده است.
page-not-found-title = صفحه پیدا نشد
page-not-found-text = ما نتوانستیم این صفحه را پیدا کنیم. شاید جای آن عوض شده باشد.
back-home = رفتن به صفحهٔ اصلی
moved-title = این صفحه جابه‌جا شده است
moved-text = این صفحه نشانی تازه‌ای دارد. اگر اتفاقی نیفتاد، روی این پیوند بزنید:
updated = به‌روزرسانی: { $date }
pages-count = { $count ->
    [one] { $count } صفحه
   *[other] { $count } صفحه
}
# فهرست طولانی یک بخش یا راهنما به چند صفحه تقسیم می‌شود؛ این نام پیوندهای بین آن صفحه‌ها است (برای صفحه‌خوان‌ها).
pagination = صفحه‌های این فهرست
# $page شمارهٔ این صفحه است و $total تعداد همهٔ صفحه‌ها.
page-of = صفحهٔ { $page } از { $total }
previous-page = صفحهٔ قبلی
next-page = صفحهٔ بعدی
footer-license = متن این وب‌سایت با مجوز کریتیو کامنز انتساب ۴٫۰ (CC BY 4.0) در دسترس است.
footer-built = ساخته‌شده با Waymark.
# کارزار: سه بخش آن، ویدیوها و متن ویدیوها.
campaign-part = بخش { $number }
campaign-navigation = ویدیوهای کارزار
previous-part = بخش قبلی
next-part = بخش بعدی
all-parts = هر سه ویدیو
play-video = پخش ویدیو
video-external = وقتی دکمهٔ پخش را بزنید، ویدیو از youtube-nocookie.com پخش می‌شود.
video-unsupported = مرورگر شما نمی‌تواند این ویدیو را اینجا پخش کند. می‌توانید آن را در پایین دانلود کنید.
video-duration = مدت: { $duration }
download-video = دانلود ویدیو ({ $size })
transcript = ویدیو چه می‌گوید
transcript-fallback = هنوز زیرنویسی به زبان { $language } وجود ندارد. اینجا می‌توانید متن ویدیو را به زبان { $source } بخوانید.
placeholder-media = این ویدیو موقت است. ویدیوی اصلی کارزار جای آن را می‌گیرد.
# فهرست خط‌های کمک و خدمات.
directory-title = خط‌های کمک و خدمات
directory-intro = شماره‌تلفن‌ها و جاهایی که کودکان و نوجوانان می‌توانند از آن‌ها کمک بگیرند. در هر مورد نوشته شده است که اطلاعاتش از کجا آمده و چقدر قدیمی است.
help-strip-title = همین حالا به کمک نیاز دارید؟
help-strip-more = خط‌های کمک دیگر
directory-by-country = بر اساس کشور
directory-by-category = بر اساس نوع کمک
directory-all = همهٔ خط‌های کمک و خدمات
directory-count = { $count ->
    [one] { $count } خط کمک یا مرکز خدمات
   *[other] { $count } خط کمک و مرکز خدمات
}
directory-filter = فهرست را محدود کنید
directory-filter-country = کشور
directory-filter-category = نوع کمک
directory-filter-language = زبان
directory-filter-nojs = کشور یا نوع کمک را از فهرست‌های پایین انتخاب کنید.
directory-filter-any = همه
directory-none = چیزی پیدا نشد. گزینهٔ دیگری را امتحان کنید.
kind-helpline = خط کمک
kind-service = مرکز خدمات
badge-free = رایگان
badge-confidential = محرمانه
badge-example = نمونه
example-entry = این یک مورد نمونه است که نشان می‌دهد این فهرست چطور کار می‌کند. از اطلاعات آن استفاده نکنید.
send-sms = ارسال پیامک
open-whatsapp = واتس‌اپ
answers-in = زبان‌های پاسخ‌گویی:
hours = ساعت‌های کار
hours-always = هر روز، ۲۴ ساعته باز است
open-now = الان باز است
closes-at = ساعت { $time } بسته می‌شود
opens-at = { $day } ساعت { $time } باز می‌شود
for-ages = برای سن { $ages } سال
checked-on = تاریخ بررسی: { $date }
source = منبع:
# entry-source-from, entry-checked-by-us, entry-stale, entry-stale-call, entry-interpreters,
# entry-source-undated, entry-stale-undated: machine translation, waiting for review by a native speaker.
entry-source-from = از { $source }، { $date }
entry-checked-by-us = بررسی‌شده توسط ما: { $date }
entry-stale = این اطلاعات مربوط به { $date } است و ممکن است تغییر کرده باشد.
entry-stale-call = اگر کسی جواب نداد، با این شماره تماس بگیر:
entry-interpreters = مترجم در دسترس است
entry-source-undated = از { $source } (منبع تاریخی ندارد)
entry-stale-undated = این اطلاعات تاریخ ندارد و ممکن است تغییر کرده باشد.
website = وب‌سایت
email = ایمیل
address = نشانی
more-details = جزئیات بیشتر
country-EU = شماره‌های همهٔ کشورهای اتحادیهٔ اروپا
country-AT = اتریش
country-BE = بلژیک
country-BG = بلغارستان
country-CY = قبرس
country-DE = آلمان
country-ES = اسپانیا
country-FR = فرانسه
country-GR = یونان
country-IT = ایتالیا
country-MT = مالت
country-NL = هلند
country-PL = لهستان
country-RO = رومانی
country-TR = ترکیه
country-UA = اوکراین
category-emergency = اورژانس
category-child-helpline = خط‌های کمک کودکان
category-missing-children = کودکان گمشده
category-anti-trafficking = قاچاق انسان
category-child-protection = حمایت از کودکان
category-asylum = پناهندگی
category-legal = کمک حقوقی
category-health = سلامت
category-mental-health = احساسات و سلامت روان
category-shelter = جای امن برای ماندن
category-education = مدرسه و یادگیری
category-family-tracing = پیدا کردن خانواده‌تان
category-food = غذا
# خروج سریع و امنیت صفحه.
quick-exit = خروج سریع
quick-exit-hint = فوراً این سایت را ترک می‌کند و به یک صفحهٔ معمولی می‌رود. می‌توانید دو بار هم دکمهٔ Escape را بزنید.
offline-title = شما آفلاین هستید
offline-text = این صفحه روی تلفن شما ذخیره نشده است. این شماره‌ها بدون اینترنت کار می‌کنند:

## Search
search-title = جستجو
search-description = جستجو در همهٔ صفحه‌های این سایت، به زبان خودتان.
search-label = واژه‌هایی که دنبالشان می‌گردید
search-button = جستجو
search-searching = در حال جستجوی «{ $query }»…
search-none = هیچ صفحه‌ای با «{ $query }» پیدا نشد. واژهٔ دیگری را امتحان کنید یا صفحه‌های زیر را ببینید.
search-found = صفحه‌هایی که با «{ $query }» جور هستند:
search-unavailable = جستجو اکنون در دسترس نیست. همهٔ صفحه‌ها در زیر آمده‌اند.
search-all-pages = همهٔ صفحه‌ها
safety-bar = کمک و خروج سریع
get-help = کمک
quick-exit-guide = چطور بازدیدتان را پنهان کنید
menu = فهرست
