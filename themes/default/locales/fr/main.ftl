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
