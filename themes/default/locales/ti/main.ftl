# Machine translation: waiting for review by a native speaker.
# Interface strings of the default theme (Tigrinya). The reader is addressed in the plural
# (ኢኹም), which is polite and the same for a girl or a boy.
# Translators: keep the message ids (left of "="), translate the text.
# { $name } parts are filled in by Waymark: keep them as they are.

site-title = ኣብ ጉዕዞ ዘለዉ ቆልዑ
skip-to-content = ናብ ትሕዝቶ ሕለፉ
main-navigation = ክፍልታት
language-switcher = ነዚ ገጽ ብኻልእ ቋንቋ ኣንብብዎ
language-chooser-title = ቋንቋኹም ምረጹ
language-chooser-intro = እዚ መርበብ ሓበሬታ ብዞም ቋንቋታት ይርከብ።
home = ቀንዲ ገጽ
breadcrumbs = ኣብዚ ኣለኹም
# Shown above a page that has no translation yet. $language is the name of the visitor's language.
not-translated = እዚ ገጽ ገና ናብ ቋንቋ { $language } ኣይተተርጎመን። ኣብ ታሕቲ ብቋንቋ { $source } ከተንብብዎ ትኽእሉ ኢኹም።
machine-translated = ብማሽን እዩ ተተርጒሙ። ገና ሰብ ነቲ ጽሑፍ ኣይፈተሾን።
page-not-found-title = እቲ ገጽ ኣይተረኽበን
page-not-found-text = ነዚ ገጽ ክንረኽቦ ኣይከኣልናን። ምናልባት ካብ ቦታኡ ተቐይሩ ይኸውን።
back-home = ናብ ቀንዲ ገጽ ኪዱ
moved-title = እዚ ገጽ ቦታኡ ቀይሩ
moved-text = እዚ ገጽ ሓድሽ ኣድራሻ ኣለዎ። ዋላ ሓንቲ እንተዘይተፈጸመ፣ ነዚ መላግቦ ክፈቱ፦
updated = ዝተሓደሰሉ፦ { $date }
pages-count = { $count ->
    [one] { $count } ገጽ
   *[other] { $count } ገጻት
}
# The list of a long section or directory list is split into pages; this names the links between them (for screen readers).
pagination = ገጻት እዚ ዝርዝር
# $page is the number of this page, $total how many there are.
page-of = ገጽ { $page } ካብ { $total }
previous-page = ዝቐደመ ገጽ
next-page = ዝቕጽል ገጽ
footer-license = ጽሑፍ እዚ መርበብ ሓበሬታ ብፍቓድ Creative Commons Attribution 4.0 (CC BY 4.0) ይርከብ።
footer-built = ብ Waymark ዝተሰርሐ።
# The campaign: its three parts, their videos and transcripts.
campaign-part = ክፋል { $number }
campaign-navigation = ቪድዮታት እቲ ወፍሪ
previous-part = ዝቐደመ ክፋል
next-part = ዝቕጽል ክፋል
all-parts = ኩሎም ሰለስተ ቪድዮታት
play-video = ቪድዮ ኣጻውቱ
video-external = ምጽዋት ምስ ጠወቕኩም፣ እቲ ቪድዮ ካብ youtube-nocookie.com ይመጽእ።
video-unsupported = ብራውዘርኩም ነዚ ቪድዮ ኣብዚ ከጻውቶ ኣይክእልን። ኣብ ታሕቲ ከተውርድዎ ትኽእሉ ኢኹም።
video-duration = ንውሓት፦ { $duration }
download-video = ቪድዮ ኣውርዱ ({ $size })
transcript = እቲ ቪድዮ እንታይ ይብል
transcript-fallback = ገና ብቋንቋ { $language } ንኡስ ጽሑፍ የለን። እቲ ቪድዮ ብቋንቋ { $source } ዝብሎ እንሆ።
placeholder-media = እዚ ቪድዮ ግዝያዊ እዩ። እቲ ናይ ሓቂ ቪድዮ ወፍሪ ክትክኦ እዩ።
# The helpline and service directory.
directory-title = መስመራት ሓገዝን ኣገልግሎታትን
directory-intro = ቆልዑን መንእሰያትን ሓገዝ ክረኽቡሉ ዝኽእሉ ቁጽሪ ተሌፎንን ቦታታትን። ነፍሲ ወከፍ ሓበሬታ ካበይ ከም ዝመጸን ክንደይ ከም ዝኣረገን ይገልጽ።
help-strip-title = ሕጂ ሓገዝ የድልየኩም ድዩ?
help-strip-more = ካልኦት መስመራት ሓገዝ
directory-by-country = ብሃገር
directory-by-category = ብዓይነት ሓገዝ
directory-all = ኩሎም መስመራት ሓገዝን ኣገልግሎታትን
directory-count = { $count ->
    [one] { $count } መስመር ሓገዝ ወይ ኣገልግሎት
   *[other] { $count } መስመራት ሓገዝን ኣገልግሎታትን
}
directory-filter = ጥራይ ኣርእዩ
directory-filter-country = ሃገር
directory-filter-category = ዓይነት ሓገዝ
directory-filter-language = ቋንቋ
directory-filter-nojs = ካብቶም ኣብ ታሕቲ ዘለዉ ዝርዝራት ሃገር ወይ ዓይነት ሓገዝ ምረጹ።
directory-filter-any = ኩሉ
directory-none = ዋላ ሓደ ኣይተረኽበን። ካልእ ምርጫ ፈትኑ።
kind-helpline = መስመር ሓገዝ
kind-service = ኣገልግሎት
badge-free = ብነጻ
badge-confidential = ምስጢራዊ
badge-example = ኣብነት
example-entry = እዚ እቲ ዝርዝር ከመይ ከም ዝሰርሕ ዘርኢ ኣብነት እዩ። ሓበሬታኡ ኣይትጠቐሙሉ።
send-sms = መልእኽቲ ጽሑፍ ስደዱ
open-whatsapp = WhatsApp
answers-in = ዝምልሱሉ ቋንቋታት፦
hours = ሰዓታት ስራሕ
hours-always = ኩሉ መዓልቲ 24 ሰዓት ክፉት
open-now = ሕጂ ክፉት እዩ
closes-at = ሰዓት { $time } ይዕጾ
opens-at = { $day } ሰዓት { $time } ይኽፈት
for-ages = ንዕድመ { $ages } ዓመት
checked-on = ዝተፈተሸሉ፦ { $date }
source = ምንጪ፦
# Where an entry's details come from. $source is the source's name (a link when it has
# an address); $date is a date exactly as the source gives it (2021, 2021-04 or 2021-04-07).
entry-source-from = ካብ { $source }፣ { $date }
# Only for an entry a person of this site checked. $date: the day they checked.
entry-checked-by-us = ብኣና ዝተፈተሸ፦ { $date }
# On an entry older than the site allows. $date: the date its details are from.
entry-stale = እዚ ሓበሬታ ካብ { $date } እዩ፣ ተቐይሩ ክኸውን ይኽእል።
# Followed by the site's emergency number as a call button.
entry-stale-call = ዝምልስ እንተዘይሃልዩ፣ ናብዚ ቁጽሪ ደውሉ፦
entry-interpreters = ተርጐምቲ ኣለዉ
# When the source shows no date (`date: unknown`).
entry-source-undated = ካብ { $source } (እቲ ምንጪ ዕለት ኣየርእን)
entry-stale-undated = እዚ ሓበሬታ ዕለት የብሉን፣ ተቐይሩ ክኸውን ይኽእል።
website = መርበብ ሓበሬታ
email = ኢመይል
address = ኣድራሻ
more-details = ተወሳኺ ሓበሬታ
country-EU = ቁጽሪታት ንኹሉ ሕብረት ኤውሮጳ
country-AT = ኦስትሪያ
country-BE = ቤልጅዩም
country-BG = ቡልጋሪያ
country-CY = ቆጵሮስ
country-DE = ጀርመን
country-ES = ስጳኛ
country-FR = ፈረንሳ
country-GR = ግሪኽ
country-IT = ጣልያን
country-MT = ማልታ
country-NL = ሆላንድ
country-PL = ፖላንድ
country-RO = ሩማንያ
country-TR = ቱርኪ
country-UA = ዩክሬን
category-emergency = ህጹጽ ኩነታት
category-child-helpline = መስመራት ሓገዝ ቆልዑ
category-missing-children = ዝጠፍኡ ቆልዑ
category-anti-trafficking = ምሻጥ ደቂ ሰባት
category-child-protection = ሓለዋ ቆልዑ
category-asylum = ዑቕባ
category-legal = ሕጋዊ ሓገዝ
category-health = ጥዕና
category-mental-health = ስምዒታትን ጥዕና ኣእምሮን
category-shelter = ውሑስ መንበሪ ቦታ
category-education = ቤት ትምህርትን ምምሃርን
category-family-tracing = ስድራኹም ምርካብ
category-food = መግቢ
# Quick exit and page safety.
quick-exit = ቅልጡፍ ምውጻእ
quick-exit-hint = ብቕጽበት ካብዚ መርበብ ሓበሬታ ኣውጺኡ ናብ ተራ ገጽ ይወስደኩም። Escape ክልተ ግዜ ብምጥዋቕ'ውን ክትወጹ ትኽእሉ ኢኹም።
offline-title = ኢንተርነት የብልኩምን
offline-text = እዚ ገጽ ኣብ ተሌፎንኩም ኣይተዓቀበን። እዞም ቁጽሪታት ብዘይ ኢንተርነት ይሰርሑ፦

## Search
search-title = ምድላይ
search-description = ኣብ ኩሎም ገጻት እዚ መርበብ ሓበሬታ ብቋንቋኹም ድለዩ።
search-label = እትደልይዎም ቃላት
search-button = ድለዩ
search-searching = «{ $query }» ይድለ ኣሎ…
search-none = ምስ «{ $query }» ዝሰማማዕ ገጽ የለን። ካልእ ቃል ፈትኑ፣ ወይ ነቶም ኣብ ታሕቲ ዘለዉ ገጻት ርኣዩ።
search-found = ምስ «{ $query }» ዝሰማምዑ ገጻት፦
search-unavailable = ሕጂ ምድላይ ኣይሰርሕን ኣሎ። ኩሎም ገጻት ኣብ ታሕቲ ተዘርዚሮም ኣለዉ።
search-all-pages = ኩሎም ገጻት
# The bar at the top of every page: its label, the button that opens the help numbers, and
# the link to the page on hiding a visit (after the quick exit's explanation).
safety-bar = ሓገዝን ቅልጡፍ ምውጻእን
get-help = ሓገዝ ርኸቡ
quick-exit-guide = ምብጻሕኩም ብኸመይ ከም እትሓብእዎ
# The button that opens the list of the site's sections.
menu = ሜኑ
