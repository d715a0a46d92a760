/**
 * Builds the renderer with vite when dist/renderer is missing or older than its sources, so
 * `nianbao serve`, `npm start` and the e2e tests always serve what the checkout says.
 */
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const DIST_RENDERER = join(REPO_ROOT, 'dist', 'renderer');
const SOURCES = ['renderer', 'shared', 'vite.config.ts', 'package.json'];

async function newestMtime(path: string): Promise<number> {
  const s = await stat(path).catch(() => null);
  if (!s) return 0;
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = s.mtimeMs;
  for (const entry of await readdir(path)) {
    if (entry === 'node_modules' || entry.endsWith('.test.ts') || entry.endsWith('.test.tsx')) continue;
    newest = Math.max(newest, await newestMtime(join(path, entry)));
  }
  return newest;
}

export async function rendererSourcesExist(root = REPO_ROOT): Promise<boolean> {
  return stat(join(root, 'renderer', 'index.html')).then(
    () => true,
    () => false,
  );
}

export async function rendererIsStale(root = REPO_ROOT): Promise<boolean> {
  const built = await stat(join(root, 'dist', 'renderer', 'index.html')).catch(() => null);
  if (!built) return true;
  let newest = 0;
  for (const s of SOURCES) newest = Math.max(newest, await newestMtime(join(root, s)));
  return newest > built.mtimeMs;
}

/** Runs `vite build` (in this process) when needed; returns whether it built. */
export async function ensureRendererBuilt(opts: { root?: string; log?: (line: string) => void } = {}): Promise<boolean> {
  const root = opts.root ?? REPO_ROOT;
  if (!(await rendererSourcesExist(root))) {
    throw new Error('renderer/index.html 不存在：编辑器界面尚未就绪，无法构建网页版');
  }
  if (!(await rendererIsStale(root))) return false;
  opts.log?.('正在构建编辑器界面（vite build）…');
  const { build } = await import('vite');
  await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
  return true;
}
