nav-home = Accueil
