// offline.test.mjs — never losing work, and working without a network.
//
//  - an edit is in the browser's storage within a second; reload → it is there
//  - the browser process killed right after an edit; start again → nothing lost
//  - "Kế hoạch của tôi": two plans, switch, delete → restore from the recycle bin
//  - storage over its quota → a clear message, editing continues, nothing lost once it frees up
//  - one visit, then the network off → reload → the app opens and shows its plans (service worker)
//  - dist/diem-cau.html opened from file:// with every network request blocked → runs, edits, saves a file
//  - the language (and the zoom) survive a reload
// Screenshots land in test-output/browser/offline-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, readFileSync, writeFileSync, statSync, existsSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, startServer, screenshot, renderedFrames, waitIdle, widgetCenter, click, planTitle, launchProfile, newProfile as makeProfile, browserPids } from './helpers.mjs';

const launch = launchProfile;
const newProfile = () => makeProfile('dc-offline-');

async function open(context, url) {
  const page = context.pages()[0] || await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(url);
  await page.waitForFunction(() => window.dcTest && window.dcTest.isReady, null, { timeout: 30000 });
  await waitIdle(page, 400);
  return { page, errors };
}
async function reload(page) {
  await page.reload();
  await page.waitForFunction(() => window.dcTest && window.dcTest.isReady, null, { timeout: 30000 });
  await waitIdle(page, 400);
}

// Replaces the plan's title through the real field (click, select all, type).
async function typeTitle(page, text) {
  await click(page, 'doc.title');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text, { delay: 15 });
  await waitIdle(page, 150);   // every typed key handled (the input queue drains a key per frame)
}
// Notes, in the page, when the last key went in and when each value was handed to storage,
// so the autosave's delay is measured by the page's clock, not by the test's polling.
async function watchStorage(page) {
  await page.evaluate(() => {
    if (window.__dcWatch) return;
    const w = window.__dcWatch = { lastKey: 0, puts: [] };
    window.addEventListener('keydown', () => { w.lastKey = performance.now(); }, true);
    window.addEventListener('input', () => { w.lastKey = performance.now(); }, true);
    const store = window.Module.dcStore, put = store.put;
    store.put = function (k, v) { w.puts.push({ t: performance.now(), k, v }); return put.call(store, k, v); };
  });
}
// Milliseconds from the last key to the first write of a plan slot holding `text`.
function msFromLastKey(page, text) {
  return page.evaluate((t) => {
    const w = window.__dcWatch;
    const p = w.puts.find((x) => x.k.startsWith('dc.plan.') && x.v.includes(t) && x.t >= w.lastKey);
    return p ? Math.round(p.t - w.lastKey) : -1;
  }, text);
}
// Milliseconds until the browser's storage holds `text` in a plan slot, every write committed.
async function msUntilStored(page, text, timeout = 5000) {
  const t0 = Date.now();
  try {
    await page.waitForFunction((t) => {
      const s = window.Module.dcStore;
      return s.keys('dc.plan.').some((k) => (s.get(k) || '').includes(t));
    }, text, { timeout, polling: 20 });
  } catch (e) {
    const title = await planTitle(page).catch(() => '?');
    const stats = await page.evaluate(() => window.Module.dcStore.stats()).catch(() => '?');
    throw new Error(`"${text}" not stored after ${timeout} ms (plan title "${title}", store ${JSON.stringify(stats)})`);
  }
  const ms = Date.now() - t0;
  await page.evaluate(() => window.Module.dcStore.whenIdle());
  return ms;
}
const ids = (page) => page.evaluate(() => window.dcTest.widgetIds());
const prefixed = async (page, prefix) => (await ids(page)).filter((i) => i.startsWith(prefix)).map((i) => i.slice(prefix.length));

let server;
before(async () => { server = await startServer(); });
after(async () => { await server?.close(); });

test('an edit is stored within a second; reload brings it back', async () => {
  const dir = newProfile();
  const context = await launch(dir);
  try {
    const { page, errors } = await open(context, server.url);
    assert.equal(await page.evaluate(() => window.Module.dcStore.backend()), 'indexeddb');
    const title = 'Hội nghị thử tự lưu 4821';
    await watchStorage(page);
    // The whole title arrives as one text input (as an input method or a paste delivers it):
    // the delay measured is the autosave's, not the key-by-key input queue's.
    await click(page, 'doc.title');
    await page.keyboard.press('Control+A');
    await page.evaluate(() => { window.__dcWatch.lastKey = performance.now(); });
    await page.keyboard.insertText(title);
    await msUntilStored(page, title);
    const ms = await msFromLastKey(page, title);
    console.log(`# stored ${ms} ms after the edit`);
    assert.ok(ms >= 0 && ms <= 1000, `stored within a second of the edit (took ${ms} ms)`);
    await reload(page);
    assert.equal(await planTitle(page), title);
    // Work that is only in the browser: the reminder to save a file is there at once.
    assert.ok((await ids(page)).includes('banner.remind'), 'reminder to save to a file');
    await screenshot(page, 'offline-after-reload.png');
    const download = page.waitForEvent('download');
    await click(page, 'banner.remind.save');
    const saved = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
    assert.equal(saved.header.title, title);
    await waitIdle(page, 300);
    assert.ok(!(await ids(page)).includes('banner.remind'), 'no reminder once saved to a file');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('browser process killed right after an edit: nothing lost on the next start', async () => {
  const dir = newProfile();
  let context = await launch(dir);
  try {
    let { page } = await open(context, server.url);
    const title = 'Sau khi trình duyệt bị tắt đột ngột 77';
    await typeTitle(page, title);
    await msUntilStored(page, title);   // in IndexedDB, transaction complete
    const pids = browserPids(dir);
    assert.ok(pids.length > 0, 'found the browser processes');
    for (const pid of pids) { try { process.kill(pid, 'SIGKILL'); } catch { /* already gone */ } }
    await context.close().catch(() => {});
    context = await launch(dir);
    ({ page } = await open(context, server.url));
    assert.equal(await planTitle(page), title);
  } finally {
    await context.close().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
});

test('plans list: new plan, switch, delete to the recycle bin, restore', async () => {
  const dir = newProfile();
  const context = await launch(dir);
  try {
    const { page, errors } = await open(context, server.url);
    const firstTitle = 'Kế hoạch thứ nhất';
    await typeTitle(page, firstTitle);
    await msUntilStored(page, firstTitle);

    await click(page, 'nav.library');
    await waitIdle(page, 300);
    const before = await prefixed(page, 'library.title.');
    assert.equal(before.length, 1, `one plan at first (got ${before})`);
    const firstId = before[0];

    // A new plan from the other built-in template (a blank one is offered too).
    const news = await prefixed(page, 'library.new.');
    assert.ok(news.includes('blank') && news.includes('cong-van-k12'), `new plan choices: ${news}`);
    await click(page, 'library.new.cong-van-k12');
    await waitIdle(page, 300);
    const secondTitle = await planTitle(page);
    assert.notEqual(secondTitle, firstTitle);
    await click(page, 'nav.library');
    await waitIdle(page, 300);
    const both = await prefixed(page, 'library.title.');
    assert.equal(both.length, 2, `two plans (got ${both})`);
    await screenshot(page, 'offline-library-two-plans.png');

    // Switch back to the first.
    await click(page, `library.open.${firstId}`);
    await waitIdle(page, 300);
    assert.equal(await planTitle(page), firstTitle);

    // Delete the second → it leaves the list and is in the recycle bin.
    const secondId = both.find((i) => i !== firstId);
    await click(page, 'nav.library');
    await click(page, `library.delete.${secondId}`);
    await waitIdle(page, 300);
    assert.deepEqual(await prefixed(page, 'library.title.'), [firstId]);
    await click(page, 'library.bin');
    await waitIdle(page, 300);
    assert.ok((await ids(page)).includes(`library.restore.${secondId}`), 'in the recycle bin');
    await screenshot(page, 'offline-library-bin.png');

    // The deletion is stored: a reload still shows it in the bin, then restore.
    await reload(page);
    await click(page, 'nav.library');
    await waitIdle(page, 300);
    assert.deepEqual(await prefixed(page, 'library.title.'), [firstId]);
    if (!(await ids(page)).includes(`library.restore.${secondId}`)) await click(page, 'library.bin');
    await click(page, `library.restore.${secondId}`);
    await waitIdle(page, 300);
    assert.equal((await prefixed(page, 'library.title.')).length, 2, 'restored into the list');
    await click(page, `library.open.${secondId}`);
    await waitIdle(page, 300);
    assert.equal(await planTitle(page), secondTitle);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('storage over its quota: a clear message, editing continues, nothing lost', async () => {
  const dir = newProfile();
  const context = await launch(dir);
  try {
    const { page } = await open(context, server.url);
    await typeTitle(page, 'Trước khi đầy');
    await msUntilStored(page, 'Trước khi đầy');
    // The browser refuses every write from now on, as a full disk / used-up quota does.
    await page.evaluate(() => {
      window.__realPut = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
    });
    const title = 'Soạn tiếp khi bộ nhớ đầy';
    await typeTitle(page, title);
    await page.waitForFunction(() => window.dcTest.widgetIds().includes('banner.store-full'), null, { timeout: 5000 });
    await screenshot(page, 'offline-storage-full.png');
    // Editing goes on in memory.
    await page.keyboard.type(' 2', { delay: 15 });
    await waitIdle(page, 150);   // every typed key handled (the input queue drains a key per frame)
    assert.equal(await planTitle(page), title + ' 2');
    // Storage frees up: the next retry writes the plan and the message goes away.
    await page.evaluate(() => { IDBObjectStore.prototype.put = window.__realPut; });
    await page.mouse.move(5, 5);
    await page.waitForFunction(() => !window.dcTest.widgetIds().includes('banner.store-full'), null, { timeout: 12000, polling: 200 });
    await msUntilStored(page, title + ' 2', 8000);
    await reload(page);
    assert.equal(await planTitle(page), title + ' 2');
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('after one visit the app opens with the network off (service worker)', async () => {
  const dir = newProfile();
  const context = await launch(dir);
  try {
    const { page, errors } = await open(context, server.url);
    const title = 'Mở khi mất mạng';
    await typeTitle(page, title);
    await msUntilStored(page, title);
    // The service worker has cached the app under a cache named after the build.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null ||
      navigator.serviceWorker.ready.then(() => true), null, { timeout: 20000 });
    await page.evaluate(() => navigator.serviceWorker.ready);
    const build = readFileSync(path.join(DIST, 'build-id.txt'), 'utf8').trim();
    const cacheNames = await page.evaluate(() => caches.keys());
    assert.deepEqual(cacheNames, [`diem-cau-${build}`]);

    await context.setOffline(true);
    await reload(page);
    assert.equal(await planTitle(page), title);
    await click(page, 'nav.library');
    await waitIdle(page, 300);
    assert.equal((await prefixed(page, 'library.title.')).length, 1, 'the plans list is there');
    await screenshot(page, 'offline-network-off.png');
    assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e)), []);
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('one-file app from file:// with the network blocked: runs, edits, saves a plan file', async () => {
  const file = path.join(DIST, 'diem-cau.html');
  assert.ok(existsSync(file), 'dist/diem-cau.html built');
  const size = statSync(file).size;
  console.log(`# diem-cau.html: ${size} bytes (${(size / 1048576).toFixed(2)} MB)`);
  assert.ok(size <= 1.5 * 1024 * 1024, `≤ 1.5 MB (is ${size})`);
  const dir = newProfile();
  const context = await launch(dir);
  try {
    const blocked = [];
    await context.route('**/*', (route) => {
      const u = route.request().url();
      if (u.startsWith('file:') || u.startsWith('data:') || u.startsWith('blob:')) return route.continue();
      blocked.push(u);
      return route.abort();
    });
    await context.setOffline(true);
    const { page, errors } = await open(context, pathToFileURL(file).href);
    const title = 'Tệp một trang chạy không cần mạng';
    await typeTitle(page, title);
    await waitIdle(page, 300);
    await screenshot(page, 'offline-onefile.png');
    const download = page.waitForEvent('download');
    await click(page, 'topbar.save');
    const d = await download;
    const saved = JSON.parse(readFileSync(await d.path(), 'utf8'));
    assert.equal(saved.header.title, title);
    // Reload from file://: the plan is kept in the browser for file:// pages too.
    await msUntilStored(page, title);
    await reload(page);
    assert.equal(await planTitle(page), title);
    assert.deepEqual(blocked, [], 'no network request at all');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the interface language survives a reload', async () => {
  const dir = newProfile();
  const context = await launch(dir);
  try {
    const { page } = await open(context, server.url);
    const lang = () => page.evaluate(() => window.Module._dc_offline_language());
    assert.equal(await lang(), 0, 'Vietnamese by default');
    await click(page, 'topbar.lang.en');
    assert.equal(await lang(), 1);
    await waitIdle(page, 300);
    await reload(page);
    assert.equal(await lang(), 1, 'English after the reload');
    await screenshot(page, 'offline-english.png');
    await click(page, 'topbar.lang.vi');
    await waitIdle(page, 300);
    await reload(page);
    assert.equal(await lang(), 0, 'Vietnamese again');
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('zoom (90–150 %) enlarges the whole interface and survives a reload', async () => {
  const dir = newProfile();
  const context = await launch(dir);
  try {
    const { page, errors } = await open(context, server.url);
    const zoom = () => page.evaluate(() => window.Module._dc_offline_zoom());
    assert.equal(await zoom(), 100);
    const navAt100 = (await widgetCenter(page, 'nav.agenda')).rect;
    await click(page, 'status.zoom.in');
    await click(page, 'status.zoom.in');
    assert.equal(await zoom(), 125);
    await waitIdle(page, 300);
    const navAt125 = (await widgetCenter(page, 'nav.agenda')).rect;
    assert.ok(Math.abs(navAt125.h / navAt100.h - 1.25) < 0.02, `items 25 % taller (${navAt100.h} → ${navAt125.h})`);
    await page.evaluate(() => window.Module.dcStore.whenIdle());
    await reload(page);
    assert.equal(await zoom(), 125, 'kept after a reload');
    // Clicks still land where the zoomed items are drawn.
    await click(page, 'nav.library');
    await waitIdle(page, 300);
    assert.ok((await ids(page)).some((i) => i.startsWith('library.title.')), 'the library opened by a click at 125 %');
    await screenshot(page, 'offline-zoom-125.png');
    for (let i = 0; i < 4; ++i) await click(page, 'status.zoom.out');
    assert.equal(await zoom(), 90, 'never below 90 %');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a new build: the service worker tells the page, "Tải lại" switches to the new cache', async () => {
  // A copy of dist/ we can "deploy" a new version into.
  const site = mkdtempSync(path.join(tmpdir(), 'dc-site-'));
  cpSync(DIST, site, { recursive: true });
  const own = await startServer(site);
  const dir = newProfile();
  const context = await launch(dir);
  try {
    const { page, errors } = await open(context, own.url);
    await page.evaluate(() => navigator.serviceWorker.ready);
    const oldBuild = readFileSync(path.join(site, 'build-id.txt'), 'utf8').trim();
    assert.deepEqual(await page.evaluate(() => caches.keys()), [`diem-cau-${oldBuild}`]);
    assert.ok(!(await ids(page)).includes('banner.update'));

    // Deploy: same files, a new build id (what tools/stamp_offline.py writes for a changed build).
    const newBuild = 'test' + Date.now().toString(16).slice(-8);
    const sw = readFileSync(path.join(site, 'sw.js'), 'utf8').replace(`"${oldBuild}"`, `"${newBuild}"`);
    assert.ok(sw.includes(newBuild));
    writeFileSync(path.join(site, 'sw.js'), sw);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await page.waitForFunction(() => window.dcTest.widgetIds().includes('banner.update'), null, { timeout: 20000 });
    // Still the old version until the user says so.
    assert.ok((await page.evaluate(() => caches.keys())).includes(`diem-cau-${oldBuild}`));
    await screenshot(page, 'offline-update-ready.png');
    const navigated = page.waitForNavigation();
    const at = await widgetCenter(page, 'banner.update.reload');
    await page.mouse.click(at.x, at.y);   // the page goes away under the click: no frame counting here
    await navigated;
    await page.waitForFunction(() => window.dcTest && window.dcTest.isReady, null, { timeout: 30000 });
    await page.waitForFunction((b) => caches.keys().then((k) => k.length === 1 && k[0] === 'diem-cau-' + b),
      newBuild, { timeout: 10000 });
    assert.ok(!(await ids(page)).includes('banner.update'), 'no notice after the update');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await own.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(site, { recursive: true, force: true });
  }
});

test('a second tab reads the plans but does not overwrite the first one\'s', async () => {
  const dir = newProfile();
  const context = await launch(dir);
  try {
    const { page: first } = await open(context, server.url);
    const title = 'Thẻ thứ nhất giữ quyền lưu';
    await typeTitle(first, title);
    await msUntilStored(first, title);
    const second = await context.newPage();
    await second.goto(server.url);
    await second.waitForFunction(() => window.dcTest && window.dcTest.isReady, null, { timeout: 30000 });
    await waitIdle(second, 400);
    assert.equal(await second.evaluate(() => window.Module.dcStore.backend()), 'other-tab');
    assert.equal(await planTitle(second), title, 'the second tab shows the plan');
    assert.ok((await ids(second)).includes('banner.store-other-tab'), 'and says why it does not save');
    await screenshot(second, 'offline-second-tab.png');
    await typeTitle(second, 'Sửa ở thẻ thứ hai');
    await waitIdle(second, 1200);
    // The first tab keeps saving; nothing from the second reached storage.
    await first.bringToFront();   // a hidden tab gets no animation frames
    await typeTitle(first, title + ' 2');
    await msUntilStored(first, title + ' 2');
    await second.close();
    await reload(first);
    assert.equal(await planTitle(first), title + ' 2');
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
