import { auditDocument, parseSource, type Prepared } from '../audit.js';
import type { ClaimCache } from '../cache/claim-cache.js';
import type { DocumentDone, DocumentTask } from './protocol.js';

/** Audit one document from its bytes and store the result in the cache: the same step on the main thread or a worker. */
export function auditTask(task: DocumentTask, prepared: Prepared, cache: ClaimCache | null): DocumentDone {
  const result = auditDocument(parseSource(task.path, task.bytes, prepared.settings), prepared.compiled, prepared.settings);
  // Written before the report is built, which marks directives used by contradictions: the entry holds only
  // what this document says on its own.
  const cacheError = cache && task.key ? cache.write(task.key, result) : null;
  return { index: task.index, result, cacheError };
}
