import { describe, expect, it } from 'vitest';
import { sampleReport } from '../../test/fixtures/sample-report.ts';
import { BODY_LINE, FONT_ROLES, TEXT_HEIGHT, type FontRole } from '../../shared/export/layout.ts';
import { buildDocModel } from '../../shared/export/model.ts';
import { pdfDefinition, type PdfFontInfo } from './pdf-definition.ts';
import { TABLE_SIZES, fitTable, tableMetrics, tableSpace } from '../../shared/export/table-fit.ts';

/** Square CJK glyphs, half-width digits: close enough to the real fonts for layout decisions. */
const fonts: PdfFontInfo = {
  lineHeightPerPt: Object.fromEntries(FONT_ROLES.map((r) => [r, 1.3])) as Record<FontRole, number>,
  textWidth: (_role, text, size) => [...text].reduce((w, ch) => w + (/[\x20-\x7e]/.test(ch) ? 0.5 : 1) * size, 0),
};

interface Node {
  text?: string | { text: string }[];
  font?: string;
  stack?: Node[];
  table?: unknown;
  unbreakable?: boolean;
  pageBreak?: string;
}

/** Every text node with its text joined, in document order. */
function texts(nodes: Node[]): { text: string; font?: string }[] {
  return nodes.flatMap((n) =>
    n.stack ? texts(n.stack) : n.text === undefined ? [] : [{ text: typeof n.text === 'string' ? n.text : n.text.map((r) => r.text).join(''), font: n.font }],
  );
}

function footer(dd: ReturnType<typeof pdfDefinition>, page: number) {
  return (dd.footer as (p: number, n: number) => { text: string; alignment: string })(page, 6);
}

describe('PDF document definition', () => {
  it('numbers pages 「— n —」 odd right, even left, or all centred', () => {
    const model = buildDocModel(sampleReport());
    const outer = pdfDefinition(model, fonts);
    expect([1, 2].map((p) => footer(outer, p))).toEqual([
      expect.objectContaining({ text: '— 1 —', alignment: 'right' }),
      expect.objectContaining({ text: '— 2 —', alignment: 'left' }),
    ]);
    expect(footer(pdfDefinition(model, fonts, { pageNumbers: 'center' }), 2).alignment).toBe('center');
  });

  it('keeps each heading with its table on one page, at the largest size that fits, when tables may not run on (表格不跨页)', () => {
    const model = { ...buildDocModel(sampleReport()), tablesWhole: true };
    const content = pdfDefinition(model, fonts).content as Node[];
    const withTables = content.filter((c) => c.unbreakable && c.stack?.some((n) => n.table));
    expect(withTables.map((c) => texts(c.stack!)[0]?.text)).toEqual([
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
    ]);
    for (const b of model.blocks) {
      if (b.type !== 'table') continue;
      const m = fitTable(b.table, fonts, tableSpace(BODY_LINE));
      expect(m.height).toBeLessThanOrEqual(TEXT_HEIGHT);
      // Either the largest size, or the one below it did not fit.
      const i = TABLE_SIZES.indexOf(m.size as (typeof TABLE_SIZES)[number]);
      expect(i).toBeGreaterThanOrEqual(0);
      if (i > 0) expect(tableMetrics(b.table, TABLE_SIZES[i - 1]!, fonts)!.height).toBeGreaterThan(tableSpace(BODY_LINE));
    }
  });

  it('lets a table run on where keeping it whole would leave a page more than half empty: the next page prints its own piece under the header rows', () => {
    const report = sampleReport();
    report.sections.overview.paragraphs = report.sections.overview.paragraphs.slice(0, 5);
    const model = buildDocModel(report);
    // With square glyphs and five paragraphs in 一, table 三 starts under table 二 with more than half a page left.
    const content = pdfDefinition(model, fonts).content as Node[];
    const pieces = content.filter((c) => c.pageBreak === 'before' && c.stack?.some((n) => n.table));
    expect(pieces).toHaveLength(1);
    const first = content[content.indexOf(pieces[0]!) - 1]!;
    expect(texts(first.stack!)[0]?.text).toBe('三、收到和处理政府信息公开申请情况');
    const body = (c: Node) => (c.stack!.find((n) => n.table)!.table as { body: Node[][] }).body;
    const header = (c: Node) => texts(body(c).slice(0, 3).flat()).map((t) => t.text);
    expect(header(pieces[0]!)).toEqual(header(first));
    expect(header(first)[0]).toMatch(/^（本列数据的勾稽关系为/);
    // The rows of the whole table, each printed once (header rows on every page).
    const rows = model.blocks.find((b) => b.type === 'table' && b.table.id === 'sec3')!;
    expect(rows.type === 'table' && body(first).length + body(pieces[0]!).length - 3).toBe(rows.type === 'table' ? rows.table.rows.length : 0);
    // 「三、本年度办理结果」 starts again at the top of the rows on the next page.
    expect(texts(body(pieces[0]!)[3]!).map((t) => t.text)[0]).toBe([...'三、本年度办理结果'].join('\n'));
    const whole = pdfDefinition({ ...model, tablesWhole: true }, fonts).content as Node[];
    expect(whole.filter((c) => c.pageBreak === 'before')).toEqual([]);
  });

  it('keeps a heading with the first two lines of its text (no paragraph leaves one line at a page foot or top), and breaks paragraphs into justified lines', () => {
    const model = buildDocModel(sampleReport());
    const content = pdfDefinition(model, fonts).content as Node[];
    const kept = content.find((c) => c.unbreakable && texts(c.stack ?? [])[0]?.text === '（二）依申请公开')!;
    expect(texts(kept.stack!).map((t) => t.text.slice(0, 6))).toEqual(['（二）依申请公开'.slice(0, 6), '本年度共收到']);
    expect(texts(kept.stack!)[1]!.text.split('\n')).toHaveLength(2);
    // A paragraph's last two lines are one unbreakable node.
    const lastTwo = content.filter((c) => c.unbreakable && c.stack?.length === 1 && !c.stack[0]!.table);
    expect(lastTwo.length).toBeGreaterThan(0);
    for (const c of lastTwo) expect(texts(c.stack!)[0]!.text.split('\n').length).toBeLessThanOrEqual(3);
    const para = model.blocks.find((b) => b.type === 'paragraph')!;
    const joined = texts(content)
      .map((t) => t.text)
      .join('');
    expect(joined.replace(/\n/g, '')).toContain((para as { text: string }).text);
  });

  it('draws each character in the font the run chooser names (a fallback for what the role font lacks)', () => {
    const model = buildDocModel(sampleReport());
    const dd = pdfDefinition(model, {
      ...fonts,
      runs: (role, text) => [...text].map((ch) => ({ text: ch, font: ch === '管' ? 'fallback0' : role })),
    });
    const inlines = (nodes: Node[]): { text: string; font?: string }[] =>
      nodes.flatMap((n) => (n.stack ? inlines(n.stack) : Array.isArray(n.text) ? (n.text as { text: string; font?: string }[]) : []));
    const all = inlines(dd.content as Node[]);
    expect(all.filter((r) => r.text === '管').every((r) => r.font === 'fallback0')).toBe(true);
    expect(all.filter((r) => r.text === '管').length).toBeGreaterThan(0);
    expect(all.find((r) => r.text === '政')?.font).toBeDefined();
  });
});
