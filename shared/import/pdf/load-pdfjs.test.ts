/**
 * pdf.js's legacy build replaces built-ins for the whole process on Node 20 (load-pdfjs.ts). Each case
 * runs in a fresh Node process: the built-ins of this one may have met pdf.js already in another test.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const BUILT_INS = "({ push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify })";
// By identity: core-js dresses its versions to print as [native code].
const CHANGED = `Object.entries(${BUILT_INS}).filter(([n, f]) => f !== globalThis.__before[n]).map(([n]) => n)`;

/** The built-ins that are no longer the engine's own after `script` ran in a fresh process. */
function replacedAfter(script: string): string[] {
  const code = `globalThis.__before = ${BUILT_INS};\n${script}\nconsole.log(JSON.stringify(${CHANGED}));`;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!) as string[];
}

describe('读取 PDF 之后，本进程的 push、JSON.parse、JSON.stringify 仍是引擎自带的', () => {
  it('pdf.js 的旧版构建直接载入时会换掉它们（所以才需要放回；换成不再替换的版本时这里会失败，提醒删掉放回的代码）', () => {
    expect(replacedAfter("await import('pdfjs-dist/legacy/build/pdf.mjs');").sort()).toEqual(['parse', 'push', 'stringify']);
  }, 60_000);

  it('经 loadPdfjs 载入并读完一个 PDF 后，一个也没有被换掉', () => {
    const script = [
      "const { readFileSync } = await import('node:fs');",
      "const { loadPdfjs } = await import('./shared/import/pdf/load-pdfjs.ts');",
      "const { readPdf } = await import('./shared/import/pdf/index.ts');",
      'await loadPdfjs();',
      "const doc = await readPdf(new Uint8Array(readFileSync('test/corpus/originals/103_hongze_2024.pdf')), 'a.pdf');",
      "if (!doc.blocks.length) throw new Error('nothing read');",
    ].join('\n');
    expect(replacedAfter(script)).toEqual([]);
  }, 60_000);
});
