/** What the layout tests compare of two renderings of a report, from poppler's words. */
import { PAGE, SIZE } from '../../shared/export/layout.ts';
import { expect } from 'vitest';
import { pdfPages, pdfWords, type PdfWord } from './poppler.ts';

/** Table type is smaller than the 三号 prose: poppler's box of a word tells them apart. */
const inTable = (w: PdfWord) => w.yMax - w.yMin < SIZE.table * 1.6;

/**
 * Each page's characters, sorted (where a line breaks and how words are cut do not matter), page
 * numbers left out; of the tables only with `tables`.
 */
export function pageCharacters(pdf: string, tables = false): string[] {
  const pages: string[][] = [];
  for (const w of pdfWords(pdf)) {
    if (w.yMin > PAGE.height - PAGE.margin.bottom || (tables && !inTable(w))) continue;
    (pages[w.page - 1] ??= []).push(...w.text.replace(/[\s\u2060]/g, ''));
  }
  return Array.from(pages, (p) => (p ?? []).sort().join(''));
}

/**
 * Pairs of words drawn over each other: their boxes cross by more than 1 pt across and by more than
 * 40 % of the lower one's height (poppler's boxes of two lines of a table cell touch: a line is
 * 1.2 em, a box 1.4).
 */
export function overlappingWords(pdf: string): string[] {
  const words = pdfWords(pdf);
  const out: string[] = [];
  const byPage = new Map<number, PdfWord[]>();
  for (const w of words) byPage.set(w.page, [...(byPage.get(w.page) ?? []), w]);
  for (const [page, ws] of byPage) {
    for (let i = 0; i < ws.length; i++) {
      for (let j = i + 1; j < ws.length; j++) {
        const [a, b] = [ws[i]!, ws[j]!];
        const across = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
        const down = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
        if (across > 1 && down > 0.4 * Math.min(a.yMax - a.yMin, b.yMax - b.yMin)) out.push(`page ${page}: 「${a.text}」 over 「${b.text}」`);
      }
    }
  }
  return out;
}

/** The numbers printed in table type (smaller than the 三号 prose, whose dates and counts hold digits too). */
export function tableNumbers(pdf: string): string[] {
  return pdfWords(pdf)
    .filter((w) => /^\d+(\.\d+)?$/.test(w.text) && inTable(w) && w.yMin < PAGE.height - PAGE.margin.bottom)
    .map((w) => w.text);
}

/**
 * LibreOffice's rendering of our DOCX (`lo`) laid out as our PDF: the same pages, the same table text on
 * each, no word over another in either, and every table number whole in both.
 */
export function expectSameLayout({ pdf, lo, numbers }: { pdf: string; lo: string; numbers: string[] }): void {
  expect(pdfPages(lo), 'pages').toBe(pdfPages(pdf));
  const [ours, theirs] = [pageCharacters(pdf, true), pageCharacters(lo, true)];
  expect(theirs.length, 'pages with a table').toBe(ours.length);
  theirs.forEach((chars, i) => expect(chars, `page ${i + 1}`).toBe(ours[i]));
  expect(overlappingWords(lo)).toEqual([]);
  expect(overlappingWords(pdf)).toEqual([]);
  const sorted = (a: string[]) => [...a].sort();
  expect(sorted(tableNumbers(lo)), 'numbers in LibreOffice').toEqual(sorted(numbers));
  expect(sorted(tableNumbers(pdf)), 'numbers in our PDF').toEqual(sorted(numbers));
}
