# Machine translation: waiting for review by a native speaker.
# Call buttons and the apps a number opens.
call-verb = زنګ ووهه
opens-messages = د پیغامونو اپ پرانیزي
opens-whatsapp = د واټساپ اپ پرانیزي
open-viber = وایبر
opens-viber = د وایبر اپ پرانیزي
