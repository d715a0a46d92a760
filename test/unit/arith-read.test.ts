/**
 * Issue #22: generated reports (test/fixtures/arith-reports.ts) rendered as crawler and OCR text and read
 * back. Every cell is read exactly or flagged — never silently wrong — and the share read exactly is
 * printed per layout, with how often a glued row had more than one reading the arithmetic allows.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/import/index.ts';
import { getCell } from '../../shared/report/cells.ts';
import { checkReport } from '../../shared/rules/index.ts';
import { ALL_CELLS } from '../../shared/schema/index.ts';
import { generateReport, renderArith, type ArithLayout, type Break } from '../fixtures/arith-reports.ts';

const SEEDS = Array.from({ length: 24 }, (_, i) => 1000 + i);
/** Every third report has two blank cells in table 三. */
const blanksOf = (seed: number) => (seed % 3 === 0 ? 2 : 0);
/** Half the reports carry one of the breaks published reports have; read back, the printed (wrong) number is the truth. */
const BREAKS: (Break | undefined)[] = [undefined, 'rowTotal', undefined, 'resultTotal', undefined, 'balance', undefined, 'sec4Total'];
const breakOf = (seed: number) => BREAKS[seed % BREAKS.length];

interface Tally {
  /** Cells of the consistent reports without blanks, and how many of them were read exactly. */
  clean: [number, number];
  cells: number;
  exact: number;
  flagged: number;
  wrong: string[];
  gluedRows: number;
  ambiguousRows: number;
  /** Refused rows whose flag does not list the printed reading among its alternatives. */
  badAlternatives: string[];
  /** Cells not read exactly, by table and by kind of report (consistent, blanks, the break planted). */
  misses: Map<string, number>;
}

function readBack(layout: ArithLayout): Tally {
  const t: Tally = { clean: [0, 0], cells: 0, exact: 0, flagged: 0, wrong: [], gluedRows: 0, ambiguousRows: 0, badAlternatives: [], misses: new Map() };
  for (const seed of SEEDS) {
    const brk = breakOf(seed);
    const g = generateReport(seed, { blanks: blanksOf(seed), ...(brk ? { break: brk } : {}) });
    const { report, flags } = importText(renderArith(g.report, layout));
    const flagOf = new Map(flags.filter((f) => f.cell).map((f) => [f.cell!, f.reason]));
    for (const def of ALL_CELLS) {
      const want = getCell(g.report, def.address).value;
      const got = getCell(report, def.address).value;
      t.cells++;
      const clean = !brk && !blanksOf(seed);
      if (clean) t.clean[1]++;
      if (want === got && clean) t.clean[0]++;
      if (want === got) {
        t.exact++;
        continue;
      }
      for (const k of [def.address.slice(0, 4), brk ?? (blanksOf(seed) ? 'blanks' : 'consistent')]) t.misses.set(k, (t.misses.get(k) ?? 0) + 1);
      if (flagOf.has(def.address)) t.flagged++;
      else t.wrong.push(`${seed} ${def.address}: ${got} for ${want}`);
    }
    const gluedFlags = flags.filter((f) => f.cell && f.reason.includes('数字连在一起'));
    t.gluedRows += new Set(gluedFlags.map((f) => f.reason)).size;
    for (const reason of new Set(gluedFlags.map((f) => f.reason))) {
      if (!reason.includes('种拆分都符合')) continue;
      t.ambiguousRows++;
      // When the list of readings is complete, the printed one is among them.
      const listed = /合计关系（([^）]*)）/.exec(reason)?.[1] ?? '';
      if (listed.includes('……')) continue;
      const printed = gluedFlags.filter((f) => f.reason === reason).map((f) => getCell(g.report, f.cell!).value ?? '空').join('、');
      // A row with a blank cell has no reading that is the printed one: the flag says the sums do not hold.
      if (!printed.includes('空') && !listed.split('；').includes(printed)) t.badAlternatives.push(`${seed} ${printed} not in ${listed}`);
    }
  }
  const pct = ((100 * t.exact) / t.cells).toFixed(1);
  const cleanPct = ((100 * t.clean[0]) / t.clean[1]).toFixed(1);
  console.log(`${layout}: ${pct}% of ${t.cells} cells exact (${cleanPct}% in consistent reports without blanks), ${t.flagged} flagged, ${t.wrong.length} silently wrong; glued rows ${t.gluedRows}, with more than one fitting reading ${t.ambiguousRows}`);
  console.log(`${layout} not read exactly: ${[...t.misses].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`);
  return t;
}

describe('generated reports read back by their arithmetic: exact or flagged, never silently wrong', () => {
  it.each<[ArithLayout, number]>([
    ['pdfApart', 97],
    ['markdownWrongHeader', 97],
    ['markdownOtherHeader', 97],
    ['glued', 96],
    ['halfGlued', 96],
    ['gluedOneLine', 96],
    ['tab', 99],
  ])('%s: at least %i per cent exact', (layout, floor) => {
    const t = readBack(layout);
    expect(t.wrong).toEqual([]);
    expect(t.badAlternatives).toEqual([]);
    expect((100 * t.exact) / t.cells).toBeGreaterThanOrEqual(floor);
  });
});

const RULE_OF: Record<Break, string> = {
  rowTotal: 'sec3-row-sums',
  resultTotal: 'sec3-result-totals',
  balance: 'sec3-balance',
  sec4Total: 'sec4-sums',
};

describe('检查：生成的报告读回后，埋下的错误每一处都查出，一致的报告没有错误', () => {
  it.each<ArithLayout>(['tab', 'glued', 'markdownWrongHeader'])('%s', (layout) => {
    for (const seed of SEEDS.slice(0, 8)) {
      const clean = generateReport(seed);
      const read = importText(renderArith(clean.report, layout)).report;
      const errors = checkReport(read, 'editing').filter((f) => f.severity === 'error');
      expect(errors.map((f) => `${seed} ${f.message}`)).toEqual([]);
      for (const brk of Object.keys(RULE_OF) as Break[]) {
        const g = generateReport(seed, { break: brk });
        const back = importText(renderArith(g.report, layout));
        const found = checkReport(back.report, 'editing').filter((f) => f.severity === 'error');
        // The planted cell is named by the rule that checks that kind of sum (or, glued, its row was left to the clerk).
        const hit = found.some((f) => f.rule === RULE_OF[brk] && f.cells.includes(g.broken!.cell));
        const left = back.flags.some((f) => f.cell === g.broken!.cell);
        expect(hit || (layout === 'glued' && left), `${seed} ${brk} ${g.broken!.cell}`).toBe(true);
      }
    }
  });
});

describe('标题块：各种版式下单位和年度都读对', () => {
  const TITLES: [string, string[]][] = [
    ['网页的元数据标签', ['索引号：000014349/2025-00031', '标题:示例县青石镇人民政府2024年政府信息公开工作年度报告']],
    ['“名称”与单位连在一起', ['名称示例县青石镇人民政府2024年政府信息公开工作年度报告']],
    ['“关于…的报告”', ['示例县青石镇人民政府关于2024年政府信息公开工作年度报告的报告']],
    ['标题分两行、年份后有空格', ['2024 年示例县青石镇人民政府政府信息公开工作', '年度报告']],
    ['OCR 的 Markdown 标题', ['# 示例县青石镇人民政府', '## 2024年政府信息公开工作年度报告']],
  ];
  it.each<ArithLayout>(['glued', 'halfGlued', 'tab', 'markdownWrongHeader', 'pdfApart'])('%s', (layout) => {
    const g = generateReport(7);
    g.report.year = 2024;
    const text = renderArith(g.report, layout).split('\n').slice(1).join('\n');
    for (const [why, head] of TITLES) {
      const { report } = importText([...head, text].join('\n'));
      expect([why, report.unit.name, report.year]).toEqual([why, '示例县青石镇人民政府', 2024]);
    }
  });
});
