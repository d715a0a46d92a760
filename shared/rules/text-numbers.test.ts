import { describe, expect, it } from 'vitest';
import { consistentReport } from '../../test/fixtures/consistent-report.ts';
import { findingsOf, withText } from '../../test/fixtures/prose.ts';
import { sampleReport } from '../../test/fixtures/sample-report.ts';
import { sec3Address } from '../schema/index.ts';
import { cellFromNumber } from '../values/parse.ts';
import { applyFix } from './fix.ts';
import { checkReport } from './index.ts';

const numbers = (r: ReturnType<typeof consistentReport>) => findingsOf(r, 'text-numbers');

describe('正文数字与表格', () => {
  it('一致的报告没有文字问题', () => {
    expect(checkReport(consistentReport(), 'final')).toEqual([]);
    expect(checkReport(sampleReport(), 'final')).toEqual([]);
  });

  it('收到申请的件数与表三不符：指明段落、引用两个数，并给出“改为”', () => {
    const r = withText(consistentReport(), 'applications', 0, '本年度共收到政府信息公开申请58件，均已依法答复。');
    const f = numbers(r);
    expect(f).toHaveLength(1);
    expect(f[0]!.paragraph).toEqual({ section: 'applications', index: 0 });
    expect(f[0]!.message).toBe(
      '第三部分第 1 段：正文“收到政府信息公开申请58件”与表格不符：表三一、本年新收 15，或表三本年新收 15 + 上年结转 1 = 16',
    );
    expect(f[0]!.cells).toContain(sec3Address('newReceived', 6));
    expect(f[0]!.fix?.label).toBe('改为 15');
    const fixed = applyFix(r, f[0]!);
    expect(fixed.sections.applications.paragraphs[0]!.text).toBe('本年度共收到政府信息公开申请15件，均已依法答复。');
    expect(numbers(fixed)).toEqual([]);
  });

  it('收到 = 新收 + 上年结转 也算一致', () => {
    expect(numbers(withText(consistentReport(), 'applications', 0, '共收到政府信息公开申请16件。'))).toEqual([]);
  });

  it('“新收”只认本年新收', () => {
    const f = numbers(withText(consistentReport(), 'applications', 0, '本年新收政府信息公开申请16件。'));
    expect(f.map((x) => x.fix?.label)).toEqual(['改为 15']);
  });

  it('办结、结转、上年结转、办理结果各自对表', () => {
    const r = withText(
      consistentReport(),
      'applications',
      0,
      '上年结转申请2件，办结申请14件，其中予以公开9件、不予公开1件、无法提供3件，结转下年度继续办理3件。',
    );
    expect(numbers(r).map((f) => f.fix?.label)).toEqual(['改为 15', '改为 1', '改为 1', '改为 8']);
    expect(numbers(r).map((f) => f.message.match(/表三[^，]*$/)?.[0])).toEqual([
      '表三三、本年度办理结果（七）总计 15',
      '表三二、上年结转 1',
      '表三四、结转下年度继续办理 1',
      '表三（予以公开） 8',
    ]);
  });

  it('行政复议、行政诉讼件数对表四', () => {
    const r = withText(consistentReport(), 'review', 0, '本年度被申请行政复议3件，提起行政诉讼0件。');
    const f = numbers(r);
    expect(f.map((x) => x.message)).toEqual([
      '第四部分第 1 段：正文“行政复议3件”与表格不符：表四行政复议总计 4',
      '第四部分第 1 段：正文“行政诉讼0件”与表格不符：表四未经复议直接起诉总计 1 + 复议后起诉总计 1 = 2',
    ]);
  });

  it('行政复议、行政诉讼的结果（维持、纠正、其他结果、尚未审结）对表四', () => {
    const said = (text: string) => numbers(withText(consistentReport(), 'review', 0, text)).map((f) => f.message);
    expect(said('本年度被申请行政复议4件，其中维持2件、纠正1件、尚未审结1件。')).toEqual([]);
    expect(said('本年度被申请行政复议4件，其中结果维持3件，结果纠正1件。')).toEqual([
      '第四部分第 1 段：正文“结果维持3件”与表格不符：表四行政复议结果维持 2',
    ]);
    expect(said('提起行政诉讼2件，其中维持1件，纠正1件。')).toEqual([]);
    expect(said('提起行政诉讼2件，其中维持2件。')).toEqual([
      '第四部分第 1 段：正文“维持2件”与表格不符：表四未经复议直接起诉结果维持 0 + 复议后起诉结果维持 1 = 1',
    ]);
    // The sentence's last subject decides: 复议 results, then 诉讼 results.
    expect(said('行政复议4件（维持2件），行政诉讼2件（纠正1件）。')).toEqual([]);
  });

  it('规范性文件的制发、废止、现行有效对表二', () => {
    const r = withText(consistentReport(), 'proactive', 0, '本年制发行政规范性文件2件，废止规范性文件1件，现行有效规范性文件11件。');
    expect(numbers(r).map((f) => f.fix?.label)).toEqual(['改为 3', '改为 12']);
  });

  it('主动公开的规章、规范性文件件数对表二：“新增公开”是本年制发，“公开”也可是现行有效', () => {
    // Table 二: 行政规范性文件 制发 3, 废止 1, 现行有效 12.
    const ok = '本年新增公开行政规范性文件3件，在专栏公开规范性文件12件，公开规范性文件3件。';
    expect(numbers(withText(consistentReport(), 'proactive', 0, ok))).toEqual([]);
    const r = withText(consistentReport(), 'proactive', 0, '本年新增公开行政规范性文件5件，在专栏公开规范性文件十件。');
    const f = numbers(r);
    expect(f.map((x) => x.message)).toEqual([
      '第二部分第 1 段：正文“新增公开行政规范性文件5件”与表格不符：表二行政规范性文件本年制发件数 3',
      '第二部分第 1 段：正文“公开规范性文件十件”与表格不符：表二行政规范性文件本年制发件数 3，或表二行政规范性文件现行有效件数 12',
    ]);
    expect(f.map((x) => x.cells)).toEqual([['sec2.normativeDocs.issued'], ['sec2.normativeDocs.issued', 'sec2.normativeDocs.effective']]);
    expect(f.map((x) => x.fix?.label)).toEqual(['改为 3', '改为 3']);
  });

  it('主动公开的行政许可、处罚信息不多于表二的处理决定数量', () => {
    // Table 二: 行政许可 1520, 行政处罚 87.
    const fewer = '公开行政许可信息1200条，公示行政处罚结果87条。';
    expect(numbers(withText(consistentReport(), 'proactive', 0, fewer))).toEqual([]);
    const f = numbers(withText(consistentReport(), 'proactive', 0, '在网站公示行政处罚决定信息90条。'));
    expect(f.map((x) => x.message)).toEqual([
      '第二部分第 1 段：正文“公示行政处罚决定信息90条”多于表格：表二行政处罚本年处理决定数量 87，公开的不会多于作出的',
    ]);
    expect(f[0]!.cells).toEqual(['sec2.punishment']);
    expect(f[0]!.fix).toBeUndefined();
  });

  it('行政处罚决定、行政事业性收费对表二', () => {
    const r = withText(consistentReport(), 'proactive', 0, '全年作出行政处罚决定86件，行政事业性收费12.3456万元。');
    expect(numbers(r).map((f) => f.fix?.label)).toEqual(['改为 87']);
  });

  it('与上年比较的数字不核对', () => {
    const r = withText(consistentReport(), 'applications', 0, '共收到申请16件，比2025年收到申请20件减少4件。');
    expect(numbers(r)).toEqual([]);
  });

  it('“均已办结”而结转下年度大于 0：矛盾', () => {
    const r = withText(consistentReport(), 'applications', 0, '对收到的申请均已办结。');
    const f = numbers(r);
    expect(f.map((x) => x.message)).toEqual(['第三部分第 1 段：正文说“均已办结”，但表三四、结转下年度继续办理为 1 件']);
    expect(f[0]!.cells).toEqual([sec3Address('carriedForward', 6)]);
    expect(f[0]!.fix?.label).toBe('建议：改为“已办结15件，结转下年度继续办理1件”');
    const fixed = applyFix(r, f[0]!);
    expect(fixed.sections.applications.paragraphs[0]!.text).toBe('对收到的申请已办结15件，结转下年度继续办理1件。');
    expect(numbers(fixed)).toEqual([]);
  });

  it('结转下年度为 0 时“全部办结”没有问题', () => {
    let r = consistentReport();
    r = { ...r, cells: { ...r.cells, [sec3Address('carriedForward', 6)]: cellFromNumber(0) } };
    const f = numbers(withText(r, 'applications', 0, '所有申请均已办结。'));
    expect(f.filter((x) => x.paragraph?.section === 'applications')).toEqual([]);
  });

  it('中文数字的件数与阿拉伯数字一样对表，改为阿拉伯数字', () => {
    const r = withText(
      consistentReport(),
      'applications',
      0,
      '本年度共收到政府信息公开申请十五件，办结申请一百零五件，其中予以公开八件，结转下年度继续办理两件。',
    );
    const f = numbers(r);
    expect(f.map((x) => x.message.replace(/：表三.*/, ''))).toEqual([
      '第三部分第 1 段：正文“办结申请一百零五件”与表格不符',
      '第三部分第 1 段：正文“结转下年度继续办理两件”与表格不符',
    ]);
    expect(f.map((x) => x.fix?.label)).toEqual(['改为 15', '改为 1']);
    let fixed = applyFix(r, f[0]!);
    fixed = applyFix(fixed, numbers(fixed)[0]!);
    expect(fixed.sections.applications.paragraphs[0]!.text).toBe(
      '本年度共收到政府信息公开申请十五件，办结申请15件，其中予以公开八件，结转下年度继续办理1件。',
    );
    expect(numbers(fixed)).toEqual([]);
  });

  it('“十二件”与 12 相符；“每一件”“同一件”不是件数', () => {
    expect(numbers(withText(consistentReport(), 'review', 0, '本年度被申请行政复议四件，提起行政诉讼两件。'))).toEqual([]);
    expect(numbers(withText(consistentReport(), 'applications', 0, '认真答复每一件申请，办结同一件申请的补正材料。'))).toEqual([]);
    const wrong = numbers(withText(consistentReport(), 'review', 0, '本年度被申请行政复议十二件。'));
    expect(wrong.map((x) => x.fix?.label)).toEqual(['改为 4']);
  });

  it('表格单元格未填时不比较', () => {
    let r = consistentReport();
    const cells = { ...r.cells };
    delete cells[sec3Address('newReceived', 6)];
    r = { ...r, cells };
    expect(numbers(withText(r, 'applications', 0, '本年新收政府信息公开申请99件。'))).toEqual([]);
  });
});
