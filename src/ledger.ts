import { createHash } from 'node:crypto';
import { UsageError } from './errors.js';
import type { Topic } from './rules/definition.js';
import type { Claim, ClaimValue, Point } from './types.js';

/** One shard of a corpus: `--shard 2/4` is index 2 of 4 (1-based, as people count). */
export interface Shard {
  index: number;
  count: number;
}

/** Read `--shard i/n`. */
export function parseShard(value: string): Shard {
  const found = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const index = Number(found?.[1]);
  const count = Number(found?.[2]);
  if (!found || count < 1 || index < 1 || index > count) throw new UsageError(`--shard must be i/n with 1 <= i <= n, e.g. 1/4, not "${value}"`);
  return { index, count };
}

/**
 * Which shard a document belongs to: a hash of its path, so the assignment does not depend on which other
 * files exist, on the order they are found in, or on the machine.
 */
export function shardOf(path: string, count: number): number {
  return (createHash('sha256').update(path).digest().readUInt32BE(0) % count) + 1;
}

/**
 * The first line of a shard's ledger: which shard of how many, how many documents it audited, and a digest of
 * the topics it was audited with. Without it, a merge cannot notice a shard that never arrived (a failed CI
 * job, an empty shard) nor a shard audited with other rules: it would report a smaller truth without a word.
 */
export interface LedgerHeader {
  shard: Shard;
  documents: number;
  topics: string;
}

/** The header line of a shard's ledger (`claims --format jsonl --shard i/n`). */
export function formatLedgerHeader(header: LedgerHeader): string {
  return `${JSON.stringify({ shard: `${header.shard.index}/${header.shard.count}`, documents: header.documents, topics: header.topics })}\n`;
}

/**
 * A digest of what decides contradictions: each topic's comparison settings, not where it was loaded from
 * (paths differ between machines).
 */
export function topicsDigest(topics: ReadonlyMap<string, Topic>): string {
  const settings = [...topics.values()]
    .map(({ origin: _origin, ...topic }) => topic)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return createHash('sha256').update(JSON.stringify(settings)).digest('hex').slice(0, 16);
}

/** A JSON value read from a ledger line, checked field by field. */
type Json = Record<string, unknown>;

/** A ledger read back: its shard header when it has one, and its claims. */
export interface Ledger {
  header: LedgerHeader | null;
  claims: Claim[];
}

/**
 * Claims from a JSON Lines claim ledger (`claim-audit claims --format jsonl`), as the formatter wrote them.
 * Every line must be a claim, except a shard's header first: a ledger that is not one is refused with the
 * file and line, not half read.
 */
export function parseLedger(text: string, file: string): Ledger {
  const claims: Claim[] = [];
  let header: LedgerHeader | null = null;
  const lines = text.split(/\r?\n/);
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const fail = (why: string): never => {
      throw new UsageError(`not a claim ledger line (${why})`, { origin: { file, line: index + 1, column: 1 }, hint: 'write ledgers with `claim-audit claims --format jsonl`' });
    };
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      fail('invalid JSON');
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) fail('not an object');
    if ('shard' in (json as Json) && header === null && claims.length === 0) header = headerFromJson(json as Json, fail);
    else claims.push(claimFromJson(json as Json, fail));
  });
  return { header, claims };
}

function headerFromJson(json: Json, fail: (why: string) => never): LedgerHeader {
  const shard = typeof json.shard === 'string' && /^\d+\/\d+$/.test(json.shard) ? parseShard(json.shard) : fail('"shard" must be i/n');
  const documents = Number.isInteger(json.documents) ? (json.documents as number) : fail('"documents" must be a whole number');
  const topics = typeof json.topics === 'string' ? json.topics : fail('"topics" must be a string');
  return { shard, documents, topics };
}

/**
 * Refuses a merge that would report less than a whole-corpus check: shards of different splits, a shard given
 * twice or missing, or a shard audited with other topics than this run's. Ledgers without a header (a whole
 * corpus, or written by hand) are taken as they are.
 */
export function checkShards(ledgers: readonly { name: string; header: LedgerHeader | null }[], topics: string): void {
  const sharded = ledgers.filter((ledger): ledger is { name: string; header: LedgerHeader } => ledger.header !== null);
  if (sharded.length === 0) return;
  const hint = 'merge one ledger from each shard of one `claims --format jsonl --shard i/n` run';
  const count = sharded[0]!.header.shard.count;
  const seen = new Map<number, string>();
  for (const { name, header } of sharded) {
    if (header.shard.count !== count) throw new UsageError(`${name} is shard ${header.shard.index}/${header.shard.count}, but ${sharded[0]!.name} is one of ${count}`, { hint });
    const earlier = seen.get(header.shard.index);
    if (earlier !== undefined) throw new UsageError(`${earlier} and ${name} are both shard ${header.shard.index}/${count}`, { hint });
    seen.set(header.shard.index, name);
    if (header.topics !== topics) {
      throw new UsageError(`${name} was audited with other rules or config than this run (its topics differ)`, { hint: 'run contradictions with the same --rules and --config as the shards' });
    }
  }
  const missing = Array.from({ length: count }, (_, index) => index + 1).filter((index) => !seen.has(index));
  if (missing.length > 0) {
    throw new UsageError(`missing ledger for shard ${missing.map((index) => `${index}/${count}`).join(', ')}: the contradictions would leave out its documents`, { hint });
  }
}

function claimFromJson(json: Json, fail: (why: string) => never): Claim {
  const text = (name: string): string => (typeof json[name] === 'string' ? (json[name] as string) : fail(`"${name}" must be a string`));
  const number = (name: string): number => (Number.isInteger(json[name]) ? (json[name] as number) : fail(`"${name}" must be a whole number`));
  const flag = (name: string): boolean => (typeof json[name] === 'boolean' ? (json[name] as boolean) : fail(`"${name}" must be true or false`));
  const polarity = text('polarity');
  if (polarity !== 'affirmed' && polarity !== 'negated') fail('"polarity" must be affirmed or negated');
  const start: Point = { line: number('line'), column: number('column'), offset: number('offset') };
  const end: Point = { line: number('endLine'), column: number('endColumn'), offset: number('endOffset') };
  const claim: Claim = {
    subject: text('subject'),
    topic: text('topic'),
    key: text('key'),
    value: valueFromJson(json.value, fail),
    polarity: polarity as Claim['polarity'],
    hedged: flag('hedged'),
    cited: flag('cited'),
    ruleId: text('ruleId'),
    path: text('file'),
    span: { start, end },
    sentence: text('sentence'),
    match: text('match'),
  };
  const range = json.sentenceMatch as { start?: unknown; end?: unknown } | undefined;
  if (range !== undefined) {
    if (typeof range !== 'object' || range === null || !Number.isInteger(range.start) || !Number.isInteger(range.end)) fail('"sentenceMatch" must be {start, end}');
    claim.sentenceMatch = { start: range.start as number, end: range.end as number };
  }
  if (json.contradictionAccepted === true) claim.contradictionAccepted = true;
  return claim;
}

function valueFromJson(value: unknown, fail: (why: string) => never): ClaimValue {
  if (value === null || value === undefined) return { type: 'none' };
  if (typeof value !== 'object' || Array.isArray(value)) return fail('"value" must be an object or null');
  const json = value as Json;
  if (typeof json.category === 'string') {
    const scope = Array.isArray(json.scope) && json.scope.every((item) => typeof item === 'string') ? (json.scope as string[]) : fail('"value.scope" must be a list of strings');
    return { type: 'category', category: json.category, text: typeof json.text === 'string' ? json.text : '', scope };
  }
  const bound = (name: string): number | null => (json[name] === null ? null : typeof json[name] === 'number' ? (json[name] as number) : fail(`"value.${name}" must be a number or null`));
  const flag = (name: string): boolean => (typeof json[name] === 'boolean' ? (json[name] as boolean) : fail(`"value.${name}" must be true or false`));
  return {
    type: 'interval',
    min: bound('min'),
    max: bound('max'),
    minInclusive: flag('minInclusive'),
    maxInclusive: flag('maxInclusive'),
    unit: typeof json.unit === 'string' ? json.unit : fail('"value.unit" must be a string'),
    approximate: flag('approximate'),
    text: typeof json.text === 'string' ? json.text : '',
    ...(typeof json.unitWord === 'string' ? { unitWord: json.unitWord } : {}),
  };
}
