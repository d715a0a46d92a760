import { describe, expect, it } from 'vitest';
import { rowsRunTogether } from './fragments.ts';
import { textAnchor } from './table-kind.ts';

describe('网页文字里整张表连成一行', () => {
  it('表二的列标题连着第一行的行名时，从标题后分开', () => {
    const line = '第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件127第二十条第（五）项信息内容本年处理决定数量行政许可35712第二十条第（六）项信息内容本年处理决定数量行政处罚2509';
    const rows = rowsRunTogether(line);
    expect(rows).toContain('规章000');
    expect(rows).toContain('行政规范性文件127');
    expect(rows).toContain('行政许可35712');
  });

  it('表四的表头和十五个数字在同一行，也认得出表四从这里开始', () => {
    const header = '行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计';
    expect(textAnchor('sec4', ['本年度本机关未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况，也未被追究责任。', `${header}110130000000000`])).toBe(1);
    expect(textAnchor('sec4', [`${header}。`])).toBe(-1);
  });
});
