import { parentPort, workerData } from 'node:worker_threads';
import { prepare } from '../audit.js';
import { ClaimCache } from '../cache/claim-cache.js';
import type { DocumentDone, DocumentTask, WorkerSetup } from './protocol.js';
import { auditTask } from './task.js';

// A worker thread: load config and rules once, then audit the batches of documents the main thread sends.
const setup = workerData as WorkerSetup;
const prepared = prepare(setup.options);
const cache = setup.cacheFolder ? new ClaimCache(setup.cacheFolder) : null;
const port = parentPort;
if (!port) throw new Error('claim-audit worker started outside a worker thread');
port.on('message', (tasks: DocumentTask[]) => {
  const done: DocumentDone[] = tasks.map((task) => auditTask(task, prepared, cache));
  port.postMessage(done);
});
