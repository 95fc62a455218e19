// replies.test.mjs — the central office asks its 18 sites and collects their
// replies: requests are made (identity, keys, sent time recorded), three
// replies arrive inside a block of other chat messages together with a reply
// for another plan and one edited by hand; the preview names each, the merge
// is one undo step, the state table follows.
//
// The replies are built here with the documented format (docs/site-replies.md:
// base64url of compact JSON + CRC-32), from the keys the plan holds, as the
// site's "Gửi lại" would make them.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  startServer, launchBrowser, launchProfile, newProfile, openApp, screenshot, click, renderedFrames, waitIdle, DIST,
} from './helpers.mjs';

let server;
const browsers = [];
before(async () => { server = await startServer(); });
afterEach(async () => { while (browsers.length) await browsers.pop().close(); });
after(async () => { await server?.close(); });

const plan = (page) => page.evaluate(() => window.dcTest.planJson());
const shown = (page, id) => page.evaluate((i) => window.dcTest.shownText(i), id);
async function waitWidget(page, id, timeout = 5000) {
  await page.waitForFunction((i) => window.dcTest.widgetRect(i) !== null, id, { timeout });
}

// CRC-32 as ZIP (the format's checksum).
function crc32(bytes) {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; ++k) c = (c >>> 1) ^ (0xEDB88320 & -(c & 1));
  }
  return (~c >>> 0).toString(16).padStart(8, '0');
}
function token(obj) {
  const bytes = Buffer.from(JSON.stringify(obj), 'utf8');
  return 'DCR1.' + bytes.toString('base64url') + '.' + crc32(bytes);
}
function reply(p, site, answered, answer) {
  const s = p.sites[site];
  const t = token({ v: 1, p: p.uid, s: s.id, k: s.reply_key, t: s.request_sent_at, r: answered, n: s.name, a: answer });
  return `Điểm cầu ${s.name} trả lời:\n- Số người dự: ${answer.hc}\nMã trả lời (dán nguyên cho văn phòng, không sửa):\n${t}\n`;
}

test('18 sites: requests made, 3 replies merged from chat noise, 2 refused, one undo', async () => {
  const b = await launchBrowser();
  browsers.push(b);
  const { page, errors } = await openApp(b.context, server.url);
  await waitIdle(page, 300);
  await click(page, 'nav.sites');
  await waitWidget(page, 'sites.tab.replies');
  await click(page, 'sites.tab.replies');
  await waitWidget(page, 'replies.make');
  let p = await plan(page);
  assert.equal(p.sites.length, 18);
  assert.equal(p.uid, undefined, 'no identity before the first request');

  await click(page, 'replies.make');
  await page.waitForFunction(() => !!window.dcTest.planJson().uid, null, { timeout: 5000 });
  p = await plan(page);
  assert.ok(p.uid && p.uid.length >= 8, 'the plan got its identity');
  const asked = p.sites.filter((s) => !s.central);
  assert.equal(asked.length, 17);
  for (const s of asked) {
    assert.ok(s.reply_key && s.reply_key.length === 12, `${s.id} has a key`);
    assert.ok(s.request_sent_at > 1.6e9, `${s.id} has its sent time`);
  }
  assert.equal(p.sites[0].reply_key, undefined, 'the central site is not asked');
  const sent = await page.evaluate(() => window.dcTest.lastCopied());
  assert.equal(sent.split(`${server.url}#dcq=DCQ1.`).length - 1, 17, 'each link starts with the page\'s own address');
  assert.match(await shown(page, 'replies.state.summary'), /17.*0.*17/);

  const now = Math.floor(Date.now() / 1000);
  const r1 = reply(p, 2, now, { at: [['Nguyễn Thị Hoa', 'Trưởng phòng'], ['Lê Văn Đức', 'Chuyên viên']], hc: 2,
                                cn: 'Nguyễn Thị Hoa', cp: '0905 123 456', er: 1, ts: 'ok' });
  const r2 = reply(p, 5, now, { hc: 4, tn: 'Trần Quốc Việt', tp: '0367 850 603', ts: 'no-sound', no: 'Mic yếu 🙏' });
  const r3 = reply(p, 9, now, { hc: 1, sp: 'Phạm Minh Tâm', tt: 'Dạy học trực tuyến ở vùng khó' });
  const foreign = reply({ ...p, uid: 'some-other-plan' }, 3, now, { hc: 9 });
  // One character of the code changed by hand (the checksum no longer fits).
  const honest = reply(p, 4, now, { hc: 3 });
  const at = honest.indexOf('DCR1.') + 12;
  const edited = honest.slice(0, at) + (honest[at] === 'A' ? 'B' : 'A') + honest.slice(at + 1);
  // Line breaks a chat app inserts inside the long code, quotes and emoji around it.
  const wrapped = r2.replace(/(DCR1\.[A-Za-z0-9_-]{30})/, '$1\n> ');
  const chat = [
    '[08:01] Văn phòng Sở: Các đơn vị gửi lại trước 26/8 nhé 🙏', r1,
    '[08:05] Phòng GDĐT Chư Sê: Dạ vâng ạ 👍', `« ${wrapped} »`,
    '[08:07] Trường THPT Pleiku: Đã nhận.', foreign, edited, r3, '[08:09] Ai gửi hộ Đak Pơ với ạ?',
  ].join('\n');

  await click(page, 'replies.paste');
  await page.keyboard.insertText(chat);
  await renderedFrames(page, 4);
  await waitWidget(page, 'replies.merge');
  assert.match(await shown(page, 'replies.summary'), /5.*3.*2/);
  assert.match(await shown(page, 'replies.preview.2'), /kế hoạch khác/);
  assert.match(await shown(page, 'replies.preview.3'), /hỏng|sửa tay/);
  assert.equal((await plan(page)).sites[2].attendees, undefined, 'nothing changes before the merge');
  await screenshot(page, 'replies-collect-1366.png');

  await click(page, 'replies.merge');
  await page.waitForFunction(() => !!window.dcTest.planJson().sites[2].attendees, null, { timeout: 5000 });
  p = await plan(page);
  assert.deepEqual(p.sites[2].attendees, [{ name: 'Nguyễn Thị Hoa', position: 'Trưởng phòng' },
                                          { name: 'Lê Văn Đức', position: 'Chuyên viên' }]);
  assert.equal(p.sites[2].contact_phone, '0905 123 456');
  assert.equal(p.sites[5].technician_phone, '0367 850 603');
  assert.equal(p.sites[5].test_status, 'no-sound');
  assert.equal(p.sites[9].speaker, 'Phạm Minh Tâm');
  assert.equal(p.sites[3].headcount !== 9, true, 'the other plan\'s reply changed nothing');
  assert.equal(p.sites[4].replied_at, undefined, 'the edited reply changed nothing');
  assert.match(await shown(page, 'replies.state.summary'), /17.*3.*14/);
  assert.notEqual(await shown(page, `replies.state.${p.sites[2].id}`), 'chưa trả lời');
  await screenshot(page, 'replies-state-1366.png');

  // One undo step takes the three replies back.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Z');
  await page.waitForFunction(() => !window.dcTest.planJson().sites[2].attendees, null, { timeout: 5000 });
  p = await plan(page);
  assert.equal(p.sites[2].attendees, undefined);
  assert.equal(p.sites[9].speaker, undefined);
  assert.ok(p.sites[2].reply_key, 'the requests stay sent');
  assert.match(await shown(page, 'replies.state.summary'), /17.*0.*17/);
  assert.deepEqual(errors, []);
  await page.close();
});

//-----------------------------------------------------------------------------
// the planner's address in the links
//-----------------------------------------------------------------------------
async function openReplies(page) {
  await click(page, 'nav.sites');
  await waitWidget(page, 'sites.tab.replies', 8000);
  await click(page, 'sites.tab.replies');
  await waitWidget(page, 'replies.make');
}

// Replaces what the address field holds (Ctrl+A, then the text; '' empties it).
async function setAddress(page, text) {
  await click(page, 'replies.address');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  if (text) await page.keyboard.insertText(text);
  await page.keyboard.press('Enter');
  await renderedFrames(page, 2);
}

async function reopen(page) {
  await waitIdle(page, 1500);   // the preference is written 0.8 s after the last key
  await page.reload();
  await page.waitForFunction(() => window.dcTest && window.dcTest.isReady, null, { timeout: 30000 });
  await waitIdle(page, 300);
  await openReplies(page);
}

const OWN = 'https://sgddt.gialai.gov.vn/diem-cau/';

test('request address: the served page by default, the user\'s own kept across a reload, none means no links', async () => {
  const dir = newProfile();
  const context = await launchProfile(dir);
  try {
    const page = context.pages()[0] || await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    // Served from a path with a query: the address is origin + path only.
    await page.goto(`${server.url}index.html?tu=zalo`);
    await page.waitForFunction(() => window.dcTest && window.dcTest.isReady, null, { timeout: 30000 });
    await waitIdle(page, 300);
    await openReplies(page);
    assert.equal(await shown(page, 'replies.address'), `${server.url}index.html`);
    assert.equal(await page.evaluate(() => window.dcTest.widgetRect('replies.address.warning')), null, 'no warning');

    await setAddress(page, OWN);
    await reopen(page);
    assert.equal(await shown(page, 'replies.address'), OWN, 'the user\'s own address is kept');
    await click(page, 'replies.make');
    await page.waitForFunction(() => (window.dcTest.lastCopied() || '').includes('#dcq='), null, { timeout: 5000 });
    const links = (await page.evaluate(() => window.dcTest.lastCopied())).match(/\S+#dcq=DCQ1\./g);
    assert.equal(links.length, 17);
    assert.ok(links.every((l) => l === `${OWN}#dcq=DCQ1.`), links[0]);

    // Emptied: no link a phone could open; the view says so and sends nothing.
    await setAddress(page, '');
    assert.match(await shown(page, 'replies.address.warning'), /https:\/\//);
    const before = await plan(page);
    await click(page, 'replies.make');
    assert.deepEqual(await plan(page), before, 'no request made, no sent time recorded');
    await screenshot(page, 'replies-address-empty-1366.png');
    // An emptied field is no setting of the user's: the page's own address comes back.
    await reopen(page);
    assert.equal(await shown(page, 'replies.address'), `${server.url}index.html`);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the one-file app from file:// says the links need the hosted address, then sends with it', async () => {
  const b = await launchBrowser();
  browsers.push(b);
  const { page, errors } = await openApp(b.context, pathToFileURL(path.join(DIST, 'diem-cau.html')).href);
  await waitIdle(page, 300);
  await openReplies(page);
  assert.equal(await shown(page, 'replies.address'), '', 'a file:// address is no address for a phone');
  assert.match(await shown(page, 'replies.address.warning'), /bản một tệp.*file:\/\/.*https:\/\//s);
  await screenshot(page, 'replies-address-onefile-1366.png');
  await click(page, 'replies.make');
  assert.equal((await plan(page)).uid, undefined, 'nothing was sent');

  await setAddress(page, OWN);
  assert.equal(await page.evaluate(() => window.dcTest.widgetRect('replies.address.warning')), null);
  await click(page, 'replies.make');
  await page.waitForFunction(() => !!window.dcTest.planJson().uid, null, { timeout: 5000 });
  const message = await page.evaluate(() => window.dcTest.lastCopied());
  assert.equal(message.split(`${OWN}#dcq=DCQ1.`).length - 1, 17);
  assert.doesNotMatch(message, /file:/);
  assert.deepEqual(errors, []);
});
