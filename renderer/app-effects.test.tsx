// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MenuChecked, MenuCommand, NianbaoShell } from '../shared/api/shell.ts';
import { serializeReport } from '../shared/file/codec.ts';
import { blankReport } from '../shared/report/blank.ts';
import { setApi } from './api/index.ts';
import { subscribeShell } from './app-effects.ts';
import { editorStore } from './store/index.ts';
import { uiStore } from './store/ui-store.ts';
import { createMemoryApi, type MemoryApi } from './test-support/memory-api.ts';

/** What the preload exposes, driven by the test instead of the main process. */
function fakeShell() {
  const open = new Set<(id: string) => void>();
  const menu = new Set<(c: MenuCommand) => void>();
  const checked: MenuChecked[] = [];
  const shell: NianbaoShell = {
    onMenuCommand: (l) => (menu.add(l), () => void menu.delete(l)),
    onOpenRequest: (l) => (open.add(l), () => void open.delete(l)),
    setMenuChecked: (state) => void checked.push(state),
  };
  return {
    shell,
    checked,
    requestOpen: (id: string) => open.forEach((l) => l(id)),
    runMenu: (c: MenuCommand) => menu.forEach((l) => l(c)),
    listeners: () => open.size + menu.size,
  };
}

let api: MemoryApi;
beforeEach(() => {
  api = createMemoryApi();
  setApi(api);
  editorStore.getState().close();
});
afterEach(() => {
  setApi(null);
  delete window.nianbaoShell;
});

const until = async (ok: () => boolean) => {
  for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 5));
};

describe('desktop shell events', () => {
  it('a .nianbao double-clicked while the app runs is opened in the editor', async () => {
    api.files.set('0a1b2c3d4e5f', { name: '双击.nianbao', text: serializeReport(blankReport({ unit: '双击镇', kind: 'township', year: 2025 })) });
    const fake = fakeShell();
    window.nianbaoShell = fake.shell;
    const off = subscribeShell();
    fake.requestOpen('0a1b2c3d4e5f');
    await until(() => editorStore.getState().file !== null);
    expect(api.calls).toContain('openRecent:0a1b2c3d4e5f');
    expect(editorStore.getState().report?.unit.name).toBe('双击镇');
    expect(editorStore.getState().file?.name).toBe('双击.nianbao');
    off();
    expect(fake.listeners()).toBe(0);
  });

  it('the native menu’s checkmark follows the view, whichever way it was turned on or off', async () => {
    editorStore.getState().load(blankReport({ unit: '对比镇', kind: 'township', year: 2025 }), null);
    const fake = fakeShell();
    window.nianbaoShell = fake.shell;
    const off = subscribeShell();
    expect(fake.checked).toEqual([{ yearOnYear: false, ledgerPanel: false }]);
    fake.runMenu('yearOnYear');
    expect(fake.checked.at(-1)).toEqual({ yearOnYear: true, ledgerPanel: false });
    uiStore.setState({ yearOnYear: false });
    expect(fake.checked.at(-1)).toEqual({ yearOnYear: false, ledgerPanel: false });
    fake.runMenu('ledgerPanel');
    expect(fake.checked.at(-1)).toEqual({ yearOnYear: false, ledgerPanel: true });
    uiStore.setState({ ledgerPanel: false });
    // Other changes of the page's state send nothing.
    const sent = fake.checked.length;
    uiStore.setState({ keyHelp: true });
    expect(fake.checked).toHaveLength(sent);
    uiStore.setState({ keyHelp: false });
    off();
  });

  it('in the web build there is no shell, and subscribing is harmless', () => {
    expect(() => subscribeShell()()).not.toThrow();
  });
});

describe('window title', () => {
  it('follows the report one paint behind the change, so a keystroke never waits for it', async () => {
    const { act } = await import('react');
    const { createRoot } = await import('react-dom/client');
    const { useAppEffects } = await import('./app-effects.ts');
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    function Effects() {
      useAppEffects();
      return null;
    }
    const host = document.createElement('div');
    const root = createRoot(host);
    act(() => root.render(<Effects />));
    editorStore.getState().load(blankReport({ unit: '标题镇', kind: 'township', year: 2025 }), null);
    await until(() => document.title.startsWith('标题镇'));
    expect(document.title).toMatch(/^标题镇 2025年度报告/);
    editorStore.getState().writeCells([{ address: 'sec4[0]', text: '1' }]);
    // Not inside the change itself …
    expect(document.title).toMatch(/^标题镇/);
    // … but right after the next frame.
    await until(() => document.title.startsWith('● '));
    expect(document.title).toMatch(/^● 标题镇 2025年度报告/);
    act(() => root.unmount());
  });
});

describe('recovery copy', () => {
  it('waits for a pause while the clerk types, and is written at once when the page is hidden or left', async () => {
    const { act } = await import('react');
    const { createRoot } = await import('react-dom/client');
    const { useAppEffects } = await import('./app-effects.ts');
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    function Effects() {
      useAppEffects();
      return null;
    }
    const root = createRoot(document.createElement('div'));
    act(() => root.render(<Effects />));
    editorStore.getState().load(blankReport({ unit: '恢复镇', kind: 'township', year: 2025 }), null);
    editorStore.getState().writeCells([{ address: 'sec4[0]', text: '1' }]);
    editorStore.getState().writeCells([{ address: 'sec4[1]', text: '2' }]);
    // Typing: nothing written yet (the copy waits ~1 s after the last edit).
    expect(api.recovery).toBeNull();
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    expect(api.recovery?.report.cells['sec4[1]']?.raw).toBe('2');
    editorStore.getState().writeCells([{ address: 'sec4[2]', text: '3' }]);
    window.dispatchEvent(new Event('pagehide'));
    expect(api.recovery?.report.cells['sec4[2]']?.raw).toBe('3');
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    act(() => root.unmount());
  });
});
