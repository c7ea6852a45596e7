# Machine translation: waiting for review by a native speaker.
# Textes de l’interface du thème par défaut (français).
# Traducteurs : gardez les identifiants des messages (à gauche du « = ») et traduisez le texte.
# Les parties qui commencent par $ sont remplies par Waymark : laissez-les telles quelles.

site-title = Enfants en déplacement
skip-to-content = Aller au contenu
main-navigation = Rubriques
language-switcher = Lire cette page dans une autre langue
language-chooser-title = Choisir la langue
language-chooser-intro = Ce site existe dans ces langues.
home = Accueil
breadcrumbs = Vous êtes ici
# Affiché au-dessus d’une page qui n’est pas encore traduite. $language est le nom de la langue du visiteur.
not-translated = Cette page n’est pas encore traduite en { $language }. Elle est disponible ci-dessous en { $source }.
machine-translated = Cette page a été traduite par une machine. Une personne doit encore la relire.
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
footer-license = Le texte de ce site est disponible sous licence Creative Commons Attribution 4.0 (CC BY 4.0).
footer-built = Fait avec Waymark.
# La campagne : ses trois parties, leurs vidéos et leurs transcriptions.
campaign-part = Partie { $number }
campaign-navigation = Les vidéos de la campagne
previous-part = Partie précédente
next-part = Partie suivante
all-parts = Les trois vidéos
play-video = Lancer la vidéo
video-external = Quand vous lancez la vidéo, elle est lue depuis youtube-nocookie.com.
video-unsupported = Votre navigateur ne peut pas lire cette vidéo ici. Vous pouvez la télécharger ci-dessous.
video-duration = Durée : { $duration }
download-video = Télécharger la vidéo ({ $size })
transcript = Ce que dit la vidéo
transcript-fallback = Il n’y a pas encore de sous-titres en { $language }. Voici ce que dit la vidéo en { $source }.
placeholder-media = Cette vidéo est provisoire. La vraie vidéo de la campagne la remplacera.
