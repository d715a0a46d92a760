/**
 * What the `docx` library cannot write, added to its package: a font table that tells Word/WPS
 * what each official font is when the computer lacks it (altName, GB2312 charset, panose), and
 * the few style properties its options lack (finishStyles). fflate rewrites the two parts.
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
 * The mark docx.ts puts in its styles' run properties (the library has snapToGrid for runs only):
 * the rewrite below adds the paragraph-level switches to the styles that carry it.
 */
export const GRID_MARKER = '<w:snapToGrid w:val="false"/>';
/**
 * Before the library's <w:spacing> of the paragraph (pPr children are ordered, ECMA-376
 * CT_PPrBase: overflowPunct, autoSpaceDE, autoSpaceDN, …, snapToGrid, spacing). Not the library's
 * own autoSpaceEastAsianText: it writes autoSpaceDN after <w:jc>, out of the schema's order.
 */
const GRID_PPR = '<w:overflowPunct w:val="0"/><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/><w:snapToGrid w:val="0"/>';

/**
 * The library's Normal style, which it writes without options (docx 9.15): the rewrite gives it
 * the body size.
 */
export const NORMAL_STYLE = '<w:style w:type="paragraph" w:styleId="Normal" w:default="1"><w:name w:val="Normal"/><w:qFormat/></w:style>';

/**
 * The one rewrite of the library's styles.xml, for what its options cannot say (docx 9.15):
 *
 * - on each grid style (marked by GRID_MARKER), no snapping to the document grid at the paragraph
 *   level (the library has it for runs only: LibreOffice gives a 16 pt character two cells of a
 *   15.8 pt grid where Word squeezes it into one), no automatic Chinese–Latin spacing
 *   (autoSpaceDE; the library writes only autoSpaceDN) and no punctuation hanging past the margin
 *   (overflowPunct; the library writes it only when on): our PDF has neither;
 * - the Normal style's size: the grid's charSpace is relative to it, and LibreOffice reads it from
 *   the style (12 pt when absent, which narrows the text area to whole cells of a 11.8 pt grid)
 *   where Word takes the document default.
 *
 * Throws when the library's output no longer has what it anchors on (docx-package.test.ts says so
 * first): a silent no-op would bring back LibreOffice's 14 characters a line.
 */
export function finishStyles(stylesXml: string, normalHalfPoints: number): string {
  let marked = 0;
  let done = 0;
  const grid = stylesXml.replace(/<w:style [^>]*>.*?<\/w:style>/gs, (style) => {
    if (!style.includes(GRID_MARKER)) return style;
    marked++;
    const out = style.replace(/<w:pPr>(.*?)<w:spacing /s, (m, before: string) => (/autoSpace|snapToGrid|overflowPunct/.test(before) ? m : (done++, `<w:pPr>${before}${GRID_PPR}<w:spacing `)));
    return out;
  });
  if (!marked || done !== marked || !grid.includes(NORMAL_STYLE)) {
    throw new Error('styles.xml of the docx library has changed: the Normal style or the grid styles are no longer written as shared/export/docx-package.ts expects');
  }
  return grid.replace(NORMAL_STYLE, NORMAL_STYLE.replace('</w:style>', `<w:rPr><w:sz w:val="${normalHalfPoints}"/><w:szCs w:val="${normalHalfPoints}"/></w:rPr></w:style>`));
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
  if (styles) files['word/styles.xml'] = strToU8(finishStyles(strFromU8(styles), opts.normalHalfPoints));
  return zipSync(files, { level: 6 });
}
