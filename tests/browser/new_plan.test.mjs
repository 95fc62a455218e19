// new_plan.test.mjs — "Kế hoạch mới" through the guided start, for a Phòng GDĐT:
// the example a first visit opens says it is one (no overdue banner); the
// guided start makes a plan with the sections of a Kế hoạch, the Phòng's
// signer (TRƯỞNG PHÒNG) and code (KH-PGDĐT), while the example stays in
// "Kế hoạch của tôi"; section II follows the event's time until it is written
// by hand, then stays as written and the checks say it disagrees.
// Screenshots (test-output/browser/new-plan-*.png) are looked at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openApp, screenshot, waitIdle, click, renderedFrames } from './helpers.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const plan = (page) => page.evaluate(() => window.dcTest.planJson());
const ids = (page) => page.evaluate(() => window.dcTest.widgetIds());
const rect = (page, id) => page.evaluate((i) => window.dcTest.widgetRect(i), id);
const shown = (page, id) => page.evaluate((i) => window.dcTest.shownText(i), id);

async function waitFor(page, read, pred, what, tries = 80) {
  let v;
  for (let i = 0; i < tries; ++i) {
    v = await read(page);
    if (pred(v)) return v;
    await page.waitForTimeout(100);
  }
  assert.fail(`${what}: got ${JSON.stringify(v).slice(0, 500)}`);
}

// Scrolls the document form until the widget is inside it (the form is a scrolling child).
async function ensureVisible(page, id) {
  for (let k = 0; k < 80; ++k) {
    const form = await rect(page, 'doc.form');
    const r = await rect(page, id);
    assert.ok(form && r, `${id} drawn in the form`);
    const top = form.y + 8, bottom = form.y + form.h - 8;
    if (r.y >= top && r.y + r.h <= bottom) return;
    await page.mouse.move(form.x + form.w / 2, form.y + form.h / 2);
    const dy = r.y < top ? Math.max(-300, r.y - top - 60) : Math.min(300, r.y + r.h - bottom + 60);
    await page.mouse.wheel(0, dy);
    await renderedFrames(page, 3);
  }
  throw new Error(`could not scroll ${id} into view`);
}

// Types into a field of the guided start (a dialog: no scrolling).
async function typeField(page, id, text) {
  await click(page, id);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text, { delay: 10 });
  await waitIdle(page, 150);   // the input queue drains a key per frame
}

// Types into a field of the document form and leaves it with Enter (one undo step).
async function typeDoc(page, id, text) {
  await ensureVisible(page, id);
  await click(page, id);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text, { delay: 10 });
  await page.keyboard.press('Enter');
  await waitIdle(page, 150);
}

test('guided start for a Phòng: sections, signer, code; section II follows the event until written by hand', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  await waitIdle(page, 400);
  if ((await ids(page)).includes('main.first-run.dismiss')) await click(page, 'main.first-run.dismiss');

  // The example: said to be one, and its 2021 deadlines are not shown as the user's overdue work.
  let have = await ids(page);
  assert.ok(have.includes('example.banner'), 'the example is marked as an example');
  assert.ok(!have.includes('tasks.banner'), 'no overdue banner over the untouched example');
  const example = await plan(page);
  assert.equal(example.header.code, 'KH-SGDĐT');

  // The guided start.
  await click(page, 'example.new');
  await waitFor(page, ids, (v) => v.includes('new-plan.dialog'), 'the guided start opens');
  await click(page, 'new-plan.kind.ke-hoach');
  await click(page, 'new-plan.issuer-kind.phong');
  // What the name gives, before the plan is made (core/issuer.h).
  const gives = await waitFor(page, (pg) => shown(pg, 'new-plan.issuer-gives'), (v) => v.includes('KH-PGDĐT'),
                              'the Phòng\'s signer and code shown');
  assert.ok(gives.includes('TRƯỞNG PHÒNG'), gives);
  await typeField(page, 'new-plan.parent', 'UBND HUYỆN ĐAK ĐOA');
  await typeField(page, 'new-plan.place', 'Đak Đoa');
  await typeField(page, 'new-plan.title', 'Tổ chức Hội nghị trực tuyến sơ kết học kỳ I');
  await typeField(page, 'new-plan.date', '20/12/2027');
  await typeField(page, 'new-plan.start', '8:00');
  await typeField(page, 'new-plan.end', '11h30');
  await typeField(page, 'new-plan.central', 'Hội trường Phòng GDĐT huyện Đak Đoa');
  await click(page, 'new-plan.site-kind.2');   // các trường THCS
  await click(page, 'new-plan.site-kind.3');   // các trường tiểu học
  await waitIdle(page, 200);
  await screenshot(page, 'new-plan-guided-start.png');
  await click(page, 'new-plan.create');

  const p = await waitFor(page, plan, (v) => v.header.issuing_body === 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO', 'the new plan opens');
  assert.equal(p.header.code, 'KH-PGDĐT');
  assert.equal(p.signer.title, 'TRƯỞNG PHÒNG');
  assert.equal(p.header.parent_body, 'UBND HUYỆN ĐAK ĐOA');
  assert.equal(p.header.kind, 'ke-hoach');
  assert.deepEqual(p.event.days.map((d) => [d.date, d.start, d.end]), [['2027-12-20', '08:00', '11:30']]);
  const top = p.body.filter((b) => b.kind === 'heading' && b.level === 1).map((b) => b.text);
  assert.deepEqual(top.slice(0, 5), ['Mục đích, yêu cầu', 'Thời gian, hình thức, địa điểm tổ chức Hội nghị',
    'Thành phần tham dự Hội nghị tại các điểm cầu', 'Nội dung, chương trình Hội nghị', 'Tổ chức thực hiện']);
  assert.deepEqual(p.site_groups.map((g) => g.name), ['Điểm cầu tại các trường THCS', 'Điểm cầu tại các trường tiểu học']);
  assert.ok(!(await ids(page)).includes('example.banner'), 'the new plan is not the example');

  // The example was kept in "Kế hoạch của tôi".
  await click(page, 'nav.library');
  await waitIdle(page, 300);
  assert.equal((await ids(page)).filter((i) => i.startsWith('library.title.')).length, 2, 'example and new plan');

  // Section II: written from the event.
  await click(page, 'nav.document');
  await click(page, 'doc.open-all');
  await waitIdle(page, 300);
  const t = p.body.findIndex((b) => b.fact === 'time');
  assert.ok(t > 0, 'a heading written from the event time');
  const field = `doc.body.${t}.body`;
  await ensureVisible(page, field);
  assert.equal(await shown(page, field), 'từ 08h00 đến 11h30 ngày 20/12/2027.');
  await screenshot(page, 'new-plan-document.png');

  // The event's start changes: section II follows.
  await typeDoc(page, 'doc.event.days.0.start', '07h30');
  await waitFor(page, plan, (v) => v.event.days[0].start === '07:30', 'start time set');
  await ensureVisible(page, field);
  await waitFor(page, (pg) => shown(pg, field), (v) => v === 'từ 07h30 đến 11h30 ngày 20/12/2027.', 'section II follows');
  assert.equal((await plan(page)).body[t].body, '', 'still written from the event, nothing stored');

  // Written by hand: stays as written when the event changes again; the checks say it disagrees.
  const mine = 'Buổi sáng ngày 20/12/2027, bắt đầu từ 07h30.';
  await typeDoc(page, field, mine);
  await waitFor(page, plan, (v) => v.body[t].body === mine, 'hand-written text stored');
  await click(page, 'nav.checks');
  await waitIdle(page, 300);
  assert.ok(!(await ids(page)).includes(`checks.place.body[${t}].body`), 'no finding while the facts agree');
  await click(page, 'nav.document');
  await waitIdle(page, 200);
  await typeDoc(page, 'doc.event.days.0.start', '09h00');
  await waitFor(page, plan, (v) => v.event.days[0].start === '09:00', 'start time set again');
  await ensureVisible(page, field);
  assert.equal(await shown(page, field), mine, 'the hand-written text stays');
  assert.equal((await plan(page)).body[t].body, mine);
  await screenshot(page, 'new-plan-hand-written.png');
  await click(page, 'nav.checks');
  await waitFor(page, ids, (v) => v.includes(`checks.place.body[${t}].body`), 'the finding names section II');
  await screenshot(page, 'new-plan-finding.png');

  assert.deepEqual(errors, []);
});
