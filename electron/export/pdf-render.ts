/**
 * Runs pdfmake over the shared document definition. pdfmake re-parses every font file for every
 * document (~300 ms for CJK faces); we parse each font once per process and hand pdfkit the parsed
 * font, so a repeat export only lays out and subsets.
 */
import { createRequire } from 'node:module';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { FONT_ROLES, type FontRole } from '../../shared/export/layout.ts';
import type { PdfFontInfo } from '../../shared/export/pdf-definition.ts';
import type { FontSet, ResolvedFont } from './fonts.ts';

const require = createRequire(import.meta.url);

/** The part of a fontkit font we use. */
interface FontkitFont {
  postscriptName: string;
  unitsPerEm: number;
  ascent: number;
  descent: number;
  hasGlyphForCodePoint(cp: number): boolean;
  glyphForCodePoint(cp: number): { id: number; codePoints: number[] };
  hmtx: { metrics: { length: number; get(i: number): { advance: number } } };
}

const advances = new WeakMap<FontkitFont, Map<number, number>>();

/**
 * A glyph's advance width in font units, read from the hmtx table: fontkit's glyph.advanceWidth
 * decodes the whole outline to compute vertical metrics we do not need.
 */
export function advanceOf(fk: FontkitFont, gid: number): number {
  let m = advances.get(fk);
  if (!m) advances.set(fk, (m = new Map()));
  let a = m.get(gid);
  if (a === undefined) {
    const metrics = fk.hmtx.metrics;
    // Glyphs past the last entry share its advance (monospaced tail).
    a = metrics.get(Math.min(gid, metrics.length - 1)).advance;
    m.set(gid, a);
  }
  return a;
}

interface FontkitModule {
  create(data: Uint8Array, postscriptName?: string): FontkitFont;
}

interface PdfKitDoc {
  fonts: Record<string, Record<string, unknown>>;
  fontCache: Record<string, Record<string, unknown>>;
  _fontCount: number;
  _fontFamilies: Record<string, unknown>;
  getFontType(bold: boolean, italics: boolean): string;
  font(src: Uint8Array, family?: string): { _font: { constructor: EmbeddedFontCtor } };
}

type EmbeddedFontCtor = new (doc: PdfKitDoc, font: FontkitFont, id: string) => { font: FontkitFont; id: string };

interface PdfMake {
  setFonts(fonts: Record<string, Record<string, unknown>>): void;
  setUrlAccessPolicy(cb: (url: string) => boolean): void;
  setLocalAccessPolicy(cb: (path: string) => boolean): void;
  createPdf(dd: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
}

const fontkit = require('fontkit') as FontkitModule;
const parsed = new WeakMap<Uint8Array, Map<string, FontkitFont>>();

/** The parsed font for these bytes (and face of a collection), parsed once per process. */
export function parsedFont(bytes: Uint8Array, postscriptName?: string): FontkitFont {
  let faces = parsed.get(bytes);
  if (!faces) parsed.set(bytes, (faces = new Map()));
  const key = postscriptName ?? '';
  let f = faces.get(key);
  if (!f) {
    f = fontkit.create(bytes, postscriptName);
    faces.set(key, f);
  }
  return f;
}

/** Font bytes by the name pdfmake's font table carries (pdfmake only accepts names or URLs there). */
const registered = new Map<string, Uint8Array>();

const layoutCaches = new WeakMap<FontkitFont, object>();

interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}

/**
 * Glyphs straight from the character map, without OpenType shaping: Chinese official text needs no
 * ligatures or kerning, and shaping a CJK font's GSUB/GPOS costs more than the rest of the export.
 * Same shape as pdfkit's run: positions in 1/1000 em.
 */
function simpleRun(fk: FontkitFont, text: string): { glyphs: unknown[]; positions: Position[]; advanceWidth: number } {
  const scale = 1000 / fk.unitsPerEm;
  const glyphs: unknown[] = [];
  const positions: Position[] = [];
  let advanceWidth = 0;
  for (const ch of text) {
    const g = fk.glyphForCodePoint(ch.codePointAt(0)!);
    const w = advanceOf(fk, g.id) * scale;
    // What pdfkit reads from a glyph when encoding text.
    glyphs.push({ id: g.id, codePoints: g.codePoints, advanceWidth: advanceOf(fk, g.id) });
    positions.push({ xAdvance: w, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: w });
    advanceWidth += w;
  }
  return { glyphs, positions, advanceWidth };
}

/** An installed font we can draw Chinese with: it parses and maps Unicode 年 and 0 to glyphs. */
export function fontUsable(f: ResolvedFont): boolean {
  try {
    const fk = parsedFont(f.bytes, f.postscriptName);
    return fk.hasGlyphForCodePoint(0x5e74) && fk.hasGlyphForCodePoint(0x30);
  } catch {
    return false;
  }
}

let embeddedFontCtor: EmbeddedFontCtor | undefined;

function patchFontCache(): void {
  const proto = (require('pdfmake/js/PDFDocument.js') as { default: { prototype: PdfKitDoc & { provideFont: unknown } } })
    .default.prototype;
  const original = proto.provideFont as (this: PdfKitDoc, family: string, bold: boolean, italics: boolean) => unknown;
  proto.provideFont = function provideFont(this: PdfKitDoc, family: string, bold: boolean, italics: boolean) {
    const type = this.getFontType(bold, italics);
    const def = this.fonts[family]?.[type];
    const [key, face] = Array.isArray(def) ? (def as [unknown, string?]) : [def, undefined];
    const bytes = typeof key === 'string' ? registered.get(key) : undefined;
    if (!bytes) return original.call(this, family, bold, italics);
    this.fontCache[family] ??= {};
    const cached = this.fontCache[family][type];
    if (cached) return cached;
    const fk = parsedFont(bytes, face);
    // One embedded (subset) font per parsed face and document, shared by every role using it.
    let embedded = Object.values(this._fontFamilies).find((f) => (f as { font?: unknown }).font === fk) as
      | { id: string }
      | undefined;
    if (!embedded) {
      if (!embeddedFontCtor) {
        // pdfkit does not export its font class: let it build one font object once to learn it.
        // That object is never referenced by a page, so pdfkit does not embed it.
        const first = this.font(bytes, face)._font;
        embeddedFontCtor = first.constructor;
        for (const [k, v] of Object.entries(this._fontFamilies)) if (v === first) delete this._fontFamilies[k];
      }
      embedded = new embeddedFontCtor(this, fk, `F${++this._fontCount}`);
      // Shaped runs depend only on the font and the text: share them across documents too.
      let shaped = layoutCaches.get(fk);
      if (!shaped) layoutCaches.set(fk, (shaped = Object.create(null) as object));
      (embedded as { layoutCache?: object }).layoutCache = shaped;
      (embedded as { layoutRun?: unknown }).layoutRun = (text: string) => simpleRun(fk, text);
      this._fontFamilies[embedded.id] = embedded;
    }
    this.fontCache[family][type] = embedded;
    return embedded;
  };
}

let pdfmake: PdfMake | undefined;

/** Loads pdfmake (about 100 ms) and installs the font cache; later calls return it. */
export function loadPdfEngine(): PdfMake {
  if (!pdfmake) {
    pdfmake = require('pdfmake') as PdfMake;
    // Reports never load images or files: the document definition carries everything.
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy(() => false);
    patchFontCache();
  }
  return pdfmake;
}

function fontDef(f: ResolvedFont): unknown {
  const key = `nianbao-font:${f.path}`;
  registered.set(key, f.bytes);
  return f.postscriptName ? [key, f.postscriptName] : key;
}

/** Metrics and coverage the definition builder needs, read from the parsed fonts. */
export function pdfFontInfo(fonts: FontSet): PdfFontInfo {
  const font = (role: FontRole) => parsedFont(fonts[role].bytes, fonts[role].postscriptName);
  const lineHeightPerPt = Object.fromEntries(
    FONT_ROLES.map((role) => {
      const f = font(role);
      return [role, (f.ascent - f.descent) / f.unitsPerEm];
    }),
  ) as Record<FontRole, number>;
  const widths = new Map<string, number>();
  return {
    lineHeightPerPt,
    textWidth: (role, text, size) => {
      const f = font(role);
      let units = 0;
      for (const ch of text) {
        const key = `${role}\u0000${ch}`;
        let w = widths.get(key);
        if (w === undefined) widths.set(key, (w = advanceOf(f, f.glyphForCodePoint(ch.codePointAt(0)!).id)));
        units += w;
      }
      return (units / f.unitsPerEm) * size;
    },
    covers: (role, text) => {
      const f = font(role);
      for (const ch of text) if (!/\s/.test(ch) && !f.hasGlyphForCodePoint(ch.codePointAt(0)!)) return false;
      return true;
    },
  };
}

export async function renderPdf(dd: TDocumentDefinitions, fonts: FontSet): Promise<Uint8Array> {
  const pm = loadPdfEngine();
  pm.setFonts(
    Object.fromEntries(FONT_ROLES.map((role) => [role, { normal: fontDef(fonts[role]), bold: fontDef(fonts[role]) }])),
  );
  const buf = await pm.createPdf(dd).getBuffer();
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}
