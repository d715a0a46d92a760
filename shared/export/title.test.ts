import { describe, expect, it } from 'vitest';
import { TITLE_CHARS, clerkTitleLines, unitLines, unitWords } from './title.ts';

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

  it('takes the clerk’s breaks while they spell the unit name, and ignores them once the name changes', () => {
    const name = '江苏省淮安市某某经济开发区枚皋片区管理委员会行政审批局';
    expect(clerkTitleLines(name, '江苏省淮安市某某经济开发区枚皋片区/管理委员会行政审批局')).toEqual(['江苏省淮安市某某经济开发区枚皋片区', '管理委员会行政审批局']);
    expect(clerkTitleLines(name, '江苏省淮安市 / 某某经济开发区枚皋片区管理委员会行政审批局')).toEqual(['江苏省淮安市', '某某经济开发区枚皋片区管理委员会行政审批局']);
    expect(clerkTitleLines('另一个单位名称', '江苏省/淮安市')).toBeNull();
    expect(clerkTitleLines(name, name)).toBeNull();
    expect(clerkTitleLines(name, undefined)).toBeNull();
  });

  it('never shapes the title as an hourglass (a line shorter than both neighbours) where a 梯形 or 菱形 exists', () => {
    // Without the line below, the most even cut puts the shorter part on top; with the 16-character
    // 「…年度报告」 line below, that middle line must not be the shortest.
    const name = '某某某某某某某某某市某区某某某某某某某某某某局';
    expect(unitWords(name)).toEqual(['某某某某某某某某某市', '某区', '某某某某某某某某某某局']);
    // Alone, the most even cut is 12 over 11 characters.
    expect(unitLines(name).map((l) => [...l].length)).toEqual([12, 11]);
    const below = '2025年政府信息公开工作年度报告';
    const lines = [...unitLines(name, TITLE_CHARS, below), below];
    expect(lines.length).toBe(3);
    const w = lines.map((l) => [...l].length);
    expect(w[1]! < w[0]! && w[1]! < w[2]!).toBe(false);
  });
});
