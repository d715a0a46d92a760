import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { compareWithReference } from '../export/png-diff.ts';

function png(shade: number): Buffer {
  const img = new PNG({ width: 4, height: 4 });
  img.data.fill(shade);
  return PNG.sync.write(img);
}

describe('reference images of the export tests', () => {
  it('a missing one fails the comparison and is not written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-ref-'));
    expect(() => compareWithReference('page.png', png(255), dir, {})).toThrow(/page\.png is missing.*UPDATE_REFERENCE=1/);
    expect(existsSync(join(dir, 'page.png'))).toBe(false);
  });

  it('is written only with UPDATE_REFERENCE=1, and then compared against', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-ref-'));
    expect(compareWithReference('page.png', png(255), dir, { UPDATE_REFERENCE: '1' })).toEqual({ ratio: 0, sizeMatches: true });
    expect(readFileSync(join(dir, 'page.png')).equals(png(255))).toBe(true);
    expect(compareWithReference('page.png', png(0), dir, {}).ratio).toBe(1);
  });

  it('never under CI', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-ref-'));
    expect(() => compareWithReference('page.png', png(255), dir, { UPDATE_REFERENCE: '1', CI: 'true' })).toThrow(/never by CI/);
    expect(existsSync(join(dir, 'page.png'))).toBe(false);
  });
});
