# Call buttons and the apps a number opens. Machine-made translation (except en): waits for review.
call-verb = Зателефонувати
opens-messages = відкриває застосунок повідомлень
opens-whatsapp = відкриває застосунок WhatsApp
open-viber = Viber
opens-viber = відкриває застосунок Viber
