/**
 * RTF → SourceDocument. Some office systems hand out their 「导出 Word」 as RTF named .doc, and Word and
 * WPS save it too. The text and the tables are what is needed: each table cell ends in a tab and each
 * row in a line break (\cell, \row — RTF marks both, unlike the old binary .doc), then the lines are
 * read as text with tab-separated rows. No well-kept RTF library gives tables (the npm ones render to
 * HTML in a browser or only tokenise), so this reads the little of RTF that text needs: groups, control
 * words, \'hh bytes in the font's or the document's code page, \uN with its fallback skipped, and the
 * destinations that are not body text (font and colour tables, styles, pictures, headers, field codes).
 */
import { FileError } from '../file/errors.ts';
import { who } from './sniff.ts';
import type { SourceDocument } from './source.ts';
import { textToSource } from './text.ts';

/** Destinations that are not the document's running text. */
const SKIPPED = new Set([
  'fonttbl', 'colortbl', 'stylesheet', 'info', 'pict', 'object', 'header', 'headerl', 'headerr', 'headerf', 'footer',
  'footerl', 'footerr', 'footerf', 'footnote', 'annotation', 'atnid', 'atnauthor', 'fldinst', 'themedata',
  'colorschememapping', 'latentstyles', 'datastore', 'xmlnstbl', 'listtable', 'listoverridetable', 'rsidtbl',
  'generator', 'mmathPr', 'pgdsctbl', 'filetbl', 'revtbl', 'shppict', 'nonshppict', 'bkmkstart', 'bkmkend',
  'nesttableprops', 'listtext', 'pntext', 'pntxta', 'pntxtb',
]);

const SYMBOLS: Record<string, string> = {
  par: '\n', line: '\n', sect: '\n', page: '\n', tab: '\t', cell: '\t', nestcell: '\t', row: '\n', nestrow: '\n',
  emdash: '—', endash: '–', lquote: '‘', rquote: '’', ldblquote: '“', rdblquote: '”', bullet: '•', emspace: '\u3000',
  enspace: ' ', qmspace: ' ',
};

/** Windows font charsets → the encoding of their \'hh bytes. */
const CHARSETS: Record<number, string> = { 128: 'shift_jis', 129: 'euc-kr', 134: 'gb18030', 136: 'big5', 204: 'windows-1251', 238: 'windows-1250' };

interface Group {
  skip: boolean;
  uc: number;
  font: number;
}

/** The document's text: paragraphs on lines, table cells ending in tabs, table rows on lines of their own. */
export function rtfText(rtf: string): string {
  const fonts = new Map<number, string>();
  let codePage = 'windows-1252';
  let out = '';
  let bytes: number[] = [];
  let state: Group = { skip: false, uc: 1, font: -1 };
  const stack: Group[] = [];
  let fallback = 0;
  let inFontTable = 0;
  let fontId = -1;
  const encoding = () => fonts.get(state.font) ?? codePage;
  const flush = () => {
    if (!bytes.length) return;
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(encoding());
    } catch {
      decoder = new TextDecoder('windows-1252'); // a code page the platform does not know
    }
    out += decoder.decode(new Uint8Array(bytes));
    bytes = [];
  };
  const emit = (s: string) => {
    if (state.skip) return;
    if (fallback > 0) {
      fallback--;
      return;
    }
    flush();
    out += s;
  };
  let i = 0;
  while (i < rtf.length) {
    const ch = rtf[i]!;
    if (ch === '{') {
      flush();
      stack.push(state);
      state = { ...state };
      fallback = 0;
      i++;
      continue;
    }
    if (ch === '}') {
      flush();
      state = stack.pop() ?? state;
      if (inFontTable && stack.length < inFontTable) inFontTable = 0;
      fallback = 0;
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      i++;
      continue;
    }
    if (ch !== '\\') {
      emit(ch);
      i++;
      continue;
    }
    const next = rtf[i + 1] ?? '';
    if (next === "'") {
      const byte = Number.parseInt(rtf.slice(i + 2, i + 4), 16);
      i += 4;
      if (state.skip || Number.isNaN(byte)) continue;
      if (fallback > 0) {
        fallback--;
        continue;
      }
      bytes.push(byte);
      continue;
    }
    if (!/[a-zA-Z]/.test(next)) {
      // A control symbol: \\ \{ \} are the characters, \~ a no-break space, \* an ignorable destination.
      if (next === '*') state.skip = true;
      else if (next === '~') emit('\u00a0');
      else if (next === '_') emit('-');
      else if (next === '\\' || next === '{' || next === '}') emit(next);
      else if (next === '\n' || next === '\r') emit('\n');
      i += 2;
      continue;
    }
    const m = /^([a-zA-Z]+)(-?\d+)? ?/.exec(rtf.slice(i + 1, i + 40))!;
    const [all, , num] = m;
    const word = m[1]!;
    const n = num === undefined ? undefined : Number(num);
    i += 1 + all.length;
    if (word === 'u' && n !== undefined) {
      emit(String.fromCharCode(n < 0 ? n + 65536 : n));
      if (!state.skip) fallback = state.uc;
      continue;
    }
    if (word === 'uc' && n !== undefined) state.uc = n;
    else if (word === 'ansicpg' && n !== undefined) codePage = n === 936 ? 'gb18030' : n === 950 ? 'big5' : `windows-${n}`;
    else if (word === 'fonttbl') inFontTable = stack.length;
    else if (word === 'f' && n !== undefined) {
      flush();
      if (inFontTable) fontId = n;
      else state.font = n;
    } else if (word === 'fcharset' && n !== undefined && inFontTable && CHARSETS[n]) fonts.set(fontId, CHARSETS[n]!);
    if (SKIPPED.has(word)) state.skip = true;
    else if (SYMBOLS[word] !== undefined) emit(SYMBOLS[word]!);
  }
  flush();
  return out;
}

export function readRtf(bytes: Uint8Array, name?: string): SourceDocument {
  // RTF is 7-bit: everything outside ASCII is escaped, so Latin-1 keeps every byte as it is.
  const text = rtfText(new TextDecoder('latin1').decode(bytes));
  if (!text.trim()) throw new FileError('invalid', `${who(name)}是 RTF 格式，但其中没有文字，无法作为年报读取`);
  return { ...textToSource(text), format: 'rtf' };
}
