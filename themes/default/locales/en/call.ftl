# Call buttons and the apps a number opens.
call-verb = Call
opens-messages = opens your messages app
opens-whatsapp = opens the WhatsApp app
open-viber = Viber
opens-viber = opens the Viber app
