# Machine translation: waiting for review by a native speaker.
# Textos de la interfaz del tema por defecto (español). Al lector se le habla de «tú».
# Traductores: no cambiéis los identificadores de los mensajes (a la izquierda del «=»), traducid el texto.
# Las partes { $name } las rellena Waymark: dejadlas como están.

site-title = Niños y niñas en movimiento
skip-to-content = Ir al contenido
main-navigation = Secciones
language-switcher = Leer esta página en otro idioma
language-chooser-title = Elige tu idioma
language-chooser-intro = Este sitio web está disponible en estos idiomas.
home = Inicio
breadcrumbs = Estás aquí
# Se muestra encima de una página que aún no está traducida. $language es el nombre del idioma del visitante.
not-translated = Esta página todavía no está traducida al { $language }. Abajo puedes leerla en { $source }.
machine-translated = Traducido por una máquina. Ninguna persona ha revisado todavía el texto.
page-not-found-title = Página no encontrada
page-not-found-text = No encontramos esta página. Puede que se haya movido.
back-home = Ir a la página de inicio
moved-title = Esta página ha cambiado de dirección
moved-text = Esta página tiene una dirección nueva. Si no pasa nada, toca este enlace:
updated = Actualizado: { $date }
pages-count = { $count ->
    [one] { $count } página
    [many] { $count } de páginas
   *[other] { $count } páginas
}
# La lista larga de una sección o del directorio se divide en páginas; esto nombra los enlaces entre ellas (para lectores de pantalla).
pagination = Páginas de esta lista
# $page es el número de esta página y $total cuántas hay.
page-of = Página { $page } de { $total }
previous-page = Página anterior
next-page = Página siguiente
footer-license = El texto de este sitio web está disponible con la licencia Creative Commons Atribución 4.0 (CC BY 4.0).
footer-built = Hecho con Waymark.
# La campaña: sus tres partes, sus vídeos y lo que dicen.
campaign-part = Parte { $number }
campaign-navigation = Los vídeos de la campaña
previous-part = Parte anterior
next-part = Parte siguiente
all-parts = Los tres vídeos
play-video = Ver el vídeo
video-external = El vídeo se carga desde youtube-nocookie.com cuando le das a reproducir.
video-unsupported = Tu navegador no puede reproducir este vídeo aquí. Puedes descargarlo abajo.
video-duration = Duración: { $duration }
download-video = Descargar el vídeo ({ $size })
transcript = Lo que dice el vídeo
transcript-fallback = Todavía no hay subtítulos en { $language }. Aquí tienes lo que dice el vídeo en { $source }.
placeholder-media = Este vídeo es provisional. Lo cambiaremos por el vídeo real de la campaña.
# El directorio de líneas de ayuda y servicios.
directory-title = Líneas de ayuda y servicios
directory-intro = Números de teléfono y lugares donde niños, niñas y jóvenes pueden conseguir ayuda. Cada ficha dice de dónde vienen sus datos y de cuándo son.
help-strip-title = ¿Necesitas ayuda ahora?
help-strip-more = Más líneas de ayuda
directory-by-country = Por país
directory-by-category = Por tipo de ayuda
directory-all = Todas las líneas de ayuda y servicios
directory-count = { $count ->
    [one] { $count } línea de ayuda o servicio
    [many] { $count } de líneas de ayuda y servicios
   *[other] { $count } líneas de ayuda y servicios
}
directory-filter = Mostrar solo
directory-filter-country = País
directory-filter-category = Tipo de ayuda
directory-filter-language = Idioma
directory-filter-nojs = Elige un país o un tipo de ayuda en las listas de abajo.
directory-filter-any = Todos
directory-none = No hay resultados. Prueba con otra opción.
kind-helpline = Línea de ayuda
kind-service = Servicio
badge-free = Gratis
badge-confidential = Confidencial
badge-example = Ejemplo
example-entry = Esta es una ficha de ejemplo que muestra cómo funciona el directorio. No uses sus datos.
send-sms = Enviar un SMS
open-whatsapp = WhatsApp
answers-in = Atienden en:
hours = Horario
hours-always = Abierto las 24 horas, todos los días
open-now = Abierto ahora
closes-at = Cierra a las { $time }
# $day es el nombre del día de la semana (lunes, martes…).
opens-at = Abre el { $day } a las { $time }
for-ages = Edad: { $ages } años
checked-on = Revisado: { $date }
source = Fuente:
# Where an entry's details come from. $source is the source's name (a link when it has
# an address); $date is a date exactly as the source gives it (2021, 2021-04 or 2021-04-07).
entry-source-from = Según { $source }, { $date }
# Only for an entry a person of this site checked. $date: the day they checked.
entry-checked-by-us = Revisado por nosotros: { $date }
# On an entry older than the site allows. $date: the date its details are from.
entry-stale = Estos datos son de { $date } y pueden haber cambiado.
# Followed by the site's emergency number as a call button.
entry-stale-call = Si nadie contesta, llama a este número:
entry-interpreters = Hay intérpretes
# When the source shows no date (`date: unknown`).
entry-source-undated = Según { $source } (la fuente no indica la fecha)
entry-stale-undated = Estos datos no tienen fecha y pueden haber cambiado.
website = Sitio web
email = Correo electrónico
address = Dirección
more-details = Más detalles
country-EU = Números para toda la UE
country-AT = Austria
country-BE = Bélgica
country-BG = Bulgaria
country-CY = Chipre
country-DE = Alemania
country-ES = España
country-FR = Francia
country-GR = Grecia
country-IT = Italia
country-MT = Malta
country-NL = Países Bajos
country-PL = Polonia
country-RO = Rumanía
country-TR = Turquía
country-UA = Ucrania
category-emergency = Emergencias
category-child-helpline = Líneas de ayuda para niños y niñas
category-missing-children = Niños y niñas desaparecidos
category-anti-trafficking = Trata de personas
category-child-protection = Protección de la infancia
category-asylum = Asilo
category-legal = Ayuda legal
category-health = Salud
category-mental-health = Sentimientos y salud mental
category-shelter = Un lugar seguro donde quedarte
category-education = Escuela y aprendizaje
category-family-tracing = Encontrar a tu familia
category-food = Comida
# Salida rápida y seguridad de la página.
quick-exit = Salir rápido
quick-exit-hint = Sale de esta web al momento y abre una página neutral. También puedes pulsar Esc dos veces.
offline-title = No tienes conexión
offline-text = Esta página no está guardada en tu teléfono. Estos números funcionan sin internet:

## Search
search-title = Buscar
search-description = Busca en todas las páginas de este sitio, en tu idioma.
search-label = Palabras que buscar
search-button = Buscar
search-searching = Buscando «{ $query }»…
search-none = Ninguna página coincide con «{ $query }». Prueba con otra palabra o mira las páginas de abajo.
search-found = Páginas que coinciden con «{ $query }»:
search-unavailable = La búsqueda no está disponible ahora. Abajo tienes todas las páginas.
search-all-pages = Todas las páginas
# The bar at the top of every page: its label, the button that opens the help numbers, and
# the link to the page on hiding a visit (after the quick exit's explanation).
safety-bar = Ayuda y salida rápida
get-help = Pedir ayuda
quick-exit-guide = Cómo ocultar tu visita
# The button that opens the list of the site's sections.
menu = Menú
