/**
 * shared/ has no import cycles: each module can be read (and moved) after the modules it imports, and a
 * type two modules both need lives in a module of its own (shared/batch/entry.ts, report/sentence-ids.ts).
 */
import { describe, expect, it } from 'vitest';
import { ROOT } from './compile-probe.ts';
import { importCycles, importGraph, type ImportGraph } from './import-graph.ts';

describe('import cycles', () => {
  it('shared/ has none, type-only imports included', () => {
    const graph = importGraph(ROOT, 'shared');
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('shared/batch/review.ts')).toContain('shared/batch/compare.ts');
    expect(importCycles(graph)).toEqual([]);
  });

  it('are found, as one ring each, however they are entered', () => {
    const graph: ImportGraph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts', 'd.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', []],
      ['e.ts', ['e.ts']],
      ['f.ts', ['d.ts']],
    ]);
    expect(importCycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts'], ['e.ts']]);
  });
});
