import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { woff2Of } from '../../test/fixtures/woff2.ts';
import { loadFontkit, parsedFont } from './font-metrics.ts';
import { resolveFonts } from './fonts.ts';
import { subsetFont } from './font-subset.ts';
import { BROTLI_DECODER, FONTKIT_VERSION } from './fontkit-woff2.ts';

const require = createRequire(import.meta.url);
const fontkitMain = require.resolve('fontkit');
const fromFontkit = createRequire(fontkitMain);
const dictionary = fromFontkit.resolve('brotli/dec/dictionary-data.js');

describe("the stand-in for fontkit's WOFF2 decoder (fontkit-woff2.ts)", () => {
  it('is planted in the fontkit it was written for: the version package.json pins exactly, which pdfkit loads too', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> };
    expect(pkg.dependencies.fontkit).toBe(FONTKIT_VERSION);
    const installed = JSON.parse(readFileSync(join(dirname(fontkitMain), '..', 'package.json'), 'utf8')) as { version: string };
    expect(installed.version).toBe(FONTKIT_VERSION);
    expect(readFileSync(fontkitMain, 'utf8')).toContain(`require("${BROTLI_DECODER}")`);
    const pdfkit = createRequire(require.resolve('pdfmake')).resolve('pdfkit');
    expect(createRequire(pdfkit).resolve('fontkit')).toBe(fontkitMain);
  });

  it("leaves brotli's dictionary unread until a WOFF2 font is decoded, and then decodes it as the TrueType font reads", async () => {
    loadFontkit();
    expect(require.cache[dictionary]).toBeUndefined();
    const fonts = await resolveFonts({ dirs: [] });
    const ttf = subsetFont(fonts.body.bytes, '年报2025');
    const woff2 = parsedFont(woff2Of(ttf));
    const plain = parsedFont(ttf);
    for (const ch of '年报2025') {
      const cp = ch.codePointAt(0)!;
      expect(woff2.glyphForCodePoint(cp).advanceWidth, ch).toBe(plain.glyphForCodePoint(cp).advanceWidth);
      expect(woff2.glyphForCodePoint(cp).bbox, ch).toEqual(plain.glyphForCodePoint(cp).bbox);
    }
    expect(woff2.hasGlyphForCodePoint('政'.codePointAt(0)!)).toBe(false);
    expect(require.cache[dictionary]).toBeDefined();
  });
});
