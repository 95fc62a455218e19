// edits_kept.test.mjs — four ways recent edits used to be lost; each test ends
// with every edit kept (or with the user asked before anything is dropped).
//
//  1. a second tab (read only while the first holds the storage): its edits are
//     kept, a reload asks first, and once the first tab closes they are saved
//  2. storage full, then freed: the pending plan is written at once, a reload
//     right after keeps it; while it is full a reload asks first
//  3. the browser process killed ~300 ms after the last key: the whole text is
//     there on the next start (and the last-key→durable time is printed)
//  4. a crash (abort() / a WebAssembly trap) after typing: a plain message, the
//     typed text is kept, "Tải lại" brings the app back with it; when the text
//     could not be stored (storage full), the message says so, offers the plan as
//     a file first, and leaving asks until it was downloaded
// Screenshots land in test-output/browser/edits-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync, readFileSync } from 'node:fs';
import { startServer, screenshot, waitIdle, click, planTitle, launchProfile, newProfile as makeProfile, browserPids } from './helpers.mjs';

const launch = launchProfile;
const newProfile = () => makeProfile('dc-kept-');

const ready = (page) => page.waitForFunction(() => window.dcTest && window.dcTest.isReady, null, { timeout: 30000 });
async function open(context, url, page) {
  page = page || context.pages()[0] || await context.newPage();
  await page.goto(url);
  await ready(page);
  await waitIdle(page, 400);
  return page;
}
// Replaces the plan's title through the real field (click, select all, type).
async function typeTitle(page, text) {
  await click(page, 'doc.title');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text, { delay: 15 });
  await waitIdle(page, 150);   // every typed key handled (the input queue drains a key per frame)
}
// Is `text` in a plan slot of the browser's storage, with every transaction complete?
const stored = (page, text) => page.evaluate((t) => {
  const s = window.Module.dcStore;
  return s.stats().pending === 0 && s.keys('dc.plan.').some((k) => (s.get(k) || '').includes(t));
}, text);
async function waitStored(page, text, timeout = 5000) {
  await page.waitForFunction((t) => {
    const s = window.Module.dcStore;
    return s.stats().pending === 0 && s.keys('dc.plan.').some((k) => (s.get(k) || '').includes(t));
  }, text, { timeout, polling: 20 });
}
const unsaved = (page) => page.evaluate(() => window.Module._dc_has_unsaved_edits());
const ids = (page) => page.evaluate(() => window.dcTest.widgetIds());

// Starts a reload from inside the page and reports whether the browser asked
// first (beforeunload); the question is answered "stay" so nothing is dropped.
async function reloadIsAsked(page) {
  const asked = new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), 3000);
    page.once('dialog', async (d) => {
      clearTimeout(timer);
      const type = d.type();
      await d.dismiss();
      resolve(type === 'beforeunload');
    });
  });
  await page.evaluate(() => { setTimeout(() => window.location.reload(), 0); });
  return asked;
}

let server;
before(async () => { server = await startServer(); });
after(async () => { await server?.close(); });

test('second tab: its edits are kept, a reload asks first, and they are saved once the first tab closes', async () => {
  const dir = newProfile();
  const context = await launch(dir);
  try {
    const first = await open(context, server.url);
    await typeTitle(first, 'Thẻ thứ nhất');
    await waitStored(first, 'Thẻ thứ nhất');
    const second = await open(context, server.url, await context.newPage());
    assert.equal(await second.evaluate(() => window.Module.dcStore.backend()), 'other-tab');
    assert.ok((await ids(second)).includes('banner.store-other-tab'), 'the second tab says why it does not save');
    assert.ok((await ids(second)).includes('banner.store.save'), 'and offers to save to a file');
    const title = 'Sửa ở thẻ thứ hai 5150';
    await typeTitle(second, title);
    await waitIdle(second, 600);
    assert.equal(await unsaved(second), 1, 'the second tab knows its edits are not stored');
    await screenshot(second, 'edits-second-tab.png');

    // Reloading now would drop them: the browser asks first.
    assert.equal(await reloadIsAsked(second), true, 'a reload asks before dropping the edits');
    await waitIdle(second, 300);
    assert.equal(await planTitle(second), title, 'still there after "stay"');

    // The banner's advice: close the other tab.  This tab takes the storage over and writes.
    await first.close();
    await second.bringToFront();
    await second.waitForFunction(() => window.Module.dcStore.backend() === 'indexeddb', null, { timeout: 10000 });
    await waitStored(second, title);
    assert.equal(await unsaved(second), 0);
    await waitIdle(second, 300);
    assert.ok(!(await ids(second)).includes('banner.store-other-tab'), 'the banner is gone');
    await screenshot(second, 'edits-second-tab-took-over.png');

    // ... and reload, as it said: the edits are there (no question asked).
    let asked = false;
    second.once('dialog', (d) => { asked = true; d.accept(); });
    await second.reload();
    await ready(second);
    await waitIdle(second, 400);
    assert.equal(asked, false, 'nothing left to ask about');
    assert.equal(await planTitle(second), title);
    assert.equal(await second.evaluate(() => window.Module.dcStore.backend()), 'indexeddb');
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('second tab: when both tabs changed the plan, the second tab\'s version is kept as a plan of its own', async () => {
  const dir = newProfile();
  const context = await launch(dir);
  try {
    const first = await open(context, server.url);
    await typeTitle(first, 'Gốc');
    await waitStored(first, 'Gốc');
    const second = await open(context, server.url, await context.newPage());
    await typeTitle(second, 'Bản của thẻ hai');
    await waitIdle(second, 300);
    await first.bringToFront();
    await typeTitle(first, 'Bản của thẻ một');
    await waitStored(first, 'Bản của thẻ một');
    await first.close();
    await second.bringToFront();
    await second.waitForFunction(() => window.Module.dcStore.backend() === 'indexeddb', null, { timeout: 10000 });
    await waitStored(second, 'Bản của thẻ hai');
    assert.ok(await stored(second, 'Bản của thẻ một'), 'the first tab\'s version is not overwritten');
    await waitIdle(second, 300);
    await screenshot(second, 'edits-second-tab-copy.png');
    await second.reload();
    await ready(second);
    await waitIdle(second, 400);
    assert.equal(await planTitle(second), 'Bản của thẻ hai');
    await click(second, 'nav.library');
    await waitIdle(second, 300);
    const titles = (await ids(second)).filter((i) => i.startsWith('library.title.'));
    assert.equal(titles.length, 2, `both versions in the list (${titles})`);
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('storage full, then freed: the pending edits are written at once; a reload right after keeps them', async () => {
  const dir = newProfile();
  const context = await launch(dir);
  try {
    const page = await open(context, server.url);
    await typeTitle(page, 'Trước khi đầy');
    await waitStored(page, 'Trước khi đầy');
    await page.evaluate(() => {
      window.__realPut = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
    });
    const title = 'Soạn khi bộ nhớ đầy 909';
    await typeTitle(page, title);
    await page.waitForFunction(() => window.dcTest.widgetIds().includes('banner.store-full'), null, { timeout: 5000 });
    assert.equal(await unsaved(page), 1);
    await screenshot(page, 'edits-storage-full.png');
    assert.equal(await reloadIsAsked(page), true, 'while storage is full a reload asks first');
    await waitIdle(page, 300);
    assert.equal(await planTitle(page), title);

    // Space is back; the user reloads at once (the banner is still up): the page's
    // beforeunload/pagehide flush writes the plan.  (The next test: without a reload, within ~1 s.)
    await page.evaluate(() => { IDBObjectStore.prototype.put = window.__realPut; });
    const t0 = Date.now();
    await page.waitForTimeout(150);
    const storedBefore = await stored(page, title);
    console.log(`# storage freed: plan ${storedBefore ? 'already' : 'not yet'} written ${Date.now() - t0} ms later (reload now)`);
    let asked = false;
    page.once('dialog', (d) => { asked = true; d.dismiss(); });
    await page.reload();
    await ready(page);
    await waitIdle(page, 400);
    assert.equal(asked, false, 'no question: nothing was left unsaved');
    assert.equal(await planTitle(page), title, 'the edits made while storage was full are kept');
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('storage freed: the pending plan is written within about a second, without any input', async () => {
  const dir = newProfile();
  const context = await launch(dir);
  try {
    const page = await open(context, server.url);
    await page.evaluate(() => {
      window.__realPut = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
    });
    const title = 'Chờ bộ nhớ trống 31';
    await typeTitle(page, title);
    await page.waitForFunction(() => window.dcTest.widgetIds().includes('banner.store-full'), null, { timeout: 5000 });
    await waitIdle(page, 300);
    await page.evaluate(() => { IDBObjectStore.prototype.put = window.__realPut; });
    const t0 = Date.now();
    await waitStored(page, title, 3000);
    const ms = Date.now() - t0;
    console.log(`# storage freed → plan written in ${ms} ms`);
    assert.ok(ms <= 1500, `written within ~1 s of space coming back (${ms} ms)`);
    await page.waitForFunction(() => !window.dcTest.widgetIds().includes('banner.store-full'), null, { timeout: 3000 });
    assert.equal(await unsaved(page), 0);
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('browser killed ~300 ms after the last key: the whole text is there on the next start', async () => {
  const dir = newProfile();
  let context = await launch(dir);
  try {
    let page = await open(context, server.url);
    await page.evaluate(() => {
      window.__lastKey = 0;
      window.addEventListener('keydown', () => { window.__lastKey = performance.now(); }, true);
    });
    // Last key → durable (the plan slot holding the text written and its transaction
    // complete), by the page's clock, over a few runs typed at an office pace (~8 keys/s);
    // also from the moment the app had the whole text (the input queue takes a key per frame).
    const fromKey = [], fromApp = [];
    for (let run = 0; run < 5; ++run) {
      const text = `Đo thời gian lưu lần ${run} xyz`;
      await click(page, 'doc.title');
      await page.keyboard.press('Control+A');
      await waitIdle(page, 300);
      const typing = page.keyboard.type(text, { delay: 120 });
      const ms = await page.evaluate((t) => new Promise((resolve) => {
        const s = window.Module.dcStore;
        let handled = 0;
        const iv = setInterval(() => {
          if (!handled && window.dcTest.planJson().header.title === t) handled = performance.now();
          if (s.stats().pending === 0 && s.keys('dc.plan.').some((k) => (s.get(k) || '').includes(t))) {
            clearInterval(iv);
            const now = performance.now();
            resolve([Math.round(now - window.__lastKey), Math.round(now - (handled || now))]);
          }
        }, 4);
      }), text);
      await typing;
      fromKey.push(ms[0]);
      fromApp.push(ms[1]);
      await waitIdle(page, 200);
    }
    const med = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
    console.log(`# last key → durable: ${fromKey.join(', ')} ms (median ${med(fromKey)}); ` +
                `text in the app → durable: ${fromApp.join(', ')} ms (median ${med(fromApp)})`);
    // The target is 0.5 s from the key; on a loaded test machine the key itself can take
    // ~0.2 s to reach the app (a frame costs ~70 ms in SwiftShader), so that part is checked loosely.
    assert.ok(med(fromApp) <= 400, `durable within 0.4 s of the app having the text (median ${med(fromApp)} ms)`);
    assert.ok(med(fromKey) <= 700, `durable within 0.7 s of the last key (median ${med(fromKey)} ms)`);

    // Now type, and kill the browser ~300 ms after the last key reached the app.
    const title = 'Gõ xong thì trình duyệt bị tắt 42';
    await click(page, 'doc.title');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(title, { delay: 60 });
    await page.waitForFunction((t) => window.dcTest.planJson().header.title === t, title, { polling: 5, timeout: 10000 });
    const last = Date.now();
    const pids = browserPids(dir);
    await new Promise((r) => setTimeout(r, Math.max(0, 300 - (Date.now() - last))));
    assert.ok(pids.length > 0, 'found the browser processes');
    for (const pid of pids) { try { process.kill(pid, 'SIGKILL'); } catch { /* already gone */ } }
    console.log(`# killed ${Date.now() - last} ms after the app had the last key`);
    await context.close().catch(() => {});
    context = await launch(dir);
    page = await open(context, server.url);
    assert.equal(await planTitle(page), title, 'every character kept');
  } finally {
    await context.close().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
});

for (const kind of ['abort', 'trap']) {
  test(`a crash (${kind}) after typing: a plain message, "Tải lại" brings the typed text back`, async () => {
    const dir = newProfile();
    const context = await launch(dir);
    try {
      const page = await open(context, server.url);
      const title = `Gõ rồi gặp lỗi (${kind}) 7`;
      await click(page, 'doc.title');
      await page.keyboard.press('Control+A');
      await waitIdle(page, 300);
      // The text in one input event; the crash comes as soon as the plan has it, before
      // the autosave's pause is over: only what the crash handler writes can keep it.
      // Watched every frame: the crash is asked for in the frame after the text arrived.
      const asked = page.evaluate(({ t, k }) => new Promise((resolve) => {
        const check = () => {
          if (window.dcTest.planJson().header.title !== t) { requestAnimationFrame(check); return; }
          const s = window.Module.dcStore;
          const was = s.keys('dc.plan.').some((key) => (s.get(key) || '').includes(t));
          window.dcTest.crash(k);   // stops on the next frame
          resolve(was);
        };
        requestAnimationFrame(check);
      }), { t: title, k: kind });
      await page.keyboard.insertText(title);
      const storedBefore = await asked;
      console.log(`# ${kind}: the text was ${storedBefore ? 'already' : 'not yet'} stored when the crash was asked for`);
      await page.waitForSelector('#dc-loading.error #dc-crash-reload', { timeout: 5000 });
      const msg = await page.textContent('#dc-loading .msg');
      assert.match(msg, /Điểm Cầu gặp lỗi và đã dừng/);
      assert.doesNotMatch(msg, /khởi động/, 'not "could not start"');
      assert.match(msg, /vẫn còn/);
      await screenshot(page, `edits-crash-${kind}.png`);
      // The plan as a file, from the last text the autosave produced.
      const download = page.waitForEvent('download');
      await page.click('#dc-crash-download');
      const saved = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
      assert.equal(saved.header.title, title);
      // Typing goes nowhere now (the program stopped), and nothing breaks.
      await page.keyboard.type('x');
      const navigated = page.waitForNavigation();
      await page.click('#dc-crash-reload');
      await navigated;
      await ready(page);
      await waitIdle(page, 400);
      assert.equal(await planTitle(page), title, 'the typed text survived the crash and the reload');
    } finally {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('a crash while storage refuses writes (English): the message says so and the plan is offered as a file first', async () => {
  const dir = newProfile();
  const context = await launch(dir);
  try {
    const page = await open(context, server.url);
    await click(page, 'topbar.lang.en');
    await waitIdle(page, 300);
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
    });
    const title = 'Typed while the storage was full';
    await typeTitle(page, title);
    await page.waitForFunction(() => window.dcTest.widgetIds().includes('banner.store-full'), null, { timeout: 5000 });
    await page.evaluate(() => window.dcTest.crash('abort'));
    await page.waitForSelector('#dc-loading.error #dc-crash-download', { timeout: 5000 });
    const msg = await page.textContent('#dc-loading .msg');
    assert.match(msg, /ran into an error and stopped/);
    assert.match(msg, /could not be saved/);
    await screenshot(page, 'edits-crash-unsaved-en.png');
    // Leaving now would drop them: the browser asks first.
    assert.equal(await reloadIsAsked(page), true, 'a reload asks while the last changes are only in the page');
    const download = page.waitForEvent('download');
    await page.click('#dc-crash-download');
    const saved = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
    assert.equal(saved.header.title, title, 'the file holds the last changes');
    // Saved to a file: "Reload" goes without a question.
    let asked = false;
    page.once('dialog', (d) => { asked = true; d.accept(); });
    const navigated = page.waitForNavigation();
    await page.click('#dc-crash-reload');
    await navigated;
    await ready(page);
    assert.equal(asked, false);
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
