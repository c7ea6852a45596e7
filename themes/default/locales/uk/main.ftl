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
machine-translated = Переклад машиною. Людина ще не перевірила текст.
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
# Довгий список розділу чи довідника ділиться на сторінки; це назва посилань між ними (для програм зчитування з екрана).
pagination = Сторінки цього списку
# $page — номер цієї сторінки, $total — скільки їх усього.
page-of = Сторінка { $page } з { $total }
previous-page = Попередня сторінка
next-page = Наступна сторінка
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
# Довідник ліній допомоги та служб.
directory-title = Лінії допомоги та служби
directory-intro = Номери телефонів і місця, де діти та молодь можуть отримати допомогу. У кожному записі вказано, звідки його дані і наскільки вони старі.
help-strip-title = Потрібна допомога зараз?
help-strip-more = Інші лінії допомоги
directory-by-country = За країною
directory-by-category = За видом допомоги
directory-all = Усі лінії допомоги та служби
directory-count = { $count ->
    [one] { $count } лінія допомоги чи служба
    [few] { $count } лінії допомоги та служби
    [many] { $count } ліній допомоги та служб
   *[other] { $count } лінії допомоги та служби
}
directory-filter = Показати лише
directory-filter-country = Країна
directory-filter-category = Вид допомоги
directory-filter-language = Мова
directory-filter-nojs = Вибери країну або вид допомоги зі списків нижче.
directory-filter-any = Усі
directory-none = Нічого не знайдено. Спробуй інший варіант.
kind-helpline = Лінія допомоги
kind-service = Служба
badge-free = Безкоштовно
badge-confidential = Конфіденційно
badge-example = Зразок
example-entry = Це зразок запису, який показує, як працює довідник. Не використовуй його дані.
send-sms = Надіслати SMS
open-whatsapp = WhatsApp
answers-in = Відповідають такими мовами:
hours = Години роботи
hours-always = Працює цілодобово, щодня
open-now = Зараз відкрито
closes-at = Закривається о { $time }
opens-at = Відкриється: { $day }, о { $time }
for-ages = Вік: { $ages } років
checked-on = Перевірено: { $date }
source = Джерело:
# entry-source-from, entry-checked-by-us, entry-stale, entry-stale-call, entry-interpreters,
# entry-source-undated, entry-stale-undated: machine translation, waiting for review by a native speaker.
entry-source-from = Джерело: { $source }, { $date }
entry-checked-by-us = Перевірено нами: { $date }
entry-stale = Ці відомості станом на { $date } і могли змінитися.
entry-stale-call = Якщо ніхто не відповідає, телефонуй на цей номер:
entry-interpreters = Є перекладачі
entry-source-undated = Джерело: { $source } (джерело не вказує дати)
entry-stale-undated = Ці відомості без дати і могли змінитися.
website = Вебсайт
email = Електронна пошта
address = Адреса
more-details = Докладніше
country-EU = Номери для всього ЄС
country-AT = Австрія
country-BE = Бельгія
country-BG = Болгарія
country-CY = Кіпр
country-DE = Німеччина
country-ES = Іспанія
country-FR = Франція
country-GR = Греція
country-IT = Італія
country-MT = Мальта
country-NL = Нідерланди
country-PL = Польща
country-RO = Румунія
country-TR = Туреччина
country-UA = Україна
category-emergency = Екстрена допомога
category-child-helpline = Дитячі лінії допомоги
category-missing-children = Зниклі діти
category-anti-trafficking = Торгівля людьми
category-child-protection = Захист дітей
category-asylum = Надання притулку
category-legal = Юридична допомога
category-health = Здоров’я
category-mental-health = Почуття і психічне здоров’я
category-shelter = Безпечне місце, де можна жити
category-education = Школа і навчання
category-family-tracing = Пошук своєї родини
category-food = Їжа
# Швидкий вихід і безпека сторінки.
quick-exit = Швидкий вихід
quick-exit-hint = Одразу залишає цей сайт і відкриває нейтральну сторінку. Ти також можеш двічі натиснути Escape.
offline-title = Немає з’єднання з інтернетом
offline-text = Цієї сторінки немає на твоєму телефоні. Ці номери працюють без інтернету:

## Search
search-title = Пошук
search-description = Пошук на всіх сторінках цього сайту твоєю мовою.
search-label = Слова для пошуку
search-button = Шукати
search-searching = Шукаємо «{ $query }»…
search-none = Жодна сторінка не відповідає «{ $query }». Спробуй інше слово або переглянь сторінки нижче.
search-found = Сторінки, що відповідають «{ $query }»:
search-unavailable = Пошук зараз недоступний. Усі сторінки наведено нижче.
search-all-pages = Усі сторінки
safety-bar = Допомога і швидкий вихід
get-help = Допомога
quick-exit-guide = Як приховати свій візит
menu = Меню
