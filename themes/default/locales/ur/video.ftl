# Machine translation: waiting for review by a native speaker.
# A video's captions, under the player: the languages its captions are in.
# { $languages } is where the list of languages goes; each name is written in its own language.
video-captions = سب ٹائٹل: { $languages }
# Between two languages of that list (quoted, to keep its space).
video-captions-separator = { "، " }
