/** Counts of errors and warnings, the file, the unsaved mark and the last notice. */
import { countBySeverity } from '../../shared/rules/index.ts';
import { useEditor } from '../store/index.ts';

export function StatusBar() {
  const findings = useEditor((s) => s.findings);
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
