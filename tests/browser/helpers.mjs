// helpers.mjs — shared set-up for the browser tests (node --test + playwright-core).
//
// Serves dist/ from a tiny static server on 127.0.0.1 (random port), launches
// Debian's Chromium headless with WebGL2 on SwiftShader, opens the app and
// waits for window.dcTest.ready (the app's first rendered frame).  Never
// downloads a browser.
import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

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

export async function launchBrowser() {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'dc-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--use-angle=swiftshader', '--enable-unsafe-swiftshader',   // WebGL2 without a GPU
      '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
    ],
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
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: dpr, mobile: false });
  } else {
    await page.setViewportSize({ width, height });
  }
  await page.goto(url);
  await page.waitForFunction(() => window.dcTest && window.dcTest.isReady, null, { timeout: 30000 });
  return { page, errors };
}

export async function screenshot(page, name) {
  await mkdir(OUT, { recursive: true });
  const file = path.join(OUT, name);
  await page.screenshot({ path: file });
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
