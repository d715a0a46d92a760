/**
 * "Adding an API method touches the contract, the implementation and a test": the compiler insists
 * that a method on NianbaoApi has its argument schema beside it in API_ARGS (and the schema the
 * method's parameters), and that create-api.ts implements it. Shown here by compiling the repository
 * with contract.ts edited as a careless change would.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, errorsWith } from './compile-probe.ts';

const CONTRACT = 'shared/api/contract.ts';
const source = readFileSync(join(ROOT, CONTRACT), 'utf8');
const NEW_METHOD = '  info(): Promise<AppInfo>;\n  rename(file: FileRef, name: string): Promise<FileRef>;\n';
const NEW_SCHEMA = '  info: z.tuple([]),\n  rename: z.tuple([fileRefSchema, z.string()]),\n';

function contractErrors(edit: (s: string) => string, of?: string): string {
  const edited = edit(source);
  expect(edited).not.toBe(source);
  return errorsWith(CONTRACT, edited, of ? 'tsconfig.json' : 'tsconfig.shared.json', of).join('\n');
}

describe('the API contract', () => {
  it('compiles as it is', () => {
    expect(errorsWith(CONTRACT, source, 'tsconfig.shared.json')).toEqual([]);
  }, 120_000);

  it('a new method without its argument schema does not compile', () => {
    expect(contractErrors((s) => s.replace('  info(): Promise<AppInfo>;\n', NEW_METHOD))).toMatch(/rename/);
  }, 120_000);

  it('a schema that does not fit the method’s parameters does not compile', () => {
    const errors = contractErrors((s) => s.replace("openRecent: z.tuple([z.string().min(1).max(200)]),", 'openRecent: z.tuple([z.number()]),'));
    expect(errors).toMatch(/openRecent|number/);
  }, 120_000);

  it('a schema stricter than the signature (refusing calls it allows) does not compile', () => {
    const errors = contractErrors((s) => s.replace('open: z.tuple([z.union([uploadSchema, z.array(uploadSchema).min(1).max(MAX_PAGE_UPLOADS)]).optional(), taskId.optional()]),', 'open: z.tuple([uploadSchema, taskId.optional()]),'));
    expect(errors).toMatch(/open/);
  }, 120_000);

  it('a schema for a method the interface lacks does not compile', () => {
    expect(contractErrors((s) => s.replace('  info: z.tuple([]),\n', '  info: z.tuple([]),\n  frob: z.tuple([]),\n'))).toMatch(/frob/);
  }, 120_000);

  it('a new method with its schema but no page step declared does not compile', () => {
    const errors = contractErrors((s) => s.replace('  info(): Promise<AppInfo>;\n', NEW_METHOD).replace('  info: z.tuple([]),\n', NEW_SCHEMA));
    expect(errors).toMatch(/rename/);
  }, 120_000);

  it('the same method with its page step declared compiles, and the web client needs nothing more', () => {
    const added = (s: string) =>
      s.replace('  info(): Promise<AppInfo>;\n', NEW_METHOD).replace('  info: z.tuple([]),\n', NEW_SCHEMA).replace("  info: { kind: 'call' },\n", "  info: { kind: 'call' },\n  rename: { kind: 'call' },\n");
    expect(contractErrors(added)).toBe('');
    expect(contractErrors(added, 'renderer/api/http.ts')).toBe('');
  }, 120_000);

  it('a page step the method cannot have does not compile: a download for a method that exports nothing, a pick for one without an upload', () => {
    expect(contractErrors((s) => s.replace("  info: { kind: 'call' },", "  info: { kind: 'download' },"))).toMatch(/info|download/);
    expect(contractErrors((s) => s.replace("  save: { kind: 'call' },", "  save: { kind: 'upload', accept: '.nianbao' },"))).toMatch(/save|upload/);
  }, 120_000);

  it('a method whose step is its own does not compile until renderer/api/http.ts writes that step', () => {
    const errors = contractErrors((s) => s.replace("  print: { kind: 'view' },", "  print: { kind: 'own' },"), 'renderer/api/http.ts');
    expect(errors).toMatch(/print/);
  }, 120_000);
});
