/**
 * Characters an export cannot print: those XML 1.0 forbids (control characters, U+FFFE/U+FFFF,
 * lone surrogates: a DOCX holding one does not open in Word) are removed from the document, and
 * those no font on this computer draws are found before export; both are listed for the clerk with
 * where they stand, never printed as silent boxes.
 */
import type { FontRole } from './layout.ts';

// Tab, line feed and carriage return are the only control characters XML allows.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const XML_ILLEGAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export interface Unprintable {
  char: string;
  /** Where it stands: 「标题」「一、总体情况 第2段」「表三 单元格 C12」. */
  where: string;
}

/** `text` without the characters XML forbids; each one removed is recorded in `removed`. */
export function xmlSafe(text: string, where: string, removed: Unprintable[]): string {
  return text.replace(XML_ILLEGAL, (ch) => {
    removed.push({ char: ch, where });
    return '';
  });
}

/** A run of text of one role, and where it stands in the report. */
export interface TextSpot {
  role: FontRole;
  text: string;
  where: string;
}

/** Characters of the spots that `draws` says no font has, each with the places it stands. */
export function findUndrawable(spots: readonly TextSpot[], draws: (role: FontRole, ch: string) => boolean): Unprintable[] {
  const out: Unprintable[] = [];
  const seen = new Set<string>();
  for (const s of spots) {
    for (const ch of s.text) {
      if (/\s/.test(ch) || draws(s.role, ch)) continue;
      const key = `${ch}\u0000${s.where}`;
      if (!seen.has(key)) out.push({ char: ch, where: s.where });
      seen.add(key);
    }
  }
  return out;
}

function codePoint(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** 「𠮷（U+20BB7）：一、总体情况 第2段；😀（U+1F600）：标题」: one entry a character, its places joined. */
export function describeUnprintable(list: readonly Unprintable[]): string {
  const byChar = new Map<string, string[]>();
  for (const u of list) byChar.set(u.char, [...new Set([...(byChar.get(u.char) ?? []), u.where])]);
  return [...byChar]
    .map(([ch, where]) => {
      // Invisible characters are named by code point only.
      const shown = /[\p{L}\p{N}\p{P}\p{S}]/u.test(ch) ? `${ch}（${codePoint(ch)}）` : codePoint(ch);
      return `${shown}：${where.join('、')}`;
    })
    .join('；');
}
