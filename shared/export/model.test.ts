import { describe, expect, it } from 'vitest';
import { sampleReport } from '../../test/fixtures/sample-report.ts';
import { checkReport } from '../rules/index.ts';
import { ALL_CELLS, SECTIONS, TABLES, sec3Address, sectionHeading, SEC3_RESULTS_LABEL } from '../schema/index.ts';
import { pageNumberAlign, pageNumberText } from './layout.ts';
import { buildDocModel, cellText, coveredGrid, printedNumber, type DocTable } from './model.ts';

function tables(): DocTable[] {
  return buildDocModel(sampleReport()).blocks.flatMap((b) => (b.type === 'table' ? [b.table] : []));
}

describe('document model', () => {
  it('the sample report is complete and consistent', () => {
    const r = sampleReport();
    expect(checkReport(r, 'final')).toEqual([]);
    expect(ALL_CELLS.every((c) => r.cells[c.address]?.raw.trim())).toBe(true);
  });

  it('has the title block and the six headings in order, each table after its heading', () => {
    const m = buildDocModel(sampleReport());
    expect(m.title).toEqual(['示例县白沙镇人民政府', '2025年政府信息公开工作年度报告']);
    const headings = m.blocks.filter((b) => b.type === 'heading').map((b) => (b as { text: string }).text);
    expect(headings).toEqual(SECTIONS.map(sectionHeading));
    for (const s of SECTIONS.filter((x) => x.table)) {
      const i = m.blocks.findIndex((b) => b.type === 'heading' && b.text === sectionHeading(s));
      expect(m.blocks[i + 1]).toMatchObject({ type: 'table', table: { id: s.table } });
    }
  });

  it('prints the opening paragraph after the title, before 一', () => {
    const r = sampleReport();
    r.preamble = [{ heading: '', text: '本报告由示例镇编制。\n如对本报告有疑问，请与镇党政办联系。' }];
    const m = buildDocModel(r);
    expect(m.blocks.slice(0, 3)).toEqual([
      { type: 'paragraph', text: '本报告由示例镇编制。', where: '前言第1段' },
      { type: 'paragraph', text: '如对本报告有疑问，请与镇党政办联系。', where: '前言第2段' },
      { type: 'heading', text: sectionHeading(SECTIONS[0]!), where: sectionHeading(SECTIONS[0]!) },
    ]);
  });

  it('removes the characters XML forbids, saying where they stood, and prints numbers as their digits', () => {
    const r = sampleReport();
    r.sections.overview.paragraphs[0]!.text = '本年度\uffff共\u0001收到';
    r.unit.name = '示例\ud800镇';
    const m = buildDocModel(r);
    expect(m.blocks.find((b) => b.type === 'paragraph' && b.text.startsWith('本年度'))).toMatchObject({ text: '本年度共收到' });
    expect(m.title[0]).toBe('示例镇');
    expect(m.removed.map((u) => u.char)).toEqual(['\uffff', '\u0001', '\ud800']);
    expect(m.removed[0]!.where).toBe(`${sectionHeading(SECTIONS[0]!)} 第1段`);
    expect(printedNumber('99999999999999999999', 1e20)).toBe('99999999999999999999');
    expect(printedNumber('１，２８６', 1286)).toBe('1286');
    expect(printedNumber('007', 7)).toBe('7');
    expect(printedNumber('1.50', 1.5)).toBe('1.50');
  });

  it('breaks the title where the clerk put 「/」 in the unit name, automatically once the name no longer matches', () => {
    const r = sampleReport();
    r.unit.name = '江苏省淮安市某某经济开发区枚皋片区管理委员会行政审批局';
    expect(buildDocModel(r).title).toEqual(['江苏省淮安市某某经济开发区', '枚皋片区管理委员会行政审批局', '2025年政府信息公开工作年度报告']);
    r.layout = { titleBreaks: '江苏省淮安市某某经济开发区枚皋片区/管理委员会行政审批局' };
    expect(buildDocModel(r).title.slice(0, 2)).toEqual(['江苏省淮安市某某经济开发区枚皋片区', '管理委员会行政审批局']);
    r.unit.name = '江苏省淮安市某某经济开发区行政审批局';
    expect(buildDocModel(r).title[0]).toBe('江苏省淮安市某某经济开发区行政审批局');
  });

  it('prints sub-headings only when they have text', () => {
    const r = sampleReport();
    r.sections.overview.paragraphs[2]!.text = '';
    const subs = buildDocModel(r).blocks.filter((b) => b.type === 'subheading').map((b) => (b as { text: string }).text);
    expect(subs).toEqual(['（一）主动公开', '（三）政府信息管理', '（四）政府信息公开平台建设', '（五）监督保障']);
  });

  it('keeps every merge of the schema and covers each grid position exactly once', () => {
    for (const t of tables()) {
      const def = TABLES[t.id];
      expect(t.rows.map((r) => r.map((c) => [c.rowSpan, c.colSpan]))).toEqual(
        def.rows.map((r) => r.cells.map((c) => [c.type === 'label' ? c.rowSpan : 1, c.colSpan])),
      );
      const grid = coveredGrid(t);
      expect(grid.every((row) => row.length === def.columns)).toBe(true);
      const origins = grid.flat().filter((c) => c !== null).length;
      expect(origins).toBe(t.rows.flat().length);
    }
    const sec3 = tables().find((t) => t.id === 'sec3')!;
    expect(sec3.headerRows).toBe(3);
    const vertical = sec3.rows.flat().filter((c) => c.vertical);
    expect(vertical.map((c) => [c.text, c.rowSpan])).toEqual([[SEC3_RESULTS_LABEL, 22]]);
  });

  it('prints empty cells as 0 only when the clerk confirmed it', () => {
    const r = sampleReport();
    const a = sec3Address('granted', 0);
    r.cells[a] = { raw: '', value: null };
    expect(cellText(r, a)).toBe('');
    expect(cellText({ ...r, confirmedZero: true }, a)).toBe('0');
    r.cells[a] = { raw: '１,２３４', value: 1234 };
    expect(cellText(r, a)).toBe('1234');
    r.cells[a] = { raw: '12（其中2件转办）', value: 12 };
    expect(cellText(r, a)).toBe('12（其中2件转办）');
  });

  it('puts page numbers 「— n —」 right on odd pages and left on even pages, or centred', () => {
    expect(pageNumberText(3)).toBe('— 3 —');
    expect([1, 2, 3].map((n) => pageNumberAlign(n, 'outer'))).toEqual(['right', 'left', 'right']);
    expect(pageNumberAlign(2, 'center')).toBe('center');
  });
});
