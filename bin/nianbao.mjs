#!/usr/bin/env node
// Runs the TypeScript CLI directly (tsx), so a checkout needs no build step before `npx nianbao`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../electron/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
