import { beforeEach, describe, expect, it, vi } from 'vitest';
import { API_METHODS, type NianbaoApi } from '../../shared/api/contract.ts';
import { API_CHANNEL, MENU_STATE_CHANNEL } from '../../shared/api/shell.ts';

// ipcMain as the registration sees it: the channels and their handlers.
const handlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
const listeners = new Map<string, (event: unknown, value: unknown) => void>();
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, fn: never) => void handlers.set(channel, fn),
    on: (channel: string, fn: never) => void listeners.set(channel, fn),
  },
}));

const { registerApi, registerMenuState } = await import('./ipc.ts');

const EDITOR = 3;
const fromEditor = { senderFrame: { url: 'app://nianbao/index.html', parent: null }, sender: { id: EDITOR } };
const fromElsewhere = { senderFrame: { url: 'https://example.com/', parent: null }, sender: { id: EDITOR } };

beforeEach(() => handlers.clear());

describe('IPC registration', () => {
  it('one API channel is registered, and nothing else', () => {
    registerApi({} as NianbaoApi, () => [EDITOR]);
    expect([...handlers.keys()]).toEqual([API_CHANNEL]);
  });

  it('every channel goes through the guard: a foreign sender is refused before the implementation runs', async () => {
    const called: string[] = [];
    const impl = Object.fromEntries(API_METHODS.map((m) => [m, async () => void called.push(m)])) as unknown as NianbaoApi;
    registerApi(impl, () => [EDITOR]);
    const handle = handlers.get(API_CHANNEL)!;
    for (const m of API_METHODS) {
      expect(await handle(fromElsewhere, m), m).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(called).toEqual([]);
    expect(await handle(fromEditor, 'listRecent')).toEqual({ ok: true, result: null });
    expect(await handle(fromEditor, 'constructor')).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await handle(fromEditor, 'openRecent', 42)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(called).toEqual(['listRecent']);
  });
});

describe('the menu checkmarks the page sends', () => {
  it('are taken from our editor window only, known views with true/false only', () => {
    const states: unknown[] = [];
    registerMenuState((s) => states.push(s), () => [EDITOR]);
    const send = listeners.get(MENU_STATE_CHANNEL)!;
    send(fromEditor, { yearOnYear: true });
    send(fromElsewhere, { yearOnYear: false });
    send(fromEditor, { yearOnYear: 'yes' });
    send(fromEditor, { save: true });
    send(fromEditor, null);
    expect(states).toEqual([{ yearOnYear: true }]);
  });
});
