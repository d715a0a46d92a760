/**
 * `npm run bench`: runs every test/bench/*.bench.ts and prints one figure a line:
 * name · value · unit · target. Figures, not pass/fail: targets are read by people.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { Bench } from './figures.ts';

// Bench modules import their types from ./figures.ts, never from this entry script (a runtime
// import of the entry would deadlock on its top-level await).
export type { Bench, Figure } from './figures.ts';

function fmt(v: number): string {
  return v >= 100 ? v.toFixed(0) : v >= 1 ? v.toFixed(2) : v.toFixed(4);
}

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
for (const file of readdirSync(here).filter((f) => f.endsWith('.bench.ts')).sort()) {
  if (only && !file.includes(only)) continue;
  const mod = (await import(join(here, file))) as { bench: Bench };
  for (const f of await mod.bench()) console.log(`${f.name} · ${fmt(f.value)} · ${f.unit} · ${f.target}`);
}
