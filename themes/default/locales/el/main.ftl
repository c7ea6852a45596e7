# Machine translation: waiting for review by a native speaker.
# Κείμενα της διεπαφής του προεπιλεγμένου θέματος (ελληνικά).
# Για μεταφραστές: κρατήστε τα αναγνωριστικά των μηνυμάτων (αριστερά από το "=") και μεταφράστε το κείμενο.
# Τα σημεία που ξεκινούν με $ τα συμπληρώνει το Waymark: αφήστε τα όπως είναι.

site-title = Παιδιά σε κίνηση
skip-to-content = Μετάβαση στο περιεχόμενο
main-navigation = Ενότητες
language-switcher = Διάβασε αυτή τη σελίδα σε άλλη γλώσσα
language-chooser-title = Διάλεξε τη γλώσσα σου
language-chooser-intro = Αυτός ο ιστότοπος υπάρχει σε αυτές τις γλώσσες.
home = Αρχική
breadcrumbs = Είσαι εδώ
# Εμφανίζεται πάνω από μια σελίδα που δεν έχει μεταφραστεί ακόμη. Το $language είναι το όνομα της γλώσσας του επισκέπτη.
not-translated = Αυτή η σελίδα δεν έχει μεταφραστεί ακόμη σε αυτή τη γλώσσα: { $language }. Μπορείς να τη διαβάσεις παρακάτω σε αυτή τη γλώσσα: { $source }.
machine-translated = Μετάφραση από μηχανή. Κανείς δεν έχει ελέγξει ακόμη τη διατύπωση.
page-not-found-title = Η σελίδα δεν βρέθηκε
page-not-found-text = Δεν μπορέσαμε να βρούμε αυτή τη σελίδα. Ίσως έχει μετακινηθεί.
back-home = Πήγαινε στην αρχική σελίδα
moved-title = Αυτή η σελίδα μετακινήθηκε
moved-text = Αυτή η σελίδα έχει νέα διεύθυνση. Αν δεν γίνει τίποτα, πάτησε αυτόν τον σύνδεσμο:
updated = Ενημέρωση: { $date }
pages-count = { $count ->
    [one] { $count } σελίδα
   *[other] { $count } σελίδες
}
# Μια μεγάλη λίστα σε μια ενότητα ή στον κατάλογο χωρίζεται σε σελίδες· αυτό είναι το όνομα των συνδέσμων ανάμεσά τους (για αναγνώστες οθόνης).
pagination = Σελίδες αυτής της λίστας
# Το $page είναι ο αριθμός αυτής της σελίδας και το $total πόσες σελίδες υπάρχουν.
page-of = Σελίδα { $page } από { $total }
previous-page = Προηγούμενη σελίδα
next-page = Επόμενη σελίδα
footer-license = Το κείμενο αυτού του ιστότοπου διατίθεται με την άδεια Creative Commons Αναφορά Δημιουργού 4.0 (CC BY 4.0).
footer-built = Φτιαγμένο με το Waymark.
# Η εκστρατεία: τα τρία μέρη της, τα βίντεό τους και τα κείμενά τους.
campaign-part = Μέρος { $number }
campaign-navigation = Τα βίντεο της εκστρατείας
previous-part = Προηγούμενο μέρος
next-part = Επόμενο μέρος
all-parts = Και τα τρία βίντεο
play-video = Δες το βίντεο
video-external = Όταν πατήσεις για να ξεκινήσει, το βίντεο παίζει από το youtube-nocookie.com.
video-unsupported = Ο περιηγητής σου δεν μπορεί να παίξει αυτό το βίντεο εδώ. Μπορείς να το κατεβάσεις παρακάτω.
video-duration = Διάρκεια: { $duration }
download-video = Κατέβασε το βίντεο ({ $size })
transcript = Τι λέει το βίντεο
transcript-fallback = Δεν υπάρχουν ακόμη υπότιτλοι σε αυτή τη γλώσσα: { $language }. Παρακάτω θα βρεις τι λέει το βίντεο σε αυτή τη γλώσσα: { $source }.
placeholder-media = Αυτό το βίντεο είναι προσωρινό. Θα το αντικαταστήσει το κανονικό βίντεο της εκστρατείας.
# Ο κατάλογος με γραμμές βοήθειας και υπηρεσίες.
directory-title = Γραμμές βοήθειας και υπηρεσίες
directory-intro = Αριθμοί τηλεφώνου και μέρη όπου παιδιά και νέοι μπορούν να βρουν βοήθεια. Κάθε καταχώριση λέει από πού προέρχονται τα στοιχεία της και πόσο παλιά είναι.
help-strip-title = Χρειάζεσαι βοήθεια τώρα;
help-strip-more = Περισσότερες γραμμές βοήθειας
directory-by-country = Ανά χώρα
directory-by-category = Ανά είδος βοήθειας
directory-all = Όλες οι γραμμές βοήθειας και οι υπηρεσίες
directory-count = { $count ->
    [one] { $count } γραμμή βοήθειας ή υπηρεσία
   *[other] { $count } γραμμές βοήθειας και υπηρεσίες
}
directory-filter = Δείξε μόνο
directory-filter-country = Χώρα
directory-filter-category = Είδος βοήθειας
directory-filter-language = Γλώσσα
directory-filter-nojs = Διάλεξε μια χώρα ή ένα είδος βοήθειας από τις λίστες παρακάτω.
directory-filter-any = Όλα
directory-none = Δεν βρέθηκε τίποτα. Δοκίμασε άλλη επιλογή.
kind-helpline = Γραμμή βοήθειας
kind-service = Υπηρεσία
badge-free = Δωρεάν
badge-confidential = Εμπιστευτικά
badge-example = Παράδειγμα
example-entry = Αυτή η καταχώριση είναι παράδειγμα και δείχνει πώς λειτουργεί ο κατάλογος. Μη χρησιμοποιήσεις τα στοιχεία της.
send-sms = Στείλε γραπτό μήνυμα
open-whatsapp = WhatsApp
answers-in = Απαντούν σε αυτές τις γλώσσες:
hours = Ώρες λειτουργίας
hours-always = Ανοιχτά 24 ώρες, κάθε μέρα
open-now = Ανοιχτά τώρα
closes-at = Κλείνει στις { $time }
opens-at = Ανοίγει { $day } στις { $time }
for-ages = Για ηλικίες { $ages } ετών
checked-on = Ελέγχθηκε: { $date }
source = Πηγή:
# entry-source-from, entry-checked-by-us, entry-stale, entry-stale-call, entry-interpreters,
# entry-source-undated, entry-stale-undated: machine translation, waiting for review by a native speaker.
entry-source-from = Πηγή: { $source }, { $date }
entry-checked-by-us = Ελέγχθηκε από εμάς: { $date }
entry-stale = Αυτά τα στοιχεία είναι από { $date } και μπορεί να έχουν αλλάξει.
entry-stale-call = Αν δεν απαντήσει κανείς, κάλεσε αυτόν τον αριθμό:
entry-interpreters = Υπάρχουν διερμηνείς
entry-source-undated = Πηγή: { $source } (η πηγή δεν αναφέρει ημερομηνία)
entry-stale-undated = Αυτά τα στοιχεία δεν έχουν ημερομηνία και μπορεί να έχουν αλλάξει.
website = Ιστότοπος
email = Email
address = Διεύθυνση
more-details = Περισσότερες λεπτομέρειες
country-EU = Αριθμοί για όλη την ΕΕ
country-AT = Αυστρία
country-BE = Βέλγιο
country-BG = Βουλγαρία
country-CY = Κύπρος
country-DE = Γερμανία
country-ES = Ισπανία
country-FR = Γαλλία
country-GR = Ελλάδα
country-IT = Ιταλία
country-MT = Μάλτα
country-NL = Ολλανδία
country-PL = Πολωνία
country-RO = Ρουμανία
country-TR = Τουρκία
country-UA = Ουκρανία
category-emergency = Επείγοντα
category-child-helpline = Γραμμές βοήθειας για παιδιά
category-missing-children = Εξαφανισμένα παιδιά
category-anti-trafficking = Εμπορία ανθρώπων
category-child-protection = Προστασία παιδιών
category-asylum = Άσυλο
category-legal = Νομική βοήθεια
category-health = Υγεία
category-mental-health = Συναισθήματα και ψυχική υγεία
category-shelter = Ένα ασφαλές μέρος για να μείνεις
category-education = Σχολείο και μάθηση
category-family-tracing = Βρες την οικογένειά σου
category-food = Φαγητό
# Γρήγορη έξοδος και ασφάλεια της σελίδας.
quick-exit = Γρήγορη έξοδος
quick-exit-hint = Φεύγει αμέσως από αυτόν τον ιστότοπο για μια ουδέτερη σελίδα. Μπορείς επίσης να πατήσεις δύο φορές Escape.
offline-title = Δεν είσαι συνδεδεμένος στο ίντερνετ
offline-text = Αυτή η σελίδα δεν είναι αποθηκευμένη στο τηλέφωνό σου. Αυτοί οι αριθμοί λειτουργούν χωρίς ίντερνετ:

## Search
search-title = Αναζήτηση
search-description = Αναζήτηση σε όλες τις σελίδες αυτού του ιστότοπου, στη γλώσσα σου.
search-label = Λέξεις για αναζήτηση
search-button = Αναζήτηση
search-searching = Αναζήτηση για «{ $query }»…
search-none = Καμία σελίδα δεν ταιριάζει με «{ $query }». Δοκίμασε άλλη λέξη ή δες τις σελίδες παρακάτω.
search-found = Σελίδες που ταιριάζουν με «{ $query }»:
search-unavailable = Η αναζήτηση δεν είναι διαθέσιμη αυτή τη στιγμή. Όλες οι σελίδες είναι παρακάτω.
search-all-pages = Όλες οι σελίδες
safety-bar = Βοήθεια και γρήγορη έξοδος
get-help = Βοήθεια
quick-exit-guide = Πώς να κρύψεις την επίσκεψή σου
menu = Μενού
