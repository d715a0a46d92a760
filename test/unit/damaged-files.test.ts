/**
 * 10,000 damaged files through the read+check path `nianbao check` uses (reportFromBytes, then the
 * rules): truncations, bit flips, wrong types, huge numbers, deep nesting, random bytes, BOMs and
 * other encodings. Every one ends in a report or a Chinese FileError — no other exception (a
 * crash), no call that takes seconds (a hang), no English. Seeded, so a failure replays.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFinding } from '../../electron/cli/commands/check.ts';
import { reportFromBytes } from '../../electron/files/read-report.ts';
import { serializeReport } from '../../shared/file/codec.ts';
import { FileError } from '../../shared/file/errors.ts';
import { checkReport } from '../../shared/rules/index.ts';
import { CORPUS } from '../fixtures/corpus.ts';
import { CJK, englishIn } from '../fixtures/english.ts';
import { prng } from '../fixtures/prng.ts';
import { consistentReport } from '../fixtures/consistent-report.ts';
import { sampleReport } from '../fixtures/sample-report.ts';

const CASES = 10_000;
/** A hang is a read+check taking seconds; well-formed reports take about a millisecond. */
const SLOW_MS = 2_000;
const random = prng(20261129);
const int = (n: number) => Math.floor(random() * n);
const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;

const FULL = serializeReport(sampleReport());
const SMALL = serializeReport(consistentReport());
const FACTS = readFileSync(join(CORPUS, '000_5087c93da9e13ba9.expected.json'), 'utf8');
const enc = new TextEncoder();

const WEIRD_VALUES: unknown[] = [
  null, true, 'x', '', [], {}, 0, -1, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 1.5, '1e400', '２０２５', '\u202e', 'NaN',
  [[[[[]]]]], { raw: 1, value: '1' }, '年'.repeat(300),
];

/** Replaces a few random values somewhere in the JSON tree with values of other types. */
function wrongType(text: string): string {
  const doc = JSON.parse(text) as unknown;
  const holders: [Record<string | number, unknown>, string | number][] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) {
      v.forEach((x, i) => {
        holders.push([v as unknown as Record<number, unknown>, i]);
        walk(x);
      });
    }
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        holders.push([v as Record<string, unknown>, k]);
        walk(x);
      }
    }
  };
  walk(doc);
  for (let n = 1 + int(3); n > 0; n--) {
    const [holder, key] = pick(holders);
    holder[key] = pick(WEIRD_VALUES);
  }
  return JSON.stringify(doc);
}

function hugeNumbers(text: string): string {
  return text.replace(/-?\d+(\.\d+)?/g, (m) => (random() < 0.1 ? pick(['1e400', '-0', '123456789012345678901234567890', '1e-400', '-5', '0.0000001']) : m));
}

function deepNesting(text: string): string {
  const depth = pick([100, 5_000, 200_000]);
  const nest = `${'['.repeat(depth)}${']'.repeat(random() < 0.5 ? depth : 0)}`;
  return random() < 0.3 ? nest : text.replace('"reasons": {}', `"reasons": {"a": ${nest}}`).replace('"lastYear": null', `"lastYear": ${nest}`);
}

function encoded(text: string): Uint8Array {
  switch (int(5)) {
    case 0:
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(random() < 0.5 ? text : `\ufeff${text}`)]);
    case 1:
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 2:
      return Buffer.from(text, 'utf16le');
    case 3:
      return Buffer.from(text, 'latin1');
    default:
      // Bytes the way GBK spreads a Chinese text: two high bytes per character.
      return Buffer.from([...text].flatMap((c) => (c.charCodeAt(0) > 0x7f ? [0x81 + int(0x7e), 0x40 + int(0xbe)] : [c.charCodeAt(0)])));
  }
}

function damaged(i: number): { name: string; bytes: Uint8Array } {
  const r = random();
  const base = r < 0.2 ? FULL : r < 0.75 ? SMALL : FACTS;
  const name = pick(['年报.nianbao', '数据.json', '年报.txt', '无扩展名']);
  switch (i % 9) {
    case 0:
      return { name, bytes: enc.encode(base.slice(0, int(base.length))) };
    case 1: {
      const bytes = enc.encode(base);
      for (let n = 1 + int(8); n > 0; n--) bytes[int(bytes.length)]! ^= 1 << int(8);
      return { name, bytes };
    }
    case 2:
      return { name, bytes: enc.encode(wrongType(base)) };
    case 3:
      return { name, bytes: enc.encode(hugeNumbers(base)) };
    case 4:
      return { name, bytes: enc.encode(deepNesting(base)) };
    case 5:
      return { name, bytes: Uint8Array.from({ length: int(4096) }, () => int(256)) };
    case 6:
      return { name, bytes: encoded(base) };
    case 7:
      return {
        name,
        bytes: enc.encode(pick(['', ' ', '\ufeff', '{}', '[]', 'null', '{"format":"nianbao"}', '{"format":"nianbao","version":1}', '{"sec3":1,"sec4":2}', '"x"', '0'])),
      };
    default: {
      const cut = base.slice(0, base.length - int(40));
      let text = cut;
      try {
        text = wrongType(hugeNumbers(cut));
      } catch {
        /* the cut broke the JSON: keep it broken */
      }
      return { name, bytes: enc.encode(text) };
    }
  }
}

describe('damaged files', () => {
  it(`${CASES} cases: 0 crashes, 0 hangs, 0 English messages`, async () => {
    const crashes: string[] = [];
    const english: string[] = [];
    const slow: string[] = [];
    let refused = 0;
    // Large text goes to the reader worker: its cold start (seconds under tsx) is not a hang of a file.
    await reportFromBytes(enc.encode(`${'[]'.repeat(200_000)}`), '预热.txt').catch(() => undefined);
    for (let i = 0; i < CASES; i++) {
      const { name, bytes } = damaged(i);
      const started = performance.now();
      const messages: string[] = [];
      try {
        const { report } = await reportFromBytes(bytes, name);
        messages.push(...checkReport(report, 'final').map(formatFinding));
      } catch (e) {
        if (!(e instanceof FileError)) {
          crashes.push(`#${i} ${name}: ${String(e).slice(0, 200)}`);
          continue;
        }
        refused++;
        messages.push(e.message);
      }
      if (performance.now() - started > SLOW_MS) slow.push(`#${i} (${bytes.length} B)`);
      for (const m of messages) if (!CJK.test(m) || englishIn(m)) english.push(`#${i}: ${m.slice(0, 200)}`);
    }
    expect(crashes.slice(0, 20)).toEqual([]);
    expect(english.slice(0, 20)).toEqual([]);
    expect(slow).toEqual([]);
    // The damage is real: most files are refused, not quietly read.
    expect(refused).toBeGreaterThan(CASES / 2);
    // ~30 s on an idle two-core machine; the bound is for a loaded one.
  }, 240_000);
});
