/**
 * Outside CI, a system project whose packages this machine lacks runs this file instead of its own:
 * each of its test files shows as skipped, named for what to install (CI installs them and runs the files).
 */
import { describe, it } from 'vitest';
import { MISSING_ENV, type MissingReport } from './packages.ts';

const report = JSON.parse(process.env[MISSING_ENV] ?? '{"files":[],"missing":[]}') as MissingReport;
const install = report.missing.map((m) => m.apt).join(' ');

for (const file of report.files) {
  describe.skip(`${file} — skipped, not installed here: apt-get install ${install}`, () => {
    it(`needs ${report.missing.map((m) => m.what).join('; ')}`, () => {});
  });
}
