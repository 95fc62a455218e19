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

// What Word puts on the clipboard for a 4-column programme table: the text
// flavour (tabs; the merged time cell's text only in its first row) and the
// HTML flavour (the merge as rowspan, paragraphs, typographic apostrophes).
const wordText = [
  'TT\tThời gian\tNội dung\tThực hiện',
  '1\t7h30’ – 8h00’\tĐón tiếp đại biểu\tVăn phòng Sở',
  '2\t8h00’ – 9h30’\tKhai mạc Hội nghị\tGiám đốc Sở GDĐT',
  '3\tBáo cáo sơ kết học kỳ I\tPhó Giám đốc Sở',
  '4\t9h30’ – 9h45’\tGiải lao\t',
  '5\t11h30’\tBế mạc\tGiám đốc Sở GDĐT',
].join('\r\n') + '\r\n';
const td = (s, attrs = '') => `<td ${attrs} style='border:solid windowtext 1.0pt'><p class=MsoNormal><span lang=VI>${s}</span><o:p></o:p></p></td>`;
const wordHtml = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset=utf-8>
<style><!-- p.MsoNormal {margin:0cm;} --></style></head><body lang=EN-US><!--StartFragment-->
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>
<tr>${td('<b>TT</b>')}${td('<b>Thời gian</b>')}${td('<b>Nội dung</b>')}${td('<b>Thực hiện</b>')}</tr>
<tr>${td('1')}${td('7h30&#8217; &#8211; 8h00&#8217;')}${td('Đón tiếp đại biểu')}${td('Văn phòng Sở')}</tr>
<tr>${td('2')}${td('8h00&#8217; &#8211; 9h30&#8217;', 'rowspan=2 valign=top')}${td('Khai mạc Hội nghị')}${td('Giám đốc Sở GDĐT')}</tr>
<tr>${td('3')}${td('Báo cáo sơ kết học kỳ I')}${td('Phó Giám đốc Sở')}</tr>
<tr>${td('4')}${td('9h30&#8217; &#8211; 9h45&#8217;')}${td('Giải lao')}${td('&nbsp;')}</tr>
<tr>${td('5')}${td('11h30&#8217;')}${td('Bế mạc')}${td('Giám đốc Sở GDĐT')}</tr>
</table><!--EndFragment--></body></html>`;

test('agenda: a 4-column programme pasted from Word (text + HTML) → preview, replace, one undo step', async () => {
  const { page, errors } = await fresh();
  await click(page, 'nav.agenda');
  await waitWidget(page, 'agenda.paste');
  const before = (await plan(page)).agenda;
  await page.evaluate(([text, html]) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', text);
    dt.setData('text/html', html);
    window.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, [wordText, wordHtml]);
  await waitWidget(page, 'agenda.paste.summary');
  await renderedFrames(page, 3);
  const list = await ids(page);
  assert.ok(!list.includes('agenda.paste.problems'), 'every row was read');
  assert.deepEqual((await plan(page)).agenda, before, 'nothing changes before "Áp dụng"');
  await screenshot(page, 'agenda-paste-word.png');
  await click(page, 'agenda.paste.apply');
  await renderedFrames(page, 3);
  const ag = (await plan(page)).agenda;
  // The template has one day: its programme is replaced by the four slots.
  assert.deepEqual(ag.map((s) => [s.start, s.end]), [['07:30', '08:00'], ['08:00', '09:30'], ['09:30', '09:45'], ['11:30', '11:30']]);
  assert.deepEqual(ag[1].items, [
    { content: 'Khai mạc Hội nghị', performer: 'Giám đốc Sở GDĐT' },
    { content: 'Báo cáo sơ kết học kỳ I', performer: 'Phó Giám đốc Sở' },
  ], 'the merged time cell holds two items');
  assert.equal(ag[2].kind, 'break');
  assert.equal(ag[2].items[0].performer, '');
  assert.equal(new Set(ag.map((s) => s.id)).size, 4);
  assert.equal(await page.evaluate(() => window.dcTest.widgetIds().includes('agenda.paste.dialog')), false);
  await page.keyboard.press('Control+Z');
  await renderedFrames(page, 3);
  assert.deepEqual((await plan(page)).agenda, before, 'one Ctrl+Z brings the old programme back');
  assert.deepEqual(errors, []);
  await page.close();
});

test('agenda: "Dán chương trình", text pasted into its box, added to the programme; bad rows listed', async () => {
  const { page, errors } = await fresh();
  await click(page, 'nav.agenda');
  await waitWidget(page, 'agenda.paste');
  const before = (await plan(page)).agenda;
  await click(page, 'agenda.paste');
  await waitWidget(page, 'agenda.paste.text');
  await click(page, 'agenda.paste.text');
  const text = 'Thời gian\tNội dung\tThực hiện\r\n13h30 - 14h00\tKết nối kỹ thuật\tViettel\r\nchiều muộn\tTổng kết\tBan tổ chức\r\n14h00-16h30\tHội thảo chuyên đề\tPhòng GDTrH\r\n';
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('Control+V');
  await waitWidget(page, 'agenda.paste.problems');
  await click(page, 'agenda.paste.append');
  await click(page, 'agenda.paste.apply');
  await renderedFrames(page, 3);
  const ag = (await plan(page)).agenda;
  assert.equal(ag.length, before.length + 2);
  assert.deepEqual(ag.slice(-2).map((s) => s.items[0].content), ['Kết nối kỹ thuật', 'Hội thảo chuyên đề']);
  assert.deepEqual(ag.slice(0, before.length).map((s) => s.id), before.map((s) => s.id), 'the programme kept');
  assert.deepEqual(errors, []);
  await page.close();
});
