# A video's captions, under the player. Machine-made translation: waits for review.
video-captions = ترجمة مكتوبة: { $languages }
video-captions-separator = { "، " }
