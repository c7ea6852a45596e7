# Machine translation: waiting for review by a native speaker.
# Texte der Oberfläche des Standard-Themes (Deutsch). Die Leserin, der Leser wird geduzt.
# Übersetzer: Die Kennungen der Meldungen (links vom „=“) nicht ändern, nur den Text übersetzen.
# Teile wie { $name } füllt Waymark aus: so lassen, wie sie sind.

site-title = Kinder unterwegs
skip-to-content = Zum Inhalt springen
main-navigation = Bereiche
language-switcher = Diese Seite in einer anderen Sprache lesen
language-chooser-title = Wähle deine Sprache
language-chooser-intro = Diese Website gibt es in diesen Sprachen.
home = Startseite
breadcrumbs = Du bist hier
# Steht über einer Seite, die noch nicht übersetzt ist. $language ist der Name der Sprache des Besuchers.
not-translated = Diese Seite gibt es noch nicht auf { $language }. Unten kannst du sie auf { $source } lesen.
machine-translated = Von einer Maschine übersetzt. Ein Mensch hat den Text noch nicht geprüft.
page-not-found-title = Seite nicht gefunden
page-not-found-text = Wir konnten diese Seite nicht finden. Vielleicht ist sie umgezogen.
back-home = Zur Startseite
moved-title = Diese Seite ist umgezogen
moved-text = Diese Seite hat eine neue Adresse. Wenn nichts passiert, tippe auf diesen Link:
updated = Aktualisiert: { $date }
pages-count = { $count ->
    [one] { $count } Seite
   *[other] { $count } Seiten
}
# Eine lange Liste in einem Bereich oder im Verzeichnis wird auf Seiten verteilt; das benennt die Links zwischen ihnen (für Screenreader).
pagination = Seiten dieser Liste
# $page ist die Nummer dieser Seite, $total die Zahl aller Seiten.
page-of = Seite { $page } von { $total }
previous-page = Vorige Seite
next-page = Nächste Seite
footer-license = Der Text dieser Website steht unter der Lizenz Creative Commons Namensnennung 4.0 (CC BY 4.0).
footer-built = Erstellt mit Waymark.
# Die Kampagne: ihre drei Teile, deren Videos und was darin gesagt wird.
campaign-part = Teil { $number }
campaign-navigation = Die Videos der Kampagne
previous-part = Voriger Teil
next-part = Nächster Teil
all-parts = Alle drei Videos
play-video = Video abspielen
video-external = Wenn du auf Abspielen drückst, kommt das Video von youtube-nocookie.com.
video-unsupported = Dein Browser kann dieses Video hier nicht abspielen. Du kannst es unten herunterladen.
video-duration = Länge: { $duration }
download-video = Video herunterladen ({ $size })
transcript = Das sagt das Video
transcript-fallback = Es gibt noch keine Untertitel auf { $language }. Hier steht, was das Video auf { $source } sagt.
placeholder-media = Dieses Video ist ein Platzhalter. Später kommt hier das echte Video der Kampagne hin.
# Das Verzeichnis der Hilfetelefone und Hilfsangebote.
directory-title = Hilfetelefone und Hilfsangebote
directory-intro = Telefonnummern und Orte, an denen Kinder und Jugendliche Hilfe bekommen. Bei jedem Eintrag steht, woher die Angaben kommen und wie alt sie sind.
help-strip-title = Brauchst du jetzt Hilfe?
help-strip-more = Weitere Hilfetelefone
directory-by-country = Nach Land
directory-by-category = Nach Art der Hilfe
directory-all = Alle Hilfetelefone und Hilfsangebote
directory-count = { $count ->
    [one] { $count } Hilfetelefon oder Hilfsangebot
   *[other] { $count } Hilfetelefone und Hilfsangebote
}
directory-filter = Nur anzeigen
directory-filter-country = Land
directory-filter-category = Art der Hilfe
directory-filter-language = Sprache
directory-filter-nojs = Wähle unten in den Listen ein Land oder eine Art der Hilfe.
directory-filter-any = Alle
directory-none = Nichts gefunden. Versuch eine andere Auswahl.
kind-helpline = Hilfetelefon
kind-service = Hilfsangebot
badge-free = Kostenlos
badge-confidential = Vertraulich
badge-example = Beispiel
example-entry = Das ist ein Beispieleintrag. Er zeigt, wie das Verzeichnis funktioniert. Benutze seine Angaben nicht.
send-sms = SMS schicken
open-whatsapp = WhatsApp
answers-in = Gesprochene Sprachen:
hours = Öffnungszeiten
hours-always = Jeden Tag rund um die Uhr geöffnet
open-now = Jetzt geöffnet
closes-at = Schließt um { $time }
# $day ist der Name des Wochentags (Montag, Dienstag …).
opens-at = Öffnet am { $day } um { $time }
for-ages = Alter: { $ages } Jahre
checked-on = Geprüft: { $date }
source = Quelle:
# Where an entry's details come from. $source is the source's name (a link when it has
# an address); $date is a date exactly as the source gives it (2021, 2021-04 or 2021-04-07).
entry-source-from = Quelle: { $source }, { $date }
# Only for an entry a person of this site checked. $date: the day they checked.
entry-checked-by-us = Von uns geprüft: { $date }
# On an entry older than the site allows. $date: the date its details are from.
entry-stale = Stand der Angaben: { $date }. Sie können sich geändert haben.
# Followed by the site's emergency number as a call button.
entry-stale-call = Wenn niemand antwortet, ruf diese Nummer an:
entry-interpreters = Dolmetschen möglich
# When the source shows no date (`date: unknown`).
entry-source-undated = Quelle: { $source } (die Quelle nennt kein Datum)
entry-stale-undated = Diese Angaben haben kein Datum und können sich geändert haben.
website = Website
email = E-Mail
address = Adresse
more-details = Mehr Infos
country-EU = Nummern für die ganze EU
country-AT = Österreich
country-BE = Belgien
country-BG = Bulgarien
country-CY = Zypern
country-DE = Deutschland
country-ES = Spanien
country-FR = Frankreich
country-GR = Griechenland
country-IT = Italien
country-MT = Malta
country-NL = Niederlande
country-PL = Polen
country-RO = Rumänien
country-TR = Türkei
country-UA = Ukraine
category-emergency = Notfälle
category-child-helpline = Hilfetelefone für Kinder
category-missing-children = Vermisste Kinder
category-anti-trafficking = Menschenhandel
category-child-protection = Kinderschutz
category-asylum = Asyl
category-legal = Rechtliche Hilfe
category-health = Gesundheit
category-mental-health = Gefühle und seelische Gesundheit
category-shelter = Ein sicherer Ort zum Bleiben
category-education = Schule und Lernen
category-family-tracing = Deine Familie finden
category-food = Essen
# Schnell raus und Sicherheit der Seite.
quick-exit = Schnell raus
quick-exit-hint = Verlässt diese Website sofort und öffnet eine harmlose Seite. Du kannst auch zweimal Esc drücken.
offline-title = Du bist offline
offline-text = Diese Seite ist nicht auf deinem Handy gespeichert. Diese Nummern gehen auch ohne Internet:

## Search
search-title = Suche
search-description = Durchsuche alle Seiten dieser Website in deiner Sprache.
search-label = Suchwörter
search-button = Suchen
search-searching = Suche nach „{ $query }“ …
search-none = Keine Seite passt zu „{ $query }“. Versuch ein anderes Wort oder schau dir die Seiten unten an.
search-found = Seiten, die zu „{ $query }“ passen:
search-unavailable = Die Suche geht gerade nicht. Unten findest du alle Seiten.
search-all-pages = Alle Seiten
# The bar at the top of every page: its label, the button that opens the help numbers, and
# the link to the page on hiding a visit (after the quick exit's explanation).
safety-bar = Hilfe und schnell raus
get-help = Hilfe holen
quick-exit-guide = So versteckst du deinen Besuch
# The button that opens the list of the site's sections.
menu = Menü
