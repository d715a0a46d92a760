/** Counts of errors and warnings, the file, the unsaved mark and the last notice. */
import { countBySeverity } from '../../shared/rules/index.ts';
import { useEditorAfterPaint } from '../store/after-paint.ts';
import { useEditor, type EditorState } from '../store/index.ts';

const selectFindings = (s: EditorState) => s.findings;

export function StatusBar() {
  // The counts follow the problems list, after the paint of the cell typed into.
  const findings = useEditorAfterPaint(selectFindings);
  const file = useEditor((s) => s.file);
  const dirty = useEditor((s) => s.dirty);
  const notice = useEditor((s) => s.notice);
  const { errors, warnings } = countBySeverity(findings);
  return (
    <footer className="statusbar" role="status" aria-live="polite">
      <span className={errors ? 'count error' : 'count'} data-testid="error-count">
        错误 {errors}
      </span>
      <span className={warnings ? 'count warning' : 'count'} data-testid="warning-count">
        警告 {warnings}
      </span>
      <span className="file">
        {file ? file.name : '未保存的新报告'}
        {dirty ? '（有未保存的修改）' : ''}
      </span>
      {notice ? <span className="notice">{notice}</span> : null}
    </footer>
  );
}
