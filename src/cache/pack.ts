import type { Claim, ClaimValue, Polarity } from '../types.js';

/**
 * A document's claims in the cache, packed: one array per claim instead of an object with named fields, and
 * every repeated string (subject, topic, key, rule id, sentence) written once per document. PR mode and warm
 * runs parse the claims of every cached document; packed, a 10k-article catalogue's claims are about a third
 * of the JSON, and parse about three times faster.
 */
export interface PackedClaims {
  /** Subjects, topics, keys, rule ids and sentences, each once. */
  strings: string[];
  claims: PackedClaim[];
}

/**
 * [subject, topic, key, ruleId, sentence] (indices into `strings`), flags, value, start line, start column,
 * start offset, end line, end column, end offset, match, sentence match start, end (-1 when there is none).
 */
type PackedClaim = [number, number, number, number, number, number, PackedValue, number, number, number, number, number, number, string, number, number];

/** An interval: [min, max, unit, flags, text]; a category: [category, text, scope]; no value: 0. */
// An interval's unit word, where it has one, comes sixth.
type PackedValue = [number | null, number | null, string, number, string] | [number | null, number | null, string, number, string, string] | [string, string, string[]] | 0;

const HEDGED = 1;
const CITED = 2;
const ACCEPTED = 4;
const NEGATED = 8;

const MIN_INCLUSIVE = 1;
const MAX_INCLUSIVE = 2;
const APPROXIMATE = 4;

/** Claims of one document, packed (see PackedClaims). */
export function packClaims(claims: Claim[]): PackedClaims {
  const strings: string[] = [];
  const indexOf = new Map<string, number>();
  const intern = (text: string): number => {
    let index = indexOf.get(text);
    if (index === undefined) {
      index = strings.length;
      strings.push(text);
      indexOf.set(text, index);
    }
    return index;
  };
  const packed = claims.map((claim): PackedClaim => {
    const flags = (claim.hedged ? HEDGED : 0) | (claim.cited ? CITED : 0) | (claim.contradictionAccepted ? ACCEPTED : 0) | (claim.polarity === 'negated' ? NEGATED : 0);
    const { start, end } = claim.span;
    return [
      intern(claim.subject),
      intern(claim.topic),
      intern(claim.key),
      intern(claim.ruleId),
      intern(claim.sentence),
      flags,
      packValue(claim.value),
      start.line,
      start.column,
      start.offset,
      end.line,
      end.column,
      end.offset,
      claim.match,
      claim.sentenceMatch ? claim.sentenceMatch.start : -1,
      claim.sentenceMatch ? claim.sentenceMatch.end : -1,
    ];
  });
  return { strings, claims: packed };
}

function packValue(value: ClaimValue): PackedValue {
  if (value.type === 'interval') {
    const flags = (value.minInclusive ? MIN_INCLUSIVE : 0) | (value.maxInclusive ? MAX_INCLUSIVE : 0) | (value.approximate ? APPROXIMATE : 0);
    const packed: PackedValue = [value.min, value.max, value.unit, flags, value.text];
    return value.unitWord === undefined ? packed : [...packed, value.unitWord];
  }
  if (value.type === 'category') return [value.category, value.text, value.scope];
  return 0;
}

/**
 * The claims packed by packClaims, as they were; `path` is the document's. Throws on anything that is not a
 * packing of claims (a damaged or foreign entry), so the caller can treat the entry as corrupt.
 */
export function unpackClaims(packed: unknown, path: string): Claim[] {
  if (typeof packed !== 'object' || packed === null) throw new Error('not packed claims');
  const { strings, claims } = packed as Partial<PackedClaims>;
  if (!Array.isArray(strings) || !Array.isArray(claims)) throw new Error('not packed claims');
  const text = (index: unknown): string => {
    const value = typeof index === 'number' ? strings[index] : undefined;
    if (typeof value !== 'string') throw new Error('bad string index');
    return value;
  };
  const string = (value: unknown): string => {
    if (typeof value !== 'string') throw new Error('not a string');
    return value;
  };
  const number = (value: unknown): number => {
    if (typeof value !== 'number') throw new Error('not a number');
    return value;
  };
  return claims.map((item: unknown): Claim => {
    if (!Array.isArray(item) || item.length !== 16) throw new Error('bad claim');
    const [subject, topic, key, ruleId, sentence, flags, value, startLine, startColumn, startOffset, endLine, endColumn, endOffset, match, matchStart, matchEnd] = item as unknown[];
    const bits = number(flags);
    const claim: Claim = {
      subject: text(subject),
      topic: text(topic),
      key: text(key),
      value: unpackValue(value),
      polarity: (bits & NEGATED ? 'negated' : 'affirmed') satisfies Polarity,
      hedged: (bits & HEDGED) !== 0,
      cited: (bits & CITED) !== 0,
      ruleId: text(ruleId),
      path,
      span: {
        start: { line: number(startLine), column: number(startColumn), offset: number(startOffset) },
        end: { line: number(endLine), column: number(endColumn), offset: number(endOffset) },
      },
      sentence: text(sentence),
      match: string(match),
    };
    if (number(matchStart) >= 0) claim.sentenceMatch = { start: number(matchStart), end: number(matchEnd) };
    if (bits & ACCEPTED) claim.contradictionAccepted = true;
    return claim;
  });
}

function unpackValue(value: unknown): ClaimValue {
  if (value === 0) return { type: 'none' };
  if (Array.isArray(value) && (value.length === 5 || value.length === 6)) {
    const [min, max, unit, flags, text, unitWord] = value as unknown[];
    if (unitWord !== undefined && typeof unitWord !== 'string') throw new Error('bad interval');
    const bound = (side: unknown): number | null => (typeof side === 'number' ? side : side === null ? null : Number.NaN);
    if (typeof unit !== 'string' || typeof flags !== 'number' || typeof text !== 'string' || Number.isNaN(bound(min)) || Number.isNaN(bound(max))) {
      throw new Error('bad interval');
    }
    return {
      type: 'interval',
      min: bound(min),
      max: bound(max),
      minInclusive: (flags & MIN_INCLUSIVE) !== 0,
      maxInclusive: (flags & MAX_INCLUSIVE) !== 0,
      unit,
      approximate: (flags & APPROXIMATE) !== 0,
      text,
      ...(unitWord === undefined ? {} : { unitWord }),
    };
  }
  if (Array.isArray(value) && value.length === 3) {
    const [category, text, scope] = value as unknown[];
    if (typeof category !== 'string' || typeof text !== 'string' || !Array.isArray(scope) || !scope.every((stem) => typeof stem === 'string')) {
      throw new Error('bad category');
    }
    return { type: 'category', category, text, scope: scope as string[] };
  }
  throw new Error('bad value');
}
