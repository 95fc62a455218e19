// agenda.test.mjs — the agenda timeline through the real page: drag a block by
// mouse and read the new times from the plan, resize by the edge (5-minute snap,
// Shift for 1 minute), keyboard move, undo/redo, shift later slots, edit in the
// table and in place (Vietnamese text), a conflict that appears and clears,
// speaking turns, the other template and an empty agenda.  Screenshots at
// 1366×768 and 1920×1080 (DPR 1 and 2) land in test-output/browser/agenda-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  ROOT, startServer, launchBrowser, openApp, screenshot, waitIdle, renderedFrames, widgetCenter,
} from './helpers.mjs';

// Click a widget by its id and let the app settle (tabs and popups take a frame or two).
async function click(page, id) {
  const c = await widgetCenter(page, id);
  await page.mouse.click(c.x, c.y);
  await waitIdle(page, 150);
}

// Each test gets a fresh browser profile: the app keeps the plan in the
// browser's storage, and every test starts from the built-in template.
let server;
const browsers = [];
before(async () => { server = await startServer(); });
after(async () => { for (const b of browsers) await b.close(); await server?.close(); });

const plan = (page) => page.evaluate(() => window.dcTest.planJson());
const slotOf = (p, id) => p.agenda.find((s) => s.id === id);
async function times(page, id) {
  const s = slotOf(await plan(page), id);
  assert.ok(s, `slot ${id} exists`);
  return `${s.start}-${s.end}`;
}
const ids = (page) => page.evaluate(() => window.dcTest.widgetIds());
const rect = (page, id) => page.evaluate((i) => window.dcTest.widgetRect(i), id);

async function openAgenda(opts = {}) {
  const browser = await launchBrowser();
  browsers.push(browser);
  const { page, errors } = await openApp(browser.context, server.url, opts);
  await waitIdle(page, 400);
  const closePage = page.close.bind(page);
  page.close = async () => {   // closing the page ends its browser too
    await closePage();
    await browser.close();
    browsers.splice(browsers.indexOf(browser), 1);
  };
  if ((await ids(page)).includes('main.first-run.dismiss')) await click(page, 'main.first-run.dismiss');
  await click(page, 'nav.agenda');
  await waitIdle(page, 300);
  return { page, errors };
}

// Press the mouse at `from`, move in steps to `to`, release: the way a person drags.
async function drag(page, from, to, { shift = false, beforeUp } = {}) {
  if (shift) await page.keyboard.down('Shift');
  await page.mouse.move(from.x, from.y);
  await renderedFrames(page, 1);
  await page.mouse.down();
  await renderedFrames(page, 1);
  await page.mouse.move(to.x, (from.y + to.y) / 2, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 4 });
  await renderedFrames(page, 2);
  if (beforeUp) await beforeUp();
  await page.mouse.up();
  await renderedFrames(page, 2);
  if (shift) await page.keyboard.up('Shift');
}

// Pixels per minute of the timeline, measured from a block of known length.
async function ppmOf(page, id, minutes) {
  const r = await rect(page, `agenda.slot.${id}`);
  assert.ok(r, `block ${id} drawn`);
  return r.h / minutes;
}

async function typeInto(page, id, text) {
  await click(page, id);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text, { delay: 60 });
  await waitIdle(page, 150);   // every typed key handled (the input queue drains a key per frame)
}

async function openPlanFile(page, file) {
  const bytes = await readFile(file);
  const chooser = page.waitForEvent('filechooser');
  await click(page, 'topbar.open');
  await (await chooser).setFiles({ name: path.basename(file), mimeType: 'application/json', buffer: bytes });
  // Opening never silently replaces the plan: answer the files area's dialog.
  await page.waitForFunction(() => !!window.dcTest.widgetRect('files.open.replace'), null, { timeout: 10000 });
  await waitIdle(page, 300);
  await click(page, 'files.open.replace');
  await page.waitForFunction(() => !window.dcTest.widgetRect('files.open.dialog'), null, { timeout: 10000 });
  await waitIdle(page, 400);
}

test('timeline of the Kế hoạch template: blocks, axis, totals; screenshot 1366×768', async () => {
  const { page, errors } = await openAgenda();
  const p = await plan(page);
  assert.equal(p.agenda.length, 6);
  const drawn = await ids(page);
  for (const s of p.agenda) assert.ok(drawn.includes(`agenda.slot.${s.id}`), `block ${s.id} drawn`);
  for (const id of ['agenda.add', 'agenda.duplicate', 'agenda.delete', 'agenda.shift', 'agenda.close-gaps', 'agenda.start',
                    'agenda.totals', 'agenda.tab.table', 'agenda.tab.detail', 'agenda.tab.checks', 'agenda.timeline'])
    assert.ok(drawn.includes(id), `${id} drawn`);
  // Blocks are sized by duration: 08h00–09h30 (90 min) is three times 07h30–08h00 (30 min).
  const a1 = await rect(page, 'agenda.slot.a1'), a2 = await rect(page, 'agenda.slot.a2');
  assert.ok(Math.abs(a2.h / a1.h - 3) < 0.05, `90/30 min height ratio ${a2.h / a1.h}`);
  assert.ok(Math.abs(a2.y - (a1.y + a1.h)) < 1.5, 'a2 starts where a1 ends');
  // The table shows the same programme.
  assert.ok(drawn.includes('agenda.table.a2.2.content'), 'third item of 08h00-09h30 in the table');
  // Everything fits the 1366×768 window.
  const tl = await rect(page, 'agenda.timeline');
  assert.ok(tl.x + tl.w <= 1366 && tl.y + tl.h <= 768, 'timeline inside the window');
  await screenshot(page, 'agenda-kehoach-1366.png');
  assert.deepEqual(errors, []);
  await page.close();
});

test('drag a block by 30 minutes; live times; undo and redo', async () => {
  const { page, errors } = await openAgenda();
  const ppm = await ppmOf(page, 'a3', 60);
  const c = await widgetCenter(page, 'agenda.slot.a3');
  let live = null;
  await drag(page, c, { x: c.x, y: c.y + 30 * ppm + 1 }, {
    beforeUp: async () => {
      live = await rect(page, 'agenda.drag.live');
      await screenshot(page, 'agenda-dragging.png');
    },
  });
  assert.ok(live, 'the dragged block is drawn with live times while dragging');
  assert.equal(await times(page, 'a3'), '10:00-11:00');
  assert.equal(await times(page, 'a2'), '08:00-09:30', 'other slots stay');
  // A conflict appears (10h00–11h00 now overlaps 10h30–11h15) …
  await click(page, 'agenda.tab.checks');
  assert.ok((await ids(page)).includes('agenda.finding.0'), 'a finding is listed');
  // … and clears with undo (top bar button), comes back with Ctrl+Shift+Z, goes with Ctrl+Z.
  await click(page, 'topbar.undo');
  assert.equal(await times(page, 'a3'), '09:30-10:30');
  assert.ok(!(await ids(page)).includes('agenda.finding.0'), 'finding cleared after undo');
  await page.keyboard.press('Control+Shift+Z');
  await renderedFrames(page, 2);
  assert.equal(await times(page, 'a3'), '10:00-11:00');
  await page.keyboard.press('Control+Z');
  await renderedFrames(page, 2);
  assert.equal(await times(page, 'a3'), '09:30-10:30');
  // A click without moving changes nothing.
  const before = JSON.stringify((await plan(page)).agenda);
  await page.mouse.click(c.x, c.y);
  await renderedFrames(page, 2);
  assert.equal(JSON.stringify((await plan(page)).agenda), before);
  assert.deepEqual(errors, []);
  await page.close();
});

test('resize by the bottom and top edges, snapping to 5 minutes, Shift for 1 minute', async () => {
  const { page, errors } = await openAgenda();
  const ppm = await ppmOf(page, 'a1', 30);
  let r = await rect(page, 'agenda.slot.a1');
  const x = r.x + r.w / 2;
  // Bottom edge down by 17 minutes → snapped to 08h15.
  await drag(page, { x, y: r.y + r.h - 2 }, { x, y: r.y + r.h - 2 + 17 * ppm });
  assert.equal(await times(page, 'a1'), '07:30-08:15');
  await page.keyboard.press('Control+Z');
  await renderedFrames(page, 2);
  assert.equal(await times(page, 'a1'), '07:30-08:00');
  // The same with Shift: 1-minute steps → 08h17.
  r = await rect(page, 'agenda.slot.a1');
  await drag(page, { x, y: r.y + r.h - 2 }, { x, y: r.y + r.h - 2 + 17 * ppm }, { shift: true });
  assert.equal(await times(page, 'a1'), '07:30-08:17');
  await page.keyboard.press('Control+Z');
  await renderedFrames(page, 2);
  // Top edge of 08h00–09h30 down by 10 minutes → 08h10–09h30 (the end stays).
  r = await rect(page, 'agenda.slot.a2');
  await drag(page, { x, y: r.y + 2 }, { x, y: r.y + 2 + 10 * ppm });
  assert.equal(await times(page, 'a2'), '08:10-09:30');
  // A gap appears (08h00–08h10) and is listed; "Nối liền các khung giờ" closes it.
  await click(page, 'agenda.close-gaps');
  const p = await plan(page);
  assert.equal(`${slotOf(p, 'a2').start}-${slotOf(p, 'a2').end}`, '08:00-09:20');
  assert.equal(`${slotOf(p, 'a3').start}-${slotOf(p, 'a3').end}`, '09:20-10:20');
  assert.deepEqual(errors, []);
  await page.close();
});

test('keyboard alone: select with arrows, move by 5 and 1 minutes, Enter edits, Delete and undo', async () => {
  const { page, errors } = await openAgenda();
  await click(page, 'agenda.slot.a2');   // select (a click does not move)
  assert.equal(await times(page, 'a2'), '08:00-09:30');
  await page.keyboard.press('ArrowDown');
  await renderedFrames(page, 2);
  assert.equal(await times(page, 'a2'), '08:05-09:35');
  await page.keyboard.press('Shift+ArrowUp');
  await renderedFrames(page, 2);
  assert.equal(await times(page, 'a2'), '08:04-09:34');
  await page.keyboard.press('Control+Z');
  await page.keyboard.press('Control+Z');
  await renderedFrames(page, 3);
  assert.equal(await times(page, 'a2'), '08:00-09:30');
  // Right arrow selects the next slot; Down moves that one.
  await page.keyboard.press('ArrowRight');
  await renderedFrames(page, 2);
  await page.keyboard.press('ArrowDown');
  await renderedFrames(page, 2);
  assert.equal(await times(page, 'a3'), '09:35-10:35');
  // Enter opens the in-place editor with the first item's content focused.
  await page.keyboard.press('Enter');
  await renderedFrames(page, 3);
  assert.ok((await ids(page)).includes('agenda.edit'), 'editor open');
  assert.equal(await page.evaluate(() => window.dcTest.activeWidget()), 'agenda.edit.0.content');
  await page.keyboard.press('Escape');   // leaves the field
  await renderedFrames(page, 2);
  await page.keyboard.press('Escape');   // closes the editor
  await renderedFrames(page, 2);
  assert.ok(!(await ids(page)).includes('agenda.edit'), 'editor closed');
  // Delete removes the slot; Ctrl+Z brings it back.
  await page.keyboard.press('Delete');
  await renderedFrames(page, 2);
  assert.equal(slotOf(await plan(page), 'a3'), undefined);
  await page.keyboard.press('Control+Z');
  await renderedFrames(page, 2);
  assert.equal(await times(page, 'a3'), '09:35-10:35');
  assert.deepEqual(errors, []);
  await page.close();
});

test('shift later slots by 15 minutes; change the conference start', async () => {
  const { page, errors } = await openAgenda();
  await click(page, 'agenda.slot.a3');
  await click(page, 'agenda.shift');
  assert.ok((await ids(page)).includes('agenda.shift.minutes'));
  await typeInto(page, 'agenda.shift.minutes', '15');
  await click(page, 'agenda.shift.apply');
  let p = await plan(page);
  assert.deepEqual(p.agenda.map((s) => `${s.id} ${s.start}-${s.end}`), [
    'a1 07:30-08:00', 'a2 08:00-09:30', 'a3 09:45-10:45', 'a4 10:45-11:30', 'a5 11:30-11:45', 'a6 11:45-11:45']);
  await page.keyboard.press('Control+Z');
  await renderedFrames(page, 2);
  // Conference start 08h00 → 07h30: the whole programme moves 30 minutes earlier.
  await typeInto(page, 'agenda.start', '7h30');
  await page.keyboard.press('Enter');
  await renderedFrames(page, 3);
  p = await plan(page);
  assert.equal(p.event.days[0].start, '07:30');
  assert.deepEqual(p.agenda.map((s) => s.start), ['07:00', '07:30', '09:00', '10:00', '10:45', '11:00']);
  await page.keyboard.press('Control+Z');
  await renderedFrames(page, 2);
  assert.equal((await plan(page)).agenda[0].start, '07:30');
  assert.deepEqual(errors, []);
  await page.close();
});

test('table view: edit content and time by keyboard, in sync with the timeline', async () => {
  const { page, errors } = await openAgenda();
  await click(page, 'agenda.tab.table');
  await typeInto(page, 'agenda.table.a4.0.content', 'Trao thưởng cho tập thể, cá nhân tiêu biểu');
  await page.keyboard.press('Tab');   // to the performer cell
  await page.keyboard.type('Giám đốc Sở GDĐT', { delay: 60 });
  await page.keyboard.press('Enter');
  await waitIdle(page, 150);   // every typed key handled (the input queue drains a key per frame)
  let a4 = slotOf(await plan(page), 'a4');
  assert.equal(a4.items[0].content, 'Trao thưởng cho tập thể, cá nhân tiêu biểu'.normalize('NFC'));
  assert.equal(a4.items[0].performer, 'Giám đốc Sở GDĐT'.normalize('NFC'));
  // Time cell: 11h15 - 11h30 → 11h20 - 11h40 overlaps the 11h30 closing: a conflict is marked.
  await typeInto(page, 'agenda.table.a5.time', '11h20 - 11h40');
  await page.keyboard.press('Enter');
  await renderedFrames(page, 3);
  assert.equal(await times(page, 'a5'), '11:20-11:40');
  await click(page, 'agenda.tab.checks');
  assert.ok((await ids(page)).includes('agenda.finding.0'));
  // Clicking the finding selects its slot.
  await click(page, 'agenda.finding.0');
  await page.keyboard.press('Control+Z');   // undo the time change: conflict clears
  await renderedFrames(page, 3);
  assert.equal(await times(page, 'a5'), '11:15-11:30');
  assert.ok(!(await ids(page)).includes('agenda.finding.0'));
  // A bad time is refused with a message and the slot is kept.
  await click(page, 'agenda.tab.table');
  await typeInto(page, 'agenda.table.a5.time', 'sáng mai');
  await page.keyboard.press('Enter');
  await renderedFrames(page, 3);
  assert.equal(await times(page, 'a5'), '11:15-11:30');
  assert.ok((await ids(page)).includes('toast'), 'a message explains');
  a4 = slotOf(await plan(page), 'a4');
  assert.equal(a4.items[0].performer, 'Giám đốc Sở GDĐT'.normalize('NFC'));
  assert.deepEqual(errors, []);
  await page.close();
});

test('add a slot by double-click and type Vietnamese into it in place; add an item; duplicate', async () => {
  const { page, errors } = await openAgenda();
  // Scroll the timeline to its end (at 1366×768 the morning may not fit).
  const tl = await widgetCenter(page, 'agenda.timeline');
  await page.mouse.move(tl.x, tl.y);
  await page.mouse.wheel(0, 600);
  await waitIdle(page, 300);
  const ppm = await ppmOf(page, 'a5', 15);
  const a5 = await rect(page, 'agenda.slot.a5');   // 11h15-11h30; below it 11h30 Bế mạc, then free axis
  const y = a5.y + a5.h + 20 * ppm;                 // ≈ 11h50
  await page.mouse.dblclick(a5.x + a5.w / 2, y);
  await waitIdle(page, 200);
  if (process.env.DC_DEBUG) console.log('dblclick', a5, y, await ids(page));
  assert.ok((await ids(page)).includes('agenda.edit'), 'the editor opens on the new slot');
  assert.equal(await page.evaluate(() => window.dcTest.activeWidget()), 'agenda.edit.0.content');
  await page.keyboard.type('Chụp ảnh lưu niệm', { delay: 60 });
  await page.keyboard.press('Tab');
  await page.keyboard.type('Văn phòng Sở', { delay: 60 });
  await page.keyboard.press('Enter');
  await waitIdle(page, 150);   // every typed key handled (the input queue drains a key per frame)
  let p = await plan(page);
  assert.equal(p.agenda.length, 7);
  const added = p.agenda.find((s) => !['a1', 'a2', 'a3', 'a4', 'a5', 'a6'].includes(s.id));
  assert.equal(added.items[0].content, 'Chụp ảnh lưu niệm'.normalize('NFC'));
  assert.equal(added.items[0].performer, 'Văn phòng Sở'.normalize('NFC'));
  const [h, m] = added.start.split(':').map(Number);
  assert.ok(h * 60 + m >= 11 * 60 + 40 && h * 60 + m <= 12 * 60, `added at ${added.start}`);
  assert.equal(added.start.slice(-1) === '0' || added.start.slice(-1) === '5', true, 'snapped to 5 minutes');
  // Add a second item in the same slot, then close the editor.
  await click(page, 'agenda.edit.add-item');
  await click(page, 'agenda.edit.1.content');
  await page.keyboard.type('Bế mạc', { delay: 60 });
  await page.keyboard.press('Enter');
  await waitIdle(page, 150);   // every typed key handled (the input queue drains a key per frame)
  await screenshot(page, 'agenda-edit-in-place.png');
  await click(page, 'agenda.edit.done');
  p = await plan(page);
  assert.deepEqual(slotOf(p, added.id).items.map((i) => i.content), ['Chụp ảnh lưu niệm', 'Bế mạc'].map((s) => s.normalize('NFC')));
  // Reorder items: the second goes up.
  await click(page, `agenda.slot.${added.id}`);
  await click(page, 'agenda.tab.detail');
  await click(page, 'agenda.detail.1.up');
  p = await plan(page);
  assert.deepEqual(slotOf(p, added.id).items.map((i) => i.content), ['Bế mạc', 'Chụp ảnh lưu niệm'].map((s) => s.normalize('NFC')));
  // Duplicate: a copy right after it.
  await click(page, 'agenda.duplicate');
  p = await plan(page);
  assert.equal(p.agenda.length, 8);
  const orig = slotOf(p, added.id);
  const copy = p.agenda[p.agenda.length - 1];
  assert.notEqual(copy.id, orig.id);
  assert.equal(copy.start, orig.end);
  // The toolbar's add puts a slot after the selected one.
  const n = p.agenda.length;
  await click(page, 'agenda.add');
  assert.equal((await plan(page)).agenda.length, n + 1);
  assert.deepEqual(errors, []);
  await page.close();
});

test('speaking turns in the discussion slot: equal split, overrun and missing-turn warnings', async () => {
  const { page, errors } = await openAgenda();
  await click(page, 'agenda.slot.a3');            // 09h30-10h30 Tham luận, thảo luận
  await click(page, 'agenda.tab.detail');
  const p0 = await plan(page);
  const invited = p0.sites.filter((s) => !s.central).length;
  assert.ok(invited > 1, 'the template has bridge points');
  // The template marks no site "Được mời phát biểu": no site is reported missing.
  assert.ok(!(await ids(page)).includes('agenda.detail.turns.missing'), 'nobody invited, nobody missing');
  await click(page, 'agenda.detail.turn.split');
  let a3 = slotOf(await plan(page), 'a3');
  assert.equal(a3.turns.length, invited);
  assert.equal(a3.turns.reduce((t, x) => t + x.minutes, 0), 60);
  assert.ok(!(await ids(page)).includes('agenda.detail.turns.missing'));
  await screenshot(page, 'agenda-turns.png');
  // One more minute on the first turn: overrun by 1 minute.
  await click(page, 'agenda.detail.turn.0.minutes');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(String(a3.turns[0].minutes + 1));
  await page.keyboard.press('Enter');
  await waitIdle(page, 150);   // every typed key handled (the input queue drains a key per frame)
  a3 = slotOf(await plan(page), 'a3');
  assert.equal(a3.turns.reduce((t, x) => t + x.minutes, 0), 61);
  assert.ok((await ids(page)).includes('agenda.detail.turns.overrun'));
  // Undo all of it.
  await page.keyboard.press('Control+Z');
  await page.keyboard.press('Control+Z');
  await renderedFrames(page, 3);
  assert.equal(slotOf(await plan(page), 'a3').turns.length, 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('1920×1080 and DPR 2 screenshots; the other template and an empty agenda', async () => {
  {
    const { page, errors } = await openAgenda({ width: 1920, height: 1080 });
    await click(page, 'agenda.slot.a2');
    await screenshot(page, 'agenda-kehoach-1920.png');
    const tl = await rect(page, 'agenda.timeline');
    assert.ok(tl.h > 700, 'the timeline uses the height');
    assert.deepEqual(errors, []);
    await page.close();
  }
  {
    const { page, errors } = await openAgenda({ dpr: 2 });
    await screenshot(page, 'agenda-kehoach-1366-dpr2.png');
    assert.ok((await ids(page)).includes('agenda.slot.a1'));
    assert.deepEqual(errors, []);
    await page.close();
  }
});

test('the công văn template: empty agenda state with the connection and rehearsal on the axis', async () => {
  {
    const { page, errors } = await openAgenda({ dpr: 2 });
    await openPlanFile(page, path.join(ROOT, 'assets', 'templates', 'cong-van-k12.json'));
    const p = await plan(page);
    assert.equal(p.agenda.length, 0);
    if (!(await ids(page)).includes('agenda.timeline')) await click(page, 'nav.agenda');
    const drawn = await ids(page);
    assert.ok(drawn.includes('agenda.empty.add'), 'helpful empty state');
    assert.ok(drawn.includes('agenda.tech.k1') && drawn.includes('agenda.tech.k2'), 'connection and rehearsal drawn');
    await screenshot(page, 'agenda-congvan-empty-dpr2.png');
    await click(page, 'agenda.empty.add');
    const q = await plan(page);
    assert.equal(q.agenda.length, 1);
    assert.equal(q.agenda[0].start, '14:00', 'the first slot starts with the conference');
    assert.deepEqual(errors, []);
    await page.close();
  }
});
