// text_input.test.mjs — typing Vietnamese into a real field of the app (the
// Document panel's subject line, `doc.title`) through every way text arrives
// in a browser, sent as real input with the Chrome DevTools Protocol; the
// result is read back from the plan (window.dcTest.planJson()).
//
//  - Input.insertText (phone keyboards, dictation, commits of some IMEs);
//  - key events carrying Vietnamese letters (a Vietnamese keyboard layout);
//  - IME composition (Input.imeSetComposition → Input.insertText), as Chrome
//    produces it for macOS Vietnamese / Windows Telex, VNI / ibus, with the
//    IME's own "Process" keys (keyCode 229) in between;
//  - the Backspace-and-retype pattern of Unikey / EVKey / OpenKey, with every
//    event of a word delivered inside one frame (dcTest.holdInput);
//  - Ctrl+V from the clipboard, Ctrl+C / Ctrl+X to it; a paste too long for a
//    field is refused whole with a message, and nothing changes;
//  - everything arrives NFC, whatever form it was sent in.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, launchBrowser, openApp, screenshot, waitIdle, widgetCenter,
  cdp, keyChar, keyPress, focusField, settle, planTitle,
} from './helpers.mjs';

let server, browser, page, errors, session;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
  ({ page, errors } = await openApp(browser.context, server.url));
  session = await cdp(page);
  await waitIdle(page, 400);
});
after(async () => { await browser?.close(); await server?.close(); });

const title = () => planTitle(page);

// Empties the subject line through the UI (Ctrl+A, Backspace) and leaves it being edited.
async function clearTitle() {
  await focusField(page, 'doc.title');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  assert.equal(await settle(page, title, ''), '', 'the subject line is empty before the case');
}

async function ime(text) {   // marked (uncommitted) text, caret at its end
  await session.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
}
async function commit(text) { await session.send('Input.insertText', { text }); }
// The key events Chrome sends while an IME has the key: key "Process", keyCode 229.
async function processKey(code) {
  const base = { key: 'Process', code, windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 };
  await session.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...base });
  await session.send('Input.dispatchKeyEvent', { type: 'keyUp', ...base });
}

test('Input.insertText: the text appears whole, in order', async () => {
  await clearTitle();
  await page.keyboard.insertText('Hội nghị trực tuyến tổng kết năm học 2025–2026');
  assert.equal(await settle(page, title, 'Hội nghị trực tuyến tổng kết năm học 2025–2026'),
               'Hội nghị trực tuyến tổng kết năm học 2025–2026');
});

test('keys that carry Vietnamese letters (a Vietnamese keyboard layout)', async () => {
  await clearTitle();
  const want = 'Đường Nguyễn Huệ, phường Bến Nghé';
  for (const ch of want) await keyChar(session, ch, ch === ' ' ? 'Space' : '');
  assert.equal(await settle(page, title, want), want);
});

test('IME composition as Chrome reports it (Telex, VNI, macOS Vietnamese, ibus)', async () => {
  await clearTitle();
  // Telex "Vieetj": marked text grows, the IME commits the syllable.
  for (const [code, marked] of [['KeyV', 'V'], ['KeyI', 'Vi'], ['KeyE', 'Vie'], ['KeyE', 'Viê'], ['KeyT', 'Viêt'], ['KeyJ', 'Việt']]) {
    await processKey(code);
    await ime(marked);
  }
  await commit('Việt');
  await keyChar(session, ' ', 'Space');
  // VNI "Nam" then a Backspace that edits the marked text (must not delete committed text).
  for (const marked of ['N', 'Na', 'Nam', 'Namm']) await ime(marked);
  await processKey('Backspace');
  await ime('Nam');
  await commit('Nam');
  await keyChar(session, ' ', 'Space');
  // macOS style: the commit arrives in decomposed form (NFD) — the plan keeps NFC.
  await ime('hoà');
  await commit('hoà bình'.normalize('NFD'));
  // A composition the user abandons (Escape in the IME) leaves nothing behind.
  await ime('xyz');
  await ime('');
  const want = 'Việt Nam hoà bình';
  const got = await settle(page, title, want);
  assert.equal(got, want);
  assert.equal(got, got.normalize('NFC'));
});

// Unikey / EVKey / OpenKey: the letter that adds a mark is swallowed and the
// tool sends Backspace(s) and the rewritten letters as Unicode characters.
const REWRITES = {
  'hoà': ['h', 'o', 'a', 'BS', 'à'],                                      // hoaf
  'việt': ['v', 'i', 'e', 'BS', 'ê', 't', 'BS', 'BS', 'ệ', 't'],          // vieetj
  'nội': ['n', 'o', 'BS', 'ô', 'i', 'BS', 'BS', 'ộ', 'i'],                // nooij
  'đường': ['d', 'BS', 'đ', 'u', 'BS', 'ư', 'o', 'BS', 'ơ', 'n', 'g',     // dduwowngf
            'BS', 'BS', 'BS', 'ờ', 'n', 'g'],
};
async function sendRewrite(keys) {
  for (const k of keys) {
    if (k === 'BS') await keyPress(session, 'Backspace');
    else await keyChar(session, k, /^[a-z]$/.test(k) ? `Key${k.toUpperCase()}` : '');
  }
}

test('Backspace-and-retype input tools, every event of a word inside one frame', async () => {
  for (const [word, keys] of Object.entries(REWRITES)) {
    for (let run = 0; run < 2; ++run) {
      await clearTitle();
      await page.evaluate(() => window.dcTest.holdInput(true));
      await sendRewrite(keys);
      await page.evaluate(() => window.dcTest.holdInput(false));
      assert.equal(await settle(page, title, word), word, `${word} (run ${run + 1}, burst within one frame)`);
    }
  }
  // A whole phrase in one burst, then at typing pace.
  const phrase = [...REWRITES['hoà'], ' ', ...REWRITES['việt'], ' ', ...REWRITES['đường']];
  await clearTitle();
  await page.evaluate(() => window.dcTest.holdInput(true));
  await sendRewrite(phrase);
  await page.evaluate(() => window.dcTest.holdInput(false));
  assert.equal(await settle(page, title, 'hoà việt đường'), 'hoà việt đường');
  await clearTitle();
  await sendRewrite(phrase);
  assert.equal(await settle(page, title, 'hoà việt đường'), 'hoà việt đường');
});

test('phone keyboards: text by insertText, Backspace only as a beforeinput deletion', async () => {
  await clearTitle();
  await page.keyboard.insertText('Điểm cầu xã');
  assert.equal(await settle(page, title, 'Điểm cầu xã'), 'Điểm cầu xã');
  // Android's Gboard sends keyCode 229 for every key; Backspace arrives as the
  // deletion the browser would do in the (empty) bridge.
  for (let i = 0; i < 2; ++i) {
    await processKey('Backspace');
    await page.evaluate(() => document.getElementById('dc-text').dispatchEvent(
      new InputEvent('beforeinput', { inputType: 'deleteContentBackward', bubbles: true, cancelable: true })));
  }
  await page.keyboard.insertText('Ia Grai');
  assert.equal(await settle(page, title, 'Điểm cầu Ia Grai'), 'Điểm cầu Ia Grai');
});

async function setClipboard(text) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
}

test('Ctrl+V pastes from the clipboard (one line, NFC); Ctrl+C and Ctrl+X copy to it', async () => {
  await clearTitle();
  await page.keyboard.insertText('Kế hoạch: ');
  await setClipboard('Sở Giáo dục và Đào tạo\r\nHà Tĩnh'.normalize('NFD'));
  await page.keyboard.press('Control+V');
  const want = 'Kế hoạch: Sở Giáo dục và Đào tạo Hà Tĩnh';
  assert.equal(await settle(page, title, want), want);

  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+C');
  await page.waitForFunction((w) => window.dcTest.lastCopied() === w, want, { timeout: 5000 });
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), want);

  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+X');
  assert.equal(await settle(page, title, ''), '');
  assert.equal(await page.evaluate(() => window.dcTest.lastCopied()), want);
  // …and back again from the clipboard.
  await page.keyboard.press('Control+V');
  assert.equal(await settle(page, title, want), want);
});

test('a long paste goes in whole; one too long for a field is refused with a message, nothing changes', async () => {
  await clearTitle();
  const long = 'Điểm cầu Trường THPT Nguyễn Huệ. '.repeat(600);   // 19,800 characters
  await setClipboard(long);
  await page.keyboard.press('Control+V');
  assert.equal((await settle(page, title, long)).length, long.length, 'the long paste arrived whole');

  await clearTitle();
  await page.keyboard.insertText('Giữ nguyên');
  assert.equal(await settle(page, title, 'Giữ nguyên'), 'Giữ nguyên');
  const huge = 'Đây là một văn bản rất dài. '.repeat(5000);   // 140,000 characters
  await setClipboard(huge);
  await page.keyboard.press('Control+V');
  await page.waitForFunction(() => window.dcTest.widgetIds().includes('message.close'), null, { timeout: 8000 });
  await waitIdle(page, 300);
  await screenshot(page, 'paste-too-long.png');
  assert.equal(await title(), 'Giữ nguyên', 'the field keeps its text');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), huge, 'the clipboard still has the text');
  const c = await widgetCenter(page, 'message.close');
  await page.mouse.click(c.x, c.y);
  await page.waitForFunction(() => !window.dcTest.widgetIds().includes('message.close'), null, { timeout: 5000 });
});

test('the typed title shows in the top bar with its diacritics (screenshots)', async () => {
  await clearTitle();
  const want = 'Tổ chức Hội nghị trực tuyến “Đổi mới” – năm học 2025–2026…';
  await page.keyboard.insertText(want);
  assert.equal(await settle(page, title, want), want);
  await screenshot(page, 'text-input-dpr1.png');
  const r = await page.evaluate(() => window.dcTest.widgetRect('doc.title'));
  await screenshot(page, 'text-input-field-zoom.png', { clip: { x: r.x, y: r.y - 4, width: Math.min(520, r.w), height: r.h + 8 } });
  assert.deepEqual(errors, []);
});
