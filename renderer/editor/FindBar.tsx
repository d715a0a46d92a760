/**
 * 查找 (Ctrl+F) and 替换 (Ctrl+H) over the unit name and the prose, as Word's find bar: Enter finds the
 * next, Shift+Enter the previous; every match is shaded in its field and the current one marked apart and
 * scrolled to (FindMarks) while the focus stays here; Esc closes the bar and selects the match in its
 * field. 全部替换 is one undo step.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { fieldKey, findMatches, replaceAll, replaceMatch, type TextMatch } from '../../shared/report/find.ts';
import { editorStore, useEditor } from '../store/index.ts';
import { openFind, uiStore, useUi } from '../store/ui-store.ts';

/** The input or textarea that shows a field (HeaderForm's unit name, ProseEditor's paragraphs). */
function fieldElement(m: TextMatch): HTMLInputElement | HTMLTextAreaElement | null {
  return document.querySelector(`[data-field="${fieldKey(m.field)}"]`);
}

/** The current match, for the field that holds it to draw (FindMarks); `moved` when the clerk went to it. */
function publish(m: TextMatch | null, moved: boolean): void {
  uiStore.setState((s) => ({
    findHit: m ? { key: fieldKey(m.field), start: m.start, end: m.end, reveal: moved ? (s.findHit?.reveal ?? 0) + 1 : (s.findHit?.reveal ?? 0) } : null,
  }));
}

/** The match in the anchor's field nearest where the anchor was (-1: none left in that field). */
function nearestInField(matches: readonly TextMatch[], at: { key: string; start: number }): number {
  let best = -1;
  matches.forEach((m, i) => {
    if (fieldKey(m.field) !== at.key) return;
    if (best < 0 || Math.abs(m.start - at.start) < Math.abs(matches[best]!.start - at.start)) best = i;
  });
  return best;
}

export function FindBar() {
  const mode = useUi((s) => s.find);
  const focusCount = useUi((s) => s.findFocus);
  // Closed, it neither searches nor redraws on each keystroke.
  const report = useEditor((s) => (mode ? s.report : null));
  const query = useUi((s) => s.findQuery);
  const setQuery = (q: string) => uiStore.setState({ findQuery: q });
  const [replacement, setReplacement] = useState('');
  const [current, setCurrent] = useState(-1);
  /** Bumped by 下一处/上一处: the move, not a shift of the text while the clerk types, scrolls to the match. */
  const [moves, setMoves] = useState(0);
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

  // The current match stays the same words while the clerk edits with the bar open: a new match typed
  // before it shifts every index after it, so the current one is found again in its field by position.
  const anchor = useRef<{ key: string; start: number } | null>(null);
  const signature = matches.map((m) => `${fieldKey(m.field)}:${m.start}`).join('|');
  const lastSignature = useRef(signature);
  /** Set by 替换: the replaced match is gone and the index already names the next one. */
  const replaced = useRef(false);
  useEffect(() => {
    const was = anchor.current;
    const shifted = signature !== lastSignature.current && !replaced.current;
    lastSignature.current = signature;
    replaced.current = false;
    const again = shifted && was && current >= 0 ? nearestInField(matches, was) : -1;
    if (was && again >= 0 && again !== current) {
      anchor.current = { key: was.key, start: matches[again]!.start };
      setCurrent(again);
      return;
    }
    anchor.current = hit ? { key: fieldKey(hit.field), start: hit.start } : null;
  });

  const hitKey = hit ? fieldKey(hit.field) : null;
  useEffect(() => {
    publish(mode && hit ? hit : null, true);
  }, [moves]);
  useEffect(() => {
    publish(mode && hit ? hit : null, false);
  }, [mode, hitKey, hit?.start, hit?.end]);

  if (!mode) return null;

  const go = (delta: 1 | -1) => {
    if (!matches.length) return;
    setCurrent((i) => (i < 0 ? (delta === 1 ? 0 : matches.length - 1) : (i + delta + matches.length) % matches.length));
    setMoves((n) => n + 1);
  };

  const close = () => {
    const m = hit;
    uiStore.setState({ find: null, findHit: null });
    const el = m ? fieldElement(m) : null;
    if (el && m) {
      el.focus();
      el.setSelectionRange(m.start, m.end);
    }
  };

  const replaceOne = () => {
    if (!hit) return go(1);
    const s = editorStore.getState();
    replaced.current = true;
    s.edit((r) => replaceMatch(r, hit, query, replacement), '已替换 1 处');
    // The next match now sits at the same index (this one is gone unless the replacement contains it).
    if (replacement.toLowerCase().includes(query.toLowerCase())) go(1);
  };

  const replaceEvery = () => {
    const s = editorStore.getState();
    let count = 0;
    replaced.current = true;
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
