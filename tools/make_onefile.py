#!/usr/bin/env python3
"""make_onefile.py — the one-file app: DIST/diem-cau.html with everything inside.

  tools/make_onefile.py DIST [OUT]

The file can be sent through Zalo or copied to a USB stick and opened by
double-clicking (file://), with no network: the page, the program
(diemcau.js), the WebAssembly (both parts, when split), the fonts and the data
files (data/: the English texts) and web/glue-later.js are all in it.  The JS, the wasm, the fonts
and the data are gzip-compressed and base64-encoded (≈ 45 % of their raw
size); a small start-up script unpacks them with the browser's
DecompressionStream (Chrome/Edge 80+, Firefox 113+, Safari 16.4+), hands the
wasm to Emscripten as Module.wasmBinary, answers glue.js's fetches of fonts
and data from the embedded copies, and then runs the program.

Not in the one-file app: the service worker and the manifest (file:// has
neither).  Plans are kept in the browser's storage for file:// pages too.
"""
import base64
import gzip
import json
import os
import re
import sys

BOOT = r"""<script>
// One-file start-up (tools/make_onefile.py): unpack the embedded program and fonts, then run.
(function () {
  'use strict';
  var P = /*DC_PAYLOAD*/;
  function fail(msg) {
    if (window.dcShowFailure) { window.dcShowFailure(msg); return; }
    var el = document.getElementById('dc-loading');
    if (el) el.textContent = msg;
  }
  if (typeof DecompressionStream !== 'function') {
    window.dcOneFileStart = function () {
      fail('Trình duyệt này quá cũ để mở Điểm Cầu một tệp. Hãy mở bằng Chrome, Edge, Firefox hoặc Cốc Cốc bản mới. ' +
           '(This browser is too old for the one-file Điểm Cầu: use a recent Chrome, Edge or Firefox.)');
    };
    return;
  }
  function unpack(b64) {
    var bin = atob(b64), u8 = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) u8[i] = bin.charCodeAt(i);
    return new Response(new Blob([u8]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
  }
  var fonts = {};
  Object.keys(P.files).forEach(function (name) { fonts[name] = unpack(P.files[name]); });
  // glue.js fetches the fonts and data files by relative URL: answer from the embedded copies.
  var realFetch = window.fetch ? window.fetch.bind(window) : null;
  window.fetch = function (input, init) {
    var url = typeof input === 'string' ? input : (input && input.url) || '';
    var name = url.replace(/^.*?((?:fonts|data)\/[^?#]+|glue-later\.js)([?#].*)?$/, '$1');
    if (fonts[name]) return fonts[name].then(function (buf) { return new Response(buf, { status: 200 }); });
    return realFetch ? realFetch(input, init) : Promise.reject(new Error('offline'));
  };
  var program = Promise.all([unpack(P.wasm), unpack(P.js), P.deferred ? unpack(P.deferred) : null]);
  // Called by index.html's start-up script (after its WebGL2 check, with window.Module set).
  window.dcOneFileStart = function () {
    program.then(function (r) {
      window.Module.wasmBinary = new Uint8Array(r[0]);
      if (r[2]) window.Module.dcDeferredBytes = new Uint8Array(r[2]);
      var s = document.createElement('script');
      s.textContent = new TextDecoder().decode(r[1]);
      document.body.appendChild(s);
    }).catch(function (e) { fail('Không mở được Điểm Cầu (' + e + '). Hãy tải lại tệp.'); });
  };
})();
</script>"""


def b64gz(data):
    return base64.b64encode(gzip.compress(data, 9, mtime=0)).decode("ascii")


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    dist = os.path.abspath(sys.argv[1])
    out = sys.argv[2] if len(sys.argv) == 3 else os.path.join(dist, "diem-cau.html")

    def read(rel):
        with open(os.path.join(dist, rel), "rb") as f:
            return f.read()

    html = read("index.html").decode("utf-8")
    fonts = sorted(f for f in os.listdir(os.path.join(dist, "fonts")) if f.endswith(".ttf"))
    data_dir = os.path.join(dist, "data")
    data = sorted(os.listdir(data_dir)) if os.path.isdir(data_dir) else []
    payload = {
        "js": b64gz(read("diemcau.js")),
        "wasm": b64gz(read("diemcau.wasm")),
        "files": {**{f"fonts/{f}": b64gz(read(f"fonts/{f}")) for f in fonts},
                  **{f"data/{f}": b64gz(read(f"data/{f}")) for f in data},
                  "glue-later.js": b64gz(read("glue-later.js"))},
    }
    # The second part of a split program (tools/split_wasm.mjs), handed to
    # web/glue.js as Module.dcDeferredBytes before the program starts.
    if os.path.isfile(os.path.join(dist, "diemcau.deferred.wasm")):
        payload["deferred"] = b64gz(read("diemcau.deferred.wasm"))
    boot = BOOT.replace("/*DC_PAYLOAD*/", json.dumps(payload, separators=(",", ":")))

    # What a file:// page cannot use: the service worker and the manifest.
    html, n = re.subn(r'\s*<script src="sw-register\.js"[^>]*></script>', "", html)
    html = re.sub(r'\s*<link rel="manifest"[^>]*>', "", html)
    # Nor the start-up preloads of the separate files: they are all inside.
    html = re.sub(r'\s*<link rel="preload"[^>]*>', "", html)
    icon = os.path.join(dist, "icons", "icon.svg")
    if os.path.isfile(icon):
        data = base64.b64encode(read("icons/icon.svg")).decode("ascii")
        html = re.sub(r'<link rel="icon"[^>]*>', f'<link rel="icon" href="data:image/svg+xml;base64,{data}">', html)
    html = re.sub(r'\s*<link rel="apple-touch-icon"[^>]*>', "", html)
    if "window.dcOneFileStart" not in html:
        sys.exit("make_onefile: index.html's start-up script has no window.dcOneFileStart hook")
    html = html.replace("</head>", boot + "\n</head>", 1)
    with open(out, "w", encoding="utf-8") as f:
        f.write(html)
    print(f"{out}: {os.path.getsize(out)} bytes")


if __name__ == "__main__":
    main()
