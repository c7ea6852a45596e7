# Machine translation: waiting for review by a native speaker.
# Тексти інтерфейсу стандартної теми (українська).
# Перекладачам: не змінюйте ідентифікатори повідомлень (ліворуч від "="), перекладайте текст.
# Частини, що починаються з $, заповнює Waymark: залишайте їх як є.

site-title = Діти в дорозі
skip-to-content = Перейти до основного змісту
main-navigation = Розділи
language-switcher = Читати цю сторінку іншою мовою
language-chooser-title = Обери свою мову
language-chooser-intro = Цей сайт доступний такими мовами.
home = Головна
breadcrumbs = Ти тут
# Показується над сторінкою, яку ще не перекладено. $language — назва мови відвідувача.
not-translated = Цю сторінку ще не перекладено такою мовою: { $language }. Нижче ти можеш прочитати її цією мовою: { $source }.
machine-translated = Цю сторінку переклала машина. Вона чекає, поки її перевірить людина.
page-not-found-title = Сторінку не знайдено
page-not-found-text = Ми не змогли знайти цю сторінку. Можливо, її перенесли.
back-home = Перейти на головну сторінку
moved-title = Цю сторінку перенесено
moved-text = Ця сторінка має нову адресу. Якщо нічого не відбувається, натисни на це посилання:
updated = Оновлено: { $date }
pages-count = { $count ->
    [one] { $count } сторінка
    [few] { $count } сторінки
    [many] { $count } сторінок
   *[other] { $count } сторінки
}
footer-license = Текст цього сайту доступний за ліцензією Creative Commons «Зазначення авторства» 4.0 (CC BY 4.0).
footer-built = Створено за допомогою Waymark.
# Кампанія: три її частини, відео і тексти до них.
campaign-part = Частина { $number }
campaign-navigation = Відео кампанії
previous-part = Попередня частина
next-part = Наступна частина
all-parts = Усі три відео
play-video = Увімкнути відео
video-external = Коли ти ввімкнеш відео, воно завантажиться з youtube-nocookie.com.
video-unsupported = Твій браузер не може відтворити це відео тут. Нижче ти можеш його завантажити.
video-duration = Тривалість: { $duration }
download-video = Завантажити відео ({ $size })
transcript = Що говорять у відео
transcript-fallback = Поки що немає субтитрів такою мовою: { $language }. Ось що говорять у відео цією мовою: { $source }.
placeholder-media = Це відео тимчасове. Згодом його замінить справжнє відео кампанії.
