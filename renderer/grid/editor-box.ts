/** Keeps the cell editor and the cell cursor over the active cell, with the fewest layouts a keystroke can cost. */
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { editorStore } from '../store/index.ts';
import { afterNextPaint } from '../store/next-paint.ts';
import { applyBox, followLayout, measure, type Measured } from './cell-editor-dom.ts';
import { cellElement } from './selection.ts';

/**
 * `active` and `restored` are the store's, as the editor renders them; `shown` names a cell whose
 * typed value is still on show after Tab/Enter (move-first.ts), when the editor must stay put.
 */
export function useEditorBox(
  ref: RefObject<HTMLTextAreaElement | null>,
  cursor: RefObject<HTMLDivElement | null>,
  active: string | null,
  restored: unknown,
  shown: () => string | null,
): void {
  /** The active cell's box, read when the store names it and before React redraws anything. */
  const measured = useRef<Measured | null>(null);

  /** Writes the editor's box from the cell's; scrolls only when the cell is out of view. */
  const place = (scroll: boolean, known?: Measured | null) => {
    const ta = ref.current;
    const address = editorStore.getState().active;
    // A value on show keeps the editor where it was typed until it is written (which places it anew).
    if (!ta || !address || shown()) return;
    const m = known?.address === address ? known : measure(ta, address);
    if (!m) return;
    applyBox(ta, m.box);
    if (cursor.current) applyBox(cursor.current, m.box);
    if (scroll && m.hidden) cellElement(address)?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  };

  // The store tells its subscribers before React redraws: the layout is still the one on screen, so
  // reading the next cell's box here costs nothing, where reading it after the redraw lays the page
  // out in the middle of the keystroke.
  useEffect(
    () =>
      editorStore.subscribe((s, prev) => {
        if (s.active === prev.active) return;
        measured.current = s.active && ref.current ? measure(ref.current, s.active) : null;
      }),
    [],
  );

  // Keep the editor over the active cell, focused: the invariant the IME depends on.
  useLayoutEffect(() => {
    const ta = ref.current;
    if (!ta || !active) return;
    if (document.activeElement !== ta) ta.focus({ preventScroll: true });
    place(true, measured.current);
    measured.current = null;
    // A change above the table (a bound sentence growing a line) can move the cell in the same
    // redraw: checked once the frame is on screen, when reading the layout is free.
    return afterNextPaint(() => place(false));
  }, [active]);

  // Undo can change a paragraph above the table while a cell stays active: re-place after the paint,
  // so the keystroke itself never waits for this extra layout.
  useEffect(() => place(false), [restored]);
  useEffect(() => {
    const onResize = () => place(false);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  useEffect(() => followLayout(ref, () => place(false)), []);
}
