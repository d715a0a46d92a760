import { describe, expect, it } from 'vitest';
import { encodeGbk } from '../../test/fixtures/gbk.ts';
import { importTruth, tableFacts } from '../../test/fixtures/import-truth.ts';
import { renderReport } from '../../test/fixtures/report-text.ts';
import { FileError } from '../file/errors.ts';
import { prng } from '../../test/fixtures/prng.ts';
import { importFile } from './index.ts';
import { rtfText } from './rtf.ts';
import { rtfOf, uni } from '../../test/fixtures/office-exports.ts';

/** Text as WPS writes it in RTF: GBK bytes as \'hh in a font whose charset is 134. */
const gbk = (s: string) => [...encodeGbk(s)].map((b) => (b < 0x80 ? String.fromCharCode(b) : `\\'${b.toString(16)}`)).join('');

describe('RTF（办公系统导出的另一种 .doc，WPS/Word 也可另存）', () => {
  it('读出正文和表格：GBK 字节、\\u 字符（跳过替代字符）、转义的括号，跳过字体表、页眉、域代码和可忽略的部分', () => {
    const rtf = [
      '{\\rtf1\\ansi\\ansicpg936\\deff0',
      `{\\fonttbl{\\f0\\fnil\\fcharset134 ${gbk('宋体')};}{\\f1\\fswiss\\fcharset0 Arial;}}`,
      '{\\colortbl;\\red0\\green0\\blue0;}',
      `{\\*\\generator WPS Office;}{\\header\\pard ${gbk('页眉不是正文')}\\par}`,
      `\\pard\\f0 ${gbk('示例县某局2026年政府信息公开工作年度报告')}\\par`,
      `\\pard ${uni('一、总体情况')}\\par`,
      `\\pard ${gbk('页码')}{\\field{\\*\\fldinst PAGE}{\\fldrslt 3}}\\~\\{${gbk('括号')}\\}\\par`,
      `\\trowd\\cellx1000\\cellx2000\\cellx3000\\pard\\intbl ${gbk('行政许可')}\\cell 12\\cell\\cell\\row`,
      `\\trowd\\cellx1000\\cellx2000\\pard\\intbl\\f1 Total\\cell\\f0 ${uni('无')}\\cell\\row`,
      '}',
    ].join('\n');
    expect(rtfText(rtf).split('\n')).toEqual([
      '示例县某局2026年政府信息公开工作年度报告',
      '一、总体情况',
      '页码3\u00a0{括号}',
      '行政许可\t12\t\t',
      'Total\t无\t',
      '',
    ]);
  });

  it('整份报告存成 RTF、名为 .doc：单位、年度和三张表的每个数字与原报告一致', async () => {
    const r = importTruth();
    const { report, format } = await importFile('导出.doc', new TextEncoder().encode(rtfOf(renderReport(r, 'tab'))));
    expect(format).toBe('rtf');
    expect([report.unit.name, report.year]).toEqual([r.unit.name, r.year]);
    expect(tableFacts(report)).toEqual(tableFacts(r));
  });

  it('没有文字的 RTF：说明原因', async () => {
    const e = await importFile('空白.rtf', new TextEncoder().encode('{\\rtf1\\ansi{\\fonttbl{\\f0 SimSun;}}\\pard\\par}')).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(FileError);
    expect((e as FileError).message).toContain('没有文字');
  });

  it('500 个损坏的 RTF（截断、括号和反斜杠乱插）：不崩溃，读出或给出中文说明', async () => {
    const r = importTruth();
    const base = `{\\rtf1\\ansi\\ansicpg936{\\fonttbl{\\f0\\fcharset134 x;}}\\pard ${gbk(renderReport(r, 'tab').slice(0, 3000))}\\par}`;
    const rand = prng(1206);
    const int = (n: number) => Math.floor(rand() * n);
    const bad: string[] = [];
    for (let i = 0; i < 500; i++) {
      let s = base.slice(0, 6 + int(base.length));
      for (let k = int(12); k > 0; k--) {
        const at = int(s.length);
        s = s.slice(0, at) + ['{', '}', '\\', "\\'", '\\u', '\\*', '\\uc9 '][int(7)] + s.slice(at);
      }
      try {
        await importFile('损坏.rtf', new TextEncoder().encode(s));
      } catch (e) {
        if (!(e instanceof FileError) || !/[\u4e00-\u9fff]/.test(e.message)) bad.push(`#${i}: ${String(e)}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
