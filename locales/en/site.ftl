# Site-specific interface strings: they replace the theme's messages with the same id.
site-title = Children on the move
