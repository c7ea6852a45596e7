# Call buttons and the apps a number opens. Machine-made translation (except en): waits for review.
call-verb = Appeler
opens-messages = ouvre l’application de messages
opens-whatsapp = ouvre l’application WhatsApp
open-viber = Viber
opens-viber = ouvre l’application Viber
