// `npm start`: the editor comes with issue «The editor»; until then this shows the command line.
import { spawnSync } from 'node:child_process';

console.log('年报编辑器界面尚在开发中，先显示命令行工具 nianbao 的用法：\n');
const r = spawnSync(process.execPath, ['bin/nianbao.mjs', 'help'], { stdio: 'inherit' });
process.exitCode = r.status ?? 1;
