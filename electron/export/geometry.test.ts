/**
 * GB/T 9704 geometry of the exported files, measured: characters per full line from poppler's word
 * boxes, the page number's dashes 7 mm below the text area, and the DOCX's grid, font table and
 * styles from its XML (and LibreOffice's rendering of it).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { CHARS_PER_LINE, MM, PAGE, SIZE, TEXT_WIDTH } from '../../shared/export/layout.ts';
import { buildDocModel } from '../../shared/export/model.ts';
import { sampleReport } from '../../test/fixtures/sample-report.ts';
import { inkExtent, libreOfficeToPdf, pdfLines, tempDir, writeTemp } from '../../test/export/poppler.ts';
import { zipEntry } from '../../test/export/zip.ts';
import { renderExportWith } from './index.ts';

let pdf: string;
let lo: string;
let docx: Uint8Array;
const left = PAGE.margin.left;
const right = PAGE.margin.left + TEXT_WIDTH;
const textBottom = PAGE.height - PAGE.margin.bottom;

beforeAll(async () => {
  const dir = tempDir();
  pdf = writeTemp(dir, 'report.pdf', (await renderExportWith(sampleReport(), 'pdf', { dirs: [] })).bytes);
  docx = (await renderExportWith(sampleReport(), 'docx', { dirs: [] })).bytes;
  lo = libreOfficeToPdf(writeTemp(dir, 'report.docx', docx), dir);
}, 120_000);

/** Body lines (三号) that run from the left edge to the right edge: full lines of a justified paragraph. */
function fullLines(file: string) {
  return pdfLines(file).filter((l) => Math.abs(l.left - left) < 2 && Math.abs(l.right - right) < 3 && /^[\u4e00-\u9fff]/.test(l.text));
}

const chars = (s: string) => [...s].length;

/** Characters a line: never more than `n`, and `n` on most lines (a line ends early only to keep 「开”」 together). */
function expectLinesOf(lines: { text: string }[], n: number): void {
  for (const l of lines) expect(chars(l.text), l.text).toBeLessThanOrEqual(n);
  expect(lines.filter((l) => chars(l.text) === n).length).toBeGreaterThan(lines.length * 0.7);
}

describe('the 28 × 22 grid', () => {
  it('holds 28 characters on every full line of the PDF, 26 after the indent, at a 15.8 pt pitch', () => {
    const full = fullLines(pdf).filter((l) => !/[0-9A-Za-z]/.test(l.text));
    expect(full.length).toBeGreaterThan(10);
    expectLinesOf(full, CHARS_PER_LINE);
    const first = pdfLines(pdf).filter((l) => Math.abs(l.right - right) < 3 && Math.abs(l.left - (left + 2 * 15.785)) < 1.5 && !/[0-9A-Za-z]/.test(l.text));
    expect(first.length).toBeGreaterThan(3);
    expectLinesOf(first, CHARS_PER_LINE - 2);
    expect(Math.abs((full[0]!.right - full[0]!.left - SIZE.body) / (CHARS_PER_LINE - 1) - 15.8)).toBeLessThan(0.15);
  });

  it('declares a lines-and-characters grid of 22 lines and 28 characters in the DOCX', () => {
    const xml = zipEntry(docx, 'word/document.xml');
    const grid = /<w:docGrid w:type="linesAndChars" w:linePitch="(\d+)" w:charSpace="(-?\d+)"\/>/.exec(xml);
    expect(grid).not.toBeNull();
    const linePitch = Number(grid![1]) / 20;
    const pitch = SIZE.body + Number(grid![2]) / 4096;
    expect(Math.floor((PAGE.height - PAGE.margin.top - PAGE.margin.bottom) / linePitch)).toBe(22);
    expect(Math.floor(TEXT_WIDTH / pitch)).toBe(CHARS_PER_LINE);
  });

  it('holds 28 characters a full line in LibreOffice’s rendering of the DOCX', () => {
    const full = fullLines(lo).filter((l) => !/[0-9A-Za-z]/.test(l.text));
    expect(full.length).toBeGreaterThan(10);
    expectLinesOf(full, CHARS_PER_LINE);
  });
});

describe('page numbers', () => {
  for (const [name, file] of [
    ['PDF', () => pdf],
    ['DOCX in LibreOffice', () => lo],
  ] as const) {
    it(`put the middle of their 「—」 7 mm below the text area, in 4号 (${name})`, () => {
      const numbers = pdfLines(file()).filter((l) => /^—\d+—$/.test(l.text));
      expect(numbers.length).toBeGreaterThan(3);
      for (const n of numbers.slice(0, 2)) {
        expect(n.right - n.left).toBeGreaterThan(2 * SIZE.pageNumber);
        // The first dash's ink: a thin stroke whose middle is the dash line.
        const ink = inkExtent(file(), n.page, { x: n.left, y: textBottom, w: SIZE.pageNumber * 0.9, h: 20 * MM });
        expect(ink).not.toBeNull();
        expect(ink![1] - ink![0]).toBeLessThan(2);
        expect((ink![0] + ink![1]) / 2 - textBottom, `page ${n.page}`).toBeCloseTo(7 * MM, 0);
      }
    });
  }
});

describe('DOCX parts a clerk and Word rely on', () => {
  it('lists every font it names with its Windows stand-in, GB2312 charset and panose', () => {
    const table = zipEntry(docx, 'word/fontTable.xml');
    const styles = zipEntry(docx, 'word/styles.xml');
    const named = new Set([...styles.matchAll(/<w:rFonts [^>]*w:eastAsia="([^"]+)"/g)].map((m) => m[1]!));
    expect([...named].sort()).toEqual(['仿宋_GB2312', '宋体', '方正小标宋简体', '楷体_GB2312', '黑体'].sort());
    for (const name of named) {
      const entry = new RegExp(`<w:font w:name="${name}">(.*?)</w:font>`).exec(table)?.[1];
      expect(entry, name).toBeDefined();
      expect(entry).toMatch(/<w:charset w:val="86"\/>/);
      expect(entry).toMatch(/<w:panose1 w:val="[0-9A-F]{20}"\/>/);
    }
    expect(table).toMatch(/<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"\/>/);
    expect(table).toMatch(/<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"\/>/);
    expect(table).toMatch(/<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"\/>/);
  });

  it('has Chinese style names with outline levels for the navigation pane, and its properties filled', () => {
    const styles = zipEntry(docx, 'word/styles.xml');
    const level = (name: string) => new RegExp(`<w:name w:val="${name}"/>.*?<w:outlineLvl w:val="(\\d)"/>.*?</w:style>`).exec(styles.split('<w:style ').find((s) => s.includes(`<w:name w:val="${name}"/>`)) ?? '')?.[1];
    expect(level('标题')).toBe('0');
    expect(level('一级标题')).toBe('1');
    expect(level('二级标题')).toBe('2');
    expect(level('正文')).toBeUndefined();
    expect(styles).toMatch(/<w:name w:val="表格（三）"\/>/);
    const core = zipEntry(docx, 'docProps/core.xml');
    expect(core).not.toContain('Un-named');
    expect(core).toMatch(/<cp:lastModifiedBy>[^<]+<\/cp:lastModifiedBy>/);
    expect(core).toContain(`<dc:title>${buildDocModel(sampleReport()).documentTitle}</dc:title>`);
  });
});
