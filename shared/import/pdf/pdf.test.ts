import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SourceBlock, SourceCell, SourceDocument } from '../source.ts';
import { readPdf } from './index.ts';
import { ORIGINALS } from '../../../test/fixtures/corpus.ts';
import { expectFileError } from '../../../test/fixtures/file-error.ts';
import { buildPdf } from '../../../test/fixtures/pdf-build.ts';

const NUMBER = /^-?\d+(\.\d+)?$/;
const tables = (blocks: SourceBlock[]) => blocks.flatMap((b) => (b.kind === 'table' ? [b.rows] : []));
const paragraphs = (doc: SourceDocument) => doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));

/** The numbers of a table row that ends in value cells (the label cells before them are text). */
function trailingNumbers(row: SourceCell[]): number[] {
  const out: number[] = [];
  for (let i = row.length - 1; i >= 0 && NUMBER.test(row[i]!.text); i--) out.unshift(Number(row[i]!.text));
  return out;
}

interface Facts {
  sec2: { rules: Record<string, number>; normativeDocs: Record<string, number>; licensing: number; punishment: number; enforcement: number; fees: number };
  sec3: { rows: Record<string, (number | null)[]> };
  sec4: number[];
}

function expectedNumbers(f: Facts): number[][] {
  const s2 = f.sec2;
  return [
    [...Object.values(s2.rules), ...Object.values(s2.normativeDocs), s2.licensing, s2.punishment, s2.enforcement, s2.fees],
    Object.values(f.sec3.rows).filter((r) => Array.isArray(r) && r.every((v) => v !== null)).flat() as number[],
    f.sec4,
  ];
}

describe.each(['101_huaian_2024', '102_hongze_2023', '103_hongze_2024'])('readPdf on the published %s', (name) => {
  let doc: SourceDocument;
  beforeAll(async () => {
    doc = await readPdf(new Uint8Array(readFileSync(join(ORIGINALS, `${name}.pdf`))), `${name}.pdf`);
  }, 60_000);

  it('gives the three tables with every published number in its cell, as printed', () => {
    const facts = JSON.parse(readFileSync(join(ORIGINALS, `${name}.expected.json`), 'utf8')) as Facts;
    const got = tables(doc.blocks).map((rows) => rows.flatMap(trailingNumbers));
    expect(got).toEqual(expectedNumbers(facts));
  });

  it('rebuilds the statutory tables with their merged cells', () => {
    const [t2, t3, t4] = tables(doc.blocks);
    expect(t2![0]).toEqual([{ text: expect.stringMatching(/^第二十条 ?第（一）项$/), rowSpan: 1, colSpan: 4 }]);
    expect(t3![0]![0]).toMatchObject({ rowSpan: 3, colSpan: 3 });
    expect(t3![0]![1]).toEqual({ text: '申请人情况', rowSpan: 1, colSpan: 7 });
    // 三、本年度办理结果 spans every result row, across the page break.
    expect(t3![5]![0]!.rowSpan).toBe(t3!.length - 6);
    // 103 prints a stray border inside 行政诉讼: the reader keeps what is drawn (an empty cell before it).
    expect(t4![0]![0]).toEqual({ text: '行政复议', rowSpan: 1, colSpan: 5 });
    expect(t4![0]!.map((c) => c.colSpan).reduce((a, b) => a + b)).toBe(15);
    expect(t4![0]!.find((c) => c.text === '行政诉讼')).toBeDefined();
  });

  it('joins hard-wrapped lines into paragraphs and drops the page numbers', () => {
    const paras = paragraphs(doc);
    expect(paras.some((t) => /^[-—]\s*\d+\s*[-—]$/.test(t))).toBe(false);
    expect(paras).toContain('一、总体情况');
    expect(paras).toContain('六、其他需要报告的事项');
    // Every paragraph of more than a heading's length ends a sentence: no hard-wrapped line was left cut.
    const long = paras.filter((t) => t.length > 30);
    expect(long.length).toBeGreaterThan(8);
    for (const t of long) expect(t).toMatch(/[。；：）)]$/);
    expect(paras.find((t) => t.startsWith('（一）主动公开情况。'))).not.toMatch(/\s/);
    expect(paras[paras.length - 1]).toMatch(/信息处理费\d+元。$/);
  });
});

const failure = (bytes: Uint8Array) => expectFileError(readPdf(bytes, '上年报告.pdf'));


describe('readPdf refuses what it cannot read, in Chinese', () => {
  it('says a PDF without a text layer (a scan) has no text to read', async () => {
    expect((await failure(buildPdf('0 0 m 100 100 l S'))).message).toContain('没有文字层');
  });

  it('reports a damaged file and a file that is not a PDF', async () => {
    expect((await failure(new TextEncoder().encode('%PDF-1.7\n这不是 PDF'))).message).toContain('损坏');
    expect((await failure(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).message).toContain('另存为');
  });
});
