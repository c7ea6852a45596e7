# Machine translation: waiting for review by a native speaker.
# Anruf-Knöpfe und die Apps, die eine Nummer öffnet.
call-verb = Anrufen
opens-messages = öffnet deine Nachrichten-App
opens-whatsapp = öffnet die WhatsApp-App
open-viber = Viber
opens-viber = öffnet die Viber-App
