# Call buttons and the apps a number opens. Machine-made translation (except en): waits for review.
call-verb = تماس
opens-messages = برنامهٔ پیامک را باز می‌کند
opens-whatsapp = برنامهٔ واتس‌اپ را باز می‌کند
open-viber = وایبر
opens-viber = برنامهٔ وایبر را باز می‌کند
