# Machine translation: waiting for review by a native speaker.
# Call buttons and the apps a number opens (Dari).
call-verb = زنگ بزن
opens-messages = برنامهٔ پیام‌ها را باز می‌کند
opens-whatsapp = برنامهٔ واتس‌اپ را باز می‌کند
open-viber = وایبر
opens-viber = برنامهٔ وایبر را باز می‌کند
