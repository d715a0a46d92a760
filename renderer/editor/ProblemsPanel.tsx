/** Every finding of the rules: click jumps to the cell; a warning can carry the clerk's reason. */
import { cellDef } from '../../shared/schema/index.ts';
import { findingKey, type Finding } from '../../shared/rules/index.ts';
import { gridActions } from '../grid/grid-actions.ts';
import { useEditorAfterPaint } from '../store/after-paint.ts';
import { useEditor, type EditorState } from '../store/index.ts';
import { KeyHelp } from './KeyHelp.tsx';

function FindingItem({ f }: { f: Finding }) {
  const key = findingKey(f);
  const reason = useEditor((s) => s.report?.reasons[key] ?? '');
  const setReason = useEditor((s) => s.setReason);
  const first = f.cells[0];
  return (
    <li className={`finding ${f.severity}`}>
      <button
        type="button"
        className="finding-jump"
        disabled={!first || !cellDef(first)}
        onClick={() => first && gridActions.jump(first)}
        title={first ? `转到${cellDef(first)?.label ?? first}` : undefined}
      >
        <span className="badge">{f.severity === 'error' ? '错误' : '警告'}</span>
        {f.message}
        {reason.trim() ? <span className="explained">（已说明）</span> : null}
      </button>
      {f.severity === 'warning' ? (
        <label className="reason">
          说明理由
          <input
            value={reason}
            placeholder="如确属正常，请说明原因"
            onChange={(e) => setReason(key, e.target.value)}
          />
        </label>
      ) : null}
    </li>
  );
}

const selectFindings = (s: EditorState) => s.findings;

export function ProblemsPanel() {
  // After the paint of the cell typed into: the list can follow a frame later, the cell cannot.
  const findings = useEditorAfterPaint(selectFindings);
  const sorted = [...findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return (
    <aside className="problems" aria-label="问题列表">
      <h2>问题 {findings.length ? `（${findings.length}）` : ''}</h2>
      {sorted.length === 0 ? (
        <p className="muted">未发现问题。</p>
      ) : (
        <ul>
          {sorted.map((f, i) => (
            <FindingItem key={`${findingKey(f)}#${i}`} f={f} />
          ))}
        </ul>
      )}
      <KeyHelp />
    </aside>
  );
}
