import { Worker } from 'node:worker_threads';
import type { DocumentDone, DocumentTask, WorkerSetup } from './protocol.js';

/** Documents per message: enough to make messaging cheap, few enough to keep both threads busy to the end. */
const BATCH = 8;
/** Batches queued per worker, so it never waits for the main thread between two. */
const IN_FLIGHT = 2;

/** Worker threads that take tasks while they are still being found: `add` any number, then `close` once. */
export interface WorkerPool {
  /** Queue a document; a free worker gets it as soon as a batch is full. */
  add(task: DocumentTask): void;
  /** No more tasks: send what is queued and resolve once every task is done (reject if a worker fails). */
  close(): Promise<void>;
  /** Stop every worker now (the caller failed): live threads would keep the process from exiting. */
  abort(): void;
}

/**
 * Start `jobs` worker threads. They load their modules and rules while the caller goes on reading files,
 * and audit batches as `add` fills them, so reading a large corpus overlaps with auditing it instead of
 * coming first. Batches go to whichever worker has room, so the order in which results arrive varies; each
 * result carries its task's index, and the caller places it by index, which keeps the report identical for
 * any number of jobs.
 */
export function startWorkerPool(setup: WorkerSetup, jobs: number, onDone: (done: DocumentDone) => void): WorkerPool {
  const workerUrl = new URL('./worker.js', import.meta.url);
  const queue: DocumentTask[] = [];
  let next = 0;
  let pending = 0;
  let closed = false;
  let failure: Error | null = null;
  let settle: { resolve: () => void; reject: (error: Error) => void } | null = null;
  const inFlight = new Map<Worker, number>();

  const finish = (): void => {
    for (const worker of inFlight.keys()) void worker.terminate();
    if (!settle) return;
    if (failure) settle.reject(failure);
    else if (pending === 0) settle.resolve();
  };
  const fail = (error: Error): void => {
    if (failure) return;
    failure = error;
    finish();
  };
  /** Give a worker batches while it has room: full ones, or what is left once no more tasks will come. */
  const feed = (worker: Worker): void => {
    while (!failure && (inFlight.get(worker) ?? 0) < IN_FLIGHT) {
      const left = queue.length - next;
      if (left === 0 || (left < BATCH && !closed)) return;
      const batch = queue.slice(next, next + BATCH);
      next += batch.length;
      // Sent tasks are not needed here any more: let their bytes go once the queue has moved well past them.
      if (next > 4096) {
        queue.splice(0, next);
        next = 0;
      }
      inFlight.set(worker, (inFlight.get(worker) ?? 0) + 1);
      worker.postMessage(batch);
    }
  };

  for (let count = 0; count < jobs; count += 1) {
    const worker = new Worker(workerUrl, { workerData: setup });
    inFlight.set(worker, 0);
    worker.on('message', (batch: DocumentDone[]) => {
      if (failure) return;
      for (const done of batch) onDone(done);
      pending -= batch.length;
      inFlight.set(worker, (inFlight.get(worker) ?? 1) - 1);
      if (closed && pending === 0) finish();
      else feed(worker);
    });
    worker.on('error', (error) => fail(error));
    worker.on('exit', (code) => {
      if (pending > 0 || !closed) fail(new Error(`a worker thread stopped (exit code ${code}) with ${pending} documents left`));
    });
  }

  return {
    add(task: DocumentTask): void {
      if (closed) throw new Error('add after close');
      queue.push(task);
      pending += 1;
      for (const worker of inFlight.keys()) feed(worker);
    },
    close(): Promise<void> {
      closed = true;
      return new Promise((resolve, reject) => {
        settle = { resolve, reject };
        if (failure || pending === 0) finish();
        else for (const worker of inFlight.keys()) feed(worker);
      });
    },
    abort(): void {
      fail(new Error('the run stopped before its workers finished'));
    },
  };
}
