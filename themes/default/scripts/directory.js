// Directory enhancements; without them every page still works:
// 1. "Open now" from the weekly hours compiled at build time, in the service's time zone.
// 2. Filtering the list in place by country, kind of help and language.
(function () {
  var root = document.documentElement;
  var lang = root.lang || 'en';
  var WEEK = 7 * 24 * 60;

  // Minutes since Monday 00:00 in `tz` now (the browser knows the zone's DST rules).
  function minuteOfWeek(tz) {
    var parts = new Intl.DateTimeFormat('en-GB', {
      timeZone: tz, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23'
    }).formatToParts(new Date());
    var get = function (t) { for (var i = 0; i < parts.length; i++) if (parts[i].type === t) return parts[i].value; };
    var day = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(get('weekday'));
    return day * 1440 + parseInt(get('hour'), 10) * 60 + parseInt(get('minute'), 10);
  }

  // The same rules as `status` in src/directory/hours.rs.
  function status(weekly, m) {
    if (!weekly.length) return null;
    var wraps = weekly[0][0] === 0 && weekly[weekly.length - 1][1] === WEEK;
    for (var i = 0; i < weekly.length; i++) {
      var s = weekly[i][0], e = weekly[i][1];
      if (m >= s && m < e) return { open: true, at: (e === WEEK && wraps ? weekly[0][1] : e) % WEEK };
    }
    for (var j = 0; j < weekly.length; j++) if (weekly[j][0] > m) return { open: false, at: weekly[j][0] };
    return { open: false, at: weekly[0][0] };
  }

  // The time in the page's language, as the table above it writes it (CLDR in both).
  function clock(minutes) {
    var h = Math.floor(minutes % 1440 / 60), mm = minutes % 60;
    try {
      return new Intl.DateTimeFormat(lang, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' })
        .format(new Date(Date.UTC(2024, 2, 4, h, mm)));
    } catch (e) {
      return (h < 10 ? '0' : '') + h + ':' + (mm < 10 ? '0' : '') + mm;
    }
  }

  function dayName(minutes) {
    // 2024-03-04 was a Monday.
    var d = new Date(Date.UTC(2024, 2, 4 + Math.floor(minutes / 1440), 12));
    return new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' }).format(d);
  }

  var texts = document.querySelector('[data-open-now]');
  document.querySelectorAll('.open-status[data-weekly]').forEach(function (el) {
    if (!texts) return;
    try {
      var weekly = JSON.parse(el.getAttribute('data-weekly'));
      var st = status(weekly, minuteOfWeek(el.getAttribute('data-tz')));
      if (!st) return;
      el.textContent = st.open
        ? texts.getAttribute('data-open-now') + ' · ' + texts.getAttribute('data-closes-at').replace('{time}', clock(st.at))
        : (texts.getAttribute('data-closed-now') || '') + ' · ' + texts.getAttribute('data-opens-at').replace('{day}', dayName(st.at)).replace('{time}', clock(st.at));
      el.className += st.open ? ' is-open' : ' is-closed';
      el.hidden = false;
    } catch (e) { /* leave the static hours */ }
  });

  // The form sits in a <details> that is there without JavaScript too, so showing it
  // moves nothing on the page; the note for browsers without JavaScript goes.
  var form = document.querySelector('.directory-filter form');
  if (!form) return;
  form.hidden = false;
  var note = document.querySelector('.directory-filter .filter-nojs');
  if (note) note.hidden = true;
  var empty = document.querySelector('.directory-empty');
  function apply() {
    var c = form.country.value, k = form.category.value, l = form.language.value, shown = 0;
    document.querySelectorAll('.entries .entry').forEach(function (li) {
      var ok = (!c || li.getAttribute('data-country') === c) &&
        (!k || (' ' + li.getAttribute('data-categories') + ' ').indexOf(' ' + k + ' ') >= 0) &&
        (!l || (' ' + li.getAttribute('data-languages') + ' ').indexOf(' ' + l + ' ') >= 0);
      li.hidden = !ok;
      if (ok) shown++;
    });
    // Hide headings whose lists became empty.
    document.querySelectorAll('.directory-group').forEach(function (g) {
      g.hidden = !g.querySelector('.entry:not([hidden])');
    });
    if (empty) { empty.hidden = shown > 0; empty.textContent = shown ? '' : form.getAttribute('data-none'); }
  }
  form.addEventListener('change', apply);
})();
