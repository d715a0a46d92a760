import { describe, expect, it } from 'vitest';
import { blankReport } from '../report/blank.ts';
import type { Report } from '../report/model.ts';
import { sec2Address, sec3Address, sec4Address } from '../schema/index.ts';
import type { UnitKind } from '../schema/units.ts';
import { cellFromNumber } from '../values/parse.ts';
import { DISTRICT_RULE, PEER_RULE, districtNotes, districtOwnIndex, peerNotes } from './compare.ts';
import { reviewReports } from './review.ts';
import { selectForSum } from './select.ts';

const licensing = sec2Address('licensing');

function unit(name: string, kind: UnitKind, cells: Record<string, number>, year = 2026): Report {
  const r = blankReport({ unit: name, kind, year });
  for (const [a, v] of Object.entries(cells)) r.cells[a] = cellFromNumber(v);
  return r;
}

const towns = (values: number[]) => values.map((v, i) => unit(`示例区${'甲乙丙丁戊己庚辛'[i]}镇人民政府`, 'township', { [licensing]: v }));

describe('同类单位对照', () => {
  it('多数同类单位在 10 以上而本单位为 0：提示，只给这个单位', () => {
    const notes = peerNotes(towns([50, 40, 0, 12, 300, 25]));
    expect([...notes.keys()]).toEqual([2]);
    const [note] = notes.get(2)!;
    expect(note).toMatchObject({ rule: PEER_RULE, severity: 'note', cells: [licensing] });
    expect(note!.message).toContain('本单位为 0，同类单位（乡镇/街道）5 个中有 5 个在 10 以上');
  });

  it('同类单位不足 5 个、只有一半在 10 以上、其他类型或其他年度的单位：不提示', () => {
    expect(peerNotes(towns([50, 40, 0, 12, 300])).size).toBe(0);
    expect(peerNotes(towns([50, 40, 0, 2, 3, 25, 1])).size).toBe(0);
    const mixed = [...towns([50, 40, 12, 300, 25]), unit('示例区财政局', 'countyDept', { [licensing]: 0 })];
    expect(peerNotes(mixed).size).toBe(0);
    const lastYear = [...towns([50, 40, 12, 300, 25]), unit('示例区壬镇人民政府', 'township', { [licensing]: 0 }, 2025)];
    expect(peerNotes(lastYear).size).toBe(0);
  });
});

describe('本级报告与各单位之和', () => {
  const units = [
    unit('示例区甲镇人民政府', 'township', { [licensing]: 10, [sec4Address(0)]: 1 }),
    unit('示例区财政局', 'countyDept', { [licensing]: 5, [sec4Address(0)]: 2 }),
  ];

  it('文件夹中唯一的县级人民政府报告是本级报告；两份或单位太少时不认定', () => {
    const own = unit('示例区人民政府', 'countyGov', {});
    expect(districtOwnIndex([...units, own])).toBe(2);
    expect(districtOwnIndex([own, units[0]!])).toBeNull();
    expect(districtOwnIndex([...units, own, unit('另一区人民政府', 'countyGov', {})])).toBeNull();
  });

  it('每张表一条提示，写出不同之处；相同或未填的不提', () => {
    const own = unit('示例区人民政府', 'countyGov', { [licensing]: 15, [sec4Address(0)]: 4, [sec3Address('granted', 6)]: 9 });
    const notes = districtNotes(own, units);
    expect(notes.map((n) => [n.rule, n.severity, n.cells])).toEqual([[DISTRICT_RULE, 'note', [sec4Address(0)]]]);
    expect(notes[0]!.message).toContain('本级报告 4，各单位之和 3');
    expect(notes[0]!.message).toContain('2 个单位');
    own.cells[licensing] = cellFromNumber(16);
    expect(districtNotes(own, units).map((n) => n.cells)).toEqual([[licensing], [sec4Address(0)]]);
  });

  it('批量审核：本级报告得到与各单位之和的对照提示，汇总不计入本级报告', () => {
    const own = unit('示例区人民政府', 'countyGov', { [licensing]: 99 });
    const inputs = [...units, own].map((report, i) => ({ file: `${i}.nianbao`, report }));
    const entries = reviewReports(inputs);
    expect(entries[2]!.findings.filter((f) => f.rule === DISTRICT_RULE)).toHaveLength(1);
    expect(entries[0]!.findings.filter((f) => f.rule === DISTRICT_RULE)).toEqual([]);
    const sel = selectForSum(inputs);
    expect(sel.included.map((i) => i.file)).toEqual(['0.nianbao', '1.nianbao']);
    expect(sel.excluded).toEqual([{ file: '2.nianbao', reason: '是示例区人民政府本级的报告：与各单位之和对照，不计入汇总' }]);
  });
});
