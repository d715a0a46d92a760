import { describe, expect, it } from 'vitest';
import { tabReport } from '../../test/fixtures/import-truth.ts';
import { importText } from '../import/index.ts';
import { checkReport } from './index.ts';

const legacy = (text: string) => checkReport(importText(text).report).filter((f) => f.rule === 'legacy-format-2019');

describe('2019年试行格式：检查说明原表用的是哪一种旧格式（docs/format.md §4.11）', () => {
  it('第二部分的旧表（本年新制作数量…政府集中采购）：指向表二', () => {
    const text = tabReport((t) => {
      t.sec2 = [
        '第二十条第（一）项',
        '信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量',
        '规章\t1\t1\t5',
        '规范性文件\t3\t3\t20',
        '第二十条第（九）项',
        '信息内容\t采购项目数量\t采购总金额',
        '政府集中采购\t2\t30',
      ];
    });
    const f = legacy(text);
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(/^原表第二部分的表格使用2019年试行格式/);
    expect(f[0]!.cells).toContain('sec2.rules.issued');
  });

  it('只有一行“（六）其他处理”：指向其他处理三行', () => {
    const text = tabReport((t) => {
      const at = t.sec3.findIndex((l) => l.includes('（六）其他处理'));
      t.sec3.splice(at, 3, '\t（六）其他处理\t0\t0\t0\t0\t0\t0\t0');
    });
    const f = legacy(text);
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('“（六）其他处理”只有一行');
  });
});
