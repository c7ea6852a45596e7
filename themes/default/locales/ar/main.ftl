# Machine translation: waiting for review by a native speaker.
# نصوص واجهة القالب الافتراضي (العربية).
# للمترجمين: لا تغيّروا معرّفات الرسائل (يسار علامة "=")، وترجموا النص.
# الأجزاء التي تبدأ بعلامة $ يملؤها Waymark: اتركوها كما هي.

site-title = الأطفال المتنقلون
skip-to-content = انتقل إلى المحتوى
main-navigation = الأقسام
language-switcher = اقرأ هذه الصفحة بلغة أخرى
language-chooser-title = اختر لغتك
language-chooser-intro = هذا الموقع متوفر بهذه اللغات.
home = الرئيسية
breadcrumbs = أنت هنا
# تظهر فوق صفحة لم تُترجم بعد. $language هو اسم لغة الزائر.
not-translated = هذه الصفحة لم تُترجم بعد إلى اللغة { $language }. يمكنك قراءتها في الأسفل باللغة { $source }.
machine-translated = تُرجمت بواسطة آلة. لم يراجع إنسانٌ الصياغة بعد.
page-not-found-title = لم نجد الصفحة
page-not-found-text = لم نستطع أن نجد هذه الصفحة. ربما نُقلت إلى مكان آخر.
back-home = اذهب إلى الصفحة الرئيسية
moved-title = نُقلت هذه الصفحة
moved-text = لهذه الصفحة عنوان جديد. إذا لم يحدث شيء، افتح هذا الرابط:
updated = آخر تحديث: { $date }
pages-count = { $count ->
    [zero] { $count } صفحة
    [one] { $count } صفحة
    [two] { $count } صفحتان
    [few] { $count } صفحات
    [many] { $count } صفحة
   *[other] { $count } صفحة
}
# تُقسَم القائمة الطويلة في قسم أو في الدليل إلى صفحات؛ هذا اسم الروابط بينها (لقارئات الشاشة).
pagination = صفحات هذه القائمة
# $page هو رقم هذه الصفحة، و$total هو عدد الصفحات كلها.
page-of = الصفحة { $page } من { $total }
previous-page = الصفحة السابقة
next-page = الصفحة التالية
footer-license = نص هذا الموقع متاح بموجب رخصة المشاع الإبداعي نسب المصنَّف 4.0 (CC BY 4.0).
footer-built = صُنع باستخدام Waymark.
# الحملة: أجزاؤها الثلاثة، ومقاطع الفيديو الخاصة بها، ونصوصها.
campaign-part = الجزء { $number }
campaign-navigation = مقاطع فيديو الحملة
previous-part = الجزء السابق
next-part = الجزء التالي
all-parts = مقاطع الفيديو الثلاثة كلها
play-video = شغّل الفيديو
video-external = يُعرض الفيديو من موقع youtube-nocookie.com عندما تضغط على زر التشغيل.
video-unsupported = لا يستطيع متصفحك تشغيل هذا الفيديو هنا. يمكنك تنزيله في الأسفل.
video-duration = المدة: { $duration }
download-video = نزّل الفيديو ({ $size })
transcript = ماذا يقول الفيديو
transcript-fallback = لا توجد بعد ترجمة مكتوبة للفيديو باللغة { $language }. إليك ما يقوله الفيديو باللغة { $source }.
placeholder-media = هذا الفيديو مؤقت. سيحلّ محلّه الفيديو الحقيقي للحملة.
# دليل خطوط المساعدة والخدمات.
directory-title = خطوط المساعدة والخدمات
directory-intro = أرقام هواتف وأماكن يجد فيها الأطفال والشباب المساعدة. في كل بند تجد من أين جاءت معلوماته وكم عمرها.
help-strip-title = هل تحتاج إلى مساعدة الآن؟
help-strip-more = خطوط مساعدة أخرى
directory-by-country = حسب البلد
directory-by-category = حسب نوع المساعدة
directory-all = كل خطوط المساعدة والخدمات
directory-count = { $count ->
    [zero] { $count } خط مساعدة أو خدمة
    [one] { $count } خط مساعدة أو خدمة
    [two] { $count } من خطوط المساعدة والخدمات
    [few] { $count } خطوط مساعدة وخدمات
    [many] { $count } خط مساعدة أو خدمة
   *[other] { $count } خط مساعدة أو خدمة
}
directory-filter = اعرض فقط
directory-filter-country = البلد
directory-filter-category = نوع المساعدة
directory-filter-language = اللغة
directory-filter-nojs = يمكن اختيار بلد أو نوع من المساعدة من القوائم أدناه.
directory-filter-any = الكل
directory-none = لا يوجد شيء مطابق. جرّب اختيارًا آخر.
kind-helpline = خط مساعدة
kind-service = خدمة
badge-free = مجاني
badge-confidential = سرّي
badge-example = مثال
example-entry = هذا بند تجريبي يبيّن طريقة عمل الدليل. لا تستخدم معلوماته.
send-sms = أرسل رسالة نصية
open-whatsapp = واتساب
answers-in = يجيبون بهذه اللغات:
hours = ساعات العمل
hours-always = مفتوح 24 ساعة، كل يوم
open-now = مفتوح الآن
closes-at = يُغلق الساعة { $time }
opens-at = يفتح يوم { $day } الساعة { $time }
for-ages = للأعمار { $ages }
checked-on = تاريخ التحقّق: { $date }
source = المصدر:
# entry-source-from, entry-checked-by-us, entry-stale, entry-stale-call, entry-interpreters,
# entry-source-undated, entry-stale-undated: machine translation, waiting for review by a native speaker.
entry-source-from = من { $source }، { $date }
entry-checked-by-us = تحققنا منها: { $date }
entry-stale = هذه المعلومات من { $date } وربما تغيّرت.
entry-stale-call = إذا لم يُجب أحد، اتصل بهذا الرقم:
entry-interpreters = يتوفر مترجمون
entry-source-undated = من { $source } (لا يذكر المصدر تاريخًا)
entry-stale-undated = هذه المعلومات بلا تاريخ وربما تغيّرت.
website = الموقع الإلكتروني
email = البريد الإلكتروني
address = العنوان
more-details = تفاصيل أكثر
country-EU = أرقام لكل دول الاتحاد الأوروبي
country-AT = النمسا
country-BE = بلجيكا
country-BG = بلغاريا
country-CY = قبرص
country-DE = ألمانيا
country-ES = إسبانيا
country-FR = فرنسا
country-GR = اليونان
country-IT = إيطاليا
country-MT = مالطا
country-NL = هولندا
country-PL = بولندا
country-RO = رومانيا
country-TR = تركيا
country-UA = أوكرانيا
category-emergency = الطوارئ
category-child-helpline = خطوط مساعدة الأطفال
category-missing-children = الأطفال المفقودون
category-anti-trafficking = الاتجار بالبشر
category-child-protection = حماية الأطفال
category-asylum = اللجوء
category-legal = المساعدة القانونية
category-health = الصحة
category-mental-health = المشاعر والصحة النفسية
category-shelter = مكان آمن للإقامة
category-education = المدرسة والتعلّم
category-family-tracing = العثور على عائلتك
category-food = الطعام
# الخروج السريع وأمان الصفحة.
quick-exit = خروج سريع
quick-exit-hint = يغادر هذا الموقع فورًا إلى صفحة عادية. يمكنك أيضًا الضغط على زر Escape مرتين.
offline-title = أنت غير متصل بالإنترنت
offline-text = هذه الصفحة غير محفوظة على هاتفك. هذه الأرقام تعمل بدون إنترنت:

## Search
search-title = البحث
search-description = البحث في كل صفحات هذا الموقع، بلغتك.
search-label = الكلمات التي تبحث عنها
search-button = ابحث
search-searching = جارٍ البحث عن «{ $query }»…
search-none = لا توجد صفحة تطابق «{ $query }». جرّب كلمة أخرى أو تصفّح الصفحات أدناه.
search-found = الصفحات التي تطابق «{ $query }»:
search-unavailable = البحث غير متاح الآن. جميع الصفحات مذكورة أدناه.
search-all-pages = جميع الصفحات
safety-bar = المساعدة والخروج السريع
get-help = المساعدة
quick-exit-guide = إخفاء زيارتك لهذا الموقع
menu = القائمة
