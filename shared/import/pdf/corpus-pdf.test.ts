import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ORIGINALS } from '../../../test/fixtures/corpus.ts';
import { reportToFacts } from '../../report/facts.ts';
import { importFile } from '../index.ts';

describe('the published PDF imported through importFile', () => {
  it('101 淮安 2024: the facts equal expected.json cell for cell, no cell flagged', async () => {
    const name = '101_huaian_2024';
    const { report, flags } = await importFile(`${name}.pdf`, readFileSync(join(ORIGINALS, `${name}.pdf`)));
    const { notes: _n, ...expected } = JSON.parse(readFileSync(join(ORIGINALS, `${name}.expected.json`), 'utf8')) as Record<string, unknown>;
    const { notes: _m, flags: _f, ...got } = reportToFacts(report) as unknown as Record<string, unknown>;
    expect(got).toEqual(expected);
    expect(flags.filter((f) => f.cell)).toEqual([]);
  }, 60_000);
});
