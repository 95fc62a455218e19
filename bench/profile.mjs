// profile.mjs — where a frame's time goes: loads the large plan into the app
// (the "open" dialog's "replace"), scrolls one view, and prints the functions
// with the most self time from Chrome's sampling CPU profiler.  Use a build
// with function names (bash bench/wasm_size.sh makes one in build/bench/size;
// bash bench/profile.sh puts it beside the app's other files).
//   node bench/profile.mjs DIST_DIR LARGE_PLAN_JSON [VIEW=agenda|none] [TOP=25]
//   VIEW=none: no plan loaded, the start page's frames.
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const [DIR, PLAN, VIEW = 'agenda', TOP = '25'] = process.argv.slice(2);
const dir = path.resolve(DIR);
const MIME = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json' };
const server = createServer((req, res) => {
  let p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (p.endsWith('/')) p += 'index.html';
  const f = path.join(dir, path.normalize(p));
  if (!f.startsWith(dir) || !existsSync(f) || !statSync(f).isFile()) { res.writeHead(404); res.end(); return; }
  res.writeHead(200, { 'content-type': MIME[path.extname(f)] || 'application/octet-stream', 'cache-control': 'no-store' });
  res.end(readFileSync(f));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-quic', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => window.dcTest && window.dcTest.isReady, null, { timeout: 120000 });
  const rect = (id) => page.evaluate((i) => window.dcTest.widgetRect(i), id);
  const clickId = async (id) => {
    let r = null;
    for (let i = 0; i < 600 && !r; ++i) { r = await rect(id); if (!r) await page.waitForTimeout(100); }
    if (!r) throw new Error(`${id} not shown`);
    await page.mouse.click(r.x + r.w / 2, r.y + r.h / 2);
  };
  if (VIEW !== 'none') {
    await page.evaluate((text) => {
      const u8 = new TextEncoder().encode(text);
      const name = Module.dcGlue.cstr('large-plan.json'), data = Module.dcGlue.cbytes(u8);
      _dc_file_received(name, data, u8.length);
      _free(name); _free(data);
    }, readFileSync(PLAN, 'utf8'));
    await clickId('files.open.replace');
    await page.waitForTimeout(1500);
    await clickId(`nav.${VIEW}`);
    await page.waitForTimeout(1000);
  }
  await page.mouse.move(800, 400);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await page.evaluate(() => window.dcTest.clearFrameTimes());
  await cdp.send('Profiler.start');
  for (const dir of [1, -1]) for (let i = 0; i < 15; ++i) { await page.mouse.wheel(0, dir * 120); await page.waitForTimeout(40); }
  await page.waitForTimeout(500);
  const { profile } = await cdp.send('Profiler.stop');
  const frames = await page.evaluate(() => window.dcTest.frameTimes());
  // self time per function; total time per function (on the stack at least once per sample)
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
  const self = new Map(), total = new Map();
  const dt = profile.timeDeltas;
  let all = 0;
  profile.samples.forEach((id, i) => {
    const d = dt[i] || 0; all += d;
    const n = byId.get(id);
    const name = n.callFrame.functionName || `(${n.callFrame.url.split('/').pop() || 'program'})`;
    if (name === '(idle)' || name === '(program)') return;
    self.set(name, (self.get(name) || 0) + d);
    const seen = new Set();
    for (let k = id; k !== undefined; k = parent.get(k)) {
      const nn = byId.get(k).callFrame.functionName;
      if (nn && !seen.has(nn)) { seen.add(nn); total.set(nn, (total.get(nn) || 0) + d); }
    }
  });
  const ms = (us) => (us / 1000).toFixed(1).padStart(8);
  console.log(`${frames.length} frames drawn; sampled ${(all / 1000).toFixed(0)} ms (wall)`);
  console.log(`\nself time, top ${TOP}:`);
  for (const [n, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, +TOP)) console.log(`${ms(t)} ms  ${n.slice(0, 140)}`);
  console.log(`\ntotal time (on the stack), top ${TOP}:`);
  for (const [n, t] of [...total].sort((a, b) => b[1] - a[1]).slice(0, +TOP)) console.log(`${ms(t)} ms  ${n.slice(0, 140)}`);
} finally {
  await browser.close();
  server.close();
}
