/**
 * Versioned migrations: MIGRATIONS[n] turns a version-n document into version n+1; a new version adds
 * its step here and bumps FILE_VERSION.
 */
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

export const MIGRATIONS: Record<number, Migration> = {
  // Version 2 added the opening paragraph before 一 (report.preamble); a version-1 report has none.
  1: (doc) => {
    const report = doc.report;
    if (typeof report !== 'object' || report === null || 'preamble' in report) return doc;
    return { ...doc, report: { ...report, preamble: [] } };
  },
};

export function migrate(doc: Record<string, unknown>, from: number, to: number): Record<string, unknown> {
  let out = doc;
  for (let v = from; v < to; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`no migration from version ${v}`);
    out = { ...step(out), version: v + 1 };
  }
  return out;
}
