// find.test.mjs — "Tìm trong kế hoạch" (Ctrl+F / "Tìm" in the top bar) through
// the real page: type a query (with or without diacritics), see the places,
// go to one with Enter or a click.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appSuite, waitIdle, renderedFrames, screenshot, click } from './helpers.mjs';

const { fresh } = appSuite();
const ids = (page) => page.evaluate(() => window.dcTest.widgetIds());
const hits = async (page) => (await ids(page)).filter((i) => i.startsWith('find.hit.'));
const active = (page) => page.evaluate(() => window.dcTest.activeWidget());

test('Ctrl+F, a query without diacritics, Enter goes to the place: the document, then a bridge point', async () => {
  const { page, errors } = await fresh();
  await page.keyboard.press('Control+f');
  await waitIdle(page, 200);
  assert.ok((await ids(page)).includes('find.dialog'), 'Ctrl+F opened the find dialog');
  assert.equal(await active(page), 'find.query', 'the field is ready for typing');
  assert.deepEqual(await hits(page), [], 'nothing listed before typing');
  await page.keyboard.type('pleiku', { delay: 30 });
  await waitIdle(page, 200);
  // The Kế hoạch names Pleiku in its body text (first, in document order) and in its sites.
  assert.ok((await hits(page)).length >= 3);
  await screenshot(page, 'find-pleiku.png');
  await page.keyboard.press('Enter');
  await waitIdle(page, 200);
  let now = await ids(page);
  assert.ok(!now.includes('find.dialog'), 'Enter closed the dialog');
  assert.ok(now.includes('doc.body.8.text'), 'and showed the paragraph in the document form');
  // Again: the query is kept; ↓↓ chooses the third result (the site "Điểm cầu thành phố Pleiku").
  await page.keyboard.press('Control+f');
  await waitIdle(page, 200);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await renderedFrames(page, 2);
  await page.keyboard.press('Enter');
  await waitIdle(page, 200);
  now = await ids(page);
  assert.ok(now.includes('sites.add'), 'Enter opened the bridge points');
  assert.ok(now.some((i) => i.startsWith('sites.detail.')), 'with a site chosen (its details shown)');
  assert.ok(now.some((i) => i.startsWith('sites.row.1.')), 'and its row in view');
  assert.deepEqual(errors, []);
});

test('Vietnamese query, ↓ to the second result, the top bar button, Esc, and no results', async () => {
  const { page, errors } = await fresh();
  await click(page, 'topbar.find');
  await waitIdle(page, 200);
  assert.equal(await active(page), 'find.query');
  await page.keyboard.type('giấy mời', { delay: 40 });
  await waitIdle(page, 200);
  const n = (await hits(page)).length;
  assert.ok(n >= 1, 'a task sends the invitations');
  // Esc closes; the plan is unchanged and nothing was selected.
  await page.keyboard.press('Escape');
  await waitIdle(page, 200);
  assert.ok(!(await ids(page)).includes('find.dialog'));
  // Again with Ctrl+F: the last query is still there, selected as typed.
  await page.keyboard.press('Control+f');
  await waitIdle(page, 200);
  await page.keyboard.press('Control+a');
  await page.keyboard.type('xyzkhongco', { delay: 20 });
  await waitIdle(page, 200);
  assert.deepEqual(await hits(page), [], 'nothing matches');
  await screenshot(page, 'find-none.png');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Lê Duy Định', { delay: 40 });
  await waitIdle(page, 200);
  const many = await hits(page);
  assert.ok(many.length >= 2, `the Giám đốc is named in several places (${many.length})`);
  await page.keyboard.press('ArrowDown');
  await renderedFrames(page, 2);
  await page.keyboard.press('Enter');
  await waitIdle(page, 200);
  assert.ok(!(await ids(page)).includes('find.dialog'));
  assert.deepEqual(errors, []);
});

test('a click on a result in the programme opens the agenda with that slot chosen; 2× pixels', async () => {
  const { page, errors } = await fresh({ dpr: 2 });
  await page.keyboard.press('Control+f');
  await waitIdle(page, 200);
  await page.keyboard.type('khai mac', { delay: 30 });
  await waitIdle(page, 200);
  await screenshot(page, 'find-khai-mac-dpr2.png');
  const list = await hits(page);
  assert.ok(list.length >= 1);
  await click(page, list[0]);
  await waitIdle(page, 200);
  const now = await ids(page);
  assert.ok(now.includes('agenda.timeline'), 'the agenda opened');
  // The slot holding "Phát biểu khai mạc Hội nghị" is chosen: "Dời các khung giờ sau" is enabled
  // only with a chosen slot, so the keyboard ring can reach it.
  assert.ok(now.includes('agenda.shift'));
  assert.deepEqual(errors, []);
});
