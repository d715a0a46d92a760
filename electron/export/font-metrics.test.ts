import { createRequire } from 'node:module';
import { brotliCompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadFontkit } from './font-metrics.ts';

const require = createRequire(import.meta.url);

describe('loading fontkit', () => {
  it("leaves brotli's WOFF2 dictionary unread until a WOFF2 font needs it, and then decodes as brotli does", () => {
    loadFontkit();
    const fromFontkit = createRequire(require.resolve('fontkit'));
    const dictionary = fromFontkit.resolve('brotli/dec/dictionary-data.js');
    expect(require.cache[dictionary]).toBeUndefined();
    const decode = fromFontkit('brotli/decompress.js') as (b: Uint8Array, size?: number) => Uint8Array;
    const text = Buffer.from('政府信息公开工作年度报告'.repeat(50));
    expect(Buffer.from(decode(brotliCompressSync(text), text.length)).equals(text)).toBe(true);
    expect(require.cache[dictionary]).toBeDefined();
  });
});
