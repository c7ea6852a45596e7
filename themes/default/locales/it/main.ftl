# Machine translation: waiting for review by a native speaker.
# Testi dell’interfaccia del tema predefinito (italiano). Al lettore si dà del «tu».
# Traduttori: non cambiate gli identificatori dei messaggi (a sinistra di «=»), traducete il testo.
# Le parti { $name } le compila Waymark: lasciatele come sono.

site-title = Bambini in viaggio
skip-to-content = Vai al contenuto
main-navigation = Sezioni
language-switcher = Leggi questa pagina in un’altra lingua
language-chooser-title = Scegli la tua lingua
language-chooser-intro = Questo sito è disponibile in queste lingue.
home = Home
breadcrumbs = Sei qui
# Mostrato sopra una pagina non ancora tradotta. $language è il nome della lingua del visitatore.
not-translated = Questa pagina non è ancora tradotta in { $language }. Qui sotto puoi leggerla in { $source }.
machine-translated = Tradotto da una macchina. Nessuna persona ha ancora controllato il testo.
page-not-found-title = Pagina non trovata
page-not-found-text = Non abbiamo trovato questa pagina. Forse è stata spostata.
back-home = Vai alla pagina iniziale
moved-title = Questa pagina è stata spostata
moved-text = Questa pagina ha un nuovo indirizzo. Se non succede niente, tocca questo link:
updated = Aggiornato: { $date }
pages-count = { $count ->
    [one] { $count } pagina
    [many] { $count } di pagine
   *[other] { $count } pagine
}
# L’elenco lungo di una sezione o dei numeri di aiuto è diviso in pagine; questo dà il nome ai link tra di esse (per i lettori di schermo).
pagination = Pagine di questo elenco
# $page è il numero di questa pagina, $total quante sono in tutto.
page-of = Pagina { $page } di { $total }
previous-page = Pagina precedente
next-page = Pagina successiva
footer-license = Il testo di questo sito è disponibile con licenza Creative Commons Attribuzione 4.0 (CC BY 4.0).
footer-built = Realizzato con Waymark.
# La campagna: le sue tre parti, i loro video e le trascrizioni.
campaign-part = Parte { $number }
campaign-navigation = I video della campagna
previous-part = Parte precedente
next-part = Parte successiva
all-parts = Tutti e tre i video
play-video = Guarda il video
video-external = Quando premi play, il video arriva da youtube-nocookie.com.
video-unsupported = Il tuo browser non riesce a riprodurre questo video qui. Puoi scaricarlo qui sotto.
video-duration = Durata: { $duration }
download-video = Scarica il video ({ $size })
transcript = Cosa dice il video
transcript-fallback = Non ci sono ancora sottotitoli in { $language }. Ecco cosa dice il video in { $source }.
placeholder-media = Questo video è provvisorio. Al suo posto arriverà il vero video della campagna.
# L’elenco dei numeri di aiuto e dei servizi.
directory-title = Numeri di aiuto e servizi
directory-intro = Numeri di telefono e luoghi dove bambini e ragazzi possono ricevere aiuto. Ogni scheda dice da dove vengono le informazioni e quanto sono vecchie.
help-strip-title = Hai bisogno di aiuto adesso?
help-strip-more = Altri numeri di aiuto
directory-by-country = Per paese
directory-by-category = Per tipo di aiuto
directory-all = Tutti i numeri di aiuto e i servizi
directory-count = { $count ->
    [one] { $count } numero di aiuto o servizio
    [many] { $count } di numeri di aiuto e servizi
   *[other] { $count } numeri di aiuto e servizi
}
directory-filter = Mostra solo
directory-filter-country = Paese
directory-filter-category = Tipo di aiuto
directory-filter-language = Lingua
directory-filter-nojs = Scegli un paese o un tipo di aiuto dagli elenchi qui sotto.
directory-filter-any = Tutti
directory-none = Nessun risultato. Prova un’altra scelta.
kind-helpline = Numero di aiuto
kind-service = Servizio
badge-free = Gratis
badge-confidential = Riservato
badge-example = Esempio
example-entry = Questa è una scheda di esempio che mostra come funziona l’elenco. Non usare i suoi dati.
send-sms = Invia un SMS
open-whatsapp = WhatsApp
answers-in = Rispondono in:
hours = Orari
hours-always = Aperto 24 ore su 24, tutti i giorni
open-now = Aperto ora
closes-at = Chiude alle { $time }
# $day è il nome del giorno della settimana (lunedì, martedì…).
opens-at = Apre { $day } alle { $time }
for-ages = Età: { $ages } anni
checked-on = Controllato: { $date }
source = Fonte:
# Where an entry's details come from. $source is the source's name (a link when it has
# an address); $date is a date exactly as the source gives it (2021, 2021-04 or 2021-04-07).
entry-source-from = Fonte: { $source }, { $date }
# Only for an entry a person of this site checked. $date: the day they checked.
entry-checked-by-us = Controllato da noi: { $date }
# On an entry older than the site allows. $date: the date its details are from.
entry-stale = Queste informazioni sono del { $date } e potrebbero essere cambiate.
# Followed by the site's emergency number as a call button.
entry-stale-call = Se nessuno risponde, chiama questo numero:
entry-interpreters = Ci sono interpreti
# When the source shows no date (`date: unknown`).
entry-source-undated = Fonte: { $source } (la fonte non indica la data)
entry-stale-undated = Queste informazioni non hanno una data e potrebbero essere cambiate.
website = Sito web
email = E-mail
address = Indirizzo
more-details = Più dettagli
country-EU = Numeri per tutta l’UE
country-AT = Austria
country-BE = Belgio
country-BG = Bulgaria
country-CY = Cipro
country-DE = Germania
country-ES = Spagna
country-FR = Francia
country-GR = Grecia
country-IT = Italia
country-MT = Malta
country-NL = Paesi Bassi
country-PL = Polonia
country-RO = Romania
country-TR = Turchia
country-UA = Ucraina
category-emergency = Emergenze
category-child-helpline = Numeri di aiuto per bambini e ragazzi
category-missing-children = Bambini scomparsi
category-anti-trafficking = Tratta di persone
category-child-protection = Protezione dei minori
category-asylum = Asilo
category-legal = Aiuto legale
category-health = Salute
category-mental-health = Emozioni e salute mentale
category-shelter = Un posto sicuro dove stare
category-education = Scuola e studio
category-family-tracing = Ritrovare la tua famiglia
category-food = Cibo
# Uscita rapida e sicurezza della pagina.
quick-exit = Esci subito
quick-exit-hint = Lascia subito questo sito e apre una pagina neutra. Puoi anche premere Esc due volte.
offline-title = Sei offline
offline-text = Questa pagina non è salvata sul tuo telefono. Questi numeri funzionano senza internet:

## Search
search-title = Cerca
search-description = Cerca in tutte le pagine di questo sito, nella tua lingua.
search-label = Parole da cercare
search-button = Cerca
search-searching = Ricerca di «{ $query }»…
search-none = Nessuna pagina corrisponde a «{ $query }». Prova un’altra parola o guarda le pagine qui sotto.
search-found = Pagine che corrispondono a «{ $query }»:
search-unavailable = La ricerca non è disponibile in questo momento. Tutte le pagine sono elencate qui sotto.
search-all-pages = Tutte le pagine
# The bar at the top of every page: its label, the button that opens the help numbers, and
# the link to the page on hiding a visit (after the quick exit's explanation).
safety-bar = Aiuto e uscita rapida
get-help = Chiedi aiuto
quick-exit-guide = Come nascondere la tua visita
# The button that opens the list of the site's sections.
menu = Menu
