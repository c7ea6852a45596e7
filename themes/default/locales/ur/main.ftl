# Machine translation: waiting for review by a native speaker.
# ڈیفالٹ تھیم کی عبارتیں (اردو)۔
# مترجمین کے لیے: پیغام کے شناختی نام ("=" کے بائیں طرف) نہ بدلیں، صرف عبارت کا ترجمہ کریں۔
# { $name } جیسے حصے Waymark خود بھرتا ہے: انہیں ویسا ہی رہنے دیں۔

site-title = نقل مکانی کرنے والے بچے
skip-to-content = اصل مواد پر جائیں
main-navigation = حصے
language-switcher = یہ صفحہ کسی اور زبان میں پڑھیں
language-chooser-title = اپنی زبان چنیں
language-chooser-intro = یہ ویب سائٹ ان زبانوں میں موجود ہے۔
home = ہوم پیج
breadcrumbs = آپ یہاں ہیں
# اس صفحے کے اوپر دکھایا جاتا ہے جس کا ابھی ترجمہ نہیں ہوا۔ $language پڑھنے والے کی زبان کا نام ہے۔
not-translated = اس صفحے کا ابھی { $language } میں ترجمہ نہیں ہوا۔ آپ اسے نیچے { $source } میں پڑھ سکتے ہیں۔
machine-translated = مشین سے ترجمہ کیا گیا۔ کسی انسان نے ابھی اس کے الفاظ نہیں جانچے۔
page-not-found-title = صفحہ نہیں ملا
page-not-found-text = ہمیں یہ صفحہ نہیں ملا۔ ہو سکتا ہے یہ کہیں اور چلا گیا ہو۔
back-home = ہوم پیج پر جائیں
moved-title = یہ صفحہ کہیں اور چلا گیا ہے
moved-text = اس صفحے کا نیا پتا ہے۔ اگر کچھ نہ ہو، تو یہ لنک کھولیں:
updated = { $date } کو اپ ڈیٹ کیا گیا
pages-count = { $count ->
    [one] { $count } صفحہ
   *[other] { $count } صفحات
}
# کسی حصے یا ہیلپ لائنوں کی فہرست لمبی ہو تو اسے کئی صفحوں میں بانٹا جاتا ہے؛ یہ ان صفحوں کے درمیان لنکس کا نام ہے (اسکرین ریڈر کے لیے)۔
pagination = اس فہرست کے صفحات
# $page اس صفحے کا نمبر ہے، اور $total کل صفحوں کی تعداد۔
page-of = { $total } میں سے صفحہ { $page }
previous-page = پچھلا صفحہ
next-page = اگلا صفحہ
footer-license = اس ویب سائٹ کی عبارت کریئیٹو کامنز انتساب 4.0 لائسنس (CC BY 4.0) کے تحت دستیاب ہے۔
footer-built = Waymark سے بنائی گئی۔
# مہم: اس کے تین حصے، ان کی ویڈیوز اور ان کی تحریری عبارت۔
campaign-part = حصہ { $number }
campaign-navigation = مہم کی ویڈیوز
previous-part = پچھلا حصہ
next-part = اگلا حصہ
all-parts = تینوں ویڈیوز
play-video = ویڈیو چلائیں
video-external = جب آپ چلانے کا بٹن دبائیں گے تو ویڈیو youtube-nocookie.com سے چلے گی۔
video-unsupported = آپ کا براؤزر یہ ویڈیو یہاں نہیں چلا سکتا۔ آپ اسے نیچے سے ڈاؤن لوڈ کر سکتے ہیں۔
video-duration = دورانیہ: { $duration }
download-video = ویڈیو ڈاؤن لوڈ کریں ({ $size })
transcript = ویڈیو میں کیا کہا گیا ہے
transcript-fallback = ابھی { $language } میں سب ٹائٹل نہیں ہیں۔ یہاں پڑھیں کہ ویڈیو { $source } میں کیا کہتی ہے۔
placeholder-media = یہ ایک عارضی ویڈیو ہے۔ مہم کی اصل ویڈیو اس کی جگہ لے گی۔
# ہیلپ لائنوں اور خدمات کی فہرست۔
directory-title = ہیلپ لائنیں اور خدمات
directory-intro = فون نمبر اور جگہیں جہاں بچے اور نوجوان مدد لے سکتے ہیں۔ ہر اندراج بتاتا ہے کہ اس کی معلومات کہاں سے آئی ہیں اور کتنی پرانی ہیں۔
help-strip-title = کیا آپ کو ابھی مدد چاہیے؟
help-strip-more = مزید ہیلپ لائنیں
directory-by-country = ملک کے لحاظ سے
directory-by-category = مدد کی قسم کے لحاظ سے
directory-all = تمام ہیلپ لائنیں اور خدمات
directory-count = { $count ->
    [one] { $count } ہیلپ لائن یا خدمت
   *[other] { $count } ہیلپ لائنیں اور خدمات
}
directory-filter = صرف یہ دکھائیں
directory-filter-country = ملک
directory-filter-category = مدد کی قسم
directory-filter-language = زبان
directory-filter-nojs = نیچے دی گئی فہرستوں میں سے کوئی ملک یا مدد کی قسم چنیں۔
directory-filter-any = سب
directory-none = کچھ نہیں ملا۔ کوئی اور انتخاب آزمائیں۔
kind-helpline = ہیلپ لائن
kind-service = خدمت
badge-free = مفت
badge-confidential = راز میں رکھی جاتی ہے
badge-example = نمونہ
example-entry = یہ ایک نمونے کا اندراج ہے جو دکھاتا ہے کہ یہ فہرست کیسے کام کرتی ہے۔ اس کی معلومات استعمال نہ کریں۔
send-sms = میسج بھیجیں
open-whatsapp = واٹس ایپ
answers-in = ان زبانوں میں جواب دیتے ہیں:
hours = کھلنے کے اوقات
hours-always = ہر روز، 24 گھنٹے کھلا
open-now = ابھی کھلا ہے
closes-at = { $time } بجے بند ہوتا ہے
opens-at = { $day } کو { $time } بجے کھلتا ہے
for-ages = { $ages } سال کی عمر کے لیے
checked-on = { $date } کو جانچا گیا
source = ماخذ:
# کسی اندراج کی معلومات کہاں سے آئی ہیں۔ $source ماخذ کا نام ہے (اگر اس کا پتا ہو تو لنک)؛ $date وہ تاریخ ہے جو ماخذ دیتا ہے (2021، 2021-04 یا 2021-04-07)۔
entry-source-from = { $source } سے، { $date }
# صرف اس اندراج کے لیے جسے اس ویب سائٹ کے کسی شخص نے جانچا ہو۔ $date: جانچنے کا دن۔
entry-checked-by-us = ہم نے جانچا: { $date }
# اس اندراج پر جو ویب سائٹ کی حد سے زیادہ پرانا ہو۔ $date: اس کی معلومات کی تاریخ۔
entry-stale = یہ معلومات { $date } کی ہیں اور ہو سکتا ہے بدل گئی ہوں۔
# اس کے بعد ویب سائٹ کا ہنگامی نمبر فون کے بٹن کے طور پر آتا ہے۔
entry-stale-call = اگر کوئی جواب نہ دے، تو اس نمبر پر فون کریں:
entry-interpreters = ترجمان دستیاب ہیں
# جب ماخذ کوئی تاریخ نہ دکھائے (`date: unknown`)۔
entry-source-undated = { $source } سے (ماخذ میں کوئی تاریخ نہیں)
entry-stale-undated = ان معلومات کی کوئی تاریخ نہیں اور ہو سکتا ہے یہ بدل گئی ہوں۔
website = ویب سائٹ
email = ای میل
address = پتا
more-details = مزید تفصیل
country-EU = پوری یورپی یونین کے نمبر
country-AT = آسٹریا
country-BE = بیلجیم
country-BG = بلغاریہ
country-CY = قبرص
country-DE = جرمنی
country-ES = اسپین
country-FR = فرانس
country-GR = یونان
country-IT = اٹلی
country-MT = مالٹا
country-NL = نیدرلینڈز
country-PL = پولینڈ
country-RO = رومانیہ
country-TR = ترکیہ
country-UA = یوکرین
category-emergency = ہنگامی حالات
category-child-helpline = بچوں کی ہیلپ لائنیں
category-missing-children = لاپتا بچے
category-anti-trafficking = انسانی تجارت
category-child-protection = بچوں کا تحفظ
category-asylum = پناہ
category-legal = قانونی مدد
category-health = صحت
category-mental-health = احساسات اور ذہنی صحت
category-shelter = رہنے کے لیے محفوظ جگہ
category-education = اسکول اور پڑھائی
category-family-tracing = اپنا خاندان ڈھونڈنا
category-food = کھانا
# فوراً نکلنا اور صفحے کی حفاظت۔
quick-exit = فوراً نکلیں
quick-exit-hint = اسی وقت اس ویب سائٹ سے نکل کر ایک عام سے صفحے پر چلا جاتا ہے۔ آپ Escape کا بٹن دو بار بھی دبا سکتے ہیں۔
offline-title = آپ آف لائن ہیں
offline-text = یہ صفحہ آپ کے فون میں محفوظ نہیں ہے۔ یہ نمبر انٹرنیٹ کے بغیر کام کرتے ہیں:

## Search
search-title = تلاش
search-description = اس ویب سائٹ کے ہر صفحے میں، اپنی زبان میں، تلاش کریں۔
search-label = تلاش کرنے کے لیے الفاظ
search-button = تلاش کریں
search-searching = “{ $query }” تلاش کیا جا رہا ہے…
search-none = کوئی صفحہ “{ $query }” سے نہیں ملتا۔ کوئی اور لفظ آزمائیں، یا نیچے دیے گئے صفحات دیکھیں۔
search-found = وہ صفحات جو “{ $query }” سے ملتے ہیں:
search-unavailable = تلاش ابھی دستیاب نہیں ہے۔ تمام صفحات نیچے دیے گئے ہیں۔
search-all-pages = تمام صفحات
# ہر صفحے کے اوپر کی پٹی: اس کا نام، مدد کے نمبر کھولنے والا بٹن، اور وزٹ چھپانے والے صفحے کا لنک۔
safety-bar = مدد اور فوراً نکلنا
get-help = مدد لیں
quick-exit-guide = اپنا وزٹ کیسے چھپائیں
# ویب سائٹ کے حصوں کی فہرست کھولنے والا بٹن۔
menu = مینو
