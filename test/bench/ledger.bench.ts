/**
 * Ledger figures (issue #27): table 三 counted from an application ledger of 1,000 and 50,000 rows —
 * the .xlsx read (exceljs, streaming) plus the counting, target < 2 s for 50,000 — and the counting alone,
 * which is what the app does again each time the clerk answers a question about a value.
 */
import { ledgerFromBytes } from '../../electron/ledger/read-ledger.ts';
import { EMPTY_MAPPING } from '../../shared/ledger/mapping.ts';
import { sec3Values, tallyLedger } from '../../shared/ledger/tally.ts';
import { generateLedger } from '../fixtures/ledger-generator.ts';
import { bookToXlsx } from '../fixtures/ledger-xlsx.ts';
import { percentile, timeAsync, timeSync, type Figure } from './figures.ts';

const YEAR = 2024;

async function figures(rows: number, target: string, runs: number): Promise<Figure[]> {
  const gen = generateLedger({ seed: rows, rows, year: YEAR, unknownRate: 0.01 });
  const bytes = await bookToXlsx(gen.book, { mergedRows: gen.titleRows, width: gen.columnCount });
  let sink = 0;
  const whole = await timeAsync(runs, async () => {
    const book = await ledgerFromBytes(bytes, '台账.xlsx');
    sink += sec3Values(tallyLedger(book, YEAR, EMPTY_MAPPING).applications)['sec3.rows.total[6]'] ?? 0;
  });
  const book = await ledgerFromBytes(bytes, '台账.xlsx');
  const count = timeSync(runs * 3, () => {
    sink += tallyLedger(book, YEAR, EMPTY_MAPPING).applications.applications.length;
  }, 2);
  if (sink < 0) console.log(sink);
  const n = rows.toLocaleString('en');
  return [
    { name: `ledger: read ${n}-row .xlsx + count table 三, median`, value: percentile(whole.wall, 50), unit: 'ms', target },
    { name: `ledger: read ${n}-row .xlsx + count table 三, slowest of ${runs}`, value: whole.wall[whole.wall.length - 1]!, unit: 'ms', target },
    // CPU time of the process: steadier than the wall clock when other work shares the machine.
    { name: `ledger: read ${n}-row .xlsx + count table 三, CPU time per run`, value: whole.cpu, unit: 'ms', target },
    { name: `ledger: count table 三 of ${n} rows (no reading), median`, value: percentile(count, 50), unit: 'ms', target: '—' },
    { name: `ledger: ${n}-row .xlsx size`, value: bytes.length / 1024 / 1024, unit: 'MB', target: '—' },
  ];
}

export async function bench(): Promise<Figure[]> {
  // The first read of a process also loads exceljs (the app and the CLI load it on the first ledger only).
  const t0 = performance.now();
  const small = generateLedger({ seed: 1, rows: 10, year: YEAR });
  await ledgerFromBytes(await bookToXlsx(small.book), '台账.xlsx');
  const first = performance.now() - t0;
  return [
    { name: 'ledger: first ledger of a process (loading exceljs, writing and reading 10 rows)', value: first, unit: 'ms', target: '—' },
    ...(await figures(1_000, '—', 5)),
    ...(await figures(50_000, '< 2000 ms', 3)),
  ];
}
