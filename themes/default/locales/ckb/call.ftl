# Machine translation: waiting for review by a native speaker.
# Call buttons and the apps a number opens.
call-verb = پەیوەندی بکە
opens-messages = ئەپی نامەکان دەکاتەوە
opens-whatsapp = ئەپی واتسئاپ دەکاتەوە
open-viber = ڤایبەر
opens-viber = ئەپی ڤایبەر دەکاتەوە
