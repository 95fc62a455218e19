// consumers.mjs — the JavaScript-side real consumers for tests/exports/check.py.
// It only reads and reports (JSON on stdout); check.py decides pass/fail.
//
//   node consumers.mjs ics FILE.ics...    ical.js: every VEVENT as {uid, summary, description, start, end, allDay}
//                                         (start/end in UTC ISO for timed events, YYYY-MM-DD for all-day)
//   node consumers.mjs html FILE.html...  Chromium (Debian's), JavaScript disabled: {file, text, scripts_ran}
import fs from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';

async function ics(files) {
  const out = {};
  for (const f of files) {
    try {
      const comp = new ICAL.Component(ICAL.parse(fs.readFileSync(f, 'utf8')));
      // Timed events carry TZID=Asia/Ho_Chi_Minh; ical.js resolves it only
      // through the file's own VTIMEZONE, registered here as a calendar app does.
      for (const vtz of comp.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtz);
      const events = comp.getAllSubcomponents('vevent').map((ve) => {
        const ev = new ICAL.Event(ve);
        const t = (x) => (x ? (x.isDate ? x.toString() : x.toJSDate().toISOString()) : null);
        return {
          uid: ev.uid, summary: ev.summary, description: ev.description,
          start: t(ev.startDate), end: ve.hasProperty('dtend') ? t(ev.endDate) : null,
          allDay: ev.startDate.isDate, tzid: ve.getFirstProperty('dtstart').getParameter('tzid') || null,
          alarms: ve.getAllSubcomponents('valarm').length,
        };
      });
      out[f] = { ok: true, events };
    } catch (e) {
      out[f] = { ok: false, error: String(e && e.stack || e) };
    }
  }
  return out;
}

async function html(files) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  const out = {};
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    let dialogs = 0;
    page.on('dialog', (d) => { dialogs++; d.dismiss(); });
    for (const f of files) {
      await page.goto('file://' + path.resolve(f));
      // <details> contents count as text for innerText only when open; open them
      // through the DOM from the test side (no page script runs).
      const text = await page.locator('body').innerText();
      const full = await page.evaluate(() => document.body.textContent).catch(() => null);
      out[f] = { ok: true, text, textContent: full, dialogs, width: await page.evaluate(() => document.documentElement.scrollWidth).catch(() => null) };
    }
  } finally {
    await browser.close();
  }
  return out;
}

const [mode, ...files] = process.argv.slice(2);
const result = mode === 'ics' ? await ics(files) : mode === 'html' ? await html(files) : null;
if (!result) { console.error('usage: consumers.mjs ics|html FILE...'); process.exit(64); }
process.stdout.write(JSON.stringify(result));
