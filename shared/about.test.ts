import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aboutText } from './about.ts';
import { APP_VERSION } from './file/codec.ts';
import { BUNDLED_FONTS } from './export/font-credits.ts';

describe('关于', () => {
  it('版本号与 package.json 一致', () => {
    expect(APP_VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });

  it('列出每种内置字体、版权和许可，许可文本确实随字体提供', () => {
    const about = aboutText('0.1.0');
    expect(about.message).toBe('年报编辑器 0.1.0');
    for (const f of Object.values(BUNDLED_FONTS)) {
      expect(about.lines.some((l) => l.includes(f.label) && l.includes('SIL Open Font License 1.1'))).toBe(true);
      expect(readFileSync(`resources/fonts/${f.licenceFile}`, 'utf8')).toContain('SIL OPEN FONT LICENSE');
    }
  });
});
