/**
 * The last line behind the read boundary (files/read-boundary.ts): a promise some library rejects with
 * nobody listening, or an exception thrown from a callback, is logged and the process goes on — the
 * server keeps serving the other clerks, the app keeps the open report. Installed by the processes'
 * entries (bin/nianbao.mjs, the desktop main), never by a module a test imports.
 */
export function installProcessGuards(log: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): void {
  const describe = (e: unknown) => (e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.on('unhandledRejection', (reason) => log(`[nianbao] 已忽略一个未处理的异步错误（程序继续运行）：${describe(reason)}`));
  process.on('uncaughtException', (e) => log(`[nianbao] 已忽略一个未捕获的异常（程序继续运行）：${describe(e)}`));
}
