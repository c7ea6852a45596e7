# Machine translation: waiting for review by a native speaker.
# Call buttons and the apps a number opens.
call-verb = ደውሉ
opens-messages = ኣፕ መልእኽቲ ይኸፍት
opens-whatsapp = ኣፕ WhatsApp ይኸፍት
open-viber = Viber
opens-viber = ኣፕ Viber ይኸፍት
