/**
 * The 问题 panel: what is left to do (blank cells, empty sections, unchecked paragraphs), then every
 * finding — a click jumps to the cell or the paragraph, a warning can carry the clerk's reason, a text
 * finding can carry its one-click fix. 「未发现问题」 only when the report could be exported as it is.
 */
import { cellDef } from '../../shared/schema/index.ts';
import { exportGate } from '../../shared/rules/export-gate.ts';
import { findingKey, type Finding } from '../../shared/rules/index.ts';
import { isFinished, remainingWork, type Remaining } from '../../shared/rules/progress.ts';
import type { Report } from '../../shared/report/model.ts';
import { gridActions } from '../grid/grid-actions.ts';
import { useEditorAfterPaint } from '../store/after-paint.ts';
import { useEditor, type EditorState } from '../store/index.ts';
import { DismissFinding } from './DismissFinding.tsx';
import { KeyHelp } from './KeyHelp.tsx';
import { proseActions } from './prose-actions.ts';

function jumpTo(f: Finding): void {
  if (f.paragraph) proseActions.jump(f.paragraph);
  else if (f.cells[0]) gridActions.jump(f.cells[0]);
}

function jumpTitle(f: Finding): string | undefined {
  if (f.paragraph) return '转到这一段';
  const first = f.cells[0];
  return first ? `转到${cellDef(first)?.label ?? first}` : undefined;
}

function FindingItem({ f }: { f: Finding }) {
  const key = findingKey(f);
  const reason = useEditor((s) => s.report?.reasons[key] ?? '');
  const fixFinding = useEditor((s) => s.fixFinding);
  const target = f.paragraph ? true : !!(f.cells[0] && cellDef(f.cells[0]));
  return (
    <li className={`finding ${f.severity}${f.paragraph ? ' text' : ''}`}>
      <button type="button" className="finding-jump" disabled={!target} onClick={() => jumpTo(f)} title={jumpTitle(f)}>
        <span className="badge">{f.severity === 'error' ? '错误' : '警告'}</span>
        {f.message}
        {reason.trim() ? <span className="explained">（已忽略）</span> : null}
      </button>
      {f.fix ? (
        <button type="button" className="finding-fix" onClick={() => fixFinding(f)}>
          {f.fix.label}
        </button>
      ) : null}
      {f.severity === 'warning' ? <DismissFinding reasonKey={key} /> : null}
    </li>
  );
}

function RemainingList({ left }: { left: Remaining }) {
  const unreviewed = left.unreviewed;
  return (
    <section className="remaining" aria-label="尚未完成">
      <h3>尚未完成</h3>
      <ul>
        {left.blanks.map((b) => (
          <li key={b.table}>
            <button type="button" className="remaining-jump" onClick={() => gridActions.jump(b.first)}>
              {b.name}还有 {b.count} 格未填
            </button>
          </li>
        ))}
        {left.emptySections.map((s) => (
          <li key={s.section}>
            <button type="button" className="remaining-jump" onClick={() => proseActions.jump({ section: s.section, index: 0 })}>
              “{s.heading}”还没有正文
            </button>
          </li>
        ))}
        {left.pendingBalances.length ? (
          <li className="pending-balance" title="表三每一列：一、本年新收 + 二、上年结转 = 三、（七）总计 + 四、结转下年度；各格都填后再核对">
            表三{left.pendingBalances.join('、')}列的“新收 + 结转 = 办理 + 结转下年”尚未填完，填完后核对
          </li>
        ) : null}
        {unreviewed.length ? (
          <li>
            <button type="button" className="remaining-jump" onClick={() => proseActions.jump(unreviewed[0]!)}>
              还有 {unreviewed.length} 段正文待核对
            </button>
          </li>
        ) : null}
      </ul>
    </section>
  );
}

/** Shown when nothing is listed: either the report is ready, or the export would still ask something. */
function Clear({ report }: { report: Report }) {
  const questions = exportGate(report).questions;
  if (!questions.length) return <p className="muted all-clear">未发现问题，可以导出。</p>;
  return <p className="muted">导出前还需确认：{questions.flatMap((q) => q.findings.map((f) => f.message)).join('；')}</p>;
}

const selectFindings = (s: EditorState) => s.findings;
const selectReport = (s: EditorState) => s.report;
const selectChecked = (s: EditorState) => s.checked;

export function ProblemsPanel() {
  // After the paint of the cell typed into: the list can follow a frame later, the cell cannot.
  const findings = useEditorAfterPaint(selectFindings);
  const report = useEditorAfterPaint(selectReport);
  const checked = useEditorAfterPaint(selectChecked);
  const sorted = [...findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  const left = report ? remainingWork(report, checked) : null;
  const finished = !left || isFinished(left);
  return (
    <aside className="problems" aria-label="问题列表">
      <h2>问题 {findings.length ? `（${findings.length}）` : ''}</h2>
      {left && !finished ? <RemainingList left={left} /> : null}
      {sorted.length ? (
        <ul>
          {sorted.map((f, i) => (
            <FindingItem key={`${findingKey(f)}#${i}`} f={f} />
          ))}
        </ul>
      ) : finished && report ? (
        <Clear report={report} />
      ) : null}
      <KeyHelp />
    </aside>
  );
}
