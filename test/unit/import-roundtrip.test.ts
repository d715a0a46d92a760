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
import { reportHtml } from '../fixtures/report-html.ts';
import { renderReport } from '../fixtures/report-text.ts';

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

/** The text layouts published reports come in, and the saved web page: numbers equal or flagged, never silently different. */
describe.each(['tab', 'cellPerLine', 'spaced', 'markdown', 'wrapped', 'html'] as const)('the %s layout of a random report reads back', (layout) => {
  it.each([1, 2, 3, 4, 5, 6])('seed %i: every number identical or flagged, the prose paragraphs identical', async (seed) => {
    const original = randomReport(seed);
    const [name, text] = layout === 'html' ? ['上年报告.html', reportHtml(original)] : ['上年报告.txt', renderReport(original, layout)];
    const { report, flags } = await importFile(name, new TextEncoder().encode(text));
    const flagged = new Set(flags.flatMap((f) => (f.cell ? [f.cell] : [])));
    const got = values(report);
    const silentlyDifferent = Object.entries(values(original)).filter(([a, v]) => got[a] !== v && !flagged.has(a));
    expect(silentlyDifferent).toEqual([]);
    expect(prose(report)).toEqual(prose(original));
    expect([report.unit.name, report.year]).toEqual([original.unit.name, original.year]);
  }, 60_000);
});
