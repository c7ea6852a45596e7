# The fixture's own English strings: `so` has none, so it shows these.
site-title = Waymark Test Site
skip-to-content = Skip to the fixture main text
