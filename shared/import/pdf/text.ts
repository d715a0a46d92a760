/** Text runs (pdf.js text items in top-down page coordinates) → lines, with the spacing a reader expects. */

export interface Run {
  x0: number;
  x1: number;
  /** Baseline, top-down. */
  base: number;
  size: number;
  str: string;
}

export interface Line {
  x0: number;
  x1: number;
  base: number;
  size: number;
  text: string;
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2018-\u201d\u2026\u2014]/;

/** The text between two runs on one line: CJK text never takes spaces from gaps (justification spreads it). */
function gapText(prev: Run, next: Run): string {
  const gap = next.x0 - prev.x1;
  const em = Math.max(prev.size, next.size, 1);
  const a = prev.str[prev.str.length - 1] ?? '';
  const b = next.str[0] ?? '';
  if (CJK.test(a) || CJK.test(b)) return gap > 1.5 * em ? ' ' : '';
  return gap > 0.15 * em ? ' ' : '';
}

const CJK_SPACE = new RegExp(`(?<=${CJK.source}) +| +(?=${CJK.source})`, 'g');

/** Spaces next to CJK text are typesetting (WPS spaces digits from CJK; distributed cells), not content. */
export function tidy(text: string): string {
  return text.trim().replace(/ {2,}/g, ' ').replace(CJK_SPACE, '');
}

/** Splits a run at x, assuming evenly spaced glyphs (good enough for digits and CJK, the table case). */
export function splitRun(run: Run, x: number): [Run, Run] | null {
  const n = [...run.str].length;
  if (n < 2 || x <= run.x0 || x >= run.x1) return null;
  const chars = [...run.str];
  const k = Math.round(((x - run.x0) / (run.x1 - run.x0)) * n);
  if (k <= 0 || k >= n) return null;
  const w = (run.x1 - run.x0) / n;
  return [
    { ...run, x1: run.x0 + k * w, str: chars.slice(0, k).join('') },
    { ...run, x0: run.x0 + k * w, str: chars.slice(k).join('') },
  ];
}

/** Groups runs into lines by baseline, each ordered left to right, duplicates (fake bold) dropped. */
export function toLines(runs: Run[]): Line[] {
  const sorted = runs.filter((r) => r.str.trim() !== '').sort((a, b) => a.base - b.base || a.x0 - b.x0);
  const groups: Run[][] = [];
  for (const r of sorted) {
    const g = groups[groups.length - 1];
    const ref = g?.[0];
    if (g && ref && Math.abs(r.base - ref.base) <= 0.4 * Math.min(r.size, ref.size)) g.push(r);
    else groups.push([r]);
  }
  return groups.map((g) => {
    g.sort((a, b) => a.x0 - b.x0);
    let text = '';
    let prev: Run | undefined;
    for (const r of g) {
      if (prev && r.str === prev.str && Math.abs(r.x0 - prev.x0) < 0.3 * r.size) continue;
      const str = r.str.replace(/\s+/g, ' ');
      text += prev ? gapText(prev, r) + str : str;
      prev = r;
    }
    return {
      x0: g[0]!.x0,
      x1: Math.max(...g.map((r) => r.x1)),
      base: g.reduce((s, r) => s + r.base, 0) / g.length,
      size: Math.max(...g.map((r) => r.size)),
      text: tidy(text),
    };
  });
}

/** Joins two hard-wrapped lines of one paragraph: only Latin words need the space back. */
export function joinWrapped(a: string, b: string): string {
  return /[A-Za-z]$/.test(a) && /^[A-Za-z]/.test(b) ? `${a} ${b}` : a + b;
}
