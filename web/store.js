// store.js — durable storage for the plan library (linked with --pre-js, before
// main(); the C++ side is src/platform/kv_store_web.cpp, the model is
// src/core/library.h).
//
// Why IndexedDB and not localStorage: measured with Chromium 156, a value
// written to localStorage was lost in 4 of 7 runs when the browser process was
// killed 0.5–3 s after the write (Chromium commits localStorage to disk in
// delayed batches); a value written to IndexedDB survived every run once its
// transaction completed.  "Nothing lost when the browser crashes" needs the
// latter.
//
// IndexedDB is asynchronous and the app's storage interface is not, so this
// file keeps a write-through copy in memory: everything under "dc." is read
// into a Map before main() starts (a run dependency), reads come from the Map,
// and writes update the Map and go to IndexedDB.  All writes made in one JS
// task (one autosave: the plan slot and the index) share one transaction, so
// they reach the disk together or not at all.  A failed transaction (quota,
// disk full) is reported to C++ by takeFailure(), which the autosave polls.
//
// Fallbacks, in order: localStorage (synchronous; quota errors are immediate),
// then memory only (available() is false: the app says it works in memory).
//
// [SECTION] state
// [SECTION] IndexedDB back end
// [SECTION] localStorage and memory back ends
// [SECTION] the interface used by kv_store_web.cpp
// [SECTION] start-up
var dcStore = Module['dcStore'] = (function () {
  'use strict';
  //---------------------------------------------------------------------------
  // [SECTION] state
  //---------------------------------------------------------------------------
  var PREFIX = 'dc.';
  var DB_NAME = 'diem-cau', DB_STORE = 'kv';
  var S = {
    backend: 'memory',   // 'indexeddb' | 'localstorage' | 'memory'
    map: new Map(),      // every "dc." key → value (the write-through copy)
    db: null,
    tx: null,            // the open write transaction of the current task
    pending: 0,          // transactions not yet complete
    failure: '',         // '' | 'quota' | 'unavailable' (cleared by takeFailure)
    idleWaiters: [],
    writes: 0,           // transactions completed (tests)
    otherTab: false,     // the planner is open in another tab of this browser: read only here
    lastPlan: null,      // the newest plan slot value handed to put(), stored or not ({k, v, ok})
  };
  // A C++ export (src/ui/shell/web_exports.cpp, src/platform/offline_web.cpp), once the program runs; never throws.
  function callApp(name) {
    var f = Module['_' + name];
    if (typeof f !== 'function' || (Module['dcGlue'] && Module['dcGlue'].crash)) return;
    try { f(); } catch (e) { console.error(e); }
  }

  function settle() {
    if (S.pending > 0) return;
    var w = S.idleWaiters; S.idleWaiters = [];
    w.forEach(function (f) { f(); });
  }
  function classify(err) {
    var n = err && err.name;
    return (n === 'QuotaExceededError' || (err && err.code === 22)) ? 'quota' : 'unavailable';
  }

  //---------------------------------------------------------------------------
  // [SECTION] IndexedDB back end
  //---------------------------------------------------------------------------
  function openIdb() {
    return new Promise(function (resolve, reject) {
      var req;
      try { req = indexedDB.open(DB_NAME, 1); } catch (e) { reject(e); return; }
      req.onupgradeneeded = function () { req.result.createObjectStore(DB_STORE); };
      req.onsuccess = function () { resolve(req.result); };
      req.onerror = function () { reject(req.error); };
      req.onblocked = function () { reject(new Error('blocked')); };
    });
  }
  function loadAll(db, map) {
    map = map || S.map;
    return new Promise(function (resolve, reject) {
      var tx = db.transaction(DB_STORE, 'readonly');
      var range = IDBKeyRange.bound(PREFIX, PREFIX + '\uffff');
      var req = tx.objectStore(DB_STORE).openCursor(range);
      req.onsuccess = function () {
        var c = req.result;
        if (!c) return;
        if (typeof c.value === 'string') map.set(c.key, c.value);
        c.continue();
      };
      tx.oncomplete = function () { resolve(); };
      tx.onerror = function () { reject(tx.error); };
    });
  }
  // The transaction of the current task: created on the first write, reused
  // by every later write in the same task, committed when the task ends.
  function writeTx() {
    if (S.tx) return S.tx;
    var tx = S.db.transaction(DB_STORE, 'readwrite');
    S.tx = tx;
    S.pending++;
    var done = false;
    function finish(ok, err) {
      if (done) return;
      done = true;
      if (!ok) S.failure = classify(err);
      else S.writes++;
      S.pending--;
      settle();
      // Storage takes writes: a plan whose write failed earlier is retried now.
      // (Only a transaction that wrote something: a refused put leaves an empty one.)
      if (ok && tx.dcPuts > 0) callApp('dc_store_wrote');
    }
    tx.oncomplete = function () { finish(true); };
    tx.onabort = function () { finish(false, tx.error); };
    tx.onerror = function () { /* onabort follows with the reason */ };
    // Next task: a new transaction (this one commits on its own when idle).
    Promise.resolve().then(function () { if (S.tx === tx) S.tx = null; });
    return tx;
  }

  //---------------------------------------------------------------------------
  // [SECTION] localStorage and memory back ends
  //---------------------------------------------------------------------------
  function hasLocalStorage() {
    try {
      var k = '__dc_probe__';
      window.localStorage.setItem(k, '1');
      window.localStorage.removeItem(k);
      return true;
    } catch (e) { return false; }
  }
  function loadLocalStorage() {
    var ls = window.localStorage;
    for (var i = 0; i < ls.length; i++) {
      var k = ls.key(i);
      if (k && k.indexOf(PREFIX) === 0) S.map.set(k, ls.getItem(k));
    }
  }

  // The page decides before the program starts whether to fetch the second
  // part of the WebAssembly at once (English texts are in it: web/glue.js,
  // englishChosen), and IndexedDB cannot be read that early.  So the language
  // of the preferences ("dc.prefs", the one place it is kept) is copied to a
  // localStorage key the page reads synchronously.  Only a hint: if it is
  // missing, English arrives a moment later.
  function mirrorLanguage(prefsText) {
    try {
      var lang = JSON.parse(prefsText).language;
      if (lang === 'en' || lang === 'vi') window.localStorage.setItem('diemcau.language', lang);
    } catch (e) { /* no localStorage, or damaged preferences: no hint */ }
  }

  //---------------------------------------------------------------------------
  // [SECTION] the interface used by kv_store_web.cpp
  //---------------------------------------------------------------------------
  var api = {
    backend: function () { return S.otherTab ? 'other-tab' : S.backend; },
    // True in a second tab too: it reads the plans (writes are refused, and the app asks backend() why).
    available: function () { return S.backend !== 'memory'; },
    get: function (k) { return S.map.has(k) ? S.map.get(k) : null; },
    // '' = accepted; 'quota' / 'unavailable' = refused now.  With IndexedDB a
    // refusal can also come later, through takeFailure().
    put: function (k, v) {
      // Kept in any case: after a crash the page can still offer it as a file (web/glue.js).
      if (k.indexOf(PREFIX + 'plan.') === 0) S.lastPlan = { k: k, v: v, ok: false };
      var r = api.putNow(k, v);
      if (r === '' && S.lastPlan && S.lastPlan.k === k) S.lastPlan.ok = true;
      if (r === '' && k === PREFIX + 'prefs') mirrorLanguage(v);
      return r;
    },
    putNow: function (k, v) {
      if (S.otherTab) return 'unavailable';
      if (S.backend === 'indexeddb') {
        var tx;
        try { tx = writeTx(); tx.objectStore(DB_STORE).put(v, k); }
        catch (e) { return classify(e); }
        tx.dcPuts = (tx.dcPuts || 0) + 1;
        S.map.set(k, v);
        return '';
      }
      if (S.backend === 'localstorage') {
        try { window.localStorage.setItem(k, v); }
        catch (e) { return classify(e); }
        S.map.set(k, v);
        return '';
      }
      return 'unavailable';
    },
    remove: function (k) {
      if (S.otherTab) return false;
      S.map.delete(k);
      try {
        if (S.backend === 'indexeddb') writeTx().objectStore(DB_STORE).delete(k);
        else if (S.backend === 'localstorage') window.localStorage.removeItem(k);
      } catch (e) { return false; }
      return true;
    },
    keys: function (prefix) {
      var out = [];
      S.map.forEach(function (v, k) { if (k.indexOf(prefix) === 0) out.push(k); });
      return out;
    },
    // Commits the current task's transaction now (page hide / close: the
    // writes must not wait for the task to end).
    commit: function () {
      var tx = S.tx;
      S.tx = null;
      if (tx && typeof tx.commit === 'function') { try { tx.commit(); } catch (e) { /* already committing */ } }
    },
    // The plan-file text of the newest plan slot value written (or refused), '' if none.
    lastPlanText: function () {
      var v = S.lastPlan ? S.lastPlan.v : '';
      var nl = v.indexOf('\n');
      return v.indexOf('DCS1 ') === 0 && nl > 0 ? v.slice(nl + 1) : '';
    },
    takeFailure: function () { var f = S.failure; S.failure = ''; return f; },
    // Resolves when every write so far has reached the disk (or failed).
    whenIdle: function () {
      return new Promise(function (r) { S.idleWaiters.push(r); settle(); });
    },
    stats: function () {
      return { backend: S.backend, keys: S.map.size, pending: S.pending, writes: S.writes, otherTab: S.otherTab };
    },
  };

  //---------------------------------------------------------------------------
  // [SECTION] start-up
  //---------------------------------------------------------------------------
  // main() waits for the library to be in memory: the first frame already
  // shows the plan the user left, never a template that is then swapped.
  // The dependency is taken in preRun: while this pre-js runs, Emscripten's
  // dependency counter is not initialised yet (it is reset after us).
  //
  // One tab writes at a time.  Each tab keeps its own copy of the library in
  // memory, so two tabs writing would overwrite each other's index (a plan
  // made in one would vanish from the list of the other).  The first tab
  // holds a Web Lock for its whole life; a later tab reads the plans but
  // refuses every write, and the app says why (backend() = 'other-tab').
  // That later tab keeps its edits in memory and waits in the lock's queue:
  // once the first tab goes away it holds the lock, reads the storage again
  // (the other tab wrote since) and the app writes its edits
  // (dc_store_taken_over → autosave_took_over_storage).
  // A site's request link ("#dcq=…") opens the site's answer form, not the
  // planner: it neither takes the lock (a planner tab of this browser keeps
  // writing) nor reads the planner's plans; it runs on memory only and keeps
  // its answer apart (platform_web.cpp, localStorage "diemcau.reply.*").
  var siteForm = typeof location !== 'undefined' && (location.hash || '').indexOf('#dcq=') === 0;
  var lockKnown = siteForm ? Promise.resolve(true)
    : (typeof navigator !== 'undefined' && navigator.locks && navigator.locks.request)
    ? new Promise(function (resolve) {
      try {
        navigator.locks.request('diem-cau-store', { ifAvailable: true }, function (lock) {
          resolve(!!lock);
          return lock ? new Promise(function () { /* held until the page goes away */ }) : null;
        }).catch(function () { resolve(true); });
      } catch (e) { resolve(true); }
    })
    : Promise.resolve(true);   // no Web Locks (old browser): as before, one copy per tab
  var loaded = false, done = false, waiting = false;
  Module['preRun'] = [].concat(Module['preRun'] || [], [function () {
    if (!done) { waiting = true; addRunDependency('dc-store'); }
  }]);
  function ready(backend) {
    if (loaded) return;
    S.backend = backend;
    loaded = true;
    lockKnown.then(function (mine) {
      S.otherTab = !mine;
      done = true;
      if (waiting) { waiting = false; removeRunDependency('dc-store'); }
      if (!mine) waitForLock();
    });
  }
  // Queued behind the tab that holds the lock (no ifAvailable): granted when it goes away.
  function waitForLock() {
    try {
      navigator.locks.request('diem-cau-store', function () {
        var reread, fresh = new Map();
        if (S.backend === 'indexeddb' && S.db) reread = loadAll(S.db, fresh);
        else { if (S.backend === 'localstorage') { S.map = fresh; loadLocalStorage(); } reread = Promise.resolve(); }
        reread.then(function () {
          if (S.backend === 'indexeddb') S.map = fresh;
          S.otherTab = false;
          callApp('dc_store_taken_over');
        }, function (e) {
          console.warn('re-reading the storage failed: ' + (e && e.message));
          S.otherTab = false;
          S.backend = 'memory';
          callApp('dc_store_taken_over');
        });
        return new Promise(function () { /* held until the page goes away */ });
      }).catch(function () {});
    } catch (e) { /* no Web Locks: never other-tab */ }
  }
  function fallback(why) {
    if (why) console.warn('IndexedDB unavailable (' + why + '); using localStorage');
    if (hasLocalStorage()) { loadLocalStorage(); ready('localstorage'); }
    else ready('memory');
  }
  if (siteForm) ready('memory');
  else if (typeof indexedDB === 'undefined' || !indexedDB) fallback('no indexedDB');
  else {
    // A browser whose IndexedDB never answers must not keep the app from starting.
    var guard = setTimeout(function () { if (!loaded) { S.db = null; fallback('no answer in 4 s'); } }, 4000);
    openIdb().then(function (db) {
      if (loaded) { db.close(); return; }
      clearTimeout(guard);
      S.db = db;
      // Another tab upgrading the database: let it, and stop writing here.
      db.onversionchange = function () { db.close(); S.backend = 'memory'; S.failure = 'unavailable'; };
      return loadAll(db).then(function () { ready('indexeddb'); });
    }).catch(function (e) { clearTimeout(guard); S.db = null; if (!loaded) fallback(e && (e.message || e.name)); });
  }
  return api;
})();
