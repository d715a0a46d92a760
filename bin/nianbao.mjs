#!/usr/bin/env node
// Runs the TypeScript CLI directly (tsx), so a checkout needs no build step before `npx nianbao`.
import { register } from 'tsx/esm/api';

register();
// A rejection nobody handles (a parser's, a library's) is logged; the command or the server goes on (issue #26).
(await import('../electron/process-guards.ts')).installProcessGuards();
const { main } = await import('../electron/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
