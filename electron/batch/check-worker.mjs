// A worker of the folder check (parallel.ts): TypeScript is loaded in this thread as bin/nianbao.mjs
// loads it for the CLI (a worker does not inherit the loader of the thread that started it).
import { register } from 'tsx/esm/api';

register();
await import('./check-worker.ts');
