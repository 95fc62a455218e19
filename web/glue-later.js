// glue-later.js — the part of the JavaScript glue (web/glue.js) that only a
// user's action or a crash calls: the clipboard, downloads, the file picker,
// links, printing, opening addresses, and the crash message.  Fetched right
// after the first frame (dcGlue.loadLater in glue.js), so that its bytes are
// not waited for before it; a call that comes sooner waits for it (glue.js
// puts a stand-in under each name below until this file has run).
//
// It runs as a plain script in the page's global scope, beside diemcau.js
// (not a module): Emscripten's names (_malloc, _free, UTF8ToString, HEAPU8,
// ABORT, the exported _dc_* functions) and dcGlue are globals there.
'use strict';
(function () {
  // ImGui's copy/cut → the system clipboard.
  dcGlue.copy = function (text) {
    text = dcGlue.nfc(text);
    dcGlue.lastCopied = text;
    function fallback() {
      // Older browsers / no permission: execCommand on a temporary selection.
      var t = document.createElement('textarea');
      t.value = text; t.style.position = 'fixed'; t.style.opacity = '0';
      document.body.appendChild(t); t.select();
      try { document.execCommand('copy'); } catch (e) { /* nothing more to try */ }
      document.body.removeChild(t);
      if (dcGlue.textActive && dcGlue.ta) dcGlue.ta.focus({ preventScroll: true });
    }
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).catch(fallback);
    else fallback();
  };


  // A "Paste" button: ask for the clipboard (the browser may ask the user or refuse).
  dcGlue.readClipboard = function () {
    if (!navigator.clipboard || !navigator.clipboard.readText) return;
    navigator.clipboard.readText().then(function (s) { if (s) dcGlue.deliverPaste(s); },
                                        function () { /* refused: Ctrl+V still works */ });
  };


  dcGlue.download = function (name, mime, u8) {
    var blob = new Blob([u8], { type: mime || 'application/octet-stream' });
    var url = URL.createObjectURL(blob);
    var a = document.createElement('a');
    a.href = url; a.download = name; a.style.display = 'none';
    document.body.appendChild(a); a.click(); document.body.removeChild(a);
    setTimeout(function () { URL.revokeObjectURL(url); }, 30000);
  };
  dcGlue.deliverFile = function (file) {
    file.arrayBuffer().then(function (buf) {
      var name = dcGlue.cstr(dcGlue.nfc(file.name || ''));
      var u8 = new Uint8Array(buf), data = dcGlue.cbytes(u8);
      _dc_file_received(name, data, u8.length);
      _free(name); _free(data);
    }, function (err) { console.error('reading ' + file.name + ': ' + err); });
  };
  dcGlue.openPicker = function (accept) {
    var input = document.createElement('input');
    input.type = 'file';
    if (accept) input.accept = accept;
    input.addEventListener('change', function () {
      if (input.files && input.files[0]) dcGlue.deliverFile(input.files[0]);
    });
    input.click();
  };

  dcGlue.b64url = function (u8) {
    var s = '';
    for (var i = 0; i < u8.length; i += 0x8000) s += String.fromCharCode.apply(null, u8.subarray(i, i + 0x8000));
    return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  };

  dcGlue.pipeBytes = function (u8, stream) {
    return new Response(new Blob([u8]).stream().pipeThrough(stream)).arrayBuffer()
      .then(function (b) { return new Uint8Array(b); });
  };
  dcGlue.makeLink = function (id, u8) {
    function done(url, n) {
      var p = url ? dcGlue.cstr(url) : 0;
      _dc_link_made(id, p, n);
      if (p) _free(p);
    }
    if (typeof CompressionStream !== 'function') { done('', 0); return; }
    dcGlue.pipeBytes(u8, new CompressionStream('gzip')).then(function (z) {
      var b = dcGlue.b64url(z);
      done(location.href.split('#')[0] + dcGlue.linkPrefix + b, b.length);
    }, function () { done('', 0); });
  };

  dcGlue.print = function (html) {
    // A hidden iframe keeps the app's page as it is; the browser prints the document.
    var old = document.getElementById('dc-print');
    if (old) old.remove();
    var f = document.createElement('iframe');
    f.id = 'dc-print';
    f.setAttribute('aria-hidden', 'true');
    f.onload = function () {
      try { f.contentWindow.focus(); f.contentWindow.print(); }
      catch (e) { var w = window.open('', '_blank'); if (w) { w.document.write(html); w.document.close(); w.print(); } }
    };
    f.srcdoc = html;
    document.body.appendChild(f);
  };
  dcGlue.openUrl = function (url) {
    dcGlue.lastOpenedUrl = url;
    if (/^mailto:|^tel:/i.test(url)) window.location.href = url;
    else window.open(url, '_blank', 'noopener');
  };

  // The program stopped after it had been running (abort(), or a WebAssembly
  // fault thrown out of a frame): the C++ state is usually still readable, so
  // the open plan is written once more; the message says what happened and
  // offers the plan as a file (the last text the autosave produced) and a reload.
  dcGlue.crashTexts = {
    vi: { saved: 'Điểm Cầu gặp lỗi và đã dừng. Những gì đã lưu trong trình duyệt vẫn còn, kể cả lần sửa cuối. ' +
                  'Hãy bấm “Tải lại” để mở lại.',
          unsaved: 'Điểm Cầu gặp lỗi và đã dừng. Những gì đã lưu trong trình duyệt vẫn còn, nhưng các thay đổi cuối ' +
                   'chưa lưu được: hãy bấm “Tải kế hoạch về máy” trước, rồi bấm “Tải lại”.',
          reload: 'Tải lại', download: 'Tải kế hoạch về máy' },
    en: { saved: 'Điểm Cầu ran into an error and stopped. What was saved in this browser is still there, ' +
                 'including your last change. Press “Reload” to open it again.',
          unsaved: 'Điểm Cầu ran into an error and stopped. What was saved in this browser is still there, but your ' +
                   'last changes could not be saved: press “Download the plan” first, then “Reload”.',
          reload: 'Reload', download: 'Download the plan' },
  };
  dcGlue.crashed = function (what) {
    if (dcGlue.crash) return;
    var c = dcGlue.crash = { what: String(what || ''), stored: false, downloaded: false };
    console.error('Điểm Cầu stopped: ' + c.what);
    var store = Module['dcStore'];
    var lang = dcGlue.englishChosen() ? 'en' : 'vi';
    try { lang = _dc_offline_language() === 1 ? 'en' : 'vi'; } catch (e) { /* keep the stored choice */ }
    // A plan being opened when the program stopped keeps its marker (Library::begin_opening):
    // the flush below is also the normal page-hide path, which takes the marker away, but
    // here the program did stop, and the next start must not open that plan by itself.
    var opening = store ? store.get('dc.opening') : null;
    try {
      _dc_autosave_flush();                 // the plan as the editor has it, if still readable
      c.stored = !_dc_has_unsaved_edits();
    } catch (e) { c.stored = false; }
    if (store && opening && !store.get('dc.opening')) store.put('dc.opening', opening);
    if (store) store.commit();
    // The plan as the editor has it; else the last text the autosave produced.
    var text = '';
    try { text = UTF8ToString(_dc_plan_text()); } catch (e) { text = ''; }
    if (!text && store) text = store.lastPlanText();
    ABORT = true;                           // no more frames or callbacks into the program
    var T = dcGlue.crashTexts[lang];
    if (!window.dcShowFailure) return;
    window.dcShowFailure(c.stored ? T.saved : T.unsaved);
    var note = document.getElementById('dc-loading');
    note.setAttribute('role', 'alert');
    var row = document.createElement('div');
    row.className = 'actions';
    row.style.cssText = 'display:flex;gap:12px;flex-wrap:wrap;justify-content:center';
    function button(id, label, primary, onclick) {
      var b = document.createElement('button');
      b.id = id; b.type = 'button'; b.textContent = label;
      b.style.cssText = 'font:600 16px/1.4 "Noto Sans",system-ui,sans-serif;padding:9px 22px;border-radius:6px;cursor:pointer;' +
        (primary ? 'background:#185faa;color:#fff;border:1px solid #185faa' : 'background:#fff;color:#185faa;border:1px solid #185faa');
      b.addEventListener('click', onclick);
      row.appendChild(b);
      return b;
    }
    if (text) {
      button('dc-crash-download', T.download, !c.stored, function () {
        dcGlue.download('ke-hoach-diem-cau.json', 'application/json', new TextEncoder().encode(text));
        c.downloaded = true;
      });
    }
    button('dc-crash-reload', T.reload, c.stored || !text, function () { window.location.reload(); });
    note.appendChild(row);
    // An IndexedDB refusal arrives later (quota): then the message says the last changes are not saved.
    if (store && c.stored) {
      store.whenIdle().then(function () {
        if (store.takeFailure()) { c.stored = false; note.querySelector('.msg').textContent = T.unsaved; }
      });
    }
  };
})();
