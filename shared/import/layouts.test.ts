import { describe, expect, it } from 'vitest';
import { importTruth, replaceLine, tabReport, tableFacts } from '../../test/fixtures/import-truth.ts';
import { renderReport, renderTables, type Layout } from '../../test/fixtures/report-text.ts';
import type { Report } from '../report/model.ts';
import { SEC3_ROW_KEYS, sec3Address, sec4Address } from '../schema/index.ts';
import { cellFromNumber } from '../values/parse.ts';
import { importText } from './index.ts';

const truth = importTruth;
const facts = tableFacts;

/** A report with every count 0 except the sec3 rows given (first columns; 总计 added) and table 四. */
function smallReport(rows: Record<string, number[]>, sec4: number[] = Array(15).fill(0)): Report {
  const r = truth();
  for (const key of SEC3_ROW_KEYS) {
    const values = rows[key] ?? [];
    const full = [0, 1, 2, 3, 4, 5].map((c) => values[c] ?? 0);
    full.push(full.reduce((a, b) => a + b, 0));
    full.forEach((n, c) => (r.cells[sec3Address(key, c)] = cellFromNumber(n)));
  }
  sec4.forEach((n, i) => (r.cells[sec4Address(i)] = cellFromNumber(n)));
  return r;
}

const cellFlags = (flags: { cell?: string }[]) => flags.filter((f) => f.cell).map((f) => f.cell);

describe('各种文本版式：数字按行名对上，正文按标题分开', () => {
  it.each<Layout>(['tab', 'cellPerLine', 'spaced', 'markdown', 'wrapped'])('%s', (layout) => {
    const r = truth();
    const { report, flags } = importText(renderReport(r, layout));
    expect(facts(report)).toEqual(facts(r));
    expect(cellFlags(flags)).toEqual([]);
    expect(report.preamble).toEqual(r.preamble);
    expect(report.sections.overview.paragraphs.map((p) => [p.heading, p.text])).toEqual(
      r.sections.overview.paragraphs.map((p) => [p.heading, p.text]),
    );
    expect(report.sections.other.paragraphs).toEqual(r.sections.other.paragraphs);
  });
});

describe('表头张冠李戴：行按自己的行名对上，不按上面的表头', () => {
  it('OCR 把表二的表头印在表三上、把表三的表头印在表四上', () => {
    const r = truth();
    const t = renderTables(r, 'markdown');
    // Each table's placeholder header row replaced by the real header row of the table before it.
    t.sec3[0] = t.sec2.find((l) => l.includes('本年制发件数'))!;
    t.sec4[0] = t.sec3.find((l) => l.includes('自然人'))!;
    expect([t.sec3[0], t.sec4[0]].every(Boolean)).toBe(true);
    const { report, flags } = importText(renderReport(r, 'markdown', t));
    expect(facts(report)).toEqual(facts(r));
    expect(cellFlags(flags)).toEqual([]);
  });
});

describe('数字连在一起（没有分隔）', () => {
  it('表三一行的数字按本行合计唯一拆开时填入，并标记请核对', () => {
    const text = tabReport((t) => replaceLine(t.sec3, '一、本年新收', '一、本年新收政府信息公开申请数量\t1230000 15'.replace(' ', '')));
    const { report, flags } = importText(text);
    expect(facts(report)).toEqual(facts(truth()));
    expect(cellFlags(flags)).toEqual([0, 1, 2, 3, 4, 5, 6].map((c) => `sec3.rows.newReceived[${c}]`));
    expect(flags[flags.length - 1]!.reason).toContain('已按表格的合计关系拆分为 12、3、0、0、0、0、15');
  });

  it('标签和数字粘连（“行政规范性文件3112”）有多种拆法：不填，逐格标记', () => {
    const text = tabReport((t) => replaceLine(t.sec2, '行政规范性文件', '行政规范性文件3112'));
    const { report, flags } = importText(text);
    for (const f of ['issued', 'repealed', 'effective']) {
      expect(report.cells[`sec2.normativeDocs.${f}`]).toBeUndefined();
      expect(flags).toContainEqual(expect.objectContaining({ cell: `sec2.normativeDocs.${f}`, reason: expect.stringContaining('种拆分') }));
    }
    expect(report.cells['sec2.licensing']).toEqual({ raw: '1520', value: 1520 });
  });

  it('行内有多种拆法时用列的合计关系（（七）总计＝各项之和）排除，唯一时填入', () => {
    // 予以公开 11 2 0 0 0 0 13 glued: 1|12|… and 11|2|… both fit the row; only 11|2 fits column 自然人.
    const r = smallReport({ newReceived: [11, 2], granted: [11, 2], total: [11, 2] });
    const text = tabReport((t) => replaceLine(t.sec3, '（一）予以公开', '三、本年度办理结果\t（一）予以公开\t112000013'), r);
    const { report, flags } = importText(text);
    expect([0, 1, 2, 3, 4, 5, 6].map((c) => report.cells[`sec3.rows.granted[${c}]`]?.value)).toEqual([11, 2, 0, 0, 0, 0, 13]);
    expect(flags.find((f) => f.cell === 'sec3.rows.granted[0]')!.reason).toContain('拆分为 11、2、0、0、0、0、13');
  });

  it('列的合计也定不下来时不填，说明有几种拆法', () => {
    // 一、新收, （一）予以公开 and （七）总计 all glued alike: each split of one fits a split of the others.
    const r = smallReport({ newReceived: [11, 2], granted: [11, 2], total: [11, 2] });
    const text = tabReport((t) => {
      replaceLine(t.sec3, '（一）予以公开', '三、本年度办理结果\t（一）予以公开\t112000013');
      replaceLine(t.sec3, '（七）总计', '\t（七）总计\t112000013');
      replaceLine(t.sec3, '一、本年新收', '一、本年新收政府信息公开申请数量\t112000013');
    }, r);
    const { report, flags } = importText(text);
    expect(report.cells['sec3.rows.granted[0]']).toBeUndefined();
    expect(report.cells['sec3.rows.total[0]']).toBeUndefined();
    expect(flags.find((f) => f.cell === 'sec3.rows.granted[0]')!.reason).toContain('有 2 种拆分');
  });

  it('表四的数字连在一起：三组各自的合计关系拆分', () => {
    const r = smallReport({}, [10, 2, 0, 0, 12, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0]);
    const text = tabReport((t) => (t.sec4[3] = '10200120100100000'), r);
    const { report, flags } = importText(text);
    expect(Array.from({ length: 15 }, (_, i) => report.cells[`sec4[${i}]`]?.value)).toEqual([10, 2, 0, 0, 12, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0]);
    expect(cellFlags(flags)).toHaveLength(15);
  });
});

describe('单元格中的非数字', () => {
  it('“/”“-”保留为非数字并标记；空白不当作 0；“12（其中修订3件）”取 12、说明留在标记中；金额 6 位小数', () => {
    const text = tabReport((t) => {
      replaceLine(t.sec2, '规章', '规章\t/\t-\t—');
      replaceLine(t.sec2, '行政规范性文件', '行政规范性文件\t3\t1\t12（其中修订3件）');
      replaceLine(t.sec2, '行政事业性收费', '行政事业性收费\t12.345678');
    });
    const { report, flags } = importText(text);
    expect(report.cells['sec2.rules.issued']).toEqual({ raw: '/', value: null });
    expect(report.cells['sec2.rules.repealed']).toEqual({ raw: '-', value: null });
    expect(report.cells['sec2.rules.effective']).toEqual({ raw: '—', value: null });
    expect(report.cells['sec2.normativeDocs.effective']).toEqual({ raw: '12', value: 12 });
    expect(report.cells['sec2.fees']).toEqual({ raw: '12.345678', value: 12.345678 });
    expect(cellFlags(flags)).toEqual(['sec2.rules.issued', 'sec2.rules.repealed', 'sec2.rules.effective', 'sec2.normativeDocs.effective']);
    expect(flags.find((f) => f.cell === 'sec2.normativeDocs.effective')!.reason).toContain('其中修订3件');
  });

  it('金额超过 6 位小数、件数带小数：取值并标记', () => {
    const text = tabReport((t) => {
      replaceLine(t.sec2, '行政事业性收费', '行政事业性收费\t12.3456789');
      replaceLine(t.sec2, '行政许可', '行政许可\t1520.5');
    });
    const { report, flags } = importText(text);
    expect(report.cells['sec2.fees']!.value).toBe(12.3456789);
    expect(cellFlags(flags)).toEqual(['sec2.licensing', 'sec2.fees']);
  });

  it('一行数字不够且无法拆分：整行不填，逐格标记', () => {
    const text = tabReport((t) => replaceLine(t.sec3, '二、上年结转', '二、上年结转政府信息公开申请数量\t1\t0\t0\t0\t1'));
    const { report, flags } = importText(text);
    expect(report.cells['sec3.rows.carriedOver[0]']).toBeUndefined();
    expect(cellFlags(flags)).toEqual([0, 1, 2, 3, 4, 5, 6].map((c) => `sec3.rows.carriedOver[${c}]`));
    expect(report.cells['sec3.rows.granted[6]']).toEqual({ raw: '8', value: 8 });
  });
});

describe('行名和标题的变体', () => {
  it('“1、”编号、“规范性文件”、截断的行名、错位的列照样对上', () => {
    const text = tabReport((t) => {
      replaceLine(t.sec2, '行政规范性文件', '规范性文件\t3\t1\t12');
      replaceLine(t.sec3, '1.属于国家秘密', '\t（三）不予公开\t1、属于国家秘密\t0\t0\t0\t0\t0\t0\t0');
      replaceLine(t.sec3, '（二）部分公开', '（二）部分公开\t\t2\t0\t0\t0\t0\t0\t2');
      replaceLine(t.sec3, '5.要求行政机关确认', '5、要求行政机关确认或重新出具\t0\t0\t0\t0\t0\t0\t0');
    });
    const { report, flags } = importText(text);
    expect(facts(report)).toEqual(facts(truth()));
    expect(cellFlags(flags)).toEqual([]);
  });

  it('编号不同的标题（“七、其他需要报告的事项”）按标准部分导入并标记；缺少的“五”标题也标记', () => {
    const text = tabReport(() => {})
      .replace('六、其他需要报告的事项', '七、其他需要报告的事项')
      .replace('五、存在的主要问题及改进情况\n', '');
    const { report, flags } = importText(text);
    expect(report.sections.other.paragraphs).toEqual(truth().sections.other.paragraphs);
    expect(flags).toContainEqual(expect.objectContaining({ paragraph: { section: 'other', index: 0 }, reason: expect.stringContaining('七、其他需要报告的事项') }));
    expect(flags).toContainEqual(expect.objectContaining({ paragraph: { section: 'problems', index: 0 }, reason: expect.stringContaining('没有找到') }));
  });

  it('四、政府信息公开工作存在的主要问题… 等标题变体照样分开', () => {
    const text = tabReport(() => {})
      .replace('四、政府信息公开行政复议、行政诉讼情况', '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况')
      .replace('五、存在的主要问题及改进情况', '五、政府信息公开工作存在的主要问题及整改措施');
    const { report, flags } = importText(text);
    expect(facts(report)).toEqual(facts(truth()));
    expect(report.sections.problems.paragraphs).toEqual(truth().sections.problems.paragraphs);
    expect(flags.filter((f) => f.paragraph)).toEqual([]);
  });
});

describe('2019 年试行格式', () => {
  const r = truth();
  const text = tabReport((t) => {
    t.sec2.splice(0, t.sec2.length,
      '第二十条第（一）项', '信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量',
      '规章\t0\t0\t0', '规范性文件\t3\t3\t12',
      '第二十条第（五）项', '信息内容\t上一年项目数量\t本年增/减\t处理决定数量',
      '行政许可\t40\t2\t1520', '其他对外管理服务事项\t5\t0\t9',
      '第二十条第（六）项', '信息内容\t上一年项目数量\t本年增/减\t处理决定数量',
      '行政处罚\t30\t1\t87', '行政强制\t3\t0\t4',
      '第二十条第（八）项', '信息内容\t上一年项目数量\t本年增/减',
      '行政事业性收费\t2\t0',
      '第二十条第（九）项', '信息内容\t采购项目数量\t采购总金额', '政府集中采购\t1\t20');
    const first = t.sec3.findIndex((l) => l.includes('1.申请人无正当理由'));
    t.sec3.splice(first, 3, '\t（六）其他处理\t0\t0\t0\t0\t0\t0\t0');
  }, r);

  it('识别出来，能对应的取值，其余标记，并记下旧格式', () => {
    const { report, flags } = importText(text);
    expect(report.meta.legacyFormat2019).toBe(true);
    expect(report.cells['sec2.licensing']).toEqual({ raw: '1520', value: 1520 });
    expect(report.cells['sec2.punishment']).toEqual({ raw: '87', value: 87 });
    expect(report.cells['sec2.normativeDocs.issued']).toEqual({ raw: '3', value: 3 });
    expect(report.cells['sec2.normativeDocs.effective']).toBeUndefined();
    expect(report.cells['sec2.fees']).toBeUndefined();
    for (const a of ['sec2.normativeDocs.issued', 'sec2.normativeDocs.effective', 'sec2.licensing', 'sec2.fees', 'sec3.rows.other_3[0]', 'sec3.rows.other_1[0]']) {
      expect(cellFlags(flags)).toContain(a);
    }
    expect(report.cells['sec3.rows.other_3[6]']).toEqual({ raw: '0', value: 0 });
    expect(report.cells['sec3.rows.total[6]']).toEqual(r.cells['sec3.rows.total[6]']);
    expect(report.cells['sec3.rows.carriedForward[0]']).toEqual({ raw: '1', value: 1 });
  });
});

describe('行名有错字或漏字', () => {
  it('“2.其他法律行政止公开”（漏了“法规禁”）仍对上第 2 行', () => {
    const text = tabReport((t) => replaceLine(t.sec3, '2.其他法律行政法规禁止公开', '\t\t2.其他法律行政止公开\t0\t0\t0\t0\t0\t0\t0'));
    const { report, flags } = importText(text);
    expect(facts(report)).toEqual(facts(truth()));
    expect(cellFlags(flags)).toEqual([]);
  });
});
