/** Counts of errors and warnings, the words of the prose, the file, the unsaved mark and the last notice. */
import { useEffect } from 'react';
import { totalCharCount } from '../../shared/report/find.ts';
import { countBySeverity } from '../../shared/rules/index.ts';
import { useEditorAfterPaint } from '../store/after-paint.ts';
import { editorStore, useEditor, type EditorState } from '../store/index.ts';

const selectFindings = (s: EditorState) => s.findings;

/** A notice stays long enough to be read (longer ones longer), then goes, as in Word's status bar. */
export function noticeDuration(notice: string): number {
  return Math.min(15000, 5000 + notice.length * 120);
}

export function StatusBar() {
  // The counts follow the problems list, after the paint of the cell typed into.
  const findings = useEditorAfterPaint(selectFindings);
  const file = useEditor((s) => s.file);
  const dirty = useEditor((s) => s.dirty);
  const notice = useEditor((s) => s.notice);
  const chars = useEditor((s) => (s.report ? totalCharCount(s.report) : 0));
  const { errors, warnings } = countBySeverity(findings);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => {
      if (editorStore.getState().notice === notice) editorStore.getState().setNotice(null);
    }, noticeDuration(notice));
    return () => clearTimeout(timer);
  }, [notice]);
  return (
    <footer className="statusbar" role="status" aria-live="polite">
      <span className={errors ? 'count error' : 'count'} data-testid="error-count">
        错误 {errors}
      </span>
      <span className={warnings ? 'count warning' : 'count'} data-testid="warning-count">
        警告 {warnings}
      </span>
      <span className="count" data-testid="char-count">
        正文 {chars} 字
      </span>
      <span className="file">
        {file ? file.name : '未保存的新报告'}
        {dirty ? '（有未保存的修改）' : ''}
      </span>
      {notice ? <span className="notice">{notice}</span> : null}
    </footer>
  );
}
