# Machine translation: waiting for review by a native speaker.
# Interface strings of the default theme (Somali).
# Translators: keep the message ids (left of "="), translate the text.
# { $name } parts are filled in by Waymark: keep them as they are.

site-title = Carruurta socdaalka ku jirta
skip-to-content = U gudub qoraalka
main-navigation = Qaybaha
language-switcher = Boggan ku akhri luqad kale
language-chooser-title = Dooro luqaddaada
language-chooser-intro = Websaydhkan wuxuu ku jiraa luqadahan.
home = Bogga hore
breadcrumbs = Halkan ayaad joogtaa
# Shown above a page that has no translation yet. $language is the name of the visitor's language.
not-translated = Boggan weli looma turjumin luqadda { $language }. Waxaad hoos ku akhrisan kartaa luqadda { $source }.
machine-translated = Waxaa turjumay mashiin. Qof weli ma hubin erayada.
page-not-found-title = Bogga lama helin
page-not-found-text = Ma aanu helin boggan. Waxaa laga yaabaa in meel kale loo raray.
back-home = Tag bogga hore
moved-title = Boggan waa la raray
moved-text = Boggan wuxuu leeyahay cinwaan cusub. Haddii aanay waxba dhicin, fur xiriirkan:
updated = La cusboonaysiiyay: { $date }
pages-count = { $count ->
    [one] { $count } bog
   *[other] { $count } bog
}
# The list of a long section or directory list is split into pages; this names the links between them (for screen readers).
pagination = Bogagga liiskan
# $page is the number of this page, $total how many there are.
page-of = Bogga { $page } ee { $total }
previous-page = Boggii hore
next-page = Bogga xiga
footer-license = Qoraalka websaydhkan waxaa lagu heli karaa shatiga Creative Commons Attribution 4.0 (CC BY 4.0).
footer-built = Waxaa lagu sameeyay Waymark.
# The campaign: its three parts, their videos and transcripts.
campaign-part = Qaybta { $number }
campaign-navigation = Fiidiyowyada ololaha
previous-part = Qaybtii hore
next-part = Qaybta xigta
all-parts = Saddexda fiidiyow oo dhan
play-video = Daar fiidiyowga
video-external = Marka aad riixdo daar, fiidiyowgu wuxuu ka yimaadaa youtube-nocookie.com.
video-unsupported = Biraawsarkaagu halkan kuma daari karo fiidiyowgan. Waxaad hoos kala soo degsan kartaa.
video-duration = Dhererka: { $duration }
download-video = Soo deji fiidiyowga ({ $size })
transcript = Waxa fiidiyowgu sheegayo
transcript-fallback = Weli ma jiraan qoraallo hoose oo luqadda { $language } ah. Waa kan waxa fiidiyowgu ku sheegayo luqadda { $source }.
placeholder-media = Fiidiyowgan waa ku-meel-gaar. Fiidiyowga dhabta ah ee ololaha ayaa beddeli doona.
# The helpline and service directory.
directory-title = Khadadka caawimada iyo adeegyada
directory-intro = Lambarro telefoon iyo meelo ay carruurta iyo dhallinyaradu ka heli karaan caawimo. Qoraal kastaa wuxuu sheegayaa meesha xogtiisu ka timid iyo goorta la qoray.
help-strip-title = Ma u baahan tahay caawimo hadda?
help-strip-more = Khadad caawimo oo kale
directory-by-country = Dal ahaan
directory-by-category = Nooca caawimada
directory-all = Dhammaan khadadka caawimada iyo adeegyada
directory-count = { $count ->
    [one] { $count } khad caawimo ama adeeg
   *[other] { $count } khad caawimo iyo adeeg
}
directory-filter = Kaliya tus
directory-filter-country = Dalka
directory-filter-category = Nooca caawimada
directory-filter-language = Luqadda
directory-filter-nojs = Ka dooro dal ama nooc caawimo liisaska hoose.
directory-filter-any = Dhammaan
directory-none = Waxba lama helin. Isku day doorasho kale.
kind-helpline = Khadka caawimada
kind-service = Adeeg
badge-free = Bilaash
badge-confidential = Qarsoodi
badge-example = Tusaale
example-entry = Kani waa qoraal tusaale ah oo muujinaya sida hagahan u shaqeeyo. Ha isticmaalin xogtiisa.
send-sms = Dir fariin qoraal ah
open-whatsapp = WhatsApp
answers-in = Waxay ku jawaabaan:
hours = Saacadaha shaqada
hours-always = Furan 24 saac, maalin kasta
open-now = Hadda waa furan yahay
closes-at = Waa la xiraa { $time }
opens-at = Waa la furaa { $day }, { $time }
for-ages = Da'da { $ages }
checked-on = La hubiyay: { $date }
source = Isha:
# Where an entry's details come from. $source is the source's name (a link when it has
# an address); $date is a date exactly as the source gives it (2021, 2021-04 or 2021-04-07).
entry-source-from = Waxaa laga soo qaatay { $source }, { $date }
# Only for an entry a person of this site checked. $date: the day they checked.
entry-checked-by-us = Annagu waan hubinay: { $date }
# On an entry older than the site allows. $date: the date its details are from.
entry-stale = Xogtani waxay ka timid { $date }, waxaana laga yaabaa inay isbeddeshay.
# Followed by the site's emergency number as a call button.
entry-stale-call = Haddii aan qofna ka jawaabin, wac lambarkan:
entry-interpreters = Turjubaano waa la heli karaa
# When the source shows no date (`date: unknown`).
entry-source-undated = Waxaa laga soo qaatay { $source } (ishu taariikh ma sheegin)
entry-stale-undated = Xogtani taariikh ma laha, waxaana laga yaabaa inay isbeddeshay.
website = Websaydh
email = Iimayl
address = Cinwaan
more-details = Faahfaahin dheeraad ah
country-EU = Lambarrada Midowga Yurub oo dhan
country-AT = Awsteriya
country-BE = Biljam
country-BG = Bulgaariya
country-CY = Qubrus
country-DE = Jarmalka
country-ES = Isbeyn
country-FR = Faransiiska
country-GR = Giriigga
country-IT = Talyaaniga
country-MT = Maalta
country-NL = Holland
country-PL = Booland
country-RO = Rumaaniya
country-TR = Turkiga
country-UA = Yukreeyn
category-emergency = Xaaladaha degdegga ah
category-child-helpline = Khadadka caawimada carruurta
category-missing-children = Carruurta maqan
category-anti-trafficking = Ka ganacsiga dadka
category-child-protection = Ilaalinta carruurta
category-asylum = Magangelyo
category-legal = Caawimo sharci
category-health = Caafimaad
category-mental-health = Dareennada iyo caafimaadka maskaxda
category-shelter = Meel ammaan ah oo lagu hoydo
category-education = Iskuul iyo waxbarasho
category-family-tracing = Helitaanka qoyskaaga
category-food = Cunto
# Quick exit and page safety.
quick-exit = Ka bax
quick-exit-hint = Isla markiiba wuxuu kaa saarayaa websaydhkan, wuxuuna furayaa bog caadi ah. Waxaad sidoo kale riixi kartaa Escape laba jeer.
offline-title = Internet ma haysid
offline-text = Boggan kuma kaydsana telefoonkaaga. Lambarradan internet la'aan ayay shaqeeyaan:

## Search
search-title = Raadin
search-description = Ka raadi dhammaan bogagga websaydhkan, luqaddaada.
search-label = Erayada aad raadinayso
search-button = Raadi
search-searching = Waxaa la raadinayaa “{ $query }”…
search-none = Ma jiro bog ku habboon “{ $query }”. Isku day eray kale, ama eeg bogagga hoose.
search-found = Bogagga ku habboon “{ $query }”:
search-unavailable = Raadintu hadda ma shaqaynayso. Dhammaan bogagga waxay ku qoran yihiin hoos.
search-all-pages = Dhammaan bogagga
# The bar at the top of every page: its label, the button that opens the help numbers, and
# the link to the page on hiding a visit (after the quick exit's explanation).
safety-bar = Caawimo iyo ka bixid degdeg ah
get-help = Hel caawimo
quick-exit-guide = Sida loo qariyo booqashadaada
# The button that opens the list of the site's sections.
menu = Liiska
