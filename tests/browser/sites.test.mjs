// sites.test.mjs — the "Điểm cầu" (bridge points) view through the real UI:
// add a site and set its test result; paste 20 names (one undo step); generate
// the connection-test schedule for the 18 sites of the Kế hoạch template and
// check in the plan that no two tests overlap; a headcount over the limit shows
// its warning in words; the per-site view and its printable sheet; keyboard
// only; screenshots of both templates at 1366×768 / 1920×1080, DPR 1 and 2.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, startServer, launchBrowser, openApp, screenshot, waitIdle, click, widgetCenter,
         renderedFrames } from './helpers.mjs';

// Each test gets its own browser profile: the app keeps the last plan in the
// browser's storage, and every test starts from the Kế hoạch template.
let server;
const browsers = [];
before(async () => { server = await startServer(); });
afterEach(async () => { while (browsers.length) await browsers.pop().close(); });
after(async () => { await server?.close(); });
async function fresh(opts) {
  const b = await launchBrowser();
  browsers.push(b);
  return openApp(b.context, server.url, opts);
}

const plan = (page) => page.evaluate(() => window.dcTest.planJson());
const ids = (page) => page.evaluate(() => window.dcTest.widgetIds());
const hasWidget = async (page, id) => (await ids(page)).includes(id);
const minutes = (t) => { const [h, m] = t.split(':').map(Number); return h * 60 + m; };

async function waitWidget(page, id, timeout = 5000) {
  await page.waitForFunction((i) => window.dcTest.widgetRect(i) !== null, id, { timeout });
}

async function openSites(page) {
  await click(page, 'nav.sites');
  await waitWidget(page, 'sites.add');
}

// Clicks a text cell, replaces its text with `text` and leaves it with Enter.
async function typeInto(page, id, text) {
  await click(page, id);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.insertText(text);
  await renderedFrames(page, 3);
  await page.keyboard.press('Enter');
  await renderedFrames(page, 3);
}

// Gives the app a plan file the way a user does (dropped on the window), and
// opens it as a new plan if the app asks what to do with it.
async function loadTemplate(page, id) {
  const text = readFileSync(path.join(ROOT, 'assets', 'templates', `${id}.json`), 'utf8');
  const want = JSON.parse(text);
  await page.evaluate(([name, body]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([body], name, { type: 'application/json' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, [`${id}.json`, text]);
  for (let i = 0; i < 100; ++i) {
    const p = await plan(page);
    if (p.header.title === want.header.title && p.sites.length === want.sites.length) return p;
    if (await hasWidget(page, 'files.open.new')) await click(page, 'files.open.new');
    else await page.waitForTimeout(100);
  }
  throw new Error(`template ${id} did not open`);
}

test('add a site, type its name, set its test result; headcount over the limit warns in words', async () => {
  const { page, errors } = await fresh();
  await openSites(page);
  const before = await plan(page);
  assert.equal(before.sites.length, 18, 'Kế hoạch template: 18 sites');
  assert.equal(before.sites[0].central, true, 'central site first');
  assert.equal(before.event.headcount_limit, 10);

  await click(page, 'sites.add');
  await renderedFrames(page, 3);
  let p = await plan(page);
  assert.equal(p.sites.length, 19);
  const n = 18;   // the new row
  // The new row's name field has the caret: type straight away.
  assert.equal(await page.evaluate(() => window.dcTest.activeWidget()), `sites.row.${n}.name`);
  await page.keyboard.insertText('Trường THPT Chu Văn An');
  await page.keyboard.press('Enter');
  await renderedFrames(page, 3);
  p = await plan(page);
  assert.equal(p.sites[n].name, 'Trường THPT Chu Văn An');

  // Test result through the table's combo: Chưa thử → Đạt (the per-site view closed, so the
  // table has the width of the window at 1366×768).
  assert.ok(await hasWidget(page, 'sites.detail'), 'the new site is selected and shown beside the table');
  await click(page, 'sites.detail.close');
  assert.equal(p.sites[n].test_status, 'not-tested');
  await click(page, `sites.row.${n}.status`);
  await waitWidget(page, 'sites.status.opt.1');
  await click(page, 'sites.status.opt.1');
  p = await plan(page);
  assert.equal(p.sites[n].test_status, 'ok');
  await click(page, `sites.row.${n}.status`);
  await click(page, 'sites.status.opt.3');
  p = await plan(page);
  assert.equal(p.sites[n].test_status, 'no-sound');
  // The navigation badge counts failed tests.
  // Undo the last status change: back to "ok".
  await page.keyboard.press('Control+Z');
  await renderedFrames(page, 2);
  assert.equal((await plan(page)).sites[n].test_status, 'ok');

  // Headcount: 8 is fine, 12 is over the limit of 10 → a warning with words.
  await typeInto(page, `sites.row.${n}.headcount`, '8');
  assert.equal((await plan(page)).sites[n].headcount, 8);
  assert.equal(await hasWidget(page, `sites.row.${n}.over`), false);
  await typeInto(page, `sites.row.${n}.headcount`, '12');
  p = await plan(page);
  assert.equal(p.sites[n].headcount, 12);
  await waitWidget(page, `sites.row.${n}.over`);
  assert.ok(await hasWidget(page, 'sites.warnings'), 'the summary line names the problem');
  // The per-site view of the selected site says it too.
  // (The warning line above the table pushed the last row under the fold: End selects it and scrolls.)
  await page.keyboard.press('End');
  await waitWidget(page, 'sites.detail.over');
  await screenshot(page, 'sites-over-limit-1366.png');
  assert.deepEqual(errors, []);
  await page.close();
});

test('paste 20 names → 20 sites; one Ctrl+Z removes them all', async () => {
  const { page, errors } = await fresh();
  await openSites(page);
  const names = Array.from({ length: 20 }, (_, i) => `Trường THCS Nguyễn Huệ số ${i + 1}`);
  await click(page, 'sites.paste');
  await waitWidget(page, 'sites.paste.text');
  await click(page, 'sites.paste.text');
  await page.keyboard.insertText(names.join('\n'));
  await renderedFrames(page, 4);
  await waitWidget(page, 'sites.paste.summary');
  // Nothing changes before "Thêm".
  assert.equal((await plan(page)).sites.length, 18);
  await screenshot(page, 'sites-paste-preview.png');
  await click(page, 'sites.paste.apply');
  await renderedFrames(page, 3);
  let p = await plan(page);
  assert.equal(p.sites.length, 38);
  assert.deepEqual(p.sites.slice(18).map((s) => s.name), names);
  assert.equal(p.sites[0].central, true, 'the central site stays first');
  assert.equal(new Set(p.sites.map((s) => s.id)).size, 38, 'fresh ids');

  // One undo step: the dialog is closed and no field is edited, so Ctrl+Z is the plan's.
  assert.equal(await hasWidget(page, 'sites.paste.dialog'), false);
  await page.keyboard.press('Control+Z');
  await renderedFrames(page, 2);
  p = await plan(page);
  assert.equal(p.sites.length, 18);
  await page.keyboard.press('Control+Shift+Z');
  await renderedFrames(page, 2);
  assert.equal((await plan(page)).sites.length, 38, 'redo brings all 20 back');
  assert.deepEqual(errors, []);
  await page.close();
});

test('Ctrl+V on the list (no field edited) opens the paste preview with the text', async () => {
  const { page, errors } = await fresh();
  await openSites(page);
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.setData('text/plain', 'Phòng GDĐT huyện A\nPhòng GDĐT huyện B\n');
    window.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  });
  await waitWidget(page, 'sites.paste.summary');
  await click(page, 'sites.paste.apply');
  const p = await plan(page);
  assert.deepEqual(p.sites.slice(18).map((s) => s.name), ['Phòng GDĐT huyện A', 'Phòng GDĐT huyện B']);
  assert.deepEqual(errors, []);
  await page.close();
});

test('connection tests: the 18 sites of the template get slots that never overlap; clashes are flagged', async () => {
  const { page, errors } = await fresh();
  await openSites(page);
  await click(page, 'sites.schedule');
  await waitWidget(page, 'sites.sched.apply');
  // Defaults: the template's connection-test day (30/8/2021), 08h00–11h00, 15 min each:
  // 17 sites need 255 minutes, only 12 fit → "Áp dụng" is refused, the dialog says what fits.
  assert.ok(await hasWidget(page, 'sites.sched.partial'), 'short window: offers the sites that fit');
  await screenshot(page, 'sites-schedule-short.png');
  // 10 minutes each, the central site first: 18 × 10 min = 08h00–11h00 exactly.
  await click(page, 'sites.sched.minutes');
  await click(page, 'sites.sched.minutes.opt.10');
  await click(page, 'sites.sched.central');
  await renderedFrames(page, 3);
  assert.equal(await hasWidget(page, 'sites.sched.partial'), false);
  await screenshot(page, 'sites-schedule-dialog.png');
  await click(page, 'sites.sched.apply');
  await renderedFrames(page, 3);

  let p = await plan(page);
  const slots = p.sites.map((s) => ({ name: s.name, date: s.test_date, a: minutes(s.test_start), b: minutes(s.test_end) }));
  assert.equal(slots.length, 18);
  for (const s of slots) {
    assert.equal(s.date, '2021-08-30', `${s.name} tested the day before`);
    assert.ok(s.a >= 8 * 60 && s.b <= 11 * 60 && s.b - s.a === 10, `${s.name} inside 08h00–11h00`);
  }
  const sorted = [...slots].sort((x, y) => x.a - y.a);
  for (let i = 1; i < sorted.length; ++i)
    assert.ok(sorted[i].a >= sorted[i - 1].b, `${sorted[i - 1].name} and ${sorted[i].name} overlap`);
  assert.equal(await hasWidget(page, 'sites.row.2.clash'), false);

  // Edit one slot by hand so that it overlaps the next: both rows are flagged, in words.
  await typeInto(page, 'sites.row.2.testtime', '08h25 - 08h40');
  p = await plan(page);
  assert.equal(p.sites[2].test_start, '08:25');
  assert.equal(p.sites[2].test_end, '08:40');
  await waitWidget(page, 'sites.row.2.clash');
  assert.ok(await hasWidget(page, 'sites.row.3.clash'));
  // Unreadable time: nothing changes.
  await typeInto(page, 'sites.row.2.testtime', '8 rưỡi');
  assert.equal((await plan(page)).sites[2].test_start, '08:25');
  await screenshot(page, 'sites-schedule-clash.png');
  // The whole schedule is one undo step (after the hand edit is undone).
  await page.keyboard.press('Control+Z');
  await renderedFrames(page, 2);
  await page.keyboard.press('Control+Z');
  await renderedFrames(page, 2);
  p = await plan(page);
  assert.ok(p.sites.every((s) => s.test_start === ''), 'undo removes every generated slot');
  assert.deepEqual(errors, []);
  await page.close();
});

test('per-site view: slot, programme, speaking turn, contacts; print the site sheet', async () => {
  const { page, errors } = await fresh();
  await openSites(page);
  const p = await plan(page);
  await click(page, 'sites.row.3.select');
  await waitWidget(page, 'sites.detail');
  for (const id of ['sites.detail.slot', 'sites.detail.turns', 'sites.detail.programme', 'sites.detail.contact',
                    'sites.detail.phone', 'sites.detail.print', 'sites.detail.participants'])
    assert.ok(await hasWidget(page, id), `${id} shown`);
  // Type the site's contact in the per-site view.
  await typeInto(page, 'sites.detail.contact', 'Ông Trần Văn Bình');
  await typeInto(page, 'sites.detail.phone', '0905 123 456');
  const q = await plan(page);
  assert.equal(q.sites[3].contact_name, 'Ông Trần Văn Bình');
  assert.equal(q.sites[3].contact_phone, '0905 123 456');
  await click(page, 'sites.detail.print');
  await page.waitForFunction(() => document.getElementById('dc-print'), null, { timeout: 5000 });
  const html = await page.evaluate(() => document.getElementById('dc-print').srcdoc);
  assert.ok(html.includes(p.sites[3].name), 'the sheet names the site');
  assert.ok(html.includes('0905 123 456'), 'the sheet has the contact');
  await screenshot(page, 'sites-detail-1366.png');
  assert.deepEqual(errors, []);
  await page.close();
});

test('keyboard only: ↓ selects, Delete removes (undoable), Insert adds and puts the caret in the name', async () => {
  const { page, errors } = await fresh();
  await openSites(page);
  await click(page, 'sites.row.0.select');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await renderedFrames(page, 2);
  const sel = await widgetCenter(page, 'sites.selected');
  const row2 = await widgetCenter(page, 'sites.row.2.select');
  assert.ok(Math.abs(sel.y - row2.y) < 2, 'row 3 selected');
  const name2 = (await plan(page)).sites[2].name;
  await page.keyboard.press('Delete');
  await renderedFrames(page, 2);
  let p = await plan(page);
  assert.equal(p.sites.length, 17);
  assert.ok(!p.sites.some((s) => s.name === name2));
  await page.keyboard.press('Control+Z');
  await renderedFrames(page, 2);
  p = await plan(page);
  assert.equal(p.sites.length, 18);
  assert.equal(p.sites[2].name, name2);
  await page.keyboard.press('Insert');
  await renderedFrames(page, 3);
  assert.equal(await page.evaluate(() => window.dcTest.activeWidget()), 'sites.row.18.name');
  await page.keyboard.insertText('Điểm cầu mới');
  await page.keyboard.press('Enter');
  await renderedFrames(page, 2);
  assert.equal((await plan(page)).sites[18].name, 'Điểm cầu mới');
  assert.deepEqual(errors, []);
  await page.close();
});

test('screenshots: both templates, groups tab, 1920×1080 at DPR 2, empty state', async () => {
  const { page, errors } = await fresh({ width: 1920, height: 1080, dpr: 2 });
  await openSites(page);
  await click(page, 'sites.row.1.select');
  await waitIdle(page, 400);
  await screenshot(page, 'sites-kehoach-1920-dpr2.png');

  const cv = await loadTemplate(page, 'cong-van-k12');
  assert.equal(cv.sites.length, 19);
  await openSites(page);
  await click(page, 'sites.row.0.select');
  await waitIdle(page, 400);
  await screenshot(page, 'sites-congvan-1920-dpr2.png');
  // Site groups of the công văn: visible and editable.
  await click(page, 'sites.tab.groups');
  await waitWidget(page, 'sites.group.0.participants');
  assert.ok(cv.site_groups.length >= 4);
  await typeInto(page, 'sites.group.1.name', 'Điểm cầu tại các phòng GDĐT (17 đơn vị)');
  assert.equal((await plan(page)).site_groups[1].name, 'Điểm cầu tại các phòng GDĐT (17 đơn vị)');
  await waitIdle(page, 400);
  await screenshot(page, 'sites-congvan-groups-1920-dpr2.png');
  await page.close();

  // 1366×768, DPR 1: the công văn list, then every site deleted → the empty state.
  const small = await fresh();
  const pg = small.page;
  await openSites(pg);
  await loadTemplate(pg, 'cong-van-k12');
  await openSites(pg);
  await click(pg, 'sites.row.5.select');
  await waitIdle(pg, 400);
  await screenshot(pg, 'sites-congvan-1366.png');
  await click(pg, 'sites.tab.groups');
  await waitIdle(pg, 400);
  await screenshot(pg, 'sites-congvan-groups-1366.png');
  await click(pg, 'sites.tab.list');
  await click(pg, 'sites.row.0.select');
  for (let k = 0; k < 19; ++k) { await pg.keyboard.press('Delete'); await renderedFrames(pg, 2); }
  assert.equal((await plan(pg)).sites.length, 0);
  await waitWidget(pg, 'sites.empty.add');
  await waitIdle(pg, 400);
  await screenshot(pg, 'sites-empty-1366.png');
  assert.deepEqual(errors, []);
  assert.deepEqual(small.errors, []);
  await pg.close();
});

test('reorder by hand: Alt+↑ and the detail view\'s arrows move a site, the central one stays first, Ctrl+Z undoes', async () => {
  const { page, errors } = await fresh();
  await openSites(page);
  const names = (p) => p.sites.map((s) => s.name);
  const before = names(await plan(page));
  assert.ok((await plan(page)).sites[0].central, 'the template has its central site first');
  await click(page, 'sites.row.3.select');
  await page.keyboard.press('Alt+ArrowUp');
  await waitIdle(page, 150);
  let now = names(await plan(page));
  assert.deepEqual(now.slice(0, 4), [before[0], before[1], before[3], before[2]], 'row 4 went up one');
  // The same site is still chosen: the detail view's ↓ takes it back.
  await waitWidget(page, 'sites.detail.down');
  await screenshot(page, 'sites-reorder.png');
  await click(page, 'sites.detail.down');
  await waitIdle(page, 150);
  assert.deepEqual(names(await plan(page)), before, '↓ put it back');
  // Nothing moves above the central site, and the central site does not move.
  await click(page, 'sites.row.1.select');
  await page.keyboard.press('Alt+ArrowUp');
  await waitIdle(page, 150);
  assert.deepEqual(names(await plan(page)), before, 'row 2 cannot go above the central site');
  await click(page, 'sites.row.0.select');
  await page.keyboard.press('Alt+ArrowDown');
  await waitIdle(page, 150);
  assert.deepEqual(names(await plan(page)), before, 'the central site stays first');
  // Undo the two moves that happened.
  await page.keyboard.press('Control+z');
  await waitIdle(page, 150);
  assert.deepEqual(names(await plan(page)).slice(0, 4), [before[0], before[1], before[3], before[2]]);
  await page.keyboard.press('Control+z');
  await waitIdle(page, 150);
  assert.deepEqual(names(await plan(page)), before);
  assert.deepEqual(errors, []);
});
