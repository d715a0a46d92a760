import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../../test/fixtures/corpus.ts';
import { reportToFacts } from '../report/facts.ts';
import { importFile } from './index.ts';

const texts = readdirSync(CORPUS).filter((f) => f.endsWith('.txt'));

describe('语料中的五份网页文本报告', () => {
  it('五份都在', () => expect(texts).toHaveLength(5));

  it.each(texts)('%s：表格数字与发布的 expected.json 逐格一致，单元格不带存疑标记', async (name) => {
    const { report, flags } = await importFile(name, readFileSync(`${CORPUS}/${name}`));
    const { notes: _n, ...expected } = JSON.parse(readFileSync(`${CORPUS}/${name.replace(/\.txt$/, '.expected.json')}`, 'utf8'));
    const { notes: _m, flags: _f, ...got } = reportToFacts(report);
    expect(got).toEqual(expected);
    expect(flags.filter((f) => f.cell)).toEqual([]);
    expect(report.meta.origin).toBe('import');
    expect(report.autoTotals).toEqual({ sec3: false, sec4: false });
  });

  it('西城区：标题分两行、正文前的开头段落、缺编号的“主动公开政府信息情况”和“其他需要报告的事项”', async () => {
    const name = '001_59838382079b1902.txt';
    const { report } = await importFile(name, readFileSync(`${CORPUS}/${name}`));
    expect(report.unit.name).toBe('西城区政府办公室');
    expect(report.preamble).toEqual([
      { heading: '', text: '依据《中华人民共和国政府信息公开条例》（以下简称《政府信息公开条例》）第五十条规定，编制本报告。' },
    ]);
    expect(report.sections.other.paragraphs).toEqual([{ heading: '', text: '2024年区政府办公室不存在行政事业性收费。' }]);
    expect(report.sections.overview.paragraphs.map((p) => p.text.slice(0, 2))).toEqual(['20', '一是', '二是', '三是']);
    // The tables' lines are not prose.
    expect(report.sections.applications.paragraphs).toEqual([{ heading: '', text: '' }]);
  });

  it('西工区：硬换行的 PDF 文本连成段落，行内小标题“（一）主动公开：”分出，跨页的句子连上并标记', async () => {
    const name = '000_5087c93da9e13ba9.txt';
    const { report, flags } = await importFile(name, readFileSync(`${CORPUS}/${name}`));
    const overview = report.sections.overview.paragraphs;
    expect(overview.map((p) => p.heading)).toEqual(['', '（一）主动公开', '（二）依申请公开', '（三）政府信息管理', '（四）政府信息公开平台建设', '（五）监督保障']);
    expect(overview[2]!.text).toBe(
      '我区按照依申请工作流程图，持续优化闭环管理，指导区政府各部门提高答复质量、规范答复文本，提升政府信息公开规范化法治化水平。2024年，全区共处理政府依申请公开件 58件，全部按规定在法定期限内予以答复。',
    );
    const broken = report.sections.problems.paragraphs.findIndex((p) => p.text.includes('《条例》和省市'));
    expect(broken).toBeGreaterThan(-1);
    expect(flags).toContainEqual(expect.objectContaining({ paragraph: { section: 'problems', index: broken } }));
    expect(report.sections.other.paragraphs.at(-1)).toEqual({ heading: '', text: '无其他需要报告的事项。' });
  });

  it('Markdown 标题（#…####）去掉标记，小标题单独成行的归入下一段', async () => {
    const name = '004_9aeb20aea38e869d.txt';
    const { report } = await importFile(name, readFileSync(`${CORPUS}/${name}`));
    expect(report.unit.name).toBe('西工区西工街道办事处');
    expect(report.year).toBe(2025);
    expect(report.sections.overview.paragraphs.slice(1).map((p) => p.heading)).toEqual([
      '（一）主动公开',
      '（二）依申请公开',
      '（三）政府信息管理',
      '（四）政府信息公开平台建设',
      '（五）监督保障',
    ]);
    expect(report.sections.overview.paragraphs.every((p) => p.text.length > 20)).toBe(true);
  });
});
