/**
 * Sub-headings print as the imported report had them (issue #11 item 6): run in to their paragraph
 * (「（一）主动公开情况。2024年……」) or on a line of their own, as most of the source's were.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORPUS, ORIGINALS } from '../../test/fixtures/corpus.ts';
import { importFile, importText } from './index.ts';

const CASES: [string, string, 'runIn' | 'ownLine' | undefined][] = [
  // 「（一）主动公开：我区……」, hard-wrapped PDF text.
  [CORPUS, '000_5087c93da9e13ba9.txt', 'runIn'],
  // No sub-headings at all: the default stays.
  [CORPUS, '001_59838382079b1902.txt', undefined],
  [CORPUS, '002_43b3efced0382fbe.txt', 'ownLine'],
  // 「(一) 主动公开：为保障……」, one paragraph a line.
  [CORPUS, '003_4f9f1baba97e0f00.txt', 'runIn'],
  // Markdown 「### （一）主动公开」.
  [CORPUS, '004_9aeb20aea38e869d.txt', 'ownLine'],
  [ORIGINALS, '101_huaian_2024.pdf', 'runIn'],
  // Four run in, 「（三）政府信息管理情况。」 alone on its line: as most.
  [ORIGINALS, '102_hongze_2023.pdf', 'runIn'],
  [ORIGINALS, '103_hongze_2024.pdf', 'runIn'],
];

describe('小标题版式按原文', () => {
  it.each(CASES.map(([dir, name, want]) => ({ dir, name, want })))('$name → $want', async ({ dir, name, want }) => {
    const { report } = await importFile(name, readFileSync(`${dir}/${name}`));
    expect(report.layout?.subheadings).toBe(want);
  });

  const body = (subs: string[]) =>
    ['示例县某某局2025年政府信息公开工作年度报告', '一、总体情况', ...subs, '二、主动公开政府信息情况', '六、其他需要报告的事项', '无。'].join('\n');

  it('行内小标题“（一）主动公开情况。本年度……”记为行内', () => {
    const { report } = importText(body(['（一）主动公开情况。本年度主动公开信息12条。', '（二）依申请公开情况。本年度收到申请3件。']));
    expect(report.layout?.subheadings).toBe('runIn');
    expect(report.sections.overview.paragraphs.map((p) => p.heading)).toEqual(['（一）主动公开情况', '（二）依申请公开情况']);
  });

  it('单独成行的小标题记为单独成行；两种都有时按多数', () => {
    expect(importText(body(['（一）主动公开情况', '本年度主动公开信息12条。', '（二）依申请公开情况', '本年度收到申请3件。'])).report.layout?.subheadings).toBe('ownLine');
    const mixed = ['（一）主动公开', '本年度主动公开信息12条。', '（二）依申请公开：本年度收到申请3件。', '（三）政府信息管理：本年度未发生泄密事件。'];
    expect(importText(body(mixed)).report.layout?.subheadings).toBe('runIn');
    expect(importText(body([...mixed.slice(0, 3), '（三）政府信息管理', '本年度未发生泄密事件。'])).report.layout?.subheadings).toBe('ownLine');
  });

  it('没有小标题时不作选择（导出按默认）', () => {
    expect(importText(body(['本年度主动公开信息12条。'])).report.layout).toBeUndefined();
  });
});
