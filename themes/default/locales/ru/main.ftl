# Machine translation: waiting for review by a native speaker.
# Тексты интерфейса стандартной темы (русский). К читателю обращаемся на «ты».
# Переводчикам: не меняйте идентификаторы сообщений (слева от «=»), переводите текст.
# Части вида { $name } заполняет Waymark: оставляйте их как есть.

site-title = Дети в пути
skip-to-content = Перейти к содержанию
main-navigation = Разделы
language-switcher = Читать эту страницу на другом языке
language-chooser-title = Выбери свой язык
language-chooser-intro = Этот сайт есть на этих языках.
home = Главная
breadcrumbs = Ты здесь
# Показывается над страницей, которую ещё не перевели. $language — название языка посетителя
# (в именительном падеже: «на английский» = винительный, совпадает с ним);
# $source стоит после двоеточия, чтобы его не склонять.
not-translated = Эта страница ещё не переведена на { $language }. Ниже ты можешь прочитать её на другом языке: { $source }.
machine-translated = Переведено машиной. Человек ещё не проверил текст.
page-not-found-title = Страница не найдена
page-not-found-text = Мы не нашли эту страницу. Возможно, её перенесли.
back-home = На главную страницу
moved-title = Эта страница переехала
moved-text = У этой страницы новый адрес. Если ничего не происходит, нажми на эту ссылку:
updated = Обновлено: { $date }
pages-count = { $count ->
    [one] { $count } страница
    [few] { $count } страницы
    [many] { $count } страниц
   *[other] { $count } страницы
}
# Длинный список раздела или справочника делится на страницы; это название ссылок между ними (для программ чтения с экрана).
pagination = Страницы этого списка
# $page — номер этой страницы, $total — сколько их всего.
page-of = Страница { $page } из { $total }
previous-page = Предыдущая страница
next-page = Следующая страница
footer-license = Текст этого сайта доступен по лицензии Creative Commons «Атрибуция» 4.0 (CC BY 4.0).
footer-built = Сделано с помощью Waymark.
# Кампания: три её части, видео и тексты к ним.
campaign-part = Часть { $number }
campaign-navigation = Видео кампании
previous-part = Предыдущая часть
next-part = Следующая часть
all-parts = Все три видео
play-video = Включить видео
video-external = Когда ты включишь видео, оно будет загружаться с youtube-nocookie.com.
video-unsupported = Твой браузер не может показать это видео здесь. Ниже ты можешь его скачать.
video-duration = Длительность: { $duration }
download-video = Скачать видео ({ $size })
transcript = Что говорят в видео
transcript-fallback = Пока нет субтитров на твоём языке ({ $language }). Вот что говорят в видео на другом языке: { $source }.
placeholder-media = Это временное видео. Потом его заменит настоящее видео кампании.
# Справочник телефонов доверия и служб помощи.
directory-title = Телефоны доверия и службы помощи
directory-intro = Номера телефонов и места, где дети и подростки могут получить помощь. В каждой записи сказано, откуда её данные и насколько они старые.
help-strip-title = Нужна помощь прямо сейчас?
help-strip-more = Другие телефоны доверия
directory-by-country = По странам
directory-by-category = По виду помощи
directory-all = Все телефоны доверия и службы помощи
directory-count = { $count ->
    [one] { $count } телефон доверия или служба
    [few] { $count } телефона доверия и службы
    [many] { $count } телефонов доверия и служб
   *[other] { $count } телефона доверия и службы
}
directory-filter = Показать только
directory-filter-country = Страна
directory-filter-category = Вид помощи
directory-filter-language = Язык
directory-filter-nojs = Выбери страну или вид помощи в списках ниже.
directory-filter-any = Все
directory-none = Ничего не найдено. Попробуй выбрать другое.
kind-helpline = Телефон доверия
kind-service = Служба помощи
badge-free = Бесплатно
badge-confidential = Конфиденциально
badge-example = Образец
example-entry = Это образец записи: он показывает, как работает справочник. Не используй эти данные.
send-sms = Отправить SMS
open-whatsapp = WhatsApp
answers-in = Отвечают на языках:
hours = Часы работы
hours-always = Круглосуточно, каждый день
open-now = Сейчас открыто
closes-at = Закрывается в { $time }
# $day — название дня недели в именительном падеже, поэтому без предлога.
opens-at = Откроется: { $day }, { $time }
for-ages = Возраст: { $ages }
checked-on = Проверено: { $date }
source = Источник:
# Where an entry's details come from. $source is the source's name (a link when it has
# an address); $date is a date exactly as the source gives it (2021, 2021-04 or 2021-04-07).
entry-source-from = Источник: { $source }, { $date }
# Only for an entry a person of this site checked. $date: the day they checked.
entry-checked-by-us = Проверено нами: { $date }
# On an entry older than the site allows. $date: the date its details are from.
entry-stale = Эти данные по состоянию на { $date }, они могли измениться.
# Followed by the site's emergency number as a call button.
entry-stale-call = Если никто не отвечает, звони по этому номеру:
entry-interpreters = Есть переводчики
# When the source shows no date (`date: unknown`).
entry-source-undated = Источник: { $source } (источник не указывает дату)
entry-stale-undated = У этих данных нет даты, они могли измениться.
website = Сайт
email = Эл. почта
address = Адрес
more-details = Подробнее
country-EU = Номера для всего ЕС
country-AT = Австрия
country-BE = Бельгия
country-BG = Болгария
country-CY = Кипр
country-DE = Германия
country-ES = Испания
country-FR = Франция
country-GR = Греция
country-IT = Италия
country-MT = Мальта
country-NL = Нидерланды
country-PL = Польша
country-RO = Румыния
country-TR = Турция
country-UA = Украина
category-emergency = Экстренная помощь
category-child-helpline = Детские телефоны доверия
category-missing-children = Пропавшие дети
category-anti-trafficking = Торговля людьми
category-child-protection = Защита детей
category-asylum = Убежище
category-legal = Юридическая помощь
category-health = Здоровье
category-mental-health = Чувства и психическое здоровье
category-shelter = Безопасное место, где можно остаться
category-education = Школа и учёба
category-family-tracing = Найти свою семью
category-food = Еда
# Быстрый выход и безопасность страницы.
quick-exit = Быстрый выход
quick-exit-hint = Сразу уходит с этого сайта на обычную страницу. Ещё можно два раза нажать Esc.
offline-title = Нет интернета
offline-text = Эта страница не сохранена на твоём телефоне. Эти номера работают без интернета:

## Search
search-title = Поиск
search-description = Поиск по всем страницам этого сайта на твоём языке.
search-label = Что искать
search-button = Найти
search-searching = Ищем «{ $query }»…
search-none = По запросу «{ $query }» ничего не найдено. Попробуй другое слово или посмотри страницы ниже.
search-found = Страницы по запросу «{ $query }»:
search-unavailable = Поиск сейчас не работает. Все страницы перечислены ниже.
search-all-pages = Все страницы
# The bar at the top of every page: its label, the button that opens the help numbers, and
# the link to the page on hiding a visit (after the quick exit's explanation).
safety-bar = Помощь и быстрый выход
get-help = Помощь
quick-exit-guide = Как скрыть посещение сайта
# The button that opens the list of the site's sections.
menu = Меню
