/**
 * Chinese line breaking for the PDF: we break and justify lines ourselves (pdfmake would make every
 * CJK character a separately styled inline, which costs most of the export), following the usual
 * rules: a break may fall between any two Chinese characters, never inside a Latin word or number,
 * never before closing punctuation (，。、）」…) and never after opening punctuation (（「“…).
 */

/** Characters that may not start a line. */
const NO_START = new Set([...'，。、；：？！）〕】」』》〉”’…—·%‰℃,.;:?!)]}>']);
/** Characters that may not end a line. */
const NO_END = new Set([...'（〔【「『《〈“‘([{<']);
/** Characters of a Latin word or number, kept together. */
const WORD = /[0-9A-Za-z@#&_+\-./:%']/;

export interface BrokenLine {
  text: string;
  /** Natural width of the text. */
  width: number;
  /** Last line of the paragraph (not justified). */
  last: boolean;
}

/** The 年/月/日 of a date stays with its digits (「2025年」 never 「2025」/「年」). */
const DATE_UNIT = /^[年月日]$/;

/**
 * Numbers and codes with their joiners (0517-83605210, 1/2, 98.6%, 12:30, GB/T) and, right after
 * digits, the 年/月/日 they count: what the DOCX marks to stay on one line (the PDF's breakUnits
 * keeps the same together).
 */
const KEPT = /[0-9A-Za-z]+(?:[-./:@_][0-9A-Za-z]+)*(?:%|(?<=[0-9])[年月日])?/g;

export interface TextPiece {
  text: string;
  /** A number or code that must not break (KEPT). */
  kept: boolean;
}

/** The text cut into kept numbers and codes and the prose between them, in order. */
export function keptPieces(text: string): TextPiece[] {
  const out: TextPiece[] = [];
  let at = 0;
  for (const m of text.matchAll(KEPT)) {
    if (m.index > at) out.push({ text: text.slice(at, m.index), kept: false });
    out.push({ text: m[0], kept: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at), kept: false });
  return out;
}

/** Units that stay together: a Latin word or number, or one character, with the punctuation bound to it. */
export function breakUnits(text: string): string[] {
  const chars = [...text];
  const raw: string[] = [];
  for (let i = 0; i < chars.length; ) {
    let u = chars[i]!;
    i++;
    if (WORD.test(u)) while (i < chars.length && WORD.test(chars[i]!)) u += chars[i++]!;
    if (DATE_UNIT.test(u) && /[0-9]$/.test(raw[raw.length - 1] ?? '')) raw[raw.length - 1] += u;
    else raw.push(u);
  }
  const out: string[] = [];
  let pendingOpen = '';
  for (const u of raw) {
    if (NO_END.has(u)) {
      pendingOpen += u;
      continue;
    }
    const unit = pendingOpen + u;
    pendingOpen = '';
    if (NO_START.has(u) && out.length) out[out.length - 1] += unit;
    else out.push(unit);
  }
  if (pendingOpen) {
    if (out.length) out[out.length - 1] += pendingOpen;
    else out.push(pendingOpen);
  }
  return out;
}

/**
 * Greedy line filling. `widthOf` measures a string at the paragraph's size; `firstWidth` is the
 * first line's measure (after the indent), `width` the others'.
 */
export function breakLines(text: string, firstWidth: number, width: number, widthOf: (s: string) => number): BrokenLine[] {
  const lines: BrokenLine[] = [];
  let line = '';
  let w = 0;
  const max = () => (lines.length ? width : firstWidth);
  const push = () => {
    const t = line.replace(/\s+$/, '');
    lines.push({ text: t, width: t === line ? w : widthOf(t), last: false });
    line = '';
    w = 0;
  };
  for (const u of breakUnits(text)) {
    const uw = widthOf(u);
    if (line && w + uw > max() + 0.01) {
      push();
      if (/^\s+$/.test(u)) continue;
    }
    if (!line && uw > max() + 0.01) {
      // A unit longer than a line (a long URL): break it character by character.
      for (const ch of u) {
        const cw = widthOf(ch);
        if (line && w + cw > max() + 0.01) push();
        line += ch;
        w += cw;
      }
      continue;
    }
    line += u;
    w += uw;
  }
  if (line || !lines.length) push();
  lines[lines.length - 1]!.last = true;
  return lines;
}

/**
 * Space after each character that makes a line exactly `target` wide; `base` for the last line.
 * `base` is the grid's spacing, already counted in `line.width` for every character (the last
 * character's trailing space lies past the line end, so it is taken back out here).
 */
export function justifySpacing(line: BrokenLine, target: number, base = 0, maxExtra = Infinity): number {
  const n = [...line.text].length;
  if (line.last || n < 2) return base;
  // A hair under the measure, so rounding never pushes the line break marker to a line of its own.
  const extra = Math.max(0, target - (line.width - base) - 0.05) / (n - 1);
  // A line cut short by a long unbreakable unit (a telephone number) is set ragged, not spread out
  // 「系 （ 地 址 ：」 across the whole measure.
  return base + (extra > maxExtra ? 0 : extra);
}

/** `widthOf` with the grid's spacing after every character. */
export function gridWidth(widthOf: (s: string) => number, spacing: number): (s: string) => number {
  return (s) => widthOf(s) + [...s].length * spacing;
}
