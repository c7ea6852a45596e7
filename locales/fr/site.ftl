# Machine translation: waiting for review by a native speaker.
# Textes propres à ce site : ils remplacent les messages du thème qui ont le même identifiant.
site-title = Enfants en déplacement
