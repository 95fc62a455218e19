// tasks.test.mjs — the "Công việc" panel through the real UI: today set by the
// user, status labels on the Kế hoạch template, tick/untick (plan state and
// progress), unit filter and "my unit", paste of a tab-separated block from a
// real paste event (preview → apply → one Ctrl+Z), keyboard editing and
// reordering, the banner; screenshots at 1366×768 and 1920×1080, DPR 1 and 2.
//
// Each test gets a fresh browser profile, so preferences (today, my unit) and
// the autosaved plan of one test never leak into the next.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openApp, screenshot, waitIdle, click, widgetCenter, renderedFrames, settle } from './helpers.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server?.close(); });

async function fresh(opts) {
  const browser = await launchBrowser();
  const { page, errors } = await openApp(browser.context, server.url, opts);
  await waitIdle(page, 400);
  return { browser, page, errors };
}

const ids = (page) => page.evaluate(() => window.dcTest.widgetIds());
const plan = (page) => page.evaluate(() => window.dcTest.planJson());
const has = async (page, id) => (await ids(page)).includes(id);

// Which STT rows are drawn (tasks.row.<n>.content), sorted.
async function rowsShown(page) {
  return (await ids(page)).map((i) => /^tasks\.row\.(\d+)\.content$/.exec(i)).filter(Boolean)
    .map((m) => Number(m[1])).sort((a, b) => a - b);
}
// tasks.row.<n>.status.<key> → { n: key }
async function statuses(page) {
  const out = {};
  for (const i of await ids(page)) {
    const m = /^tasks\.row\.(\d+)\.status\.([a-z-]+)$/.exec(i);
    if (m) out[Number(m[1])] = m[2];
  }
  return out;
}
// The statuses once they equal `expected` (or after settle's timeout): a loaded
// machine may draw the new day's labels a few frames after the input is idle.
async function statusesSettled(page, expected) {
  const read = (p) => statuses(p).then((s) => JSON.stringify(s));
  return JSON.parse(await settle(page, read, JSON.stringify(expected)));
}
async function chipCount(page, key) {
  for (const i of await ids(page)) {
    const m = new RegExp(`^tasks\\.chip\\.${key}\\.(\\d+)$`).exec(i);
    if (m) return Number(m[1]);
  }
  return null;
}

// Table headers (and other overlapping items) react to a click only after the
// mouse has hovered them for a frame, as with a real mouse.
async function hoverClick(page, id) {
  const c = await widgetCenter(page, id);
  await page.mouse.move(c.x, c.y);
  await renderedFrames(page, 2);
  await page.mouse.down();
  await renderedFrames(page, 1);
  await page.mouse.up();
  await renderedFrames(page, 2);
}

async function setToday(page, text) {
  await click(page, 'tasks.today.change');
  await click(page, 'tasks.today.input');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await waitIdle(page, 150);   // every typed key handled (the input queue drains a key per frame)
}

async function goTasks(page) {
  await click(page, 'nav.tasks');
  await waitIdle(page, 300);
}

test('today set by the user: statuses of the Kế hoạch template on 29/8/2021, banner, screenshots', async () => {
  const { browser, page, errors } = await fresh();
  try {
    // The example a first visit opens (2021: everything overdue from the real today) is said to be
    // an example, without the overdue banner; a copy of it is the user's own plan, and the banner greets it.
    assert.equal(await plan(page).then((p) => p.tasks.length), 7);
    assert.ok((await ids(page)).includes('example.banner'), 'the example is marked as one');
    assert.ok(!(await ids(page)).includes('tasks.banner'), 'no overdue banner over the untouched example');
    await click(page, 'nav.library');
    await waitIdle(page, 300);
    const titles = async () => (await ids(page)).filter((i) => i.startsWith('library.title.'));
    const first = await titles();
    await click(page, 'library.duplicate.' + first[0].slice('library.title.'.length));
    await waitIdle(page, 300);
    const copy = (await titles()).find((i) => !first.includes(i));
    assert.ok(copy, 'a copy of the example');
    await click(page, 'library.open.' + copy.slice('library.title.'.length));
    await waitIdle(page, 300);
    assert.ok(!(await ids(page)).includes('example.banner'));
    assert.ok((await ids(page)).includes('tasks.banner'), 'banner shown when the plan opens');
    await goTasks(page);
    await setToday(page, '29/8/2021');
    assert.ok((await ids(page)).some((i) => i === 'tasks.today'), 'today label drawn');
    // The status line (whole app) follows the override.
    const want = { 1: 'overdue', 2: 'overdue', 3: 'overdue', 4: 'overdue', 5: 'due-today', 6: 'due-today', 7: 'due-soon' };
    const st = await statusesSettled(page, want);
    // Trước ngày 26/8 → overdue; Trước ngày 28/8 (×3) → overdue; Trước ngày 30/8 (×2) → due today;
    // Trong ngày 30/8 → due soon.
    assert.deepEqual(st, want);
    assert.equal(await chipCount(page, 'overdue'), 4);
    assert.equal(await chipCount(page, 'due-today'), 2);
    assert.equal(await chipCount(page, 'due-soon'), 1);
    assert.equal(await chipCount(page, 'done'), 0);
    assert.ok(await has(page, 'tasks.banner.overdue.4'), 'banner counts follow today');
    assert.ok(await has(page, 'tasks.banner.due-today.2'));

    // Another day: 25/8/2021 → nothing overdue, the first task due soon? (Trước ngày 26/8: last day 25/8 → due today.)
    await setToday(page, '25/8/2021');
    const st2 = await statuses(page);
    assert.equal(st2[1], 'due-today');
    assert.equal(st2[2], 'later');
    assert.equal(st2[7], 'later');
    await setToday(page, '29/8/2021');
    await waitIdle(page, 300);
    await screenshot(page, 'tasks-1366-dpr1.png');
    // English interface: same statuses, English words.
    await click(page, 'topbar.lang.en');
    await waitIdle(page, 300);
    assert.equal((await statuses(page))[5], 'due-today');
    await screenshot(page, 'tasks-1366-en.png');
    await click(page, 'topbar.lang.vi');

    // The override is kept: a reload still sees 29/8/2021.
    await page.reload();
    await page.waitForFunction(() => window.dcTest && window.dcTest.isReady);
    await waitIdle(page, 300);
    await goTasks(page);
    assert.equal((await statuses(page))[5], 'due-today');
    // Back to the computer's date: everything in 2021 is overdue.
    await click(page, 'tasks.today.change');
    await click(page, 'tasks.today.reset');
    const allOverdue = Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((n) => [n, 'overdue']));
    assert.deepEqual(await statusesSettled(page, allOverdue), allOverdue);
    assert.deepEqual(errors, []);
  } finally { await browser.close(); }
});

test('tick records done + date, untick clears; progress follows; one Ctrl+Z undoes a tick', async () => {
  const { browser, page, errors } = await fresh();
  try {
    await goTasks(page);
    await setToday(page, '29/8/2021');
    await hoverClick(page, 'tasks.row.3.done');
    let p = await plan(page);
    assert.equal(p.tasks[2].done, true);
    assert.equal(p.tasks[2].done_on, '2021-08-29');
    assert.equal((await statuses(page))[3], 'done');
    assert.equal(await chipCount(page, 'done'), 1);
    await hoverClick(page, 'tasks.row.5.done');
    assert.equal(await chipCount(page, 'done'), 2);
    assert.equal((await plan(page)).tasks.filter((t) => t.done).length, 2);
    // Untick task 3: done and its date cleared.
    await hoverClick(page, 'tasks.row.3.done');
    p = await plan(page);
    assert.equal(p.tasks[2].done, false);
    assert.equal(p.tasks[2].done_on, '');
    assert.equal((await statuses(page))[3], 'overdue');
    assert.equal(await chipCount(page, 'done'), 1);
    // Ctrl+Z: the untick is undone (task 3 done again with its date).
    await page.keyboard.press('Control+z');
    await renderedFrames(page, 2);
    p = await plan(page);
    assert.equal(p.tasks[2].done, true);
    assert.equal(p.tasks[2].done_on, '2021-08-29');
    // Keyboard: select row 1 with its STT, Space ticks it.
    await click(page, 'tasks.row.1.stt');
    await page.keyboard.press('Space');
    await renderedFrames(page, 2);
    assert.equal((await plan(page)).tasks[0].done, true);
    // Keyboard only: ↓ selects row 2, Enter edits its content, Ctrl+Enter ticks it and keeps editing.
    await page.keyboard.press('ArrowDown');
    await renderedFrames(page, 2);
    await page.keyboard.press('Enter');
    await renderedFrames(page, 3);
    assert.equal(await page.evaluate(() => window.dcTest.activeWidget()), 'tasks.row.2.content');
    await page.keyboard.press('Control+Enter');
    await renderedFrames(page, 3);
    p = await plan(page);
    assert.equal(p.tasks[1].done, true);
    assert.equal(p.tasks[1].done_on, '2021-08-29');
    assert.equal(await page.evaluate(() => window.dcTest.activeWidget()), 'tasks.row.2.content');
    await page.keyboard.press('ArrowDown');   // the same column, one row down
    await renderedFrames(page, 3);
    assert.equal(await page.evaluate(() => window.dcTest.activeWidget()), 'tasks.row.3.content');
    assert.deepEqual(errors, []);
  } finally { await browser.close(); }
});

test('filter by unit, "my unit", status chips', async () => {
  const { browser, page, errors } = await fresh();
  try {
    await goTasks(page);
    assert.deepEqual(await rowsShown(page), [1, 2, 3, 4, 5, 6, 7]);
    // Unit combo: pick "Văn phòng" (its index among the units is found from the plan's lead names).
    await click(page, 'tasks.filter.unit');
    const unitIds = (await ids(page)).filter((i) => /^tasks\.filter\.unit\.\d+$/.test(i));
    assert.ok(unitIds.length >= 4, `units listed: ${unitIds}`);
    // Units are sorted the Vietnamese way: Các đơn vị…, Các phòng…, Văn phòng, Viettel Gia Lai; Văn phòng.
    await click(page, 'tasks.filter.unit.2');
    // Văn phòng leads 2, 3, 5, 6 and is named in 7 ("Viettel Gia Lai; Văn phòng").
    assert.deepEqual(await rowsShown(page), [2, 3, 5, 6, 7]);
    assert.ok(await has(page, 'tasks.clear-filter'));
    await click(page, 'tasks.clear-filter');
    assert.deepEqual(await rowsShown(page), [1, 2, 3, 4, 5, 6, 7]);

    // My unit: first click asks which unit; then the view shows only its tasks; click again = all.
    await click(page, 'tasks.myunit');
    assert.ok(await has(page, 'tasks.myunit.pick.0'), 'asks for my unit');
    await click(page, 'tasks.myunit.input');
    await page.keyboard.type('Viettel');
    await page.keyboard.press('Enter');
    await waitIdle(page, 150);   // every typed key handled (the input queue drains a key per frame)
    assert.deepEqual(await rowsShown(page), [7]);
    await click(page, 'tasks.myunit');
    assert.deepEqual(await rowsShown(page), [1, 2, 3, 4, 5, 6, 7]);
    await click(page, 'tasks.myunit');
    assert.deepEqual(await rowsShown(page), [7]);
    await click(page, 'tasks.myunit');

    // Status chips filter: with today 29/8/2021, "due today" = tasks 5 and 6.
    await setToday(page, '29/8/2021');
    await click(page, 'tasks.chip.due-today');
    assert.deepEqual(await rowsShown(page), [5, 6]);
    await click(page, 'tasks.chip.due-soon');
    assert.deepEqual(await rowsShown(page), [5, 6, 7]);
    await screenshot(page, 'tasks-filtered.png');
    await click(page, 'tasks.clear-filter');
    assert.deepEqual(await rowsShown(page), [1, 2, 3, 4, 5, 6, 7]);
    // Sort by status (header click): overdue first, then due today, due soon, done last.
    await hoverClick(page, 'tasks.row.2.done');
    await hoverClick(page, 'tasks.head.status');
    const order = await page.evaluate(() => {
      const out = [];
      for (const id of window.dcTest.widgetIds()) {
        const m = /^tasks\.row\.(\d+)\.content$/.exec(id);
        if (m) out.push([Number(m[1]), window.dcTest.widgetRect(id).y]);
      }
      return out.sort((a, b) => a[1] - b[1]).map((x) => x[0]);
    });
    assert.deepEqual(order, [1, 3, 4, 5, 6, 7, 2]);
    // Reordering is off while sorted: Alt+↑ leaves the plan as it is.
    await click(page, 'tasks.row.5.stt');
    await page.keyboard.press('Alt+ArrowUp');
    await renderedFrames(page, 2);
    assert.deepEqual((await plan(page)).tasks.map((t) => t.id), ['t1', 't2', 't3', 't4', 't5', 't6', 't7']);
    assert.deepEqual(errors, []);
  } finally { await browser.close(); }
});

// 20 rows with a header, Vietnamese text, Excel's quoting, one unreadable deadline.
function tsvBlock() {
  const lines = ['STT\tNội dung công việc\tThời gian hoàn thành\tChủ trì\tPhối hợp\tGhi chú'];
  for (let i = 1; i <= 20; ++i) {
    const deadline = i === 13 ? 'sớm nhất có thể' : `Trước ngày ${10 + i}/8/2021`;
    const content = i === 4 ? '"Chuẩn bị ""phông"" hội trường\tvà âm thanh"' : `Việc chuẩn bị số ${i}: kiểm tra đường truyền điểm cầu Ia Grai`;
    lines.push(`${i}\t${content}\t${deadline}\t${i % 2 ? 'Văn phòng' : 'Phòng Giáo dục Trung học'}\tViettel Gia Lai\t${i === 7 ? 'Gọi trước 1 ngày' : ''}`);
  }
  return lines.join('\r\n') + '\r\n';
}

async function dispatchPaste(page, text) {
  // The frame count is read in the same task as the event, so the two frames
  // the paste asks for cannot slip by before we start waiting.
  const before = await page.evaluate((t) => {
    const n = window.dcTest.renderCount();
    const dt = new DataTransfer();
    dt.setData('text/plain', t);
    const ev = new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true });
    document.getElementById('canvas').dispatchEvent(ev);
    return n;
  }, text);
  await page.waitForFunction((n) => window.dcTest.renderCount() >= n + 2, before, { timeout: 20000 });
  await waitIdle(page, 300);
}

test('paste 20 rows from Excel: preview with mapping and problems → apply → one Ctrl+Z removes them', async () => {
  const { browser, page, errors } = await fresh();
  try {
    await goTasks(page);
    await click(page, 'tasks.row.2.stt');   // insert below task 2
    await dispatchPaste(page, tsvBlock());
    assert.ok(await has(page, 'tasks.paste.dialog'), 'preview dialog open');
    assert.ok(await has(page, 'tasks.paste.header'));
    for (let c = 1; c <= 6; ++c) assert.ok(await has(page, `tasks.paste.col.${c}`), `column ${c} mapping`);
    assert.ok(await has(page, 'tasks.paste.problems'), 'the unreadable deadline is listed');
    assert.equal((await plan(page)).tasks.length, 7, 'nothing changes before apply');
    await waitIdle(page, 300);
    await screenshot(page, 'tasks-paste-preview.png');
    await click(page, 'tasks.paste.apply');
    await waitIdle(page, 300);
    const p = await plan(page);
    assert.equal(p.tasks.length, 27);
    assert.equal(p.tasks[2].content, 'Việc chuẩn bị số 1: kiểm tra đường truyền điểm cầu Ia Grai');
    assert.equal(p.tasks[2].lead, 'Văn phòng');
    assert.deepEqual(p.tasks[2].cooperating, ['Viettel Gia Lai']);
    assert.equal(p.tasks[2].deadline.date, '2021-08-11');
    assert.equal(p.tasks[2].deadline.qualifier, 'before');
    assert.match(p.tasks[5].content, /^Chuẩn bị "phông" hội trường\s+và âm thanh$/);
    assert.equal(p.tasks[8].note, 'Gọi trước 1 ngày');
    assert.equal(p.tasks[21].content, 'Việc chuẩn bị số 20: kiểm tra đường truyền điểm cầu Ia Grai', 'the 20th pasted row is in place');
    assert.equal(p.tasks[21].lead, 'Phòng Giáo dục Trung học');
    assert.equal(p.tasks[1].id, 't2');
    assert.equal(p.tasks[22].id, 't3', 'the old task 3 follows the pasted rows');
    assert.equal(new Set(p.tasks.map((t) => t.id)).size, 27, 'fresh ids');
    assert.equal(p.tasks.every((t) => t.content === t.content.normalize('NFC')), true);
    await screenshot(page, 'tasks-after-paste.png');
    // One Ctrl+Z removes all 20.
    await page.keyboard.press('Control+z');
    await renderedFrames(page, 2);
    assert.deepEqual((await plan(page)).tasks.map((t) => t.id), ['t1', 't2', 't3', 't4', 't5', 't6', 't7']);
    assert.deepEqual(errors, []);
  } finally { await browser.close(); }
});

test('bad pasted data: a clear message, nothing changes; the button asks for Ctrl+V', async () => {
  const { browser, page, errors } = await fresh();
  try {
    await goTasks(page);
    const before = await plan(page);
    await dispatchPaste(page, 'x\t'.repeat(5) + '\n' + 'a'.repeat(10 * 1024 * 1024));
    assert.ok(await has(page, 'tasks.paste.dialog'));
    assert.ok(await has(page, 'tasks.paste.summary'), 'the error is shown');
    assert.equal(await has(page, 'tasks.paste.apply'), false, 'nothing to apply');
    await screenshot(page, 'tasks-paste-too-big.png');
    await click(page, 'tasks.paste.cancel');
    await waitIdle(page, 300);
    assert.equal(await has(page, 'tasks.paste.dialog'), false);
    assert.deepEqual(await plan(page), before);
    // The "Dán từ Excel" button opens the dialog waiting for Ctrl+V; a real paste fills it.
    await click(page, 'tasks.paste');
    assert.ok(await has(page, 'tasks.paste.dialog'));
    assert.equal(await has(page, 'tasks.paste.apply'), false);
    await dispatchPaste(page, 'Thuê màn hình LED\tTrước ngày 27/8/2021\tVăn phòng\n');
    assert.ok(await has(page, 'tasks.paste.apply'));
    await click(page, 'tasks.paste.apply');
    await waitIdle(page, 300);
    const p = await plan(page);
    assert.equal(p.tasks.length, 8);
    assert.equal(p.tasks[7].content, 'Thuê màn hình LED');
    // Pasting on another panel does not open anything later on the tasks panel.
    await click(page, 'nav.document');
    await dispatchPaste(page, 'Không dùng\tTrước ngày 1/9/2021\n');
    await goTasks(page);
    assert.equal(await has(page, 'tasks.paste.dialog'), false);
    assert.equal((await plan(page)).tasks.length, 8);
    assert.deepEqual(errors, []);
  } finally { await browser.close(); }
});

test('add, type, deadline as written, Alt+↑ reorder, delete and undo — keyboard and mouse', async () => {
  const { browser, page, errors } = await fresh();
  try {
    await goTasks(page);
    await click(page, 'tasks.row.7.stt');
    await click(page, 'tasks.add');
    await renderedFrames(page, 3);
    let p = await plan(page);
    assert.equal(p.tasks.length, 8);
    // The new row's content cell has the keyboard: type Vietnamese, Tab to the deadline.
    assert.equal(await page.evaluate(() => window.dcTest.activeWidget()), 'tasks.row.8.content');
    await page.keyboard.type('Thử âm thanh hội trường');
    await page.keyboard.press('Tab');
    await page.keyboard.type('5 ngày trước hội nghị');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Văn phòng');
    await page.keyboard.press('Enter');
    await waitIdle(page, 300);
    p = await plan(page);
    const t = p.tasks[7];
    assert.equal(t.content, 'Thử âm thanh hội trường');
    assert.equal(t.deadline.relative, true);
    assert.equal(t.deadline.days_before_event, 5);
    assert.equal(t.lead, 'Văn phòng');
    // Alt+↑ twice moves it to position 6.
    await click(page, 'tasks.row.8.stt');
    await page.keyboard.press('Alt+ArrowUp');
    await renderedFrames(page, 2);
    await page.keyboard.press('Alt+ArrowUp');
    await renderedFrames(page, 2);
    p = await plan(page);
    assert.equal(p.tasks[5].id, t.id);
    // Drag the STT of row 1 onto row 3.
    const a = await widgetCenter(page, 'tasks.row.1.stt'), b = await widgetCenter(page, 'tasks.row.3.stt');
    await page.mouse.move(a.x, a.y);
    await page.mouse.down();
    for (let k = 1; k <= 8; ++k) { await page.mouse.move(a.x, a.y + (b.y - a.y) * k / 8); await renderedFrames(page, 1); }
    await page.mouse.up();
    await renderedFrames(page, 2);
    p = await plan(page);
    assert.deepEqual(p.tasks.slice(0, 3).map((x) => x.id), ['t2', 't3', 't1']);
    // A deadline that cannot be read: the plan keeps the old one.
    await click(page, 'tasks.row.1.deadline');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('hôm nào đó');
    await page.keyboard.press('Enter');
    await waitIdle(page, 150);   // every typed key handled (the input queue drains a key per frame)
    assert.equal((await plan(page)).tasks[0].deadline.date, '2021-08-28');
    // Delete (key) and Ctrl+Z.
    await click(page, 'tasks.row.2.stt');
    await page.keyboard.press('Delete');
    await renderedFrames(page, 2);
    assert.equal((await plan(page)).tasks.length, 7);
    assert.equal((await plan(page)).tasks.some((x) => x.id === 't3'), false);
    await page.keyboard.press('Control+z');
    await renderedFrames(page, 2);
    assert.equal((await plan(page)).tasks[1].id, 't3');
    await waitIdle(page, 300);
    await screenshot(page, 'tasks-edited.png');
    assert.deepEqual(errors, []);
  } finally { await browser.close(); }
});

test('large screen at DPR 2 and the empty state', async () => {
  const { browser, page, errors } = await fresh({ dpr: 2, width: 1920, height: 1080 });
  try {
    await goTasks(page);
    await setToday(page, '29/8/2021');
    await waitIdle(page, 300);
    await screenshot(page, 'tasks-1920-dpr2.png');
    // Delete every task → the empty state with its two ways to start.
    for (let i = 0; i < 7; ++i) {
      await click(page, 'tasks.row.1.stt');
      await click(page, 'tasks.delete');
    }
    assert.equal((await plan(page)).tasks.length, 0);
    assert.ok(await has(page, 'tasks.empty.add'));
    assert.ok(await has(page, 'tasks.empty.paste'));
    await waitIdle(page, 300);
    await screenshot(page, 'tasks-empty-dpr2.png');
    await click(page, 'tasks.empty.add');
    assert.equal((await plan(page)).tasks.length, 1);
    assert.deepEqual(errors, []);
  } finally { await browser.close(); }
});
