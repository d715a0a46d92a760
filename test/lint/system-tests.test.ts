/**
 * "A newcomer sees from test names what a machine needs": every vitest file that runs poppler or
 * LibreOffice or reads a system font is in the project named for it (test/system/packages.ts), CI
 * installs every package those projects name, and a missing package fails under CI, skips by name elsewhere.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import {
  MISSING_ENV,
  NOT_INSTALLED_FILE,
  PACKAGES,
  REFUSE_SETUP_FILE,
  SYSTEM_PROJECTS,
  missingMessage,
  systemProjectTest,
  type Need,
} from '../system/packages.ts';
import { ROOT } from './compile-probe.ts';

/** The helpers of test/export/poppler.ts that run a program, by the package it comes from. */
const POPPLER_HELPERS = ['pdfText', 'pdfPages', 'pdfFonts', 'pagePng', 'pdfWords', 'pdfLines', 'inkExtent', 'rasterize'];
const LIBREOFFICE_HELPERS = ['libreOfficeToPdf', 'libreOfficeToPdfs', 'libreOfficeConvert'];

/** The names a test file imports from test/export/poppler.ts. */
const helpersOf = (text: string) => [...text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'[^']*test\/export\/poppler\.ts'/g)].flatMap((m) => m[1]!.split(',').map((n) => n.trim()));

/** What a test file shows it runs or reads, by package: a program it runs, a helper that runs one, a system font it asks for. */
const USES: [Need, (text: string) => boolean][] = [
  ['poppler', (t) => /['"](pdftotext|pdftoppm|pdfinfo|pdffonts)['"]/.test(t) || helpersOf(t).some((h) => POPPLER_HELPERS.includes(h))],
  ['libreoffice', (t) => /['"](libreoffice|soffice)['"]/.test(t) || helpersOf(t).some((h) => LIBREOFFICE_HELPERS.includes(h))],
  // LibreOffice draws our DOCX with these (test/export/fonts.conf).
  ['notoCjk', (t) => helpersOf(t).some((h) => LIBREOFFICE_HELPERS.includes(h)) || /systemFontFile\(['"]Noto/.test(t)],
  ['wenkai', (t) => helpersOf(t).some((h) => LIBREOFFICE_HELPERS.includes(h)) || /systemFontFile\(['"]LXGW/.test(t)],
];

const testFiles = ['shared', 'electron', 'renderer', 'test']
  .flatMap((dir) => ts.sys.readDirectory(join(ROOT, dir), ['.ts', '.tsx']))
  .filter((f) => /\.test\.tsx?$/.test(f))
  .map((f) => relative(ROOT, f))
  .filter((f) => !f.startsWith('test/system/') && f !== 'test/lint/system-tests.test.ts');

const usesOf = (file: string) => {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return USES.filter(([, uses]) => uses(text)).map(([need]) => need);
};
const projectOf = (file: string) => SYSTEM_PROJECTS.find((p) => p.files.includes(file));

describe('tests that need system packages', () => {
  it('each is in the vitest project named for what it needs, and no other test is', () => {
    expect(testFiles.length).toBeGreaterThan(100);
    const wrong = testFiles.flatMap((file) => {
      const uses = usesOf(file);
      const project = projectOf(file);
      if (!uses.length) return project ? [`${file} is in "${project.name}" but uses none of its packages`] : [];
      const lacking = uses.filter((u) => !project?.needs.includes(u));
      return lacking.length ? [`${file} uses ${lacking.join(', ')} but is in ${project ? `"${project.name}"` : 'unit'}`] : [];
    });
    expect(wrong).toEqual([]);
    for (const p of SYSTEM_PROJECTS) for (const f of p.files) expect(existsSync(join(ROOT, f)), f).toBe(true);
  });

  it('CI installs every package the projects name', () => {
    const run = readFileSync(join(ROOT, '.ci/run'), 'utf8');
    const apt = /APT_PACKAGES=\(([^)]*)\)/.exec(run)?.[1]?.split(/\s+/) ?? [];
    for (const p of SYSTEM_PROJECTS) for (const n of p.needs) expect(apt, PACKAGES[n].apt).toContain(PACKAGES[n].apt);
  });

  const project = SYSTEM_PROJECTS[1]!;
  const missing = [PACKAGES.libreoffice];

  it('with everything installed they run as they are', () => {
    expect(systemProjectTest(project, [], true)).toEqual({ name: project.name, include: project.files });
  });

  it('under CI a missing package fails each of their files, with the apt package in the message', () => {
    const t = systemProjectTest(project, missing, true);
    expect(t.include).toEqual(project.files);
    expect(t.setupFiles).toEqual([REFUSE_SETUP_FILE]);
    const message = missingMessage(JSON.parse(t.env![MISSING_ENV]!));
    expect(message).toContain('apt-get install libreoffice-writer-nogui');
    expect(message).toContain(project.name);
  });

  it('elsewhere their tests are skipped under names that say what to install', () => {
    const t = systemProjectTest(project, missing, false);
    expect(t).toMatchObject({ include: [NOT_INSTALLED_FILE] });
    expect(JSON.parse(t.env![MISSING_ENV]!)).toMatchObject({ files: project.files, missing: [{ apt: 'libreoffice-writer-nogui' }] });
  });

  it('and `vitest run --exclude` leaves a file out of every project, as npm test does with the kill test', () => {
    const vitest = join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
    const list = (...args: string[]) => execFileSync(process.execPath, [vitest, 'list', '--filesOnly', ...args], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const all = list('--exclude', 'electron/files/kill-save.test.ts');
    expect(all).toContain('[unit] shared/schema/schema.test.ts');
    expect(all).not.toContain('kill-save');
    expect(list('electron/files/kill-save.test.ts')).toContain('[unit] electron/files/kill-save.test.ts');
  }, 60_000);
});
