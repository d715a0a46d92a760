// `npm start`: the desktop app when Electron's binary is installed; otherwise (as on machines where it
// cannot be downloaded) the web build, served on 127.0.0.1 for the browser. Extra arguments go to
// `nianbao serve` (e.g. `npm start -- --port 8080 报告.nianbao`).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);

/** The Electron executable, without `require('electron')` (which would try to download it). */
function electronBinary() {
  const dir = join(root, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (process.env.NIANBAO_WEB === '1' || !existsSync(pathFile)) return null;
  const exe = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(exe) ? exe : null;
}

register();
const exe = electronBinary();
if (exe) {
  const { ensureRendererBuilt } = await import('../electron/server/renderer-build.ts');
  const { bundleElectron } = await import('../build/electron-bundle.mjs');
  await ensureRendererBuilt({ log: (l) => console.log(l) });
  await bundleElectron();
  const child = spawn(exe, [root, ...args], { stdio: 'inherit' });
  child.on('exit', (code) => (process.exitCode = code ?? 1));
} else {
  console.log('本机无法启动桌面版（未安装 Electron 运行文件），改为启动网页版编辑器，请用浏览器打开下面的地址。');
  const { main } = await import('../electron/cli/main.ts');
  process.exitCode = await main(['serve', ...args]);
}
