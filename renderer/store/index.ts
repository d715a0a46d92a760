/** The app's store instance and the hook components read it with. */
import { useStore } from 'zustand';
import { createEditorStore, type EditorState } from './editor-store.ts';
import { afterPaintOrTimer } from './paint-or-timer.ts';

const checkLater = (run: () => void) => void afterPaintOrTimer(run);

// In a page without frames (unit tests without rAF) every change is checked at once.
export const editorStore = createEditorStore(typeof requestAnimationFrame === 'function' ? { checkLater } : {});

export function useEditor<T>(selector: (s: EditorState) => T): T {
  return useStore(editorStore, selector);
}

export type { EditorState } from './editor-store.ts';
