#!/usr/bin/env node
// split_wasm.mjs — split the web build's WebAssembly in two: what the first
// screen needs (dist/diemcau.wasm) and the rest (dist/diemcau.deferred.wasm),
// fetched in the background after the first frame (web/glue.js).
//
//   node tools/split_wasm.mjs LINK_DIR STAGE_DIR [REPORT_DIR]
// A step of the web build's graph (cmake/webapp.cmake), run after each link:
// reads the link's output in LINK_DIR (never changed, so the step can run
// again), writes diemcau.js, diemcau.wasm and diemcau.deferred.wasm into
// STAGE_DIR, the dist/ being assembled, which must already hold index.html,
// the fonts and data/ (the page is run from there).  REPORT_DIR gets primary.symbols / deferred.symbols (function index:name of
// each part) for size work (bench/wasm_size.sh), and placeholders (the table
// index Emscripten's "placeholder function called: N" names → the function).
//
// Why: users open the page over slow provincial lines; every kilobyte before
// the first frame is waiting (budget: ≤ 3 s under "Fast 3G").  The exporters,
// the comparison, the panels other than the document, SDL's software blitters
// and the like are not needed to show the plan, so they come later.
//
// How (Emscripten's SPLIT_MODULE flow, with Binaryen's wasm-split from Debian):
//  1. the link (-sSPLIT_MODULE, cmake/webapp.cmake) leaves diemcau.wasm.orig
//     (the program, with function names) and diemcau.wasm (the same,
//     instrumented to record which functions run);
//  2. this script copies the instrumented program into STAGE_DIR, serves it and opens the page in headless Chromium as a
//     user would: a first visit on the built-in example plan (typing a new
//     title, pointing at a button), then the next visit, which opens that plan from the browser's
//     storage; it reads the record (the "profile") of each out of the
//     instrumented module and merges them;
//  3. wasm-split keeps the functions that ran in diemcau.wasm and moves the rest
//     to diemcau.deferred.wasm; wasm-strip drops the names.
// Data is not moved: wasm-split leaves every data segment in the first part,
// and nothing here patches one.  Text only later code reads is compiled as
// code (src/core/code_text.h) and so goes with that code; the English texts
// are a file of their own (src/ui/shell/english_file.h).
// A deferred function called before its part has arrived is loaded on the spot
// (web/glue.js, Module.loadSplitModule), so the split can only cost time,
// never correctness.  If Chromium cannot run here, the program ships whole
// (one file, no deferred part) and this script says so.
//
// A link without -sSPLIT_MODULE (-DDC_SPLIT=OFF) has no .orig: its
// diemcau.wasm is copied as it is.
import { spawnSync } from 'node:child_process';
import { copyFileSync, createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

if (process.argv.length < 4) {
  process.stderr.write('usage: node tools/split_wasm.mjs LINK_DIR STAGE_DIR [REPORT_DIR]\n');
  process.exit(2);
}
const link = path.resolve(process.argv[2]);
const dist = path.resolve(process.argv[3]);
const report = process.argv[4] ? path.resolve(process.argv[4]) : null;
const primary = path.join(dist, 'diemcau.wasm');
const deferred = path.join(dist, 'diemcau.deferred.wasm');
const say = (s) => process.stderr.write(`[split_wasm] ${s}\n`);

copyFileSync(path.join(link, 'diemcau.js'), path.join(dist, 'diemcau.js'));
if (!existsSync(path.join(link, 'diemcau.wasm.orig'))) {
  // Linked whole (-DDC_SPLIT=OFF): no second part (an earlier one would not fit).
  copyFileSync(path.join(link, 'diemcau.wasm'), primary);
  rmSync(deferred, { force: true });
  process.exit(0);
}
// The instrumented program runs from the stage; the whole one is split from a copy.
copyFileSync(path.join(link, 'diemcau.wasm'), primary);
const tmp = mkdtempSync(path.join(tmpdir(), 'dc-split-'));
const orig = path.join(tmp, 'diemcau.wasm.orig');
copyFileSync(path.join(link, 'diemcau.wasm.orig'), orig);

const FEATURES = ['--enable-mutable-globals', '--enable-sign-ext', '--enable-bulk-memory'];
function run(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${(r.stderr || r.error || '').toString().trim()}`);
}
const KB = (f) => (statSync(f).size / 1024).toFixed(1);

// Ship the program whole: the names stripped, no deferred part.
function whole(why) {
  say(`WARNING: not split (${why}); shipping one diemcau.wasm`);
  run('wasm-strip', [orig, '-o', primary]);
  rmSync(deferred, { force: true });
}

const MIME = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json' };

async function recordProfile(out) {
  const require = createRequire(path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'package.json'));
  const { chromium } = require('playwright-core');
  const server = createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/^\/+/, '') || 'index.html';
    const file = path.join(dist, rel);
    if (!file.startsWith(dist) || !existsSync(file) || !statSync(file).isFile()) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { 'Content-Type': MIME[path.extname(file)] || 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
  });
  try {
    // The first screen as a new user sees it: 1366×768, Vietnamese, the example plan.
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, serviceWorkers: 'block' });
    // Work that waits for the second part (platform::later_code_ready) waits for good here.
    await context.addInitScript(() => { window.dcSplitProfiling = true; });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const url = `http://127.0.0.1:${server.address().port}/index.html`;
    const ready = () => page.waitForFunction(() => window.dcTest && window.dcTest.isReady, null, { timeout: 120000 });
    // The module's record of which functions ran, read out of its memory.
    const take = async (file) => {
      const bytes = await page.evaluate(() => {
        const size = 1 << 20, ptr = Module._malloc(size);
        const n = Module.asm.__write_profile(ptr, size);
        const mem = Object.values(Module.asm).find((v) => v instanceof WebAssembly.Memory);
        return Array.from(new Uint8Array(mem.buffer, ptr, n));
      });
      if (!bytes.length) throw new Error('empty profile');
      writeFileSync(file, Buffer.from(bytes));
      return file;
    };
    // 1. A first visit: the example plan, a few idle frames, then what a user
    //    does first on that screen: type a new title (editing, undo history,
    //    saving to the browser's storage).
    await page.goto(url);
    await ready();
    await page.waitForTimeout(1000);
    // The test hooks the browser tests poll from the first frame on (window.dcTest,
    // docs/test-hooks.md): small, and kept in the first part so that polling them
    // does not fetch the second.
    // The same for the small notifications the page's scripts send at any moment
    // (web/sw-register.js, web/glue.js, web/store.js): a redraw, the second part
    // has arrived, save now (the tab is being hidden), language and zoom read back.
    await page.evaluate(() => {
      const t = window.dcTest;
      t.renderCount(); t.frameCount(); t.widgetIds(); t.widgetRect('doc.title'); t.activeWidget();
      t.focusedWidget(); t.fontDpr(); t.heapBytes(); t.planJson(); t.keysLookedUp();
      Module._dc_offline_redraw(); Module._dc_later_code_arrived(); Module._dc_autosave_flush();
      Module._dc_offline_language(); Module._dc_offline_zoom();
    });
    const r = await page.evaluate(() => window.dcTest.widgetRect('doc.title'));
    if (!r) throw new Error('the title field is not on screen');
    await page.mouse.click(r.x + r.w / 2, r.y + r.h / 2);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Hội nghị trực tuyến', { delay: 20 });
    await page.keyboard.press('Enter');
    await page.waitForTimeout(1500);
    // …and point at a button: its tooltip (ImGui's tooltip code is shared by every view).
    const pr = await page.evaluate(() => window.dcTest.widgetRect('doc.print'));
    if (pr) {
      await page.mouse.move(pr.x + pr.w / 2, pr.y + pr.h / 2);
      await page.waitForTimeout(800);
    }
    const seen = new Set(await page.evaluate(() => window.dcTest.keysLookedUp()));
    const first = await take(out + '.1');
    // 2. The next visit: the app opens on that plan, from the browser's storage.
    await page.reload();
    await ready();
    await page.waitForTimeout(1500);
    for (const k of await page.evaluate(() => window.dcTest.keysLookedUp())) seen.add(k);
    const second = await take(out + '.2');
    if (errors.length) throw new Error('page errors: ' + errors.join(' | '));
    run('wasm-split', [...FEATURES, '--merge-profiles', first, second, '-o', out]);
    return seen;
  } finally {
    await browser.close();
    server.close();
  }
}

// The interface texts kept as data in the first part are those listed in
// src/ui/shell/first_keys.inc (whole areas' tables it includes, and single
// keys); the rest come with the second part (src/ui/shell/i18n.cpp).  Names
// the keys the first screen looked up (numbers in key order: the order of the
// DC_TR lines in all_strings.inc's files) that the list lacks: each of them
// brings every later text into the first part.
function checkFirstKeys(seen) {
  const src = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'src');
  const read = (rel) => readFileSync(path.join(src, rel), 'utf8');
  const keysOf = (rel) => [...read(rel).matchAll(/^\s*DC_TR\(\s*(\w+)\s*,/gm)].map((m) => m[1]);
  const includes = (rel) => [...read(rel).matchAll(/^#include "([^"]+)"/gm)].map((m) => m[1]);
  const keys = includes('ui/shell/all_strings.inc').flatMap(keysOf);
  const list = 'ui/shell/first_keys.inc';
  const listed = new Set([...includes(list).flatMap(keysOf),
    ...[...read(list).matchAll(/^DC_FIRST\((\w+)\)/gm)].map((m) => m[1])]);
  const missing = [...seen].sort((a, b) => a - b).map((i) => keys[i] || `#${i}`).filter((k) => !listed.has(k));
  if (missing.length)
    say(`WARNING: the first screen showed ${missing.length} text(s) not in src/ui/shell/first_keys.inc, ` +
        `so every later text is in the first part; add them there: ${missing.join(' ')}`);
}

try {
  const profile = path.join(tmp, 'startup.prof');
  const p = path.join(tmp, 'primary.wasm'), d = path.join(tmp, 'deferred.wasm');
  try {
    checkFirstKeys(await recordProfile(profile));
    run('wasm-split', [...FEATURES, '--export-prefix=%', orig, `--profile=${profile}`, '-o1', p, '-o2', d,
      ...(report ? ['--symbolmap', '--placeholdermap'] : [])]);
  } catch (e) {
    whole(`could not record the start-up profile or split: ${e.message.split('\n')[0]}`);
    process.exitCode = 0;
    throw null;   // to the finally below (removes the temporary files), then out
  }
  if (report) {
    mkdirSync(report, { recursive: true });
    copyFileSync(p + '.symbols', path.join(report, 'primary.symbols'));
    copyFileSync(d + '.symbols', path.join(report, 'deferred.symbols'));
    // "placeholder function called: N" in the console → the function N stands for
    copyFileSync(p + '.placeholders', path.join(report, 'placeholders'));
  }
  run('wasm-strip', [p, '-o', primary]);
  run('wasm-strip', [d, '-o', deferred]);
  say(`diemcau.wasm ${KB(primary)} KB (first screen) + diemcau.deferred.wasm ${KB(deferred)} KB (after the first frame)`);
} catch (e) {
  if (e !== null) throw e;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
