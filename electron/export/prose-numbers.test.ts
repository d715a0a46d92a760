/**
 * Numbers and codes in the prose never break across lines (「2025年1/」「2月」, 「0000-」「123456/78」):
 * each one placed at every position of a line, in the PDF and in LibreOffice's rendering of the
 * DOCX (which breaks text of a Chinese language between any two characters unless told otherwise).
 * What a reader copies or re-imports is the text as written.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../shared/report/model.ts';
import { importFile } from '../../shared/import/index.ts';
import { sampleReport } from '../../test/fixtures/sample-report.ts';
import { libreOfficeToPdf, pdfLines, pdfText, tempDir, writeTemp } from '../../test/export/poppler.ts';
import { zipEntry } from '../../test/export/zip.ts';
import { renderExportWith } from './index.ts';

const KEPT = ['0000-123456/78', '0517-83605210', '98.6%', '12:30', 'GB/T9704-2012'];
/** Dates may break after their 年 or 月, never inside the digits nor between the digits and 年/月/日. */
const DATES = ['2025年1/2月', '2025年1月1日'];

function allowedCuts(date: string): string[] {
  const after = [...date.matchAll(/[年月](?!$)/g)].map((m) => m.index + 1);
  return [date, ...after.map((i) => `${date.slice(0, i)}|${date.slice(i)}`)];
}

/** Each number after 0…27 characters, so that one of them meets every line end. */
function report(): Report {
  const r = sampleReport();
  r.sections.other.paragraphs = [...KEPT, ...DATES].flatMap((t) =>
    Array.from({ length: 28 }, (_, k) => ({ heading: '', text: `${'甲'.repeat(k)}${t}${'乙'.repeat(30)}` })),
  );
  return r;
}

const files: Record<'pdf' | 'lo', string> = { pdf: '', lo: '' };
let docx: Uint8Array;

beforeAll(async () => {
  const dir = tempDir();
  docx = (await renderExportWith(report(), 'docx', { dirs: [] })).bytes;
  files.pdf = writeTemp(dir, 'numbers.pdf', (await renderExportWith(report(), 'pdf', { dirs: [] })).bytes);
  files.lo = libreOfficeToPdf(writeTemp(dir, 'numbers.docx', docx), dir);
}, 300_000);

/** Each test paragraph as set: its text with 「|」 where a line ends. */
function asSet(pdf: string, paragraphs: string[]): string[] {
  // Lines in reading order, page numbers left out, LibreOffice's spaces between Chinese and Latin dropped.
  const stream = pdfLines(pdf)
    .map((l) => l.text.replace(/\s+/g, ''))
    .filter((t) => !/^—\d+—$/.test(t))
    .join('|');
  let from = 0;
  return paragraphs.map((p) => {
    const re = new RegExp([...p].map((ch) => ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('\\|?'), 'g');
    re.lastIndex = from;
    const m = re.exec(stream);
    if (!m) return `(not found: ${p})`;
    from = re.lastIndex;
    return m[0];
  });
}

describe('numbers and codes in the prose', () => {
  for (const [name, key] of [
    ['PDF', 'pdf'],
    ['DOCX in LibreOffice', 'lo'],
  ] as const) {
    it(`stay on one line wherever the line ends (${name})`, () => {
      const set = asSet(files[key], report().sections.other.paragraphs.map((p) => p.text));
      const numbers = set.map((p) => p.replace(/^[甲|]*|[乙|]*$/g, ''));
      expect(numbers.slice(0, KEPT.length * 28)).toEqual(KEPT.flatMap((t) => Array.from({ length: 28 }, () => t)));
      DATES.forEach((d, i) => {
        const cuts = new Set(numbers.slice((KEPT.length + i) * 28, (KEPT.length + i + 1) * 28));
        expect([...cuts].filter((c) => !allowedCuts(d).includes(c))).toEqual([]);
      });
    });
  }

  it('read as typed when copied from LibreOffice’s PDF (no joiners, plain hyphens)', () => {
    const text = pdfText(files.lo);
    expect(text).not.toMatch(/[\u2060\u2011]/);
    expect(text).toContain('0517-83605210');
  });

  it('are Latin runs in the DOCX, with a word joiner only after a hyphen, after GB/ and before a date’s 年月日', () => {
    const xml = zipEntry(docx, 'word/document.xml');
    expect(xml).toContain('<w:r><w:rPr><w:lang w:val="en-US" w:eastAsia="en-US"/></w:rPr><w:t xml:space="preserve">0517-\u206083605210</w:t></w:r>');
    expect(xml).toContain('<w:t xml:space="preserve">2025\u2060年</w:t>');
    expect(xml).toContain('<w:t xml:space="preserve">1/2\u2060月</w:t>');
    expect(xml).toContain('<w:t xml:space="preserve">98.6%</w:t>');
    // Nothing else gets a joiner.
    expect(xml).toContain('<w:t xml:space="preserve">GB/\u2060T9704-\u20602012</w:t>');
    expect(xml.match(/\u2060/g)).toHaveLength(xml.match(/[-/]\u2060|\u2060[年月日]/g)!.length);
  });

  it('come back as typed when the DOCX is imported', async () => {
    const { report: back } = await importFile('numbers.docx', docx);
    const text = back.sections.other.paragraphs.map((p) => p.text).join('\n');
    expect(text).not.toMatch(/\u2060/);
    for (const t of [...KEPT, ...DATES]) expect(text).toContain(`甲${t}乙`);
  });
});
