// Entry of the flow worker thread: the gateway runs TypeScript through tsx, and a worker thread does not
// inherit the parent's module hooks on Node 20, so the worker registers tsx itself, then loads its module.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData?.module ?? new URL('./step-worker.ts', import.meta.url).href);
