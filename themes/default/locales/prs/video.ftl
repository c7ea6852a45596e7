# Machine translation: waiting for review by a native speaker.
# A video's captions, under the player (Dari): the languages its captions are in.
video-captions = زیرنویس: { $languages }
video-captions-separator = { "، " }
