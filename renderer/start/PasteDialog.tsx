/**
 * 粘贴上年报告文本: for the clerk who has only the published web page or a PDF to copy from. The text
 * is read in the page itself (the importer is pure); what it could not be sure of goes to the review.
 */
import { useRef, useState, type KeyboardEvent } from 'react';

export function PasteDialog({ onClose, onRead }: { onClose(): void; onRead(text: string): Promise<void> }) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const box = useRef<HTMLDivElement>(null);

  const read = async () => {
    if (!text.trim()) return;
    setBusy(true);
    setError(null);
    try {
      await onRead(text);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
    }
    if (e.key === 'Tab') {
      // Keep focus inside the dialog.
      const stops = Array.from(box.current?.querySelectorAll<HTMLElement>('textarea, button:not(:disabled)') ?? []);
      const i = stops.indexOf(document.activeElement as HTMLElement);
      e.preventDefault();
      stops[(i + (e.shiftKey ? stops.length - 1 : 1)) % stops.length]?.focus();
    }
  };

  return (
    <div className="dialog-backdrop">
      <div ref={box} className="dialog paste-dialog" role="dialog" aria-modal="true" aria-labelledby="paste-title" onKeyDown={onKeyDown}>
        <h2 id="paste-title">粘贴上年报告文本</h2>
        <p className="muted">在政府网站的报告页面或 PDF 中全选（Ctrl+A）并复制（Ctrl+C），粘贴到下面，包括三张表格。读取后先核对没有把握的内容，再生成本年度报告。</p>
        <textarea aria-label="上年报告全文" value={text} onChange={(e) => setText(e.target.value)} autoFocus spellCheck={false} />
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="dialog-buttons">
          <button type="button" onClick={onClose}>
            取消
          </button>
          <button type="button" className="primary" disabled={!text.trim() || busy} onClick={() => void read()}>
            {busy ? '正在读取…' : '读取'}
          </button>
        </div>
      </div>
    </div>
  );
}
