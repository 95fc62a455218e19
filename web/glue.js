// glue.js — the JavaScript half of Điểm Cầu's web platform layer.
// Linked with --pre-js, so it runs inside the Emscripten module (it can use
// _malloc, UTF8ToString, addRunDependency …) before main().  The C++ half is
// src/platform/platform_web.cpp, which calls the functions below through EM_JS.
//
// [SECTION] helpers
// [SECTION] later        — web/glue-later.js, the rest of this glue, fetched after the first frame
// [SECTION] fonts        — fetched in parallel with the wasm, handed to C++ as bytes
// [SECTION] english      — the English texts (data/en.strings), fetched after the first frame
// [SECTION] deferred     — the second part of the program, fetched after the first frame
// [SECTION] text bridge  — hidden <textarea>: composition, insertText, paste, copy
// [SECTION] files        — download, file picker, drag and drop
// [SECTION] storage, print, share, URLs, dates
// [SECTION] test hooks   — window.dcTest (docs/test-hooks.md)
// [SECTION] leaving and crashes — ask before unsaved edits are dropped; a crash explained

var dcGlue = Module['dcGlue'] = {};

//-----------------------------------------------------------------------------
// [SECTION] helpers
//-----------------------------------------------------------------------------
// A JS string → a malloc'ed UTF-8 C string; the caller frees it.
dcGlue.cstr = function (s) {
  var n = lengthBytesUTF8(s) + 1, p = _malloc(n);
  stringToUTF8(s, p, n);
  return p;
};
// Bytes → malloc'ed copy; the caller frees it.
dcGlue.cbytes = function (u8) {
  var p = _malloc(Math.max(1, u8.length));
  HEAPU8.set(u8, p);
  return p;
};
dcGlue.nfc = function (s) { return typeof s.normalize === 'function' ? s.normalize('NFC') : s; };

//-----------------------------------------------------------------------------
// [SECTION] later
//-----------------------------------------------------------------------------
// What only a user's action or a crash calls (clipboard, downloads, the file
// picker, links, printing, addresses, the crash message) is in
// web/glue-later.js: fetched after the first frame (dcGlue.markReady), so the
// first frame does not wait for its bytes.  Until it has run, each of its
// functions is a stand-in that fetches it and then makes the call.  Fetched
// and run as text, so that the one-file app (tools/make_onefile.py) answers
// the fetch from its embedded copy; the service worker caches it.
dcGlue.laterNames = ['copy', 'readClipboard', 'download', 'deliverFile', 'openPicker', 'makeLink', 'print',
                     'openUrl', 'crashed'];
dcGlue.later = null;
dcGlue.loadLater = function () {
  if (!dcGlue.later) {
    dcGlue.later = fetch('glue-later.js').then(function (r) {
      if (!r.ok) throw new Error('glue-later.js: HTTP ' + r.status);
      return r.text();
    }).then(function (text) {
      var s = document.createElement('script');
      s.textContent = text;
      document.head.appendChild(s);   // runs now, replacing the stand-ins
    });
    dcGlue.later.catch(function (e) {
      console.warn('Điểm Cầu: ' + e.message);
      dcGlue.later = null;            // the next call tries again
    });
  }
  return dcGlue.later;
};
dcGlue.laterNames.forEach(function (name) {
  var standIn = dcGlue[name] = function () {
    var args = arguments;
    dcGlue.loadLater().then(function () {
      if (dcGlue[name] !== standIn) dcGlue[name].apply(null, args);
    }, function () {
      // Not to be had (the network went before it arrived): a crash still
      // says so; anything else can be done again once it is back.
      if (name === 'crashed' && window.dcShowFailure) {
        window.dcShowFailure('Điểm Cầu gặp lỗi và đã dừng. Hãy tải lại trang (F5). (Điểm Cầu stopped: reload the page.)');
      }
    });
  };
});

//-----------------------------------------------------------------------------
// [SECTION] fonts
//-----------------------------------------------------------------------------
// Order matters: platform_web.cpp reads them by index (see kFont* in src/ui/shell/theme.h).
dcGlue.fontFiles = ['fonts/NotoSans-Regular.ttf', 'fonts/NotoSans-Bold.ttf',
                    'fonts/NotoSansSymbols2.ttf', 'fonts/NotoSansMath.ttf'];
dcGlue.fonts = [];
// The fetch starts now, in parallel with the wasm download; main() waits for it
// through a run dependency taken in preRun (the module's dependency counter is
// not initialised yet while this pre-js runs).
dcGlue.fontsLoaded = Promise.all(dcGlue.fontFiles.map(function (f) {
  return fetch(f).then(function (r) {
    if (!r.ok) throw new Error(f + ': HTTP ' + r.status);
    return r.arrayBuffer();
  });
}));
Module['preRun'] = [].concat(Module['preRun'] || [], [function () {
  addRunDependency('dc-fonts');
  dcGlue.fontsLoaded.then(function (bufs) {
    dcGlue.fonts = bufs.map(function (b) { return new Uint8Array(b); });
    removeRunDependency('dc-fonts');
  }, function (err) {
    var el = document.getElementById('dc-loading');
    if (el) el.textContent = 'Không tải được phông chữ (' + err.message + '). Hãy tải lại trang.';
    console.error(err);
  });
}]);

//-----------------------------------------------------------------------------
// [SECTION] english
//-----------------------------------------------------------------------------
// The program has no English texts of its own (src/ui/shell/english_file.h): they
// are a file, fetched right after the first frame — or, when English was
// chosen on an earlier visit, now, and main() waits for it (a run dependency),
// so that the first frame is already in English.  If it cannot be had the
// interface stays Vietnamese and the language switch says why.
dcGlue.english = { url: 'data/en.strings', bytes: null, fetching: null, delivered: false };
// 'diemcau.language' is a copy of the preferences' language (web/store.js,
// mirrorLanguage): IndexedDB cannot be read this early.  'diemcau.pref.language'
// is where older versions kept it (handed over once, then removed).
dcGlue.englishChosen = function () {
  try {
    var ls = window.localStorage;
    return (ls.getItem('diemcau.language') || ls.getItem('diemcau.pref.language')) === 'en';
  } catch (e) { return false; }
};
dcGlue.fetchEnglish = function () {
  var e = dcGlue.english;
  if (!e.fetching) {
    e.fetching = fetch(e.url).then(function (r) {
      if (!r.ok) throw new Error(e.url + ': HTTP ' + r.status);
      return r.arrayBuffer();
    }).then(function (b) { e.bytes = new Uint8Array(b); }, function (err) {
      console.warn('Điểm Cầu: English texts not loaded (' + err.message + ')');
      e.fetching = null;   // a later call tries again
    });
  }
  return e.fetching;
};
// Into the program (only once it runs: _dc_english_arrived is a C++ function).
dcGlue.deliverEnglish = function () {
  var e = dcGlue.english;
  if (e.delivered) return;
  if (!e.bytes) { _dc_english_arrived(0, -1); return; }
  e.delivered = true;
  var p = dcGlue.cbytes(e.bytes);
  _dc_english_arrived(p, e.bytes.length);
  _free(p);
};
if (dcGlue.englishChosen()) {
  dcGlue.fetchEnglish();
  Module['preRun'] = [].concat(Module['preRun'] || [], [function () {
    addRunDependency('dc-english');
    dcGlue.fetchEnglish().then(function () { removeRunDependency('dc-english'); });
  }]);
  // main() reads the preference and draws the first frame: the texts go in just before.
  Module['onRuntimeInitialized'] = function () { if (dcGlue.english.bytes) dcGlue.deliverEnglish(); };
}
// After the first frame (dcGlue.markReady).
dcGlue.laterEnglish = function () {
  if (dcGlue.english.delivered) return;
  (dcGlue.fetchEnglish() || Promise.resolve()).then(dcGlue.deliverEnglish);
};

//-----------------------------------------------------------------------------
// [SECTION] deferred
//-----------------------------------------------------------------------------
// The build splits the WebAssembly (tools/split_wasm.mjs): diemcau.wasm holds
// what the first screen runs; diemcau.deferred.wasm the rest (exporters, the
// other panels, …).  Calls into the second part go through placeholders until
// it is instantiated with the first part's exports; instantiating it fills the
// shared function table, and from then on calls go straight through.
//  - on a first visit (network) it is fetched and compiled in the background
//    right after the first frame, and instantiated between frames;
//  - when the page comes from the service worker's cache (every visit after
//    the first, online or not) it is compiled before main() starts, in
//    parallel with the first part: it is local, so this costs little, and the
//    program never has to fetch it on the spot — which would not work offline:
//    a synchronous request does not go through the service worker;
//  - if the program needs it sooner (the user clicked within that moment),
//    Module.loadSplitModule below gets it on the spot: a synchronous request
//    (the main thread waits, as it would have for a whole program) and a
//    synchronous compile.
// The one-file app (tools/make_onefile.py) hands the bytes in as
// Module.dcDeferredBytes.  A program that was not split (DC_SPLIT=OFF, or the
// split could not run) has no second part and never fetches one.
dcGlue.deferred = { url: 'diemcau.deferred.wasm', split: false, module: null, instance: null,
                    pending: null, onDemand: false, error: '' };
// Split at all?  wasm-split's first part exports what the second imports
// under names that start with '%' (tools/split_wasm.mjs, --export-prefix).
dcGlue.isSplit = function () {
  return !!Module['asm'] && Object.keys(Module['asm']).some(function (k) { return k.charAt(0) === '%'; });
};
// Service worker: compiled before main() (a run dependency), once the first
// part — compiled by index.html (window.dcProgram) — shows it was split.
if (typeof navigator === 'object' && window['dcProgram'] &&
    navigator.serviceWorker && navigator.serviceWorker.controller) {
  Module['preRun'] = [].concat(Module['preRun'] || [], [function () {
    addRunDependency('dc-deferred');
    window['dcProgram'].then(function (program) {
      if (!WebAssembly.Module.exports(program).some(function (e) { return e.name.charAt(0) === '%'; })) return;
      return fetch(dcGlue.deferred.url, { credentials: 'same-origin' }).then(function (r) {
        if (!r.ok) throw new Error('HTTP ' + r.status);
        return r.arrayBuffer();
      }).then(function (b) { return WebAssembly.compile(b); }).then(function (mod) {
        dcGlue.deferred.module = mod;
      });
    }).catch(function () {}).then(function () { removeRunDependency('dc-deferred'); });
  }]);
}
dcGlue.fetchDeferred = function () {
  var d = dcGlue.deferred;
  d.split = dcGlue.isSplit();
  // window.dcTestNoPrefetch (tests/browser/split.test.mjs): leave it to the on-the-spot path.
  if (!d.split || d.pending || window['dcTestNoPrefetch']) return;
  if (d.module) { dcGlue.instantiateDeferred(); return; }   // compiled before main() (service worker)
  var compiled;
  if (Module['dcDeferredBytes']) {
    compiled = WebAssembly.compile(Module['dcDeferredBytes']);
  } else {
    compiled = fetch(d.url, { credentials: 'same-origin' }).then(function (r) {
      if (!r.ok) throw new Error(d.url + ': HTTP ' + r.status);
      var copy = r.clone();
      return WebAssembly.compileStreaming(r).catch(function () {
        return copy.arrayBuffer().then(function (b) { return WebAssembly.compile(b); });
      });
    });
  }
  d.pending = compiled.then(function (mod) {
    if (!d.module) d.module = mod;
    dcGlue.instantiateDeferred();
  }, function (e) {
    d.pending = null;
    d.error = String(e && e.message || e);
    console.warn('Điểm Cầu: the second part of the program is not here yet (' + d.error + ')');
    // Again in a few seconds, or as soon as the network is back (until then a
    // view that needs it fetches it on the spot).
    if (!d.retry) {
      d.retry = function () { window.removeEventListener('online', d.retry); d.retry = null; dcGlue.fetchDeferred(); };
      window.addEventListener('online', d.retry);
      setTimeout(function () { if (d.retry) d.retry(); }, 3000);
    }
  });
};
// Between frames, once both parts are there.
dcGlue.instantiateDeferred = function () {
  var d = dcGlue.deferred;
  if (d.instance || !d.module || !Module['asm']) return;
  d.instance = new WebAssembly.Instance(d.module, { 'primary': Module['asm'] });
  _dc_later_code_arrived();   // the work that waited for it (platform::later_code_ready) runs now
};
// platform::later_code_ready(): the second part is there, or there is none, or
// the first frame is 5 s old (then the code is fetched on the spot).  While
// tools/split_wasm.mjs records what the first screen runs (window.dcSplitProfiling),
// never: what waits for the second part must not be counted in the first.
dcGlue.firstFrameAt = 0;
// window.dcTestNoPrefetch (tests) turns the 5 s fallback off too: the tests
// then decide when the second part comes, whatever the machine's speed.
dcGlue.laterCodeReady = function () {
  if (window['dcSplitProfiling']) return false;
  if (dcGlue.deferred.instance) return true;
  if (!dcGlue.firstFrameAt) return false;
  if (!dcGlue.isSplit()) return true;
  return !window['dcTestNoPrefetch'] && performance.now() - dcGlue.firstFrameAt >= 5000;
};
// Emscripten's placeholder handler calls this (file, imports, the function
// wanted) when the program reaches the second part before it was instantiated.
Module['loadSplitModule'] = function (file, imports) {
  var d = dcGlue.deferred;
  if (!d.instance) {
    if (!d.module) {
      var bytes = Module['dcDeferredBytes'];
      if (!bytes) {
        // Synchronous: the call is waiting inside the WebAssembly.  Binary over
        // a synchronous request needs the "x-user-defined" charset trick (a
        // window may not set responseType on synchronous requests).
        var xhr = new XMLHttpRequest();
        try {
          xhr.open('GET', d.url, false);
          xhr.overrideMimeType('text/plain; charset=x-user-defined');
          xhr.send(null);
          if (xhr.status !== 200 && xhr.status !== 0) throw new Error(d.url + ': HTTP ' + xhr.status);
        } catch (e) {
          // The program cannot go on without it (the call is waiting): say why.  The
          // plan is in the browser's storage (saved within a second of each edit).
          if (window.dcShowFailure) {
            window.dcShowFailure('Mất kết nối mạng trước khi Điểm Cầu tải xong. Hãy kết nối lại rồi tải lại trang (F5); ' +
              'kế hoạch đã được lưu trong trình duyệt. (The connection dropped before Điểm Cầu finished loading: ' +
              'reconnect and reload; your plan is kept in this browser.)');
          }
          dcGlue.deferredFailed = true;
          throw e;
        }
        var text = xhr.responseText;
        bytes = new Uint8Array(text.length);
        for (var i = 0; i < text.length; ++i) bytes[i] = text.charCodeAt(i) & 0xff;
      }
      d.module = new WebAssembly.Module(bytes);
      d.onDemand = true;
    }
    d.instance = new WebAssembly.Instance(d.module, imports);
  }
  return [d.instance, d.module];
};

//-----------------------------------------------------------------------------
// [SECTION] text bridge
//-----------------------------------------------------------------------------
// SDL builds text only from `keypress`, which input methods, insertText and
// paste never produce; it also preventDefault()s Ctrl+key, so the browser
// never pastes.  A real, focusable textarea receives that text; we read the
// *committed* text (input / compositionend, never keydown), normalise it to
// NFC and push it into SDL's event queue (_dc_bridge_text) so it stays in
// order with the key events around it.  Plain typing still arrives through
// SDL's keypress (which prevents the textarea from getting the same letter).
dcGlue.textActive = false;
dcGlue.multiline = false;
dcGlue.maxText = 100000;   // platform::kMaxTextInput (set by dc_js_init)
dcGlue.initText = function () {
  var ta = document.getElementById('dc-text');
  if (!ta) return;
  dcGlue.ta = ta;
  var composing = false, modDown = false, heldPaste = null;

  function send(s) {
    if (!s) return;
    s = dcGlue.nfc(s);
    // Too long to enter at once (a whole document pasted into one field): refuse
    // it whole and let the app say so; the field keeps what it had.
    if (s.length > dcGlue.maxText) {
      var n = Array.from(s).length;   // characters, not UTF-16 units (no for…of: emcc's minifier breaks it)
      if (n > dcGlue.maxText) { _dc_bridge_text_refused(n); return; }
    }
    if (!dcGlue.multiline) s = s.replace(/\r\n|\r|\n|\t/g, ' ');
    else s = s.replace(/\r\n|\r/g, '\n');
    var p = dcGlue.cstr(s);
    _dc_bridge_text(p);
    _free(p);
  }
  function takeValue() {
    var v = ta.value;
    ta.value = '';
    send(v);
  }
  function flushPaste() {
    if (heldPaste === null || modDown) return;
    var s = heldPaste; heldPaste = null;
    send(s);
  }

  ta.addEventListener('compositionstart', function () { composing = true; });
  ta.addEventListener('compositionend', function () { composing = false; takeValue(); });
  ta.addEventListener('input', function (e) {
    if (composing || e.isComposing) return;      // marked text: wait for the commit
    takeValue();
  });
  // Backspace / Delete that reach the bridge instead of SDL: phone keyboards
  // (every key is keyCode 229) and input methods that own the key (see the
  // keydown filter below).  The bridge is empty, so the browser would delete
  // nothing: hand the field the key instead.
  ta.addEventListener('beforeinput', function (e) {
    if (composing || e.isComposing || ta.value !== '') return;
    var code = e.inputType === 'deleteContentBackward' ? 'Backspace'
             : e.inputType === 'deleteContentForward' ? 'Delete' : '';
    if (!code) return;
    e.preventDefault();
    ['keydown', 'keyup'].forEach(function (type) {
      ta.dispatchEvent(new KeyboardEvent(type, { key: code, code: code, bubbles: true }));
    });
  });
  ta.addEventListener('paste', function (e) {
    e.preventDefault();
    var s = (e.clipboardData && e.clipboardData.getData('text/plain')) || '';
    if (!s) return;
    if (!dcGlue.textActive) {   // no field is being edited: the panel gets the whole block
      e.stopPropagation();
      dcGlue.deliverPaste(s, e.clipboardData.getData('text/html'));
      ta.blur();
      return;
    }
    // ImGui's InputText ignores characters while Ctrl is held: keep the text
    // until the modifier is released (its key-up is then ahead in the queue).
    heldPaste = (heldPaste || '') + s;
    setTimeout(flushPaste, 0);
  });
  dcGlue.initBridgeSwipe(ta);
  // Capture phase on window runs before SDL's listeners.
  window.addEventListener('keydown', function (e) {
    modDown = e.ctrlKey || e.metaKey;
    // Keys that belong to an input method (composing: Backspace or Enter editing
    // the marked text; Chrome reports them as "Process", keyCode 229): the IME
    // handles them and commits text later.  SDL must not see them, or the field
    // would lose a letter to a Backspace meant for the marked text.
    if (composing || e.isComposing || e.keyCode === 229 || e.key === 'Process') {
      e.stopImmediatePropagation();
      return;
    }
    if (modDown && !e.altKey && (e.code === 'KeyV' || e.key === 'v' || e.key === 'V')) {
      if (document.activeElement !== ta) ta.focus({ preventScroll: true });
      // Keep SDL from seeing (and preventDefault()-ing) Ctrl+V: the browser then
      // pastes into the textarea and fires `paste` above.
      e.stopImmediatePropagation();
    }
  }, true);
  window.addEventListener('keyup', function (e) {
    modDown = e.ctrlKey || e.metaKey;
    if (!modDown && heldPaste !== null) setTimeout(flushPaste, 0);
  }, true);
  window.addEventListener('blur', function () { modDown = false; setTimeout(flushPaste, 0); });
  // A paste aimed at the page rather than the bridge (the browser's Edit menu,
  // or a test dispatching a paste event): the panel on show gets it.
  window.addEventListener('paste', function (e) {
    if (e.target === ta || dcGlue.textActive) return;
    var s = (e.clipboardData && e.clipboardData.getData('text/plain')) || '';
    var h = (e.clipboardData && e.clipboardData.getData('text/html')) || '';
    e.preventDefault();
    if (s || h) dcGlue.deliverPaste(s, h);
  });
};

// A swipe that starts on the caret of the field being edited lands on the
// bridge (it follows the caret, so that phone keyboards and input methods
// place themselves by it), not on the canvas, where SDL turns a finger into the
// drag that scrolls the site's form.  Once the finger has moved
// like a swipe rather than a tap, its touches are handed to the canvas as if
// they had started there; a tap stays the bridge's.
dcGlue.initBridgeSwipe = function (ta) {
  var SLOP = 8;        // CSS px a tapping finger may wander (ImGui's drag starts at 10)
  var down = null;     // the finger that went down on the bridge: {t: its first point, on: handed over}
  function point(t) {
    return { identifier: t.identifier, clientX: t.clientX, clientY: t.clientY, screenX: t.screenX,
             screenY: t.screenY, pageX: t.pageX, pageY: t.pageY };
  }
  function ours(list) {
    for (var i = 0; i < list.length; ++i) if (list[i].identifier === down.t.identifier) return list[i];
    return null;
  }
  function toCanvas(type, p) {
    var c = document.getElementById('canvas');
    if (!c || typeof Touch !== 'function' || typeof TouchEvent !== 'function') return;
    var init = point(p);
    init.target = c;
    var touch = new Touch(init), held = type === 'touchend' ? [] : [touch];
    c.dispatchEvent(new TouchEvent(type, { touches: held, targetTouches: held, changedTouches: [touch],
                                           bubbles: true, cancelable: true }));
  }
  ta.addEventListener('touchstart', function (e) {
    down = e.touches.length === 1 ? { t: point(e.changedTouches[0]), on: false } : null;   // two fingers: the browser's
  }, { passive: true });
  ta.addEventListener('touchmove', function (e) {
    var t = down && ours(e.changedTouches);
    if (!t) return;
    if (!down.on) {
      if (Math.abs(t.clientX - down.t.clientX) < SLOP && Math.abs(t.clientY - down.t.clientY) < SLOP) return;
      down.on = true;
      toCanvas('touchstart', down.t);
    }
    if (e.cancelable) e.preventDefault();   // no text selection in the bridge meanwhile
    toCanvas('touchmove', t);
  }, { passive: false });
  function end(e) {
    var t = down && ours(e.changedTouches);
    if (!t) return;   // another finger lifted
    if (down.on) toCanvas('touchend', t);
    down = null;
  }
  ta.addEventListener('touchend', end);
  ta.addEventListener('touchcancel', end);
};

// Pasted text while no text field is edited → platform::take_paste(); its
// HTML flavour (tables from Word, Excel, Docs keep merged cells there), if
// any, first → platform::take_paste_html().
dcGlue.deliverPaste = function (s, html) {
  var h = dcGlue.cstr(html ? dcGlue.nfc(html) : '');
  _dc_paste_html_received(h);
  _free(h);
  var p = dcGlue.cstr(dcGlue.nfc(s));
  _dc_paste_received(p);
  _free(p);
};
// Called by C++ while a text field is being edited (and once when it stops).
dcGlue.textFocus = function (active, x, y, w, h, multiline) {
  var ta = dcGlue.ta;
  dcGlue.textActive = !!active;
  dcGlue.multiline = !!multiline;
  if (!ta) return;
  if (active) {
    // Follow the field, so IME candidate windows and phone keyboards appear next to it.
    ta.style.left = x + 'px'; ta.style.top = y + 'px';
    ta.style.width = Math.max(1, w) + 'px'; ta.style.height = Math.max(1, h) + 'px';
    if (document.activeElement !== ta) ta.focus({ preventScroll: true });
  } else if (document.activeElement === ta) {
    ta.value = '';
    ta.blur();
  }
};

//-----------------------------------------------------------------------------
// [SECTION] files
//-----------------------------------------------------------------------------
dcGlue.initDrop = function () {
  // The app shows where to drop while files are over the page.  dragenter and
  // dragleave fire for every element crossed, so they are counted.
  var depth = 0;
  function hasFiles(e) {
    var t = e.dataTransfer && e.dataTransfer.types;
    return !!t && Array.prototype.indexOf.call(t, 'Files') >= 0;
  }
  function over(on) { _dc_drag_over(on ? 1 : 0); }
  window.addEventListener('dragenter', function (e) { if (hasFiles(e) && depth++ === 0) over(true); });
  window.addEventListener('dragleave', function () { if (depth > 0 && --depth === 0) over(false); });
  window.addEventListener('dragover', function (e) { e.preventDefault(); });
  window.addEventListener('drop', function (e) {
    e.preventDefault();
    if (depth > 0) { depth = 0; over(false); }
    // Every file, in order: several sites' reply files are dropped at once.
    var files = (e.dataTransfer && e.dataTransfer.files) || [];
    for (var i = 0; i < files.length; ++i) dcGlue.deliverFile(files[i]);
  });
};

// Links: the plan in the URL's #fragment, "#plan=" + base64url(gzip(plan file)).
// CompressionStream/DecompressionStream exist in Chrome 80+, Firefox 113+,
// Safari 16.4+; without them no link is made (C++ offers the file instead).
dcGlue.linkPrefix = '#plan=';
dcGlue.unb64url = function (t) {
  t = t.replace(/-/g, '+').replace(/_/g, '/');
  while (t.length % 4) t += '=';
  var s = atob(t), u8 = new Uint8Array(s.length);
  for (var i = 0; i < s.length; ++i) u8[i] = s.charCodeAt(i);
  return u8;
};
// Inflates gzip bytes, stopping as soon as the output passes `max` bytes
// (resolves null then): a link of a few hundred KB can inflate to gigabytes,
// and holding that — in JS, then again in the program's memory — aborted the page.
// The input goes in 1 KB pieces: the browser inflates each piece it is given in
// one go, whatever has been read, so one 1 MB piece of such a link would expand
// to a gigabyte before the count could stop it (measured: 12 s).  A 1 KB piece
// inflates to at most ~1 MB (deflate's limit is ≈1032:1).
dcGlue.linkMaxBytes = 20 * 1024 * 1024;   // platform::kLinkMaxBytes (= the plan file limit)
dcGlue.inflateLimited = function (u8, max) {
  var ds = new DecompressionStream('gzip');
  var writer = ds.writable.getWriter(), reader = ds.readable.getReader();
  var chunks = [], total = 0, stopped = false, STEP = 1024;
  function ignore() { /* the stream was stopped or failed: read() reports it */ }
  function feed(at) {
    if (stopped) return;
    if (at >= u8.length) { writer.close().catch(ignore); return; }
    writer.write(u8.subarray(at, at + STEP)).then(function () { feed(at + STEP); }, ignore);
  }
  feed(0);
  function pump() {
    return reader.read().then(function (r) {
      if (r.done) {
        var out = new Uint8Array(total), at = 0;
        chunks.forEach(function (c) { out.set(c, at); at += c.length; });
        return out;
      }
      total += r.value.length;
      if (total > max) {
        stopped = true;
        chunks = [];
        reader.cancel().catch(ignore);
        writer.abort().catch(ignore);
        return null;
      }
      chunks.push(r.value);
      return pump();
    });
  }
  return pump();
};
// A "#plan=" link at start, or pasted into the address bar later (hashchange).
dcGlue.initLink = function () {
  function check() {
    var h = location.hash || '';
    if (h.indexOf(dcGlue.linkPrefix) !== 0) return;
    dcGlue.linkSeenAt = performance.now();   // (the browser tests time the answer from here)
    var data = h.slice(dcGlue.linkPrefix.length);
    // Taken out of the address bar at once: a reload must not open the plan again.
    try { history.replaceState(null, '', location.pathname + location.search); } catch (e) { /* keep it */ }
    function fail() { _dc_link_received(0, -1); }
    // base64url needs no escaping; a mail program may still have escaped the link.
    if (data.indexOf('%') >= 0) { try { data = decodeURIComponent(data); } catch (e) { /* not percent-encoded */ } }
    var z;
    try { z = dcGlue.unb64url(data.replace(/[^A-Za-z0-9_-]/g, '')); } catch (e) { fail(); return; }
    if (typeof DecompressionStream !== 'function' || z.length === 0) { fail(); return; }
    dcGlue.inflateLimited(z, dcGlue.linkMaxBytes).then(function (u8) {
      if (!u8) { _dc_link_received(0, -2); return; }
      var p = dcGlue.cbytes(u8);
      _dc_link_received(p, u8.length);
      _free(p);
    }, fail);
  }
  check();
  window.addEventListener('hashchange', check);
};

//-----------------------------------------------------------------------------
// [SECTION] storage, print, share, URLs, dates
//-----------------------------------------------------------------------------
// Settings older versions kept in localStorage keys of their own: handed
// over once (the app keeps them in its preferences) and removed.
dcGlue.takeLegacySetting = function (key) {
  try {
    var v = window.localStorage.getItem(key);
    if (v !== null) window.localStorage.removeItem(key);
    return v;
  } catch (e) { return null; }
};
dcGlue.canShare = function () { return typeof navigator.share === 'function'; };
dcGlue.share = function (title, text) {
  if (typeof navigator.share !== 'function') return false;
  navigator.share({ title: title, text: text }).catch(function () { /* the user closed the sheet */ });
  return true;
};
dcGlue.todayOverride = null;   // 'YYYY-MM-DD' set by dcTest.setToday
dcGlue.today = function () {
  if (dcGlue.todayOverride) {
    var p = dcGlue.todayOverride.split('-').map(Number);
    return p[0] * 10000 + p[1] * 100 + p[2];
  }
  var d = new Date();
  return d.getFullYear() * 10000 + (d.getMonth() + 1) * 100 + d.getDate();
};
dcGlue.isMac = function () { return /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent); };

//-----------------------------------------------------------------------------
// [SECTION] test hooks
//-----------------------------------------------------------------------------
// Read-only views of the app's state for the browser tests; no UI, nothing
// changes unless a test calls setToday / holdInput.  Documented in docs/test-hooks.md.
(function () {
  var resolveReady;
  var dcTest = window['dcTest'] = {
    isReady: false,
    ready: new Promise(function (r) { resolveReady = r; }),
    planJson: function () { return JSON.parse(UTF8ToString(_dc_test_plan_json())); },
    frameCount: function () { return _dc_test_frame_count(); },
    renderCount: function () { return _dc_test_render_count(); },
    widgetRect: function (id) {
      var p = dcGlue.cstr(id), out = _malloc(16);
      var ok = _dc_test_widget_rect(p, out);
      var r = ok ? { x: HEAPF32[out >> 2], y: HEAPF32[(out >> 2) + 1],
                     w: HEAPF32[(out >> 2) + 2], h: HEAPF32[(out >> 2) + 3] } : null;
      _free(p); _free(out);
      return r;
    },
    widgetIds: function () { return JSON.parse(UTF8ToString(_dc_test_widget_ids())); },
    // The interface texts looked up so far, by key number (tools/split_wasm.mjs).
    keysLookedUp: function () { var s = UTF8ToString(_dc_test_keys_looked_up()); return s ? s.split(',').map(Number) : []; },
    activeWidget: function () { return UTF8ToString(_dc_test_active_widget()); },
    // The item the keyboard focus ring is on (Tab / Shift+Tab), or "" when it is not shown.
    focusedWidget: function () { return UTF8ToString(_dc_test_focused_widget()); },
    setToday: function (iso) { dcGlue.todayOverride = iso; _dc_test_redraw(); },
    // The text a message shows now: 'toast', 'message' (title, newline, body), 'files.error'; '' when none.
    shownText: function (id) { var p = dcGlue.cstr(id), r = UTF8ToString(_dc_test_shown_text(p)); _free(p); return r; },
    // Runs a named test action (widgets::set_action); false if there is none.
    act: function (name) { var p = dcGlue.cstr(name), r = _dc_test_act(p); _free(p); return r === 1; },
    // While held, the app draws no frames and reads no input: events sent in
    // that time arrive together, as if faster than one frame.
    holdInput: function (on) { _dc_test_hold(on ? 1 : 0); },
    lastCopied: function () { return dcGlue.lastCopied; },
    // The device-pixel ratio the font atlas was rasterised for (follows zoom / screen changes).
    fontDpr: function () { return _dc_test_font_dpr(); },
    lastOpenedUrl: function () { return dcGlue.lastOpenedUrl; },   // platform::open_url (mailto: …)
    // Benchmark (bench/run.sh): CPU ms of the last rendered frames (NewFrame to
    // RenderDrawData, oldest first) and the WebAssembly heap size in bytes.
    frameTimes: function () { return JSON.parse(UTF8ToString(_dc_test_frame_times())); },
    clearFrameTimes: function () { _dc_test_clear_frame_times(); },
    heapBytes: function () { return HEAP8.length; },
    // Stops the program on its next frame as a bug would: 'abort' (a failed check,
    // abort()) or 'trap' (a WebAssembly fault: "RuntimeError: unreachable").
    crash: function (kind) { _dc_test_crash(kind === 'trap' ? 2 : 1); },
    // The two parts of the program (tools/split_wasm.mjs): split at all, second
    // part instantiated, and whether it had to be fetched on the spot.
    deferredState: function () {
      var d = dcGlue.deferred;
      return { split: d.split, ready: !!d.instance, onDemand: d.onDemand, error: d.error };
    },
  };
  // The app could not start (src/main.cpp): explain it where the loading note was.
  dcGlue.startupFailed = function (detail) {
    console.error('Điểm Cầu could not start: ' + detail);
    if (window.dcShowFailure) {
      window.dcShowFailure('Điểm Cầu không khởi động được trên trình duyệt này (' + detail + '). ' +
        'Hãy mở bằng Chrome, Edge, Firefox hoặc Cốc Cốc bản mới và bật “tăng tốc phần cứng”.');
    }
  };
  dcGlue.markReady = function () {
    if (dcTest.isReady) return;
    dcTest.isReady = true;
    dcTest.firstFrameAt = dcGlue.firstFrameAt = performance.now();   // ms since navigation (split.test.mjs)
    setTimeout(function () { if (!dcGlue.deferred.instance) _dc_later_code_arrived(); }, 5050);
    var el = document.getElementById('dc-loading');
    if (el) el.classList.add('gone');
    resolveReady(true);
    setTimeout(dcGlue.fetchDeferred, 0);           // the second part of the program, now
    setTimeout(dcGlue.laterEnglish, 0);            // the English texts
    setTimeout(dcGlue.loadLater, 0);               // and the rest of this glue
  };
})();

//-----------------------------------------------------------------------------
// [SECTION] leaving and crashes
//-----------------------------------------------------------------------------
// Closing or reloading the page: what is pending is written now (synchronously,
// committed at once), and if edits still are not in the browser's storage
// (storage full, another tab holds it) the browser asks first (its standard
// "Leave site?" prompt).
window.addEventListener('beforeunload', function (e) {
  if (!window['dcTest'] || !window['dcTest'].isReady) return;
  var unsaved = false;
  if (dcGlue.crash) unsaved = !dcGlue.crash.stored && !dcGlue.crash.downloaded;
  else {
    try {
      _dc_autosave_flush();
      if (Module['dcStore']) Module['dcStore'].commit();
      unsaved = !!_dc_has_unsaved_edits();
    } catch (err) { unsaved = false; }
  }
  if (unsaved) { e.preventDefault(); e.returnValue = ''; return ''; }
});

window.addEventListener('error', function (e) {
  if (window['dcTest'] && window['dcTest'].isReady && e.error instanceof WebAssembly.RuntimeError) dcGlue.crashed(e.error);
});
