# Machine translation: waiting for review by a native speaker.
# Arama düğmeleri ve bir numaranın açtığı uygulamalar.
call-verb = Ara
opens-messages = mesaj uygulamanı açar
opens-whatsapp = WhatsApp uygulamasını açar
open-viber = Viber
opens-viber = Viber uygulamasını açar
