// district.test.mjs — a real district plan through the UI: a Phòng GDĐT's
// conference with an 80-seat hall as the central site and 22 schools in three
// groups (Mầm non, Tiểu học, THCS), some sharing a name.  Paste the schools and
// see the duplicates flagged; give the hall its own limit and see the false
// finding go; schedule the morning, then the sites without a slot in the
// afternoon; scroll the table sideways and edit a date; choose 5 speakers by
// typing part of their names; screenshots of the table, the scheduler and a
// 5-minute slot.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, startServer, launchBrowser, openApp, screenshot, click, widgetCenter, renderedFrames,
         waitIdle } from './helpers.mjs';

let server;
const browsers = [];
before(async () => { server = await startServer(); });
afterEach(async () => { while (browsers.length) await browsers.pop().close(); });
after(async () => { await server?.close(); });

const plan = (page) => page.evaluate(() => window.dcTest.planJson());
const ids = (page) => page.evaluate(() => window.dcTest.widgetIds());
const hasWidget = async (page, id) => (await ids(page)).includes(id);
const minutes = (t) => { const [h, m] = t.split(':').map(Number); return h * 60 + m; };
async function waitWidget(page, id, timeout = 5000) {
  await page.waitForFunction((i) => window.dcTest.widgetRect(i) !== null, id, { timeout });
}
async function typeInto(page, id, text) {
  await click(page, id);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.insertText(text);
  await renderedFrames(page, 3);
  await page.keyboard.press('Enter');
  await renderedFrames(page, 3);
}

// The schools, by group, as a Phòng GDĐT lists them: "Ban Mai" at three
// levels, "Lê Quý Đôn" at two, and two primary schools both "Phú La".
const SCHOOLS = {
  mn: ['Ban Mai', 'Hoa Sen', 'Sao Mai', 'Văn Quán', 'Mộ Lao', 'Kiến Hưng', 'Hà Cầu'],
  th: ['Ban Mai', 'Lê Quý Đôn', 'Phú La', 'Văn Yên', 'Phú La', 'Yên Nghĩa', 'Dương Nội', 'Biên Giang'],
  thcs: ['Ban Mai', 'Lê Quý Đôn', 'Nguyễn Trãi', 'Lê Lợi', 'Văn Khê', 'Phú Lương', 'Đồng Mai'],
};
const ALL = [...SCHOOLS.mn, ...SCHOOLS.th, ...SCHOOLS.thcs];

// The plan the district starts from: its own header, the hall (75 people, no
// own limit yet), three groups, no school yet, and a 5-minute slot in the
// programme ("Tuyên bố lý do").
function districtPlan() {
  const p = JSON.parse(readFileSync(path.join(ROOT, 'assets', 'templates', 'ke-hoach-1905.json'), 'utf8'));
  p.header.parent_body = 'UBND QUẬN HÀ ĐÔNG';
  p.header.issuing_body = 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO';
  p.header.title = 'Tổ chức Hội nghị trực tuyến sơ kết học kỳ I năm học 2026-2027';
  p.event.headcount_limit = 10;
  p.site_groups = [
    { id: 'mn', name: 'Điểm cầu các trường Mầm non' },
    { id: 'th', name: 'Điểm cầu các trường Tiểu học' },
    { id: 'thcs', name: 'Điểm cầu các trường THCS' },
  ];
  p.sites = [{ id: 'hall', central: true, name: 'Hội trường Phòng GDĐT quận Hà Đông', kind: 'Phòng GDĐT', headcount: 75,
               test_date: '2021-08-30' }];
  p.agenda[0].end = '07:55';
  p.agenda.splice(1, 0, { id: 'a5m', day: 0, start: '07:55', end: '08:00', kind: 'normal',
                          items: [{ content: 'Tuyên bố lý do', performer: 'Chánh Văn phòng' }], turns: [] });
  p.next_id = 500;
  return p;
}

// Opens a plan file the way a user does: dropped on the window.
async function dropPlan(page, p) {
  await page.evaluate((body) => {
    const dt = new DataTransfer();
    dt.items.add(new File([body], 'ke-hoach-quan.json', { type: 'application/json' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, JSON.stringify(p));
  for (let i = 0; i < 100; ++i) {
    const got = await plan(page);
    if (got.header.title === p.header.title && got.sites.length === p.sites.length) return got;
    if (await hasWidget(page, 'files.open.new')) await click(page, 'files.open.new');
    else if (await hasWidget(page, 'files.open.replace')) await click(page, 'files.open.replace');
    else await page.waitForTimeout(100);
  }
  throw new Error('the plan did not open');
}

test('a district plan: duplicates, limits, a two-window schedule, a sideways table, speakers, a 5-minute slot',
     async () => {
  const b = await launchBrowser();
  browsers.push(b);
  const { page, errors } = await openApp(b.context, server.url);
  await dropPlan(page, districtPlan());
  await click(page, 'nav.sites');
  await waitWidget(page, 'sites.add');

  // Paste the 22 schools: the preview says, before anything is added, that
  // names repeat, and marks them.
  await click(page, 'sites.paste');
  await waitWidget(page, 'sites.paste.text');
  await click(page, 'sites.paste.text');
  await page.keyboard.insertText(ALL.join('\n'));
  await renderedFrames(page, 4);
  await waitWidget(page, 'sites.paste.summary');
  await waitWidget(page, 'sites.paste.dups');
  await screenshot(page, 'district-paste-duplicates.png');
  await click(page, 'sites.paste.apply');
  await renderedFrames(page, 3);
  let p = await plan(page);
  assert.equal(p.sites.length, 23);
  // The list flags them (no group yet: all in one).
  let seen = 0;
  for (let i = 1; i <= 22; ++i) {
    if (!(await hasWidget(page, `sites.row.${i}.name`))) continue;   // below the fold
    ++seen;
    const dup = ALL.filter((n) => n === ALL[i - 1]).length > 1;
    assert.equal(await hasWidget(page, `sites.row.${i}.dup`), dup, `${ALL[i - 1]} (row ${i}) duplicate mark`);
  }
  assert.ok(seen >= 8, `rows on screen: ${seen}`);
  assert.ok(await hasWidget(page, 'sites.warnings'), 'the summary line says names repeat');
  await screenshot(page, 'district-table-duplicates.png');

  // The office assigns the groups and headcounts in its plan file and opens it
  // again (22 group choices by hand are covered by the per-site view's tests).
  let k = 1;
  for (const [g, names] of Object.entries(SCHOOLS))
    for (let j = 0; j < names.length; ++j, ++k) {
      p.sites[k].group_id = g;
      p.sites[k].headcount = g === 'mn' ? 6 : g === 'th' ? 8 : 10;
    }
  p.header.title += ' (bản 2)';
  p = await dropPlan(page, p);
  await renderedFrames(page, 3);
  // Now only the two primary "Phú La" share a name within a group.
  // (Rows 10 and 12; the rows from 12 on may be below the fold.)
  const dupRows = [];
  for (let i = 1; i <= 11; ++i) if (await hasWidget(page, `sites.row.${i}.dup`)) dupRows.push(`${i} ${p.sites[i].name}`);
  assert.deepEqual(dupRows, ['10 Phú La'], 'Ban Mai and Lê Quý Đôn are told apart by their groups');
  // The hall (75) is over the general 10: flagged until it has its own limit.
  assert.ok(await hasWidget(page, 'sites.row.0.over'), 'the hall counted against 10');
  await click(page, 'sites.tab.groups');
  await waitWidget(page, 'sites.central.limit');
  await typeInto(page, 'sites.central.limit', '80');
  // The THCS group is further down the groups tab: scroll to it.
  for (let i = 0; i < 30; ++i) {
    const r = await page.evaluate(() => window.dcTest.widgetRect('sites.group.2.limit'));
    if (r && r.y > 300 && r.y + r.h < 700) break;
    await page.mouse.move(700, 500);
    await page.mouse.wheel(0, 120);
    await renderedFrames(page, 3);
  }
  await typeInto(page, 'sites.group.2.limit', '12');   // THCS: 12 each
  p = await plan(page);
  assert.equal(p.event.central_headcount_limit, 80);
  assert.equal(p.site_groups[2].headcount_limit, 12);
  await screenshot(page, 'district-groups-limits.png');
  await click(page, 'sites.tab.list');
  await waitWidget(page, 'sites.row.0.select');
  for (let i = 0; i <= 22; ++i) assert.equal(await hasWidget(page, `sites.row.${i}.over`), false, `row ${i} not over`);
  // "Add the group's word": every school whose name repeats gets its level.
  await click(page, 'sites.dup.rename');
  p = await plan(page);
  assert.equal(p.sites[1].name, 'Trường Mầm non Ban Mai');
  assert.equal(p.sites[8].name, 'Trường Tiểu học Ban Mai');
  assert.equal(p.sites[16].name, 'Trường THCS Ban Mai');
  assert.equal(p.sites[2].name, 'Hoa Sen', 'a unique name is kept');

  // The morning: 08h00–11h00 at 15 minutes fits 12 of the 22; the dialog says
  // so and schedules those 12 on request.
  await click(page, 'sites.schedule');
  await waitWidget(page, 'sites.sched.apply');
  await typeInto(page, 'sites.sched.date', '30/8/2021');
  await typeInto(page, 'sites.sched.start', '08h00');
  await typeInto(page, 'sites.sched.end', '11h00');
  await waitWidget(page, 'sites.sched.partial');
  await screenshot(page, 'district-scheduler-morning.png');
  await click(page, 'sites.sched.partial');
  await renderedFrames(page, 3);
  p = await plan(page);
  const morning = p.sites.filter((s) => !s.central && s.test_start !== '');
  assert.equal(morning.length, 12);
  const kept = new Map(morning.map((s) => [s.id, s.test_start]));
  // The afternoon: "Xếp các điểm cầu chưa có lịch" (ticked by itself now),
  // 14h00–17h00: the 10 others; the 12 keep their morning slots.
  await click(page, 'sites.schedule');
  await waitWidget(page, 'sites.sched.apply');
  assert.ok(await hasWidget(page, 'sites.sched.only-new'));
  await typeInto(page, 'sites.sched.start', '14h00');
  await typeInto(page, 'sites.sched.end', '17h00');
  await renderedFrames(page, 3);
  await screenshot(page, 'district-scheduler-afternoon.png');
  await click(page, 'sites.sched.apply');
  await renderedFrames(page, 3);
  p = await plan(page);
  const slots = p.sites.filter((s) => !s.central).map((s) => ({ name: s.name, id: s.id, date: s.test_date,
                                                                 a: minutes(s.test_start), b: minutes(s.test_end) }));
  assert.equal(slots.length, 22);
  for (const s of slots) {
    assert.equal(s.date, '2021-08-30');
    assert.ok(s.b - s.a === 15, `${s.name}: 15 minutes`);
    if (kept.has(s.id)) assert.equal(p.sites.find((x) => x.id === s.id).test_start, kept.get(s.id), `${s.name} kept`);
    else assert.ok(s.a >= 14 * 60 && s.b <= 17 * 60, `${s.name} in the afternoon`);
  }
  const sorted = [...slots].sort((x, y) => x.a - y.a);
  for (let i = 1; i < sorted.length; ++i)
    assert.ok(sorted[i].a >= sorted[i - 1].b, `${sorted[i - 1].name} and ${sorted[i].name} overlap`);

  // Scroll the table sideways, then edit a date: the click lands in the date
  // cell, never in the frozen name column beside it.
  if (await hasWidget(page, 'sites.detail.close')) await click(page, 'sites.detail.close');
  const t = await widgetCenter(page, 'sites.table');
  const kindBefore = (await widgetCenter(page, 'sites.row.5.kind')).rect;
  const dateBefore = (await widgetCenter(page, 'sites.row.5.testdate')).rect;
  await page.mouse.move(t.x, t.y);
  await page.keyboard.down('Shift');   // Shift+wheel scrolls sideways
  for (let i = 0; i < 6; ++i) { await page.mouse.wheel(0, 120); await renderedFrames(page, 2); }
  await page.keyboard.up('Shift');
  await renderedFrames(page, 4);
  await screenshot(page, 'district-table-scrolled.png');
  const nameBefore = p.sites[5].name;
  const name = await widgetCenter(page, 'sites.row.5.name');
  const right = name.rect.x + name.rect.w;
  // The "Loại" column has gone under the frozen columns: it is not offered
  // for clicks there, and what is left of any column starts right of them.
  const kind = await page.evaluate(() => window.dcTest.widgetRect('sites.row.5.kind'));
  assert.ok(!kind || kind.x >= right - 1, `the kind cell is not under the name column (${JSON.stringify(kind)}, was ${kindBefore.x})`);
  const head = await page.evaluate(() => window.dcTest.widgetRect('sites.row.5.headcount'));
  assert.ok(!head || head.x >= right - 1, 'the headcount cell is not under the name column');
  const date = await widgetCenter(page, 'sites.row.5.testdate');
  assert.ok(date.rect.x < dateBefore.x - 50, `the table scrolled sideways (${dateBefore.x} → ${date.rect.x})`);
  assert.ok(date.rect.x >= right - 1, 'the date cell is right of the name column, not under it');
  await typeInto(page, 'sites.row.5.testdate', '29/8/2021');
  p = await plan(page);
  assert.equal(p.sites[5].test_date, '2021-08-29');
  assert.equal(p.sites[5].name, nameBefore, 'the name is untouched');

  // Five speakers in the discussion slot, each chosen by typing part of its
  // name; one chosen already is not offered again.
  await click(page, 'nav.agenda');
  await waitWidget(page, 'agenda.slot.a3');
  await click(page, 'agenda.slot.a3');
  await click(page, 'agenda.tab.detail');
  await waitWidget(page, 'agenda.detail.turn.add');
  for (const part of ['mam non ban', 'hoa sen', 'tieu hoc le', 'nguyen trai', 'van khe']) {
    await click(page, 'agenda.detail.turn.add');
    await waitWidget(page, 'agenda.detail.turn.search');
    await page.keyboard.insertText(part);
    await renderedFrames(page, 3);
    await page.keyboard.press('Enter');
    await renderedFrames(page, 3);
  }
  p = await plan(page);
  const a3 = p.agenda.find((s) => s.id === 'a3');
  const spoken = a3.turns.map((x) => p.sites.find((s) => s.id === x.site_id).name);
  assert.deepEqual(spoken, ['Trường Mầm non Ban Mai', 'Hoa Sen', 'Trường Tiểu học Lê Quý Đôn', 'Nguyễn Trãi', 'Văn Khê']);
  // Typing the name of one already chosen offers nothing.
  await click(page, 'agenda.detail.turn.add');
  await waitWidget(page, 'agenda.detail.turn.search');
  await page.keyboard.insertText('hoa sen');
  await renderedFrames(page, 3);
  assert.equal(await hasWidget(page, 'agenda.detail.turn.search.0'), false, 'Hoa Sen has a turn already');
  await screenshot(page, 'district-speakers.png');
  await page.keyboard.press('Escape');
  await renderedFrames(page, 2);

  // The 5-minute slot: its time and title readable beside the block.
  await click(page, 'agenda.slot.a5m');
  await waitIdle(page, 300);
  const r = (await widgetCenter(page, 'agenda.slot.a5m')).rect;
  await screenshot(page, 'district-timeline-5min.png', { clip: { x: Math.max(0, r.x - 80), y: Math.max(0, r.y - 60),
                                                                 width: r.w + 120, height: 140 } });
  assert.deepEqual(errors, []);
  await page.close();
});
