/**
 * For calls that must not break the page when the API is unreachable (a page opened without the
 * server's token, e.g. straight from the vite dev server): null plus the Chinese reason.
 */
import type { NianbaoApi } from '../../shared/api/contract.ts';
import { getApi } from '../api/index.ts';

export function tryApi(): { api: NianbaoApi; problem: null } | { api: null; problem: string } {
  try {
    return { api: getApi(), problem: null };
  } catch (e) {
    return { api: null, problem: e instanceof Error ? e.message : String(e) };
  }
}

/** Fire-and-forget calls (recovery copy, discarding it): failures are not the clerk's concern. */
export function quietly(call: (api: NianbaoApi) => Promise<unknown>): void {
  const { api } = tryApi();
  if (api) void call(api).catch(() => undefined);
}
