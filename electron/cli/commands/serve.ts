import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { DIST_RENDERER, ensureRendererBuilt, rendererSourcesExist } from '../../server/renderer-build.ts';
import { startServer, type RunningServer } from '../../server/server.ts';
import { parseCliArgs } from '../args.ts';
import { EXIT_OK, UsageError, usageError, type CliIO } from '../io.ts';

export const DEFAULT_WORKSPACE = join(homedir(), 'nianbao');

export const serveHelp = `nianbao serve [--port 端口] [--dir 文件夹] [文件]
  启动网页版年报编辑器（仅本机 127.0.0.1 可访问），打印带访问令牌的地址，用浏览器打开即可。
  --port  端口号（默认沿用这个文件夹上次的端口和访问令牌，已被占用时换一个空闲端口）
  --dir   网页版保存、另存和导出文件的文件夹（默认 ${DEFAULT_WORKSPACE}）
  文件    启动后打开的年报文件（.nianbao 或表格数据 JSON）
  按 Ctrl+C 停止。`;

function parsePort(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw usageError('serve', `端口“${text}”无效`);
  return port;
}

export interface ServeOptions {
  /** Tests: a prepared renderer folder (skips the build) and a way to stop. */
  distDir?: string;
  untilStopped?: (server: RunningServer) => Promise<void>;
}

function untilSignal(): Promise<void> {
  return new Promise((r) => {
    process.once('SIGINT', () => r());
    process.once('SIGTERM', () => r());
  });
}

export async function serve(args: string[], io: CliIO, opts: ServeOptions = {}): Promise<number> {
  const { values, positionals } = parseCliArgs('serve', {
    args,
    allowPositionals: true,
    options: { port: { type: 'string' }, dir: { type: 'string' } },
  });
  if (positionals.length > 1) throw usageError('serve', '一次只能打开一个文件');
  const port = parsePort(values.port);
  if (!opts.distDir) {
    if (!(await rendererSourcesExist())) throw new UsageError('编辑器界面尚未就绪（缺少 renderer/index.html），无法启动网页版');
    await ensureRendererBuilt({ log: (l) => io.out(l) });
  }
  const workspace = resolve(values.dir ?? DEFAULT_WORKSPACE);
  let server: RunningServer;
  try {
    server = await startServer({ distDir: opts.distDir ?? DIST_RENDERER, workspace, port, openFile: positionals[0] });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') throw usageError('serve', `端口 ${port} 已被占用，请换一个端口或不指定 --port`);
    throw e;
  }
  // The reader worker starts now (its own thread): a cold start under tsx takes seconds, the first PDF should not wait.
  (await import('../../files/read-boundary.ts')).warmReader();
  io.out(`年报编辑器网页版已启动，请用浏览器打开：\n  ${server.url}\n文件保存在：${workspace}\n按 Ctrl+C 停止。`);
  // Loaded here, not with every command: the other commands start sooner without the export engine.
  const stopWarmUp = (await import('../../warm-up.ts')).scheduleWarmUp();
  await (opts.untilStopped ?? untilSignal)(server);
  stopWarmUp();
  await server.close();
  return EXIT_OK;
}
