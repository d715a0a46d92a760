import { describe, expect, it } from 'vitest';
import { consistentReport } from '../../test/fixtures/consistent-report.ts';
import { findingsOf } from '../../test/fixtures/prose.ts';
import { parseReportFile, serializeReport } from '../file/codec.ts';
import { checkReport } from '../rules/index.ts';
import { sec2Address, sec3Address, sec4Address } from '../schema/index.ts';
import { cellFromNumber } from '../values/parse.ts';
import { buildDocModel } from '../export/model.ts';
import { findMatches } from './find.ts';
import { withTotalsApplied } from './totals.ts';
import type { Report } from './model.ts';
import { SENTENCES, insertSentence, sentenceText, unbindSentence, withBoundText, type SentenceId } from './sentences.ts';

const set = (r: Report, address: string, n: number): Report => ({ ...r, cells: { ...r.cells, [address]: cellFromNumber(n) } });
const last = (r: Report, section: 'proactive' | 'applications' | 'review') => r.sections[section].paragraphs.at(-1)!;

describe('标准语句', () => {
  it('数字取自表格，措辞取自表格的行列名称', () => {
    const r = consistentReport();
    expect(sentenceText('sec3-applications', r)).toBe(
      '本年度共收到政府信息公开申请16件（其中本年新收15件，上年结转1件），办结15件，其中予以公开8件、部分公开2件、不予公开1件、无法提供3件、不予处理1件、其他处理0件；结转下年度继续办理1件。',
    );
    expect(sentenceText('sec4-reviews', r)).toBe(
      '本年度因政府信息公开工作被申请行政复议4件，其中结果维持2件、结果纠正1件、其他结果0件、尚未审结1件；被提起行政诉讼2件，其中未经复议直接起诉1件、复议后起诉1件。',
    );
    expect(sentenceText('sec2-documents', r)).toBe('本年度制发行政规范性文件3件，废止行政规范性文件1件，现行有效行政规范性文件12件。');
    expect(sentenceText('sec2-documents', set(r, sec2Address('rules', 'effective'), 2))).toBe(
      '本年度制发规章0件，废止规章0件，现行有效规章2件；制发行政规范性文件3件，废止行政规范性文件1件，现行有效行政规范性文件12件。',
    );
    expect(sentenceText('sec2-decisions', r)).toBe('本年度作出行政许可决定1520件、行政处罚决定87件、行政强制决定4件，行政事业性收费12.3456万元。');
  });

  it('插入后随单元格更新；未填的单元格按 0；自动计算的总计也算', () => {
    let r = insertSentence(consistentReport(), 'sec3-applications');
    expect(last(r, 'applications').bound).toBe('sec3-applications');
    r = withBoundText(set(r, sec3Address('newReceived', 6), 40));
    expect(last(r, 'applications').text).toContain('收到政府信息公开申请41件（其中本年新收40件');
    r = withBoundText({ ...r, cells: { ...r.cells, [sec4Address(0)]: { raw: '', value: null } }, autoTotals: { sec3: false, sec4: true } });
    r = insertSentence(r, 'sec4-reviews');
    expect(last(r, 'review').text).toContain('行政复议2件，其中结果维持0件');
  });

  it('一个空段落的部分：标准语句代替它，不留空段', () => {
    const r = consistentReport();
    r.sections.review.paragraphs = [{ heading: '', text: '' }];
    expect(insertSentence(r, 'sec4-reviews').sections.review.paragraphs.map((p) => p.bound)).toEqual(['sec4-reviews']);
  });

  it('没有变化时报告保持同一对象（文字检查按段落对象缓存）', () => {
    const r = withBoundText(insertSentence(consistentReport(), 'sec2-decisions'));
    expect(withBoundText(r)).toBe(r);
    const changed = withBoundText(set(r, sec2Address('licensing'), 7));
    expect(changed).not.toBe(r);
    expect(changed.sections.overview).toBe(r.sections.overview);
  });

  it('绑定的语句不受文字检查；解除绑定后按普通正文检查，数字与表格一致时无问题', () => {
    for (const s of SENTENCES) {
      const bound = insertSentence(consistentReport(), s.id);
      // The text as it stands but the cells changed: bound, it follows them; unbound, it is checked against them.
      const index = bound.sections[s.section].paragraphs.length - 1;
      const plain = unbindSentence(bound, s.section, index);
      expect(plain.sections[s.section].paragraphs[index]!.bound).toBeUndefined();
      expect(checkReport(plain, 'final'), s.id).toEqual([]);
    }
    const id: SentenceId = 'sec3-applications';
    const bound = insertSentence(consistentReport(), id);
    const index = bound.sections.applications.paragraphs.length - 1;
    const stale = set(bound, sec3Address('total', 6), 99);
    const inSection3 = (x: Report) => findingsOf(x, 'text-numbers').filter((f) => f.paragraph?.section === 'applications');
    expect(inSection3(stale)).toEqual([]);
    const unbound = unbindSentence(stale, 'applications', index);
    expect(inSection3(unbound).map((f) => f.message)).toEqual([expect.stringContaining('正文“办结15件”与表格不符')]);
  });

  it('与上年报告相同的绑定语句不算抄上年', () => {
    const r = insertSentence(consistentReport(), 'sec4-reviews');
    const text = last(r, 'review').text;
    const withLast: Report = { ...r, lastYear: { year: 2025, carriedForward: [1, 0, 0, 0, 0, 0, 1], effective: { rules: 0, normativeDocs: 10 }, paragraphs: [text] } };
    expect(findingsOf(withLast, 'text-stale')).toEqual([]);
    const index = r.sections.review.paragraphs.length - 1;
    expect(findingsOf(unbindSentence(withLast, 'review', index), 'text-stale').length).toBeGreaterThan(0);
  });

  it('导出的文档按当前单元格写出绑定的语句（普通段落）', () => {
    const r = insertSentence(consistentReport(), 'sec4-reviews');
    // A report whose stored text is stale (written by another program): the export still prints the cells' numbers.
    const stale = { ...set(r, sec4Address(0), 7), autoTotals: { sec3: false, sec4: true } };
    const paragraphs = buildDocModel(stale).blocks.filter((b) => b.type === 'paragraph').map((b) => (b as { text: string }).text);
    expect(paragraphs).toContain(sentenceText('sec4-reviews', withTotalsApplied(stale)));
    expect(paragraphs.some((t) => t.includes('被申请行政复议9件，其中结果维持7件'))).toBe(true);
  });

  it('查找替换不进入绑定的语句', () => {
    const r = insertSentence(consistentReport(), 'sec4-reviews');
    expect(findMatches(r, '结果维持')).toEqual([]);
  });

  it('保存读回：绑定保留；文件里的文字与单元格不符时按单元格重写', () => {
    const r = insertSentence(consistentReport(), 'sec4-reviews');
    const doc = JSON.parse(serializeReport(r));
    const paragraphs = doc.report.sections.review.paragraphs;
    paragraphs[paragraphs.length - 1].text = '被改过的文字';
    const read = parseReportFile(JSON.stringify(doc));
    expect(last(read, 'review')).toEqual(last(r, 'review'));
  });

  it('文件中未知的标准语句：说明是哪一项，不打开', () => {
    const doc = JSON.parse(serializeReport(insertSentence(consistentReport(), 'sec4-reviews')));
    doc.report.sections.review.paragraphs.at(-1).bound = 'sec9-unknown';
    expect(() => parseReportFile(JSON.stringify(doc), '某.nianbao')).toThrow(/内容不完整或有误/);
  });
});
