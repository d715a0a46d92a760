import { mkdtemp, rm, symlink, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_METHODS, type NianbaoApi } from '../../shared/api/contract.ts';
import { blankReport } from '../../shared/report/blank.ts';
import { appProtocolHandler } from './app-protocol.ts';
import { guardedHandler, isTrustedSender, type SenderInfo } from './ipc-guard.ts';
import { menuTemplate } from './menu-template.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nianbao-main-'));
  await mkdir(join(dir, 'dist'));
  await writeFile(join(dir, 'dist', 'index.html'), '<p>页</p>');
  await writeFile(join(dir, 'secret.txt'), 'secret');
  await symlink(join(dir, 'secret.txt'), join(dir, 'dist', 'link.txt'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const EDITOR = 7;
function event(url: string, opts: { sub?: boolean; otherWindow?: boolean } = {}): SenderInfo {
  const main = { url, parent: null };
  const frame = opts.sub ? { url, parent: main } : main;
  return { senderFrame: frame, sender: { id: opts.otherWindow ? EDITOR + 1 : EDITOR } };
}

describe('app:// protocol', () => {
  const handle = () => appProtocolHandler(join(dir, 'dist'));
  it('serves the renderer with the CSP', async () => {
    const res = await handle()(new Request('app://nianbao/index.html'));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('<p>页</p>');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
  });
  it('serves the print copies under /print/, and only their PDFs', async () => {
    await mkdir(join(dir, 'print'), { recursive: true });
    await writeFile(join(dir, 'print', 'a1b2.pdf'), '%PDF-1.7');
    await writeFile(join(dir, 'print', 'note.txt'), 'x');
    const withPrint = appProtocolHandler(join(dir, 'dist'), join(dir, 'print'));
    const pdf = await withPrint(new Request('app://nianbao/print/a1b2.pdf'));
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(await pdf.text()).toBe('%PDF-1.7');
    for (const url of ['app://nianbao/print/note.txt', 'app://nianbao/print/..%2fsecret.pdf', 'app://nianbao/print/%2e%2e/dist/index.html']) {
      expect((await withPrint(new Request(url))).status, url).toBe(404);
    }
    expect((await handle()(new Request('app://nianbao/print/a1b2.pdf'))).status).toBe(404);
  });

  it('never leaves the renderer folder', async () => {
    for (const url of ['app://nianbao/..%2fsecret.txt', 'app://nianbao/%2e%2e/secret.txt', 'app://nianbao/link.txt', 'app://other/index.html']) {
      expect((await handle()(new Request(url))).status, url).toBe(404);
    }
  });
});

describe('IPC guard', () => {
  it('trusts only the main frame of our window on app://nianbao', () => {
    expect(isTrustedSender(event('app://nianbao/index.html'), [EDITOR])).toBe(true);
    expect(isTrustedSender(event('app://nianbao/index.html', { sub: true }), [EDITOR])).toBe(false);
    expect(isTrustedSender(event('app://nianbao/index.html', { otherWindow: true }), [EDITOR])).toBe(false);
    expect(isTrustedSender(event('https://example.com/'), [EDITOR])).toBe(false);
    expect(isTrustedSender(event('file:///etc/passwd'), [EDITOR])).toBe(false);
    expect(isTrustedSender({ senderFrame: null, sender: { id: EDITOR } }, [EDITOR])).toBe(false);
  });

  it('validates arguments before calling the implementation', async () => {
    const calls: unknown[][] = [];
    const unused = async () => {
      throw new Error('not this method');
    };
    const impl = {
      ...(Object.fromEntries(API_METHODS.map((m) => [m, unused])) as unknown as NianbaoApi),
      saveAs: async (...a: unknown[]) => (calls.push(a), { id: '1', name: '年报.nianbao' }),
    };
    const guarded = guardedHandler(impl, () => [EDITOR]);
    const handler = (e: SenderInfo, ...args: unknown[]) => guarded(e, 'saveAs', ...args);
    const report = blankReport({ unit: '某某镇人民政府', kind: 'township', year: 2025 });
    expect(await handler(event('app://nianbao/index.html'), report, '年报')).toEqual({ ok: true, result: { id: '1', name: '年报.nianbao' } });
    const bad = await handler(event('app://nianbao/index.html'), { ...report, cells: 'x' }, '年报');
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    const foreign = await handler(event('https://evil.example/'), report, '年报');
    expect(foreign).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(calls).toHaveLength(1);
  });
});

describe('menu', () => {
  type Item = { label?: string; role?: string; click?: () => void; registerAccelerator?: boolean; accelerator?: string; submenu?: Item[] };
  it('has 文件/编辑/视图/帮助 from the table of actions, in Word\'s order, sending action ids to the renderer', () => {
    const sent: string[] = [];
    const opened: string[] = [];
    const template = menuTemplate({
      send: (c) => sent.push(c),
      recent: [{ id: 'r1', name: '示例镇2024.nianbao' }],
      openRecent: (id) => opened.push(id),
    });
    expect(template.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '帮助']);
    const file = template[0]!.submenu as Item[];
    const labels = file.map((i) => i.label).filter(Boolean);
    expect(labels).toEqual([
      '新建…', '打开…', '从上年报告新建…', '粘贴上年报告文本…', '最近打开的文件', '关闭', '保存', '另存为…', '导出 PDF…', '导出 Word 文档…', '打印…', '批量审核文件夹…', '退出',
    ]);
    for (const item of file) item.click?.();
    expect(sent).toEqual(['new', 'open', 'newFromLastYear', 'pasteLastYear', 'close', 'save', 'saveAs', 'exportPdf', 'exportDocx', 'print', 'batchReview']);
    // 退出 is Electron's own quit (closing the window asks the page about unsaved work first).
    expect(file.find((i) => i.label === '退出')).toMatchObject({ role: 'quit', accelerator: 'CmdOrCtrl+Q' });
    const recent = file.find((i) => i.label === '最近打开的文件')!.submenu!;
    recent[0]!.click?.();
    expect(opened).toEqual(['r1']);
    // No Ctrl+N: the browser keeps it, so the web build could not answer it.
    expect(file.map((i) => i.accelerator).filter(Boolean)).toEqual(['CmdOrCtrl+O', 'CmdOrCtrl+S', 'CmdOrCtrl+Shift+S', 'CmdOrCtrl+E', 'CmdOrCtrl+P', 'CmdOrCtrl+Q']);
    // The page's own key handlers stay the one path for Ctrl+S, Ctrl+Z …
    expect(file.filter((i) => i.label && i.label !== '退出' && !i.submenu).every((i) => i.registerAccelerator === false)).toBe(true);
  });
  it('剪切、复制、粘贴 come from the table too, as Electron\'s clipboard roles whose keys reach the page', () => {
    const edit = menuTemplate({ send: () => undefined })[1]!.submenu as Item[];
    const clip = edit.filter((i) => i.role);
    expect(clip.map((i) => [i.label, i.role, i.accelerator, i.registerAccelerator])).toEqual([
      ['剪切', 'cut', 'CmdOrCtrl+X', false],
      ['复制', 'copy', 'CmdOrCtrl+C', false],
      ['粘贴', 'paste', 'CmdOrCtrl+V', false],
    ]);
  });
  it('lists the newest eight recent files, as the page\'s menu and start screen do', () => {
    const recent = Array.from({ length: 10 }, (_, i) => ({ id: `r${i}`, name: `第${i}个.nianbao` }));
    const file = menuTemplate({ send: () => undefined, recent })[0]!.submenu as Item[];
    const shown = file.find((i) => i.label === '最近打开的文件')!.submenu!;
    expect(shown.map((i) => i.label)).toEqual(recent.slice(0, 8).map((f) => f.name));
  });
  it('shows a view as a checkbox item, checked while the page says it is on', () => {
    const view = (on: boolean) =>
      (menuTemplate({ send: () => undefined, checked: (id) => on && id === 'yearOnYear' })[2]!.submenu as Item[] & { type?: string; checked?: boolean }[]).find((i) => i.label === '与上年对比') as { type?: string; checked?: boolean } | undefined;
    expect(view(true)).toMatchObject({ type: 'checkbox', checked: true });
    expect(view(false)).toMatchObject({ type: 'checkbox', checked: false });
  });
  it('shows 开发者工具 only in development builds', () => {
    const dev = menuTemplate({ send: () => undefined, devTools: () => undefined });
    const prod = menuTemplate({ send: () => undefined });
    const labels = (t: typeof dev) => (t[3]!.submenu as { label?: string }[]).map((i) => i.label);
    expect(labels(dev)).toContain('开发者工具');
    expect(labels(prod)).not.toContain('开发者工具');
  });
});
