/** Jumps from the 问题 panel into the prose: the paragraph is brought into view, focused and flashed. */
import type { ParagraphRef } from '../../shared/rules/finding.ts';
import { editorStore } from '../store/index.ts';

export function paragraphElement(at: ParagraphRef): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-paragraph="${at.section}.${at.index}"]`);
}

export const proseActions = {
  jump(at: ParagraphRef): void {
    const el = paragraphElement(at);
    if (!el) return;
    editorStore.getState().setActive(null);
    el.scrollIntoView?.({ block: 'center' });
    el.querySelector<HTMLTextAreaElement>('textarea')?.focus({ preventScroll: true });
    el.classList.remove('jumped');
    // Restart the highlight's animation when the same paragraph is jumped to twice.
    void el.offsetWidth;
    el.classList.add('jumped');
  },
};
