import { describe, expect, it, vi } from 'vitest';
import { API_METHODS, apiChannel } from '../../shared/api/contract.ts';
import { SHELL_CHANNELS } from '../../shared/api/shell.ts';

const exposed: Record<string, Record<string, (...a: unknown[]) => unknown>> = {};
const invoked: unknown[][] = [];
const listeners = new Map<string, (e: unknown, v: unknown) => void>();
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: never) => void (exposed[key] = value) },
  ipcRenderer: {
    invoke: async (...a: unknown[]) => (invoked.push(a), { ok: true, result: 'done' }),
    on: (channel: string, fn: never) => void listeners.set(channel, fn),
    off: (channel: string) => void listeners.delete(channel),
  },
}));

await import('./index.ts');

describe('the preload, generated from the contract', () => {
  it('exposes exactly the contract’s methods, each invoking its own channel with its arguments', async () => {
    expect(Object.keys(exposed.nianbao!).sort()).toEqual([...API_METHODS].sort());
    expect(await exposed.nianbao!.openRecent!('abc')).toBe('done');
    expect(invoked).toEqual([[apiChannel('openRecent'), 'abc']]);
  });

  it('passes on only well-formed shell events', () => {
    const ids: unknown[] = [];
    const off = exposed.nianbaoShell!.onOpenRequest!((id: unknown) => ids.push(id)) as () => void;
    const send = listeners.get(SHELL_CHANNELS.openRequest)!;
    send(null, '0a1b2c3d4e');
    send(null, '../../etc/passwd');
    expect(ids).toEqual(['0a1b2c3d4e']);
    off();
    expect(listeners.has(SHELL_CHANNELS.openRequest)).toBe(false);
  });
});
