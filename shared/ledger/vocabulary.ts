/**
 * Recognising what a ledger cell says by the words offices write: the statutory label, with or without
 * its category (「不予公开-属于国家秘密」, 「（三）不予公开 1.属于国家秘密」, 「属于国家秘密」), or a common office
 * word (公民, 同意公开). Matching is on whole words after the label's ordinals, punctuation and digits are
 * dropped — never on a part of a word, so 「不予公开」 is not 「公开」 and a value no list names is left
 * for the clerk rather than guessed.
 */
import { labelCore } from '../import/labels.ts';

/** The comparable core of a cell's text: no ordinals, punctuation, spaces or digits; full-width folded. */
export function valueCore(text: string): string {
  return labelCore(text.normalize('NFKC')).replace(/[\d/／\\~～!！?？]+/g, '');
}

/** Where a cell's text is cut into the parts of a compound value: 「不予公开-属于国家秘密」, 「法人（企业）」. */
const SEPARATORS = /[-—–－~～:：/／\\、,，;；()（）[\]【】<>《》|｜]+/;

export interface Vocabulary<T> {
  /** core → value. */
  words: Map<string, T>;
  /** A category's names (core) → the values it holds: 「不予公开」 → the eight denied rows. */
  groups: { names: string[]; members: ReadonlySet<T> }[];
  /** 「某某有限公司」: a word ending that names the value by itself. */
  endings?: readonly (readonly [string, T])[];
  /** A part that decides the whole: 「部分公开、不予公开」 is 部分公开 (区分处理的，只计这一情形). */
  decisive?: T;
}

export type Recognised<T> =
  | { kind: 'value'; value: T }
  /** Only the category is given (「不予公开」): which of its rows is not said. */
  | { kind: 'group'; members: ReadonlySet<T> }
  | { kind: 'unknown' };

const UNKNOWN = { kind: 'unknown' } as const;

function groupOf<T>(v: Vocabulary<T>, core: string): { names: string[]; members: ReadonlySet<T> } | undefined {
  return v.groups.find((g) => g.names.includes(core));
}

function word<T>(v: Vocabulary<T>, core: string): T | undefined {
  const hit = v.words.get(core);
  if (hit !== undefined) return hit;
  for (const [ending, value] of v.endings ?? []) if (core.length > ending.length && core.endsWith(ending)) return value;
  return undefined;
}

export function recognise<T>(v: Vocabulary<T>, text: string): Recognised<T> {
  const core = valueCore(text);
  if (!core) return UNKNOWN;
  const whole = word(v, core);
  if (whole !== undefined) return { kind: 'value', value: whole };
  const group = groupOf(v, core);
  if (group) return { kind: 'group', members: group.members };
  // The category run into its row: 「不予公开属于国家秘密」.
  for (const g of v.groups) {
    for (const name of g.names) {
      if (core.length <= name.length || !core.startsWith(name)) continue;
      const rest = word(v, core.slice(name.length));
      return rest !== undefined && g.members.has(rest) ? { kind: 'value', value: rest } : UNKNOWN;
    }
  }
  const parts = text.split(SEPARATORS).map(valueCore).filter(Boolean);
  if (parts.length < 2) return UNKNOWN;
  const values = new Set<T>();
  const groups: ReadonlySet<T>[] = [];
  for (const p of parts) {
    const w = word(v, p);
    if (w !== undefined) {
      values.add(w);
      continue;
    }
    const g = groupOf(v, p);
    if (!g) return UNKNOWN;
    groups.push(g.members);
  }
  if (v.decisive !== undefined && values.has(v.decisive)) return { kind: 'value', value: v.decisive };
  if (values.size === 1) {
    const [only] = values as Set<T> & Iterable<T>;
    return groups.every((g) => g.has(only!)) ? { kind: 'value', value: only! } : UNKNOWN;
  }
  if (values.size === 0 && groups.every((g) => g === groups[0])) return { kind: 'group', members: groups[0]! };
  return UNKNOWN;
}

/** Adds each word (as its core) for `value`. */
export function addWords<T>(words: Map<string, T>, value: T, list: readonly string[]): void {
  for (const w of list) {
    const core = valueCore(w);
    if (core) words.set(core, value);
  }
}
