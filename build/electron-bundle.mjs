// Bundles the Electron main process and the (sandboxed, single-file) preload into dist-electron/.
// Run by `npm start` before launching Electron and before packaging; the renderer is built by vite.
// main is ESM at dist-electron/main/index.mjs: two folders deep like its sources, so paths that
// modules compute from import.meta.url (resources/fonts) resolve the same bundled or not.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const MAIN_BUNDLE = 'dist-electron/main/index.mjs';
export const PRELOAD_BUNDLE = 'dist-electron/preload.cjs';
/** The folder check's worker (electron/batch/pool.ts), beside the main bundle: the URL pool.ts computes finds it there. */
export const CHECK_WORKER_BUNDLE = 'dist-electron/main/check-worker.mjs';

const common = { bundle: true, platform: 'node', target: 'node22', external: ['electron'], absWorkingDir: root, logLevel: 'warning' };
// CommonJS dependencies inside an ESM bundle still call require().
const requireBanner = { js: "import { createRequire as __nianbaoRequire } from 'node:module'; const require = __nianbaoRequire(import.meta.url);" };

/** The worker alone, to `outfile` (repository-relative; two folders deep, as the main bundle, for paths computed from import.meta.url). */
export async function bundleCheckWorker(outfile = CHECK_WORKER_BUNDLE) {
  await build({ ...common, format: 'esm', entryPoints: ['electron/batch/check-worker.ts'], outfile, banner: requireBanner });
}

export async function bundleElectron() {
  await build({ ...common, format: 'esm', entryPoints: ['electron/main/index.ts'], outfile: MAIN_BUNDLE, banner: requireBanner });
  await bundleCheckWorker();
  await build({ ...common, format: 'cjs', entryPoints: ['electron/preload/index.ts'], outfile: PRELOAD_BUNDLE });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await bundleElectron();
