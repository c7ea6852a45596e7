# Machine translation: waiting for review by a native speaker.
# Call buttons and the apps a number opens.
call-verb = فون کریں
opens-messages = آپ کے میسج کی ایپ کھولتا ہے
opens-whatsapp = واٹس ایپ کی ایپ کھولتا ہے
open-viber = وائبر
opens-viber = وائبر کی ایپ کھولتا ہے
