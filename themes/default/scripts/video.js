// YouTube facade: the page shows a self-hosted poster and a link; only a click on it
// loads the youtube-nocookie.com player. Without JavaScript the link opens the player.
(function () {
  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a[data-youtube]') : null;
    if (!link) return;
    event.preventDefault();
    var frame = document.createElement('iframe');
    frame.src = link.href;
    frame.title = link.getAttribute('data-title') || '';
    frame.width = link.getAttribute('data-width');
    frame.height = link.getAttribute('data-height');
    frame.allow = 'autoplay; encrypted-media; picture-in-picture; fullscreen';
    frame.referrerPolicy = 'strict-origin';
    frame.className = 'video-frame';
    link.parentNode.replaceChild(frame, link);
    frame.focus();
  });
})();
