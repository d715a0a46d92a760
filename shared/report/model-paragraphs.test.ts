import { describe, expect, it } from 'vitest';
import { SECTIONS, UNIT_KIND_IDS } from '../schema/index.ts';
import { modelSections } from './model-paragraphs.ts';

describe('新报告的范文段落', () => {
  it('乡镇总体情况写到工作考核、社会评议和责任追究', () => {
    const text = modelSections('township', 2025).overview.paragraphs.map((p) => p.text).join('');
    for (const word of ['工作考核', '社会评议', '责任追究']) expect(text).toContain(word);
  });

  it('每类单位的总体情况都有五个标准小标题', () => {
    const subs = SECTIONS.find((s) => s.id === 'overview')!.subheadings;
    for (const kind of UNIT_KIND_IDS) {
      const s = modelSections(kind, 2025);
      expect(s.overview.paragraphs.map((p) => p.heading)).toEqual(subs.map((h, i) => `（${'一二三四五'[i]}）${h}`));
      expect(Object.keys(s).sort()).toEqual(SECTIONS.map((x) => x.id).sort());
    }
  });

  it('范文因单位类型而不同', () => {
    expect(modelSections('township', 2025).overview.paragraphs[0]!.text).not.toBe(
      modelSections('countyDept', 2025).overview.paragraphs[0]!.text,
    );
  });
});
