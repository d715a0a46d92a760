/**
 * tsconfig.shared.json backs "shared/ is pure" with the compiler: a snippet placed in shared/ and
 * checked with that config may use what Node and browsers both have, and nothing of either alone.
 */
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT, errorsWith, parsedConfig } from './compile-probe.ts';
import { join } from 'node:path';

const errorsIn = (code: string, configFile = 'tsconfig.shared.json'): string[] => errorsWith('shared/report/probe-snippet.ts', code, configFile);

describe('shared/ type-checked without DOM or Node types', () => {
  it.each([
    ['export const w = window.innerWidth;', "Cannot find name 'window'"],
    ["export const e = document.title;", "Cannot find name 'document'"],
    ['export const p = process.env;', "Cannot find name 'process'"],
    ["export const b = Buffer.from('x');", "Cannot find name 'Buffer'"],
  ])('%s does not compile', (code, message) => {
    expect(errorsIn(code).join('\n')).toContain(message);
  }, 60_000);

  it('what both hosts have compiles, and the app config still sees the DOM', () => {
    expect(errorsIn("export const t = new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0x61]));")).toEqual([]);
    expect(errorsIn('export const w: number = window.innerWidth;', 'tsconfig.json')).toEqual([]);
  }, 60_000);

  it('every module of shared/ is in that check, and none of them pulls Node or DOM declarations in', () => {
    const parsed = parsedConfig('tsconfig.shared.json');
    const modules = ts.sys.readDirectory(join(ROOT, 'shared'), ['.ts', '.tsx']).filter((f) => !/\.test\.tsx?$/.test(f));
    expect(modules.length).toBeGreaterThan(50);
    expect(modules.filter((f) => !parsed.fileNames.includes(f))).toEqual([]);
    const loaded = ts.createProgram(parsed.fileNames, parsed.options).getSourceFiles().map((f) => f.fileName);
    expect(loaded.filter((f) => /@types\/node\/|lib\.dom\./.test(f))).toEqual([]);
  }, 120_000);
});
