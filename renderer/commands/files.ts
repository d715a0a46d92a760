/** File commands of the 文件 menu: they talk to the API and load results into the store. */
import type { FileRef, OpenResult } from '../../shared/api/contract.ts';
import { importDocument } from '../../shared/import/document.ts';
import { textToSource } from '../../shared/import/text.ts';
import { blankReport } from '../../shared/report/blank.ts';
import { modelSections } from '../../shared/report/model-paragraphs.ts';
import type { Report } from '../../shared/report/model.ts';
import { rollOver } from '../../shared/report/rollover.ts';
import type { UnitKind } from '../../shared/schema/units.ts';
import { getApi } from '../api/index.ts';
import { quietly } from './api-access.ts';
import { isCancelled, openShowingProgress } from './scan-reading.ts';
import { editorStore } from '../store/index.ts';
import { clearLocalCopy } from '../store/local-copy.ts';
import { reviewImport } from '../review/review-store.ts';
import { ask } from '../ui/dialog.tsx';

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export async function showError(title: string, e: unknown): Promise<void> {
  // 取消 while a scan was read is not a failure: said as what it is, with the same message.
  await ask({ title: isCancelled(e) ? '已取消识别' : title, body: errorMessage(e), buttons: [{ label: '确定', value: true, primary: true }] });
}

export function suggestedName(r: Pick<Report, 'unit' | 'year'>): string {
  return `${r.unit.name || '本单位'}${r.year}年政府信息公开工作年度报告`;
}

export function newReport(opts: { unit: string; kind: UnitKind; year: number }): void {
  const report = { ...blankReport(opts), sections: modelSections(opts.kind, opts.year) };
  editorStore.getState().load(report, null, { dirty: true });
}

/**
 * The report of an opened file after the clerk reviewed its flags; null when the review was cancelled.
 * `nextYear`: the year it becomes (roll-over), or null when it opens as it is.
 */
export function reviewed(res: OpenResult, nextYear: number | null): Promise<Report | null> {
  if (!res.flags.length) return Promise.resolve(res.report);
  return reviewImport({ source: res.name, report: res.report, flags: res.flags, nextYear });
}

/**
 * Loads an opened file into the editor after its review; false when the review was cancelled.
 * `dirty`: an imported .docx or PDF is not the clerk's .nianbao, so it opens unsaved and 保存 asks for a name.
 */
export async function loadResult(res: OpenResult, dirty = !res.file): Promise<boolean> {
  const report = await reviewed(res, null);
  if (!report) return false;
  editorStore.getState().load(report, res.file, { dirty });
  if (res.flags.length) editorStore.getState().setNotice(`已核对从“${res.name}”导入的 ${res.flags.length} 处内容`);
  return true;
}

export async function openFile(): Promise<void> {
  if (!(await confirmDiscard())) return;
  try {
    const res = await openShowingProgress();
    if (res) await loadResult(res);
  } catch (e) {
    await showError('无法打开文件', e);
  }
}

export async function openRecent(id: string): Promise<void> {
  if (!(await confirmDiscard())) return;
  try {
    await loadResult(await getApi().openRecent(id));
  } catch (e) {
    await showError('无法打开文件', e);
  }
}

/** This year's report rolled over from last year's (reviewed) report, not yet saved anywhere. */
export async function startFromLastYear(res: OpenResult): Promise<void> {
  const last = await reviewed(res, res.report.year + 1);
  if (!last) return;
  const report = rollOver(last);
  editorStore.getState().load(report, null, { dirty: true });
  const marks = Object.values(report.sections).reduce((n, s) => n + s.paragraphs.filter((p) => p.review?.length).length, 0);
  editorStore
    .getState()
    .setNotice(`已从${last.year}年报告生成${report.year}年报告：表格数字已清空（上年结转除外）${marks ? `，${marks} 段正文需要核对` : ''}。`);
}

/** 从上年报告新建: last year's report in any readable format, reviewed, then rolled over. */
export async function newFromLastYear(): Promise<void> {
  if (!(await confirmDiscard())) return;
  try {
    const res = await openShowingProgress();
    if (res) await startFromLastYear(res);
  } catch (e) {
    await showError('无法打开上年报告', e);
  }
}

export const PASTED_SOURCE = '粘贴的文本';

/**
 * 粘贴上年报告文本: last year's report read from the pasted text right here (the importer is pure; the
 * document and text modules only, so the Word and PDF readers stay out of the page), reviewed, rolled
 * over. Throws the Chinese message when the text holds no report; nothing is loaded then.
 */
export async function newFromPastedText(text: string, opts: { whenRead?: () => void } = {}): Promise<void> {
  const { report, flags } = importDocument(textToSource(text));
  if (!report.unit.name && !Object.keys(report.cells).length) {
    throw new Error('粘贴的文本中没有找到年度报告的标题或表格：请复制上年报告的全文（包括三张表格）后再粘贴');
  }
  if (!(await confirmDiscard())) return;
  // The paste dialog goes before the review screen comes: it resolves only when the review is done.
  opts.whenRead?.();
  await startFromLastYear({ file: null, name: PASTED_SOURCE, report, flags });
}

/** Runs one save call; the revision saved is the one the call started from, so later edits stay unsaved. */
async function persist(revision: number, call: () => Promise<FileRef | null>): Promise<boolean> {
  try {
    const file = await call();
    if (!file) return false;
    afterSave(file, revision);
    return true;
  } catch (e) {
    await showError('保存失败', e);
    return false;
  }
}

export async function saveAs(): Promise<boolean> {
  const { report, revision } = editorStore.getState();
  if (!report) return false;
  return persist(revision, () => getApi().saveAs(report, `${suggestedName(report)}.nianbao`));
}

export async function save(): Promise<boolean> {
  const { report, file, revision } = editorStore.getState();
  if (!report) return false;
  if (!file) return saveAs();
  return persist(revision, () => getApi().save(file, report));
}

function afterSave({ warning, ...file }: FileRef, revision: number): void {
  const s = editorStore.getState();
  // An edit made while the save was on its way keeps the unsaved mark.
  if (s.revision === revision) s.markSaved(file);
  else editorStore.setState({ file });
  s.setNotice(warning ? `已保存：${file.name}。${warning}` : `已保存：${file.name}`);
  clearLocalCopy();
  quietly((api) => api.discardRecovery());
  // The web build cannot show a save dialog: say which folder on this computer the file is in.
  void workspacePath(file.name).then((path) => {
    if (path && editorStore.getState().notice === `已保存：${file.name}`) editorStore.getState().setNotice(`已保存到 ${path}`);
  });
}

/** Web build: where a file in the workspace is on this computer; null in the desktop app, where the clerk chose the folder. */
export async function workspacePath(name: string): Promise<string | null> {
  const info = await getApi()
    .info()
    .catch(() => null);
  if (info?.platform !== 'web' || !info.workspace) return null;
  const sep = info.workspace.includes('\\') ? '\\' : '/';
  return `${info.workspace.replace(/[\\/]+$/, '')}${sep}${name}`;
}

/** Asks to leave a changed report; true when it may be closed. */
export async function confirmDiscard(): Promise<boolean> {
  if (!editorStore.getState().dirty) return true;
  const choice = await ask({
    title: '报告有未保存的修改',
    body: '关闭前是否保存？',
    buttons: [
      { label: '保存', value: 'save', primary: true },
      { label: '不保存', value: 'discard' },
      { label: '取消', value: 'cancel' },
    ],
  });
  if (choice === 'save') return save();
  return choice === 'discard';
}

export async function closeReport(): Promise<void> {
  if (await confirmDiscard()) {
    editorStore.getState().close();
    clearLocalCopy();
    quietly((api) => api.discardRecovery());
  }
}
