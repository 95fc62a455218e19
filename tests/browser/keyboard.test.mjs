// keyboard.test.mjs — the planner with the keyboard alone (src/ui/shell/keyfocus.h):
// Tab / Shift+Tab walk through every button, tick box, choice and field in
// reading order, Enter or Space presses the one in focus, Esc puts the ring
// away; the panels keep their own keys (arrows move the selected slot, …).
// No mouse event is sent in these tests except where a test says so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appSuite, waitIdle, renderedFrames, screenshot } from './helpers.mjs';

const { fresh } = appSuite();

const plan = (page) => page.evaluate(() => window.dcTest.planJson());
const ids = (page) => page.evaluate(() => window.dcTest.widgetIds());
const focused = (page) => page.evaluate(() => window.dcTest.focusedWidget());

async function press(page, key) {
  await page.keyboard.press(key);
  await renderedFrames(page, 2);
}

// Presses Tab (or Shift+Tab) until the ring is on `id`; returns how many presses it took.
async function tabTo(page, id, { back = false, max = 120 } = {}) {
  const seen = [];
  for (let i = 1; i <= max; ++i) {
    await press(page, back ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    if (f === id) return i;
    seen.push(f);
  }
  throw new Error(`Tab never reached ${id}; it went through ${seen.slice(0, 40).join(', ')} …`);
}

test('Tab walks the page in reading order, Shift+Tab goes back, Esc and a click put the ring away', async () => {
  const { page, errors } = await fresh();
  assert.equal(await focused(page), '', 'no ring before the keyboard is used');
  await press(page, 'Tab');
  const first = await focused(page);
  assert.ok(first.startsWith('topbar.'), `the first stop is in the top bar (${first})`);
  // The navigation comes after the top bar, in its own order.
  const order = [];
  for (let i = 0; i < 14; ++i) { await press(page, 'Tab'); order.push(await focused(page)); }
  const nav = order.filter((i) => i.startsWith('nav.'));
  assert.deepEqual(nav.slice(0, 3), ['nav.library', 'nav.document', 'nav.agenda']);
  assert.ok(order.indexOf('nav.library') > order.indexOf('topbar.save'));
  await screenshot(page, 'keyboard-ring-nav.png');
  // Shift+Tab goes back one stop.
  const here = await focused(page);
  await press(page, 'Shift+Tab');
  assert.equal(await focused(page), order[order.indexOf(here) - 1]);
  await press(page, 'Escape');
  assert.equal(await focused(page), '', 'Esc puts the ring away');
  await press(page, 'Tab');
  assert.notEqual(await focused(page), '', 'Tab brings it back');
  await page.mouse.click(700, 400);
  await renderedFrames(page, 2);
  assert.equal(await focused(page), '', 'a click puts it away');
  assert.deepEqual(errors, []);
});

test('agenda by keyboard: open the section, choose and move a slot, shift what follows, undo', async () => {
  const { page, errors } = await fresh();
  await tabTo(page, 'nav.agenda');
  await press(page, 'Enter');
  await waitIdle(page, 200);
  assert.ok((await ids(page)).includes('agenda.timeline'), 'Enter on "Chương trình" opened the agenda');
  const before = (await plan(page)).agenda.map((s) => ({ id: s.id, start: s.start, end: s.end }));
  // The ring is put away; the agenda's own keys: → chooses the first slot, ↓ moves it 5 minutes.
  await press(page, 'Escape');
  await press(page, 'ArrowRight');
  await press(page, 'ArrowRight');   // the second slot
  await press(page, 'ArrowDown');
  await press(page, 'ArrowDown');
  let p = await plan(page);
  const second = before[1];
  const moved = p.agenda.find((s) => s.id === second.id);
  const mins = (t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
  assert.equal(mins(moved.start) - mins(second.start), 10, `${second.id} moved 10 minutes by ↓↓`);
  // "Dời các mục sau" is reachable by Tab now that a slot is chosen; Enter opens its dialog
  // with the minutes field ready for typing.
  await tabTo(page, 'agenda.shift');
  await screenshot(page, 'keyboard-agenda-shift-focus.png');
  await press(page, 'Enter');
  await waitIdle(page, 200);
  assert.ok((await ids(page)).includes('agenda.shift.apply'), 'the shift dialog opened');
  assert.equal(await page.evaluate(() => window.dcTest.activeWidget()), 'agenda.shift.minutes');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('20');
  await press(page, 'Enter');
  await waitIdle(page, 200);
  assert.equal((await ids(page)).includes('agenda.shift.apply'), false, 'Enter applied and closed the dialog');
  p = await plan(page);
  const at = (arr, id) => arr.find((s) => s.id === id);
  const later = before.slice(2).filter((s) => s.start && at(p.agenda, s.id).start);
  assert.ok(later.length >= 3);
  for (const s of later) assert.equal(mins(at(p.agenda, s.id).start) - mins(s.start), 20, `${s.id} shifted by 20 minutes`);
  // Ctrl+Z undoes the shift, then the move.
  await press(page, 'Control+z');
  await press(page, 'Control+z');
  await press(page, 'Control+z');
  await waitIdle(page, 200);
  p = await plan(page);
  for (const s of before) assert.equal(at(p.agenda, s.id).start, s.start, `${s.id} back at ${s.start}`);
  assert.deepEqual(errors, []);
});

test('bridge points by keyboard: the connection-test schedule dialog, its choices and its tick box', async () => {
  const { page, errors } = await fresh();
  await tabTo(page, 'nav.sites');
  await press(page, 'Enter');
  await waitIdle(page, 200);
  await tabTo(page, 'sites.schedule');
  await press(page, 'Enter');
  await waitIdle(page, 200);
  assert.ok((await ids(page)).includes('sites.sched.apply'), 'Enter opened the schedule dialog');
  // Inside the dialog the ring stays in the dialog.
  const stops = [];
  for (let i = 0; i < 12; ++i) { await press(page, 'Tab'); stops.push(await focused(page)); }
  assert.ok(stops.every((s) => s.startsWith('sites.sched.')), `only the dialog's items: ${stops.join(', ')}`);
  // 10 minutes each (a choice list opened with Enter, an option chosen with Enter), the central site too (Space).
  await tabTo(page, 'sites.sched.minutes');
  await press(page, 'Enter');
  await waitIdle(page, 200);
  await tabTo(page, 'sites.sched.minutes.opt.10');
  await screenshot(page, 'keyboard-sites-choice.png');
  await press(page, 'Enter');
  await waitIdle(page, 200);
  await tabTo(page, 'sites.sched.central');
  await press(page, 'Space');
  await waitIdle(page, 200);
  await tabTo(page, 'sites.sched.apply');
  await screenshot(page, 'keyboard-sites-schedule.png');
  await press(page, 'Enter');
  await waitIdle(page, 200);
  const p = await plan(page);
  assert.equal(p.sites.length, 18);
  for (const s of p.sites) {
    assert.equal(s.test_date, '2021-08-30', s.name);
    const [a, b] = [s.test_start, s.test_end].map((t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3)));
    assert.equal(b - a, 10, `${s.name}: 10 minutes`);
  }
  assert.deepEqual(errors, []);
});

test('tasks by keyboard: Space ticks the box in focus; with a row chosen Tab edits its cells, Esc lets go', async () => {
  const { page, errors } = await fresh();
  await tabTo(page, 'nav.tasks');
  await press(page, 'Enter');
  await waitIdle(page, 200);
  const before = await plan(page);
  await tabTo(page, 'tasks.row.2.done');
  await press(page, 'Space');
  await waitIdle(page, 200);
  let p = await plan(page);
  assert.equal(p.tasks[1].done, !before.tasks[1].done, 'Space on the tick box ticked task 2');
  assert.equal(p.tasks[0].done, before.tasks[0].done);
  // Enter on a row's content field starts typing there.
  await tabTo(page, 'tasks.row.3.content');
  await press(page, 'Enter');
  await waitIdle(page, 200);
  assert.equal(await page.evaluate(() => window.dcTest.activeWidget()), 'tasks.row.3.content');
  await page.keyboard.press('End');
  await page.keyboard.type(' (đã gọi điện)', { delay: 30 });
  await press(page, 'Enter');
  await waitIdle(page, 200);
  p = await plan(page);
  assert.equal(p.tasks[2].content, before.tasks[2].content + ' (đã gọi điện)');
  // The row stays chosen: Tab belongs to the table (edits the row) until Esc lets go of it.
  await press(page, 'Escape');
  await press(page, 'Escape');
  await press(page, 'Tab');
  assert.notEqual(await focused(page), '', 'after Esc, Tab moves the ring again');
  assert.deepEqual(errors, []);
});
