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
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReportFile } from '../../shared/file/codec.ts';
import type { Report } from '../../shared/report/model.ts';
import { prng } from '../../test/fixtures/prng.ts';
import { useTempDir } from '../../test/fixtures/temp-dir.ts';
import { FileService } from './file-service.ts';

const ROUNDS = 500;
const BUDGET_MS = 50_000;
const LANES = 5;
/**
 * A round is a node start (~0.1 s of CPU): on two cores shared with the rest of the suite fewer than
 * ROUNDS may fit in the budget. Below this many the test fails rather than pass on too little.
 */
const MIN_ROUNDS = 60;
const CELL = 'sec3.rows.newReceived[0]';

const tmp = useTempDir('nianbao-kill-');
let child = '';
let childDir = '';

beforeAll(async () => {
  childDir = await mkdtemp(join(tmpdir(), 'nianbao-kill-child-'));
  const entry = join(import.meta.dirname, '../../test/fixtures/save-loop-child.ts');
  await build({ entryPoints: { child: entry }, bundle: true, splitting: true, platform: 'node', format: 'esm', outdir: childDir, outExtension: { '.js': '.mjs' }, logLevel: 'warning' });
  child = join(childDir, 'child.mjs');
}, 60_000);
afterAll(() => rm(childDir, { recursive: true, force: true }));

const editOf = (r: Report): number => r.cells[CELL]?.value ?? 0;

/** Runs the child until a random moment, kills it, and returns the last edit it announced. */
function runAndKill(target: string, dataDir: string, start: number, delayMs: number): Promise<number> {
  return new Promise((resolveRun, reject) => {
    const proc = spawn(process.execPath, [child, target, dataDir, String(start)], { stdio: ['ignore', 'pipe', 'pipe'] });
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
      resolveRun(edits.at(-1) ?? start);
    });
  });
}

async function lane(id: number, deadline: number, quota: number): Promise<number> {
  const folder = join(tmp.path, `lane${id}`);
  const dataDir = join(folder, '.data');
  await mkdir(dataDir, { recursive: true });
  const target = join(folder, '年报.nianbao');
  const files = new FileService({ dataDir });
  const random = prng(0x5eed + id);
  let state = 0;
  let rounds = 0;
  for (; rounds < quota && Date.now() < deadline; rounds++) {
    const last = await runAndKill(target, dataDir, state, Math.floor(random() * 25));
    const text = await readFile(target, 'utf8').catch(() => null);
    // No file yet only while the very first save has not finished.
    if (text === null) expect(last).toBeLessThanOrEqual(1);
    const onDisk = text === null ? null : parseReportFile(text, '年报.nianbao');
    // Old or new, never torn: the file is the edit before the last one announced, or the last one.
    if (onDisk) expect([last - 1, last]).toContain(editOf(onDisk));
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
  it(`${ROUNDS} kills: old or new file, the recovery copy has the last edit, no temp file after the next save`, async () => {
    const deadline = Date.now() + BUDGET_MS;
    const done = await Promise.all(Array.from({ length: LANES }, (_, i) => lane(i + 1, deadline, ROUNDS / LANES)));
    const total = done.reduce((a, b) => a + b, 0);
    console.log(`kill test: ${total} rounds`);
    expect(total).toBeGreaterThanOrEqual(MIN_ROUNDS);
  }, 70_000);
});
