import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';
import { auditDocument, findSources, type DocumentResult, type Prepared, readSource, TOOL } from './audit.js';
import { cacheFingerprint, ClaimCache, documentKey } from './cache/claim-cache.js';
import type { AuditOptions } from './config/settings.js';
import type { Source } from './documents/discover.js';
import { type Shard, shardOf } from './ledger.js';
import { startWorkerPool, type WorkerPool } from './parallel/pool.js';
import type { DocumentDone, DocumentTask } from './parallel/protocol.js';
import { auditTask } from './parallel/task.js';

/** How a corpus is run: threads, cache, and what the caller hears along the way. */
export interface RunOptions {
  /** Worker threads; 1 audits on the main thread. */
  jobs: number;
  /** Cache folder (absolute), or null for `--no-cache`. */
  cacheFolder: string | null;
  /** Called as documents are done (cache hits included). */
  onProgress?: (done: number, total: number) => void;
  /** One-line warnings for the user (a corrupt or unwritable cache): never fatal. */
  warn: (message: string) => void;
  /** Audit only this shard of the documents (`claims --shard i/n`). */
  shard?: Shard;
  /**
   * PR mode: the documents reported on. They are looked up first; then a cached document that shares no
   * subject with them is not parsed at all (its claims could never be compared with theirs), and stands in
   * the results with its path only.
   */
  focus?: (path: string) => boolean;
}

/** The default for `--jobs`: every core the process may use. */
export function defaultJobs(): number {
  return availableParallelism();
}

/**
 * Below this many documents to audit per thread, starting workers costs more than it saves. A worker needs
 * about a third of a second to load its modules and rules, and two threads busy at once each run slower than
 * one alone (memory bandwidth and the garbage collector's helper threads are shared): on the 2-core bench
 * machine 300 articles of 5 KB took 2.3 s on one thread and 2.9 s on two, 1,000 about the same either way.
 */
const MIN_DOCUMENTS_PER_WORKER = 250;

/** Files read between two breaks for the workers' messages once they run: about 5 ms of reading. */
const READS_BETWEEN_BREAKS = 32;

/** What a run produced: one result per document in discovery order, plus cache figures for `--debug`-style notes. */
export interface CorpusRun {
  results: DocumentResult[];
  cacheHits: number;
  /** Cache hits left unparsed because they share no subject with the focused documents (PR mode). */
  unread: number;
  /** Worker threads started (0: everything ran on the main thread). */
  workers: number;
  /** The documents audited, in discovery order. */
  sources: Source[];
}

/**
 * Audit every document the settings name. The main thread reads each file and looks its hash up in the
 * cache; the documents not found there are audited on worker threads (or here), and their results stored.
 * Results are placed by document index, so neither the cache nor the number of jobs changes a byte of the
 * report.
 */
export async function auditCorpus(options: AuditOptions, prepared: Prepared, run: RunOptions): Promise<CorpusRun> {
  const { settings } = prepared;
  const { shard, focus } = run;
  const sources = findSources(settings).filter((source) => !shard || shardOf(source.path, shard.count) === shard.index);
  const total = sources.length;
  const results: (DocumentResult | undefined)[] = new Array<DocumentResult | undefined>(total);
  const cache = run.cacheFolder ? new ClaimCache(run.cacheFolder) : null;
  const fingerprint = cache ? runFingerprint(options, prepared) : '';
  let done = 0;
  let corrupt = 0;
  let cacheHits = 0;
  let unread = 0;
  let workers = 0;
  let unwritable: string | null = null;
  const progress = (): void => run.onProgress?.(done, total);

  /**
   * Read each document and look it up; audit the misses (on workers when there are many). Once the misses
   * alone are enough to keep every thread busy, the workers start and take them as they are found, so reading
   * and hashing the rest of the corpus overlaps with auditing it.
   */
  const auditSome = async (indices: number[], wanted?: (subject: string) => boolean): Promise<void> => {
    // Outside the focus, a cached entry's findings are left unparsed: they are never reported.
    const claimsOnly = wanted !== undefined;
    const misses: DocumentTask[] = [];
    let pool: WorkerPool | null = null;
    const startAt = run.jobs > 1 ? run.jobs * MIN_DOCUMENTS_PER_WORKER : Infinity;
    const accept = (finished: DocumentDone): void => {
      results[finished.index] = sharePath(finished.result);
      unwritable ??= finished.cacheError;
      done += 1;
      progress();
    };
    /** Start `threads` workers and hand them the misses found so far. */
    const startPool = (threads: number): WorkerPool => {
      const { stdin: _stdin, ...threadOptions } = options;
      workers = Math.max(workers, threads);
      const started = startWorkerPool({ options: threadOptions, cacheFolder: cache?.folder ?? null }, threads, accept);
      for (const task of misses.splice(0)) started.add(task);
      return started;
    };

    let sinceBreak = 0;
    try {
      for (const index of indices) {
        // The workers' results and requests for more are handled between files only: let them in now and then.
        if (pool && ++sinceBreak === READS_BETWEEN_BREAKS) {
          sinceBreak = 0;
          await new Promise((resume) => setImmediate(resume));
        }
        const source = sources[index] as Source;
        const read = readSource(source, settings);
        if (!read.ok) {
          results[index] = auditDocument(read, prepared.compiled, settings);
          done += 1;
          continue;
        }
        // Standard input is not cached: it has no file to come back to.
        const key = cache && source.kind === 'file' ? documentKey(fingerprint, read.path, read.bytes) : null;
        if (cache && key) {
          const lookup = cache.read(key, wanted, claimsOnly);
          if (lookup.status === 'hit' || lookup.status === 'unwanted') {
            results[index] = lookup.status === 'hit' ? sharePath(lookup.result) : { path: read.path, findings: [], claims: [], suppressions: [] };
            if (lookup.status === 'unwanted') unread += 1;
            cacheHits += 1;
            done += 1;
            continue;
          }
          if (lookup.status === 'corrupt') corrupt += 1;
        }
        const task: DocumentTask = { index, path: read.path, bytes: read.bytes, key };
        if (pool) {
          pool.add(task);
          continue;
        }
        misses.push(task);
        if (misses.length >= startAt) pool = startPool(run.jobs);
      }
    } catch (error) {
      // Threads still running would keep the process alive after the error is reported.
      pool?.abort();
      throw error;
    }
    progress();

    if (!pool) {
      // Too few misses to start every thread while reading: fewer threads, or none.
      const threads = Math.min(run.jobs, Math.floor(misses.length / MIN_DOCUMENTS_PER_WORKER));
      if (threads > 1) pool = startPool(threads);
      else for (const task of misses) accept(auditTask(task, prepared, cache));
    }
    if (pool) await pool.close();
  };

  const indices = sources.map((_source, index) => index);
  if (focus) {
    // The focused documents first: their subjects decide which of the others need parsing.
    const focused = indices.filter((index) => focus((sources[index] as Source).path));
    await auditSome(focused);
    const subjects = new Set(focused.flatMap((index) => (results[index] as DocumentResult).claims.map((claim) => claim.subject)));
    await auditSome(
      indices.filter((index) => !focus((sources[index] as Source).path)),
      (subject) => subjects.has(subject),
    );
  } else {
    await auditSome(indices);
  }

  cache?.dropOlderFormats();
  if (corrupt > 0) run.warn(`ignored ${corrupt} corrupt cache ${corrupt === 1 ? 'entry' : 'entries'} in ${cache?.folder}; rebuilt them`);
  if (unwritable) run.warn(`cannot write the cache in ${cache?.folder} (${unwritable}); results were not cached`);
  return { results: results.map((result) => result as DocumentResult), cacheHits, unread, workers, sources };
}

/**
 * Point every claim and finding of a result at one path string. A result parsed from the cache or copied
 * from a worker holds a separate copy per item (JSON and structured clone do not share strings): a 10k-article
 * corpus then keeps about half a million copies of its paths, and every sort compares them character by
 * character, where one shared string compares by identity.
 */
function sharePath(result: DocumentResult): DocumentResult {
  const { path } = result;
  for (const claim of result.claims) if (claim.path === path) claim.path = path;
  for (const finding of result.findings) if (finding.path === path) finding.path = path;
  return result;
}

/** Everything besides a document that decides its result: tool version, rules as loaded, config text, options. */
function runFingerprint(options: AuditOptions, prepared: Prepared): string {
  const { settings, catalog } = prepared;
  let config = '';
  if (settings.configFile) {
    try {
      config = readFileSync(settings.configFile, 'utf8');
    } catch {
      config = '(unreadable)';
    }
  }
  return cacheFingerprint({
    // The version alone misses a build from a newer commit with the same version number: the code counts too.
    toolVersion: `${TOOL.version}+${codeHash()}`,
    rules: { rules: catalog.rules, topics: catalog.topics },
    config,
    options: { maxFileBytes: options.maxFileBytes ?? null, cwd: settings.cwd, subject: options.subject ?? null },
  });
}

let ownCode: string | undefined;

/** A hash of claim-audit's own compiled modules (the folder this file is in), computed once per process. */
function codeHash(): string {
  if (ownCode === undefined) {
    const root = dirname(fileURLToPath(import.meta.url));
    const hash = createHash('sha256');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.(?:js|ts)$/.test(name))
      .sort();
    for (const name of files) hash.update(name).update('\0').update(readFileSync(join(root, name))).update('\0');
    ownCode = hash.digest('hex').slice(0, 16);
  }
  return ownCode;
}
