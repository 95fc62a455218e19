// document.test.mjs — the Document view and the Print menu through the real UI:
// edit the header number and a legal-basis line, add / reorder / remove lines,
// undo; budget amounts in đồng with "." thousands; print each of the five
// documents (the HTML handed to the browser's print — web/glue.js dcGlue.print,
// which puts it in the #dc-print iframe — is captured and must carry the edits);
// both templates display.  Screenshots land in test-output/browser/ (look at them).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { startServer, launchBrowser, openApp, screenshot, waitIdle, click, renderedFrames, ROOT, OUT } from './helpers.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const plan = (page) => page.evaluate(() => window.dcTest.planJson());
const ids = (page) => page.evaluate(() => window.dcTest.widgetIds());
const rect = (page, id) => page.evaluate((i) => window.dcTest.widgetRect(i), id);

async function waitPlan(page, pred, what) {
  for (let i = 0; i < 60; ++i) {
    const p = await plan(page);
    if (pred(p)) return p;
    await page.waitForTimeout(100);
  }
  const p = await plan(page);
  assert.fail(`${what}: plan is ${JSON.stringify(p.header).slice(0, 400)}`);
}

// Scrolls the form until the widget is inside it (the form is a scrolling child).
async function ensureVisible(page, id) {
  for (let k = 0; k < 80; ++k) {
    const form = await rect(page, 'doc.form');
    const r = await rect(page, id);
    assert.ok(form, 'document form drawn');
    assert.ok(r, `${id} drawn`);
    const top = form.y + 8, bottom = form.y + form.h - 8;
    if (r.y >= top && r.y + r.h <= bottom) return r;
    await page.mouse.move(form.x + form.w / 2, form.y + form.h / 2);
    const dy = r.y < top ? Math.max(-300, r.y - top - 60) : Math.min(300, r.y + r.h - bottom + 60);
    await page.mouse.wheel(0, dy);
    await renderedFrames(page, 3);
  }
  throw new Error(`could not scroll ${id} into view`);
}

async function clickVisible(page, id) {
  await ensureVisible(page, id);
  await click(page, id);
}

async function typeInto(page, id, text) {
  await clickVisible(page, id);
  await page.keyboard.press('Control+A');
  if (text === '') await page.keyboard.press('Backspace');
  else await page.keyboard.type(text, { delay: 15 });
  await page.keyboard.press('Enter');   // leaves the field (one undo step per visit)
  await waitIdle(page, 150);   // every typed key handled (the input queue drains a key per frame)
}

async function openDocument(page) {
  await waitIdle(page, 400);
  if ((await ids(page)).includes('main.first-run.dismiss')) await click(page, 'main.first-run.dismiss');
  await click(page, 'nav.document');
  await click(page, 'doc.open-all');
  await waitIdle(page, 300);
}

async function loadTemplate(page, id) {
  const text = readFileSync(path.join(ROOT, 'assets', 'templates', `${id}.json`), 'utf8');
  const want = JSON.parse(text);
  await page.evaluate(([name, body]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([body], name, { type: 'application/json' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, [`${id}.json`, text]);
  for (let i = 0; i < 100; ++i) {
    const p = await plan(page);
    if (p.header.title === want.header.title && p.sites.length === want.sites.length) return p;
    if ((await ids(page)).includes('files.open.new')) await click(page, 'files.open.new');
    else await page.waitForTimeout(100);
  }
  throw new Error(`template ${id} did not open`);
}

// Records every document the app hands to the browser's print (and lets the
// real glue run: it fills the hidden #dc-print iframe and calls print()).
async function capturePrints(page) {
  await page.evaluate(() => {
    window.__printed = [];
    const g = window.Module.dcGlue;
    const real = g.print;
    g.print = function (html) { window.__printed.push(html); return real.call(this, html); };
  });
}

async function printFromMenu(page, which, { opener = 'topbar.print', done = false } = {}) {
  const before = await page.evaluate(() => window.__printed.length);
  await click(page, opener);
  await renderedFrames(page, 2);
  assert.ok((await ids(page)).includes('print.menu'), 'the print menu opens');
  if (done) await click(page, 'print.tasks.done');
  await click(page, `print.${which}`);
  await page.waitForFunction((n) => window.__printed.length > n, before, { timeout: 5000 });
  const html = await page.evaluate(() => window.__printed[window.__printed.length - 1]);
  const frame = await page.evaluate(() => document.getElementById('dc-print')?.srcdoc);
  assert.equal(frame, html, 'the document is what the print iframe shows');
  await renderedFrames(page, 2);
  assert.ok(!(await ids(page)).includes('print.menu'), 'the menu closes after choosing');
  return html;
}

test('header number and legal-basis lines: edit, add, reorder, remove, undo; print carries them', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  await openDocument(page);
  await capturePrints(page);
  const start = await plan(page);
  assert.equal(start.header.number, '1905');
  assert.deepEqual(start.header.legal_basis, []);

  // Number.
  await typeInto(page, 'doc.header.number', '2024');
  await waitPlan(page, (p) => p.header.number === '2024', 'number typed');
  await page.keyboard.press('Control+Z');
  await waitPlan(page, (p) => p.header.number === '1905', 'number undone in one step');
  await page.keyboard.press('Control+Shift+Z');
  await waitPlan(page, (p) => p.header.number === '2024', 'number redone');

  // Two legal-basis lines, Vietnamese typed.
  const l1 = 'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư';
  const l2 = 'Căn cứ Kế hoạch số 12/KH-UBND về việc tổ chức hội nghị trực tuyến';
  await clickVisible(page, 'doc.header.legal_basis.add');
  await clickVisible(page, 'doc.header.legal_basis.add');
  await waitPlan(page, (p) => p.header.legal_basis.length === 2, 'two lines added');
  await typeInto(page, 'doc.header.legal_basis.0', l1);
  await typeInto(page, 'doc.header.legal_basis.1', l2);
  await waitPlan(page, (p) => p.header.legal_basis[0] === l1 && p.header.legal_basis[1] === l2, 'lines typed');
  await screenshot(page, 'document-basis.png');

  // Reorder: line 2 up.
  await clickVisible(page, 'doc.header.legal_basis.1.up');
  await waitPlan(page, (p) => p.header.legal_basis[0] === l2 && p.header.legal_basis[1] === l1, 'moved up');
  // Remove the first line.
  await clickVisible(page, 'doc.header.legal_basis.0.remove');
  await waitPlan(page, (p) => p.header.legal_basis.length === 1 && p.header.legal_basis[0] === l1, 'removed');
  // Undo twice: back to both lines, original order.
  await page.keyboard.press('Control+Z');
  await waitPlan(page, (p) => p.header.legal_basis.length === 2 && p.header.legal_basis[0] === l2, 'remove undone');
  await page.keyboard.press('Control+Z');
  await waitPlan(page, (p) => p.header.legal_basis[0] === l1 && p.header.legal_basis[1] === l2, 'move undone');
  const undoTip = await page.evaluate(() => window.dcTest.planJson().header.number);
  assert.equal(undoTip, '2024');

  // Print the full plan from the top bar: the edits are in the document.
  const html = await printFromMenu(page, 'plan');
  assert.match(html, /Số: 2024\/KH-SGDĐT/);
  assert.ok(html.includes(l1 + ';'), 'first basis line, ";" added');
  assert.ok(html.includes(l2 + '.'), 'last basis line, "." added');
  assert.ok(html.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'));

  // A real reader sees the text: Chromium makes the PDF, pdftotext reads it.
  const pdfPage = await browser.context.newPage();
  await pdfPage.setContent(html);
  const pdf = await pdfPage.pdf({ format: 'A4', preferCSSPageSize: true });
  await pdfPage.close();
  mkdirSync(OUT, { recursive: true });
  const pdfFile = path.join(OUT, 'document-print-plan.pdf');
  writeFileSync(pdfFile, pdf);
  const text = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  // First page as a picture, to look at beside the seed (test-output/browser/document-print-plan-1.png).
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', pdfFile,
                            path.join(OUT, 'document-print-plan-1')]);
  assert.ok(text.includes('2024/KH-SGDĐT'), 'number in the PDF');
  assert.ok(text.includes('Căn cứ Nghị định số 30/2020/NĐ-CP'), 'basis line in the PDF');
  assert.ok(text.includes('Độc lập - Tự do - Hạnh phúc'));
  assert.deepEqual(errors, []);
  await page.close();
});

test('body outline: add a paragraph after the selected line, move it, remove it, undo', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  await openDocument(page);
  const start = await plan(page);
  const n = start.body.length;
  assert.equal(start.body[1].text, 'Mục đích:');

  await clickVisible(page, 'doc.body.1.select');              // select "1. Mục đích:"
  await clickVisible(page, 'doc.body.add-paragraph');         // inserted as body[2]
  await waitPlan(page, (p) => p.body.length === n + 1 && p.body[2].kind === 'paragraph', 'paragraph added after line 2');
  const text = 'Quán triệt chủ trương của Bộ về chuyển đổi số trong giáo dục.';
  await typeInto(page, 'doc.body.2.text', text);
  await waitPlan(page, (p) => p.body[2].text === text, 'paragraph typed');
  await clickVisible(page, 'doc.body.2.down');
  await waitPlan(page, (p) => p.body[3].text === text && p.body[2].text === start.body[2].text, 'moved down');
  await screenshot(page, 'document-body.png');
  await clickVisible(page, 'doc.body.3.remove');
  await waitPlan(page, (p) => p.body.length === n && !p.body.some((b) => b.text === text), 'removed');
  await page.keyboard.press('Control+Z');
  await waitPlan(page, (p) => p.body.length === n + 1 && p.body[3].text === text, 'remove undone');

  await capturePrints(page);
  const html = await printFromMenu(page, 'plan', { opener: 'doc.print' });
  assert.ok(html.includes(text), 'the new paragraph prints');
  assert.deepEqual(errors, []);
  await page.close();
});

test('budget: amounts typed in digits show and print in đồng with "." thousands; bad input is refused in words', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  await openDocument(page);
  await capturePrints(page);
  const start = await plan(page);
  const n = start.budget.length;
  assert.ok(n >= 1, 'the Kế hoạch has a budget line');
  await click(page, 'doc.close-all');          // only the Kinh phí section open
  await click(page, 'doc.sec.budget');
  assert.ok(!(await ids(page)).includes('doc.header.number'), 'other sections closed');

  await typeInto(page, 'doc.budget.0.amount', '1500000');
  await waitPlan(page, (p) => p.budget[0].amount === 1500000, 'amount read');
  // A second line typed with dots and the unit.
  await clickVisible(page, 'doc.budget.add');
  await waitPlan(page, (p) => p.budget.length === n + 1, 'line added');
  await typeInto(page, `doc.budget.${n}.text`, 'Kinh phí thuê đường truyền dự phòng.');
  await typeInto(page, `doc.budget.${n}.amount`, '250.000 đồng');
  await waitPlan(page, (p) => p.budget[n].amount === 250000, 'second amount read');
  assert.ok((await ids(page)).includes('doc.budget.total'), 'a total is shown');

  // Letters are not an amount: message under the field, the plan keeps 250000.
  await clickVisible(page, `doc.budget.${n}.amount`);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('hai trăm', { delay: 15 });
  await waitIdle(page, 150);   // every typed key handled (the input queue drains a key per frame)
  assert.ok((await ids(page)).includes(`doc.budget.${n}.amount.error`), 'error shown under the field');
  await screenshot(page, 'document-budget.png');
  await page.keyboard.press('Enter');
  await renderedFrames(page, 3);
  assert.equal((await plan(page)).budget[n].amount, 250000);
  assert.ok(!(await ids(page)).includes(`doc.budget.${n}.amount.error`), 'leaving the field drops the bad text');

  const html = await printFromMenu(page, 'plan');
  assert.ok(html.includes('1.500.000 đồng'), '1.500.000 đồng printed');
  assert.ok(html.includes('250.000 đồng'), '250.000 đồng printed');
  assert.ok(html.includes('1.750.000 đồng'), 'total printed');
  assert.deepEqual(errors, []);
  await page.close();
});

test('print menu: the five documents, task appendix with the done column', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  await openDocument(page);
  await capturePrints(page);
  const p = await plan(page);
  await click(page, 'topbar.print');
  await renderedFrames(page, 2);
  await screenshot(page, 'document-print-menu.png');
  await page.keyboard.press('Escape');
  await renderedFrames(page, 2);

  const agenda = await printFromMenu(page, 'agenda');
  assert.match(agenda, /CHƯƠNG TRÌNH/);
  assert.ok(agenda.includes(p.agenda[1].items[0].content), 'an agenda row');

  const tasks = await printFromMenu(page, 'tasks');
  assert.ok(tasks.includes(p.tasks[0].content), 'a task row');
  assert.ok(!tasks.includes('<th>Đã xong</th>'), 'no done column unless asked');
  const tasksDone = await printFromMenu(page, 'tasks', { done: true });
  assert.ok(tasksDone.includes('<th>Đã xong</th>'), 'done column when asked');

  const sites = await printFromMenu(page, 'sites');
  assert.ok(sites.includes(p.sites[1].name), 'a site in the list');

  const sheets = await printFromMenu(page, 'site-sheets');
  assert.equal((sheets.match(/class="sheet site"/g) || []).length, p.sites.length, 'one sheet per site');
  assert.deepEqual(errors, []);
  await page.close();
});

test('both templates display: Kế hoạch and Công văn (Kính gửi, V/v, blank number)', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  await openDocument(page);
  await screenshot(page, 'document-ke-hoach.png');
  const kh = await plan(page);
  assert.equal(kh.header.kind, 'ke-hoach');
  for (const id of ['doc.header.number', 'doc.header.issuing_body', 'doc.signer.name', 'doc.recipients.0.name',
                    'doc.duties.0.unit', 'doc.event.days.0.date', 'doc.preview']) {
    assert.ok((await ids(page)).includes(id), `${id} drawn`);
  }

  const cv = await loadTemplate(page, 'cong-van-k12');
  assert.equal(cv.header.kind, 'cong-van');
  await click(page, 'doc.open-all');
  await waitIdle(page, 300);
  const have = await ids(page);
  for (let i = 0; i < cv.header.addressees.length; ++i) assert.ok(have.includes(`doc.header.addressees.${i}`));
  for (let i = 0; i < cv.header.legal_basis.length; ++i) assert.ok(have.includes(`doc.header.legal_basis.${i}`));
  await ensureVisible(page, 'doc.header.addressees.0');
  await screenshot(page, 'document-cong-van.png');
  // Edit a legal-basis line of the công văn and print it as a công văn.
  await capturePrints(page);
  await typeInto(page, 'doc.header.legal_basis.1', 'Căn cứ Công văn số 1939/SGDĐT-GDTrHCTTX ngày 31/8/2021 của Sở GDĐT');
  await waitPlan(page, (p) => p.header.legal_basis[1].startsWith('Căn cứ Công văn số 1939/SGDĐT-GDTrHCTTX ngày 31/8/2021 của Sở GDĐT'), 'cv basis typed');
  const html = await printFromMenu(page, 'plan');
  assert.ok(html.includes('V/v tổ chức Hội nghị trực tuyến'), 'V/v subject');
  assert.ok(html.includes('Kính gửi'), 'Kính gửi');
  assert.ok(html.includes('Căn cứ Công văn số 1939/SGDĐT-GDTrHCTTX ngày 31/8/2021 của Sở GDĐT.'), 'edited basis, last line ends with "."');
  assert.deepEqual(errors, []);
  await page.close();
});

test('1920×1080 at DPR 2: form and preview side by side, English labels', async () => {
  const { page, errors } = await openApp(browser.context, server.url, { dpr: 2, width: 1920, height: 1080 });
  await openDocument(page);
  await click(page, 'topbar.lang.en');
  await waitIdle(page, 300);
  const form = await rect(page, 'doc.form');
  const preview = await rect(page, 'doc.preview');
  assert.ok(preview && preview.x > form.x + form.w, 'preview right of the form');
  await screenshot(page, 'document-1920-dpr2-en.png');
  await click(page, 'topbar.lang.vi');
  assert.deepEqual(errors, []);
  await page.close();
});
