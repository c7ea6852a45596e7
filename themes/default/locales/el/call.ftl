# Call buttons and the apps a number opens. Machine-made translation (except en): waits for review.
call-verb = Κάλεσε
opens-messages = ανοίγει την εφαρμογή μηνυμάτων
opens-whatsapp = ανοίγει την εφαρμογή WhatsApp
open-viber = Viber
opens-viber = ανοίγει την εφαρμογή Viber
