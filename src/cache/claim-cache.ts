import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentResult } from '../audit.js';
import { type PackedClaims, packClaims, unpackClaims } from './pack.js';

/**
 * Bump when the shape of a cached entry or the meaning of its fields changes; the tool version is part of
 * every key too, so a release never reads an older release's entries.
 */
const CACHE_FORMAT = 5;

/** Where the cache lives unless `--cache-location` says otherwise, as ESLint, Prettier and Babel do. */
export const DEFAULT_CACHE_LOCATION = 'node_modules/.cache/claim-audit';

/** What decides a document's claims besides its own bytes and path: hashed into one fingerprint per run. */
export interface CacheInputs {
  toolVersion: string;
  /** The loaded rules and topics (after config disables and severities), as plain data. */
  rules: unknown;
  /** The config file's text, which decides subjects, vague readings and limits. */
  config: string;
  /** Anything else that changes results (options given on the command line). */
  options: unknown;
}

/** One fingerprint for everything but the document: a change to any input invalidates every entry. */
export function cacheFingerprint(inputs: CacheInputs): string {
  const json = JSON.stringify([CACHE_FORMAT, inputs.toolVersion, inputs.rules, inputs.config, inputs.options], (_key, value: unknown) =>
    value instanceof Map ? [...value.entries()] : value instanceof Set ? [...value] : value,
  );
  return createHash('sha256').update(json).digest('hex');
}

/** The cache key of one document: its bytes, its path (subjects and reported places depend on it), the fingerprint. */
export function documentKey(fingerprint: string, path: string, bytes: Uint8Array): string {
  return createHash('sha256').update(fingerprint).update('\0').update(path).update('\0').update(bytes).digest('hex');
}

/**
 * What a lookup found. A corrupt entry is reported once by the caller and then recomputed and overwritten.
 * `unwanted`: a whole entry whose subjects the caller did not ask for, left unparsed (PR mode).
 * A hit read with `claimsOnly` has empty findings: they were left unparsed.
 */
export type CacheLookup =
  | { status: 'hit'; result: DocumentResult }
  | { status: 'unwanted'; subjects: string[] }
  | { status: 'miss' }
  | { status: 'corrupt'; reason: string };

/** The first line of an entry: enough to decide whether the rest is worth parsing. */
interface EntryHeader {
  key: string;
  /** The subjects of the document's claims (one per document today, possibly none). */
  subjects: string[];
}

/**
 * A content-addressed store of per-document results: one file per key, in a folder fanned out by the key's
 * first two characters. An entry is three lines of JSON: a small header (key, subjects), the claims (packed,
 * with path and suppressions), and the findings. A PR-mode run skips parsing the rest of an entry that shares no
 * subject with the changed documents, and the findings of one that does (they are not reported); on a
 * one-subject catalogue the findings are about a third of every entry.
 * Entries are never edited in place: a writer writes a temp file and renames it, which is atomic on one file
 * system, so two runs racing on the same key both leave a whole entry behind (the same bytes, since the key
 * decides the content).
 */
export class ClaimCache {
  readonly folder: string;
  /** Whether this run has seen to the cache folder itself (made it, with its .gitignore, if it was missing). */
  private rooted = false;

  constructor(folder: string) {
    this.folder = folder;
  }

  /**
   * A cache folder this run creates gets a `.gitignore` of `*`: in a content repository with no node_modules
   * and no .gitignore, the cache would otherwise be committed with the articles. A folder that already exists
   * is left as it is (`--cache-location` may name a folder of the user's).
   */
  private makeRoot(): void {
    if (this.rooted) return;
    this.rooted = true;
    if (existsSync(this.folder)) return;
    mkdirSync(this.folder, { recursive: true });
    writeFileSync(join(this.folder, '.gitignore'), '# claim-audit cache: nothing here belongs in git\n*\n');
  }

  private fileOf(key: string): string {
    return join(this.folder, `v${CACHE_FORMAT}`, key.slice(0, 2), `${key}.json`);
  }

  /**
   * Look a key up; with `wanted`, an entry none of whose subjects it accepts is not parsed beyond its header,
   * and with `claimsOnly` the findings are not parsed at all.
   */
  read(key: string, wanted?: (subject: string) => boolean, claimsOnly = false): CacheLookup {
    let text: string;
    try {
      text = readFileSync(this.fileOf(key), 'utf8');
    } catch {
      return { status: 'miss' };
    }
    const newline = text.indexOf('\n');
    if (newline < 0) return { status: 'corrupt', reason: 'no header line' };
    try {
      const header = JSON.parse(text.slice(0, newline)) as Partial<EntryHeader>;
      if (header.key !== key || !Array.isArray(header.subjects) || !header.subjects.every((subject) => typeof subject === 'string')) {
        return { status: 'corrupt', reason: 'unexpected header' };
      }
      if (wanted && !header.subjects.some(wanted)) return { status: 'unwanted', subjects: header.subjects };
      // JSON.stringify escapes every newline inside strings, so the lines split the entry exactly.
      const second = text.indexOf('\n', newline + 1);
      if (second < 0) return { status: 'corrupt', reason: 'no findings line' };
      const stored = JSON.parse(text.slice(newline + 1, second)) as Partial<StoredClaims> | null;
      if (typeof stored?.path !== 'string' || !Array.isArray(stored.suppressions)) return { status: 'corrupt', reason: 'unexpected content' };
      const findings: unknown = claimsOnly ? [] : JSON.parse(text.slice(second + 1));
      if (!Array.isArray(findings)) return { status: 'corrupt', reason: 'unexpected content' };
      const result: DocumentResult = { path: stored.path, claims: unpackClaims(stored.claims, stored.path), suppressions: stored.suppressions, findings: findings as DocumentResult['findings'] };
      return { status: 'hit', result };
    } catch {
      // Not JSON, or claims that do not unpack.
      return { status: 'corrupt', reason: 'not valid JSON' };
    }
  }

  /**
   * Delete the entries of older cache formats (`v1`…): this build never reads them, and on a catalogue of
   * 10k articles each format left behind holds a few hundred megabytes. Best effort: an older claim-audit
   * still using them only loses speed.
   */
  dropOlderFormats(): void {
    let names: string[];
    try {
      names = readdirSync(this.folder);
    } catch {
      return;
    }
    for (const name of names) {
      const format = /^v(\d+)$/.exec(name);
      if (!format || Number(format[1]) >= CACHE_FORMAT) continue;
      try {
        // `--cache-location` may point at a user's folder by mistake: only a folder made of entries goes.
        if (holdsOnlyEntries(join(this.folder, name))) rmSync(join(this.folder, name), { recursive: true, force: true });
      } catch {
        // Left for the next run: a cache that cannot be cleaned only takes space.
      }
    }
  }

  /** Store an entry; a cache that cannot be written (read-only disk, full disk) only costs speed, so errors are returned, not thrown. */
  write(key: string, result: DocumentResult): string | null {
    const file = this.fileOf(key);
    const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      this.makeRoot();
      mkdirSync(join(file, '..'), { recursive: true });
      const header: EntryHeader = { key, subjects: [...new Set(result.claims.map((claim) => claim.subject))].sort() };
      const claims: StoredClaims = { path: result.path, suppressions: result.suppressions, claims: packClaims(result.claims) };
      writeFileSync(temporary, `${JSON.stringify(header)}\n${JSON.stringify(claims)}\n${JSON.stringify(result.findings)}`);
      renameSync(temporary, file);
      return null;
    } catch (error) {
      try {
        rmSync(temporary, { force: true });
      } catch {
        // Nothing more to do: the temp file is named so that it is never read as an entry.
      }
      return (error as NodeJS.ErrnoException).code ?? String(error);
    }
  }
}

/** Whether a folder holds nothing but cache entries: two-hex-digit folders of `<sha256>.json` files (and temp files). */
function holdsOnlyEntries(folder: string): boolean {
  for (const fan of readdirSync(folder, { withFileTypes: true })) {
    if (!fan.isDirectory() || !/^[0-9a-f]{2}$/.test(fan.name)) return false;
    for (const entry of readdirSync(join(folder, fan.name), { withFileTypes: true })) {
      if (!entry.isFile() || !/^[0-9a-f]{64}\.json(?:\.\d+\.[0-9a-f]{8}\.tmp)?$/.test(entry.name)) return false;
    }
  }
  return true;
}

/** The second line of an entry: everything of a document's result but its findings. */
interface StoredClaims {
  path: string;
  suppressions: DocumentResult['suppressions'];
  claims: PackedClaims;
}
