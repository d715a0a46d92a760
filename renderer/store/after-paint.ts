/**
 * Store values that may follow one frame behind the keystroke: the problems list and the counts.
 * The cell the clerk typed into, its totals and its marks are painted first; these are drawn right
 * after that paint instead of delaying it (their lists and text are most of an Enter's layout).
 */
import { useEffect, useState } from 'react';
import { editorStore, type EditorState } from './index.ts';

/** Runs `cb` once the next frame has been painted: a message posted from a rAF callback. */
export function afterNextPaint(cb: () => void): () => void {
  let cancelled = false;
  const id = requestAnimationFrame(() => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      if (!cancelled) cb();
    };
    ch.port2.postMessage(0);
  });
  return () => {
    cancelled = true;
    cancelAnimationFrame(id);
  };
}

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
