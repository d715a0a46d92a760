import { describe, expect, it } from 'vitest';
import { parsedFont } from './font-metrics.ts';
import { resolveFonts } from './fonts.ts';
import { subsetFont } from './font-subset.ts';

/** What the test reads of a fontkit font, beyond what the export uses. */
interface Inspected {
  hasGlyphForCodePoint(cp: number): boolean;
  glyphForCodePoint(cp: number): { advanceWidth: number };
  GSUB?: unknown;
  numGlyphs: number;
}

describe('per-document font subsets', () => {
  it('keep the characters of the document with their widths, and nothing of the layout tables', async () => {
    const fonts = await resolveFonts({ dirs: [] });
    const full = parsedFont(fonts.body.bytes) as unknown as Inspected;
    const bytes = subsetFont(fonts.body.bytes, '年报2025，');
    expect(bytes.byteLength).toBeLessThan(fonts.body.bytes.byteLength / 100);
    const sub = parsedFont(bytes) as unknown as Inspected;
    for (const ch of '年报2025，') {
      expect(sub.hasGlyphForCodePoint(ch.codePointAt(0)!), ch).toBe(true);
      expect(sub.glyphForCodePoint(ch.codePointAt(0)!).advanceWidth, ch).toBe(full.glyphForCodePoint(ch.codePointAt(0)!).advanceWidth);
    }
    expect(sub.hasGlyphForCodePoint('政'.codePointAt(0)!)).toBe(false);
    expect(sub.GSUB).toBeFalsy();
    // .notdef and the six distinct characters.
    expect(sub.numGlyphs).toBe(7);
  });
});
