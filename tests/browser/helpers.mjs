// helpers.mjs — shared set-up for the browser tests (node --test + playwright-core).
//
// Serves dist/ from a tiny static server on 127.0.0.1 (random port), launches
// Debian's Chromium headless with WebGL2 on SwiftShader, opens the app and
// waits for window.dcTest.ready (the app's first rendered frame).  Never
// downloads a browser.
import { createServer } from 'node:http';
import { execFileSync } from 'node:child_process';
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { before, after } from 'node:test';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '..', '..');
export const DIST = process.env.DC_DIST ? path.resolve(process.env.DC_DIST) : path.join(ROOT, 'dist');
export const OUT = path.join(ROOT, 'test-output', 'browser');

const MIME = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', '.ttf': 'font/ttf', '.json': 'application/json',
  '.css': 'text/css', '.webmanifest': 'application/manifest+json', '.svg': 'image/svg+xml', '.png': 'image/png',
};

export async function startServer(dir = DIST) {
  const server = createServer(async (req, res) => {
    try {
      let p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (p.endsWith('/')) p += 'index.html';
      const file = path.join(dir, path.normalize(p));
      if (!file.startsWith(dir)) { res.writeHead(403); res.end(); return; }
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': MIME[path.extname(file)] || 'application/octet-stream',
                           'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404); res.end('not found');
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(r)) };
}

// Chromium's switches for every test: WebGL2 on SwiftShader (no GPU), nothing fetched from outside.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader', '--enable-unsafe-swiftshader',   // WebGL2 without a GPU
  '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

// A browser over a profile folder the test keeps, so it can be killed and started again on the same storage.
export async function launchProfile(userDataDir) {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS,
    viewport: { width: 1366, height: 768 }, acceptDownloads: true,
  });
}
export function newProfile(prefix = 'dc-profile-') { return mkdtempSync(path.join(tmpdir(), prefix)); }

// The browser processes of one profile (found by the profile folder the test made).
export function browserPids(userDataDir) {
  const out = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  return out.split('\n').filter((l) => l.includes(`--user-data-dir=${userDataDir}`))
    .map((l) => Number(l.trim().split(/\s+/)[0])).filter((n) => n > 0);
}

export async function launchBrowser() {
  const userDataDir = newProfile('dc-chromium-');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1366, height: 768 },
  });
  const close = async () => {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  };
  return { context, close };
}

// Opens the app in a new page; collects console errors and page errors.
export async function openApp(context, url, { dpr = 1, width = 1366, height = 768 } = {}) {
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  if (dpr !== 1) {
    await emulateDpr(page, dpr, width, height);
  } else {
    await page.setViewportSize({ width, height });
  }
  await page.goto(url);
  await page.waitForFunction(() => window.dcTest && window.dcTest.isReady, null, { timeout: 30000 });
  return { page, errors };
}

// Emulates a display with `dpr` device pixels per CSS pixel (the page gets a
// `resize`, the app re-rasterises its fonts).  Playwright does not know about
// this override (its own screenshots would undo it): use screenshot() below.
export async function emulateDpr(page, dpr, width = 1366, height = 768) {
  if (!page.__dcCdp) page.__dcCdp = await page.context().newCDPSession(page);
  await page.__dcCdp.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: dpr, mobile: false });
}

// Saves a PNG of the page (or of `clip`, CSS pixels) in test-output/browser/,
// at the page's device pixels (2732×1536 for 1366×768 at DPR 2).
export async function screenshot(page, name, { clip } = {}) {
  await mkdir(OUT, { recursive: true });
  const file = path.join(OUT, name);
  if (page.__dcCdp) {
    const { data } = await page.__dcCdp.send('Page.captureScreenshot',
                                               { format: 'png', ...(clip ? { clip: { ...clip, scale: 1 } } : {}) });
    await writeFile(file, Buffer.from(data, 'base64'));
  } else {
    await page.screenshot({ path: file, ...(clip ? { clip } : {}) });
  }
  return file;
}

// Waits until the app has drawn at least `n` more frames.
export async function renderedFrames(page, n = 2) {
  const start = await page.evaluate(() => window.dcTest.renderCount());
  await page.waitForFunction((s) => window.dcTest.renderCount() >= s, start + n, { timeout: 10000 });
}

// Waits until the app is idle: no frame drawn for `ms`.
export async function waitIdle(page, ms = 800) {
  for (let i = 0; i < 50; ++i) {
    const a = await page.evaluate(() => window.dcTest.renderCount());
    await page.waitForTimeout(ms);
    const b = await page.evaluate(() => window.dcTest.renderCount());
    if (a === b) return;
  }
  throw new Error('the app never became idle');
}

export async function widgetCenter(page, id) {
  const r = await page.evaluate((i) => window.dcTest.widgetRect(i), id);
  if (!r) throw new Error(`widget ${id} is not on screen`);
  return { x: r.x + r.w / 2, y: r.y + r.h / 2, rect: r };
}

export async function click(page, id) {
  const c = await widgetCenter(page, id);
  await page.mouse.click(c.x, c.y);
  await renderedFrames(page, 2);
}

export function planTitle(page) {
  return page.evaluate(() => window.dcTest.planJson().header.title);
}

// [SECTION] real input through the Chrome DevTools Protocol (text_input tests)
// A CDP session for `page` (Input.* commands reach the page as real input).
export async function cdp(page) {
  return page.context().newCDPSession(page);
}

// A key that produces `ch` as typed text (keydown + keypress + keyup), as a
// keyboard layout or an input tool sending Unicode characters delivers it.
export async function keyChar(session, ch, code = '') {
  await session.send('Input.dispatchKeyEvent', { type: 'keyDown', key: ch, code, text: ch, unmodifiedText: ch });
  await session.send('Input.dispatchKeyEvent', { type: 'keyUp', key: ch, code });
}

const SPECIAL = {
  Backspace: 8, Tab: 9, Enter: 13, Escape: 27, End: 35, Home: 36, ArrowLeft: 37, ArrowUp: 38, ArrowRight: 39,
  ArrowDown: 40, Delete: 46,
};
// A non-text key (Backspace, ArrowLeft, …) pressed and released.
export async function keyPress(session, key, { modifiers = 0 } = {}) {
  const vk = SPECIAL[key];
  if (!vk) throw new Error(`keyPress: unknown key ${key}`);
  const base = { key, code: key, windowsVirtualKeyCode: vk, nativeVirtualKeyCode: vk, modifiers };
  await session.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...base });
  await session.send('Input.dispatchKeyEvent', { type: 'keyUp', ...base });
}

// Clicks the text field `id` and waits until a text field is being edited (the
// text bridge focused; the field may report another id, e.g. doc.header.title).
export async function focusField(page, id) {
  await click(page, id);
  await page.waitForFunction(() => window.dcTest.activeWidget() !== '' &&
                               document.activeElement === document.getElementById('dc-text'), null, { timeout: 5000 });
}

// Waits until `read(page)` returns `expected`, then until the app is idle, and
// returns the final value (so later frames that changed it again are caught).
export async function settle(page, read, expected, timeout = 8000) {
  const t0 = Date.now();
  let v;
  while (Date.now() - t0 < timeout) {
    v = await read(page);
    if (v === expected) break;
    await page.waitForTimeout(50);
  }
  await waitIdle(page, 300);
  return read(page);
}

// [SECTION] a test file's server and browsers
// One static server for the test file and a fresh browser profile per test;
// all closed when the file ends.  `fresh(opts)` opens the app (openApp's
// options) and waits until it is idle.
export function appSuite() {
  let server;
  const browsers = [];
  before(async () => { server = await startServer(); });
  after(async () => {
    for (const b of browsers) await b.close();
    await server.close();
  });
  return {
    get url() { return server.url; },
    async fresh(opts) {
      const b = await launchBrowser();
      browsers.push(b);
      const { page, errors } = await openApp(b.context, server.url, opts);
      await waitIdle(page, 300);
      return { page, errors };
    },
  };
}
