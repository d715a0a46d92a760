// The reader worker (read-boundary.ts) from source: TypeScript is loaded in this thread as bin/nianbao.mjs
// loads it for the CLI (a worker does not inherit the loader of the thread that started it). The desktop
// build runs its bundled read-worker.mjs instead (build/electron-bundle.mjs).
import { register } from 'tsx/esm/api';

register();
await import('./read-worker.ts');
