import { describe, expect, it } from 'vitest';
import type { LedgerBook } from '../../shared/ledger/book.ts';
import { detectLayout } from '../../shared/ledger/detect.ts';
import { EMPTY_MAPPING } from '../../shared/ledger/mapping.ts';
import { sec3Values, tallyLedger } from '../../shared/ledger/tally.ts';
import { chooseColumn, columnChoices, initialSheets, layoutOf, rowList } from './ledger-view.ts';

const book: LedgerBook = {
  name: '台账.xlsx',
  sheets: [
    { name: '说明', rows: [['本台账按收到先后登记']] },
    {
      name: '2024年',
      rows: [['某镇台账'], ['编号', '收到时间', '受理日期', '申请人类型', '办理结果', '办结日期'], ['A1', '2023-12-30', '2024-01-02', '公民', '予以公开', '2024-01-10']],
    },
  ],
};

describe('台账确认页', () => {
  it('每个工作表作为什么读、表头在第几行：按识别结果预置', () => {
    expect(initialSheets(book, detectLayout(book, EMPTY_MAPPING))).toEqual([
      { kind: 'none', headerRow: 1 },
      { kind: 'applications', headerRow: 2 },
    ]);
  });

  it('改选“收到日期”为另一列：原来那一列不再当作收到日期，统计随之改变', () => {
    const settings = initialSheets(book, detectLayout(book, EMPTY_MAPPING));
    const before = layoutOf(book, settings, EMPTY_MAPPING);
    const headers = before.applications[0]!.header.headers;
    expect(before.applications[0]!.header.columns.received).toBe(1);
    expect(sec3Values(tallyLedger(book, 2024, EMPTY_MAPPING, before).applications)['sec3.rows.carriedOver[0]']).toBe(1);
    const mapping = chooseColumn(EMPTY_MAPPING, headers, 'received', 1, 2);
    const after = layoutOf(book, settings, mapping);
    expect(after.applications[0]!.header.columns.received).toBe(2);
    const t = tallyLedger(book, 2024, mapping, after);
    expect(sec3Values(t.applications)['sec3.rows.newReceived[0]']).toBe(1);
    expect(sec3Values(t.applications)['sec3.rows.carriedOver[0]']).toBe(0);
  });

  it('列的选项写明列号和列名；行号列表过长时缩短', () => {
    expect(columnChoices(['编号', '', '收到\n日期']).map((c) => c.label)).toEqual(['A 列：编号', 'C 列：收到 日期']);
    expect(rowList([5, 9])).toBe('第 5、9 行');
    expect(rowList(Array.from({ length: 20 }, (_, i) => i + 1))).toMatch(/等 20 行$/);
  });
});
