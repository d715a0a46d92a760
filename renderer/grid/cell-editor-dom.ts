/** What the cell editor reads from and does to the page around it, kept apart from its key handling. */
import type { RefObject } from 'react';
import { cellElement } from './selection.ts';

/**
 * React reads the focused text field's selectionStart on every selectionchange (for onSelect, which
 * nothing here uses), and that read lays the page out again right after each keystroke's paint. The
 * cell editor's selection changes are kept from it.
 */
export function stopSelectionChange(ref: RefObject<HTMLTextAreaElement | null>): () => void {
  const stop = (e: Event) => {
    if (document.activeElement === ref.current) e.stopImmediatePropagation();
  };
  window.addEventListener('selectionchange', stop, true);
  return () => window.removeEventListener('selectionchange', stop, true);
}

/**
 * A finding listed under a paragraph, or a bound sentence growing a line, moves the tables below it
 * while the same cell stays active: `moved` runs whenever the report page or one of its parts changes
 * size. Resize observers report after the layout and before the paint, so reading the cell's box there
 * lays nothing out again, and the editor and the cell cursor are in place in the same frame.
 */
export function followLayout(ref: RefObject<HTMLTextAreaElement | null>, moved: () => void): () => void {
  const doc = ref.current?.closest('.doc-scroll')?.querySelector(':scope > .doc');
  if (!doc || typeof ResizeObserver !== 'function') return () => {};
  const observer = new ResizeObserver(moved);
  observer.observe(doc);
  for (const part of Array.from(doc.children)) observer.observe(part);
  return () => observer.disconnect();
}

export type Box = Measured['box'];

const BOX_SIDES = ['top', 'left', 'width', 'height'] as const;

/** Sets an overlay's box; only the sides that changed are written (a re-check usually finds none). */
export function applyBox(el: HTMLElement, box: Box): void {
  for (const side of BOX_SIDES) {
    const px = `${box[side]}px`;
    if (el.style[side] !== px) el.style[side] = px;
  }
}

export interface Measured {
  address: string;
  /** The cell's box in the editor's offset parent. */
  box: { top: number; left: number; width: number; height: number };
  /** Out of view (or under the pinned cell-info bar). */
  hidden: boolean;
}

/** Reads the cell's box: every read, no write, so at most one layout. */
export function measure(ta: HTMLTextAreaElement, address: string): Measured | null {
  const td = cellElement(address);
  const host = ta.offsetParent as HTMLElement | null;
  if (!td || !host) return null;
  const r = td.getBoundingClientRect();
  const h = host.getBoundingClientRect();
  const box = { top: r.top - h.top + host.scrollTop, left: r.left - h.left + host.scrollLeft, width: r.width, height: r.height };
  // The cell-info bar is pinned over the bottom of the pane: a cell under it is out of view too.
  const bottom = Math.min(h.bottom, document.getElementById('cell-info')?.getBoundingClientRect().top ?? h.bottom);
  const hidden = r.top < h.top || r.bottom > bottom || r.left < h.left || r.right > h.right;
  return { address, box, hidden };
}
