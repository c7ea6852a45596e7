# Machine translation: waiting for review by a native speaker.
# Textes de l’interface du thème par défaut (français).
# Traducteurs : gardez les identifiants des messages (à gauche du « = ») et traduisez le texte.
# Les parties qui commencent par $ sont remplies par Waymark : laissez-les telles quelles.

site-title = Enfants en déplacement
skip-to-content = Aller au contenu
main-navigation = Rubriques
language-switcher = Lire cette page dans une autre langue
language-chooser-title = Choisis ta langue
language-chooser-intro = Ce site existe dans ces langues.
home = Accueil
breadcrumbs = Tu es ici
# Affiché au-dessus d’une page qui n’est pas encore traduite. $language est le nom de la langue du visiteur.
not-translated = Cette page n’est pas encore traduite en { $language }. Elle est disponible ci-dessous en { $source }.
machine-translated = Traduit par une machine. Personne n’a encore relu le texte.
page-not-found-title = Page introuvable
page-not-found-text = Nous n’avons pas trouvé cette page. Elle a peut-être changé de place.
back-home = Aller à la page d’accueil
moved-title = Cette page a changé d’adresse
moved-text = Cette page a une nouvelle adresse. Si rien ne se passe, voici le lien :
updated = Mis à jour : { $date }
pages-count = { $count ->
    [one] { $count } page
    [many] { $count } de pages
   *[other] { $count } pages
}
# La longue liste d’une rubrique ou de l’annuaire est découpée en pages ; ceci nomme les liens entre elles (pour les lecteurs d’écran).
pagination = Pages de cette liste
# $page est le numéro de cette page, $total le nombre de pages.
page-of = Page { $page } sur { $total }
previous-page = Page précédente
next-page = Page suivante
footer-license = Le texte de ce site est disponible sous licence Creative Commons Attribution 4.0 (CC BY 4.0).
footer-built = Fait avec Waymark.
# La campagne : ses trois parties, leurs vidéos et leurs transcriptions.
campaign-part = Partie { $number }
campaign-navigation = Les vidéos de la campagne
previous-part = Partie précédente
next-part = Partie suivante
all-parts = Les trois vidéos
play-video = Lancer la vidéo
video-external = Quand tu lances la vidéo, elle est lue depuis youtube-nocookie.com.
video-unsupported = Ton navigateur ne peut pas lire cette vidéo ici. Tu peux la télécharger ci-dessous.
video-duration = Durée : { $duration }
download-video = Télécharger la vidéo ({ $size })
transcript = Ce que dit la vidéo
transcript-fallback = Il n’y a pas encore de sous-titres en { $language }. Voici ce que dit la vidéo en { $source }.
placeholder-media = Cette vidéo est provisoire. La vraie vidéo de la campagne la remplacera.
# L’annuaire des lignes d’aide et des services.
directory-title = Lignes d’aide et services
directory-intro = Des numéros de téléphone et des lieux où les enfants et les jeunes peuvent trouver de l’aide. Chaque fiche indique d’où viennent ses informations et de quand elles datent.
help-strip-title = Besoin d’aide maintenant ?
help-strip-more = Autres lignes d’aide
directory-by-country = Par pays
directory-by-category = Par type d’aide
directory-all = Toutes les lignes d’aide et tous les services
directory-count = { $count ->
    [one] { $count } ligne d’aide ou service
    [many] { $count } de lignes d’aide et de services
   *[other] { $count } lignes d’aide et services
}
directory-filter = Afficher seulement
directory-filter-country = Pays
directory-filter-category = Type d’aide
directory-filter-language = Langue
directory-filter-nojs = Choisis un pays ou un type d’aide dans les listes ci-dessous.
directory-filter-any = Tous
directory-none = Aucun résultat. Essaie un autre choix.
kind-helpline = Ligne d’aide
kind-service = Service
badge-free = Gratuit
badge-confidential = Confidentiel
badge-example = Exemple
example-entry = Cette fiche est un exemple qui montre comment fonctionne l’annuaire. N’utilise pas ses coordonnées.
send-sms = Envoyer un SMS
open-whatsapp = WhatsApp
answers-in = Langues parlées :
hours = Horaires
hours-always = Ouvert 24 h/24, tous les jours
open-now = Ouvert maintenant
closes-at = Ferme à { $time }
opens-at = Ouvre { $day } à { $time }
for-ages = Pour les { $ages } ans
checked-on = Vérifié le { $date }
source = Source :
# entry-source-from, entry-checked-by-us, entry-stale, entry-stale-call, entry-interpreters,
# entry-source-undated, entry-stale-undated: machine translation, waiting for review by a native speaker.
entry-source-from = D’après { $source }, { $date }
entry-checked-by-us = Vérifié par nous : { $date }
entry-stale = Ces informations datent de { $date } et ont peut-être changé.
entry-stale-call = Si personne ne répond, appelle ce numéro :
entry-interpreters = Des interprètes sont disponibles
entry-source-undated = D’après { $source } (la source n’indique pas de date)
entry-stale-undated = Ces informations ne sont pas datées et ont peut-être changé.
website = Site web
email = E-mail
address = Adresse
more-details = Plus de détails
country-EU = Numéros pour toute l’Union européenne
country-AT = Autriche
country-BE = Belgique
country-BG = Bulgarie
country-CY = Chypre
country-DE = Allemagne
country-ES = Espagne
country-FR = France
country-GR = Grèce
country-IT = Italie
country-MT = Malte
country-NL = Pays-Bas
country-PL = Pologne
country-RO = Roumanie
country-TR = Turquie
country-UA = Ukraine
category-emergency = Urgences
category-child-helpline = Lignes d’aide pour les enfants
category-missing-children = Enfants disparus
category-anti-trafficking = Traite des êtres humains
category-child-protection = Protection de l’enfance
category-asylum = Asile
category-legal = Aide juridique
category-health = Santé
category-mental-health = Émotions et santé mentale
category-shelter = Un endroit sûr où rester
category-education = École et apprentissage
category-family-tracing = Retrouver ta famille
category-food = Nourriture
# Sortie rapide et sécurité de la page.
quick-exit = Sortie rapide
quick-exit-hint = Quitte ce site tout de suite pour une page neutre. Tu peux aussi appuyer deux fois sur Échap.
offline-title = Tu es hors ligne
offline-text = Cette page n’est pas enregistrée sur ton téléphone. Ces numéros fonctionnent sans internet :

## Search
search-title = Recherche
search-description = Chercher dans toutes les pages de ce site, dans ta langue.
search-label = Mots à chercher
search-button = Chercher
search-searching = Recherche de « { $query } »…
search-none = Aucune page ne correspond à « { $query } ». Essaie un autre mot, ou parcours les pages ci-dessous.
search-found = Pages qui correspondent à « { $query } » :
search-unavailable = La recherche n’est pas disponible pour le moment. Toutes les pages sont listées ci-dessous.
search-all-pages = Toutes les pages
safety-bar = Aide et sortie rapide
get-help = De l’aide
quick-exit-guide = Comment cacher ta visite
menu = Menu
