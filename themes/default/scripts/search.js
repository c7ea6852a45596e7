// Search with Pagefind's index of this language (chosen by <html lang>). Without
// JavaScript, or without an index, the page keeps its list of every section's pages.
// Pagefind's code and index load only when the visitor searches.
(function () {
  var form = document.querySelector('[data-search]');
  var status = document.querySelector('[data-search-status]');
  var list = document.querySelector('[data-search-results]');
  var index = document.querySelector('[data-search-index]');
  if (!form || !status || !list || !index) return;
  var input = form.querySelector('input[name="q"]');
  var engine = null;
  var latest = 0;

  function say(template, query) {
    status.textContent = template.replace('{query}', query || '');
  }

  function load() {
    if (!engine) {
      engine = import('/pagefind/pagefind.js').then(function (pf) {
        return pf.init().then(function () { return pf; });
      });
    }
    return engine;
  }

  // Pagefind's excerpts are HTML built from the page's text with <mark> around hits;
  // copy only the text and the marks, so no markup from an index can reach the page.
  function excerpt(html) {
    var p = document.createElement('p');
    var doc = new DOMParser().parseFromString('<body>' + html, 'text/html');
    doc.body.childNodes.forEach(function (n) {
      if (n.nodeType === 3) p.appendChild(document.createTextNode(n.textContent));
      else if (n.nodeName === 'MARK') {
        var m = document.createElement('mark');
        m.textContent = n.textContent;
        p.appendChild(m);
      } else p.appendChild(document.createTextNode(n.textContent || ''));
    });
    return p;
  }

  function show(query, results) {
    list.textContent = '';
    results.forEach(function (r) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = r.url;
      a.textContent = (r.meta && r.meta.title) || r.url;
      li.appendChild(a);
      li.appendChild(excerpt(r.excerpt || ''));
      list.appendChild(li);
    });
    list.hidden = results.length === 0;
    index.hidden = results.length > 0;
    say(results.length ? form.dataset.found : form.dataset.none, query);
  }

  function search(query) {
    var mine = ++latest;
    query = query.trim();
    if (!query) {
      list.hidden = true;
      index.hidden = false;
      status.textContent = '';
      return;
    }
    say(form.dataset.searching, query);
    load()
      .then(function (pf) { return pf.search(query); })
      .then(function (found) {
        return Promise.all(found.results.slice(0, 20).map(function (r) { return r.data(); }));
      })
      .then(function (results) { if (mine === latest) show(query, results); })
      .catch(function () {
        if (mine !== latest) return;
        list.hidden = true;
        index.hidden = false;
        say(form.dataset.unavailable);
      });
  }

  form.hidden = false;
  form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    var q = input.value;
    var url = new URL(location.href);
    if (q.trim()) url.searchParams.set('q', q.trim()); else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    search(q);
  });
  var timer = 0;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { search(input.value); }, 250);
  });
  var initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    search(initial);
  }
})();
