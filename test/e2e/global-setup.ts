// Builds the renderer once for the whole run (skipped when dist/renderer is up to date).
import { ensureRendererBuilt } from '../../electron/server/renderer-build.ts';

export default async function globalSetup(): Promise<void> {
  if (process.env.NIANBAO_DIST) return; // tests pointed at a prepared build
  await ensureRendererBuilt({ log: (l) => console.log(l) });
}
