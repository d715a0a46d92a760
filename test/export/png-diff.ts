/**
 * Compares a rendered page with a reference PNG in test/export/reference/ so a layout regression
 * fails. NIANBAO_UPDATE_REFERENCE=1 rewrites the references (look at them before committing).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

export const REFERENCE_DIR = join(dirname(fileURLToPath(import.meta.url)), 'reference');

export interface Diff {
  /** Share of pixels that differ beyond anti-aliasing noise. */
  ratio: number;
  sizeMatches: boolean;
}

export function compareWithReference(name: string, png: Buffer): Diff {
  const refPath = join(REFERENCE_DIR, name);
  if (process.env.NIANBAO_UPDATE_REFERENCE === '1' || !existsSync(refPath)) {
    if (process.env.CI && !existsSync(refPath)) throw new Error(`reference image ${name} is missing`);
    mkdirSync(REFERENCE_DIR, { recursive: true });
    writeFileSync(refPath, png);
  }
  const a = PNG.sync.read(png);
  const b = PNG.sync.read(readFileSync(refPath));
  if (a.width !== b.width || a.height !== b.height) return { ratio: 1, sizeMatches: false };
  const changed = pixelmatch(a.data, b.data, undefined, a.width, a.height, { threshold: 0.2 });
  return { ratio: changed / (a.width * a.height), sizeMatches: true };
}
