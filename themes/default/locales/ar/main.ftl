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
machine-translated = تُرجمت هذه الصفحة بواسطة آلة، وهي تنتظر أن يراجعها إنسان.
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
