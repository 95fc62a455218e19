// checks.test.mjs — the Kiểm tra view through the real UI: the clean Kế hoạch
// shows the empty state; a mistake made in the Document view appears as a
// finding in its severity group and in the badge/status line; clicking it goes
// back to the field (scrolled into view and outlined); a finding about a task
// opens the Tasks view; the Công văn template's notes are grouped apart.
// Screenshots land in test-output/browser/ (look at them).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startServer, launchBrowser, openApp, screenshot, waitIdle, click, renderedFrames, ROOT } from './helpers.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const plan = (page) => page.evaluate(() => window.dcTest.planJson());
const ids = (page) => page.evaluate(() => window.dcTest.widgetIds());
const rect = (page, id) => page.evaluate((i) => window.dcTest.widgetRect(i), id);

async function start(page) {
  await waitIdle(page, 400);
  if ((await ids(page)).includes('main.first-run.dismiss')) await click(page, 'main.first-run.dismiss');
}

// Opens plan JSON text as if dropped on the window (choosing "open as new" if asked).
async function dropPlan(page, name, text) {
  const want = JSON.parse(text);
  await page.evaluate(([n, body]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([body], n, { type: 'application/json' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, [name, text]);
  for (let i = 0; i < 100; ++i) {
    const p = await plan(page);
    if (p.header.title === want.header.title && p.tasks.length === want.tasks.length &&
        p.header.legal_basis.length === want.header.legal_basis.length) return p;
    if ((await ids(page)).includes('files.open.new')) await click(page, 'files.open.new');
    else await page.waitForTimeout(100);
  }
  throw new Error(`${name} did not open`);
}

const template = (id) => readFileSync(path.join(ROOT, 'assets', 'templates', `${id}.json`), 'utf8');

test('clean plan: empty state; a cleared issuing body becomes an error that leads back to its field', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  await start(page);
  await click(page, 'nav.checks');
  await waitIdle(page, 300);
  let have = await ids(page);
  assert.ok(have.includes('checks.clean'), 'the Kế hoạch template has no findings: empty state');
  assert.ok(!have.some((i) => i.startsWith('checks.item.')));
  await screenshot(page, 'checks-clean.png');

  // Clear the issuing body in the Document view.
  await click(page, 'nav.document');
  await click(page, 'doc.header.issuing_body');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Enter');
  await renderedFrames(page, 3);
  assert.equal((await plan(page)).header.issuing_body, '');

  await click(page, 'nav.checks');
  await waitIdle(page, 300);
  have = await ids(page);
  assert.ok(have.includes('checks.group.error'), 'an error group');
  assert.ok(have.includes('checks.place.header.issuing_body'), 'the finding names header.issuing_body');
  assert.ok(!have.includes('checks.clean'));
  await screenshot(page, 'checks-error.png');

  // Click it: the Document view opens with the field outlined.
  await click(page, 'checks.place.header.issuing_body');
  await renderedFrames(page, 4);
  have = await ids(page);
  assert.ok(have.includes('doc.form'), 'the Document view is shown');
  assert.ok(!have.includes('checks.summary'));
  const field = await rect(page, 'doc.header.issuing_body');
  const outlined = await rect(page, 'doc.focused');
  assert.ok(outlined, 'a field is outlined');
  assert.deepEqual(outlined, field, 'the outlined field is the issuing body');
  await screenshot(page, 'checks-goto-field.png');

  // Undo fixes it; the checks are clean again.
  await page.keyboard.press('Control+Z');
  await renderedFrames(page, 2);
  await click(page, 'nav.checks');
  assert.ok((await ids(page)).includes('checks.clean'));
  assert.deepEqual(errors, []);
  await page.close();
});

test('a finding deep in the form (a legal-basis line with a wrong weekday) scrolls the form to it', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  await start(page);
  const p = JSON.parse(template('cong-van-k12'));
  // 27/10/2021 was a Wednesday: "thứ Hai" is wrong.
  p.header.legal_basis.push('Căn cứ Thông báo của Sở GDĐT về lịch họp thứ Hai, ngày 27/10/2021');
  p.tasks = [{ id: 't900', content: 'Gửi giấy mời dự Hội nghị', lead: '', cooperating: [], done: false, done_on: '', note: '',
               deadline: { qualifier: 'before', relative: false, date: '2021-10-25', days_before_event: 0 } }];
  await dropPlan(page, 'sai-thu.json', JSON.stringify(p));
  await click(page, 'nav.checks');
  await waitIdle(page, 300);
  const have = await ids(page);
  const basisId = `checks.place.header.legal_basis[${p.header.legal_basis.length - 1}]`;
  assert.ok(have.includes(basisId), `weekday finding on the basis line (${have.filter((i) => i.startsWith('checks.place')).join(', ')})`);
  assert.ok(have.includes('checks.group.note'), 'the công văn notes (blank number, blank day) are grouped apart');
  assert.ok(have.includes('checks.place.tasks[0].lead'), 'task without a lead');
  await screenshot(page, 'checks-cong-van.png');

  await click(page, basisId);
  await renderedFrames(page, 4);
  const form = await rect(page, 'doc.form');
  const field = await rect(page, `doc.header.legal_basis.${p.header.legal_basis.length - 1}`);
  assert.ok(field.y >= form.y && field.y + field.h <= form.y + form.h, 'the line is scrolled into view');
  assert.deepEqual(await rect(page, 'doc.focused'), field, 'and outlined');

  // A task finding opens the Tasks view.
  await click(page, 'nav.checks');
  await click(page, 'checks.place.tasks[0].lead');
  await renderedFrames(page, 3);
  const after = await ids(page);
  assert.ok(!after.includes('checks.summary') && !after.includes('doc.form'), 'left Checks for the Tasks view');
  await screenshot(page, 'checks-goto-task.png');
  assert.deepEqual(errors, []);
  await page.close();
});
