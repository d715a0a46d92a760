/**
 * Versioned migrations: MIGRATIONS[n] turns a version-n document into version n+1. Version 1 is the
 * first, so the table is empty; a future version adds its step here and bumps FILE_VERSION.
 */
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

export const MIGRATIONS: Record<number, Migration> = {};

export function migrate(doc: Record<string, unknown>, from: number, to: number): Record<string, unknown> {
  let out = doc;
  for (let v = from; v < to; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`no migration from version ${v}`);
    out = { ...step(out), version: v + 1 };
  }
  return out;
}
