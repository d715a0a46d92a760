/** styles.xml and numbering.xml: what a paragraph's style id means, and the list numbers Word draws but does not store as text. */
import { attr, child, children, type XEl } from './xml.ts';

export interface StyleInfo {
  name: string;
  basedOn?: string;
  outlineLevel?: number;
  numId?: string;
  numLevel?: number;
}

function intAttr(el: XEl | undefined): number | undefined {
  const v = attr(el, 'w:val');
  if (v === undefined) return undefined;
  const n = Number.parseInt(v, 10);
  return Number.isFinite(n) ? n : undefined;
}

export function readStyles(root: XEl | undefined): Map<string, StyleInfo> {
  const out = new Map<string, StyleInfo>();
  const styles = child(root, 'w:styles');
  for (const s of children(styles, 'w:style')) {
    const id = attr(s, 'w:styleId');
    if (!id) continue;
    const pPr = child(s, 'w:pPr');
    const numPr = child(pPr, 'w:numPr');
    out.set(id, {
      name: attr(child(s, 'w:name'), 'w:val') ?? id,
      basedOn: attr(child(s, 'w:basedOn'), 'w:val'),
      outlineLevel: intAttr(child(pPr, 'w:outlineLvl')),
      numId: attr(child(numPr, 'w:numId'), 'w:val'),
      numLevel: intAttr(child(numPr, 'w:ilvl')),
    });
  }
  return out;
}

/** A style property, looked up through the basedOn chain (bounded: files with loops exist). */
export function inherited<K extends keyof StyleInfo>(styles: Map<string, StyleInfo>, id: string | undefined, key: K): StyleInfo[K] | undefined {
  for (let i = 0, s = id ? styles.get(id) : undefined; s && i < 20; i++, s = s.basedOn ? styles.get(s.basedOn) : undefined) {
    if (s[key] !== undefined) return s[key];
  }
  return undefined;
}

interface Level {
  format: string;
  text: string;
  start: number;
}

const CN_DIGITS = '零一二三四五六七八九';

function chineseCounting(n: number): string {
  if (n <= 0 || n >= 100) return String(n);
  if (n < 10) return CN_DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CN_DIGITS[tens]}十${ones ? CN_DIGITS[ones] : ''}`;
}

function roman(n: number): string {
  const table: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [v, s] of table) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'ideographTraditional':
      return chineseCounting(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'decimalFullWidth':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'lowerLetter':
      return String.fromCharCode(97 + ((n - 1) % 26));
    case 'upperLetter':
      return String.fromCharCode(65 + ((n - 1) % 26));
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'none':
    case 'bullet':
      return '';
    default:
      return String(n);
  }
}

/** Counts list items in document order and renders each item's label ("一、", "（二）", "3."). */
export class Numbering {
  private readonly levels = new Map<string, Level[]>();
  private readonly counters = new Map<string, number[]>();

  constructor(root: XEl | undefined) {
    const numbering = child(root, 'w:numbering');
    const abstract = new Map<string, Level[]>();
    for (const a of children(numbering, 'w:abstractNum')) {
      const levels: Level[] = [];
      for (const l of children(a, 'w:lvl')) {
        const i = Number.parseInt(attr(l, 'w:ilvl') ?? '', 10);
        if (!(i >= 0 && i < 9)) continue;
        levels[i] = {
          format: attr(child(l, 'w:numFmt'), 'w:val') ?? 'decimal',
          text: attr(child(l, 'w:lvlText'), 'w:val') ?? '',
          start: intAttr(child(l, 'w:start')) ?? 1,
        };
      }
      const id = attr(a, 'w:abstractNumId');
      if (id) abstract.set(id, levels);
    }
    for (const n of children(numbering, 'w:num')) {
      const id = attr(n, 'w:numId');
      const levels = abstract.get(attr(child(n, 'w:abstractNumId'), 'w:val') ?? '');
      if (id && levels) this.levels.set(id, levels);
    }
  }

  label(numId: string | undefined, level: number): string {
    if (!numId || numId === '0') return '';
    const levels = this.levels.get(numId);
    const lvl = levels?.[level];
    if (!levels || !lvl || lvl.format === 'bullet') return '';
    const counts = this.counters.get(numId) ?? [];
    counts[level] = (counts[level] ?? lvl.start - 1) + 1;
    // A new item at this level restarts every deeper level.
    counts.length = level + 1;
    this.counters.set(numId, counts);
    return lvl.text.replace(/%(\d)/g, (_, d: string) => {
      const i = Number(d) - 1;
      const l = levels[i];
      return l ? formatNumber(counts[i] ?? l.start, l.format) : '';
    });
  }
}
