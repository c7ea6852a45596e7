# Machine translation: waiting for review by a native speaker.
# Call buttons and the apps a number opens.
call-verb = Telefon bike
opens-messages = sepana peyaman vedike
opens-whatsapp = sepana WhatsAppê vedike
open-viber = Viber
opens-viber = sepana Viberê vedike
