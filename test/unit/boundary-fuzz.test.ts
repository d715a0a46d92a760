/**
 * Fuzzing the read boundary itself (issue #26): mutated .nianbao, .docx, .pdf, .html and .txt files go
 * through readReportBytes, as the CLI, the server, the folder review and the app read them — the cheap
 * kinds on this thread, the heavy ones in the reader worker. Each file either reads or fails with a
 * Chinese FileError; none crashes, none takes 10 s, the process stays under 1 GB. Seeded: the seed is
 * printed, and NIANBAO_FUZZ_SEED replays a run. CI runs FUZZ_PER_KIND files of each kind; NIANBAO_FUZZ
 * scales it down on a busy machine.
 */
import { describe, expect, it } from 'vitest';
import { READ_BUDGET, readReportBytes } from '../../electron/files/read-boundary.ts';
import { serializeReport } from '../../shared/file/codec.ts';
import { FileError } from '../../shared/file/errors.ts';
import { consistentReport } from '../fixtures/consistent-report.ts';
import { buildDocx, documentXml, p } from '../fixtures/docx-build.ts';
import { CJK, englishIn } from '../fixtures/english.ts';
import { buildPdf } from '../fixtures/pdf-build.ts';
import { prng } from '../fixtures/prng.ts';
import { renderReport } from '../fixtures/report-text.ts';

const FUZZ_PER_KIND = 2000;
const perKind = Number(process.env.NIANBAO_FUZZ ?? FUZZ_PER_KIND);
const seed = Number(process.env.NIANBAO_FUZZ_SEED ?? Date.now() % 2 ** 31);
const rand = prng(seed);
const int = (n: number) => Math.floor(rand() * n);
const enc = new TextEncoder();
const GB = 1024 ** 3;

const report = consistentReport();
const SEEDS: Record<string, Uint8Array> = {
  nianbao: enc.encode(serializeReport(report)),
  txt: enc.encode(renderReport(report, 'tab')),
  html: enc.encode(`<!doctype html><html><body><h1>${report.unit.name}</h1><table><tr><td>一</td><td>12</td></tr></table><p>本年度</p></body></html>`),
  docx: buildDocx({ 'word/document.xml': documentXml(p(`${report.unit.name}2025年政府信息公开工作年度报告`) + p('一、总体情况')) }),
  pdf: buildPdf('BT /F1 12 Tf 72 760 Td (2025) Tj ET 72 700 m 300 700 l 72 680 m 300 680 l S'),
};

function mutate(b: Uint8Array): Uint8Array {
  switch (int(4)) {
    case 0:
      return b.slice(0, int(b.length));
    case 1: {
      const out = b.slice();
      for (let i = 1 + int(8); i > 0; i--) out[int(out.length)] = int(256);
      return out;
    }
    case 2: {
      // A chunk repeated: lengths, nesting and offsets that no longer match.
      const at = int(b.length);
      const chunk = b.subarray(at, at + 1 + int(64));
      const times = 1 + int(200);
      const out = new Uint8Array(b.length + chunk.length * times);
      out.set(b.subarray(0, at));
      for (let i = 0; i < times; i++) out.set(chunk, at + i * chunk.length);
      out.set(b.subarray(at), at + chunk.length * times);
      return out;
    }
    default: {
      const out = b.slice();
      const a = int(out.length);
      const c = int(out.length);
      out.copyWithin(a, c, c + int(256));
      return out;
    }
  }
}

describe('读取边界的模糊测试：变形的各类文件都只得到一份报告或一条中文说明', () => {
  console.log(`boundary fuzz: seed ${seed}, ${perKind} files of each kind (NIANBAO_FUZZ_SEED=${seed} replays it)`);

  for (const [kind, original] of Object.entries(SEEDS)) {
    it(`${perKind} 个变形的 .${kind} 文件`, async () => {
      let read = 0;
      let refused = 0;
      for (let n = 0; n < perKind; n++) {
        const bytes = mutate(original);
        const name = `变形${n}.${kind}`;
        const started = Date.now();
        try {
          await readReportBytes(name, bytes);
          read++;
        } catch (e) {
          expect(e, `${name}（种子 ${seed}）`).toBeInstanceOf(FileError);
          const message = (e as FileError).message;
          expect(message, name).toMatch(CJK);
          expect(englishIn(message), `${name}：${message}`).toBeNull();
          refused++;
        }
        // The boundary's own budget (from when the worker begins the file) is the 10 s; a file never exceeds it.
        expect(Date.now() - started, name).toBeLessThan(READ_BUDGET.startMs + READ_BUDGET.ms);
        expect(process.memoryUsage.rss(), name).toBeLessThan(GB);
      }
      expect(read + refused).toBe(perKind);
    }, 3_600_000);
  }
});
