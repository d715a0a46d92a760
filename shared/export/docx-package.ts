/**
 * What the `docx` library cannot write, added to its package: a font table that tells Word/WPS
 * what each official font is when the computer lacks it (altName, GB2312 charset, panose), and
 * paragraph-level grid and spacing switches on the grid styles. fflate rewrites the two parts.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/** How Word describes a Chinese font it may not have: its Windows stand-in and class. */
interface FontFacts {
  altName: string;
  panose: string;
  family: 'roman' | 'modern' | 'swiss' | 'auto';
  pitch: 'fixed' | 'variable';
}

const SONG: FontFacts = { altName: '宋体', panose: '02010600030101010101', family: 'auto', pitch: 'variable' };
const HEI: FontFacts = { altName: '黑体', panose: '02010609060101010101', family: 'modern', pitch: 'fixed' };
const FANGSONG: FontFacts = { altName: '仿宋', panose: '02010609060101010101', family: 'modern', pitch: 'fixed' };
const KAI: FontFacts = { altName: '楷体', panose: '02010609060101010101', family: 'modern', pitch: 'fixed' };

/** The stand-in by what the name says it is (仿宋_GB2312 → 仿宋, 方正小标宋简体 → 宋体, CESI黑体-GB2312 → 黑体…). */
export function fontFacts(name: string): FontFacts {
  if (/仿宋|fangsong/i.test(name)) return FANGSONG;
  if (/楷|kai/i.test(name)) return KAI;
  if (/黑|hei/i.test(name)) return HEI;
  return SONG;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

export function fontTableXml(names: readonly string[]): string {
  const fonts = [...new Set(names)].map((name) => {
    const f = fontFacts(name);
    // charset 86 is GB2312 (Word's value for simplified Chinese fonts).
    const alt = f.altName === name ? '' : `<w:altName w:val="${escape(f.altName)}"/>`;
    return `<w:font w:name="${escape(name)}">${alt}<w:panose1 w:val="${f.panose}"/><w:charset w:val="86"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`;
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    fonts.join('') +
    '</w:fonts>'
  );
}

/**
 * The marker electron/export/docx.ts puts in its styles' run properties (the library has no paragraph-level
 * snapToGrid): such styles also get it, and no automatic Chinese–Latin spacing (the PDF has none),
 * on the paragraph.
 */
export const GRID_MARKER = '<w:snapToGrid w:val="false"/>';
const GRID_PPR = '<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/><w:snapToGrid w:val="0"/>';

export function gridStyles(stylesXml: string): string {
  return stylesXml.replace(/<w:style [^>]*>.*?<\/w:style>/gs, (style) =>
    // pPr children are ordered: these come before <w:spacing>.
    style.includes(GRID_MARKER) ? style.replace('<w:spacing ', `${GRID_PPR}<w:spacing `) : style,
  );
}

/**
 * The Normal style's size, written on the style itself: the grid's charSpace is relative to it, and
 * LibreOffice reads it from the style (12 pt when absent, which narrows the text area to whole
 * cells of a 11.8 pt grid) where Word takes the document default.
 */
export function normalSize(stylesXml: string, halfPoints: number): string {
  return stylesXml.replace(
    /(<w:style w:type="paragraph" w:styleId="Normal"[^>]*>.*?)(<\/w:style>)/s,
    (_, head: string, end: string) => (head.includes('<w:rPr>') ? head + end : `${head}<w:rPr><w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/></w:rPr>${end}`),
  );
}

export interface PackageOptions {
  fontNames: readonly string[];
  /** The Normal style's size, in half points. */
  normalHalfPoints: number;
}

export function finishDocx(bytes: Uint8Array, opts: PackageOptions): Uint8Array {
  const files = unzipSync(bytes);
  files['word/fontTable.xml'] = strToU8(fontTableXml(opts.fontNames));
  const styles = files['word/styles.xml'];
  if (styles) files['word/styles.xml'] = strToU8(normalSize(gridStyles(strFromU8(styles)), opts.normalHalfPoints));
  return zipSync(files, { level: 6 });
}
