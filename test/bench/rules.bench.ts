/** Foundation figures: full rule check after one cell change; reading and validating a .nianbao file. */
import { parseReportFile, serializeReport } from '../../shared/file/codec.ts';
import { checkReport } from '../../shared/rules/index.ts';
import { withComputedTotals } from '../../shared/report/totals.ts';
import { ALL_CELLS } from '../../shared/schema/index.ts';
import { cellFromText } from '../../shared/values/parse.ts';
import { consistentReport } from '../fixtures/consistent-report.ts';
import { percentile, timeSync, type Figure } from './figures.ts';

export async function bench(): Promise<Figure[]> {
  let report = { ...consistentReport(), autoTotals: { sec3: true, sec4: true } };
  const editable = ALL_CELLS.filter((c) => !c.isTotal);
  let sink = 0;
  const check = timeSync(10_000, (i) => {
    const def = editable[i % editable.length]!;
    report = { ...report, cells: { ...report.cells, [def.address]: cellFromText(String(i % 7), def.kind) } };
    report = { ...report, cells: withComputedTotals(report) };
    sink += checkReport(report).length;
  });
  const text = serializeReport(report);
  const read = timeSync(500, () => {
    sink += parseReportFile(text).year;
  });
  if (sink < 0) console.log(sink);
  return [
    { name: 'rules: edit one cell + totals + full check, p50', value: percentile(check, 50), unit: 'ms', target: '< 1 ms p95' },
    { name: 'rules: edit one cell + totals + full check, p95', value: percentile(check, 95), unit: 'ms', target: '< 1 ms' },
    { name: 'file: read + validate .nianbao (p50)', value: percentile(read, 50), unit: 'ms', target: '—' },
    { name: 'file: read + validate .nianbao (p95)', value: percentile(read, 95), unit: 'ms', target: '—' },
    { name: 'file: .nianbao size', value: text.length / 1024, unit: 'KB', target: '—' },
  ];
}
