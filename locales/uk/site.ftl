# Machine translation: waiting for review by a native speaker.
# Тексти лише для цього сайту: вони замінюють повідомлення теми з тим самим ідентифікатором.
site-title = Діти в дорозі
