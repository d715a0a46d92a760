/** The desktop client: the preload's `window.nianbao` (already a NianbaoApi; errors arrive as ApiCallError). */
import type { NianbaoApi } from '../../shared/api/contract.ts';

declare global {
  interface Window {
    nianbao?: NianbaoApi;
  }
}

export function electronApi(win: Window = window): NianbaoApi | null {
  return win.nianbao ?? null;
}
