# Machine translation: waiting for review by a native speaker.
# Interface strings of the default theme (Northern Kurdish, Kurmanji).
# Translators: keep the message ids (left of "="), translate the text.
# { $name } parts are filled in by Waymark: keep them as they are.

site-title = Zarokên li ser rê
skip-to-content = Here naverokê
main-navigation = Beş
language-switcher = Vê rûpelê bi zimanekî din bixwîne
language-chooser-title = Zimanê xwe hilbijêre
language-chooser-intro = Ev malper bi van zimanan heye.
home = Destpêk
breadcrumbs = Tu li vir î
# Shown above a page that has no translation yet. $language is the name of the visitor's language.
not-translated = Ev rûpel hîn nehatiye wergerandin bo zimanê { $language }. Tu dikarî li jêr wê bi zimanê { $source } bixwînî.
machine-translated = Bi makîneyê hatiye wergerandin. Hîn kesekî nivîs kontrol nekiriye.
page-not-found-title = Rûpel nehat dîtin
page-not-found-text = Me ev rûpel nedît. Dibe ku cihê wê hatibe guhertin.
back-home = Here rûpela destpêkê
moved-title = Cihê vê rûpelê hatiye guhertin
moved-text = Vê rûpelê navnîşaneke nû heye. Heke tiştek çênebe, vê girêdanê veke:
updated = Hatiye nûkirin: { $date }
pages-count = { $count ->
    [one] { $count } rûpel
   *[other] { $count } rûpel
}
# The list of a long section or directory list is split into pages; this names the links between them (for screen readers).
pagination = Rûpelên vê lîsteyê
# $page is the number of this page, $total how many there are.
page-of = Rûpela { $page } ji { $total }
previous-page = Rûpela berê
next-page = Rûpela din
footer-license = Nivîsa vê malperê di bin lîsansa Creative Commons Attribution 4.0 (CC BY 4.0) de ye.
footer-built = Bi Waymark hatiye çêkirin.
# The campaign: its three parts, their videos and transcripts.
campaign-part = Beşa { $number }
campaign-navigation = Vîdyoyên kampanyayê
previous-part = Beşa berê
next-part = Beşa din
all-parts = Her sê vîdyo
play-video = Vîdyoyê lê bide
video-external = Dema tu vîdyoyê lê bidî, ew ji youtube-nocookie.com tê.
video-unsupported = Geroka te nikare vê vîdyoyê li vir lê bide. Tu dikarî li jêr wê daxînî.
video-duration = Dirêjahî: { $duration }
download-video = Vîdyoyê daxîne ({ $size })
transcript = Vîdyo çi dibêje
transcript-fallback = Hîn binnivîs bi zimanê { $language } tune ne. Ev e tiştê ku vîdyo bi zimanê { $source } dibêje.
placeholder-media = Ev vîdyo demkî ye. Vîdyoya rastîn a kampanyayê dê şûna wê bigire.
# The helpline and service directory.
directory-title = Xetên alîkariyê û xizmet
directory-intro = Hejmarên telefonê û cihên ku zarok û ciwan dikarin alîkariyê bistînin. Her tomar dibêje agahiyên wê ji ku hatine û çiqas kevn in.
help-strip-title = Niha alîkarî lazim e?
help-strip-more = Xetên alîkariyê yên din
directory-by-country = Li gorî welat
directory-by-category = Li gorî cureyê alîkariyê
directory-all = Hemû xetên alîkariyê û xizmet
directory-count = { $count ->
    [one] { $count } xeta alîkariyê an xizmet
   *[other] { $count } xetên alîkariyê û xizmet
}
directory-filter = Tenê nîşan bide
directory-filter-country = Welat
directory-filter-category = Cureyê alîkariyê
directory-filter-language = Ziman
directory-filter-nojs = Ji lîsteyên li jêr welatekî an cureyekî alîkariyê hilbijêre.
directory-filter-any = Hemû
directory-none = Tiştek nehat dîtin. Tiştekî din hilbijêre.
kind-helpline = Xeta alîkariyê
kind-service = Xizmet
badge-free = Belaş
badge-confidential = Nepenî
badge-example = Mînak
example-entry = Ev tomareke mînak e. Ew nîşan dide ku rêber çawa dixebite. Agahiyên wê bi kar neyne.
send-sms = Peyamekê bişîne
open-whatsapp = WhatsApp
answers-in = Bi van zimanan bersiv didin:
hours = Demên vebûnê
hours-always = Her roj 24 saet vekirî ye
open-now = Niha vekirî ye
closes-at = Saet { $time } tê girtin
opens-at = { $day } saet { $time } vedibe
for-ages = Ji bo temenê { $ages } salî
checked-on = Hatiye kontrolkirin: { $date }
source = Çavkanî:
# Where an entry's details come from. $source is the source's name (a link when it has
# an address); $date is a date exactly as the source gives it (2021, 2021-04 or 2021-04-07).
entry-source-from = Ji { $source }, { $date }
# Only for an entry a person of this site checked. $date: the day they checked.
entry-checked-by-us = Me kontrol kir: { $date }
# On an entry older than the site allows. $date: the date its details are from.
entry-stale = Ev agahî ji { $date } ne û dibe ku hatibin guhertin.
# Followed by the site's emergency number as a call button.
entry-stale-call = Heke kes bersiv nede, telefonî vê hejmarê bike:
entry-interpreters = Wergêr hene
# When the source shows no date (`date: unknown`).
entry-source-undated = Ji { $source } (çavkanî dîrokê nade)
entry-stale-undated = Dîroka van agahiyan tune ye û dibe ku hatibin guhertin.
website = Malper
email = E-name
address = Navnîşan
more-details = Bêtir agahî
country-EU = Hejmarên ji bo hemû Yekîtiya Ewropayê
country-AT = Awistirya
country-BE = Belçîka
country-BG = Bulgaristan
country-CY = Qibris
country-DE = Almanya
country-ES = Spanya
country-FR = Fransa
country-GR = Yewnanistan
country-IT = Îtalya
country-MT = Malta
country-NL = Holenda
country-PL = Polonya
country-RO = Romanya
country-TR = Tirkiye
country-UA = Ûkrayna
category-emergency = Rewşên awarte
category-child-helpline = Xetên alîkariyê yên zarokan
category-missing-children = Zarokên winda
category-anti-trafficking = Bazirganiya mirovan
category-child-protection = Parastina zarokan
category-asylum = Penaberî
category-legal = Alîkariya hiqûqî
category-health = Tenduristî
category-mental-health = Hest û tenduristiya derûnî
category-shelter = Cihekî ewle ji bo mayînê
category-education = Dibistan û hînbûn
category-family-tracing = Dîtina malbata te
category-food = Xwarin
# Quick exit and page safety.
quick-exit = Derketina bilez
quick-exit-hint = Tavilê ji vê malperê derdikeve û rûpeleke asayî vedike. Tu dikarî du caran bişkoka Escape jî bitikînî.
offline-title = Înternet tune ye
offline-text = Ev rûpel li ser telefona te nehatiye tomarkirin. Ev hejmar bê înternet jî dixebitin:

## Search
search-title = Lêgerîn
search-description = Di hemû rûpelên vê malperê de bigere, bi zimanê xwe.
search-label = Peyvên ku tu lê digerî
search-button = Bigere
search-searching = Lêgerîn ji bo «{ $query }»…
search-none = Tu rûpel bi «{ $query }» re li hev nayê. Peyveke din biceribîne, an li rûpelên li jêr binêre.
search-found = Rûpelên ku bi «{ $query }» re li hev tên:
search-unavailable = Lêgerîn niha naxebite. Hemû rûpel li jêr hene.
search-all-pages = Hemû rûpel
# The bar at the top of every page: its label, the button that opens the help numbers, and
# the link to the page on hiding a visit (after the quick exit's explanation).
safety-bar = Alîkarî û derketina bilez
get-help = Alîkarî bistîne
quick-exit-guide = Çawa serdana xwe veşêrî
# The button that opens the list of the site's sections.
menu = Menû
