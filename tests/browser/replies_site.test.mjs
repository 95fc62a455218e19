// replies_site.test.mjs — the whole round without a server: a Phòng GDĐT plan
// of 18 sites built here (not a template) asks three of them (its group
// "Điểm cầu phát biểu", chosen in "Gửi cho"); each link opens in a fresh
// browser profile on a phone (390×844, touch, DPR 3), the site's form is
// filled in by taps and Vietnamese text through the app's text bridge, and
// "Gửi lại" makes the reply message; coming back to the link shows the answer
// and sends it again.  The three replies reach the central planner inside a
// block of chat (line breaks inside a code, quotes, emoji) with a reply for
// another plan and one edited by hand: preview in words, merge, state table,
// undo; reply files dropped on the collect box (one, two at once, and a .txt
// without a reply); a swipe that starts on the field being edited; a damaged
// link on a phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { rmSync, appendFileSync } from 'node:fs';
import {
  startServer, launchBrowser, openApp, screenshot, click, renderedFrames, waitIdle, newProfile, CHROMIUM_ARGS,
} from './helpers.mjs';

let server;
const closers = [];
before(async () => { server = await startServer(); });
after(async () => {
  for (const c of closers.reverse()) await c();
  await server?.close();
});

const plan = (page) => page.evaluate(() => window.dcTest.planJson());
const shown = (page, id) => page.evaluate((i) => window.dcTest.shownText(i), id);
const rectOf = (page, id) => page.evaluate((i) => window.dcTest.widgetRect(i), id);
async function waitWidget(page, id, timeout = 8000) {
  await page.waitForFunction((i) => window.dcTest.widgetRect(i) !== null, id, { timeout });
}

//-----------------------------------------------------------------------------
// the central plan: a district office, 18 sites, two days, speaking turns
//-----------------------------------------------------------------------------
const SCHOOLS = ['Trường THCS Nguyễn Du', 'Trường TH Kim Đồng', 'Trường THCS Lê Quý Đôn', 'Trường MN Hoa Sen',
  'Trường TH Lý Tự Trọng', 'Trường THCS Chu Văn An', 'Trường TH Võ Thị Sáu', 'Trường THCS Trần Phú',
  'Trường MN Sơn Ca', 'Trường TH Nguyễn Bá Ngọc', 'Trường THCS Ngô Mây', 'Trường TH Ia Pal', 'Trường MN Họa Mi',
  'Trường THCS Phan Bội Châu', 'Trường TH Dun', 'Trường THCS Ia Blang', 'Trường TH Ayun'];
const SPEAKERS = [3, 8, 14];   // the sites with a turn (sites[] indices): the group asked first

function builtPlan() {
  const sites = [{ id: 'p0', central: true, group_id: 'g1', kind: 'Phòng GDĐT', name: 'Phòng GDĐT huyện Chư Sê' }];
  SCHOOLS.forEach((name, i) => sites.push({
    id: `t${i + 1}`, central: false, group_id: SPEAKERS.includes(i + 1) ? 'g3' : 'g2', kind: 'Trường', name,
    test_date: '2026-12-14', test_start: `${String(8 + (i % 8)).padStart(2, '0')}:00`,
    test_end: `${String(8 + (i % 8)).padStart(2, '0')}:30`,
  }));
  return {
    format: 'diem-cau-plan', version: 2,
    header: { kind: 'ke-hoach', parent_body: 'UBND HUYỆN CHƯ SÊ', issuing_body: 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO',
              code: 'KH-PGDĐT', place: 'Chư Sê', date: '2026-12-01',
              title: 'tổ chức Hội nghị trực tuyến sơ kết học kỳ I năm học 2026-2027' },
    event: { name: 'Hội nghị trực tuyến sơ kết học kỳ I năm học 2026-2027',
             days: [{ date: '2026-12-16', start: '07:30', end: '11:30' }, { date: '2026-12-17', start: '13:30', end: '16:30' }],
             format: 'Hội nghị trực tuyến', platform: 'Zoom', headcount_limit: 6 },
    site_groups: [{ id: 'g1', name: 'Điểm cầu chính' }, { id: 'g2', name: 'Các trường' },
                  { id: 'g3', name: 'Điểm cầu phát biểu' }],
    sites,
    agenda: [
      { id: 'a1', day: 0, start: '07:30', end: '08:00', kind: 'registration',
        items: [{ content: 'Đón tiếp đại biểu, kiểm tra kết nối', performer: 'Bộ phận kỹ thuật' }], turns: [] },
      { id: 'a2', day: 0, start: '08:00', end: '09:30', kind: 'normal',
        items: [{ content: 'Báo cáo sơ kết học kỳ I', performer: 'Lãnh đạo Phòng GDĐT' }], turns: [] },
      { id: 'a3', day: 0, start: '09:30', end: '10:30', kind: 'discussion',
        items: [{ content: 'Tham luận của các trường', performer: '' }],
        turns: SPEAKERS.map((i) => ({ site_id: `t${i}`, minutes: 10 })) },
      { id: 'a4', day: 1, start: '13:30', end: '16:00', kind: 'normal',
        items: [{ content: 'Chuyên đề chuyển đổi số trong nhà trường', performer: 'Tổ chuyên môn' }], turns: [] },
    ],
    tasks: [], duties: [], budget: [], contacts: [], recipients: [], archive: 'VT', signer: {},
    next_id: 40,
  };
}

// Files dropped on the window together, as a user drops them from a folder.
async function dropFiles(page, files) {
  await page.evaluate((list) => {
    const dt = new DataTransfer();
    for (const [name, body] of list) dt.items.add(new File([body], name, { type: 'text/plain' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, files);
}

// Waits until a widget's shown text matches, then returns it.
async function settle(page, id, re, timeout = 8000) {
  await page.waitForFunction(([i, src]) => new RegExp(src).test(window.dcTest.shownText(i) || ''), [id, re.source], { timeout })
    .catch(() => {});
  const got = await shown(page, id);
  assert.match(got || '', re, `${id}`);
  return got;
}

// Dropped on the window as a user does; opened as a new plan.
async function openBuiltPlan(page, want) {
  await page.evaluate((body) => {
    const dt = new DataTransfer();
    dt.items.add(new File([body], 'so-ket-hk1.json', { type: 'application/json' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, JSON.stringify(want));
  for (let i = 0; i < 100; ++i) {
    const p = await plan(page);
    if (p.sites.length === 18 && p.sites[1].name === SCHOOLS[0]) return p;
    if (await rectOf(page, 'files.open.new')) await click(page, 'files.open.new');
    else await page.waitForTimeout(100);
  }
  throw new Error('the built plan did not open');
}

//-----------------------------------------------------------------------------
// the phone
//-----------------------------------------------------------------------------
async function phone(url) {
  const dir = newProfile('dc-phone-');
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS,
    viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 3,
  });
  closers.push(async () => { await context.close(); rmSync(dir, { recursive: true, force: true }); });
  const page = context.pages()[0] || await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  await page.waitForFunction(() => window.dcTest && window.dcTest.isReady, null, { timeout: 30000 });
  await waitIdle(page, 300);
  return { page, errors, session: await context.newCDPSession(page) };
}

// Scrolls the form by dy CSS pixels (positive: content moves down) as a finger
// does: touchStart, a few touchMoves, touchEnd (CDP, as the phone's screen
// sends them), from (x, y0) or the middle of the screen.  The finger may start
// on the field being edited, where the text bridge lies over the canvas.
// Returns how far the finger moved (it stays on the screen).
async function swipe(ph, dy, { x = 195, y0 = dy > 0 ? 300 : 560 } = {}) {
  y0 = Math.max(40, Math.min(800, y0));
  dy = Math.max(20, Math.min(820, y0 + dy)) - y0;
  const point = (y) => [{ x, y, id: 1, radiusX: 4, radiusY: 4, force: 1 }];
  await ph.session.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(y0) });
  const steps = 8;
  for (let i = 1; i <= steps; ++i) {
    await ph.session.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(y0 + (dy * i) / steps) });
    await ph.page.waitForTimeout(16);
  }
  await ph.session.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await renderedFrames(ph.page, 2);
  return dy;
}

// A swipe that starts on the text field being edited, on its caret: there the
// finger lands on the text bridge (an invisible textarea the size of the
// caret, which follows it so that phone keyboards and input methods work), not
// on the canvas, and the form must scroll as it does anywhere else.
async function swipeOnField(ph, id) {
  assert.equal(await ph.page.evaluate(() => window.dcTest.activeWidget()), id, `${id} is being edited`);
  const r = await rectOf(ph.page, id);
  const bridge = await ph.page.evaluate(() => document.getElementById('dc-text').getBoundingClientRect().toJSON());
  const x = bridge.x + bridge.width / 2, y = bridge.y + bridge.height / 2;
  assert.ok(x > r.x && x < r.x + r.w && y > r.y && y < r.y + r.h, 'the bridge is on the field');
  const under = await ph.page.evaluate(([px, py]) => document.elementFromPoint(px, py).id, [x, y]);
  assert.equal(under, 'dc-text', 'the finger starts on the text bridge');
  const moved = await swipe(ph, y >= 260 ? -200 : 200, { x, y0: y });
  await waitIdle(ph.page, 200);
  const after = await rectOf(ph.page, id);
  assert.ok(Math.abs(moved) >= 150 && after && Math.abs(after.y - r.y - moved) <= 40,
            `the form followed the finger (${id}: ${r.y} → ${after && after.y}, finger ${moved})`);
}

// Scrolls until the widget is well inside the screen, then taps it.
async function tap(ph, id) {
  if (process.env.DC_TRACE) appendFileSync(process.env.DC_TRACE, `${new Date().toISOString()} tap ${id} ${JSON.stringify(await rectOf(ph.page, id))}\n`);
  await waitWidget(ph.page, id);
  for (let i = 0; i < 30; ++i) {
    const r = await rectOf(ph.page, id);
    if (r.y >= 60 && r.y + r.h <= 700) {
      await ph.page.touchscreen.tap(r.x + Math.min(r.w / 2, 60), r.y + r.h / 2);
      await renderedFrames(ph.page, 2);
      return r;
    }
    await swipe(ph, r.y < 60 ? Math.min(400, 200 - r.y) : -Math.min(400, r.y - 400));
  }
  throw new Error(`could not bring ${id} on screen`);
}

// Taps a text field and types into it through the text bridge, as a phone's keyboard commits text.
async function type(ph, id, text) {
  await tap(ph, id);
  await ph.page.waitForFunction((i) => window.dcTest.activeWidget() === i &&
                                document.activeElement === document.getElementById('dc-text'), id, { timeout: 5000 });
  await ph.page.keyboard.insertText(text);
  await renderedFrames(ph.page, 2);
}

async function fillAndSend(ph, a) {
  for (let i = 0; i < a.people.length; ++i) {
    await tap(ph, 'site.att.add');
    await type(ph, `site.att.${i + 1}.name`, a.people[i][0]);
    await type(ph, `site.att.${i + 1}.position`, a.people[i][1]);
  }
  await type(ph, 'site.headcount', String(a.headcount));
  await type(ph, 'site.contact', a.contact[0]);
  await type(ph, 'site.contact_phone', a.contact[1]);
  if (a.swipeOnField) await swipeOnField(ph, 'site.contact_phone');
  await type(ph, 'site.technician', a.tech[0]);
  await type(ph, 'site.technician_phone', a.tech[1]);
  if (a.ready) await tap(ph, 'site.equipment');
  await tap(ph, `site.test.${a.test}`);
  await type(ph, 'site.speaker', a.speaker);
  await type(ph, 'site.talk_title', a.talk);
  await type(ph, 'site.note', a.note);
  await tap(ph, 'site.send');
  await ph.page.waitForFunction(() => (window.dcTest.lastCopied() || '').includes('DCR1.'), null, { timeout: 5000 });
  return ph.page.evaluate(() => window.dcTest.lastCopied());
}

const ANSWERS = [
  { people: [['Nguyễn Thị Hoà', 'Hiệu trưởng'], ['Lê Văn Đức', 'Phó Hiệu trưởng']], headcount: 5,
    contact: ['Nguyễn Thị Hoà', '0905 123 456'], tech: ['Trần Quốc Việt', '0367 850 603'], ready: true, test: 1,
    speaker: 'Lê Văn Đức', talk: 'Dạy học trực tuyến ở vùng khó khăn', note: 'Phòng họp tầng 2 🙏' },
  { people: [['Phạm Minh Tâm', 'Hiệu trưởng']], headcount: 3, contact: ['Phạm Minh Tâm', '0912 000 111'],
    tech: ['Đỗ Thị Ngọc Ánh', '0988 222 333'], ready: false, test: 3, swipeOnField: true,
    speaker: 'Phạm Minh Tâm', talk: 'Sinh hoạt chuyên môn theo nghiên cứu bài học', note: 'Mic còn rè, sẽ thay trước ngày họp' },
  { people: [['Ksor H\'Bia', 'Tổng phụ trách Đội'], ['Rơ Châm Thuỷ', 'Giáo viên'], ['Siu Đoan', 'Kế toán']], headcount: 7,
    contact: ['Rơ Châm Thuỷ', '0868 444 555'], tech: ['Siu Đoan', '0868 444 556'], ready: true, test: 1,
    speaker: 'Ksor H\'Bia', talk: 'Giữ chân học sinh vùng đồng bào', note: '' },
];

// CRC-32 as ZIP and the documented token (docs/site-replies.md), for the reply of another plan.
function crc32(bytes) {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; ++k) c = (c >>> 1) ^ (0xEDB88320 & -(c & 1));
  }
  return (~c >>> 0).toString(16).padStart(8, '0');
}
const token = (obj) => {
  const bytes = Buffer.from(JSON.stringify(obj), 'utf8');
  return 'DCR1.' + bytes.toString('base64url') + '.' + crc32(bytes);
};

test('18 sites ask 3 from the UI; phones answer; the chat is merged in one undo step', async (t) => {
  const b = await launchBrowser();
  closers.push(b.close);
  await b.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
  const { page, errors } = await openApp(b.context, server.url);
  await waitIdle(page, 300);
  await openBuiltPlan(page, builtPlan());
  await click(page, 'nav.sites');
  await waitWidget(page, 'sites.tab.replies');
  await click(page, 'sites.tab.replies');
  await waitWidget(page, 'replies.make');

  // The planner's address (static hosting: a setting) is the page's own until
  // the user sets another; "Gửi cho: Nhóm: Điểm cầu phát biểu".
  assert.equal(await shown(page, 'replies.address'), server.url);
  await click(page, 'replies.who');
  await waitWidget(page, 'replies.who.5');   // all, missing, selected, then the three groups
  await click(page, 'replies.who.5');
  await click(page, 'replies.make');
  await page.waitForFunction(() => (window.dcTest.lastCopied() || '').includes('#dcq='), null, { timeout: 5000 });
  const message = await page.evaluate(() => window.dcTest.lastCopied());
  const links = message.match(/http\S+#dcq=DCQ1\.[A-Za-z0-9_-]+\.[0-9a-f]{8}/g);
  assert.equal(links.length, 3, 'one link per asked site');
  for (const l of links) assert.ok(l.length <= 2000, `a link fits a chat message (${l.length})`);
  let p = await plan(page);
  const asked = p.sites.filter((s) => s.request_sent_at);
  assert.deepEqual(asked.map((s) => s.id), SPEAKERS.map((i) => `t${i}`), 'only the group was asked');
  assert.match(await shown(page, 'replies.state.summary'), /3.*0.*3/);

  // Each site on its own phone.
  const messages = [];
  for (let k = 0; k < 3; ++k) {
    const ph = await phone(links[k]);
    await waitWidget(ph.page, 'site.name');
    assert.match(await shown(ph.page, 'site.turn'), /10 phút/, 'the site sees its speaking turn');
    assert.ok(await rectOf(ph.page, 'site.test_slot'), 'its connection test slot');
    if (k === 0) {
      await screenshot(ph.page, 'replies-site-form-390.png');
      // A finger's swipe scrolls the form (about half-way down here).
      const before = await rectOf(ph.page, 'site.name');
      await swipe(ph, -400);
      await swipe(ph, -80);
      await waitIdle(ph.page, 200);
      const after = await rectOf(ph.page, 'site.name');
      assert.ok(!after || after.y < before.y - 300, `the swipe scrolled the form (${before.y} → ${after && after.y})`);
      await screenshot(ph.page, 'replies-site-form-scrolled-390.png');
    }
    messages.push(await fillAndSend(ph, ANSWERS[k]));
    assert.match(messages[k], new RegExp(`Điểm cầu ${SCHOOLS[SPEAKERS[k] - 1]} trả lời`));
    assert.match(messages[k], /Thử kết nối: (đạt|lỗi tiếng)/);
    if (k === 0) {
      await waitIdle(ph.page, 200);
      await screenshot(ph.page, 'replies-site-sent-390.png');
      // Coming back: the answer is there, and a second send is newer.
      await ph.page.reload();
      await ph.page.waitForFunction(() => window.dcTest && window.dcTest.isReady, null, { timeout: 30000 });
      await tap(ph, 'site.send');
      await ph.page.waitForFunction((m) => window.dcTest.lastCopied() && window.dcTest.lastCopied() !== m,
                                    messages[0], { timeout: 5000 });
      const again = await ph.page.evaluate(() => window.dcTest.lastCopied());
      assert.match(again, /Nguyễn Thị Hoà.*Lê Văn Đức/s, 'the kept answer came back');
      messages[0] = again;
    }
    assert.deepEqual(ph.errors, []);
  }

  // The chat block: noise, quotes, a code broken over lines, a foreign and an edited reply.
  const foreign = token({ v: 1, p: 'ke-hoach-khac', s: 't3', k: p.sites[3].reply_key, t: 1, r: 2, a: { hc: 9 } });
  const at = messages[1].indexOf('DCR1.') + 20;
  const edited = messages[1].slice(0, at) + (messages[1][at] === 'A' ? 'B' : 'A') + messages[1].slice(at + 1);
  const wrapped = messages[2].replace(/(DCR1\.[A-Za-z0-9_-]{40})/, '$1\n> ');
  const chat = ['[07:58] Phòng GDĐT Chư Sê: Các trường gửi lại trước 10/12 nhé 🙏', messages[0],
    '[08:03] THCS Lê Quý Đôn: Dạ đã nhận 👍', `« ${wrapped} »`, '[08:04] Ai trả lời hộ trường Ayun với ạ?',
    `Chuyển tiếp: ${foreign}`, edited, messages[1], '[08:09] ❤️'].join('\n');
  // The box is being edited before the text comes (a loaded machine may take a few frames).
  for (let i = 0; i < 3; ++i) {
    await click(page, 'replies.paste');
    const on = await page.waitForFunction(() => window.dcTest.activeWidget() === 'replies.paste' &&
                                          document.activeElement === document.getElementById('dc-text'),
                                          null, { timeout: 4000 }).then(() => true, () => false);
    if (on) break;
  }
  await page.keyboard.insertText(chat);
  await renderedFrames(page, 4);
  await waitWidget(page, 'replies.merge');
  assert.match(await shown(page, 'replies.summary'), /5.*3.*2/);
  const rows = [];
  for (let i = 0; i < 5; ++i) rows.push(await shown(page, `replies.preview.${i}`));
  assert.match(rows[2], /kế hoạch khác/);
  assert.match(rows[3], /hỏng|sửa tay/);
  const changes = await shown(page, 'replies.changes.0');
  assert.match(changes, /Điện thoại liên hệ: — → 0905 123 456/, 'fields in words');
  assert.match(changes, /Thử kết nối: Chưa thử → Đạt/);
  assert.match(changes, /Phòng họp, thiết bị: chưa sẵn sàng → đã sẵn sàng/);
  assert.doesNotMatch(changes, /contact_phone|test_status|equipment_ready/);
  await screenshot(page, 'replies-collect-preview-1366.png');

  await click(page, 'replies.merge');
  await page.waitForFunction(() => !!window.dcTest.planJson().sites[3].attendees, null, { timeout: 5000 });
  p = await plan(page);
  assert.deepEqual(p.sites[3].attendees, [{ name: 'Nguyễn Thị Hoà', position: 'Hiệu trưởng' },
                                          { name: 'Lê Văn Đức', position: 'Phó Hiệu trưởng' }]);
  assert.equal(p.sites[3].headcount, 5);
  assert.equal(p.sites[3].contact_phone, '0905 123 456');
  assert.equal(p.sites[3].equipment_ready, true);
  assert.equal(p.sites[3].talk_title, 'Dạy học trực tuyến ở vùng khó khăn');
  assert.equal(p.sites[8].test_status, 'no-sound');
  assert.equal(p.sites[8].technician, 'Đỗ Thị Ngọc Ánh');
  assert.equal(p.sites[8].contact_phone, '0912 000 111', 'what was typed before the swipe on the field is kept');
  assert.equal(p.sites[8].reply_note, 'Mic còn rè, sẽ thay trước ngày họp');
  assert.equal(p.sites[14].speaker, 'Ksor H\'Bia');
  assert.equal(p.sites[14].attendees.length, 3);
  assert.match(await shown(page, 'replies.state.summary'), /3.*3.*0/);
  await screenshot(page, 'replies-state-after-merge-1366.png');

  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Z');
  await page.waitForFunction(() => !window.dcTest.planJson().sites[3].attendees, null, { timeout: 5000 });
  p = await plan(page);
  assert.equal(p.sites[14].speaker, undefined);
  assert.ok(p.sites[3].reply_key, 'the requests stay sent');
  assert.match(await shown(page, 'replies.state.summary'), /3.*0.*3/);

  assert.deepEqual(errors, []);

  // Reply files dropped on the collect box (after the merge and its undo):
  // one, then two at once, then a .txt holding no reply.
  await t.test('reply files dropped on the collect box are taken; a file without a reply is named', async () => {
    await dropFiles(page, [['tra-loi-ayun.txt', messages[2]]]);
    await settle(page, 'replies.summary', /^\D*1\D+1\D+0\D*$/);
    assert.match(await shown(page, 'replies.files'), /1.*tra-loi-ayun\.txt/);
    await dropFiles(page, [['tra-loi-nguyen-du.txt', messages[0]], ['tra-loi-tran-phu.txt', messages[1]]]);
    await settle(page, 'replies.summary', /^\D*3\D+3\D+0\D*$/);
    assert.match(await shown(page, 'replies.files'), /3.*tra-loi-tran-phu\.txt/);
    const before = await plan(page);
    await dropFiles(page, [['ghi-chu-hop.txt', '[08:10] Nhớ mang theo máy chiếu dự phòng 🙏\nCảm ơn các thầy cô!']]);
    await settle(page, 'replies.files.refused', /ghi-chu-hop\.txt.*không có trả lời/);
    assert.match(await shown(page, 'replies.summary'), /^\D*3\D+3\D+0\D*$/, 'the box keeps the three replies');
    assert.equal(await rectOf(page, 'message.close'), null, 'no "not a plan file" message from the plan opener');
    assert.equal(await rectOf(page, 'files.open.new'), null);
    assert.deepEqual(await plan(page), before, 'nothing in the plan changed');
    await screenshot(page, 'replies-collect-files-1366.png');
    await click(page, 'replies.merge');
    await page.waitForFunction(() => !!window.dcTest.planJson().sites[14].attendees, null, { timeout: 5000 });
    assert.match(await shown(page, 'replies.state.summary'), /3.*3.*0/);
    assert.equal((await plan(page)).sites[3].headcount, 5);
    assert.deepEqual(errors, []);
  });
});

test('a damaged request link on a phone says so, never a blank page', async () => {
  const ph = await phone(`${server.url}#dcq=DCQ1.eyJ2IjoxLCJwIjoi.0badc0de`);
  await waitWidget(ph.page, 'site.error');
  assert.match(await shown(ph.page, 'site.error'), /không phải yêu cầu|bị cắt/);
  await screenshot(ph.page, 'replies-site-bad-link-390.png');
  assert.deepEqual(ph.errors, []);
});
