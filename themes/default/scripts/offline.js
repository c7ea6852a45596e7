// Offline help: registers the site's service worker and asks it to keep this language's
// home, help and directory pages for when the network is gone. Without it, nothing changes.
(function () {
  if (!('serviceWorker' in navigator)) return;
  var lang = document.documentElement.lang;
  navigator.serviceWorker.register('/sw.js').then(function () {
    return navigator.serviceWorker.ready;
  }).then(function (reg) {
    if (reg.active && lang) reg.active.postMessage({ keepLanguage: lang });
  }).catch(function () { /* offline help is an extra */ });
})();
