# Call buttons and the apps a number opens. Machine-made translation (except en): waits for review.
call-verb = اتصل
opens-messages = يفتح تطبيق الرسائل
opens-whatsapp = يفتح تطبيق واتساب
open-viber = فايبر
opens-viber = يفتح تطبيق فايبر
