# Interface strings of the default theme (English, the reference language).
# Translators: keep the message ids (left of "="), translate the text.
# { $name } parts are filled in by Waymark: keep them as they are.

site-title = Children on the move
skip-to-content = Skip to content
main-navigation = Sections
language-switcher = Read this page in another language
language-chooser-title = Choose your language
language-chooser-intro = This website is available in these languages.
home = Home
breadcrumbs = You are here
# Shown above a page that has no translation yet. $language is the name of the visitor's language.
not-translated = This page is not yet translated into { $language }. You can read it below in { $source }.
machine-translated = Translated by machine. A person has not checked the wording yet.
page-not-found-title = Page not found
page-not-found-text = We could not find this page. It may have moved.
back-home = Go to the home page
moved-title = This page has moved
moved-text = This page has a new address. If nothing happens, follow this link:
updated = Updated on { $date }
pages-count = { $count ->
    [one] { $count } page
   *[other] { $count } pages
}
# The list of a long section or directory list is split into pages; this names the links between them (for screen readers).
pagination = Pages of this list
# $page is the number of this page, $total how many there are.
page-of = Page { $page } of { $total }
previous-page = Previous page
next-page = Next page
footer-license = The text of this website is available under the Creative Commons Attribution 4.0 licence (CC BY 4.0).
footer-built = Made with Waymark.
# The campaign: its three parts, their videos and transcripts.
campaign-part = Part { $number }
campaign-navigation = The campaign's videos
previous-part = Previous part
next-part = Next part
all-parts = All three videos
play-video = Play the video
video-external = The video plays from youtube-nocookie.com when you press play.
video-unsupported = Your browser cannot play this video here. You can download it below.
video-duration = Length: { $duration }
download-video = Download the video ({ $size })
transcript = What the video says
transcript-fallback = There are no captions in { $language } yet. Here is what the video says in { $source }.
placeholder-media = This video is a placeholder. The campaign's real video will replace it.
# The helpline and service directory.
directory-title = Helplines and services
directory-intro = Phone numbers and places where children and young people can get help. Each entry says where its details come from and how old they are.
help-strip-title = Need help now?
help-strip-more = More helplines
directory-by-country = By country
directory-by-category = By kind of help
directory-all = All helplines and services
directory-count = { $count ->
    [one] { $count } helpline or service
   *[other] { $count } helplines and services
}
directory-filter = Show only
directory-filter-country = Country
directory-filter-category = Kind of help
directory-filter-language = Language
directory-filter-nojs = Choose a country or a kind of help from the lists below.
directory-filter-any = All
directory-none = Nothing matches. Try another choice.
kind-helpline = Helpline
kind-service = Service
badge-free = Free
badge-confidential = Confidential
badge-example = Sample
example-entry = This is a sample entry that shows how the directory works. Do not use its details.
send-sms = Send a text message
open-whatsapp = WhatsApp
answers-in = Answers in:
hours = Opening hours
hours-always = Open 24 hours, every day
open-now = Open now
closes-at = Closes at { $time }
opens-at = Opens { $day } at { $time }
for-ages = For ages { $ages }
checked-on = Checked on { $date }
source = Source:
# Where an entry's details come from. $source is the source's name (a link when it has
# an address); $date is a date exactly as the source gives it (2021, 2021-04 or 2021-04-07).
entry-source-from = From { $source }, { $date }
# Only for an entry a person of this site checked. $date: the day they checked.
entry-checked-by-us = Checked by us: { $date }
# On an entry older than the site allows. $date: the date its details are from.
entry-stale = These details are from { $date } and may have changed.
# Followed by the site's emergency number as a call button.
entry-stale-call = If nobody answers, call this number:
entry-interpreters = Interpreters available
# When the source shows no date (`date: unknown`).
entry-source-undated = From { $source } (the source shows no date)
entry-stale-undated = These details have no date and may have changed.
website = Website
email = E-mail
address = Address
more-details = More details
country-EU = EU-wide numbers
country-AT = Austria
country-BE = Belgium
country-BG = Bulgaria
country-CY = Cyprus
country-DE = Germany
country-ES = Spain
country-FR = France
country-GR = Greece
country-IT = Italy
country-MT = Malta
country-NL = Netherlands
country-PL = Poland
country-RO = Romania
country-TR = Türkiye
country-UA = Ukraine
category-emergency = Emergencies
category-child-helpline = Child helplines
category-missing-children = Missing children
category-anti-trafficking = Trafficking
category-child-protection = Child protection
category-asylum = Asylum
category-legal = Legal help
category-health = Health
category-mental-health = Feelings and mental health
category-shelter = A safe place to stay
category-education = School and learning
category-family-tracing = Finding your family
category-food = Food
# Quick exit and page safety.
quick-exit = Quick exit
quick-exit-hint = Leaves this site at once for a neutral page. You can also press Escape twice.
offline-title = You are offline
offline-text = This page is not saved on your phone. These numbers work without internet:

## Search
search-title = Search
search-description = Search every page of this site, in your language.
search-label = Words to look for
search-button = Search
search-searching = Searching for “{ $query }”…
search-none = No page matches “{ $query }”. Try another word, or browse the pages below.
search-found = Pages that match “{ $query }”:
search-unavailable = Search is not available at the moment. All the pages are listed below.
search-all-pages = All pages
# The bar at the top of every page: its label, the button that opens the help numbers, and
# the link to the page on hiding a visit (after the quick exit's explanation).
safety-bar = Help and quick exit
get-help = Get help
quick-exit-guide = How to hide your visit
# The button that opens the list of the site's sections.
menu = Menu
