import { describe, expect, it } from 'vitest';
import { importText } from './index.ts';
import { fullerUnitName } from './unit-name.ts';

describe('fullerUnitName: the places the opening paragraph prints before the title’s name', () => {
  it.each([
    ['洪泽区人民政府', '本报告由淮安市洪泽区人民政府办公室根据《条例》编制。', '淮安市洪泽区人民政府'],
    ['青石镇人民政府', '本报告由示例市示例县青石镇人民政府编制。', '示例市示例县青石镇人民政府'],
    ['青石镇人民政府', '如有疑问，请与示例县青石镇人民政府党政办联系。', '示例县青石镇人民政府'],
    ['青石镇人民政府', '请与石家庄市青石镇人民政府联系。', '石家庄市青石镇人民政府'],
  ])('%s in 「%s」 → %s', (title, opening, want) => {
    expect(fullerUnitName(title, opening)).toBe(want);
  });

  it('a province and a city before the name are both taken', () => {
    expect(fullerUnitName('洪泽区人民政府', '本报告由江苏省淮安市洪泽区人民政府办公室编制')).toBe('江苏省淮安市洪泽区人民政府');
  });

  it.each([
    ['the same name, nothing before it', '洪泽区人民政府', '本报告由洪泽区人民政府办公室编制。'],
    ['the name is not in the opening paragraph', '洪泽区人民政府', '本报告由区政府办公室编制。'],
    ['words before it that are not a place', '青石镇人民政府', '本报告由我们青石镇人民政府编制。'],
    ['「我区」 before it', '青石镇人民政府', '本报告由我区青石镇人民政府编制。'],
    ['no opening paragraph', '青石镇人民政府', ''],
    ['no name in the title', '', '本报告由淮安市洪泽区人民政府编制。'],
  ])('null when %s', (_why, title, opening) => {
    expect(fullerUnitName(title, opening)).toBeNull();
  });
});

describe('importing: the title’s shorter name gives way to the opening paragraph’s fuller one, with a flag', () => {
  const text = (opening: string) =>
    ['青石镇人民政府', '2025年政府信息公开工作年度报告', opening, '一、总体情况', '2025年，我镇认真贯彻《条例》。'].join('\n');

  it('takes 示例县青石镇人民政府 and says where it came from', () => {
    const { report, flags } = importText(text('本报告由示例县青石镇人民政府办公室编制。'));
    expect(report.unit.name).toBe('示例县青石镇人民政府');
    expect(flags).toContainEqual(
      expect.objectContaining({ reason: expect.stringContaining('标题中的单位名称为“青石镇人民政府”，开头段落写作“示例县青石镇人民政府”') }),
    );
  });

  it('keeps the title’s name, and adds no flag, when the opening paragraph has nothing fuller', () => {
    const { report, flags } = importText(text('本报告由青石镇党政办编制。'));
    expect(report.unit.name).toBe('青石镇人民政府');
    expect(flags.some((f) => f.reason.includes('开头段落写作'))).toBe(false);
  });
});
