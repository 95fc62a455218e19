// sw-register.js — registers the service worker (web/sw.js) and tells the app
// when a new version is waiting (src/platform/offline_web.cpp reads
// window.dcUpdateReady and calls window.dcApplyUpdate).  Not used by the
// one-file app (file:// has no service workers).
(function () {
  'use strict';
  window.dcUpdateReady = false;
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  var reg = null, reloading = false;

  function redraw() {
    var M = window.Module;
    if (M && typeof M._dc_offline_redraw === 'function') M._dc_offline_redraw();
  }
  function waitingFound() {
    // Only an update: on the first visit there is no controller and nothing to replace.
    if (!reg || !reg.waiting || !navigator.serviceWorker.controller) return;
    window.dcUpdateReady = true;
    redraw();
  }
  function watch(worker) {
    if (!worker) return;
    worker.addEventListener('statechange', function () { if (worker.state === 'installed') waitingFound(); });
  }
  window.dcApplyUpdate = function () {
    if (reg && reg.waiting) reg.waiting.postMessage({ type: 'skip-waiting' });
    else location.reload();
  };
  navigator.serviceWorker.addEventListener('controllerchange', function () {
    // The new worker took over after the user asked for it: load the new files.
    if (window.dcUpdateReady && !reloading) { reloading = true; location.reload(); }
  });
  // Registered once the app has drawn its first frame (the loading note is gone),
  // not at 'load': the worker's install downloads every file again (cache:
  // 'reload'), and on a slow line that would share the bandwidth with the
  // program the user is waiting for.  Fallback: 15 s after 'load'.
  function afterFirstFrame(fn) {
    var done = false, mo = null;
    function go() { if (done) return; done = true; if (mo) mo.disconnect(); fn(); }
    function shown() { var el = document.getElementById('dc-loading'); return !el || el.classList.contains('gone'); }
    window.addEventListener('load', function () {
      if (shown()) { go(); return; }
      var el = document.getElementById('dc-loading');
      mo = new MutationObserver(function () { if (shown()) go(); });
      mo.observe(el, { attributes: true, attributeFilter: ['class'] });
      setTimeout(go, 15000);
    });
  }
  afterFirstFrame(function () {
    navigator.serviceWorker.register('sw.js').then(function (r) {
      reg = r;
      waitingFound();
      r.addEventListener('updatefound', function () { watch(r.installing); });
      watch(r.installing);
      // Look for a new version when the user comes back to the tab, at most hourly.
      var last = Date.now();
      document.addEventListener('visibilitychange', function () {
        if (document.visibilityState === 'visible' && Date.now() - last > 3600e3) { last = Date.now(); r.update(); }
      });
    }).catch(function (e) { console.warn('service worker not registered: ' + e); });
  });
})();
