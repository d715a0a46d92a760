import { describe, expect, it } from 'vitest';
import { API_METHODS } from '../../shared/api/contract.ts';
import { electronApi } from './electron.ts';

describe('the desktop client, built from the contract over the preload bridge', () => {
  it('has every method of the contract, each calling the bridge with its name and arguments', async () => {
    const calls: unknown[][] = [];
    const bridge = { call: async (method: string, args: unknown[]) => (calls.push([method, args]), `answer of ${method}`) };
    const api = electronApi({ nianbaoBridge: bridge } as never)!;
    expect(Object.keys(api).sort()).toEqual([...API_METHODS].sort());
    expect(await api.openRecent('abc')).toBe('answer of openRecent');
    expect(await api.listRecent()).toBe('answer of listRecent');
    expect(calls).toEqual([['openRecent', ['abc']], ['listRecent', []]]);
  });

  it('is null outside Electron (the web build uses its HTTP client)', () => {
    expect(electronApi({} as never)).toBeNull();
  });
});
