import type { DocumentResult } from '../audit.js';
import type { AuditOptions } from '../config/settings.js';

/** What a worker needs to rebuild the run's settings and rules on its own thread (functions do not cross threads). */
export interface WorkerSetup {
  options: AuditOptions;
  /** Cache folder the worker writes its results to, or null without a cache. */
  cacheFolder: string | null;
}

/** One document for a worker: its bytes were read (and hashed) by the main thread. */
export interface DocumentTask {
  index: number;
  path: string;
  bytes: Uint8Array;
  /** Cache key to store the result under, or null. */
  key: string | null;
}

/** A worker's answer for one document. */
export interface DocumentDone {
  index: number;
  result: DocumentResult;
  /** Why the cache entry could not be written (e.g. EACCES), or null. */
  cacheError: string | null;
}
