/**
 * 从台账统计表三: the ledger as the program read it, for the clerk to confirm before anything is written —
 * the sheets and columns (changeable), the figures of the year, the values it could not place (answered
 * here, remembered in the report), the rows only the ledger can correct, rows counted once, and 上年结转
 * against last year's report. 填入表三 writes the count; 取消 leaves the report as it was.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { compareCarryOver } from '../../shared/ledger/carried.ts';
import { carryDifferenceText, countedName, duplicateLine, mainSheet, tallySentence, tallyTotals } from '../../shared/ledger/describe.ts';
import { detectLayout } from '../../shared/ledger/detect.ts';
import { EMPTY_MAPPING } from '../../shared/ledger/mapping.ts';
import { allLeftOut, sec3Values, sec4Values, tallyLedger } from '../../shared/ledger/tally.ts';
import type { SentenceId } from '../../shared/report/sentences.ts';
import { SEC3_COLUMNS, sec3Address, sec3RowName } from '../../shared/schema/index.ts';
import { LedgerQuestions } from './LedgerQuestions.tsx';
import { LedgerSheets } from './LedgerSheets.tsx';
import { initialSheets, layoutOf, openQuestions } from './ledger-view.ts';
import type { LedgerSession } from './ledger-store.ts';
import './ledger.css';

const PREVIEW_ROWS = ['newReceived', 'carriedOver', 'total', 'carriedForward'] as const;

/** Tab from the last control goes to the first (and Shift+Tab back): the editor behind is out of reach. */
function keepFocusInside(e: KeyboardEvent, box: HTMLElement | null): void {
  const all = Array.from(box?.querySelectorAll<HTMLElement>('button:not([disabled]), select, input, summary') ?? []);
  const first = all[0];
  const last = all[all.length - 1];
  if (!first || !last) return;
  if (!e.shiftKey && document.activeElement === last) {
    e.preventDefault();
    first.focus();
  } else if (e.shiftKey && document.activeElement === first) {
    e.preventDefault();
    last.focus();
  }
}

function hasSentence(session: LedgerSession, id: SentenceId): boolean {
  return Object.values(session.report.sections).some((s) => s.paragraphs.some((p) => p.bound === id));
}

export function LedgerScreen({ session }: { session: LedgerSession }) {
  const { book, report } = session;
  const [mapping, setMapping] = useState(() => report.ledger?.mapping ?? EMPTY_MAPPING);
  const [settings, setSettings] = useState(() => initialSheets(book, detectLayout(book, mapping)));
  const layout = useMemo(() => layoutOf(book, settings, mapping), [book, settings, mapping]);
  const tally = useMemo(() => tallyLedger(book, report.year, mapping, layout), [book, report.year, mapping, layout]);
  const [withSec4, setWithSec4] = useState(true);
  const [sentence3, setSentence3] = useState(() => !hasSentence(session, 'sec3-applications'));
  const [sentence4, setSentence4] = useState(() => !hasSentence(session, 'sec4-reviews'));
  const box = useRef<HTMLDivElement>(null);

  const values = sec3Values(tally.applications);
  const totals = tallyTotals(tally);
  const questions = openQuestions(tally);
  const corrections = allLeftOut(tally).filter((l) => !l.mapAs);
  const cross = compareCarryOver(tally.applications, report.lastYear);
  const main = mainSheet(tally);
  const sec4 = withSec4 && !!tally.cases;
  const canFill = layout.applications.length > 0;

  useEffect(() => {
    box.current?.querySelector<HTMLElement>('.ledger-questions select, .ledger-questions input, button.primary')?.focus();
  }, []);

  const fill = () =>
    session.finish({
      tally,
      mapping,
      sec4,
      sentences: [...(sentence3 ? (['sec3-applications'] as const) : []), ...(sec4 && sentence4 ? (['sec4-reviews'] as const) : [])],
    });

  return (
    <div
      className="ledger-screen"
      ref={box}
      role="dialog"
      aria-modal="true"
      aria-labelledby="ledger-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') session.finish(null);
        if (e.key === 'Tab') keepFocusInside(e, box.current);
      }}
    >
      <header className="ledger-head">
        <h1 id="ledger-title">从台账统计表三 — {book.name}</h1>
        <p>{canFill ? tallySentence(tally) : '没有找到依申请公开台账的表头：请在下面指定工作表和表头所在的行。'}</p>
      </header>
      <div className="ledger-body">
        <LedgerQuestions book={book} main={main} questions={questions} corrections={corrections} mapping={mapping} onMapping={setMapping} />
        {cross.length ? (
          <section className="ledger-part" aria-labelledby="ledger-cross-title">
            <h2 id="ledger-cross-title">与{report.lastYear?.year}年报告对照</h2>
            <ul className="ledger-cross">
              {cross.map((d) => (
                <li key={d.column}>{carryDifferenceText(d, `${report.lastYear?.year}年报告`, countedName(tally))}</li>
              ))}
            </ul>
          </section>
        ) : null}
        {canFill ? (
          <section className="ledger-part" aria-labelledby="ledger-preview-title">
            <h2 id="ledger-preview-title">统计结果（{report.year}年度）</h2>
            <table className="ledger-preview">
              <thead>
                <tr>
                  <th />
                  {SEC3_COLUMNS.map((c) => (
                    <th key={c} scope="col">
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {PREVIEW_ROWS.map((key) => (
                  <tr key={key}>
                    <th scope="row">{key === 'total' ? '三、本年度办理结果（七）总计' : sec3RowName(key)}</th>
                    {SEC3_COLUMNS.map((_, c) => (
                      <td key={c}>{values[sec3Address(key, c)]}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
            {tally.cases ? (
              <p>
                表四（工作表“{tally.layout.cases.map((c) => book.sheets[c.sheet]?.name).join('、')}”）：行政复议 {sec4Values(tally.cases)['sec4[4]']} 件，行政诉讼{' '}
                {(sec4Values(tally.cases)['sec4[9]'] ?? 0) + (sec4Values(tally.cases)['sec4[14]'] ?? 0)} 件（含上年受理、本年审结或尚未审结的案件）。
              </p>
            ) : null}
          </section>
        ) : null}
        <LedgerSheets book={book} settings={settings} layout={layout} mapping={mapping} onSettings={setSettings} onMapping={setMapping} />
        {tally.applications.duplicates.length ? (
          <details className="ledger-part">
            <summary>重复登记的 {tally.applications.duplicates.length} 行只计一次</summary>
            <ul>
              {tally.applications.duplicates.slice(0, 200).map((d, i) => (
                <li key={i}>{duplicateLine(book, d, main)}</li>
              ))}
            </ul>
          </details>
        ) : null}
      </div>
      <footer className="ledger-foot">
        {tally.cases ? (
          <label>
            <input type="checkbox" checked={withSec4} onChange={(e) => setWithSec4(e.target.checked)} />
            同时填入表四
          </label>
        ) : null}
        <label>
          <input type="checkbox" checked={sentence3} onChange={(e) => setSentence3(e.target.checked)} />
          在第三部分插入标准语句（数字随表格更新）
        </label>
        {sec4 ? (
          <label>
            <input type="checkbox" checked={sentence4} onChange={(e) => setSentence4(e.target.checked)} />
            在第四部分插入标准语句
          </label>
        ) : null}
        <span className="ledger-foot-gap" />
        {totals.leftOutRows ? <span className="ledger-warn">{totals.leftOutRows} 行未计入</span> : null}
        <button type="button" onClick={() => session.finish(null)}>
          取消
        </button>
        <button type="button" className="primary" disabled={!canFill} onClick={fill}>
          {sec4 ? '填入表三和表四' : '填入表三'}
        </button>
      </footer>
    </div>
  );
}
