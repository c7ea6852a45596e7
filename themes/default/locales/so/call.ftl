# Machine translation: waiting for review by a native speaker.
# Call buttons and the apps a number opens.
call-verb = Wac
opens-messages = wuxuu furayaa app-ka fariimaha
opens-whatsapp = wuxuu furayaa app-ka WhatsApp
open-viber = Viber
opens-viber = wuxuu furayaa app-ka Viber
