# A video's captions, under the player. Machine-made translation: waits for review.
video-captions = Субтитри: { $languages }
video-captions-separator = { ", " }
