import { configDefaults, defineConfig } from 'vitest/config';
import { SYSTEM_PROJECTS, isCI, missingMessage, missingPackages, systemProjectTest } from './test/system/packages.ts';

/**
 * Two kinds of test: `unit`, which needs only npm's packages, and one project per set of system
 * packages (test/system/packages.ts: poppler, LibreOffice, CJK fonts), named for what it needs. `npm test`
 * runs them all; under CI a missing package fails its project's files, elsewhere it skips them by name.
 */
/**
 * `vitest run --exclude X` applies X to the root config only, not to `projects` (vitest 4.1): `npm test`
 * leaves the kill test out that way, to run it alone after. So the excludes given on the command line
 * are read here and given to every project.
 */
function cliExcludes(argv: readonly string[]): string[] {
  return argv.flatMap((a, i) => (a === '--exclude' && argv[i + 1] ? [argv[i + 1]!] : a.startsWith('--exclude=') ? [a.slice('--exclude='.length)] : []));
}
const exclude = [...configDefaults.exclude, ...cliExcludes(process.argv)];

const ci = isCI();
// vitest reads this file more than once a run: say what is missing once.
const said = globalThis as { nianbaoSaidMissing?: boolean };
const systemProjects = SYSTEM_PROJECTS.map((p) => {
  const missing = missingPackages(p);
  if (missing.length && !ci && !said.nianbaoSaidMissing) console.warn(`${missingMessage({ project: p.name, files: p.files, missing })} — its tests are skipped.`);
  return { extends: true as const, test: { ...systemProjectTest(p, missing, ci), exclude } };
});
said.nianbaoSaidMissing = true;

export default defineConfig({
  test: {
    testTimeout: 20000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'test/unit/**/*.test.ts', 'test/lint/**/*.test.ts'],
          exclude: [...exclude, ...SYSTEM_PROJECTS.flatMap((p) => p.files)],
        },
      },
      ...systemProjects,
    ],
  },
});
