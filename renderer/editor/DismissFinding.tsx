/**
 * The one way to set a warning aside, in the 问题 panel and under a paragraph alike: 「忽略…」, a reason
 * picked from a short list, an optional line of text. The reason is kept in the report (report.reasons,
 * under the finding's key) like every 已核对 and 说明理由 before it, so the export gate reads it the same way.
 */
import { useState } from 'react';
import { useEditor } from '../store/index.ts';

export const DISMISS_REASONS = ['已核对，无需修改', '本年情况确实如此', '另有原因'] as const;

export function DismissFinding({ reasonKey, what = '这一条' }: { reasonKey: string; what?: string }) {
  const reason = useEditor((s) => s.report?.reasons[reasonKey] ?? '');
  const setReason = useEditor((s) => s.setReason);
  const [open, setOpen] = useState(false);
  const [choice, setChoice] = useState<string>(DISMISS_REASONS[0]);
  const [text, setText] = useState('');
  if (reason.trim()) {
    return (
      <span className="dismissed">
        已忽略：{reason}
        <button type="button" onClick={() => setReason(reasonKey, '')} aria-label={`撤销忽略${what}`}>
          撤销
        </button>
      </span>
    );
  }
  if (!open) {
    return (
      <button type="button" className="dismiss-open" onClick={() => setOpen(true)} aria-label={`忽略${what}…`}>
        忽略…
      </button>
    );
  }
  const done = () => {
    setReason(reasonKey, text.trim() ? `${choice}：${text.trim()}` : choice);
    setOpen(false);
  };
  return (
    <span className="dismiss-form" role="group" aria-label={`忽略${what}`}>
      <select aria-label="忽略的理由" value={choice} onChange={(e) => setChoice(e.target.value)}>
        {DISMISS_REASONS.map((r) => (
          <option key={r}>{r}</option>
        ))}
      </select>
      <input
        aria-label="说明（可不填）"
        placeholder="说明（可不填）"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.nativeEvent.isComposing) done();
        }}
      />
      <button type="button" className="primary" onClick={done}>
        确定
      </button>
      <button type="button" onClick={() => setOpen(false)}>
        取消
      </button>
    </span>
  );
}
