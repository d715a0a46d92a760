/**
 * All rules, text included, on a six-page report after one edit: a paragraph typed into, or a cell.
 * Six pages: the sample report's prose five times over (about 8,000 characters of prose besides the three
 * tables) with last year's prose at hand for the copied-sentence check.
 */
import type { Report } from '../../shared/report/model.ts';
import { lastYearBase } from '../../shared/report/rollover.ts';
import { withComputedTotals } from '../../shared/report/totals.ts';
import { checkReport } from '../../shared/rules/index.ts';
import { ALL_CELLS, SECTION_IDS } from '../../shared/schema/index.ts';
import { cellFromText } from '../../shared/values/parse.ts';
import { sampleReport } from '../fixtures/sample-report.ts';
import { percentile, timeSync, type Figure } from './figures.ts';

function sixPages(): Report {
  const r = sampleReport();
  const sections = { ...r.sections };
  for (const id of SECTION_IDS) {
    const ps = sections[id].paragraphs;
    const more = (n: number) => ps.map((p) => ({ ...p, text: `${p.text}（续${n}）${p.text}` }));
    sections[id] = { paragraphs: [...ps, ...more(1), ...more(2)] };
  }
  const last = { ...r, year: r.year - 1 };
  return { ...r, sections, lastYear: lastYearBase(last) };
}

export async function bench(): Promise<Figure[]> {
  let report = sixPages();
  const chars = Object.values(report.sections).reduce((n, s) => n + s.paragraphs.reduce((m, p) => m + p.text.length, 0), 0);
  let sink = 0;
  const typed = timeSync(3000, (i) => {
    const ps = report.sections.applications.paragraphs;
    const p = ps[0]!;
    const text = `${p.text.slice(0, 40)}${i % 10}${p.text.slice(41)}`;
    report = { ...report, sections: { ...report.sections, applications: { paragraphs: [{ ...p, text }, ...ps.slice(1)] } } };
    sink += checkReport(report).length;
  });
  const editable = ALL_CELLS.filter((c) => !c.isTotal);
  const cell = timeSync(3000, (i) => {
    const def = editable[i % editable.length]!;
    report = { ...report, cells: { ...report.cells, [def.address]: cellFromText(String(i % 7), def.kind) } };
    report = { ...report, cells: withComputedTotals(report) };
    sink += checkReport(report).length;
  });
  if (sink < 0) console.log(sink);
  return [
    { name: 'rules with text: type into a paragraph + full check, p50', value: percentile(typed, 50), unit: 'ms', target: '—' },
    { name: `rules with text (${Math.round(chars / 1000)}k characters): type into a paragraph + full check, p95`, value: percentile(typed, 95), unit: 'ms', target: '< 2 ms' },
    { name: 'rules with text: edit one cell + totals + full check, p95', value: percentile(cell, 95), unit: 'ms', target: '< 2 ms' },
  ];
}
