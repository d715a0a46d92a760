/** The app's store instance and the hook components read it with. */
import { useStore } from 'zustand';
import { createEditorStore, type EditorState } from './editor-store.ts';
import { afterNextPaint } from './next-paint.ts';

/** After the next paint; a hidden window paints no frames, so a timer runs it in the end all the same. */
function checkLater(run: () => void): void {
  afterNextPaint(run);
  setTimeout(run, 250);
}

// In a page without frames (unit tests without rAF) every change is checked at once.
export const editorStore = createEditorStore(typeof requestAnimationFrame === 'function' ? { checkLater } : {});

export function useEditor<T>(selector: (s: EditorState) => T): T {
  return useStore(editorStore, selector);
}

export type { EditorState } from './editor-store.ts';
