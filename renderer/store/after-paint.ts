/**
 * Store values that may follow one frame behind the keystroke: the problems list and the counts.
 * The cell the clerk typed into and its totals are painted first (the rules of a typed value run after
 * that paint too: editor-store.ts); these are drawn right after it instead of delaying it.
 */
import { useEffect, useState } from 'react';
import { editorStore, type EditorState } from './index.ts';
import { afterNextPaint } from './next-paint.ts';

/** Like useEditor, but a change shows after the next paint. `selector` must be a stable function. */
export function useEditorAfterPaint<T>(selector: (s: EditorState) => T): T {
  const [value, setValue] = useState(() => selector(editorStore.getState()));
  useEffect(() => {
    let cancel: (() => void) | null = null;
    const update = () => {
      cancel = null;
      const next = selector(editorStore.getState());
      setValue(() => next);
    };
    // A change between the first render and this subscription.
    update();
    const unsubscribe = editorStore.subscribe((s, prev) => {
      if (!cancel && selector(s) !== selector(prev)) cancel = afterNextPaint(update);
    });
    return () => {
      unsubscribe();
      cancel?.();
    };
  }, [selector]);
  return value;
}
