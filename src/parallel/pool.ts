import { Worker } from 'node:worker_threads';
import type { DocumentDone, DocumentTask, WorkerSetup } from './protocol.js';

/** Documents per message: enough to make messaging cheap, few enough to keep both threads busy to the end. */
const BATCH = 8;
/** Batches queued per worker, so it never waits for the main thread between two. */
const IN_FLIGHT = 2;

/**
 * Audit tasks on `jobs` worker threads. Batches go to whichever worker is free, so the order in which results
 * arrive varies; each result carries its task's index, and the caller places it by index, which keeps the
 * report identical for any number of jobs.
 */
export function auditInWorkers(tasks: DocumentTask[], setup: WorkerSetup, jobs: number, onDone: (done: DocumentDone) => void): Promise<void> {
  const workerUrl = new URL('./worker.js', import.meta.url);
  return new Promise((resolvePool, rejectPool) => {
    let next = 0;
    let pending = tasks.length;
    let failed = false;
    const workers: Worker[] = [];
    const stopAll = (): void => {
      for (const worker of workers) void worker.terminate();
    };
    const send = (worker: Worker): void => {
      if (next >= tasks.length) return;
      const batch = tasks.slice(next, next + BATCH);
      next += batch.length;
      worker.postMessage(batch);
    };
    if (pending === 0) {
      resolvePool();
      return;
    }
    for (let count = 0; count < Math.min(jobs, Math.ceil(tasks.length / BATCH)); count += 1) {
      const worker = new Worker(workerUrl, { workerData: setup });
      workers.push(worker);
      worker.on('message', (batch: DocumentDone[]) => {
        for (const done of batch) onDone(done);
        pending -= batch.length;
        if (pending === 0) {
          stopAll();
          resolvePool();
        } else {
          send(worker);
        }
      });
      worker.on('error', (error) => {
        if (failed) return;
        failed = true;
        stopAll();
        rejectPool(error);
      });
      worker.on('exit', (code) => {
        if (pending > 0 && !failed) {
          failed = true;
          stopAll();
          rejectPool(new Error(`a worker thread stopped (exit code ${code}) with ${pending} documents left`));
        }
      });
      for (let queued = 0; queued < IN_FLIGHT; queued += 1) send(worker);
    }
  });
}
