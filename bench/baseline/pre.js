// pre.js — the baseline page's JavaScript (bench/baseline/main.cpp): fetches
// the app's font files in parallel with the wasm, as web/glue.js does, and
// exposes window.dcTest.isReady / renderCount like the app, for bench/bench.mjs.
var bl = Module['bl'] = { fonts: [], renders: 0 };
bl.fontFiles = ['fonts/NotoSans-Regular.ttf', 'fonts/NotoSans-Bold.ttf',
                'fonts/NotoSansSymbols2.ttf', 'fonts/NotoSansMath.ttf'];
bl.fontsLoaded = Promise.all(bl.fontFiles.map(function (f) {
  return fetch(f).then(function (r) { return r.ok ? r.arrayBuffer() : new ArrayBuffer(0); });
}));
Module['preRun'] = [].concat(Module['preRun'] || [], [function () {
  addRunDependency('bl-fonts');
  bl.fontsLoaded.then(function (bufs) {
    bl.fonts = bufs.map(function (b) { return new Uint8Array(b); });
    removeRunDependency('bl-fonts');
  });
}]);
window['dcTest'] = {
  isReady: false,
  renderCount: function () { return bl.renders; },
  heapBytes: function () { return HEAP8.length; },
};
bl.markReady = function () {
  window['dcTest'].isReady = true;
  var el = document.getElementById('dc-loading');
  if (el) el.classList.add('gone');
};
