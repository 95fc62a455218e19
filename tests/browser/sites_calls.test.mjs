// sites_calls.test.mjs — a district plan built here (an 80-seat hall and 22
// schools in three groups, tests in two lanes over two days): the call sheet
// tab and its print; "Được mời phát biểu" ticked in the table and on a group
// row, and the agenda's missing-turn warning following only those ticks;
// a paste whose heading lines put the schools in groups.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, startServer, launchBrowser, openApp, screenshot, click, renderedFrames, widgetCenter } from './helpers.mjs';

let server;
const browsers = [];
before(async () => { server = await startServer(); });
afterEach(async () => { while (browsers.length) await browsers.pop().close(); });
after(async () => { await server?.close(); });

const plan = (page) => page.evaluate(() => window.dcTest.planJson());
const ids = (page) => page.evaluate(() => window.dcTest.widgetIds());
const hasWidget = async (page, id) => (await ids(page)).includes(id);
const shown = (page, id) => page.evaluate((i) => window.dcTest.shownText(i), id);
async function waitWidget(page, id, timeout = 5000) {
  await page.waitForFunction((i) => window.dcTest.widgetRect(i) !== null, id, { timeout });
}
const hhmm = (m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

const GROUPS = {
  mn: ['Ban Mai', 'Hoa Sen', 'Sao Mai', 'Văn Quán', 'Mộ Lao', 'Kiến Hưng', 'Hà Cầu'],
  th: ['Ban Mai', 'Lê Quý Đôn', 'Phú La', 'Văn Yên', 'Phú La', 'Yên Nghĩa', 'Dương Nội', 'Biên Giang'],
  thcs: ['Ban Mai', 'Lê Quý Đôn', 'Nguyễn Trãi', 'Lê Lợi', 'Văn Khê', 'Phú Lương', 'Đồng <Mai> & "Co"'],
};

// Two central technicians; 16 schools on 14/8 (8 rounds of 15 minutes from
// 08h00, the lanes alternating), 4 on 15/8, 2 without a slot yet.
function districtPlan() {
  const p = JSON.parse(readFileSync(path.join(ROOT, 'assets', 'templates', 'ke-hoach-1905.json'), 'utf8'));
  p.header.issuing_body = 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO';
  p.header.title = 'Hội nghị trực tuyến sơ kết học kỳ I (phiếu gọi)';
  p.event.headcount_limit = 10;
  p.event.central_headcount_limit = 80;
  p.site_groups = [
    { id: 'mn', name: 'Điểm cầu các trường Mầm non' },
    { id: 'th', name: 'Điểm cầu các trường Tiểu học' },
    { id: 'thcs', name: 'Điểm cầu các trường THCS' },
  ];
  p.sites = [{ id: 'hall', central: true, name: 'Hội trường Phòng GDĐT', headcount: 75 }];
  let k = 0;
  for (const [g, names] of Object.entries(GROUPS))
    for (const name of names) {
      const s = { id: `s${k + 1}`, group_id: g, name, headcount: 8, contact_name: `Cô ${k + 1}`,
                  contact_phone: `0912 000 ${String(100 + k)}` };
      if (k < 16) Object.assign(s, { test_date: '2026-08-14', test_start: hhmm(480 + Math.floor(k / 2) * 15),
                                     test_end: hhmm(495 + Math.floor(k / 2) * 15),
                                     test_lane: k % 2 ? 'Chị Lan' : 'Anh Tuấn' });
      else if (k < 20) Object.assign(s, { test_date: '2026-08-15', test_start: hhmm(480 + (19 - k) * 15),
                                          test_end: hhmm(495 + (19 - k) * 15), test_lane: 'Anh Tuấn' });
      p.sites.push(s);
      ++k;
    }
  for (const slot of p.agenda) slot.turns = [];
  p.next_id = 500;
  return p;
}

async function dropPlan(page, p) {
  await page.evaluate((body) => {
    const dt = new DataTransfer();
    dt.items.add(new File([body], 'phieu-goi.json', { type: 'application/json' }));
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

async function capturePrints(page) {
  await page.evaluate(() => {
    window.__printed = [];
    const g = window.Module.dcGlue;
    const real = g.print;
    g.print = function (html) { window.__printed.push(html); return real.call(this, html); };
  });
}

// Sort key of a scheduled site: date, start, lane.
const callKey = (s) => [s.test_date, s.test_start, s.test_lane.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()];
const before_ = (a, b) => { for (let i = 0; i < 3; ++i) if (a[i] !== b[i]) return a[i] < b[i]; return false; };
const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
  .replace(/'/g, '&#39;');

test('the call sheet: by time then lane, opened, printed as an A4 table', async () => {
  const b = await launchBrowser();
  browsers.push(b);
  const { page, errors } = await openApp(b.context, server.url);
  const p = await dropPlan(page, districtPlan());
  await click(page, 'nav.sites');
  await waitWidget(page, 'sites.tab.calls');
  await click(page, 'sites.tab.calls');
  await waitWidget(page, 'sites.calls.table');
  assert.match(await shown(page, 'sites.calls.summary'), /^20 .* 2 .* 2 /, 'twenty calls, two days, two lanes');
  assert.ok(await hasWidget(page, 'sites.calls.without'), 'the two schools without a slot are said');
  // The rows on screen, in the order of core's call sheet.
  const scheduled = p.sites.filter((s) => s.test_start);
  const rows = [];
  for (let r = 0; r < 20; ++r) {
    const t = await shown(page, `sites.calls.row.${r}.site`);
    if (t) rows.push({ r, t });
  }
  assert.ok(rows.length >= 10, `rows on screen: ${rows.length}`);
  const sorted = [...scheduled].sort((a, c) => (before_(callKey(a), callKey(c)) ? -1 : before_(callKey(c), callKey(a)) ? 1 : 0));
  for (const { r, t } of rows) {
    const s = sorted[r];
    assert.ok(t.endsWith(`| ${s.test_lane} | ${s.name}`), `row ${r}: ${t} is ${s.name} (${s.test_lane})`);
    assert.ok(t.includes(s.test_start.replace(':', 'h')), `row ${r} shows its time`);
  }
  assert.ok(rows[0].t.includes('Anh Tuấn') && rows[1].t.includes('Chị Lan'), 'Anh Tuấn then Chị Lan at 08h00');
  await screenshot(page, 'sites-call-sheet.png');

  // The print: every scheduled school once, in that order, names escaped, a repeated header.
  await capturePrints(page);
  await click(page, 'sites.calls.print');
  await page.waitForFunction(() => window.__printed.length > 0, null, { timeout: 5000 });
  const html = await page.evaluate(() => window.__printed[0]);
  assert.ok(html.includes('PHIẾU GỌI KIỂM TRA KẾT NỐI'));
  assert.ok(html.includes('<thead>'), 'the header row repeats on each printed page');
  const body = html.slice(html.indexOf('<tbody>'), html.indexOf('</tbody>'));
  const printed = [...body.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => [...m[1].matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((c) => c[1]));
  assert.equal(printed.length, 20);
  printed.forEach((cells, i) => {
    assert.equal(cells[0], String(i + 1));
    assert.equal(cells[3], escapeHtml(sorted[i].name), `printed row ${i + 1}`);
  });
  assert.ok(!html.includes('<Mai>'), 'a name with < and & is escaped');
  assert.equal((body.match(/class="day"/g) || []).length, 2, 'one day line per test day');
  assert.ok(html.includes('Còn 2 điểm cầu chưa có lịch'));

  // A row opens its site in the list.
  await click(page, `sites.calls.row.${rows[2].r}.site`);
  await renderedFrames(page, 3);
  assert.ok(await hasWidget(page, 'sites.table'), 'back in the list');
  assert.ok(await hasWidget(page, 'sites.detail.close'), 'with the site open beside it');
  assert.deepEqual(errors, []);
  await page.close();
});

test('"Được mời phát biểu" in the table and on a group; the missing-turn warning follows the ticks', async () => {
  const b = await launchBrowser();
  browsers.push(b);
  const { page, errors } = await openApp(b.context, server.url);
  await dropPlan(page, districtPlan());
  await click(page, 'nav.sites');
  await waitWidget(page, 'sites.row.1.invited');
  assert.equal(await hasWidget(page, 'sites.row.0.invited'), false, 'the central hall has no box');
  // Five schools ticked in the table, each one undo step.
  const picks = [2, 3, 5, 6, 9];   // Hoa Sen, Sao Mai, Mộ Lao, Kiến Hưng (MN); Lê Quý Đôn (TH): rows on screen
  for (const i of picks) await click(page, `sites.row.${i}.invited`);
  await renderedFrames(page, 3);
  let p = await plan(page);
  assert.deepEqual(p.sites.map((s, i) => (s.invited_to_speak ? i : -1)).filter((i) => i >= 0), picks);
  await screenshot(page, 'sites-table-invited.png');
  await page.keyboard.press('Control+Z');
  await renderedFrames(page, 3);
  p = await plan(page);
  assert.equal(p.sites.filter((s) => s.invited_to_speak).length, 4, 'undo takes back the last tick');
  await click(page, `sites.row.${picks[4]}.invited`);
  await renderedFrames(page, 3);

  // The agenda: five invited without a turn are named; the seventeen others are not.
  const invitedNames = picks.map((i) => p.sites[i].name);
  await click(page, 'nav.agenda');
  await waitWidget(page, 'agenda.slot.a3');
  await click(page, 'agenda.slot.a3');
  await click(page, 'agenda.tab.detail');
  await waitWidget(page, 'agenda.detail.turn.add');
  assert.ok(await hasWidget(page, 'agenda.detail.turns.missing'), 'invited sites without a turn are flagged');
  // The five speakers chosen by typing part of their names (● marks the invited in the list).
  for (const part of ['hoa sen', 'sao mai', 'mo lao', 'kien hung', 'le quy don']) {
    await click(page, 'agenda.detail.turn.add');
    await waitWidget(page, 'agenda.detail.turn.search');
    await page.keyboard.insertText(part);
    await renderedFrames(page, 3);
    await page.keyboard.press('Enter');
    await renderedFrames(page, 3);
  }
  p = await plan(page);
  const a3 = p.agenda.find((s) => s.id === 'a3');
  assert.deepEqual(a3.turns.map((t) => p.sites.find((s) => s.id === t.site_id).name).sort(), [...invitedNames].sort());
  assert.equal(await hasWidget(page, 'agenda.detail.turns.missing'), false,
               'no warning for the 17 schools nobody invited');

  // Drag the last turn's number onto the first: it speaks first, the others follow in order.
  const order = a3.turns.map((t) => t.site_id);
  const from = await widgetCenter(page, 'agenda.detail.turn.4.drag');
  const to = await widgetCenter(page, 'agenda.detail.turn.0.drag');
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await renderedFrames(page, 2);
  for (let i = 1; i <= 8; ++i) {
    await page.mouse.move(from.x, from.y + ((to.y - from.y) * i) / 8);
    await renderedFrames(page, 1);
  }
  await page.mouse.up();
  await renderedFrames(page, 3);
  p = await plan(page);
  assert.deepEqual(p.agenda.find((s) => s.id === 'a3').turns.map((t) => t.site_id),
                   [order[4], order[0], order[1], order[2], order[3]], 'the dragged turn comes first');
  await screenshot(page, 'agenda-turns-dragged.png');
  await page.keyboard.press('Control+Z');
  await renderedFrames(page, 3);
  p = await plan(page);
  assert.deepEqual(p.agenda.find((s) => s.id === 'a3').turns.map((t) => t.site_id), order, 'one undo puts it back');

  // The whole Mầm non group invited on its group row: its schools without a turn are flagged again.
  await click(page, 'nav.sites');
  await waitWidget(page, 'sites.tab.groups');
  await click(page, 'sites.tab.groups');
  await waitWidget(page, 'sites.group.0.invited');
  for (let i = 0; i < 30; ++i) {   // the group's fields are below the central site's: scroll to them
    const r = await page.evaluate(() => window.dcTest.widgetRect('sites.group.0.invited'));
    if (r && r.y > 200 && r.y + r.h < 700) break;
    await page.mouse.move(700, 500);
    await page.mouse.wheel(0, 120);
    await renderedFrames(page, 3);
  }
  await screenshot(page, 'sites-groups-invited.png');
  await click(page, 'sites.group.0.invited');
  await renderedFrames(page, 3);
  p = await plan(page);
  assert.equal(p.site_groups[0].invited_to_speak, true);
  await click(page, 'sites.tab.list');
  await waitWidget(page, 'sites.row.1.invited');
  await screenshot(page, 'sites-table-invited-group.png');
  await click(page, 'nav.agenda');
  await waitWidget(page, 'agenda.detail.turn.add');
  assert.ok(await hasWidget(page, 'agenda.detail.turns.missing'), 'the group\'s schools have no turn');
  await page.keyboard.press('Control+Z');   // the group tick
  await renderedFrames(page, 3);
  assert.equal((await plan(page)).site_groups[0].invited_to_speak, false);
  assert.equal(await hasWidget(page, 'agenda.detail.turns.missing'), false);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a paste with heading lines puts the schools in their groups', async () => {
  const b = await launchBrowser();
  browsers.push(b);
  const { page, errors } = await openApp(b.context, server.url);
  const p0 = districtPlan();
  p0.sites = p0.sites.slice(0, 1);
  p0.site_groups = p0.site_groups.slice(0, 2);   // no THCS group yet
  await dropPlan(page, p0);
  await click(page, 'nav.sites');
  await click(page, 'sites.paste');
  await waitWidget(page, 'sites.paste.text');
  await click(page, 'sites.paste.text');
  await page.keyboard.insertText('Mầm non:\nBan Mai\nHoa Sen\nKhối Tiểu học\nBan Mai\nPhú La\nPhú La\nKhối THCS\nBan Mai\nLê Lợi');
  await renderedFrames(page, 4);
  await waitWidget(page, 'sites.paste.new-groups');
  assert.match(await page.evaluate(() => window.dcTest.widgetIds().join(' ')), /sites\.paste\.dups/,
               'the two Phú La in one group are flagged');
  await screenshot(page, 'sites-paste-groups.png');
  await click(page, 'sites.paste.apply');
  await renderedFrames(page, 3);
  const p = await plan(page);
  assert.equal(p.sites.length, 8);
  assert.equal(p.site_groups.length, 3);
  const thcs = p.site_groups[2];
  assert.equal(thcs.name, 'Khối THCS');
  const groupOf = p.sites.slice(1).map((s) => s.group_id);
  assert.deepEqual(groupOf, ['mn', 'mn', 'th', 'th', 'th', thcs.id, thcs.id]);
  await page.keyboard.press('Control+Z');
  await renderedFrames(page, 3);
  const undone = await plan(page);
  assert.equal(undone.sites.length, 1);
  assert.equal(undone.site_groups.length, 2, 'one undo takes back the sites and the new group');
  assert.deepEqual(errors, []);
  await page.close();
});
