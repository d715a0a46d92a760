/** The app's store instance and the hook components read it with. */
import { useStore } from 'zustand';
import { createEditorStore, type EditorState } from './editor-store.ts';

export const editorStore = createEditorStore();

export function useEditor<T>(selector: (s: EditorState) => T): T {
  return useStore(editorStore, selector);
}

export type { EditorState } from './editor-store.ts';
