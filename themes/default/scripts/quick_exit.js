// Quick exit: hide the page at once and leave with location.replace, so that the Back
// button does not return here. Escape pressed twice does the same. Without JavaScript the
// quick-exit link still goes to the neutral page (in a normal navigation).
(function () {
  var link = document.querySelector('a.quick-exit');
  if (!link) return;
  function leave(event) {
    if (event) event.preventDefault();
    document.documentElement.className += ' leaving';
    document.title = '';
    window.location.replace(link.href);
  }
  link.addEventListener('click', leave);
  var last = 0;
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape' && event.key !== 'Esc') return;
    var now = Date.now();
    if (now - last < 1000) leave(event);
    last = now;
  });
})();
