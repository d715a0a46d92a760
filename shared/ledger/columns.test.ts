import { describe, expect, it } from 'vitest';
import { HEADER_NAMES } from '../../test/fixtures/ledger-generator.ts';
import type { LedgerSheet } from './book.ts';
import { findHeader, mapColumns } from './columns.ts';

describe('按列名识别台账的列', () => {
  it.each(Object.entries(HEADER_NAMES).flatMap(([field, names]) => names.map((n) => [n, field] as const)))('“%s” 是 %s', (name, field) => {
    expect(mapColumns(['其他栏目', name, '备注'], 'applications')[field as 'received']).toBe(1);
  });

  it('编号优先于序号；“申请人”与“申请人类型”各是各的', () => {
    const m = mapColumns(['序号', '申请人', '申请人类型', '申请编号', '收到日期', '答复日期', '答复结果'], 'applications');
    expect(m).toMatchObject({ number: 3, applicant: 1, applicantType: 2, received: 4, closed: 5, result: 6 });
  });

  it('列名后的说明不影响识别：“收到日期（年-月-日）”“*申请人类型”“办理结果\\n（必填）”', () => {
    const m = mapColumns(['收到日期（年-月-日）', '*申请人类型', '办理结果\n（必填）', '办结日期'], 'applications');
    expect(m).toMatchObject({ received: 0, applicantType: 1, result: 2, closed: 3 });
  });

  it('办理期限、截止日期不是办结日期', () => {
    const m = mapColumns(['收到日期', '申请人类型', '办理结果', '答复期限', '截止日期'], 'applications');
    expect(m.closed).toBeUndefined();
  });

  it('上年由办事员指定的列优先', () => {
    const m = mapColumns(['登记时间', '收到时间', '类型', '结果', '办结日期'], 'applications', { 收到时间: 'received', 登记时间: 'none', 类型: 'applicantType', 结果: 'result' });
    expect(m).toMatchObject({ received: 1, applicantType: 2, result: 3, closed: 4 });
  });
});

describe('找表头行', () => {
  const sheet = (rows: LedgerSheet['rows']): LedgerSheet => ({ name: '台账', rows });
  it('标题、单位、说明在上方', () => {
    const h = findHeader(sheet([['某镇2024年依申请公开台账'], ['填报单位：某镇'], [], ['编号', '收到日期', '申请人类型', '办理结果', '办结日期'], ['1', '2024-01-01']]), 'applications');
    expect(h?.row).toBe(3);
  });
  it('两行表头：合并的“申请人信息”在“姓名”“类型”上方，“收到日期”向下合并', () => {
    const h = findHeader(
      sheet([
        ['序号', '收到日期', '申请人信息', null, '办理情况', null],
        [null, null, '姓名', '类型', '结果', '办结日期'],
      ]),
      'applications',
    );
    expect(h?.row).toBe(1);
    expect(h?.columns).toMatchObject({ received: 1, applicant: 2, applicantType: 3, result: 4, closed: 5 });
  });
  it('没有像表头的行：null', () => {
    expect(findHeader(sheet([['某镇台账'], ['张三', '2024-01-01']]), 'applications')).toBeNull();
  });
});
