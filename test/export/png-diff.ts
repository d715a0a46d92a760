/**
 * Compares a rendered page with a reference PNG in test/export/reference/ so a layout regression
 * fails. The references are written only when asked: `UPDATE_REFERENCE=1 npx vitest run …` rewrites
 * them (look at them before committing); a missing one fails, and CI never writes one.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { isCI } from '../system/packages.ts';

export const REFERENCE_DIR = join(dirname(fileURLToPath(import.meta.url)), 'reference');

export interface Diff {
  /** Share of pixels that differ beyond anti-aliasing noise. */
  ratio: number;
  sizeMatches: boolean;
}

export function compareWithReference(name: string, png: Buffer, dir = REFERENCE_DIR, env: NodeJS.ProcessEnv = process.env): Diff {
  const refPath = join(dir, name);
  if (env.UPDATE_REFERENCE === '1') {
    if (isCI(env)) throw new Error(`UPDATE_REFERENCE=1 under CI: reference images are written on a developer's machine and committed, never by CI`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(refPath, png);
  } else if (!existsSync(refPath)) {
    throw new Error(`reference image ${name} is missing from ${dir}: make it with UPDATE_REFERENCE=1, look at it, and commit it`);
  }
  const a = PNG.sync.read(png);
  const b = PNG.sync.read(readFileSync(refPath));
  if (a.width !== b.width || a.height !== b.height) return { ratio: 1, sizeMatches: false };
  const changed = pixelmatch(a.data, b.data, undefined, a.width, a.height, { threshold: 0.2 });
  return { ratio: changed / (a.width * a.height), sizeMatches: true };
}
