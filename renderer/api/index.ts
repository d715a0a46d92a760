/**
 * `getApi()`: the one NianbaoApi the UI uses — the Electron preload's when running in the desktop
 * app, the HTTP client in the web build. UI code never needs to know which.
 */
import type { NianbaoApi } from '../../shared/api/contract.ts';
import { FILE_ID_PATTERN } from '../../shared/api/shell.ts';
import { electronApi } from './electron.ts';
import { createHttpApi, tokenFromPage } from './http.ts';

export { ApiCallError } from '../../shared/api/envelope.ts';

let api: NianbaoApi | null = null;

export function getApi(): NianbaoApi {
  if (api) return api;
  const desktop = electronApi();
  if (desktop) return (api = desktop);
  const token = tokenFromPage();
  if (token) return (api = createHttpApi({ token }));
  throw new Error('无法连接到年报编辑器：请用启动年报编辑器时显示的完整地址打开本页面');
}

/** The web build (served by `nianbao serve`), as opposed to the desktop app or a test's fake. */
export function isWebBuild(): boolean {
  return !electronApi() && tokenFromPage() !== null;
}

/** Tests inject a fake. */
export function setApi(next: NianbaoApi | null): void {
  api = next;
}

/**
 * The file `nianbao serve FILE` (or a double-clicked .nianbao in the desktop app) asked to open:
 * its FileRef id, for `getApi().openRecent(id)` on start; null when none.
 */
export function startupFileId(loc: Pick<Location, 'hash'> = location): string | null {
  const id = new URLSearchParams(loc.hash.replace(/^#/, '')).get('open');
  return id && FILE_ID_PATTERN.test(id) ? id : null;
}

export { onMenuCommand, onOpenRequest, setMenuChecked } from './electron.ts';
