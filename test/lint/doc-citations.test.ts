/**
 * "A newcomer with only the repository finds every cited spec": each § the code cites is a heading of
 * docs/, the old names (format.md, architecture.md of the reference folder) are gone, and the README
 * links the docs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../shared/rules/index.ts';
import { ROOT } from './compile-probe.ts';
import { badCitations, headingIds, repositoryCitations } from './doc-citations.ts';

const DOCS = new Map([
  ['format.md', headingIds('# Format\n## §3 The tables\n### §3.2 Table 二\n## §4 Checks\n### §4.5 sec3-balance\n')],
  ['architecture.md', headingIds('## §1 Layers\n')],
]);

describe('citations of docs/', () => {
  it('every one in the repository resolves to a heading', () => {
    const { checked, bad } = repositoryCitations(ROOT);
    expect(checked).toBeGreaterThan(300);
    expect(bad).toEqual([]);
  });

  it('a § that names no heading fails, as does one with no docs/ file before it', () => {
    const code = ['/** Rule 3: docs/format.md §4.5. */', '// Table 二: docs/format.md §3.2 and §3.9.', '// see §4.5', '// docs/architecture.md §2'].join('\n');
    expect(badCitations('x.ts', code, DOCS)).toEqual([
      { file: 'x.ts', line: 2, problem: 'docs/format.md has no heading §3.9' },
      { file: 'x.ts', line: 3, problem: '“§4.5” names no docs/ file before it on its line' },
      { file: 'x.ts', line: 4, problem: 'docs/architecture.md has no heading §2' },
    ]);
  });

  it('the reference folder’s names without docs/ fail: a clone does not have them', () => {
    expect(badCitations('x.ts', '// format.md §4.5', DOCS).map((b) => b.problem)).toEqual(['“format.md” without docs/: the documentation is docs/format.md']);
  });

  it('inside docs/, a bare § names the same file, or the file named just before it', () => {
    const text = '## §4 Checks\nas §4.5 says; see architecture.md §1, and §7\n';
    expect(badCitations('docs/format.md', text, DOCS, 'format.md').map((b) => b.problem)).toEqual(['docs/architecture.md has no heading §7']);
  });

  it('docs/format.md has a heading for every rule the checker runs, named by its id', () => {
    const format = readFileSync(join(ROOT, 'docs/format.md'), 'utf8');
    const headed = new Set([...format.matchAll(/^### §4\.\d+ ([\w-]+) — /gm)].map((m) => m[1]));
    expect(RULES.map((r) => r.id).filter((id) => !headed.has(id))).toEqual([]);
  });

  it('the README links both documents', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('(docs/format.md)');
    expect(readme).toContain('(docs/architecture.md)');
  });
});
