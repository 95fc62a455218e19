// split.test.mjs — the program in two parts (tools/split_wasm.mjs, web/glue.js).
//
//  - the first frame comes before the second part is even asked for; it then
//    arrives in the background, and every panel works without waiting for it
//  - the second part held back (not prefetched): opening a panel that needs it
//    gets it on the spot, and the panel works
//  - the connection gone before the second part arrived: a clear message
//  - offline, from the service worker, with the user's own plan: the second
//    part is compiled from the cache before the program starts (a request on
//    the spot would not reach the service worker)
//  - text only later code reads (the exports' stylesheets, docx parts) is not
//    data of the first part: it is compiled as code (src/core/code_text.h);
//    English is not in the program at all but in data/en.strings
//    (src/ui/shell/english_file.h), fetched after the first frame, or before it when
//    English was chosen; without it the interface stays Vietnamese
//  - the one-file app carries both parts and the English texts, and asks the
//    network for none of them
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { DIST, appSuite, click, waitIdle, renderedFrames, screenshot } from './helpers.mjs';

const suite = appSuite();
const deferredState = (page) => page.evaluate(() => window.dcTest.deferredState());
const split = existsSync(path.join(DIST, 'diemcau.deferred.wasm'));

// Every panel of the open plan, drawn and answering: the widgets a panel
// registers are on screen after its navigation item is clicked.
async function visitEveryPanel(page) {
  const seen = {};
  for (const s of ['agenda', 'tasks', 'sites', 'checks', 'export', 'library', 'document']) {
    await click(page, `nav.${s}`);
    await waitIdle(page, 200);
    const ids = await page.evaluate(() => window.dcTest.widgetIds());
    seen[s] = ids.filter((id) => !/^(nav|topbar|status)\./.test(id)).length;
  }
  return seen;
}

// A page of its own browser whose second part is not prefetched
// (window.dcTestNoPrefetch): whatever needs it fetches it on the spot.
// window.dcEnglishAtFirstFrame: whether the English texts were in the program
// when the first frame was drawn (read as dcTest.ready resolves: before any
// timer, so before the fetch after the first frame can deliver them).
function watchEnglishAtFirstFrame(context) {
  return context.addInitScript(() => {
    const t = setInterval(() => {
      if (!window.dcTest || !window.dcTest.ready) return;
      clearInterval(t);
      window.dcTest.ready.then(() => { window.dcEnglishAtFirstFrame = !!window.Module.dcGlue.english.delivered; });
    }, 1);
  });
}

async function openWithoutPrefetch({ serviceWorkers = 'allow' } = {}) {
  const b = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'] });
  const context = await b.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true, serviceWorkers });
  await context.addInitScript(() => { window.dcTestNoPrefetch = true; });
  await watchEnglishAtFirstFrame(context);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(suite.url);
  await page.waitForFunction(() => window.dcTest && window.dcTest.isReady, null, { timeout: 30000 });
  await waitIdle(page, 300);
  return { b, page, errors };
}

test('the first frame needs only the first part; the second comes after, in the background', { skip: !split && 'not a split build' }, async () => {
  const { page, errors } = await suite.fresh();
  // The page's resource timing has every request since navigation; dcTest.firstFrameAt is when the first frame was drawn.
  const timing = await page.evaluate(() => performance.getEntriesByType('resource')
    .map((e) => ({ name: new URL(e.name).pathname, start: e.startTime })));
  const firstFrameAt = await page.evaluate(() => window.dcTest.firstFrameAt);
  const deferred = timing.filter((r) => r.name.endsWith('/diemcau.deferred.wasm'));
  assert.equal(deferred.length, 1, 'the second part is fetched once');
  assert.ok(firstFrameAt > 0, 'the first frame time is recorded');
  assert.ok(deferred[0].start >= firstFrameAt,
            `asked for after the first frame (${deferred[0].start.toFixed(0)} ms ≥ ${firstFrameAt.toFixed(0)} ms)`);
  await page.waitForFunction(() => window.dcTest.deferredState().ready, null, { timeout: 20000 });
  const st = await deferredState(page);
  assert.deepEqual(st, { split: true, ready: true, onDemand: false, error: '' });
  const seen = await visitEveryPanel(page);
  for (const [s, n] of Object.entries(seen)) assert.ok(n > 0, `panel ${s} drew its widgets (${n})`);
  assert.equal((await deferredState(page)).onDemand, false, 'no panel had to wait for the second part');
  assert.deepEqual(errors, []);
});

test('second part not prefetched: a panel that needs it gets it on the spot', { skip: !split && 'not a split build' }, async () => {
  const { b, page, errors } = await openWithoutPrefetch();
  try {
    // The document panel (the first screen) works without the second part: type into the title.
    assert.equal((await deferredState(page)).ready, false, 'the second part is not there yet');
    await click(page, 'doc.title');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Hội nghị chỉ với phần đầu', { delay: 10 });
    await page.keyboard.press('Enter');
    await waitIdle(page, 200);
    assert.equal(await page.evaluate(() => window.dcTest.planJson().header.title), 'Hội nghị chỉ với phần đầu');
    // Pointing at a button shows its tooltip, still with the first part alone.
    const pr = await page.evaluate(() => window.dcTest.widgetRect('doc.print'));
    await page.mouse.move(pr.x + pr.w / 2, pr.y + pr.h / 2);
    await renderedFrames(page, 3);
    assert.equal((await deferredState(page)).ready, false, 'a tooltip did not need the second part');
    // The agenda needs the second part: fetched synchronously when the panel is drawn.
    await click(page, 'nav.agenda');
    await waitIdle(page, 200);
    const st = await deferredState(page);
    assert.deepEqual(st, { split: true, ready: true, onDemand: true, error: '' });
    const ids = await page.evaluate(() => window.dcTest.widgetIds());
    assert.ok(ids.some((id) => id.startsWith('agenda.')), 'the agenda panel drew');
    await screenshot(page, 'split-on-demand-agenda.png');
    const seen = await visitEveryPanel(page);
    for (const [s, n] of Object.entries(seen)) assert.ok(n > 0, `panel ${s} drew its widgets (${n})`);
    assert.equal(await page.evaluate(() => window.dcTest.planJson().header.title), 'Hội nghị chỉ với phần đầu',
                 'nothing lost on the way');
    assert.deepEqual(errors, []);
  } finally {
    await b.close();
  }
});

// Text that only later code reads is not data of the first part: the exports'
// stylesheets and docx parts are compiled as code (src/core/code_text.h) and
// go with the code that reads them; English is a file of its own; ImGui's
// built-in font is not linked (cmake/imgui_no_default_font.cmake).
test('text only later code reads is not in the first part; English comes as data/en.strings', { skip: !split && 'not a split build' }, async () => {
  const first = readFileSync(path.join(DIST, 'diemcau.wasm'));
  const second = readFileSync(path.join(DIST, 'diemcau.deferred.wasm'));
  const english = readFileSync(path.join(DIST, 'data', 'en.strings'));
  for (const text of ['box-sizing:border-box', '@page { size: A4 portrait', 'w:docDefaults',
                      'Planner for online multi-site conferences', 'Dear colleague,', 'TmD<#%JSMFove:CTBEXI']) {
    assert.equal(first.includes(text), false, `"${text}" is not in the first part`);
    assert.equal(second.includes(text), false, `"${text}" is not data of the second part either`);
  }
  for (const text of ['Planner for online multi-site conferences', 'Dear colleague,']) {
    assert.equal(english.includes(text), true, `"${text}" is in data/en.strings`);
  }
  // Vietnamese: the first screen's texts are data of the first part; the other
  // views' texts are compiled as code (src/ui/shell/first_keys.inc, i18n.cpp).
  assert.equal(first.includes('Công việc'), true, 'the navigation\'s "Công việc" is data of the first part');
  for (const text of ['Thêm khung giờ', 'Hỏi các điểm cầu']) {
    assert.equal(first.includes(text), false, `"${text}" (a later view's text) is not in the first part`);
    assert.equal(second.includes(text), false, `"${text}" is not data of the second part either`);
  }
  const { b, page, errors } = await openWithoutPrefetch({ serviceWorkers: 'block' });
  try {
    assert.equal((await deferredState(page)).ready, false, 'the second part is not there yet');
    // English is fetched after the first frame whatever the second part does.
    await page.waitForFunction(() => window.Module.dcGlue.english.delivered, null, { timeout: 10000 });
    await click(page, 'topbar.lang.en');
    await waitIdle(page, 300);
    await screenshot(page, 'split-english.png');
    // The e-mail is written in English (its code is in the second part: fetched
    // on the spot); its attachment (the phone page) has its stylesheet.
    await click(page, 'nav.export');
    await waitIdle(page, 300);
    const area = await page.evaluate(() => window.dcTest.widgetRect('export.area'));
    for (let i = 0; i < 40; ++i) {
      const r = await page.evaluate(() => window.dcTest.widgetRect('export.share.email'));
      if (r.y >= area.y && r.y + r.h <= area.y + area.h) break;
      await page.mouse.move(area.x + 100, area.y + area.h / 2);
      await page.mouse.wheel(0, r.y < area.y ? -200 : 200);
      await waitIdle(page, 200);
    }
    const dl = page.waitForEvent('download', { timeout: 15000 }).catch(() => null);
    await click(page, 'export.share.email');
    await waitIdle(page, 300);
    assert.deepEqual(await deferredState(page), { split: true, ready: true, onDemand: true, error: '' });
    const mail = decodeURIComponent(await page.evaluate(() => window.dcTest.lastOpenedUrl()));
    assert.match(mail, /^mailto:\?subject=Plan: /, 'English subject');
    assert.ok(mail.includes('Dear colleague,'), 'English greeting');
    const d = await dl;
    if (d) {
      const html = readFileSync(await d.path(), 'utf8');
      assert.ok(html.includes('box-sizing:border-box'), 'the phone page carries its stylesheet');
    }
    // The next visit in English: the texts are fetched before the program
    // starts, so the first frame is already in English.
    await page.reload();
    await page.waitForFunction(() => window.dcTest && window.dcTest.isReady, null, { timeout: 30000 });
    assert.equal(await page.evaluate(() => window.dcEnglishAtFirstFrame), true, 'English there at the first frame');
    assert.equal(await page.evaluate(() => window.Module._dc_offline_language()), 1, 'still English');
    await click(page, 'topbar.lang.vi');
    assert.deepEqual(errors, []);
  } finally {
    await b.close();
  }
});

test('English chosen but its texts cannot be fetched: the interface stays Vietnamese and works', async () => {
  const b = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'] });
  try {
    const context = await b.newContext({ viewport: { width: 1366, height: 768 }, serviceWorkers: 'block' });
    let refused = 0;
    await context.route('**/data/en.strings', (route) => { refused++; return route.abort('internetdisconnected'); });
    await watchEnglishAtFirstFrame(context);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(suite.url);
    await page.waitForFunction(() => window.dcTest && window.dcTest.isReady, null, { timeout: 30000 });
    await waitIdle(page, 500);
    await click(page, 'topbar.lang.en');
    await waitIdle(page, 300);
    assert.equal(await page.evaluate(() => window.Module._dc_offline_language()), 1, 'English chosen');
    assert.equal(await page.evaluate(() => window.Module.dcGlue.english.delivered), false, 'no English texts');
    await click(page, 'nav.export');
    await waitIdle(page, 300);
    await screenshot(page, 'split-english-unavailable.png');
    // Reloaded in English without the file: the program still starts (in Vietnamese).
    await page.reload();
    await page.waitForFunction(() => window.dcTest && window.dcTest.isReady, null, { timeout: 30000 });
    await waitIdle(page, 300);
    assert.equal(await page.evaluate(() => window.dcEnglishAtFirstFrame), false, 'no English at the first frame');
    assert.ok(refused >= 2, `the file was asked for on both visits (${refused})`);
    await click(page, 'nav.agenda');
    await renderedFrames(page, 2);
    assert.ok((await page.evaluate(() => window.dcTest.widgetIds())).some((id) => id.startsWith('agenda.')), 'the agenda drew');
    assert.deepEqual(errors, []);
  } finally {
    await b.close();
  }
});

test('the connection gone before the second part arrived: a view that needs it says so', { skip: !split && 'not a split build' }, async () => {
  const b = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'] });
  try {
    const context = await b.newContext({ viewport: { width: 1366, height: 768 } });
    let refused = 0;
    await context.route('**/diemcau.deferred.wasm', (route) => { refused++; return route.abort('internetdisconnected'); });
    const page = await context.newPage();
    await page.goto(suite.url);
    await page.waitForFunction(() => window.dcTest && window.dcTest.isReady, null, { timeout: 30000 });
    await page.waitForFunction(() => window.dcTest.deferredState().error !== '', null, { timeout: 10000 });
    assert.equal((await deferredState(page)).ready, false);
    const c = await page.evaluate(() => window.dcTest.widgetRect('nav.agenda'));
    await page.mouse.click(c.x + c.w / 2, c.y + c.h / 2);
    await page.waitForFunction(() => document.getElementById('dc-loading').classList.contains('error'), null, { timeout: 10000 });
    const text = await page.evaluate(() => document.querySelector('#dc-loading .msg').textContent);
    assert.match(text, /Mất kết nối mạng trước khi Điểm Cầu tải xong/);
    assert.match(text, /kế hoạch đã được lưu trong trình duyệt/);
    assert.ok(refused >= 2, `the background fetch and the on-the-spot request were both tried (${refused})`);
    await screenshot(page, 'split-connection-lost.png');
  } finally {
    await b.close();
  }
});

test('offline, from the service worker, with a plan of the user\'s: the second part comes from the cache before the program starts', { skip: !split && 'not a split build' }, async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dc-split-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'], viewport: { width: 1366, height: 768 },
  });
  try {
    const page = context.pages()[0] || await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(suite.url);
    await page.waitForFunction(() => window.dcTest && window.dcTest.isReady, null, { timeout: 30000 });
    await waitIdle(page, 300);
    // A plan of the user's: opening it at start-up runs more than the example plan does.
    await click(page, 'doc.title');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Kế hoạch mở khi mất mạng', { delay: 10 });
    await page.keyboard.press('Enter');
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(async () => {
      const keys = await caches.keys();
      if (!keys.length) return false;
      return !!(await (await caches.open(keys[0])).match('diemcau.deferred.wasm'));
    }, null, { timeout: 20000, polling: 250 });
    await page.waitForFunction(() => window.Module.dcStore.stats().pending === 0, null, { timeout: 10000 });
    await page.waitForTimeout(1500);   // autosave: within a second of the edit
    await context.setOffline(true);
    await page.reload();
    await page.waitForFunction(() => window.dcTest && window.dcTest.isReady, null, { timeout: 30000 });
    await waitIdle(page, 300);
    assert.equal(await page.evaluate(() => window.dcTest.planJson().header.title), 'Kế hoạch mở khi mất mạng');
    // Compiled before the start: in place right after the first frame (the checks' count with it).
    await page.waitForFunction(() => window.dcTest.deferredState().ready, null, { timeout: 3000 });
    await click(page, 'nav.sites');
    await renderedFrames(page, 2);
    const ids = await page.evaluate(() => window.dcTest.widgetIds());
    assert.ok(ids.some((id) => id.startsWith('sites.')), 'the sites panel drew');
    assert.deepEqual(await deferredState(page), { split: true, ready: true, onDemand: false, error: '' },
                     'compiled from the cache before start, never fetched on the spot');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the one-file app carries both parts and fetches neither', { skip: !split && 'not a split build' }, async () => {
  const b = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'] });
  try {
    const context = await b.newContext({ viewport: { width: 1366, height: 768 } });
    const asked = [];
    await context.route('**/*', (route) => {
      const u = route.request().url();
      if (u.startsWith('file:') || u.startsWith('data:') || u.startsWith('blob:')) return route.continue();
      asked.push(u);
      return route.abort();
    });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(pathToFileURL(path.join(DIST, 'diem-cau.html')).href);
    await page.waitForFunction(() => window.dcTest && window.dcTest.isReady, null, { timeout: 30000 });
    await page.waitForFunction(() => window.dcTest.deferredState().ready, null, { timeout: 20000 });
    const seen = await visitEveryPanel(page);
    for (const [s, n] of Object.entries(seen)) assert.ok(n > 0, `panel ${s} drew its widgets (${n})`);
    assert.deepEqual(await deferredState(page), { split: true, ready: true, onDemand: false, error: '' });
    assert.deepEqual(asked, [], 'no network request');
    assert.deepEqual(errors, []);
  } finally {
    await b.close();
  }
});
