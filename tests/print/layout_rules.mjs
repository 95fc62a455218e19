// layout_rules.mjs — the layout rules every printed plan must keep, checked on
// a PDF with poppler (pdftotext -bbox-layout gives each printed line with its
// box) and on facts about the plan from render_docs' manifest (its texts,
// headings and tables).  The same rules judge Chromium's PDF of the HTML and
// LibreOffice's PDF of the Word file.  The rules, from Nghị định 30/2020 and
// the seeds:
//   - A4, text inside the decree's margins (top/bottom 20 mm, left 30 mm,
//     right 15 mm); only the page number may stand in the top margin;
//   - every line of plan text is printed;
//   - each page but the last is at least two-thirds full, unless the next
//     page goes on with a table (a row too tall for the room left);
//   - no page ends with a heading;
//   - "./.", Nơi nhận and the signer's name are on one page, with the
//     body's last lines above them (never a bare "./." alone with them);
//   - the issuing body's name breaks only between words (never inside a
//     two-syllable word such as "ĐÀO TẠO" or "GIÁO DỤC");
//   - a table going on to another page repeats its header row there.
import { execFileSync } from 'node:child_process';

const MM = 72 / 25.4;
export const A4 = { w: 595.28, h: 841.89 };
export const MARGIN = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };
// Chromium and LibreOffice place glyph boxes a little outside the text box
// (ascenders, italic overhang): 2 pt of slack.
const SLACK = 2;

const decode = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'")
  .replace(/&amp;/g, '&');
export const norm = (s) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const fold = (s) => norm(s).toLowerCase();

// Pages of lines: [{w, h, lines: [{x0, y0, x1, y1, text}]}], lines in reading order.
export function pdfLines(pdf) {
  const xml = execFileSync('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const pages = [];
  for (const pm of xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    const lines = [];
    for (const lm of pm[3].matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)) {
      const words = [...lm[5].matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/word>/g)]
        .map((w) => ({ x0: +w[1], y0: +w[2], x1: +w[3], y1: +w[4], text: norm(decode(w[5])) }));
      lines.push({ x0: +lm[1], y0: +lm[2], x1: +lm[3], y1: +lm[4], text: norm(words.map((w) => w.text).join(' ')), words });
    }
    pages.push({ w: +pm[1], h: +pm[2], lines });
  }
  return pages;
}

// Words in order with at most `gap` others between two (cells of a table
// row come interleaved with their neighbours'); trailing punctuation and
// hyphens ignored, case folded.
const wordKey = (w) => w.replace(/[.,;:()/]+$/, '').replace(/^[(]+/, '').replace(/-/g, '');
function hasPhrase(text, phrase, gap = 12) {
  const words = fold(text).split(' ').map(wordKey).filter((w) => w !== '');
  const want = fold(phrase).split(' ').map(wordKey).filter((w) => w !== '');
  if (!want.length) return true;
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

const isPageNumber = (l) => /^\d+$/.test(l.text) && l.y1 < MARGIN.top + SLACK;
// The version label of a draft is printed in the bottom margin on purpose.
const contentLines = (pg, label) => pg.lines.filter((l) => !isPageNumber(l) && !(label && l.text === norm(label)));
const stripLabel = (s) => s.replace(/^([IVXLC]+\.|\d+\.|[a-zđ]\)|-)\s*/, '');

// Two-syllable words of issuing bodies' names, which must not be split at a line end.
const COMPOUNDS = ['GIÁO DỤC', 'ĐÀO TẠO', 'TRUNG TÂM', 'NGHỀ NGHIỆP', 'THƯỜNG XUYÊN', 'NHÂN DÂN', 'ỦY BAN', 'UỶ BAN',
  'TIỂU HỌC', 'TRUNG HỌC', 'PHỔ THÔNG', 'CƠ SỞ', 'MẦM NON', 'THÀNH PHỐ', 'THỊ XÃ', 'THỊ TRẤN', 'CỘNG HÒA', 'XÃ HỘI',
  'CHỦ NGHĨA', 'VIỆT NAM', 'ĐỘC LẬP', 'TỰ DO', 'HẠNH PHÚC', 'KỸ THUẬT', 'DÂN TỘC', 'NỘI TRÚ', 'HỌC TẬP', 'CỘNG ĐỒNG'];

// The fill rule: a page but the last is at least two-thirds full, unless
// what starts the next page could not have stood in the room left at the foot
// of this one: the first table row there (with the table's header and the
// heading kept with it when the table starts on that page) measured taller
// than the room.  `moved` is that block's height in pt (0 when the next page
// does not start with a table row); `room` the empty height at the foot.
export function pageFill({ fill, room, moved = 0, nextIsAppendix = false }) {
  const pct = `${(fill * 100).toFixed(0)} %`;
  if (fill >= 2 / 3) return { ok: true, why: `${pct} ≥ 67 %` };
  if (nextIsAppendix) return { ok: true, why: 'the appendix starts the next page' };
  // 2 pt: glyph boxes stand a little inside a row's borders and padding.
  if (moved > 0 && moved + SLACK > room) {
    return { ok: true, why: `the next page starts with a table row ${moved.toFixed(0)} pt tall, the room left was ${room.toFixed(0)} pt` };
  }
  return { ok: false, why: moved > 0
    ? `the table row that starts the next page is ${moved.toFixed(0)} pt tall and would have fitted in the ${room.toFixed(0)} pt left`
    : `under 67 %, and no table row starts the next page` };
}

const startsRow = (text, row) => hasPhrase(text, fold(row).split(' ').slice(0, 4).join(' '), 0);

// The height of what a table row forced onto `next` (pt), measured on the
// PDF: from the top of the page's content (the repeated header row, or the
// heading and header of a table starting there) to the bottom of the first
// data row, whose end is where the next row starts or, for the last row on
// the page, the end of the run of lines without a paragraph's gap (8 pt).
// 0 when the next page does not start with a table.  Only the part under the
// repeated header counts when the table had already started on `page`.
export function movedTableBlock(page, next, tables, versionLabel = '') {
  const lines = contentLines(next, versionLabel).slice().sort((a, b) => a.y0 - b.y0);
  if (!lines.length) return 0;
  const head = lines.slice(0, 4).map((l) => l.text).join(' ');
  const prevText = contentLines(page, versionLabel).map((l) => l.text).join(' ');
  for (const t of tables) {
    if (!t.header.every((c) => hasPhrase(head, c, 3))) continue;
    const rowTops = t.rows.map((r) => lines.find((l) => startsRow(l.text, r))?.y0 ?? -1);
    const first = rowTops.findIndex((y) => y >= 0);
    if (first < 0) continue;
    const top = rowTops[first];
    const later = rowTops.slice(first + 1).filter((y) => y > top + 1);
    let bottom;
    if (later.length) {
      bottom = Math.min(...later);
    } else {
      bottom = top;
      for (const l of lines) {
        if (l.y0 < top - 1) continue;
        if (l.y0 - bottom > 8 && bottom > top) break;
        bottom = Math.max(bottom, l.y1);
      }
    }
    // The table began before this page when its header is on `page` too.
    const started = t.header.every((c) => hasPhrase(prevText, c, 3));
    const headerTop = lines.find((l) => t.header.some((c) => startsRow(l.text, c)))?.y0 ?? lines[0].y0;
    return bottom - (started ? rowStart(lines, top, headerTop) : lines[0].y0);
  }
  return 0;
}

// Where the first data row begins: just under the repeated header's last line.
function rowStart(lines, top, headerTop) {
  const above = lines.filter((l) => l.y1 <= top + 1 && l.y0 >= headerTop - 1);
  return above.length ? Math.max(...above.map((l) => l.y1)) : top;
}

// The lines of text on `page` above and including the last one that ends
// in "./.", bar a line that is only "./." (the closing paragraph left empty).
export function endBlockLines(page, versionLabel = '') {
  const lines = contentLines(page, versionLabel).slice().sort((a, b) => a.y0 - b.y0);
  let last = -1;
  lines.forEach((l, i) => { if (l.text.includes('./.')) last = i; });
  return lines.slice(0, last + 1).filter((l) => l.text !== './.').length;
}

// Returns [{ok, what}] for one PDF.  `rules` comes from render_docs' manifest.
export function checkLayout(pdf, rules, name, { versionLabel = '' } = {}) {
  const out = [];
  const check = (ok, what) => out.push({ ok, what: `${name}: ${what}` });
  const pages = pdfLines(pdf);
  check(pages.length > 0, 'has pages');
  if (!pages.length) return out;
  const texts = pages.map((pg) => pg.lines.map((l) => l.text).join(' '));
  const all = texts.join(' ');

  // A4 and the margins.
  pages.forEach((pg, i) => {
    check(Math.abs(pg.w - A4.w) < 1 && Math.abs(pg.h - A4.h) < 1, `page ${i + 1} is A4 (${pg.w} x ${pg.h})`);
    const bad = contentLines(pg, versionLabel).filter((l) => l.x0 < MARGIN.left - SLACK || l.x1 > pg.w - MARGIN.right + SLACK ||
      l.y0 < MARGIN.top - SLACK || l.y1 > pg.h - MARGIN.bottom + SLACK);
    check(bad.length === 0, `page ${i + 1}: text inside the margins` +
      (bad.length ? ` (e.g. "${bad[0].text}" at x ${bad[0].x0.toFixed(0)}-${bad[0].x1.toFixed(0)}, y ${bad[0].y0.toFixed(0)}-${bad[0].y1.toFixed(0)})` : ''));
  });

  // Every line of plan text.
  // A long token may wrap at its hyphen ("29-" / "NQ/TW"): also accepted
  // whole once spaces are ignored.
  const compact = (t) => fold(t).replace(/\s+/g, '').replace(/-/g, '');
  const allCompact = compact(all);
  const missing = rules.lines.filter((l) => !hasPhrase(all, l) && !allCompact.includes(compact(l)));
  check(missing.length === 0, `every line of plan text printed (${missing.length} of ${rules.lines.length} missing` +
    (missing.length ? `, e.g. "${missing[0]}"` : '') + ')');

  // Fill, and what ends each page.
  const heads = rules.headings.map((h) => fold(stripLabel(h)).replace(/:$/, ''));
  for (let i = 0; i + 1 < pages.length; i++) {
    const lines = contentLines(pages[i], versionLabel);
    const next = contentLines(pages[i + 1], versionLabel);
    const bottom = Math.max(...lines.map((l) => l.y1), MARGIN.top);
    const fill = (bottom - MARGIN.top) / (pages[i].h - MARGIN.top - MARGIN.bottom);
    const room = pages[i].h - MARGIN.bottom - bottom;
    const moved = movedTableBlock(pages[i], pages[i + 1], rules.tables, versionLabel);
    // The page before the appendix (Phụ lục) is the last of the document proper.
    const nextIsAppendix = next.some((l) => /^phụ lục$/i.test(l.text) && l.y0 < MARGIN.top + 40);
    const f = pageFill({ fill, room, moved, nextIsAppendix });
    check(f.ok, `page ${i + 1} is ${(fill * 100).toFixed(0)} % full (${f.why})`);
    // A heading is printed with its number ("II.", "2.", "b)"): the page's
    // last one to three lines, from a numbered one, must not be a heading
    // (wrapped or not) with nothing after it.
    let endsWithHeading = '';
    for (let k = 1; k <= 3 && k <= lines.length; k++) {
      const tail = lines.slice(-k).map((l) => l.text).join(' ');
      if (!/^([IVXLC]+\.|\d+\.|[a-zđ]\))\s/.test(tail)) continue;
      const t = fold(stripLabel(tail)).replace(/:$/, '');
      if (heads.some((h) => h === t)) endsWithHeading = tail;
    }
    check(!endsWithHeading, `page ${i + 1} does not end with a heading ("${endsWithHeading}")`);
  }

  // "./.", Nơi nhận and the signer on one page.
  const endPage = texts.map((t, i) => (t.includes('./.') ? i : -1)).filter((i) => i >= 0).pop() ?? -1;
  const sigPage = rules.signer ? texts.map((t, i) => (hasPhrase(t, rules.signer, 0) ? i : -1)).filter((i) => i >= 0).pop() ?? -1 : endPage;
  const nnPage = texts.map((t, i) => (t.includes('Nơi nhận:') ? i : -1)).filter((i) => i >= 0).pop() ?? endPage;
  check(endPage >= 0 && endPage === sigPage && endPage === nnPage,
    `"./.", Nơi nhận and the signature on one page (pages ${endPage + 1}, ${nnPage + 1}, ${sigPage + 1})`);
  // …and not alone there: the page that holds them also holds the end of
  // the body, a line of text at least down to the one ending in "./." (the
  // last paragraph, or the table's last row; a bare "./." line is not text).
  // Known exception, named in the result: a body that ends with a table and
  // no closing paragraph, the table's last row ending the page before (the
  // HTML print cannot carry a table row along with the end block).
  if (endPage >= 0) {
    const n = endBlockLines(pages[endPage], versionLabel);
    const prevTail = endPage > 0 ? contentLines(pages[endPage - 1], versionLabel).slice().sort((a, b) => a.y0 - b.y0).slice(-8).map((l) => l.text).join(' ') : '';
    const afterTable = n === 0 && rules.tables.some((t) => t.rows.length && hasPhrase(prevTail, t.rows[t.rows.length - 1]));
    check(n >= 1 || afterTable, `the end block on page ${endPage + 1} follows the body's last lines (${n}` +
      (afterTable ? ', after a table whose last row ends the page before: exception' : '') + ')');
  }

  // The issuer's name: the header's left column on page 1, above "Số:".
  // Words, not pdftotext's lines: a line of the left column and the quốc
  // hiệu beside it may come as one line.  Rows are words at the same height.
  const p1 = pages[0].lines;
  const soY = p1.find((l) => l.text.startsWith('Số:'))?.y0 ?? 200;
  const colEnd = MARGIN.left + 0.45 * (A4.w - MARGIN.left - MARGIN.right);
  const hdrRows = [];
  for (const w of p1.flatMap((l) => l.words)) {
    if (w.y1 > soY || w.x1 > colEnd + SLACK) continue;
    const row = hdrRows.find((r) => Math.abs(r.y0 - w.y0) < 3);
    if (row) row.words.push(w); else hdrRows.push({ y0: w.y0, words: [w] });
  }
  hdrRows.sort((a, b) => a.y0 - b.y0);
  const hdr = hdrRows.map((r) => ({ text: r.words.sort((a, b) => a.x0 - b.x0).map((w) => w.text).join(' ') }));
  const hdrWords = new Set(rules.issuer.join(' ').normalize('NFC').toUpperCase().split(/\s+/).filter(Boolean));
  // The names themselves, read in the column (the quốc hiệu beside them
  // comes between their words in plain reading order).
  const hdrText = hdr.map((l) => l.text).join(' ');
  for (const body of rules.issuer.filter(Boolean)) check(hasPhrase(hdrText, body, 0), `header shows "${body}"`);
  const broken = hdr.flatMap((l) => l.text.split(' ')).filter((w) => !hdrWords.has(w.toUpperCase()));
  check(broken.length === 0, `header words whole (${broken.length ? `"${broken.join(' ')}"` : 'ok'})`);
  const split = [];
  for (let i = 0; i + 1 < hdr.length; i++) {
    const a = hdr[i].text.split(' ').pop(), b = hdr[i + 1].text.split(' ')[0];
    if (COMPOUNDS.includes(`${a} ${b}`.toUpperCase())) split.push(`${a} / ${b}`);
  }
  check(split.length === 0, `no word of the header split across lines (${split.join(', ') || 'ok'})`);

  // Tables: the header row again on every later page that holds rows.
  for (const t of rules.tables) {
    const first = texts.findIndex((x) => t.header.every((c) => hasPhrase(x, c, 3)));
    if (first < 0) { check(false, `table header "${t.header.join(' | ')}" printed`); continue; }
    for (let i = first + 1; i < pages.length; i++) {
      const rows = t.rows.filter((r) => hasPhrase(texts[i], r));
      if (!rows.length) continue;
      check(t.header.every((c) => hasPhrase(texts[i], c, 3)), `page ${i + 1}: header of the table with "${rows[0]}" repeated`);
    }
  }
  return out;
}
