/**
 * The find bar's matches drawn over one text field, as Word and WPS show them: every match shaded,
 * the current one (下一处/上一处) stronger, and scrolled into view when the clerk moves to it.
 *
 * A mirror of the field (same box, font, padding, wrapping and scroll) lies over it, its text
 * transparent and its matches shaded in translucent colours, and takes no clicks. Why not the field's
 * own selection (setSelectionRange): an unfocused textarea draws no selection while the focus stays in
 * the find bar (so that Enter finds the next), a selection shows one match and never the others, and
 * moving a selection while the clerk types with a Chinese IME ends the composition. With the mirror
 * the textarea stays the only thing typed into: the IME's composition, the caret and undo are the
 * browser's own, and the marks follow the text as it changes.
 */
import { useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';
import { matchesIn } from '../../shared/report/find.ts';
import { useUi } from '../store/ui-store.ts';

/** What decides where a character falls in the field, copied to the mirror. */
const COPIED = [
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'lineHeight',
  'letterSpacing',
  'wordSpacing',
  'textIndent',
  'textAlign',
  'textTransform',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'boxSizing',
  'tabSize',
  'wordBreak',
  'overflowWrap',
] as const;

type Field = HTMLTextAreaElement | HTMLInputElement;

/** Puts the mirror over the field (both children of one positioned box), in its metrics and scroll. */
function place(mirror: HTMLDivElement, el: Field): void {
  const cs = getComputedStyle(el);
  for (const p of COPIED) mirror.style[p] = cs[p];
  mirror.style.left = `${el.offsetLeft}px`;
  mirror.style.top = `${el.offsetTop}px`;
  mirror.style.width = `${el.offsetWidth}px`;
  mirror.style.height = `${el.offsetHeight}px`;
  mirror.scrollTop = el.scrollTop;
  mirror.scrollLeft = el.scrollLeft;
}

/** Brings the current match into view: inside a one-line field sideways, then the field into the window. */
function reveal(mirror: HTMLDivElement, el: Field, mark: HTMLElement): void {
  if (el instanceof HTMLInputElement) {
    el.scrollLeft = Math.max(0, mark.offsetLeft - el.clientWidth / 2);
    el.scrollIntoView?.({ block: 'center', inline: 'nearest' });
  } else {
    // A long paragraph: the line of the match, not the paragraph's top, to the middle of the window.
    mark.scrollIntoView?.({ block: 'center', inline: 'nearest' });
  }
  // scrollIntoView may have scrolled the mirror itself: it follows the field, never the other way.
  mirror.scrollTop = el.scrollTop;
  mirror.scrollLeft = el.scrollLeft;
}

export function FindMarks({ field, value, target, multiline }: { field: string; value: string; target: RefObject<Field | null>; multiline: boolean }) {
  const query = useUi((s) => (s.find ? s.findQuery : ''));
  const hit = useUi((s) => (s.find && s.findHit?.key === field ? s.findHit : null));
  const mirror = useRef<HTMLDivElement>(null);
  const ranges = matchesIn(value, query);
  const shown = ranges.length > 0;

  // After every redraw (the text, the query or the current match changed): the field may have grown.
  useLayoutEffect(() => {
    if (mirror.current && target.current) place(mirror.current, target.current);
  });

  // Resized (the window, the textarea's handle) or scrolled by the clerk's typing: follow.
  useLayoutEffect(() => {
    const m = mirror.current;
    const el = target.current;
    if (!shown || !m || !el) return;
    const follow = () => place(m, el);
    const ro = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(follow);
    ro?.observe(el);
    el.addEventListener('scroll', follow);
    return () => {
      ro?.disconnect();
      el.removeEventListener('scroll', follow);
    };
  }, [shown, target]);

  useLayoutEffect(() => {
    const m = mirror.current;
    const el = target.current;
    const mark = m?.querySelector<HTMLElement>('mark.current');
    if (m && el && mark) reveal(m, el, mark);
    // Only when the clerk moves to a match: typing in the paragraph never scrolls the window.
  }, [hit?.reveal, target]);

  if (!shown) return null;
  const parts: ReactNode[] = [];
  let at = 0;
  ranges.forEach((r, i) => {
    const current = hit !== null && hit.start === r.start && hit.end === r.end;
    parts.push(value.slice(at, r.start));
    parts.push(
      <mark key={i} className={current ? 'find-mark current' : 'find-mark'}>
        {value.slice(r.start, r.end)}
      </mark>,
    );
    at = r.end;
  });
  parts.push(value.slice(at));
  return (
    <div ref={mirror} className={multiline ? 'find-marks multiline' : 'find-marks'} data-find-marks={field} aria-hidden="true">
      {parts}
    </div>
  );
}
