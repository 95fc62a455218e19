// sw.js — the service worker: after one visit, Điểm Cầu opens with the network off.
//
// The build (tools/stamp_offline.py) writes dist/sw.js from this file with the
// build id and the list of files filled in.  The cache is named after the build,
// so a new build means a new sw.js (the browser sees it changed), a new cache
// filled in the background, and — once the page says so — the old cache removed.
// Nothing is fetched from the network when a cached copy exists (cache first):
// the app never half-updates with a mix of old and new files.
//
// Update flow: the new worker installs and waits; web/sw-register.js sees it
// and the app shows "a new version is ready — reload"; the reload button posts
// 'skip-waiting', the new worker activates, removes the old caches, and the
// page reloads onto the new files.
'use strict';
var BUILD = '__DC_BUILD__';
var FILES = __DC_FILES__;
var CACHE = 'diem-cau-' + BUILD;

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    // cache: 'no-cache' — the HTTP cache may hold the old build, so every file is
    // checked with the server; an unchanged one (the page has just fetched it)
    // comes back as "304 Not Modified" instead of being downloaded a second time.
    return cache.addAll(FILES.map(function (f) { return new Request(f, { cache: 'no-cache' }); }));
  }));
  // The first install has no page to disturb: take over at once.  Later ones wait for the user.
  if (!self.registration.active) self.skipWaiting();
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k.indexOf('diem-cau-') === 0 && k !== CACHE; })
      .map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener('message', function (event) {
  if (event.data && event.data.type === 'skip-waiting') self.skipWaiting();
  if (event.data && event.data.type === 'build' && event.ports[0]) event.ports[0].postMessage(BUILD);
});

self.addEventListener('fetch', function (event) {
  var req = event.request;
  if (req.method !== 'GET') return;
  var url = new URL(req.url);
  if (url.origin !== self.location.origin) return;
  // The page itself (any query string): the cached index.html.
  var key = req.mode === 'navigate' ? './' : req;
  event.respondWith(caches.open(CACHE).then(function (cache) {
    return cache.match(key, { ignoreSearch: req.mode === 'navigate' }).then(function (hit) {
      return hit || fetch(req);
    });
  }));
});
