/**
 * Electron's security checklist, applied to every web contents the app creates: no navigation, no
 * new windows, no webviews, no permissions — the app shows its own pages and nothing else.
 */
import { app, session, type WebContents } from 'electron';

export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (e) => e.preventDefault());
  contents.on('will-redirect', (e) => e.preventDefault());
  contents.on('will-attach-webview', (e) => e.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function hardenApp(): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.setSpellCheckerEnabled(false);
}

/** webPreferences for every app window; `preload` only for the editor. */
export function secureWebPreferences(preload?: string) {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    navigateOnDragDrop: false,
    ...(preload ? { preload } : {}),
  };
}
