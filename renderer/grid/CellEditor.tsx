/**
 * The one always-focused editor over the active cell. In navigation mode it is empty and transparent;
 * printable keys and compositionstart are never intercepted, so an input method composes straight
 * into it and the first character is never lost. Every key handler stands aside while composing.
 */
import { useEffect, useMemo, useRef, type ClipboardEvent, type KeyboardEvent } from 'react';
import { enterAfterTabs, moveFrom, tabFrom, type Move } from '../../shared/grid/navigation.ts';
import { lastYearHints } from '../../shared/grid/hints.ts';
import { cellDef } from '../../shared/schema/index.ts';
import { editorStore, useEditor } from '../store/index.ts';
import { afterNextPaint } from '../store/next-paint.ts';
import { copyText } from './clipboard.ts';
import { CellInfoBar } from './CellInfoBar.tsx';
import { OwnForm } from '../ui/OwnForm.tsx';
import { gridActions } from './grid-actions.ts';
import { handleGridKey } from '../actions/index.ts';
import { clearSelection, COMPUTED_NOTICE, computedSet, fillSelection, isComputed, pasteText, rowEnd } from './grid-commands.ts';
import { applyBox, measure, stopSelectionChange } from './cell-editor-dom.ts';
import { useEditorBox } from './editor-box.ts';
import { createMoveFirst } from './move-first.ts';

type Mode = false | 'typed' | 'f2';

const ARROWS: Record<string, Move> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

export function CellEditor() {
  const active = useEditor((s) => s.active);
  const restored = useEditor((s) => s.restored);
  const problem = useEditor((s) => (s.active ? s.problems[s.active] : undefined));
  const hint = useEditor((s) => (s.active && s.report ? lastYearHints(s.report)[s.active]?.text : undefined));
  const computed = useEditor((s) => !!s.active && !!s.report && computedSet(s.report).has(s.active));
  const ref = useRef<HTMLTextAreaElement>(null);
  /** The active cell's outline, drawn over the table so that moving it redraws no cell. */
  const cursor = useRef<HTMLDivElement>(null);
  const modeRef = useRef<Mode>(false);
  const composing = useRef(false);
  /** A composition ended in this task: a blur that follows at once still drops the half-typed text. */
  const justComposed = useRef(false);
  const editAddress = useRef<string | null>(null);
  /** A run of Tabs: the cell it began at and the cell it reached, for Enter's return to the start column. */
  const tabRun = useRef<{ start: string; at: string } | null>(null);

  // The class is set on the element, not through state: starting to type re-renders nothing.
  const setMode = (m: Mode) => {
    modeRef.current = m;
    ref.current?.classList.toggle('editing', !!m);
  };

  // The value on show after Tab/Enter, written once the move is painted (move-first.ts).
  const moveFirst = useMemo(
    () =>
      createMoveFirst(() => {
        ref.current?.classList.remove('committed');
        emptyUnlessEditing();
      }),
    [],
  );

  /** Writes the typed text; `moveTo` activates the next cell in the same store update. */
  const commit = (moveTo?: string | null) => {
    moveFirst.flush();
    const ta = ref.current;
    if (!ta || !modeRef.current || !editAddress.current) {
      if (moveTo) editorStore.getState().setActive(moveTo);
      return;
    }
    const text = ta.value;
    const address = editAddress.current;
    editAddress.current = null;
    // Tab/Enter to a cell in view: this frame shows the value and the move, the write follows it
    // (move-first.ts). A cell out of view needs the scroll of the synchronous path below.
    const next = moveTo && moveTo !== address && cursor.current ? measure(ta, moveTo) : null;
    if (next && !next.hidden) {
      setMode(false);
      ta.classList.add('committed');
      applyBox(cursor.current!, next.box);
      moveFirst.defer({ address, text, moveTo: moveTo! });
      return;
    }
    // The store first: its subscriber measures the next cell while the layout is still clean; clearing
    // the editor would make that read lay it out again.
    editorStore.getState().writeCells([{ address, text }], undefined, moveTo, true);
    // Hidden (transparent) from here on; emptied after the paint, or by the next key before it lands.
    setMode(false);
    afterNextPaint(emptyUnlessEditing);
  };

  /** Empties the editor left holding a committed value; a key or composition must start from nothing. */
  const emptyUnlessEditing = () => {
    const ta = ref.current;
    if (ta && !modeRef.current && ta.value !== '') ta.value = '';
  };

  const cancel = () => {
    if (ref.current) ref.current.value = '';
    editAddress.current = null;
    setMode(false);
  };

  const beginEdit = (m: Exclude<Mode, false>) => {
    editAddress.current = editorStore.getState().active;
    setMode(m);
  };

  const startEdit = () => {
    const s = editorStore.getState();
    const ta = ref.current;
    if (!s.active || !ta || modeRef.current) return;
    if (isComputed(s.active)) {
      s.setNotice(COMPUTED_NOTICE);
      return;
    }
    ta.value = s.report?.cells[s.active]?.raw ?? '';
    beginEdit('f2');
    ta.setSelectionRange(ta.value.length, ta.value.length);
  };

  const fillTyped = () => {
    const ta = ref.current;
    if (!ta || !modeRef.current) return;
    const text = ta.value;
    cancel();
    fillSelection(text);
  };

  useEffect(() =>
    gridActions.register({ commit, startEdit, fillSelection: fillTyped, editing: () => editAddress.current, writeShown: moveFirst.flush }),
  );

  useEditorBox(ref, cursor, active, restored, moveFirst.shown);
  useEffect(() => stopSelectionChange(ref), []);
  // A press anywhere (a button that keeps the focus here included) writes a value on show first.
  useEffect(() => {
    const write = () => moveFirst.flush();
    window.addEventListener('pointerdown', write, true);
    return () => {
      window.removeEventListener('pointerdown', write, true);
      write();
    };
  }, []);
  const move = (to: string | null, extend = false) => {
    if (to) editorStore.getState().setActive(to, extend);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    const ne = e.nativeEvent;
    moveFirst.flush();
    emptyUnlessEditing();
    if (ne.isComposing || ne.keyCode === 229 || composing.current) return;
    const s = editorStore.getState();
    const address = s.active;
    if (!address) return;
    const m = modeRef.current;
    const ctrl = e.ctrlKey || e.metaKey;
    // The table's grid shortcuts (Ctrl+D, Ctrl+A, Delete …) act on cells, not on text being typed;
    // Ctrl+Enter is the one that takes the typed text with it.
    if ((!m || (ctrl && e.key === 'Enter')) && handleGridKey(e)) return;
    if (ctrl) {
      const k = e.key.toLowerCase();
      // While editing, Ctrl+Z belongs to the text being typed, not to the report's history.
      if (m && (k === 'z' || k === 'y')) e.stopPropagation();
      if (!m && (k === 'c' || k === 'x')) copyText(ref.current!);
      return;
    }
    const arrow = ARROWS[e.key];
    if (arrow) {
      if (m === 'f2') return;
      e.preventDefault();
      if (m) commit(moveFrom(address, arrow));
      else move(moveFrom(address, arrow), e.shiftKey);
      return;
    }
    switch (e.key) {
      case 'Tab': {
        e.preventDefault();
        // Read-only totals are skipped, as Excel skips locked cells on a protected sheet.
        const next = tabFrom(address, e.shiftKey, isComputed);
        const run = tabRun.current?.at === address ? tabRun.current.start : address;
        tabRun.current = next && !e.shiftKey ? { start: run, at: next } : null;
        if (m) commit(next);
        else if (next) move(next);
        if (!next) gridActions.leave(address, e.shiftKey);
        return;
      }
      case 'Enter': {
        e.preventDefault();
        const run = !e.shiftKey && tabRun.current?.at === address ? tabRun.current.start : null;
        tabRun.current = null;
        commit(run ? enterAfterTabs(address, run) : moveFrom(address, e.shiftKey ? 'up' : 'down'));
        return;
      }
      case 'F2':
        e.preventDefault();
        startEdit();
        return;
      case 'Escape':
        if (m) {
          e.preventDefault();
          cancel();
        } else if (s.anchor !== address) s.setActive(address);
        return;
      case 'Home':
      case 'End':
        if (m) return;
        e.preventDefault();
        move(rowEnd(address, e.key === 'End'));
        return;
      default:
        if (!m && e.key.length === 1 && isComputed(address)) s.setNotice(COMPUTED_NOTICE);
    }
  };

  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    moveFirst.flush();
    const text = e.clipboardData.getData('text/plain');
    // A single value typed into an open cell is ordinary text editing.
    if (modeRef.current && !/[\t\r\n]/.test(text.replace(/[\r\n]+$/, ''))) return;
    e.preventDefault();
    if (modeRef.current) cancel();
    pasteText(text);
  };

  const onCopy = (e: ClipboardEvent<HTMLTextAreaElement>, cut: boolean) => {
    moveFirst.flush();
    if (modeRef.current) return;
    e.preventDefault();
    e.clipboardData.setData('text/plain', ref.current?.dataset.copy ?? '');
    if (cut) clearSelection();
  };

  const label = active ? (cellDef(active)?.label ?? active) : '';
  // 与上年对比's 「建议 N」 of a blank cell (上年结转, 现行有效): taken with one click, never typed again.
  const suggestion = useEditor((s) => {
    if (!s.active || !s.report || (s.report.cells[s.active]?.raw ?? '').trim()) return null;
    return lastYearHints(s.report)[s.active]?.value ?? null;
  });
  const info = [...(problem?.messages ?? []), ...(hint ? [`提示：${hint}`] : [])];
  return (
    <>
      <OwnForm>
        <textarea
          ref={ref}
          className="cell-editor"
          hidden={!active}
          aria-label={label}
          aria-describedby={info.length ? 'cell-info-messages' : undefined}
          aria-invalid={problem?.severity === 'error' ? 'true' : undefined}
          readOnly={computed}
          spellCheck={false}
          autoComplete="off"
          rows={1}
          onKeyDown={onKeyDown}
          onInput={() => {
            if (!modeRef.current) beginEdit('typed');
          }}
          onCompositionStart={() => {
            moveFirst.flush();
            composing.current = true;
            justComposed.current = false;
            if (!modeRef.current && !computed) beginEdit('typed');
          }}
          onCompositionEnd={() => {
            // Chrome ends the composition right before the blur when the clerk clicks away: remember it
            // for the rest of this task so that blur still knows the text was only half composed. Keys
            // are not held back by it: a Tab typed straight after the composition is a Tab (its keydown
            // can arrive before this timer when the page is busy).
            composing.current = false;
            justComposed.current = true;
            setTimeout(() => {
              justComposed.current = false;
            }, 0);
          }}
          onBlur={() => {
            moveFirst.flush();
            // Half-composed text is not the clerk's input: drop it rather than commit it.
            if (composing.current || justComposed.current) {
              composing.current = false;
              justComposed.current = false;
              cancel();
            } else commit();
            if (document.activeElement !== ref.current) editorStore.getState().setActive(null);
          }}
          onPaste={onPaste}
          onCopy={(e) => onCopy(e, false)}
          onCut={(e) => onCopy(e, true)}
        />
      </OwnForm>
      <div ref={cursor} className="cell-cursor" hidden={!active} aria-hidden="true" />
      <CellInfoBar
        label={active ? label : ''}
        messages={active ? info : []}
        severity={problem?.severity}
        suggestion={active && suggestion !== null ? { value: suggestion, take: () => active && editorStore.getState().writeCells([{ address: active, text: String(suggestion) }]) } : undefined}
      />
    </>
  );
}
