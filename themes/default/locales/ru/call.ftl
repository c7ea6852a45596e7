# Machine translation: waiting for review by a native speaker.
# Кнопки звонка и приложения, которые открывает номер.
call-verb = Позвонить
opens-messages = открывает приложение для сообщений
opens-whatsapp = открывает приложение WhatsApp
open-viber = Viber
opens-viber = открывает приложение Viber
