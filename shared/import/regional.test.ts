import { describe, expect, it } from 'vitest';
import { importTruth, tableFacts } from '../../test/fixtures/import-truth.ts';
import { renderReport, renderTables } from '../../test/fixtures/report-text.ts';
import { importText } from './index.ts';

const truth = importTruth;
const cellFlags = (flags: { cell?: string }[]) => flags.filter((f) => f.cell);
const strayFlags = (flags: { reason: string }[]) => flags.filter((f) => f.reason.includes('找不到所属的行'));

describe('OCR Markdown: empty junk tables and placeholder headers', () => {
  const junkTable = ['| | | |', '|---|---|---|', '| | | |', '|  |  |  |', ''];
  const placeholders = ['| 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 |', '|---|---|---|---|---|---|', '| | | | | | |', ''];

  it('an empty table before each statutory table and 数据1…数据6 headers take nothing and flag nothing', () => {
    const r = truth();
    const text = renderReport(r, 'markdown')
      .split('\n')
      .flatMap((line) => (/^\|\s*(信息内容|（本列数据|本列数据|申请人情况)/.test(line) ? [...junkTable, ...placeholders, line] : [line]))
      .join('\n');
    expect(text).toContain('数据6');
    const { report, flags } = importText(text);
    expect(tableFacts(report)).toEqual(tableFacts(r));
    expect(cellFlags(flags)).toEqual([]);
    expect(strayFlags(flags)).toEqual([]);
    expect(report.sections.other.paragraphs).toEqual(r.sections.other.paragraphs);
  });
});

describe('a regional layout: the three tables numbered （一）/（二）/（三） under one heading, the sections after renumbered (no 五)', () => {
  const r = truth();
  const t = renderTables(r, 'tab');
  const lines = renderReport(r, 'tab').split('\n');
  const at = (s: string) => lines.findIndex((l) => l.startsWith(s));
  const text = [
    ...lines.slice(0, at('二、主动公开')),
    '二、政府信息公开情况统计',
    '（一）主动公开政府信息情况',
    ...t.sec2,
    '（二）收到和处理政府信息公开申请情况',
    ...t.sec3,
    '（三）政府信息公开行政复议、行政诉讼情况',
    ...t.sec4,
    ...lines.slice(at('五、存在'), at('六、其他')).map((l) => l.replace('五、', '三、')),
    ...lines.slice(at('六、其他')).map((l) => l.replace('六、', '四、')),
  ].join('\n');

  it('tables, prose and headings land where the statutory format has them, each renumbered heading flagged', () => {
    const { report, flags } = importText(text);
    expect(tableFacts(report)).toEqual(tableFacts(r));
    expect(cellFlags(flags)).toEqual([]);
    // The umbrella heading and the table captions are headings, not the overview's prose.
    expect(report.sections.overview.paragraphs).toEqual(r.sections.overview.paragraphs);
    expect(report.sections.problems.paragraphs).toEqual(r.sections.problems.paragraphs);
    expect(report.sections.other.paragraphs).toEqual(r.sections.other.paragraphs);
    const renumbered = flags.filter((f) => f.reason.includes('编号与标准格式不同')).map((f) => f.paragraph?.section);
    expect(renumbered).toEqual(['proactive', 'applications', 'review', 'problems', 'other']);
    expect(flags.some((f) => f.reason.includes('没有找到'))).toBe(false);
  });

  it('a bracketed table title inside 总体情况 is a sub-heading there when the section’s own heading follows', () => {
    const std = renderReport(r, 'tab').replace('（一）主动公开\n', '（一）主动公开政府信息情况\n');
    expect(std).toContain('（一）主动公开政府信息情况');
    const { report } = importText(std);
    expect(report.sections.overview.paragraphs[0]!.heading).toBe('（一）主动公开政府信息情况');
    expect(report.sections.proactive.paragraphs).toEqual(r.sections.proactive.paragraphs);
    expect(tableFacts(report)).toEqual(tableFacts(r));
  });
});
