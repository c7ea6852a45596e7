# Machine translation: waiting for review by a native speaker.
# Interface strings of the default theme (Bengali). The reader is addressed as তুমি,
# the friendly form used with a child.
# Translators: keep the message ids (left of "="), translate the text.
# { $name } parts are filled in by Waymark: keep them as they are.

site-title = চলার পথে শিশুরা
skip-to-content = মূল লেখায় যাও
main-navigation = বিভাগ
language-switcher = এই পাতাটি অন্য ভাষায় পড়ো
language-chooser-title = তোমার ভাষা বেছে নাও
language-chooser-intro = এই ওয়েবসাইটটি এই ভাষাগুলোতে পাওয়া যায়।
home = প্রথম পাতা
breadcrumbs = তুমি এখানে আছ
# Shown above a page that has no translation yet. $language is the name of the visitor's language.
not-translated = এই পাতাটি এখনও { $language } ভাষায় অনুবাদ করা হয়নি। তুমি নিচে এটি { $source } ভাষায় পড়তে পারো।
machine-translated = যন্ত্র দিয়ে অনুবাদ করা। কোনো মানুষ এখনও লেখাটি যাচাই করেনি।
page-not-found-title = পাতাটি পাওয়া যায়নি
page-not-found-text = আমরা এই পাতাটি খুঁজে পাইনি। হয়তো এটি অন্য জায়গায় সরানো হয়েছে।
back-home = প্রথম পাতায় যাও
moved-title = এই পাতাটি সরানো হয়েছে
moved-text = এই পাতার একটি নতুন ঠিকানা আছে। কিছু না হলে, এই লিংকে যাও:
updated = সর্বশেষ হালনাগাদ: { $date }
pages-count = { $count ->
    [one] { $count }টি পাতা
   *[other] { $count }টি পাতা
}
# The list of a long section or directory list is split into pages; this names the links between them (for screen readers).
pagination = এই তালিকার পাতাগুলো
# $page is the number of this page, $total how many there are.
page-of = { $total }টি পাতার মধ্যে { $page } নম্বর পাতা
previous-page = আগের পাতা
next-page = পরের পাতা
footer-license = এই ওয়েবসাইটের লেখা Creative Commons Attribution 4.0 (CC BY 4.0) লাইসেন্সের অধীনে পাওয়া যায়।
footer-built = Waymark দিয়ে তৈরি।
# The campaign: its three parts, their videos and transcripts.
campaign-part = পর্ব { $number }
campaign-navigation = প্রচারণার ভিডিওগুলো
previous-part = আগের পর্ব
next-part = পরের পর্ব
all-parts = তিনটি ভিডিওই
play-video = ভিডিওটি চালাও
video-external = তুমি চালু করলে ভিডিওটি youtube-nocookie.com থেকে চলে।
video-unsupported = তোমার ব্রাউজার এখানে এই ভিডিওটি চালাতে পারছে না। তুমি নিচ থেকে এটি ডাউনলোড করতে পারো।
video-duration = দৈর্ঘ্য: { $duration }
download-video = ভিডিওটি ডাউনলোড করো ({ $size })
transcript = ভিডিওতে কী বলা হয়েছে
transcript-fallback = এখনও { $language } ভাষায় সাবটাইটেল নেই। ভিডিওতে { $source } ভাষায় যা বলা হয়েছে, তা এখানে দেওয়া হলো।
placeholder-media = এই ভিডিওটি অস্থায়ী। প্রচারণার আসল ভিডিও পরে এর জায়গায় আসবে।
# The helpline and service directory.
directory-title = হেল্পলাইন ও সেবা
directory-intro = ফোন নম্বর আর এমন জায়গা, যেখানে শিশু ও তরুণেরা সাহায্য পেতে পারে। প্রতিটি তথ্যের সাথে লেখা আছে তথ্যগুলো কোথা থেকে এসেছে আর কত পুরোনো।
help-strip-title = এখনই সাহায্য দরকার?
help-strip-more = আরও হেল্পলাইন
directory-by-country = দেশ অনুযায়ী
directory-by-category = সাহায্যের ধরন অনুযায়ী
directory-all = সব হেল্পলাইন ও সেবা
directory-count = { $count ->
    [one] { $count }টি হেল্পলাইন বা সেবা
   *[other] { $count }টি হেল্পলাইন ও সেবা
}
directory-filter = শুধু দেখাও
directory-filter-country = দেশ
directory-filter-category = সাহায্যের ধরন
directory-filter-language = ভাষা
directory-filter-nojs = নিচের তালিকা থেকে একটি দেশ বা সাহায্যের ধরন বেছে নাও।
directory-filter-any = সব
directory-none = কিছুই পাওয়া যায়নি। অন্য কিছু বেছে দেখো।
kind-helpline = হেল্পলাইন
kind-service = সেবা
badge-free = বিনামূল্যে
badge-confidential = গোপনীয়
badge-example = নমুনা
example-entry = এটি একটি নমুনা, যা দেখায় তালিকাটি কীভাবে কাজ করে। এর তথ্য ব্যবহার করো না।
send-sms = মেসেজ পাঠাও
open-whatsapp = হোয়াটসঅ্যাপ
answers-in = যে ভাষায় উত্তর দেয়:
hours = খোলার সময়
hours-always = প্রতিদিন ২৪ ঘণ্টা খোলা
open-now = এখন খোলা
closes-at = { $time }-এ বন্ধ হবে
opens-at = { $day } { $time }-এ খুলবে
for-ages = { $ages } বছর বয়সীদের জন্য
checked-on = যাচাই করা হয়েছে: { $date }
source = উৎস:
# Where an entry's details come from. $source is the source's name (a link when it has
# an address); $date is a date exactly as the source gives it (2021, 2021-04 or 2021-04-07).
entry-source-from = উৎস: { $source }, { $date }
# Only for an entry a person of this site checked. $date: the day they checked.
entry-checked-by-us = আমরা যাচাই করেছি: { $date }
# On an entry older than the site allows. $date: the date its details are from.
entry-stale = এই তথ্য { $date }-এর, তাই হয়তো বদলে গেছে।
# Followed by the site's emergency number as a call button.
entry-stale-call = কেউ উত্তর না দিলে, এই নম্বরে কল করো:
entry-interpreters = দোভাষী আছে
# When the source shows no date (`date: unknown`).
entry-source-undated = উৎস: { $source } (উৎসে কোনো তারিখ নেই)
entry-stale-undated = এই তথ্যের কোনো তারিখ নেই, তাই হয়তো বদলে গেছে।
website = ওয়েবসাইট
email = ই-মেইল
address = ঠিকানা
more-details = আরও তথ্য
country-EU = পুরো ইউরোপীয় ইউনিয়নের নম্বর
country-AT = অস্ট্রিয়া
country-BE = বেলজিয়াম
country-BG = বুলগেরিয়া
country-CY = সাইপ্রাস
country-DE = জার্মানি
country-ES = স্পেন
country-FR = ফ্রান্স
country-GR = গ্রীস
country-IT = ইতালি
country-MT = মাল্টা
country-NL = নেদারল্যান্ডস
country-PL = পোল্যান্ড
country-RO = রোমানিয়া
country-TR = তুরস্ক
country-UA = ইউক্রেন
category-emergency = জরুরি অবস্থা
category-child-helpline = শিশুদের হেল্পলাইন
category-missing-children = হারিয়ে যাওয়া শিশু
category-anti-trafficking = মানব পাচার
category-child-protection = শিশু সুরক্ষা
category-asylum = আশ্রয়প্রার্থনা (অ্যাসাইলাম)
category-legal = আইনি সাহায্য
category-health = স্বাস্থ্য
category-mental-health = অনুভূতি ও মানসিক স্বাস্থ্য
category-shelter = থাকার জন্য নিরাপদ জায়গা
category-education = স্কুল ও পড়াশোনা
category-family-tracing = তোমার পরিবারকে খুঁজে পাওয়া
category-food = খাবার
# Quick exit and page safety.
quick-exit = দ্রুত প্রস্থান
quick-exit-hint = সঙ্গে সঙ্গে এই সাইট ছেড়ে একটি সাধারণ পাতায় চলে যায়। তুমি Escape দুইবার চাপতেও পারো।
offline-title = ইন্টারনেট নেই
offline-text = এই পাতাটি তোমার ফোনে সেভ করা নেই। এই নম্বরগুলো ইন্টারনেট ছাড়াই কাজ করে:

## Search
search-title = খোঁজ
search-description = এই ওয়েবসাইটের সব পাতায় খোঁজো, তোমার ভাষায়।
search-label = যে শব্দ খুঁজছ
search-button = খোঁজো
search-searching = “{ $query }” খোঁজা হচ্ছে…
search-none = “{ $query }”-এর সাথে কোনো পাতা মেলেনি। অন্য শব্দ দিয়ে চেষ্টা করো, বা নিচের পাতাগুলো দেখো।
search-found = “{ $query }”-এর সাথে মেলে এমন পাতা:
search-unavailable = এই মুহূর্তে খোঁজা যাচ্ছে না। সব পাতার তালিকা নিচে আছে।
search-all-pages = সব পাতা
# The bar at the top of every page: its label, the button that opens the help numbers, and
# the link to the page on hiding a visit (after the quick exit's explanation).
safety-bar = সাহায্য ও দ্রুত প্রস্থান
get-help = সাহায্য নাও
quick-exit-guide = এখানে আসার চিহ্ন কীভাবে লুকাবে
# The button that opens the list of the site's sections.
menu = মেনু
