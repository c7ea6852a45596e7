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
machine-translated = این صفحه را ماشین ترجمه کرده است و منتظر است که یک نفر آن را بررسی کند.
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
