/**
 * 查找 (Ctrl+F) and 替换 (Ctrl+H) over the unit name and the prose, as Word's find bar: Enter finds the
 * next, Shift+Enter the previous; the match is marked and scrolled to while the focus stays here; Esc
 * closes the bar and puts the caret on the match. 全部替换 is one undo step.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { fieldKey, findMatches, replaceAll, replaceMatch, type TextMatch } from '../../shared/report/find.ts';
import { editorStore, useEditor } from '../store/index.ts';
import { openFind, uiStore, useUi } from '../store/ui-store.ts';

/** The input or textarea that shows a field (HeaderForm's unit name, ProseEditor's paragraphs). */
function fieldElement(m: TextMatch): HTMLInputElement | HTMLTextAreaElement | null {
  return document.querySelector(`[data-field="${fieldKey(m.field)}"]`);
}

function mark(m: TextMatch | null): void {
  for (const el of document.querySelectorAll('[data-find-hit]')) el.removeAttribute('data-find-hit');
  if (!m) return;
  const el = fieldElement(m);
  if (!el) return;
  el.setAttribute('data-find-hit', '');
  // The selection shows the match once the field has the focus (after Esc).
  el.setSelectionRange(m.start, m.end);
  el.scrollIntoView?.({ block: 'center' });
}

export function FindBar() {
  const mode = useUi((s) => s.find);
  const focusCount = useUi((s) => s.findFocus);
  // Closed, it neither searches nor redraws on each keystroke.
  const report = useEditor((s) => (mode ? s.report : null));
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [current, setCurrent] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  const matches = report ? findMatches(report, query) : [];
  const hit = current >= 0 ? matches[current] : undefined;

  useEffect(() => {
    if (!mode) return;
    input.current?.focus();
    input.current?.select();
  }, [mode, focusCount]);

  // A match that no longer exists (edited away, replaced) is not shown as current.
  useEffect(() => {
    if (current >= matches.length) setCurrent(matches.length ? matches.length - 1 : -1);
  }, [matches.length, current]);

  useEffect(() => {
    mark(mode && hit ? hit : null);
  }, [mode, hit?.field, hit?.start, query]);

  if (!mode) return null;

  const go = (delta: 1 | -1) => {
    if (!matches.length) return;
    setCurrent((i) => (i < 0 ? (delta === 1 ? 0 : matches.length - 1) : (i + delta + matches.length) % matches.length));
  };

  const close = () => {
    const m = hit;
    uiStore.setState({ find: null });
    mark(null);
    const el = m ? fieldElement(m) : null;
    if (el && m) {
      el.focus();
      el.setSelectionRange(m.start, m.end);
    }
  };

  const replaceOne = () => {
    if (!hit) return go(1);
    const s = editorStore.getState();
    s.edit((r) => replaceMatch(r, hit, query, replacement), '已替换 1 处');
    // The next match now sits at the same index (this one is gone unless the replacement contains it).
    if (replacement.toLowerCase().includes(query.toLowerCase())) go(1);
  };

  const replaceEvery = () => {
    const s = editorStore.getState();
    let count = 0;
    s.edit((r) => {
      const res = replaceAll(r, query, replacement);
      count = res.count;
      return res.report;
    }, null);
    s.setNotice(count ? `已全部替换，共 ${count} 处（可以一次撤销）` : `没有找到“${query}”`);
    setCurrent(-1);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
    } else if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT') {
      e.preventDefault();
      if ((e.target as HTMLElement).dataset.role === 'replace' && !e.shiftKey) replaceOne();
      else go(e.shiftKey ? -1 : 1);
    }
  };

  const status = !query
    ? '在正文和单位名称中查找'
    : matches.length === 0
      ? '没有找到'
      : current >= 0
        ? `第 ${current + 1} 处，共 ${matches.length} 处`
        : `共 ${matches.length} 处`;

  return (
    <div className="find-bar" role="search" aria-label={mode === 'replace' ? '查找和替换' : '查找'} onKeyDown={onKeyDown}>
      <label>
        查找
        <input
          ref={input}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setCurrent(-1);
          }}
          placeholder="例如：2024"
        />
      </label>
      <span className="find-status" role="status" aria-live="polite" data-testid="find-status">
        {status}
      </span>
      <button type="button" onClick={() => go(-1)} disabled={!matches.length} title="Shift+回车">
        上一处
      </button>
      <button type="button" onClick={() => go(1)} disabled={!matches.length} title="回车">
        下一处
      </button>
      {mode === 'replace' ? (
        <>
          <label>
            替换为
            <input data-role="replace" value={replacement} onChange={(e) => setReplacement(e.target.value)} />
          </label>
          <button type="button" onClick={replaceOne} disabled={!matches.length}>
            替换
          </button>
          <button type="button" onClick={replaceEvery} disabled={!matches.length}>
            全部替换
          </button>
        </>
      ) : (
        <button type="button" onClick={() => openFind('replace')}>
          替换…
        </button>
      )}
      <button type="button" onClick={close} aria-label="关闭查找" title="Esc">
        关闭
      </button>
    </div>
  );
}
