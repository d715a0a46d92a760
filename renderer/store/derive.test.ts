import { describe, expect, it } from 'vitest';
import { blankReport } from '../../shared/report/blank.ts';
import { cellFromInput } from '../../shared/grid/input.ts';
import { TABLE3_CELLS, sec3Address, sec4Address } from '../../shared/schema/index.ts';
import type { Report } from '../../shared/report/model.ts';
import { derive } from './derive.ts';

function withValues(r: Report, values: Record<string, string>): Report {
  const cells = { ...r.cells };
  for (const [a, t] of Object.entries(values)) cells[a] = cellFromInput(a, t);
  return { ...r, cells };
}

describe('derive', () => {
  // Table 三's entry cells at 0: a column equation is checked once its cells are filled.
  const blank = blankReport({ unit: '示例镇人民政府', kind: 'township', year: 2025 });
  const base = withValues(blank, Object.fromEntries(TABLE3_CELLS.filter((c) => !c.isTotal).map((c) => [c.address, '0'])));
  const g0 = sec3Address('granted', 0);
  const n0 = sec3Address('newReceived', 0);
  // Table 四: its messages do not move when table 三 changes.
  const bad = sec4Address(2);

  it('一个单元格的问题没变时沿用原对象，只重画说法变了的单元格', () => {
    // A non-integer (its own message) and an unbalanced column 0 (messages that quote the figures).
    const first = derive(withValues(base, { [bad]: '1.5', [g0]: '5', [n0]: '1' }));
    const second = derive(withValues(base, { [bad]: '1.5', [g0]: '6', [n0]: '1' }), first);
    expect(second.findings).not.toBe(first.findings);
    expect(second.problems[bad]).toBeDefined();
    expect(second.problems[bad]).toBe(first.problems[bad]);
    const changed = Object.keys(second.problems).filter((a) => second.problems[a] !== first.problems[a]);
    expect(changed.length).toBeGreaterThan(0);
    for (const a of changed) expect(second.problems[a]).not.toEqual(first.problems[a]);
  });

  it('问题消失的单元格不再列出，新的问题照常出现', () => {
    const first = derive(withValues(base, { [bad]: '1.5' }));
    const second = derive(withValues(base, { [g0]: '1.5' }), first);
    expect(second.problems[bad]).toBeUndefined();
    expect(second.problems[g0]?.severity).toBe('error');
  });
});
