import { beforeEach, describe, expect, it, vi } from 'vitest';
import { API_METHODS, apiChannel, type NianbaoApi } from '../../shared/api/contract.ts';

// ipcMain as the registration sees it: the channels and their handlers.
const handlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
vi.mock('electron', () => ({ ipcMain: { handle: (channel: string, fn: never) => void handlers.set(channel, fn) } }));

const { registerApi } = await import('./ipc.ts');

const EDITOR = 3;
const fromEditor = { senderFrame: { url: 'app://nianbao/index.html', parent: null }, sender: { id: EDITOR } };
const fromElsewhere = { senderFrame: { url: 'https://example.com/', parent: null }, sender: { id: EDITOR } };

beforeEach(() => handlers.clear());

describe('IPC registration', () => {
  it('every method of the contract gets its channel, and nothing else is registered', () => {
    registerApi({} as NianbaoApi, () => [EDITOR]);
    expect([...handlers.keys()].sort()).toEqual(API_METHODS.map(apiChannel).sort());
  });

  it('every channel goes through the guard: a foreign sender is refused before the implementation runs', async () => {
    const called: string[] = [];
    const impl = Object.fromEntries(API_METHODS.map((m) => [m, async () => void called.push(m)])) as unknown as NianbaoApi;
    registerApi(impl, () => [EDITOR]);
    for (const m of API_METHODS) {
      expect(await handlers.get(apiChannel(m))!(fromElsewhere), m).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(called).toEqual([]);
    expect(await handlers.get(apiChannel('listRecent'))!(fromEditor)).toEqual({ ok: true, result: null });
    expect(called).toEqual(['listRecent']);
  });
});
