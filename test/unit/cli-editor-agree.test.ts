/**
 * The CLI judges a file exactly as the editor does: the same totals policy, the same final check,
 * the same export gate. A file saved with stale automatic totals is the case that used to differ.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editorStore } from '../../renderer/store/index.ts';
import { serializeReport } from '../../shared/file/codec.ts';
import type { Report } from '../../shared/report/model.ts';
import { exportGate, type ExportGate } from '../../shared/rules/export-gate.ts';
import type { Finding } from '../../shared/rules/finding.ts';
import { SEC3_TOTAL_COL, sec3Address } from '../../shared/schema/index.ts';
import { runCli } from '../fixtures/cli.ts';
import { sampleReport } from '../fixtures/sample-report.ts';
import { useTempDir } from '../fixtures/temp-dir.ts';

const tmp = useTempDir('nianbao-agree-');

/** The editor's view: the report loaded into the store, its findings, and the gate its export dialogs ask. */
function editorJudges(report: Report): { errors: Finding[]; gate: ExportGate } {
  editorStore.getState().load(structuredClone(report), null);
  const s = editorStore.getState();
  return { errors: s.findings.filter((f) => f.severity === 'error'), gate: exportGate(s.report!) };
}

async function cliJudges(report: Report): Promise<{ findings: Finding[]; exportCode: number }> {
  const file = join(tmp.path, 'r.nianbao');
  await writeFile(file, serializeReport(report));
  const checked = await runCli('check', file, '--json');
  const exported = await runCli('export', file, '--docx', join(tmp.path, 'r.docx'));
  return { findings: (JSON.parse(checked.out) as { findings: Finding[] }).findings, exportCode: exported.code };
}

describe('the CLI and the editor judge a file alike', () => {
  it('stale automatic totals in a file: recomputed by both, so neither reports them', async () => {
    const r = sampleReport();
    // Written by an older version or by hand: the 总计 says 999, but the table is automatic.
    r.cells[sec3Address('granted', SEC3_TOTAL_COL)] = { raw: '999', value: 999 };
    r.cells['sec4[4]'] = { raw: '77', value: 77 };
    const editor = editorJudges(r);
    const cli = await cliJudges(r);
    expect(editor.errors).toEqual([]);
    expect(cli.findings).toEqual(editor.gate.findings);
    expect(cli.exportCode).toBe(0);
  }, 60_000);

  it('a real error: the same findings, and both refuse the export', async () => {
    const r = sampleReport();
    r.cells[sec3Address('granted', 0)] = { raw: '99', value: 99 };
    r.autoTotals = { sec3: false, sec4: false };
    const editor = editorJudges(r);
    const cli = await cliJudges(r);
    expect(editor.errors.length).toBeGreaterThan(0);
    expect(cli.findings.filter((f) => f.severity === 'error')).toEqual(editor.errors);
    expect(editor.gate.questions.map((q) => q.kind)).toEqual(['errors']);
    expect(cli.exportCode).toBe(1);
  }, 60_000);

  it('blank cells: the editor asks, the CLI refuses without --zero', async () => {
    const r = sampleReport();
    delete r.cells[sec3Address('denied_1', 1)];
    const editor = editorJudges(r);
    const cli = await cliJudges(r);
    expect(editor.gate.questions.map((q) => q.kind)).toEqual(['blanks']);
    expect(cli.findings).toEqual(editor.gate.findings);
    expect(cli.exportCode).toBe(1);
  }, 60_000);
});
