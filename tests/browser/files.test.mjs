// files.test.mjs — files and sharing through the real UI: Save with
// Ctrl+S downloads the plan file and a fresh page opens it back; Open with
// Ctrl+O (file chooser) and by dropping a file; the open-as-new / replace /
// cancel dialog (replace is undoable); a bad file shows the error dialog and
// changes nothing; the readable .html copy opens again; the comparison takes
// the other version's ticks and statuses in one undo step; the link round trip
// and the "too large" message; every export downloads a non-empty file named
// from the plan.  Screenshots in test-output/browser/files-*.png.
//
// Each test gets its own browser profile: the plan library (IndexedDB) would
// otherwise carry plans from one test into the next.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer, launchBrowser, openApp, screenshot, waitIdle, widgetCenter } from './helpers.mjs';

let server, tmp;
before(async () => {
  server = await startServer();
  tmp = await mkdtemp(path.join(tmpdir(), 'dc-files-'));
});
after(async () => { await server?.close(); });

// [helpers] ------------------------------------------------------------------
async function fresh(opts) {
  const browser = await launchBrowser();
  const { page, errors } = await openApp(browser.context, server.url, opts);
  await waitIdle(page, 400);
  return { browser, page, errors };
}

const plan = (page) => page.evaluate(() => window.dcTest.planJson());
const shown = (page, id) => page.evaluate((i) => !!window.dcTest.widgetRect(i), id);

async function waitShown(page, id, timeout = 10000) {
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
// Scrolls the export panel with the mouse wheel until widget `id` is inside
// its visible part (export.area), then clicks it.
async function pressInView(page, id) {
  const area = await page.evaluate(() => window.dcTest.widgetRect('export.area'));
  for (let i = 0; i < 40; ++i) {
    const r = await page.evaluate((x) => window.dcTest.widgetRect(x), id);
    if (!r) throw new Error(`${id} is not drawn`);
    if (r.y >= area.y && r.y + r.h <= area.y + area.h) break;
    await page.mouse.move(area.x + 100, area.y + area.h / 2);
    await page.mouse.wheel(0, r.y < area.y ? -200 : 200);
    await waitIdle(page, 200);
  }
  await press(page, id);
}
// Ctrl+key as a user presses it (Cmd on a Mac is the same code path).
async function mod(page, key) {
  await page.keyboard.press(`Control+${key}`);
}
// Runs `trigger`, returns the download it causes: suggested name and bytes.
async function download(page, trigger) {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 15000 }), trigger()]);
  const file = await dl.path();
  return { name: dl.suggestedFilename(), bytes: await readFile(file) };
}
// Runs `trigger` (which must open the file chooser) and gives it `files`.
async function choose(page, trigger, files) {
  const [fc] = await Promise.all([page.waitForEvent('filechooser', { timeout: 15000 }), trigger()]);
  await fc.setFiles(files);
}
// Drops a file on the page as a file manager would (a drop event with a DataTransfer).
async function drop(page, name, text, type = 'application/json') {
  await page.evaluate(({ name, text, type }) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], name, { type }));
    const target = document.getElementById('canvas');
    target.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, { name, text, type });
}
const fileFor = (name, text, mimeType = 'application/json') => ({ name, mimeType, buffer: Buffer.from(text) });

// The open plan, edited as a colleague would: other title, a ticked task, a site's test result.
function colleagueVersion(p, { title = true } = {}) {
  const q = structuredClone(p);
  if (title) q.header.title = p.header.title + ' (bản của Phòng GDĐT)';
  q.tasks[0].done = true;
  q.tasks[0].done_on = '2021-08-25';
  q.sites[1].test_status = 'no-sound';
  return q;
}
const json = (p) => JSON.stringify(p, null, 2) + '\n';

// [tests] --------------------------------------------------------------------
test('Ctrl+S downloads the plan file named from the plan; a fresh page opens it back (Ctrl+O)', async () => {
  const a = await fresh();
  const original = await plan(a.page);
  // Make the plan differ from the template first: open a colleague's version in its place.
  const edited = colleagueVersion(original);
  await choose(a.page, () => mod(a.page, 'o'), fileFor('ban-sua.json', json(edited)));
  await waitShown(a.page, 'files.open.dialog');
  await screenshot(a.page, 'files-open-dialog.png');
  await press(a.page, 'files.open.replace');
  await waitGone(a.page, 'files.open.dialog');
  assert.equal((await plan(a.page)).header.title, edited.header.title);

  const saved = await download(a.page, () => mod(a.page, 's'));
  assert.match(saved.name, /^KH-1905-[a-z0-9-]+-2021-08-31\.json$/, `ASCII name from the plan: ${saved.name}`);
  const savedPlan = JSON.parse(saved.bytes.toString('utf8'));
  assert.deepEqual(savedPlan, await plan(a.page), 'the file holds exactly the open plan');
  assert.equal(savedPlan.tasks[0].done, true);
  await a.browser.close();

  // A fresh browser: its plan is the template; open the saved file as a new plan.
  const b = await fresh();
  assert.notDeepEqual(await plan(b.page), savedPlan);
  const file = path.join(tmp, saved.name);
  await writeFile(file, saved.bytes);
  await choose(b.page, () => mod(b.page, 'o'), file);
  await waitShown(b.page, 'files.open.dialog');
  await press(b.page, 'files.open.new');
  await waitGone(b.page, 'files.open.dialog');
  assert.deepEqual(await plan(b.page), savedPlan, 'same plan after the round trip');
  assert.deepEqual(a.errors, []);
  assert.deepEqual(b.errors, []);
  await b.browser.close();
});

test('a bad file shows the error dialog naming the problem; nothing changes', async () => {
  const { browser, page, errors } = await fresh();
  const before = await plan(page);
  // Broken JSON, through the Open button.
  await choose(page, () => press(page, 'topbar.open'), fileFor('hong.json', '{ "format": "diem-cau-plan", "version": 2, '));
  await waitShown(page, 'files.error.dialog');
  await screenshot(page, 'files-error-dialog.png');
  assert.equal(await shown(page, 'files.open.dialog'), false, 'no open dialog for a bad file');
  assert.deepEqual(await plan(page), before);
  await press(page, 'files.error.close');
  await waitGone(page, 'files.error.dialog');

  // Valid JSON, impossible time: the model's error, and still nothing changes.
  const bad = structuredClone(before);
  bad.agenda[1].end = '25:00';
  await choose(page, () => mod(page, 'o'), fileFor('gio-sai.json', json(bad)));
  await waitShown(page, 'files.error.dialog');
  await screenshot(page, 'files-error-bad-time.png');
  assert.deepEqual(await plan(page), before);
  await page.keyboard.press('Escape');
  await waitGone(page, 'files.error.dialog');

  // An .html page that is not a readable copy.
  await drop(page, 'trang-web.html', '<!doctype html><title>x</title><p>Không có kế hoạch</p>', 'text/html');
  await waitShown(page, 'files.error.dialog');
  assert.deepEqual(await plan(page), before);
  await press(page, 'files.error.close');
  assert.deepEqual(errors, []);
  await browser.close();
});

test('drop a plan file anywhere: open as new, replace (undoable) or cancel', async () => {
  const { browser, page, errors } = await fresh();
  const original = await plan(page);
  const other = colleagueVersion(original);
  other.header.title = 'Hội nghị sơ kết học kỳ I';

  // Dragging a file over the page shows where to drop it; leaving takes the hint away.
  const drag = (type) => page.evaluate((type) => {
    const dt = new DataTransfer();
    dt.items.add(new File(['{}'], 'so-ket.json', { type: 'application/json' }));
    document.getElementById('canvas').dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, type);
  await drag('dragenter');
  await waitShown(page, 'drop.hint');
  await screenshot(page, 'files-drag-over.png');
  await drag('dragleave');
  await waitGone(page, 'drop.hint');

  // Cancel: nothing changes (and the drop took the hint away).
  await drop(page, 'so-ket.json', json(other));
  assert.ok(!(await page.evaluate(() => window.dcTest.widgetIds())).includes('drop.hint'));
  await waitShown(page, 'files.open.dialog');
  await press(page, 'files.open.cancel');
  await waitGone(page, 'files.open.dialog');
  assert.deepEqual(await plan(page), original);

  // Replace: the file's plan, and Ctrl+Z brings the previous one back.
  await drop(page, 'so-ket.json', json(other));
  await waitShown(page, 'files.open.dialog');
  await press(page, 'files.open.replace');
  await waitGone(page, 'files.open.dialog');
  assert.deepEqual(await plan(page), other);
  await mod(page, 'z');
  await waitIdle(page, 300);
  assert.deepEqual(await plan(page), original, 'replace is undone by Ctrl+Z');

  // Open as new: the file's plan is open; the previous one is kept in the library.
  await drop(page, 'so-ket.json', json(other));
  await waitShown(page, 'files.open.dialog');
  await press(page, 'files.open.new');
  await waitGone(page, 'files.open.dialog');
  assert.deepEqual(await plan(page), other);
  await screenshot(page, 'files-opened-new.png');
  assert.deepEqual(errors, []);
  await browser.close();
});

test('the readable .html copy downloads and opens again (picker and drop)', async () => {
  const { browser, page, errors } = await fresh();
  const original = await plan(page);
  await press(page, 'nav.export');
  const copy = await download(page, () => press(page, 'export.share.copy'));
  assert.match(copy.name, /^KH-1905-[a-z0-9-]+-2021-08-31-html-copy\.html$/);
  const html = copy.bytes.toString('utf8');
  assert.match(html, /<script type="application\/json" id="diem-cau-plan">/);

  // Open it back as a replacement of a changed plan: the same plan returns.
  const other = colleagueVersion(original);
  await drop(page, 'khac.json', json(other));
  await waitShown(page, 'files.open.dialog');
  await press(page, 'files.open.replace');
  await waitGone(page, 'files.open.dialog');
  const file = path.join(tmp, copy.name);
  await writeFile(file, copy.bytes);
  await choose(page, () => press(page, 'topbar.open'), file);
  await waitShown(page, 'files.open.dialog');
  await press(page, 'files.open.replace');
  await waitGone(page, 'files.open.dialog');
  assert.deepEqual(await plan(page), original, 'the copy carries the plan');

  // Dropped, renamed by a chat app (no extension): still recognised.
  await drop(page, 'tep-tu-zalo', html, 'application/octet-stream');
  await waitShown(page, 'files.open.dialog');
  await press(page, 'files.open.cancel');
  assert.deepEqual(errors, []);
  await browser.close();
});

test('comparison with a colleague\'s version lists the changes and takes ticks and statuses in one undo step', async () => {
  const { browser, page, errors } = await fresh();
  const original = await plan(page);
  const theirs = colleagueVersion(original, { title: false });
  theirs.agenda[2].start = '10:15';   // a slot moved: listed, never taken
  theirs.agenda[2].end = '10:45';
  theirs.tasks[3].deadline = { qualifier: 'on', relative: false, date: '2021-08-29', days_before_event: 0 };

  await choose(page, () => mod(page, 'o'), fileFor('ban-phong.json', json(theirs)));
  await waitShown(page, 'files.open.dialog');
  await screenshot(page, 'files-open-same-plan.png');
  await press(page, 'files.open.compare');
  await waitShown(page, 'files.compare.dialog');
  await screenshot(page, 'files-compare.png');
  const ids = await page.evaluate(() => window.dcTest.widgetIds());
  const rows = ids.filter((i) => i.startsWith('files.compare.row.'));
  // agenda: 1 moved (group 1); tasks: 1 ticked + 1 deadline (group 2); sites: 1 status (group 3)
  assert.deepEqual(rows.sort(), ['files.compare.row.1.0', 'files.compare.row.2.0', 'files.compare.row.2.1',
                                 'files.compare.row.3.0']);

  await press(page, 'files.compare.take');
  let now = await plan(page);
  assert.equal(now.tasks[0].done, true);
  assert.equal(now.tasks[0].done_on, '2021-08-25');
  assert.equal(now.sites[1].test_status, 'no-sound');
  assert.equal(now.agenda[2].start, original.agenda[2].start, 'the moved slot is not taken');
  assert.deepEqual(now.tasks[3].deadline, original.tasks[3].deadline, 'deadlines are not taken');
  await screenshot(page, 'files-compare-after-take.png');
  await press(page, 'files.compare.close');
  await waitGone(page, 'files.compare.dialog');

  await mod(page, 'z');
  await waitIdle(page, 300);
  assert.deepEqual(await plan(page), original, 'one Ctrl+Z undoes the whole take');
  assert.deepEqual(errors, []);
  await browser.close();
});

test('link: copied to the clipboard, a new page opening it gets the same plan', async () => {
  const a = await fresh();
  const original = await plan(a.page);
  const edited = colleagueVersion(original);
  await drop(a.page, 'ban-sua.json', json(edited));
  await waitShown(a.page, 'files.open.dialog');
  await press(a.page, 'files.open.replace');
  await press(a.page, 'nav.export');
  await press(a.page, 'export.share.link');
  await a.page.waitForFunction(() => (window.dcTest.lastCopied() || '').includes('#plan='), null, { timeout: 10000 });
  const link = await a.page.evaluate(() => window.dcTest.lastCopied());
  await waitShown(a.page, 'export.link.field');
  await screenshot(a.page, 'files-link-copied.png');
  const encoded = link.split('#plan=')[1];
  assert.match(encoded, /^[A-Za-z0-9_-]+$/, 'base64url');
  assert.ok(encoded.length < 32 * 1024);
  assert.ok(link.startsWith(server.url));
  await a.browser.close();

  const b = await launchBrowser();
  const { page, errors } = await openApp(b.context, link);
  await page.waitForFunction((t) => window.dcTest.planJson().header.title === t, edited.header.title, { timeout: 10000 });
  assert.deepEqual(await plan(page), edited, 'the link carries the whole plan');
  assert.equal(await page.evaluate(() => location.hash), '', 'the fragment leaves the address bar');
  // No file holds a plan that came by link: the app says to save one.
  await waitShown(page, 'banner.remind');
  // A damaged link (cut short) says so and changes nothing.
  const now = await plan(page);
  await page.evaluate((l) => { location.hash = '#plan=' + l.split('#plan=')[1].slice(0, 200); }, link);
  await waitShown(page, 'files.error.dialog');
  assert.deepEqual(await plan(page), now);
  await screenshot(page, 'files-link-damaged.png');
  assert.deepEqual(errors, []);
  await b.close();
});

test('a plan too large for a link says so and offers the file', async () => {
  const { browser, page, errors } = await fresh();
  const big = await plan(page);
  // 1,500 tasks with text that does not compress well: well over 32 KB encoded.
  let seed = 7;
  const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed; };
  for (let i = 0; i < 1500; ++i) {
    big.tasks.push({ ...big.tasks[0], id: `tx${i}`, content: `Việc ${rnd().toString(36)} ${rnd().toString(36)} ${rnd().toString(36)}` });
  }
  await drop(page, 'lon.json', json(big));
  await waitShown(page, 'files.open.dialog');
  await press(page, 'files.open.replace');
  await press(page, 'nav.export');
  const copiedBefore = await page.evaluate(() => window.dcTest.lastCopied() || '');
  await press(page, 'export.share.link');
  await waitShown(page, 'files.toobig.dialog');
  await screenshot(page, 'files-link-too-large.png');
  assert.equal(await page.evaluate(() => window.dcTest.lastCopied() || ''), copiedBefore, 'nothing copied');
  const copy = await download(page, () => press(page, 'files.toobig.copy'));
  assert.match(copy.name, /\.html$/);
  assert.ok(copy.bytes.length > 32 * 1024);
  await waitGone(page, 'files.toobig.dialog');
  assert.deepEqual(errors, []);
  await browser.close();
});

test('every export downloads a non-empty file named from the plan; e-mail opens mailto:', async () => {
  const { browser, page, errors } = await fresh({ width: 1366, height: 1000 });
  await press(page, 'nav.export');
  await screenshot(page, 'files-export-panel-tall.png');
  const saved = await download(page, () => press(page, 'export.share.save'));
  assert.match(saved.name, /^KH-1905-[a-z0-9-]+-2021-08-31\.json$/);
  const base = saved.name.replace(/\.json$/, '');
  const expected = {
    'export.docx': `${base}.docx`, 'export.ics': `${base}.ics`,
    'export.csv-tasks': `${base}-csv-tasks.csv`, 'export.csv-sites': `${base}-csv-sites.csv`,
    'export.csv-agenda': `${base}-csv-agenda.csv`, 'export.html-plan': `${base}-html-plan.html`,
    'export.html-agenda': `${base}-html-agenda.html`, 'export.html-tasks': `${base}-html-tasks.html`,
    'export.html-sites': `${base}-html-sites.html`, 'export.html-site-sheets': `${base}-html-site-sheets.html`,
    'export.html-call-sheet': `${base}-html-call-sheet.html`,
    'export.share.copy': `${base}-html-copy.html`,
  };
  const ids = await page.evaluate(() => window.dcTest.widgetIds());
  const exportIds = ids.filter((i) => /^export\.(docx|ics|csv-|html-)/.test(i));
  assert.deepEqual(exportIds.sort(), Object.keys(expected).filter((k) => !k.startsWith('export.share')).sort(),
                   'one row per exporter of the registry');
  const p = await plan(page);
  for (const [id, name] of Object.entries(expected)) {
    // One retry: on this shared, loaded machine a click now and then lands in a frame that misses it.
    const f = await download(page, () => pressInView(page, id))
      .catch(() => download(page, () => pressInView(page, id)))
      .catch((e) => { throw new Error(`${id}: ${e.message}`); });
    assert.equal(f.name, name, id);
    assert.ok(f.bytes.length > 200, `${id}: ${f.bytes.length} bytes`);
    if (name.endsWith('.csv')) assert.deepEqual([...f.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'BOM for Excel');
    if (name.endsWith('.docx')) assert.equal(f.bytes.subarray(0, 2).toString(), 'PK');
    if (name.endsWith('.ics')) assert.match(f.bytes.toString(), /^BEGIN:VCALENDAR/);
  }
  assert.ok(p.tasks.length > 0);

  // E-mail: a mailto: with the plan's title; the plan's link does not fit a mailto, so the copy is downloaded to attach.
  const mail = await download(page, () => pressInView(page, 'export.share.email'));
  assert.equal(mail.name, `${base}-html-copy.html`);
  const url = await page.evaluate(() => window.dcTest.lastOpenedUrl());
  assert.match(url, /^mailto:\?subject=/);
  assert.ok(decodeURIComponent(url).includes(p.header.title), 'subject names the plan');
  assert.deepEqual(errors, []);
  await browser.close();
});

test('the export panel at 1366×768: readable, rows reachable by scrolling', async () => {
  const { browser, page, errors } = await fresh();
  await press(page, 'nav.export');
  await screenshot(page, 'files-export-panel.png');
  await press(page, 'topbar.lang.en');
  await screenshot(page, 'files-export-panel-en.png');
  // The last row is below the fold: the wheel brings it into view.
  const c = await widgetCenter(page, 'export.share.save');
  await page.mouse.move(c.x - 200, c.y);
  for (let i = 0; i < 10; ++i) await page.mouse.wheel(0, 400);
  await waitIdle(page, 300);
  const r = await page.evaluate(() => window.dcTest.widgetRect('export.html-call-sheet'));
  assert.ok(r && r.y + r.h <= 768 - 26, `last export row visible after scrolling (${JSON.stringify(r)})`);
  await screenshot(page, 'files-export-panel-scrolled.png');
  assert.deepEqual(errors, []);
  await browser.close();
});
