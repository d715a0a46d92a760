import { describe, expect, it } from 'vitest';
import { TITLE_CHARS, unitLines, unitWords } from './title.ts';

describe('title lines', () => {
  it('breaks a 27-character unit name between words, never inside one, shorter line first', () => {
    const name = '江苏省淮安市某某经济开发区枚皋片区管理委员会行政审批局';
    expect([...name].length).toBe(27);
    expect(unitWords(name)).toEqual(['江苏省', '淮安市', '某某经济开发区', '枚皋片区', '管理委员会', '行政审批局']);
    const lines = unitLines(name);
    expect(lines).toEqual(['江苏省淮安市某某经济开发区', '枚皋片区管理委员会行政审批局']);
    for (const l of lines) expect([...l].length).toBeLessThanOrEqual(TITLE_CHARS);
  });

  it('keeps a short name on one line and a break the clerk typed', () => {
    expect(unitLines('示例县人民政府')).toEqual(['示例县人民政府']);
    expect(unitLines('某某片区管理委员会\n行政审批局')).toEqual(['某某片区管理委员会', '行政审批局']);
  });
});
