// A worker of the folder check (pool.ts) in a checkout: TypeScript is loaded in this thread as
// bin/nianbao.mjs loads it for the CLI (a worker does not inherit the loader of the thread that
// started it). The packaged app has a bundled check-worker.mjs beside its main process instead.
import { register } from 'tsx/esm/api';

register();
await import('./check-worker.ts');
