// import_docx.test.mjs — a Word document opened in the web app:
//  - a .docx of the import corpus chosen with Ctrl+O (file chooser) and
//    another dropped on the page: the preview shows what was recognised, and
//    "Mở thành kế hoạch mới" opens the plan the native importer reads from the
//    same file (`diemcau import`, run here: number, code, date, kind, title,
//    every agenda row and task, recipients, signer); Cancel changes nothing;
//  - files that are not readable Word documents (garbage named .docx, an old
//    .doc, a zip bomb, a ZIP without a document) get the error dialog naming
//    the file and what is wrong, and the open plan stays as it was.
// (The 4-column programme pasted from Word as text and HTML is in
// paste_import.test.mjs.)  Screenshots: test-output/browser/import-docx-*.png.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import path from 'node:path';
import { ROOT, startServer, launchBrowser, openApp, screenshot, waitIdle, widgetCenter } from './helpers.mjs';

const CORPUS = path.join(ROOT, 'tests', 'fixtures', 'import');
// The native command-line tool: `bash build-wasm.sh test` builds build/native;
// a developer's tree may have build/dev.  DC_CLI names another.
const CLI = [process.env.DC_CLI, path.join(ROOT, 'build/native/diemcau'), path.join(ROOT, 'build/dev/diemcau')]
  .find((p) => p && existsSync(p));

let server;
const browsers = [];
before(async () => { server = await startServer(); });
afterEach(async () => { while (browsers.length) await browsers.pop().close(); });
after(async () => { await server?.close(); });

async function fresh() {
  const b = await launchBrowser();
  browsers.push(b);
  const { page, errors } = await openApp(b.context, server.url);
  await waitIdle(page, 400);
  return { page, errors };
}
const plan = (page) => page.evaluate(() => window.dcTest.planJson());
const shownText = (page, id) => page.evaluate((i) => window.dcTest.shownText(i), id);
async function waitShown(page, id, timeout = 15000) {
  await page.waitForFunction((i) => !!window.dcTest.widgetRect(i), id, { timeout });
  await waitIdle(page, 300);   // the popup has sized itself
}
async function waitGone(page, id) {
  await page.waitForFunction((i) => !window.dcTest.widgetRect(i), id, { timeout: 10000 });
}
async function press(page, id) {
  const c = await widgetCenter(page, id);
  await page.mouse.click(c.x, c.y);
  await waitIdle(page, 300);
}
async function choose(page, trigger, files) {
  const [fc] = await Promise.all([page.waitForEvent('filechooser', { timeout: 15000 }), trigger()]);
  await fc.setFiles(files);
}
// Drops bytes as a file manager would (a drop event carrying a File).
async function drop(page, name, bytes, type = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document') {
  await page.evaluate(({ name, b64, type }) => {
    const bin = atob(b64), u8 = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; ++i) u8[i] = bin.charCodeAt(i);
    const dt = new DataTransfer();
    dt.items.add(new File([u8], name, { type }));
    const target = document.getElementById('canvas');
    for (const kind of ['dragenter', 'dragover', 'drop'])
      target.dispatchEvent(new DragEvent(kind, { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, { name, b64: Buffer.from(bytes).toString('base64'), type });
}

// What the native importer makes of the file: the expectation, never typed by hand.
function nativeImport(file) {
  assert.ok(CLI, 'the native tool diemcau is needed (build/native or build/dev; DC_CLI=path)');
  return JSON.parse(execFileSync(CLI, ['import', file], { encoding: 'utf8' }));
}

// The plan's key fields: the web app's import must give exactly the native one's.
function assertSamePlan(web, native, file) {
  for (const k of ['kind', 'parent_body', 'issuing_body', 'number', 'code', 'place', 'date', 'title', 'addressees', 'legal_basis'])
    assert.deepEqual(web.header[k], native.header[k], `${file}: header.${k}`);
  assert.deepEqual(web.event.days, native.event.days, `${file}: event days`);
  assert.deepEqual(web.agenda, native.agenda, `${file}: every agenda row`);
  assert.deepEqual(web.tasks, native.tasks, `${file}: every task`);
  assert.deepEqual(web.recipients, native.recipients, `${file}: recipients`);
  assert.deepEqual(web.signer, native.signer, `${file}: signer`);
  assert.equal(web.body.length, native.body.length, `${file}: body blocks`);
}

// The preview says what it found, by the same rules as the plan (not copied strings).
function assertPreview(text, native, file) {
  const numberLine = (native.header.number || '(để trống)') + (native.header.code ? '/' + native.header.code : '');
  assert.ok(text.includes(numberLine), `${file}: the preview shows ${numberLine}\n${text}`);
  assert.ok(text.includes(`Công việc: ${native.tasks.length}\n`), `${file}: the preview counts ${native.tasks.length} tasks\n${text}`);
  const items = native.agenda.reduce((n, s) => n + s.items.length, 0);
  if (native.agenda.length)
    assert.ok(text.includes(`Chương trình: ${native.agenda.length} khung giờ, ${items} nội dung`), `${file}: agenda count\n${text}`);
  if (native.signer.name) assert.ok(text.includes(native.signer.name), `${file}: the signer's name\n${text}`);
  if (native.header.title) assert.ok(text.includes(native.header.title.slice(0, 40)), `${file}: the title\n${text}`);
}

test('a .docx chosen with Ctrl+O: preview, then opened as a new plan equal to the native import', async () => {
  const file = path.join(CORPUS, 'so-ke-hoach-tl-tasks.docx');
  const native = nativeImport(file);
  assert.ok(native.tasks.length > 0 && native.signer.authority === 'TL.', 'the fixture has tasks and a TL. signer');
  const { page, errors } = await fresh();
  const before = await plan(page);
  await choose(page, () => page.keyboard.press('Control+o'), file);
  await waitShown(page, 'files.import.dialog');
  await screenshot(page, 'import-docx-preview.png');
  assertPreview(await shownText(page, 'files.import'), native, 'so-ke-hoach-tl-tasks.docx');
  assert.deepEqual(await plan(page), before, 'nothing changes while the preview is open');
  // The list of what went where opens, and names kept-as-text lines.
  await press(page, 'files.import.facts');
  await screenshot(page, 'import-docx-preview-details.png');
  await press(page, 'files.import.open');
  await waitGone(page, 'files.import.dialog');
  assertSamePlan(await plan(page), native, 'so-ke-hoach-tl-tasks.docx');
  assert.match(await shownText(page, 'toast'), /Kế hoạch của tôi/, 'the toast says the previous plan is kept');
  assert.deepEqual(errors, []);
});

test('a .docx dropped on the page: Cancel changes nothing; then opened as a new plan', async () => {
  const file = path.join(CORPUS, 'phong-ke-hoach-multiday.docx');
  const native = nativeImport(file);
  assert.ok(native.agenda.length > 0 && native.tasks.length > 0 && native.signer.authority === 'KT.',
            'the fixture has a programme, tasks and a KT. signer');
  const { page, errors } = await fresh();
  const before = await plan(page);
  const bytes = readFileSync(file);
  await drop(page, 'phong-ke-hoach-multiday.docx', bytes);
  await waitShown(page, 'files.import.dialog');
  assertPreview(await shownText(page, 'files.import'), native, 'phong-ke-hoach-multiday.docx');
  await press(page, 'files.import.cancel');
  await waitGone(page, 'files.import.dialog');
  assert.deepEqual(await plan(page), before, 'Cancel: the open plan is as it was');

  await drop(page, 'phong-ke-hoach-multiday.docx', bytes);
  await waitShown(page, 'files.import.dialog');
  await press(page, 'files.import.open');
  await waitGone(page, 'files.import.dialog');
  assertSamePlan(await plan(page), native, 'phong-ke-hoach-multiday.docx');
  assert.deepEqual(errors, []);
});

// A ZIP archive holding one entry, stored as declared (`declared` overrides the
// inflated size written in the directory: a bomb may lie about it).
function zipOf(name, data, { declared } = {}) {
  const packed = deflateRawSync(data, { level: 9 });
  const crc = crc32(data);
  const n = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc, 14); local.writeUInt32LE(packed.length, 18);
  local.writeUInt32LE(declared ?? data.length, 22); local.writeUInt16LE(n.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10); central.writeUInt32LE(crc, 16); central.writeUInt32LE(packed.length, 20);
  central.writeUInt32LE(declared ?? data.length, 24); central.writeUInt16LE(n.length, 28);
  const cdAt = 30 + n.length + packed.length, cdSize = 46 + n.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(1, 8); end.writeUInt16LE(1, 10);
  end.writeUInt32LE(cdSize, 12); end.writeUInt32LE(cdAt, 16);
  return Buffer.concat([local, n, packed, central, n, end]);
}
function crc32(buf) {
  let c = ~0;
  for (const b of buf) { c ^= b; for (let k = 0; k < 8; ++k) c = (c >>> 1) ^ (0xEDB88320 & -(c & 1)); }
  return ~c >>> 0;
}

test('files that are not readable Word documents: a message naming the file and what is wrong; nothing changes', async () => {
  const { page, errors } = await fresh();
  const before = await plan(page);
  const bomb = Buffer.alloc(60 << 20, 0x20);   // 60 MB of spaces: a few dozen KB deflated
  const cases = [
    ['rac.docx', Buffer.from('Đây không phải là một tệp Word, chỉ là chữ.\n'.repeat(50)), /không phải tệp \.docx/],
    ['ke-hoach-cu.doc', Buffer.concat([Buffer.from([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]), Buffer.alloc(4096)]), /\.doc cũ/],
    ['bom.docx', zipOf('word/document.xml', bomb), /bom nén/],
    ['bom-noi-doi.docx', zipOf('word/document.xml', bomb, { declared: 1000 }), /bom nén/],
    ['bang-tinh.docx', zipOf('xl/workbook.xml', Buffer.from('<workbook/>')), /word\/document\.xml/],
    ['hong.docx', zipOf('word/document.xml', Buffer.from('<w:document><w:body><w:p>')), /XML/],
  ];
  for (const [name, bytes, why] of cases) {
    await drop(page, name, bytes);
    await waitShown(page, 'files.error.dialog');
    const text = await shownText(page, 'files.error');
    assert.ok(text.includes(`“${name}”`), `the message names ${name}: ${text}`);
    assert.match(text, why, `${name}: says what is wrong`);
    if (name === 'bom.docx') await screenshot(page, 'import-docx-error-bomb.png');
    await press(page, 'files.error.close');
    await waitGone(page, 'files.error.dialog');
    assert.deepEqual(await plan(page), before, `${name}: the open plan is as it was`);
  }
  assert.deepEqual(errors, []);
});
