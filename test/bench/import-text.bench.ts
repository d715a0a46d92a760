/** Import figure: a 6-page report pasted as text (issue #8: < 20 ms); the readers' figures are in import.bench.ts. */
import { importText } from '../../shared/import/index.ts';
import { importTruth } from '../fixtures/import-truth.ts';
import { renderReport } from '../fixtures/report-text.ts';
import { percentile, timeSync, type Figure } from './figures.ts';

export async function bench(): Promise<Figure[]> {
  const r = importTruth();
  // About six printed pages: the model report's prose repeated to ~9,000 characters, tables as copied from a PDF.
  const filler = r.sections.overview.paragraphs.map((p) => p.text).join('');
  r.sections.problems.paragraphs = Array.from({ length: 12 }, () => ({ heading: '', text: filler.repeat(2) }));
  const text = renderReport(r, 'wrapped');
  let sink = 0;
  const times = timeSync(100, () => (sink += importText(text).flags.length), 20);
  if (sink < 0) console.log(sink);
  return [{ name: `import: pasted text (${Math.round(text.length / 1000)}k chars, p95)`, value: percentile(times, 95), unit: 'ms', target: '< 20 ms' }];
}
