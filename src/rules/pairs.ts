import { rangeClash } from '../analysis/contradictions.js';
import { auditDocument, buildReport, parseSource } from '../audit.js';
import type { Settings } from '../config/settings.js';
import type { Claim, Contradiction } from '../types.js';
import type { CompiledRules } from './compile.js';
import { describeClaim } from './examples.js';
import type { PairExample, RuleCatalog } from './definition.js';

/** A pair example whose check did not come out as written. */
export interface PairFailure {
  pair: PairExample;
  /** What the check found instead: the contradictions it reported, or what each article was read as. */
  reason: string;
}

// The two articles of a pair, named as a reader of the failure sees them.
const PATHS = ['a.md', 'b.md'] as const;
const encoder = new TextEncoder();

/**
 * Run every pair example through a whole check (sentences, claims, what sets a figure apart, contradictions),
 * with the rules a check would load: what one rule's examples cannot show, such as two rules reading one sentence
 * two ways, or a figure set apart for a group that should not be.
 */
export function runPairExamples(catalog: RuleCatalog, compiled: CompiledRules, settings: Settings): { passed: number; failures: PairFailure[] } {
  const failures: PairFailure[] = [];
  let passed = 0;
  for (const pair of catalog.pairs) {
    const contradictions = checkPair(pair, catalog, compiled, settings);
    const reason =
      pair.expect === 'contradiction' ? missingContradiction(pair, contradictions.found, contradictions.claims, catalog) : unwantedContradiction(pair, contradictions.found);
    if (reason === undefined) passed++;
    else failures.push({ pair, reason });
  }
  return { passed, failures };
}

/** The contradictions a check reports on the pair's two articles, and the claims it read from them. */
function checkPair(pair: PairExample, catalog: RuleCatalog, compiled: CompiledRules, settings: Settings): { found: Contradiction[]; claims: Claim[] } {
  const subject = pair.subject ?? 'example';
  const own: Settings = {
    ...settings,
    subjectFor: (_path, frontMatter) => (typeof frontMatter.subject === 'string' && frontMatter.subject.trim() !== '' ? frontMatter.subject.trim() : subject),
  };
  const results = [pair.a, pair.b].map((text, index) => auditDocument(parseSource(PATHS[index] as string, encoder.encode(text), own), compiled, own));
  const report = buildReport([...PATHS], results, catalog);
  return { found: report.contradictions, claims: report.claims };
}

/** Why an `expect: contradiction` pair failed, or undefined when a contradiction joins a and b (on its topic). */
function missingContradiction(pair: PairExample, found: Contradiction[], claims: Claim[], catalog: RuleCatalog): string | undefined {
  const between = found.filter((contradiction) => contradiction.sides[0].path !== contradiction.sides[1].path);
  if (between.some((contradiction) => pair.topic === undefined || contradiction.topic === pair.topic)) return undefined;
  if (between.length > 0) return `found one on ${topicsOf(between)} instead`;
  const sides = PATHS.map((path) => claims.filter((claim) => claim.path === path && (pair.topic === undefined || claim.topic === pair.topic)));
  const read = PATHS.map((path, index) => {
    const own = sides[index] as Claim[];
    return `${path} read ${own.length === 0 ? 'no claim' : own.map(describeClaim).join('; ')}`;
  });
  // Say what kept two claims apart, where it is something the author can change: a key set apart by the subject
  // the pair was read under, or figures within the topic's allowance.
  const hint = withinAllowance(sides[0] as Claim[], sides[1] as Claim[], catalog) ?? keyedApart(sides[0] as Claim[], sides[1] as Claim[], pair);
  return `found none${pair.topic === undefined ? '' : ` on ${pair.topic}`}: ${read.join(', ')}${hint === undefined ? '' : `; ${hint}`}`;
}

/** When two figures on one key would clash exactly but agree within the topic's allowance, the allowance. */
function withinAllowance(a: Claim[], b: Claim[], catalog: RuleCatalog): string | undefined {
  for (const left of a) {
    const topic = catalog.topics.get(left.topic);
    if (topic === undefined || topic.compare !== 'range') continue;
    const exact = { ...topic, tolerance: 0, relativeTolerance: 0, approximateTolerance: 0 };
    if (b.some((right) => right.key === left.key && !rangeClash(left, right, topic) && rangeClash(left, right, exact))) {
      const allowed = [topic.tolerance > 0 ? `tolerance ${topic.tolerance}` : '', `relativeTolerance ${topic.relativeTolerance}`, `approximateTolerance ${topic.approximateTolerance}`].filter((part) => part !== '');
      return `the figures agree within ${topic.id}'s allowance (${allowed.join(', ')}): set it lower on the topic, 0 to compare exactly`;
    }
  }
  return undefined;
}

/** When the two sides' claims are on keys that differ only in what set one apart: which, and the subject read under. */
function keyedApart(a: Claim[], b: Claim[], pair: PairExample): string | undefined {
  const base = (claim: Claim): string => claim.key.split('@')[0] as string;
  for (const left of a) {
    const right = b.find((claim) => base(claim) === base(left) && claim.key !== left.key);
    if (right === undefined) continue;
    const apart = [left, right].filter((claim) => claim.key.includes('@')).map((claim) => `${claim.path}'s as ${claim.key}`);
    return `a figure is set apart (${apart.join(', ')}); the pair was read as articles on "${pair.subject ?? 'example'}", and a \`subject:\` on the pair decides whose names, tiers and models are the subject's own`;
  }
  return undefined;
}

/** Why an `expect: consistent` pair failed, or undefined when no contradiction (on its topic) was reported. */
function unwantedContradiction(pair: PairExample, found: Contradiction[]): string | undefined {
  const wrong = found.filter((contradiction) => pair.topic === undefined || contradiction.topic === pair.topic);
  if (wrong.length === 0) return undefined;
  return `found ${wrong.map((contradiction) => `${contradiction.topic}: ${contradiction.sides.map((side) => `${side.path}:${side.span.start.line} ${JSON.stringify(side.sentence)}`).join(' against ')}`).join('; ')}`;
}

function topicsOf(contradictions: Contradiction[]): string {
  return [...new Set(contradictions.map((contradiction) => contradiction.topic))].join(', ');
}
