// shell.test.mjs — the app shell as a user meets it: the loading note until the
// first frame, a clear message without WebGL2, one full-window layout that
// follows the browser window, navigation between the areas, fonts rasterised
// for the display's pixel ratio (1, 1.5, 2), and no rendering while idle.
// Screenshots at 1366×768 and 1920×1080, DPR 1 and 2, in test-output/browser/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openApp, screenshot, waitIdle, click, emulateDpr } from './helpers.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const canvasSize = (page) => page.evaluate(() => {
  const c = document.getElementById('canvas');
  return { w: c.width, h: c.height, cw: c.clientWidth, ch: c.clientHeight, dpr: devicePixelRatio };
});

test('idle: 0 frames rendered per second without input; input redraws at once', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  await waitIdle(page, 700);
  const a = await page.evaluate(() => ({ r: window.dcTest.renderCount(), t: window.dcTest.frameCount(), now: performance.now() }));
  await page.waitForTimeout(4000);
  const b = await page.evaluate(() => ({ r: window.dcTest.renderCount(), t: window.dcTest.frameCount(), now: performance.now() }));
  const seconds = (b.now - a.now) / 1000;
  const rate = (b.r - a.r) / seconds;
  console.log(`# idle: ${b.r - a.r} frames rendered in ${seconds.toFixed(1)} s (${rate.toFixed(2)}/s) while the loop ticked ${b.t - a.t} times`);
  assert.ok(b.t - a.t > 10, 'the main loop keeps ticking (so the count is meaningful)');
  assert.equal(b.r - a.r, 0, 'no frame rendered while idle');

  // A mouse move is drawn within a frame or two.
  const before = await page.evaluate(() => window.dcTest.renderCount());
  await page.mouse.move(300, 300);
  await page.waitForFunction((n) => window.dcTest.renderCount() > n, before, { timeout: 1000 });
  // …and it settles back to idle (≈0.5 s of frames after the last input).
  await waitIdle(page, 700);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a loading note shows until the first frame, then goes', async () => {
  // A browser of its own: in the shared one the service worker serves the app from its cache.
  const fresh = await launchBrowser();
  const page = await fresh.context.newPage();
  let release;
  const gate = new Promise((r) => { release = r; });
  await page.route('**/diemcau.wasm', async (route) => { await gate; await route.continue(); });
  await page.goto(server.url);
  const note = await page.evaluate(() => {
    const el = document.getElementById('dc-loading');
    return { text: el.textContent, visible: getComputedStyle(el).display !== 'none', ready: !!(window.dcTest && window.dcTest.isReady) };
  });
  assert.match(note.text, /Đang mở Điểm Cầu/);
  assert.equal(note.visible, true);
  assert.equal(note.ready, false);
  await screenshot(page, 'loading-note.png');
  release();
  await page.waitForFunction(() => window.dcTest && window.dcTest.isReady, null, { timeout: 30000 });
  assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById('dc-loading')).display), 'none');
  await fresh.close();
});

test('without WebGL2 the page says so in words, instead of a blank window', async () => {
  const page = await browser.context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript(() => {
    const real = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
      return kind === 'webgl2' ? null : real.call(this, kind, ...rest);
    };
  });
  await page.goto(server.url);
  await page.waitForFunction(() => document.getElementById('dc-loading').classList.contains('error'), null, { timeout: 10000 });
  const text = await page.evaluate(() => document.getElementById('dc-loading').textContent);
  assert.match(text, /WebGL2/);
  assert.match(text, /Chrome, Edge, Firefox hoặc Cốc Cốc/);
  await screenshot(page, 'no-webgl2.png');
  assert.deepEqual(errors, []);
  await page.close();
});

test('navigation reaches every area; the window fills the browser and follows resizes', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  await waitIdle(page, 400);
  for (const s of ['agenda', 'tasks', 'sites', 'checks', 'export', 'document']) {
    await click(page, `nav.${s}`);
    await page.waitForFunction((id) => window.dcTest.widgetIds().includes(id), `main.${s}`, { timeout: 5000 });
  }
  for (const [w, h] of [[1920, 1080], [1366, 768], [1024, 700]]) {
    await page.setViewportSize({ width: w, height: h });
    await page.waitForFunction(([w, h]) => {
      const c = document.getElementById('canvas');
      const r = window.dcTest.widgetRect('status.findings');
      return c.width === w && c.height === h && r && r.x + r.w > w - 40 && r.y > h - 30;
    }, [w, h], { timeout: 5000 });
    const main = await page.evaluate(() => window.dcTest.widgetRect('main.document'));
    assert.ok(Math.abs(main.x + main.w - w) < 2, `main area reaches the right edge at ${w}×${h}`);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test('fonts follow the pixel ratio: 1 → 1.5 → 2 on the same page', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  await waitIdle(page, 400);
  assert.equal(await page.evaluate(() => window.dcTest.fontDpr()), 1);
  for (const dpr of [1.5, 2]) {
    await emulateDpr(page, dpr, 1366, 768);
    await page.waitForFunction((d) => window.dcTest.fontDpr() === d, dpr, { timeout: 5000 });
    const c = await canvasSize(page);
    assert.equal(c.dpr, dpr);
    assert.equal(c.w, Math.round(c.cw * dpr), 'canvas backing store at device pixels');
    await waitIdle(page, 400);
    await screenshot(page, `shell-1366-dpr${dpr}.png`);
    await screenshot(page, `shell-zoom-dpr${dpr}.png`, { clip: { x: 0, y: 0, width: 460, height: 200 } });
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test('screenshots: 1366×768 and 1920×1080 at DPR 1 and 2', async () => {
  for (const [w, h] of [[1366, 768], [1920, 1080]]) {
    for (const dpr of [1, 2]) {
      const { page, errors } = await openApp(browser.context, server.url, { width: w, height: h, dpr });
      await waitIdle(page, 500);
      const c = await canvasSize(page);
      assert.equal(c.w, w * dpr);
      assert.equal(c.h, h * dpr);
      assert.equal(await page.evaluate(() => window.dcTest.fontDpr()), dpr);
      await screenshot(page, `shell-${w}x${h}-dpr${dpr}.png`);
      await screenshot(page, `shell-${w}x${h}-dpr${dpr}-zoom.png`, { clip: { x: 0, y: 0, width: 520, height: 260 } });
      assert.deepEqual(errors, []);
      await page.close();
    }
  }
});
