// Plain-JavaScript recovery screen. With panic = "abort" a Rust panic kills the
// WebAssembly module, so this message cannot come from the app itself. It offers a
// download of everything the app saved, read straight from localStorage.
(function () {
  'use strict';
  var PREFIX = 'inkoopwijzer:';
  var shown = false;

  function lang() {
    try {
      var s = JSON.parse(localStorage.getItem(PREFIX + 'settings') || '{}');
      if (s && (s.lang === 'En' || s.lang === 'en')) return 'en';
    } catch (e) { /* storage blocked or unreadable: fall back to the page language */ }
    return (document.documentElement.lang || 'nl').slice(0, 2) === 'en' ? 'en' : 'nl';
  }

  var TEXT = {
    nl: {
      title: 'Er ging iets mis in Inkoopwijzer',
      body: 'Het programma is gestopt door een fout. Wat u eerder hebt opgeslagen staat nog in deze browser. ' +
        'Download eerst een kopie, en laad daarna de pagina opnieuw.',
      download: 'Download mijn opgeslagen gegevens',
      reload: 'Pagina opnieuw laden',
      none: 'Er zijn geen opgeslagen gegevens gevonden (of de opslag is geblokkeerd).',
      detail: 'Technische details'
    },
    en: {
      title: 'Something went wrong in Inkoopwijzer',
      body: 'The program stopped because of an error. What you saved earlier is still in this browser. ' +
        'Download a copy first, then reload the page.',
      download: 'Download my saved data',
      reload: 'Reload the page',
      none: 'No saved data was found (or storage is blocked).',
      detail: 'Technical details'
    }
  };

  function savedData() {
    var out = {};
    var count = 0;
    try {
      for (var i = 0; i < localStorage.length; i++) {
        var k = localStorage.key(i);
        if (k && k.indexOf(PREFIX) === 0) { out[k] = localStorage.getItem(k); count++; }
      }
    } catch (e) { return null; }
    return count ? out : null;
  }

  function el(tag, text, attrs) {
    var e = document.createElement(tag);
    if (text) e.textContent = text;
    for (var a in attrs || {}) e.setAttribute(a, attrs[a]);
    return e;
  }

  window.inkoopwijzerFatal = function (message) {
    if (shown) return;
    shown = true;
    var t = TEXT[lang()];
    var box = document.getElementById('fatal');
    if (!box) { box = el('div', null, { id: 'fatal', role: 'alert' }); document.body.appendChild(box); }
    box.textContent = '';
    box.className = 'fatal';
    box.appendChild(el('h1', t.title));
    box.appendChild(el('p', t.body));
    var data = savedData();
    if (data) {
      var blob = new Blob([JSON.stringify({ format: 'inkoopwijzer-noodkopie', saved: data }, null, 2)],
        { type: 'application/json' });
      var a = el('a', t.download, {
        href: URL.createObjectURL(blob),
        download: 'inkoopwijzer-noodkopie-' + new Date().toISOString().slice(0, 10) + '.json',
        id: 'fatal-download'
      });
      box.appendChild(el('p')).appendChild(a);
    } else {
      box.appendChild(el('p', t.none));
    }
    var reload = el('button', t.reload, { type: 'button' });
    reload.addEventListener('click', function () { location.reload(); });
    box.appendChild(el('p')).appendChild(reload);
    if (message) {
      var d = el('details');
      d.appendChild(el('summary', t.detail));
      d.appendChild(el('pre', String(message)));
      box.appendChild(d);
    }
    box.hidden = false;
    // The app is mounted straight into <body> (there is no #app): hide and disable everything
    // there but this message, so that the dead app is neither seen nor reached by keyboard or
    // screen reader. `style.display` through the CSSOM, which the CSP allows, and which no
    // stylesheet rule of the app overrides (unlike the `hidden` attribute).
    var children = document.body ? document.body.children : [];
    for (var i = 0; i < children.length; i++) {
      var c = children[i];
      if (c === box || c.tagName === 'SCRIPT' || c.tagName === 'NOSCRIPT') continue;
      c.setAttribute('inert', '');
      c.setAttribute('aria-hidden', 'true');
      c.style.display = 'none';
    }
    // Keyboard and screen-reader users start at the message.
    var heading = box.querySelector('h1');
    if (heading) {
      heading.setAttribute('tabindex', '-1');
      try { heading.focus(); } catch (e) { /* focus is a courtesy */ }
    }
  };

  // A trap in the WebAssembly module ("unreachable") after a panic, or an error thrown
  // while it starts, also ends up here.
  window.addEventListener('error', function (ev) {
    var msg = String(ev && (ev.message || ev.error) || '');
    if (/unreachable|RuntimeError|wasm/i.test(msg)) window.inkoopwijzerFatal(msg);
  });
  window.addEventListener('unhandledrejection', function (ev) {
    var msg = String(ev && ev.reason && (ev.reason.message || ev.reason) || '');
    if (/unreachable|RuntimeError|WebAssembly/i.test(msg)) window.inkoopwijzerFatal(msg);
  });
})();
