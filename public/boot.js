// Loads the WebAssembly app. An external file (not inline) so that the Content-Security-
// Policy can forbid inline scripts. Trunk writes the hashed file names into data attributes.
const tag = document.querySelector('script[data-wasm]');

// Set when the app could not load (below): the loading note then says so, and no click in the
// copy makes it say otherwise.
let failed = false;

// The settings the user saved, read as public/fallback.js reads them (serde writes the
// language as "En"), and the language of every note this script writes: the start page's copy,
// its notes and the message when the app cannot load all follow this one choice.
const settings = (() => {
  try {
    return JSON.parse(localStorage.getItem('inkoopwijzer:settings') || '{}') || {};
  } catch { return {}; } // storage blocked or unreadable: the defaults
})();
const lang = settings.lang === 'En' ? 'en' : 'nl';

// The start page as the release build prerendered it (scripts/prerender.mjs), shown while the
// app loads: in the language the user chose, and on the start page's address only (every
// address of the app gets this same index.html). The other copy goes at once, so that no id is
// in the page twice. src/app.rs removes it the moment before the app mounts.
(() => {
  const copies = [...document.querySelectorAll('.prerendered')];
  const copy = location.pathname === '/' ? copies.find((c) => c.id === `prerendered-${lang}`) : null;
  for (const c of copies) if (c !== copy) c.remove();
  if (!copy) return; // another address, or a development build: nothing prerendered
  const html = document.documentElement;
  html.lang = lang;
  html.classList.add('prerender-shown');
  if (settings.projector === true) {
    html.classList.add('projector');
    copy.querySelector('#projector-switch')?.setAttribute('aria-pressed', 'true');
  }
  const note = document.getElementById('boot-message');
  if (note && lang === 'en') note.textContent = 'Inkoopwijzer is loading…';
  // Where the stored dossiers will be listed: the same words, so that a returning user does
  // not read an empty list.
  const slot = copy.querySelector('.list-loading');
  if (slot && note) slot.textContent = note.textContent;
  copy.hidden = false;
  // The copy shows the import's drop zone, but nothing takes a file before the app is in: a
  // file dropped now must not make the browser open it in place of the app. (The app refuses
  // stray drops itself once it runs: components::file_drop.)
  const refuse = (event) => {
    if (!html.classList.contains('prerender-shown')) return;
    if (![...(event.dataTransfer?.types || [])].includes('Files')) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'none';
  };
  addEventListener('dragover', refuse);
  addEventListener('drop', refuse);

  // Until the app is in, the copy takes what the visitor does instead of ignoring it: what is
  // typed stays in its field, and the last link or button chosen is carried out on the same
  // element of the live page once the app has mounted (src/app.rs fires
  // `inkoopwijzer-mounted`). A jump within the page works at once. The file chooser stays shut:
  // a browser opens it only from a click on the live page. As written into index.html the copy
  // is inert with its buttons disabled, for a browser where this script does not run.
  copy.inert = false;
  copy.removeAttribute('aria-hidden');
  for (const el of copy.querySelectorAll('button[disabled], input[type="text"][disabled]')) {
    el.disabled = false;
  }
  // How to find an element of the copy again in the live page: by its id, its demo or its
  // address (the first match: two links to one address lead to the same page), or by a class
  // only it has, which must then be just as unique in the live page.
  const keyOf = (el) => {
    if (el.id) return { sel: `#${CSS.escape(el.id)}` };
    if (el.dataset.demo) return { sel: `[data-demo="${CSS.escape(el.dataset.demo)}"]` };
    if (el.matches('a[href]')) return { sel: `a[href="${CSS.escape(el.getAttribute('href'))}"]` };
    const cls = [...el.classList].find((c) => copy.querySelectorAll(`.${CSS.escape(c)}`).length === 1);
    return cls ? { sel: `${el.localName}.${CSS.escape(cls)}`, unique: true } : null;
  };
  const find = (key) => {
    if (!key) return null;
    const found = document.querySelectorAll(key.sel);
    return key.unique && found.length !== 1 ? null : found[0] || null;
  };
  const say = (nl, en) => { if (note && !failed) note.textContent = lang === 'en' ? en : nl; };
  const values = new Map();
  let chosen = null;
  let focused = null;
  copy.addEventListener('input', (event) => {
    const el = event.target;
    if (el.id && el.matches('input[type="text"], textarea')) values.set(el.id, el.value);
  });
  copy.addEventListener('focusin', (event) => { focused = keyOf(event.target); });
  copy.addEventListener('focusout', (event) => {
    if (!copy.contains(event.relatedTarget)) focused = null;
  });
  // No form of the copy is sent (the CSP's form-action forbids it too): its button is chosen.
  copy.addEventListener('submit', (event) => event.preventDefault());
  copy.addEventListener('click', (event) => {
    // A click with a modifier or another button (a link in a new tab) is the browser's.
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const label = event.target.closest('label[for]');
    if (label && document.getElementById(label.htmlFor)?.disabled) {
      say('Inkoopwijzer wordt geladen… kies het bestand zodra het er is.',
        'Inkoopwijzer is loading… choose the file as soon as it is in.');
      return;
    }
    const el = event.target.closest('a[href], button');
    if (!el || (el.matches('a') && el.getAttribute('href').startsWith('#'))) return;
    event.preventDefault();
    const key = keyOf(el);
    if (!key) return;
    copy.querySelector('.prerender-chosen')?.classList.remove('prerender-chosen');
    el.classList.add('prerender-chosen');
    chosen = key;
    say('Inkoopwijzer wordt geladen… wat u koos volgt zodra het er is.',
      'Inkoopwijzer is loading… what you chose follows as soon as it is in.');
  });
  document.addEventListener('inkoopwijzer-mounted', () => {
    // After the mount's own effects (a task later): the live page's fields take the typed
    // text through their input events, then the choice is made, from the element that has
    // the focus (so that a switch that stays on the page keeps it).
    setTimeout(() => {
      for (const [id, value] of values) {
        const live = document.getElementById(id);
        if (live && 'value' in live && live.value === '' && value !== '') {
          live.value = value;
          live.dispatchEvent(new Event('input', { bubbles: true }));
        }
      }
      const target = find(chosen);
      if (target) {
        target.focus({ preventScroll: true });
        target.click();
      } else {
        find(focused)?.focus();
      }
    });
  }, { once: true });
})();

// Offline use and installation, read by the app (src/platform.rs, `pwa_*`): the state is kept
// in `window.inkoopwijzerPwa` and every change fires the window event `inkoopwijzer-pwa`.
//   offlineReady   a service worker of this site is active: every file of its version is cached
//   updateWaiting  a newer version is installed and waits for the user (the update banner)
//   installable    the browser offers installation (Chromium's beforeinstallprompt)
//   installed      installed during this visit (appinstalled)
//   standalone     running as an installed app
//   unsupported    no service worker here (old browser, private mode in some browsers, http)
const pwa = {
  offlineReady: false,
  updateWaiting: false,
  installable: false,
  installed: false,
  standalone: matchMedia('(display-mode: standalone)').matches || navigator.standalone === true,
  unsupported: !('serviceWorker' in navigator),
  error: '',
  /** Switches to the waiting version: the page reloads once it has taken over. */
  activate: () => {},
  /** Shows the browser's install dialog; resolves to true when the user accepted. */
  install: async () => false,
};
window.inkoopwijzerPwa = pwa;
const changed = () => window.dispatchEvent(new Event('inkoopwijzer-pwa'));

// A page that a service worker already controls opens offline-ready at once; the state of an
// existing registration (a version waiting) is read without waiting for `register` below,
// which also looks for a new version and is deferred until the app is up.
if (tag.dataset.sw && !pwa.unsupported) {
  pwa.offlineReady = !!navigator.serviceWorker.controller;
  navigator.serviceWorker.getRegistration('/').then((reg) => {
    if (!reg) return;
    pwa.offlineReady = pwa.offlineReady || !!reg.active;
    pwa.updateWaiting = !!(reg.waiting && navigator.serviceWorker.controller);
    changed();
  }).catch(() => {});
}

let installEvent = null;
addEventListener('beforeinstallprompt', (event) => {
  event.preventDefault(); // the app shows its own button instead of the browser's mini bar
  installEvent = event;
  pwa.installable = true;
  changed();
});
addEventListener('appinstalled', () => {
  installEvent = null;
  pwa.installable = false;
  pwa.installed = true;
  changed();
});
pwa.install = async () => {
  if (!installEvent) return false;
  const event = installEvent;
  installEvent = null;
  pwa.installable = false;
  changed();
  await event.prompt();
  const choice = await event.userChoice;
  return choice && choice.outcome === 'accepted';
};

function registerServiceWorker() {
  const url = tag.dataset.sw;
  if (!url || pwa.unsupported) return;
  let switching = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // This tab asked for the new version: load it. Other tabs keep running (they may hold
    // typing not yet saved) and show the banner until their user reloads.
    if (switching) location.reload();
  });
  navigator.serviceWorker.register(url, { scope: '/', updateViaCache: 'none' }).then((reg) => {
    if (!reg) return; // registration switched off (a test harness)
    const check = () => {
      pwa.offlineReady = !!reg.active;
      pwa.updateWaiting = !!(reg.waiting && navigator.serviceWorker.controller);
      changed();
    };
    const watch = (worker) => worker && worker.addEventListener('statechange', check);
    reg.addEventListener('updatefound', () => { watch(reg.installing); check(); });
    watch(reg.installing);
    watch(reg.waiting);
    watch(reg.active);
    pwa.activate = () => {
      if (!reg.waiting) { location.reload(); return; }
      switching = true;
      reg.waiting.postMessage({ type: 'SKIP_WAITING' });
      // A browser that never reports the change still ends up on the new version.
      setTimeout(() => location.reload(), 4000);
    };
    // A laptop that slept through a deploy looks for a new version when it wakes.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') reg.update().catch(() => {});
    });
    check();
  }).catch((err) => {
    pwa.error = String(err && err.message || err);
    changed();
  });
}

try {
  const bindings = await import(tag.dataset.js);
  await bindings.default({ module_or_path: tag.dataset.wasm });
  // The exported functions, for the benchmark script (scripts/bench) and for debugging.
  window.wasmBindings = bindings;
  // Once the app has fetched the code of its other screens in the background (it fires
  // `inkoopwijzer-prefetched`; src/app.rs), so that caching the app for offline use never
  // competes with the first load and finds those files in the browser's HTTP cache.
  let registered = false;
  const register = () => { if (!registered) { registered = true; registerServiceWorker(); } };
  document.addEventListener('inkoopwijzer-prefetched', register, { once: true });
  setTimeout(register, 20000);
} catch (err) {
  // The module could not load (old browser, blocked WebAssembly, broken download). fallback.js
  // runs before this module (index.html), so its message is there; should fallback.js itself
  // have failed to load, the loading note at least stops saying that the app is on its way.
  const message = String(err && err.message || err);
  failed = true;
  if (window.inkoopwijzerFatal) {
    window.inkoopwijzerFatal(message);
  } else {
    const note = document.getElementById('boot-message');
    if (note) {
      note.textContent = lang === 'en'
        ? 'Inkoopwijzer could not load. Check the connection and reload the page.'
        : 'Inkoopwijzer kon niet laden. Controleer de verbinding en laad de pagina opnieuw.';
    }
  }
}
