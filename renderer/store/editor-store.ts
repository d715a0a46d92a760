/**
 * The one store of the editor: plain serialisable data. Every change goes through `change`, which
 * records an undo step, recomputes the totals and re-runs the rules.
 */
import { createStore } from 'zustand/vanilla';
import type { FileRef } from '../../shared/api/contract.ts';
import { cellFromInput } from '../../shared/grid/input.ts';
import type { CellWrite } from '../../shared/grid/paste.ts';
import type { CellProblem } from '../../shared/grid/problems.ts';
import type { Paragraph, Report } from '../../shared/report/model.ts';
import { insertSentence, unbindSentence, type SentenceId } from '../../shared/report/sentences.ts';
import { applyFix, findingKey, type Finding } from '../../shared/rules/index.ts';
import { REVIEW_RULE } from '../../shared/rules/review-marks.ts';
import type { SectionId } from '../../shared/schema/sections.ts';
import type { UnitKind } from '../../shared/schema/units.ts';
import { holdArea } from '../../shared/rules/hold.ts';
import { checked, derive, shown, withDerivedText } from './derive.ts';
import { EMPTY_HISTORY, record, redo, undo, type History } from './history.ts';

export interface EditorData {
  screen: 'start' | 'editor';
  report: Report | null;
  file: FileRef | null;
  /** Changed since the last save (or never saved). */
  dirty: boolean;
  /** Every finding of the rules; `findings` is what is shown while the clerk types (see derive.ts). */
  checked: Finding[];
  findings: Finding[];
  problems: Record<string, CellProblem>;
  history: History;
  /** Active grid cell; null while focus is outside the grid. */
  active: string | null;
  /** The cell last typed into, while the active cell stays in its column: that column's balance waits. */
  typing: string | null;
  /** Other corner of the selection (equals `active` for a single cell). */
  anchor: string | null;
  /**
   * The selection as it was when the focus left the grid: the 编辑 menu opened from the keyboard (F6,
   * Tab) still has cells to fill down or clear, as Excel's ribbon does.
   */
  lastGrid: { active: string; anchor: string } | null;
  /** One-line message in the status bar (paste cut, saved, exported …). */
  notice: string | null;
  /** Counts every change; the recovery writer waits for it to settle. */
  revision: number;
  /** Counts undo/redo: they can change prose above a table while a cell stays active. */
  restored: number;
  /** Counts reports loaded (new, open, roll-over): the editor then puts the focus on the first cell to fill. */
  opened: number;
}

/** The prose the editor holds: the six sections and the preamble before 一 (「本报告由…编制…」). */
export type ProseId = SectionId | 'preamble';

export function preambleParagraphs(r: Pick<Report, 'preamble'>): Paragraph[] {
  return r.preamble.length ? r.preamble : [{ heading: '', text: '' }];
}

export interface EditorActions {
  load(report: Report, file: FileRef | null, opts?: { dirty?: boolean }): void;
  close(): void;
  /**
   * `moveTo`: the cell to activate in the same update (Enter/Tab after typing: one redraw, not two).
   * `checkAfterPaint`: a value typed into a cell; its rules run once the value has been painted.
   */
  writeCells(writes: readonly CellWrite[], notice?: string | null, moveTo?: string | null, checkAfterPaint?: boolean): void;
  /** Runs the rules now if a typed value is still waiting for them (before acting on the problems). */
  flushCheck(): void;
  setAutoTotals(table: 'sec3' | 'sec4', on: boolean): void;
  setParagraph(section: ProseId, index: number, patch: Partial<Paragraph>): void;
  addParagraph(section: ProseId, after: number): void;
  removeParagraph(section: ProseId, index: number): void;
  /** 已核对: the roll-over's mark on the paragraph is kept as a reason, like any warning's. */
  dismissReview(section: ProseId, index: number): void;
  /** 插入标准语句: the sentence at the end of its section, its numbers bound to the cells (one undo step). */
  insertSentence(id: SentenceId): void;
  /** 解除绑定: the sentence becomes plain prose the clerk edits and the text checks read. */
  unbindSentence(section: SectionId, index: number): void;
  /** The one-click fix of a text finding (one undo step). */
  fixFinding(f: Finding): void;
  setUnitName(name: string): void;
  setUnitKind(kind: UnitKind): void;
  setYear(year: number): void;
  setReason(key: string, text: string): void;
  setConfirmedZero(on: boolean): void;
  /** A change made of many (全部替换): one undo step. False when nothing changed. */
  edit(update: (r: Report) => Report, notice?: string | null): boolean;
  undo(): void;
  redo(): void;
  setActive(address: string | null, extend?: boolean): void;
  markSaved(file: FileRef): void;
  setNotice(notice: string | null): void;
}

export type EditorState = EditorData & EditorActions;

const INITIAL: EditorData = {
  screen: 'start',
  report: null,
  file: null,
  dirty: false,
  checked: [],
  findings: [],
  problems: {},
  history: EMPTY_HISTORY,
  active: null,
  typing: null,
  anchor: null,
  lastGrid: null,
  notice: null,
  revision: 0,
  restored: 0,
  opened: 0,
};

/** Still typing in the same column (or group) after moving to `active`? */
function typingAfter(typing: string | null, active: string | null): string | null {
  return typing && holdArea(active) === holdArea(typing) ? typing : null;
}

/** The performance mark set when a typed value's deferred check has run. */
export const CHECKED_MARK = 'nianbao:checked';

export interface EditorStoreOptions {
  now?: () => number;
  /**
   * Runs the rules of a typed value later: the app passes "after the next paint", so that Enter paints
   * the value, its totals and the move first, and the marks follow a frame later. Without it (tests,
   * Node) every change is checked at once.
   */
  checkLater?: (run: () => void) => void;
}

export function createEditorStore({ now = Date.now, checkLater }: EditorStoreOptions = {}) {
  return createStore<EditorState>()((set, get) => {
    /**
     * Work waiting for the next paint: 'check', a typed value's rules; 'shown', only the held balance
     * errors to show again after the active cell left the column being typed.
     */
    let pending: null | 'check' | 'shown' = null;
    const runPendingCheck = () => {
      const what = pending;
      if (!what) return;
      pending = null;
      const s = get();
      if (s.report) set(what === 'check' ? checked(s.report, s, s.typing) : shown(s.report, s.checked, s.typing, s));
      // For the benchmark: how long after the keystroke its marks are shown.
      performance.mark(CHECKED_MARK);
    };
    const later = (what: 'check' | 'shown') => {
      if (!checkLater) return false;
      if (!pending) checkLater(runPendingCheck);
      if (pending !== 'check') pending = what;
      return true;
    };

    /** Applies a change to the report as one undo step (or part of the previous one for `key`). */
    const change = (
      update: (r: Report) => Report,
      key: string | null = null,
      notice?: string | null,
      extra: Partial<EditorData> = {},
      checkAfterPaint = false,
    ): boolean => {
      const s = get();
      if (!s.report) return false;
      const next = update(s.report);
      if (next === s.report) return false;
      const stamped = { ...next, meta: { ...next.meta, modifiedAt: new Date(now()).toISOString() } };
      const typing = extra.typing !== undefined ? extra.typing : typingAfter(s.typing, extra.active ?? s.active);
      const defer = checkAfterPaint && later('check');
      if (!defer) pending = null;
      set({
        ...(defer ? { report: withDerivedText(stamped) } : derive(stamped, s, typing)),
        history: record(s.history, s.report, key, now()),
        dirty: true,
        revision: s.revision + 1,
        // The last message makes way for the next action, as a status bar does.
        notice: notice !== undefined ? notice : null,
        ...extra,
      });
      return true;
    };

    const restore = (step: { history: History; report: Report } | null) => {
      if (!step) return;
      pending = null;
      set((s) => ({
        ...derive(step.report, s, s.typing),
        history: step.history,
        dirty: true,
        revision: s.revision + 1,
        restored: s.restored + 1,
      }));
    };

    const paragraphs = (r: Report, section: ProseId, map: (ps: Paragraph[]) => Paragraph[]): Report => {
      if (section !== 'preamble') return { ...r, sections: { ...r.sections, [section]: { paragraphs: map(r.sections[section].paragraphs) } } };
      // A report without a preamble shows one empty paragraph to type into; left empty, it is none again.
      const next = map(preambleParagraphs(r));
      return { ...r, preamble: next.length === 1 && !next[0]!.heading && !next[0]!.text ? [] : next };
    };

    return {
      ...INITIAL,
      load(report, file, opts = {}) {
        pending = null;
        set({
          ...INITIAL,
          ...derive(report),
          screen: 'editor',
          file,
          dirty: opts.dirty ?? false,
          revision: get().revision + 1,
          opened: get().opened + 1,
        });
      },
      close() {
        set({ ...INITIAL, revision: get().revision + 1, opened: get().opened });
      },
      writeCells(writes, notice, moveTo, checkAfterPaint = false) {
        // One cell typed (not a paste): its column is being filled in.
        const typed = writes.length === 1 ? writes[0]!.address : null;
        const typing = typed && holdArea(moveTo ?? get().active) === holdArea(typed) ? typed : null;
        const move = moveTo ? { active: moveTo, anchor: moveTo, typing } : { typing };
        const applied = change(
          (r) => {
            const cells = { ...r.cells };
            let changed = false;
            for (const w of writes) {
              const v = cellFromInput(w.address, w.text);
              const old = cells[w.address];
              if (old ? old.raw === v.raw : v.raw === '') continue;
              if (v.raw === '') delete cells[w.address];
              else cells[w.address] = v;
              changed = true;
            }
            return changed ? { ...r, cells } : r;
          },
          null,
          notice,
          move,
          checkAfterPaint,
        );
        if (!applied) set({ ...move, ...(notice !== undefined ? { notice } : {}) });
      },
      setAutoTotals(table, on) {
        change((r) => (r.autoTotals[table] === on ? r : { ...r, autoTotals: { ...r.autoTotals, [table]: on } }));
      },
      setParagraph(section, index, patch) {
        change(
          (r) => paragraphs(r, section, (ps) => ps.map((p, i) => (i === index ? { ...p, ...patch } : p))),
          `p:${section}:${index}:${Object.keys(patch).join(',')}`,
        );
      },
      addParagraph(section, after) {
        change((r) => paragraphs(r, section, (ps) => [...ps.slice(0, after + 1), { heading: '', text: '' }, ...ps.slice(after + 1)]));
      },
      removeParagraph(section, index) {
        change((r) =>
          paragraphs(r, section, (ps) => (ps.length > 1 ? ps.filter((_, i) => i !== index) : [{ heading: '', text: '' }])),
        );
      },
      dismissReview(section, index) {
        const key = findingKey({ rule: REVIEW_RULE, cells: [], paragraph: { section, index } });
        change((r) => (r.reasons[key] ? r : { ...r, reasons: { ...r.reasons, [key]: '已核对' } }));
      },
      insertSentence(id) {
        change((r) => insertSentence(r, id));
      },
      unbindSentence(section, index) {
        change((r) => unbindSentence(r, section, index));
      },
      fixFinding(f) {
        change((r) => applyFix(r, f));
      },
      setUnitName(name) {
        change((r) => ({ ...r, unit: { ...r.unit, name } }), 'unit.name');
      },
      setUnitKind(kind) {
        change((r) => ({ ...r, unit: { ...r.unit, kind } }));
      },
      setYear(year) {
        change((r) => (r.year === year ? r : { ...r, year }), 'year');
      },
      setReason(key, text) {
        change((r) => {
          const reasons = { ...r.reasons };
          if (text.trim() === '') delete reasons[key];
          else reasons[key] = text;
          return { ...r, reasons };
        }, `reason:${key}`);
      },
      setConfirmedZero(on) {
        change((r) => (r.confirmedZero === on ? r : { ...r, confirmedZero: on }));
      },
      edit(update, notice) {
        return change(update, null, notice);
      },
      undo() {
        const s = get();
        if (s.report) restore(undo(s.history, s.report));
      },
      redo() {
        const s = get();
        if (s.report) restore(redo(s.history, s.report));
      },
      setActive(address, extend = false) {
        const s = get();
        const anchor = extend && s.anchor ? s.anchor : address;
        if (s.active === address && s.anchor === anchor) return;
        // Leaving a column shows the balance error held while it was typed.
        const typing = typingAfter(s.typing, address);
        // Shown after the paint of the move (a pending check reads the typing state when it runs).
        const show = s.report && typing !== s.typing && !later('shown') ? shown(s.report, s.checked, typing, s) : {};
        const left = address === null && s.active ? { lastGrid: { active: s.active, anchor: s.anchor ?? s.active } } : {};
        set({ active: address, anchor, typing, ...left, ...show });
      },
      markSaved(file) {
        set({ file, dirty: false });
      },
      setNotice(notice) {
        set({ notice });
      },
      flushCheck() {
        runPendingCheck();
      },
    };
  });
}

export type EditorStore = ReturnType<typeof createEditorStore>;
