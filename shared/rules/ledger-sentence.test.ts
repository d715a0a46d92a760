import { describe, expect, it } from 'vitest';
import { generateLedger } from '../../test/fixtures/ledger-generator.ts';
import { fillFromLedger } from '../ledger/apply.ts';
import { EMPTY_MAPPING } from '../ledger/mapping.ts';
import { tallyLedger } from '../ledger/tally.ts';
import { blankReport } from '../report/blank.ts';
import { insertSentence } from '../report/sentences.ts';
import { withTotalsApplied } from '../report/totals.ts';
import { applyFix, checkReport } from './index.ts';

function counted() {
  const gen = generateLedger({ seed: 8, rows: 80, year: 2024 });
  const t = tallyLedger(gen.book, 2024, EMPTY_MAPPING);
  return withTotalsApplied(fillFromLedger(blankReport({ unit: '某镇', kind: 'township', year: 2024 }), t, EMPTY_MAPPING, ['台账'], { sec4: false }));
}

const ledgerFindings = (r: ReturnType<typeof counted>) => checkReport(r).filter((f) => f.rule === 'ledger-sentence');

describe('表三由台账统计后，第三部分的标准语句', () => {
  it('第三部分没有写收到和办理的件数：提出建议，一键补上的句子与表格相符', () => {
    const report = counted();
    const [f] = ledgerFindings(report);
    expect(f?.message).toContain('第三部分还没有写明收到和办理申请的件数');
    const fixed = applyFix(report, f!);
    const text = fixed.sections.applications.paragraphs.at(-1)!.text;
    const total = report.cells['sec3.rows.newReceived[6]']!.value! + report.cells['sec3.rows.carriedOver[6]']!.value!;
    expect(text).toContain(`本年度共收到政府信息公开申请${total}件`);
    expect(ledgerFindings(fixed)).toEqual([]);
    // The numbers agree with the tables: the text checks find nothing in it.
    expect(checkReport(fixed).filter((x) => x.rule === 'text-numbers')).toEqual([]);
  });

  it('已写明件数，或已插入绑定的标准语句：不提示', () => {
    const report = counted();
    report.sections.applications.paragraphs = [{ heading: '', text: '本年度共收到政府信息公开申请三十五件。' }];
    expect(ledgerFindings(report)).toEqual([]);
    expect(ledgerFindings(insertSentence(counted(), 'sec3-applications'))).toEqual([]);
  });

  it('表三不是由台账统计的：不提示', () => {
    expect(ledgerFindings(withTotalsApplied(blankReport({ unit: '某镇', kind: 'township', year: 2024 })))).toEqual([]);
  });
});
