/**
 * The Debian packages some tests need besides npm's (.ci/run installs them: APT_PACKAGES), how to tell
 * whether this machine has each, and which test files need which. vitest.config.ts makes a project of
 * each group of files, named for what it needs, with the policy below: all there, the tests run;
 * missing under CI, every file of the project fails naming the apt package (never a silent skip);
 * missing elsewhere, the project's tests are skipped under a name that says what to install.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export interface SystemPackage {
  /** The Debian package that provides it. */
  apt: string;
  /** What the tests use of it. */
  what: string;
  present(): boolean;
}

function onPath(...commands: string[]): boolean {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  return commands.every((c) =>
    dirs.some((d) => {
      try {
        accessSync(join(d, c), constants.X_OK);
        return true;
      } catch {
        return false;
      }
    }),
  );
}

/** The file fontconfig (what LibreOffice uses) finds for a family and style, or null (no such font, or no fc-list). */
export function systemFontFile(family: string, style = 'Regular'): string | null {
  try {
    const out = execFileSync('fc-list', ['-f', '%{file}\n', `${family}:style=${style}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return out.split('\n').find((l) => l.trim()) ?? null;
  } catch {
    return null;
  }
}

export const PACKAGES = {
  poppler: { apt: 'poppler-utils', what: 'poppler (pdftotext, pdftoppm, pdfinfo, pdffonts)', present: () => onPath('pdftotext', 'pdftoppm', 'pdfinfo', 'pdffonts') },
  libreoffice: { apt: 'libreoffice-writer-nogui', what: 'LibreOffice (libreoffice --headless --convert-to pdf)', present: () => onPath('libreoffice') },
  // test/export/fonts.conf draws the DOCX's official font names with these, as our PDF does.
  notoCjk: {
    apt: 'fonts-noto-cjk',
    what: 'Noto Serif CJK SC and Noto Sans CJK SC (found with fontconfig’s fc-list)',
    present: () => systemFontFile('Noto Serif CJK SC') !== null && systemFontFile('Noto Sans CJK SC') !== null,
  },
  wenkai: { apt: 'fonts-lxgw-wenkai', what: 'LXGW WenKai (found with fontconfig’s fc-list)', present: () => systemFontFile('LXGW WenKai') !== null },
} satisfies Record<string, SystemPackage>;

export type Need = keyof typeof PACKAGES;

export interface SystemProject {
  /** The vitest project's name: what its tests need. */
  name: string;
  needs: Need[];
  files: string[];
}

/** Every test file that needs more than npm gives, by what it needs (test/lint/system-tests.test.ts keeps this list whole). */
export const SYSTEM_PROJECTS: SystemProject[] = [
  { name: 'poppler', needs: ['poppler'], files: ['electron/cli/commands/export.test.ts', 'electron/scan/scan.test.ts', 'electron/scan/pages.test.ts'] },
  {
    // LibreOffice draws our DOCX with the CJK fonts that test/export/fonts.conf names; poppler reads both PDFs back.
    name: 'poppler+libreoffice+cjk-fonts',
    needs: ['poppler', 'libreoffice', 'notoCjk', 'wenkai'],
    files: [
      'electron/export/export.test.ts',
      'electron/export/geometry.test.ts',
      'electron/export/glyphs.test.ts',
      'electron/export/prose-numbers.test.ts',
      'electron/export/run-in.test.ts',
      'electron/export/table-numbers.test.ts',
      'electron/export/table-split.test.ts',
      'test/export/docx-layout.test.ts',
      'test/export/corpus-layout.test.ts',
      'test/export/office-resave.test.ts',
    ],
  },
];

/** Stands in for a project's files outside CI when a package is missing: skipped tests named for what is missing. */
export const NOT_INSTALLED_FILE = 'test/system/not-installed.test.ts';
/** Fails each file of a project under CI when a package is missing. */
export const REFUSE_SETUP_FILE = 'test/system/refuse-missing.ts';
/** How the two above learn what is missing: JSON of MissingReport in this environment variable. */
export const MISSING_ENV = 'NIANBAO_MISSING_PACKAGES';

export interface MissingReport {
  project: string;
  files: string[];
  missing: { apt: string; what: string }[];
}

export function isCI(env: NodeJS.ProcessEnv = process.env): boolean {
  return !!env.CI && env.CI !== 'false' && env.CI !== '0';
}

/** One line naming what to install: what the tests use and the apt-get line that installs it. */
export function missingMessage(r: MissingReport): string {
  const what = r.missing.map((m) => `${m.what} — Debian package ${m.apt}`).join('; ');
  return `vitest project "${r.project}" needs ${what}; not found on this machine. Install with: apt-get install ${r.missing.map((m) => m.apt).join(' ')}`;
}

/** The `test` options of a system project on this machine: see the policy at the top. */
export function systemProjectTest(p: SystemProject, missing: SystemPackage[], ci: boolean) {
  if (!missing.length) return { name: p.name, include: p.files };
  const report: MissingReport = { project: p.name, files: p.files, missing: missing.map(({ apt, what }) => ({ apt, what })) };
  const env = { [MISSING_ENV]: JSON.stringify(report) };
  if (ci) return { name: p.name, include: p.files, setupFiles: [REFUSE_SETUP_FILE], env };
  return { name: p.name, include: [NOT_INSTALLED_FILE], env };
}

/** Looked up once a process: vitest reads its config several times a run. */
const present = ((globalThis as { nianbaoPackagesPresent?: Map<Need, boolean> }).nianbaoPackagesPresent ??= new Map<Need, boolean>());

/** Which of a project's packages this machine lacks. */
export function missingPackages(p: SystemProject): SystemPackage[] {
  return p.needs.filter((n) => {
    if (!present.has(n)) present.set(n, PACKAGES[n].present());
    return !present.get(n);
  }).map((n) => PACKAGES[n]);
}
