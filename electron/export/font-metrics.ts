/**
 * Glyph metrics and coverage read with fontkit (the parser pdfkit itself uses): the definition
 * builder breaks lines, sizes table columns and checks coverage before pdfmake lays anything out.
 * Each font is parsed once per process; pdfmake parses its own copy per document through its
 * public font table (pdf-render.ts).
 */
import { createRequire } from 'node:module';
import { FONT_ROLES, type FontRole } from '../../shared/export/layout.ts';
import type { PdfFontInfo } from './pdf-definition.ts';
import type { FontSet, ResolvedFont } from './fonts.ts';
import { deferWoff2Decoder } from './fontkit-woff2.ts';

const require = createRequire(import.meta.url);

/** The part of a fontkit font we use. */
export interface FontkitFont {
  postscriptName: string;
  unitsPerEm: number;
  ascent: number;
  descent: number;
  hasGlyphForCodePoint(cp: number): boolean;
  glyphForCodePoint(cp: number): { id: number; advanceWidth: number; bbox: { minY: number; maxY: number } };
}

interface FontkitModule {
  create(data: Uint8Array, postscriptName?: string): FontkitFont;
}

let fontkit: FontkitModule | undefined;

/** fontkit, loaded once (and with it the stand-in for its WOFF2 decoder: see fontkit-woff2.ts). Call this before loading pdfmake. */
export function loadFontkit(): FontkitModule {
  if (!fontkit) {
    deferWoff2Decoder();
    fontkit = require('fontkit') as FontkitModule;
  }
  return fontkit;
}

const parsed = new WeakMap<Uint8Array, Map<string, FontkitFont>>();

/** The parsed font for these bytes (and face of a collection), parsed once per process. */
export function parsedFont(bytes: Uint8Array, postscriptName?: string): FontkitFont {
  loadFontkit();
  let faces = parsed.get(bytes);
  if (!faces) parsed.set(bytes, (faces = new Map()));
  const key = postscriptName ?? '';
  let f = faces.get(key);
  if (!f) {
    f = loadFontkit().create(bytes, postscriptName);
    faces.set(key, f);
  }
  return f;
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

/** Whether the font draws this character (whitespace needs no glyph). */
export function fontHas(f: ResolvedFont, ch: string): boolean {
  return /\s/.test(ch) || parsedFont(f.bytes, f.postscriptName).hasGlyphForCodePoint(ch.codePointAt(0)!);
}

/** Font family names of the fallbacks in the PDF's font table. */
export const fallbackFamily = (i: number) => `fallback${i}`;

/**
 * Which font draws `ch` for a role: the role's own; else the body font (a 楷体 subset lacks rarer
 * characters); else the first fallback that has it; else null (nothing here draws it).
 */
export type FontChooser = (role: FontRole, ch: string) => { family: string; font: ResolvedFont } | null;

export function fontChooser(fonts: FontSet, fallbacks: readonly ResolvedFont[]): FontChooser {
  const cache = new Map<string, { family: string; font: ResolvedFont } | null>();
  return (role, ch) => {
    const key = `${role}\u0000${ch}`;
    let hit = cache.get(key);
    if (hit === undefined) {
      if (fontHas(fonts[role], ch)) hit = { family: role, font: fonts[role] };
      else if (fontHas(fonts.body, ch)) hit = { family: 'body', font: fonts.body };
      else {
        const i = fallbacks.findIndex((f) => {
          try {
            return fontHas(f, ch);
          } catch {
            return false;
          }
        });
        hit = i >= 0 ? { family: fallbackFamily(i), font: fallbacks[i]! } : null;
      }
      cache.set(key, hit);
    }
    return hit;
  };
}

/** Metrics and coverage the definition builder needs, read from the parsed fonts. */
export function pdfFontInfo(fonts: FontSet, fallbacks: readonly ResolvedFont[] = [], choose: FontChooser = fontChooser(fonts, fallbacks)): PdfFontInfo {
  const font = (role: FontRole) => parsedFont(fonts[role].bytes, fonts[role].postscriptName);
  const lineHeightPerPt = Object.fromEntries(
    FONT_ROLES.map((role) => {
      const f = font(role);
      return [role, (f.ascent - f.descent) / f.unitsPerEm];
    }),
  ) as Record<FontRole, number>;
  const ascentPerPt = Object.fromEntries(FONT_ROLES.map((role) => [role, font(role).ascent / font(role).unitsPerEm])) as Record<
    FontRole,
    number
  >;
  const pn = font('pageNumber');
  const dash = pn.glyphForCodePoint(0x2014).bbox;
  const widths = new Map<string, number>();
  return {
    lineHeightPerPt,
    ascentPerPt,
    dashMiddlePerPt: (dash.minY + dash.maxY) / 2 / pn.unitsPerEm,
    textWidth: (role, text, size) => {
      let em = 0;
      for (const ch of text) {
        const key = `${role}\u0000${ch}`;
        let w = widths.get(key);
        if (w === undefined) {
          const r = choose(role, ch)?.font ?? fonts[role];
          const f = parsedFont(r.bytes, r.postscriptName);
          widths.set(key, (w = f.glyphForCodePoint(ch.codePointAt(0)!).advanceWidth / f.unitsPerEm));
        }
        em += w;
      }
      return em * size;
    },
    runs: (role, text) => {
      const out: { text: string; font: string }[] = [];
      for (const ch of text) {
        const family = /\s/.test(ch) ? (out.at(-1)?.font ?? role) : (choose(role, ch)?.family ?? role);
        const last = out.at(-1);
        if (last && last.font === family) last.text += ch;
        else out.push({ text: ch, font: family });
      }
      return out;
    },
  };
}
