import { build } from 'esbuild';
import { describe, expect, it, vi } from 'vitest';
import { API_CHANNEL, SHELL_CHANNELS } from '../../shared/api/shell.ts';

const exposed: Record<string, Record<string, (...a: unknown[]) => unknown>> = {};
const invoked: unknown[][] = [];
const listeners = new Map<string, (e: unknown, v: unknown) => void>();
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: never) => void (exposed[key] = value) },
  ipcRenderer: {
    invoke: async (...a: unknown[]) => (invoked.push(a), a[1] === 'info' ? { ok: false, error: { code: 'internal', message: '出错了' } } : { ok: true, result: 'done' }),
    on: (channel: string, fn: never) => void listeners.set(channel, fn),
    off: (channel: string) => void listeners.delete(channel),
  },
}));

await import('./index.ts');

describe('the preload: one generic bridge that knows no method', () => {
  it('exposes only the bridge and the shell events', () => {
    expect(Object.keys(exposed).sort()).toEqual(['nianbaoBridge', 'nianbaoShell']);
    expect(Object.keys(exposed.nianbaoBridge!)).toEqual(['call']);
  });

  it('a call reaches the API channel with the method name and its arguments; errors keep their Chinese message', async () => {
    const call = exposed.nianbaoBridge!.call!;
    expect(await call('openRecent', ['abc'])).toBe('done');
    expect(invoked).toEqual([[API_CHANNEL, 'openRecent', 'abc']]);
    await expect(call('info', [])).rejects.toThrow('出错了');
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

  it('bundles small, without the schema library (it validates nothing: main does)', async () => {
    const out = await build({ entryPoints: ['electron/preload/index.ts'], bundle: true, platform: 'node', format: 'cjs', external: ['electron'], write: false, metafile: true, logLevel: 'silent' });
    const inputs = Object.keys(out.metafile.inputs);
    expect(inputs.filter((f) => f.includes('node_modules'))).toEqual([]);
    expect(out.outputFiles[0]!.contents.length).toBeLessThan(64 * 1024);
  });
});
