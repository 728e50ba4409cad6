// A worker thread starts here: it loads TypeScript as the main thread does (through tsx, which
// Node 20 does not pass on to workers), then the worker's own module.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
