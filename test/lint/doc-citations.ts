/**
 * Citations of the documentation: `docs/format.md §4.5` in a comment names a heading of docs/format.md
 * that starts with 「§4.5」. Every § in the code must follow a docs/ file on its line and resolve there;
 * inside docs/, a bare § names a heading of the same file (or of the .md file named just before it).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The § ids of a Markdown file's headings (`## §4.5 sec3-balance …` → 4.5). */
export function headingIds(markdown: string): Set<string> {
  return new Set([...markdown.matchAll(/^#{1,6}\s+§(\d+(?:\.\d+)*)\s/gm)].map((m) => m[1]!));
}

/** A citation that does not resolve: where it is and why. */
export interface BadCitation {
  file: string;
  line: number;
  problem: string;
}

const TOKEN = /(?:(docs\/)?([\w-]+)\.md\b)|§(\d+(?:\.\d+)*)/g;

/**
 * The unresolved citations of one file. `docs`: the headings of each docs/ file by its name
 * (`format.md`); `self`: the docs/ file being checked, whose bare § refer to itself.
 */
export function badCitations(file: string, text: string, docs: ReadonlyMap<string, Set<string>>, self?: string): BadCitation[] {
  const out: BadCitation[] = [];
  text.split('\n').forEach((lineText, i) => {
    if (self && /^#{1,6}\s+§/.test(lineText)) return;
    let cited: string | undefined = self;
    for (const m of lineText.matchAll(TOKEN)) {
      const bad = (problem: string) => out.push({ file, line: i + 1, problem });
      if (m[2] !== undefined) {
        const name = `${m[2]}.md`;
        if (!docs.has(name)) {
          cited = undefined;
          continue;
        }
        // Outside docs/ a documentation file is named with its folder, as a clone has it.
        if (!self && !m[1]) bad(`“${name}” without docs/: the documentation is docs/${name}`);
        cited = name;
      } else if (!cited) bad(`“§${m[3]}” names no docs/ file before it on its line`);
      else if (!docs.get(cited)!.has(m[3]!)) bad(`docs/${cited} has no heading §${m[3]}`);
    }
  });
  return out;
}

const SKIP = new Set(['node_modules', '.git', 'dist', 'dist-electron', 'out', 'test-results', 'playwright-report', 'corpus', 'reference', 'docs']);
const SOURCE = /\.(ts|tsx|js|mjs|cjs|css|html|conf|json|md)$|^run$/;
/** The checker and its test hold dangling citations on purpose. */
const CHECKER = new Set(['test/lint/doc-citations.ts', 'test/lint/doc-citations.test.ts']);

/** The repository's own text files outside docs/: code, configs, READMEs. */
export function sourceFiles(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return SKIP.has(name) ? [] : sourceFiles(root, path);
    const file = relative(root, path);
    return SOURCE.test(name) && name !== 'package-lock.json' && !CHECKER.has(file) ? [file] : [];
  });
}

/** Every unresolved citation of the repository: in the code and between the docs themselves. */
export function repositoryCitations(root: string): { checked: number; bad: BadCitation[] } {
  const docsDir = join(root, 'docs');
  const texts = new Map(readdirSync(docsDir).filter((f) => f.endsWith('.md')).map((f) => [f, readFileSync(join(docsDir, f), 'utf8')]));
  const docs = new Map([...texts].map(([f, t]) => [f, headingIds(t)]));
  const files = sourceFiles(root);
  const bad = [
    ...files.flatMap((f) => badCitations(f, readFileSync(join(root, f), 'utf8'), docs)),
    ...[...texts].flatMap(([f, t]) => badCitations(`docs/${f}`, t, docs, f)),
  ];
  return { checked: files.length, bad };
}
