/** The selected rectangle as a set, computed once per selection change and shared by every cell. */
import { rangeAddresses } from '../../shared/grid/navigation.ts';
import type { EditorState } from '../store/index.ts';

let cacheKey = '';
let cache: ReadonlySet<string> = new Set();

export function selectedSet(s: Pick<EditorState, 'active' | 'anchor'>): ReadonlySet<string> {
  const key = `${s.anchor}|${s.active}`;
  if (key !== cacheKey) {
    cacheKey = key;
    cache = new Set(s.active && s.anchor ? rangeAddresses(s.anchor, s.active) : s.active ? [s.active] : []);
  }
  return cache;
}

export function selectedAddresses(s: Pick<EditorState, 'active' | 'anchor'>): string[] {
  return s.active && s.anchor ? rangeAddresses(s.anchor, s.active) : s.active ? [s.active] : [];
}

/** DOM id of the hidden element holding a cell's messages (aria-describedby). */
export function messageId(address: string): string {
  return `msg-${address.replace(/[^a-zA-Z0-9]/g, '_')}`;
}

export function cellElement(address: string): HTMLElement | null {
  // Addresses hold only letters, digits, dots, underscores and brackets: safe inside quotes.
  return document.querySelector(`[data-cell="${address}"]`);
}
