/**
 * The rows the count could not place: one question per distinct value (「个体户」 on rows 5, 9, 12 → 商业企业),
 * answered with the table's own labels (a date typed for a date), and the rows only the ledger itself
 * can put right. Nothing is counted for them until answered.
 */
import { useState } from 'react';
import type { LedgerBook } from '../../shared/ledger/book.ts';
import { FIELD_LABELS } from '../../shared/ledger/columns.ts';
import { leftOutLine } from '../../shared/ledger/describe.ts';
import type { LeftOut, Question } from '../../shared/ledger/left-out.ts';
import { mappedValue, withValue, type LedgerMapping, type MappableField, type ValueTargets } from '../../shared/ledger/mapping.ts';
import { parseTarget, targetOptions } from '../../shared/ledger/targets.ts';
import { rowList } from './ledger-view.ts';

const FIELD_OF_ANSWER: Record<MappableField, string> = {
  applicantType: FIELD_LABELS.applicantType,
  result: FIELD_LABELS.result,
  reason: FIELD_LABELS.reason,
  date: '日期',
  caseType: FIELD_LABELS.caseType,
  route: FIELD_LABELS.route,
  outcome: FIELD_LABELS.outcome,
};

/** The label a question's control is found by: 「“个体户”（申请人类型）计入」. */
export function questionLabel(q: Question): string {
  return `“${q.value}”（${FIELD_OF_ANSWER[q.field]}）计入`;
}

function DateAnswer({ q, onAnswer }: { q: Question; onAnswer(iso: string | null): void }) {
  const [text, setText] = useState('');
  const parsed = text.trim() ? parseTarget('date', text) : null;
  return (
    <span className="ledger-date-answer">
      <input value={text} placeholder="如 2024-03-18" aria-label={questionLabel(q)} onChange={(e) => setText(e.target.value)} />
      <button type="button" disabled={!parsed} onClick={() => onAnswer(parsed)}>
        确定
      </button>
      {text.trim() && !parsed ? <span className="ledger-warn">不是有效日期</span> : null}
    </span>
  );
}

function Answer({ q, mapping, onMapping }: { q: Question; mapping: LedgerMapping; onMapping(next: LedgerMapping): void }) {
  const set = <F extends MappableField>(field: F, target: ValueTargets[F] | null) => onMapping(withValue(mapping, field, q.value, target));
  if (q.field === 'date') return <DateAnswer q={q} onAnswer={(iso) => set('date', iso)} />;
  const options = targetOptions(q.field);
  const current = mappedValue(mapping, q.field, q.value);
  return (
    <select
      aria-label={questionLabel(q)}
      value={current === undefined ? '' : String(current)}
      onChange={(e) => {
        const o = options.find((x) => String(x.value) === e.target.value);
        set(q.field, o ? o.value : null);
      }}
    >
      <option value="">（请选择，未选择的不计入）</option>
      {options.map((o) => (
        <option key={String(o.value)} value={String(o.value)}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

const LIST_LIMIT = 200;

interface Props {
  book: LedgerBook;
  main: number | null;
  questions: Question[];
  corrections: LeftOut[];
  mapping: LedgerMapping;
  onMapping(next: LedgerMapping): void;
}

export function LedgerQuestions({ book, main, questions, corrections, mapping, onMapping }: Props) {
  if (!questions.length && !corrections.length) return null;
  return (
    <section className="ledger-part" aria-labelledby="ledger-questions-title">
      <h2 id="ledger-questions-title">未能计入的行</h2>
      {questions.length ? (
        <>
          <p>下列值无法对应到表格的栏目，程序不作猜测。请逐个说明它们应计入哪一栏；说明随报告保存，明年统计时不再询问。</p>
          <ul className="ledger-questions">
            {questions.map((q) => (
              <li key={`${q.field}:${q.value}`}>
                <div className="ledger-question-value">
                  <strong>“{q.value}”</strong>
                  <span className="muted">
                    （{FIELD_OF_ANSWER[q.field]}，{rowList(q.rows.map((r) => r.row))}
                    {q.rows[0]!.number ? `，编号 ${q.rows.slice(0, 3).map((r) => r.number).join('、')}${q.rows.length > 3 ? ' 等' : ''}` : ''}）
                  </span>
                </div>
                <Answer q={q} mapping={mapping} onMapping={onMapping} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {corrections.length ? (
        <>
          <p>下列行需要在台账中更正后重新统计（现在不计入）：</p>
          <ul className="ledger-corrections">
            {corrections.slice(0, LIST_LIMIT).map((l, i) => (
              <li key={i}>{leftOutLine(book, l, main)}</li>
            ))}
            {corrections.length > LIST_LIMIT ? <li className="muted">还有 {corrections.length - LIST_LIMIT} 行</li> : null}
          </ul>
        </>
      ) : null}
    </section>
  );
}
