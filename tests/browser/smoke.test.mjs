// smoke.test.mjs — the app loads without console errors, shows the shell, and
// screenshots at DPR 1 and 2 land in test-output/browser/ (look at them).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openApp, screenshot, waitIdle } from './helpers.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

test('loads without console errors and draws the shell', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  await waitIdle(page, 600);
  const ids = await page.evaluate(() => window.dcTest.widgetIds());
  for (const id of ['topbar.undo', 'topbar.redo', 'topbar.open', 'topbar.save', 'topbar.print', 'topbar.share',
                    'topbar.lang.vi', 'topbar.lang.en', 'nav.document', 'nav.agenda', 'nav.tasks', 'nav.sites',
                    'nav.checks', 'nav.export', 'status.today', 'doc.title']) {
    assert.ok(ids.includes(id), `${id} drawn (got ${ids.join(', ')})`);
  }
  assert.equal(await page.evaluate(() => document.getElementById('dc-loading').classList.contains('gone')), true);
  const plan = await page.evaluate(() => window.dcTest.planJson());
  assert.equal(plan.format, 'diem-cau-plan');
  await screenshot(page, 'shell-dpr1.png');
  assert.deepEqual(errors, []);
  await page.close();
});

test('DPR 2: canvas backing store at device pixels, screenshot saved', async () => {
  const { page, errors } = await openApp(browser.context, server.url, { dpr: 2 });
  await waitIdle(page, 600);
  const c = await page.evaluate(() => {
    const el = document.getElementById('canvas');
    return { w: el.width, h: el.height, cw: el.clientWidth, ch: el.clientHeight, dpr: devicePixelRatio };
  });
  assert.equal(c.dpr, 2);
  assert.equal(c.w, c.cw * 2);
  assert.equal(c.h, c.ch * 2);
  await screenshot(page, 'shell-dpr2.png');
  assert.deepEqual(errors, []);
  await page.close();
});
