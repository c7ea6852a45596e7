# Site strings.
site-title = Broken fixture
this line has no equals sign
