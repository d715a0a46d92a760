/** Undo/redo as a list of report snapshots: reports are immutable, so a snapshot is one reference. */
import type { Report } from '../../shared/report/model.ts';

export const HISTORY_LIMIT = 200;
/** Typing in one field within this many ms is one undo step, not one step per keystroke. */
export const COALESCE_MS = 1500;

export interface History {
  past: Report[];
  future: Report[];
  /** Field of the last coalescible change (a paragraph, the unit name …) and when it happened. */
  lastKey: string | null;
  lastAt: number;
}

export const EMPTY_HISTORY: History = { past: [], future: [], lastKey: null, lastAt: 0 };

/** Records `before` as an undo step unless this change continues the previous one on the same field. */
export function record(h: History, before: Report, key: string | null, now: number): History {
  if (key !== null && key === h.lastKey && now - h.lastAt < COALESCE_MS) {
    return { ...h, future: [], lastAt: now };
  }
  const past = [...h.past, before];
  if (past.length > HISTORY_LIMIT) past.shift();
  return { past, future: [], lastKey: key, lastAt: now };
}

export function undo(h: History, current: Report): { history: History; report: Report } | null {
  const prev = h.past[h.past.length - 1];
  if (!prev) return null;
  return {
    history: { past: h.past.slice(0, -1), future: [current, ...h.future], lastKey: null, lastAt: 0 },
    report: prev,
  };
}

export function redo(h: History, current: Report): { history: History; report: Report } | null {
  const next = h.future[0];
  if (!next) return null;
  return {
    history: { past: [...h.past, current], future: h.future.slice(1), lastKey: null, lastAt: 0 },
    report: next,
  };
}
