/**
 * Type-checks the repository with one file's text replaced (or one file added), as `tsc -p` would,
 * and returns the diagnostics of that file: how the lint tests show a compile-time rule firing.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function parsedConfig(configFile: string): ts.ParsedCommandLine {
  const config = ts.readConfigFile(join(ROOT, configFile), (p) => ts.sys.readFile(p));
  return ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
}

/**
 * Diagnostics of `file` (repository-relative) when its text is `code`, checked with `configFile`;
 * with `of`, those of that other file instead (a module that imports the edited one).
 */
export function errorsWith(file: string, code: string, configFile: string, of?: string): string[] {
  const parsed = parsedConfig(configFile);
  const probe = join(ROOT, file);
  const host = ts.createCompilerHost(parsed.options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, lang, ...rest) => (name === probe ? ts.createSourceFile(name, code, lang) : getSourceFile(name, lang, ...rest));
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => name === probe || fileExists(name);
  // The config's own ambient files (types/*.d.ts) plus the file, as in `tsc -p`.
  const reported = of ? join(ROOT, of) : probe;
  const roots = [...parsed.fileNames.filter((f) => f.endsWith('.d.ts')), probe, reported];
  const program = ts.createProgram(roots, parsed.options, host);
  return ts.getPreEmitDiagnostics(program, program.getSourceFile(reported)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}
