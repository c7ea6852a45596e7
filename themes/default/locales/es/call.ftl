# Machine translation: waiting for review by a native speaker.
# Botones de llamada y las aplicaciones que abre un número.
call-verb = Llamar
opens-messages = abre tu aplicación de mensajes
opens-whatsapp = abre la aplicación WhatsApp
open-viber = Viber
opens-viber = abre la aplicación Viber
