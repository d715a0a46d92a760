import { describe, expect, it } from 'vitest';
import { encodeGbk } from '../../test/fixtures/gbk.ts';
import { csvToBook } from './csv.ts';

describe('CSV 台账', () => {
  it('Excel 在中文 Windows 上另存的 GBK 编码、引号中的逗号和换行', () => {
    const text = '编号,收到日期,申请人类型,办理结果,办结日期\r\nA1,2024/3/18,"法人或其他组织,商业企业","不予公开\r\n属于国家秘密",2024/4/1\r\n';
    const book = csvToBook(encodeGbk(text), '台账.csv');
    expect(book.sheets[0]!.rows).toEqual([
      ['编号', '收到日期', '申请人类型', '办理结果', '办结日期'],
      ['A1', '2024/3/18', '法人或其他组织,商业企业', '不予公开\r\n属于国家秘密', '2024/4/1'],
    ]);
  });
  it('UTF-8 带 BOM、制表符分隔', () => {
    const bytes = new TextEncoder().encode('\uFEFF编号\t收到日期\nA1\t2024-01-01\n');
    expect(csvToBook(bytes, 'x.csv').sheets[0]!.rows).toEqual([['编号', '收到日期'], ['A1', '2024-01-01']]);
  });
  it('不是文本：说明另存为 .xlsx', () => {
    expect(() => csvToBook(new Uint8Array([0, 1, 2, 3, 0, 0, 0, 9, 1, 2, 3]), '台账.csv')).toThrow(/另存为 .xlsx/);
  });
});
