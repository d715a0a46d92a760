/**
 * Round trip: seeded random consistent reports, exported by our own DOCX and PDF exporters, read back
 * by the readers and imported: the same numbers, unit, year and prose paragraphs.
 */
import { describe, expect, it } from 'vitest';
import { renderExport } from '../../electron/export/index.ts';
import { importFile } from '../../shared/import/index.ts';
import type { Report } from '../../shared/report/model.ts';
import { ALL_CELLS, SECTION_IDS } from '../../shared/schema/index.ts';
import { randomReport } from '../fixtures/random-report.ts';

const values = (r: Report) => Object.fromEntries(ALL_CELLS.map((c) => [c.address, r.cells[c.address]?.value ?? null]));
const prose = (r: Report) => ({
  preamble: r.preamble,
  ...Object.fromEntries(SECTION_IDS.map((s) => [s, r.sections[s].paragraphs.filter((p) => p.text || p.heading)])),
});

describe.each(['docx', 'pdf'] as const)('our own %s export reads back', (format) => {
  it.each([1, 2, 3, 4, 5, 6])('seed %i: identical numbers and prose paragraphs', async (seed) => {
    const original = randomReport(seed);
    const { bytes } = await renderExport(original, format);
    const { report, flags } = await importFile(`上年报告.${format}`, bytes);
    expect(values(report)).toEqual(values(original));
    expect(prose(report)).toEqual(prose(original));
    expect([report.unit.name, report.year]).toEqual([original.unit.name, original.year]);
    expect(flags.filter((f) => f.cell || f.paragraph)).toEqual([]);
  }, 60_000);
});
