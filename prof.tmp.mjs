import { chromium } from 'playwright-core';
import fs from 'fs';
const [,, url, out, scenario] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new','--no-sandbox','--use-angle=swiftshader','--enable-unsafe-swiftshader'] });
const p = await b.newPage({ viewport: { width: 1366, height: 768 } });
p.on('console', m => { if (m.type() === 'error' || /placeholder/.test(m.text())) console.log('console:', m.text()); });
await p.goto(url);
await p.waitForFunction(() => window.dcTest && window.dcTest.isReady, null, { timeout: 60000 });
await p.waitForTimeout(1500);
const bytes = await p.evaluate(() => {
  const N = 1 << 20; const ptr = Module._malloc(N);
  const n = Module.asm.__write_profile(ptr, N);
  return Array.from(Module.HEAPU8 ? Module.HEAPU8.subarray(ptr, ptr + n) : new Uint8Array(Module.asm.memory ? Module.asm.memory.buffer : wasmMemory.buffer, ptr, n));
});
fs.writeFileSync(out, Buffer.from(bytes));
console.log('profile bytes', bytes.length);
await b.close();
