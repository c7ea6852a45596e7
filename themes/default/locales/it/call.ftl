# Machine translation: waiting for review by a native speaker.
# Pulsanti di chiamata e le app che un numero apre.
call-verb = Chiama
opens-messages = apre l’app dei messaggi
opens-whatsapp = apre l’app WhatsApp
open-viber = Viber
opens-viber = apre l’app Viber
