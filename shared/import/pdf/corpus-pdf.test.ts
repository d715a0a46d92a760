import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ORIGINALS } from '../../../test/fixtures/corpus.ts';
import { LEGACY_OTHER_REASON, reportToFacts } from '../../report/facts.ts';
import { SEC3_COLUMNS, sec3Address } from '../../schema/index.ts';
import { importFile } from '../index.ts';

type Facts = ReturnType<typeof reportToFacts>;

async function imported(name: string) {
  const { report, flags } = await importFile(`${name}.pdf`, readFileSync(join(ORIGINALS, `${name}.pdf`)));
  const { notes: _m, flags: _f, ...got } = reportToFacts(report);
  return { report, flags, got };
}

function expected(name: string): Omit<Facts, 'notes' | 'flags'> {
  const { notes: _n, ...facts } = JSON.parse(readFileSync(join(ORIGINALS, `${name}.expected.json`), 'utf8')) as Facts;
  return facts;
}

/**
 * The facts JSON gives a 2019 single （六）其他处理 row as `other_total_single_row` (test/corpus/SOURCE.md);
 * the importer keeps its numbers under 3.其他 and leaves 1./2. blank, each cell flagged.
 */
function mapSingleOtherRow(facts: Omit<Facts, 'notes' | 'flags'>): Omit<Facts, 'notes' | 'flags'> {
  const { other_total_single_row: single, ...rows } = facts.sec3.rows as Record<string, (number | null)[] | null>;
  if (!single) return facts;
  return { ...facts, sec3: { rows: { ...rows, other_1: Array(7).fill(null), other_2: Array(7).fill(null), other_3: single } } };
}

const legacyCells = ['other_1', 'other_2', 'other_3'].flatMap((k) => SEC3_COLUMNS.map((_, c) => sec3Address(k as 'other_1', c)));

describe('the published PDFs imported through importFile', () => {
  it('101 淮安 2024: the facts equal expected.json cell for cell, no cell flagged', async () => {
    const { got, flags } = await imported('101_huaian_2024');
    expect(got).toEqual(expected('101_huaian_2024'));
    expect(flags.filter((f) => f.cell)).toEqual([]);
  }, 60_000);

  it.each(['102_hongze_2023', '103_hongze_2024'])(
    '%s (2019 single 其他处理 row): the facts equal expected.json cell for cell, only the 其他处理 cells flagged',
    async (name) => {
      const { got, flags, report } = await imported(name);
      expect(got).toEqual(mapSingleOtherRow(expected(name)));
      expect([...new Set(flags.filter((f) => f.cell).map((f) => f.cell))].sort()).toEqual([...legacyCells].sort());
      expect(flags.filter((f) => f.cell?.startsWith('sec3.rows.other_3')).map((f) => f.reason)).toEqual(Array(7).fill(LEGACY_OTHER_REASON));
      expect(report.meta.legacyFormat2019).toBe(true);
    },
    60_000,
  );

  it('102 洪泽 2023: the title says 洪泽区人民政府, the opening paragraph 淮安市洪泽区人民政府: the fuller name, flagged', async () => {
    const { report, flags } = await imported('102_hongze_2023');
    expect(report.unit.name).toBe('淮安市洪泽区人民政府');
    expect(flags).toContainEqual(expect.objectContaining({ reason: expect.stringContaining('标题中的单位名称为“洪泽区人民政府”') }));
    // The review screen asks about the name first, then the kind guessed from it.
    expect(flags.filter((f) => f.field).map((f) => f.field)).toEqual(['unitName', 'unitKind']);
  }, 60_000);
});
