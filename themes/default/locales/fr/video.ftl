# A video's captions, under the player. Machine-made translation: waits for review.
video-captions = Sous-titres : { $languages }
video-captions-separator = { ", " }
