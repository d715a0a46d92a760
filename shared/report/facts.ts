/**
 * The facts JSON (test/corpus/SOURCE.md): the numbers of the three tables as published.
 * Keys are written in the fixed statutory order so files diff cleanly.
 */
import { z } from 'zod';
import { reportYearSchema } from '../file/format.ts';
import { SEC2_ITEMS, SEC3_ROW_KEYS, SEC3_COLUMNS, sec2Address, sec3Address, sec4Address } from '../schema/index.ts';
import { cellFromNumber } from '../values/parse.ts';
import { blankReport } from './blank.ts';
import { getCell } from './cells.ts';
import type { Report } from './model.ts';
import type { UnitKind } from '../schema/units.ts';

const num = z.number().nullable();
const triple = z.object({ issued: num, repealed: num, effective: num });
const row = z.array(num).length(SEC3_COLUMNS.length).nullable();

export const factsSchema = z.object({
  unit: z.string(),
  year: reportYearSchema,
  sec2: z.object({
    rules: triple,
    normativeDocs: triple,
    licensing: num,
    punishment: num,
    enforcement: num,
    fees: num,
  }),
  sec3: z.object({
    rows: z
      .object(Object.fromEntries(SEC3_ROW_KEYS.map((k) => [k, row])) as Record<string, typeof row>)
      .extend({ other_total_single_row: row.optional() }),
  }),
  sec4: z.array(num).length(15),
  notes: z.string().optional(),
  flags: z.array(z.object({ cell: z.string(), reason: z.string() })).optional(),
});

export type Facts = z.infer<typeof factsSchema>;

/** Why a 2019 single （六）其他处理 row's numbers sit under 3.其他 (facts JSON and the importer say it alike). */
export const LEGACY_OTHER_REASON =
  '原表为2019年试行格式的单行“（六）其他处理”，其数字暂记入“3.其他”，请按2021年格式分项核对';
export interface FactsFlag {
  cell: string;
  reason: string;
}

/** Table values of a facts JSON as address → number|null, in statutory order. */
function factEntries(f: Facts): [string, number | null][] {
  const out: [string, number | null][] = [];
  for (const item of SEC2_ITEMS) {
    for (const r of item.rows) {
      if (item.fields) {
        const t = f.sec2[r.key as 'rules' | 'normativeDocs'];
        for (const field of item.fields) out.push([sec2Address(r.key, field), t[field]]);
      } else {
        out.push([sec2Address(r.key), f.sec2[r.key as 'licensing' | 'punishment' | 'enforcement' | 'fees']]);
      }
    }
  }
  for (const key of SEC3_ROW_KEYS) {
    const values = f.sec3.rows[key] ?? null;
    SEC3_COLUMNS.forEach((_, c) => out.push([sec3Address(key, c), values ? (values[c] ?? null) : null]));
  }
  f.sec4.forEach((v, i) => out.push([sec4Address(i), v]));
  return out;
}

export function factsToReport(
  facts: Facts,
  opts: { kind?: UnitKind; now?: Date } = {},
): { report: Report; flags: FactsFlag[] } {
  const report = blankReport({ unit: facts.unit, kind: opts.kind ?? 'other', year: facts.year, now: opts.now });
  report.autoTotals = { sec3: false, sec4: false };
  report.meta.origin = 'facts';
  const flags: FactsFlag[] = [...(facts.flags ?? [])];
  for (const [address, v] of factEntries(facts)) if (v !== null) report.cells[address] = cellFromNumber(v);
  const single = facts.sec3.rows.other_total_single_row;
  if (single) {
    // The 2019 trial format had one 其他处理 row; keep its numbers under 3.其他 and say so.
    report.meta.legacyFormat2019 = true;
    single.forEach((v, c) => {
      const address = sec3Address('other_3', c);
      if (v !== null) report.cells[address] = cellFromNumber(v);
      flags.push({ cell: address, reason: LEGACY_OTHER_REASON });
    });
  }
  if (flags.length) report.meta.flags = flags;
  return { report, flags };
}

export function reportToFacts(report: Report): Facts & { flags?: FactsFlag[] } {
  const v = (address: string) => getCell(report, address).value;
  const triple = (key: 'rules' | 'normativeDocs') => ({
    issued: v(sec2Address(key, 'issued')),
    repealed: v(sec2Address(key, 'repealed')),
    effective: v(sec2Address(key, 'effective')),
  });
  const facts: Facts & { flags?: FactsFlag[] } = {
    unit: report.unit.name,
    year: report.year,
    sec2: {
      rules: triple('rules'),
      normativeDocs: triple('normativeDocs'),
      licensing: v(sec2Address('licensing')),
      punishment: v(sec2Address('punishment')),
      enforcement: v(sec2Address('enforcement')),
      fees: v(sec2Address('fees')),
    },
    sec3: {
      rows: Object.fromEntries(SEC3_ROW_KEYS.map((k) => [k, SEC3_COLUMNS.map((_, c) => v(sec3Address(k, c)))])),
    },
    sec4: Array.from({ length: 15 }, (_, i) => v(sec4Address(i))),
    notes: '',
  };
  if (report.meta.flags) facts.flags = report.meta.flags;
  return facts;
}

/** Quick test used when sniffing an input file. */
export function looksLikeFacts(data: unknown): boolean {
  return typeof data === 'object' && data !== null && 'sec3' in data && 'sec4' in data && !('format' in data);
}
