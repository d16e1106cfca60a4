import { countsIn, withoutTimePoint } from '../claims/figures.js';
import { isFreeSuffix, matchSentence } from '../claims/match.js';
import { parseDocument } from '../documents/parse.js';
import { analyzeDocument } from '../text/analyze.js';
import { indexLines } from '../text/locations.js';
import { compileRules, type CompiledRule, type CompiledRules, runPattern } from './compile.js';
import type { ClaimExample, RuleCatalog } from './definition.js';
import { extractValues } from '../text/numbers.js';
import type { Claim, Sentence } from '../types.js';

/** A rule example that did not behave as written. */
export interface ExampleFailure {
  ruleId: string;
  expected: 'match' | 'nomatch';
  text: string;
  file: string;
  line: number;
  /** Why a "match" example did not: no pattern matched, or one did and what the rule needs was missing. */
  reason?: string;
}

/** Run every rule's embedded examples against the full pipeline (sentences, values, negation, other rules' values). */
export function runRuleExamples(catalog: RuleCatalog): { passed: number; failures: ExampleFailure[] } {
  const compiled = compileRules(catalog);
  const failures: ExampleFailure[] = [];
  let passed = 0;
  for (const rule of catalog.rules) {
    for (const expected of ['match', 'nomatch'] as const) {
      for (const example of rule.examples?.[expected] ?? []) {
        const text = typeof example === 'string' ? example : example.text;
        const document = parseDocument('example.txt', text, 'text');
        const lines = indexLines(text);
        // A scoped set's examples are read as articles on its first subject.
        const context = { path: 'example.txt', subject: rule.subjects?.[0] ?? 'example', source: text, lines };
        const sentences = analyzeDocument(document, lines);
        const claims: Claim[] = [];
        // Other rules' figures, to name the one that took a figure this rule wanted.
        const others: TakenFigure[] = [];
        let fired = false;
        for (const sentence of sentences) {
          const result = matchSentence(sentence, compiled, context);
          const own = result.claims.filter((claim) => claim.ruleId === rule.id);
          claims.push(...own);
          for (const claim of result.claims) if (claim.ruleId !== rule.id && claim.value.type === 'interval') others.push({ text: claim.value.text, ruleId: claim.ruleId, topic: claim.topic });
          fired ||= own.length > 0 || result.findings.some((finding) => finding.ruleId === rule.id);
        }
        const unread = fired && typeof example !== 'string' ? notRead(example, claims, rule.topic !== undefined && catalog.topics.get(rule.topic)?.limits === true) : undefined;
        if (fired === (expected === 'match') && unread === undefined) {
          passed++;
          continue;
        }
        const failure: ExampleFailure = { ruleId: rule.id, expected, text, file: rule.origin.file, line: rule.origin.line };
        const compiledRule = compiled.rules.find((candidate) => candidate.definition === rule);
        if (expected === 'match') failure.reason = unread === NO_CLAIM ? (denialReason(compiledRule, sentences, compiled) ?? unread) : (unread ?? whyNot(compiledRule, sentences, compiled, others));
        failures.push(failure);
      }
    }
  }
  return { passed, failures };
}

const NO_CLAIM = 'the rule fired, but read no claim';

/**
 * Why no claim of the rule is what an example says it must read, or undefined when one is: "it read warranty/~year
 * 2 years affirmed". Figures are compared as the intervals they stand for.
 */
function notRead(example: ClaimExample, claims: readonly Claim[], limits: boolean): string | undefined {
  let wanted = example.value === undefined ? undefined : typeof example.value === 'number' ? { min: example.value, max: example.value } : extractValues(example.value)[0];
  // On a topic of limits, "up to 2,000" is read as the limit itself, as a sentence's figure is.
  if (limits && wanted !== undefined && wanted.min === null && wanted.max !== null) wanted = { ...wanted, min: wanted.max };
  // "up to 150 minutes" is a quantity with an end only, as a sentence reads it.
  if (example.value !== undefined && (wanted === undefined || (wanted.min === null && wanted.max === null))) return `its value ${JSON.stringify(example.value)} is not a quantity`;
  const holds = (claim: Claim): boolean =>
    // A key without its time point names the group a rate at one is compared in ("quit-rate" for "quit-rate@at-6-months").
    (example.key === undefined || claim.key === example.key || withoutTimePoint(claim.key) === example.key) &&
    (example.polarity === undefined || claim.polarity === example.polarity) &&
    (wanted === undefined || (claim.value.type === 'interval' && near(claim.value.min, wanted.min) && near(claim.value.max, wanted.max)));
  if (claims.some(holds)) return undefined;
  if (claims.length === 0) return NO_CLAIM;
  return `it read ${claims.map(describeClaim).join('; ')}`;
}

/** A claim as `rules test` shows it: its key, the figure as written or the category, and its polarity ("ride-range about 45 affirmed"). */
export function describeClaim(claim: Claim): string {
  const value = claim.value.type === 'interval' ? ` ${claim.value.text}` : claim.value.type === 'category' ? ` ${claim.value.category}` : '';
  return `${claim.key}${value} ${claim.polarity}`;
}

/** Two bounds of an interval are the same figure (unbounded on both sides, or within rounding). */
function near(a: number | null, b: number | null | undefined): boolean {
  if (a === null || b === null || b === undefined) return a === b || (a === null && b === undefined);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return a === b;
  return Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * 1e-6);
}

/**
 * A negation over a figure's match is the likeliest reason a range rule read nothing, and the one an author can fix
 * in the rule: name it. Null when no negation reaches a match, or the rule is not on a range topic.
 */
function denialReason(rule: CompiledRule | undefined, sentences: Sentence[], compiled: CompiledRules): string | null {
  const denial = rule?.topic?.compare === 'range' ? deniedMatch(rule, sentences, compiled) : null;
  if (denial === null) return null;
  const own = denial.own ? '; if the match\'s own negation is what it claims ("no longer smoke", "works without Wi-Fi"), add assertsOwnNegation: true' : '';
  return `a pattern matched, but the sentence denies it: "${denial.cue}" negates "${denial.over}"${own}`;
}

/** The negation that reaches a pattern's match in the examples, and whether its cue is inside the match itself. */
function deniedMatch(rule: CompiledRule, sentences: Sentence[], compiled: CompiledRules): { cue: string; over: string; own: boolean } | null {
  for (const sentence of sentences) {
    const occurrences = compiled.index.find(sentence.tokens);
    for (const range of rule.match.flatMap((pattern) => runPattern(pattern, sentence, occurrences))) {
      const scope = sentence.negations.find((negation) => negation.scopeStart < range.end && range.start < negation.scopeEnd);
      if (scope === undefined) continue;
      const own = scope.start >= range.start && scope.end <= range.end;
      // The match's own cue does not deny it with assertsOwnNegation, nor ever a "-free" (as the engine reads it).
      if ((own && rule.definition.assertsOwnNegation) || isFreeSuffix(scope, range)) continue;
      return { cue: scope.cue, over: sentence.text.slice(Math.max(scope.scopeStart, range.start), Math.min(scope.scopeEnd, range.end)), own };
    }
  }
  return null;
}

/** A figure another rule claimed from an example. */
interface TakenFigure {
  text: string;
  ruleId: string;
  topic: string;
}

/** Why a rule did not fire on an example it should match: the first of its reasons that applies. */
function whyNot(rule: CompiledRule | undefined, sentences: Sentence[], compiled: CompiledRules, others: readonly TakenFigure[]): string {
  if (rule === undefined) return 'the rule did not compile';
  const matched = sentences.some((sentence) => {
    const occurrences = compiled.index.find(sentence.tokens);
    return rule.match.some((pattern) => runPattern(pattern, sentence, occurrences).length > 0);
  });
  if (!matched) return 'no pattern matched';
  const denial = denialReason(rule, sentences, compiled);
  if (denial !== null) return denial;
  if (rule.definition.requireValue && rule.topic?.compare === 'range') {
    const topic = rule.topic;
    const unit = `the topic's unit ("${topic.unit || 'a plain number'}")`;
    const figures = sentences.flatMap((sentence) => sentence.values.filter((value) => value.unit === topic.unit).map((value) => ({ sentence, value })));
    if (figures.length === 0) return `a pattern matched, but the sentence has no figure in ${unit}; \`claim-audit inspect\` shows the figures read`;
    // Another rule of the run took the figure: where two rules reach one, yours takes it over a built-in's, and
    // otherwise the nearer match does.
    const taken = others.find((figure) => figures.some(({ value }) => value.text === figure.text));
    if (taken !== undefined) return `a pattern matched, but its figure "${taken.text}" went to rule ${taken.ruleId} (topic ${taken.topic}), which reached it too`;
    if (topic.unitWords.length > 0 && !figures.some(({ sentence, value }) => countsIn(sentence.text, value, topic.unitWords))) {
      return `a pattern matched, but no figure (read: ${figures.map(({ value }) => `"${value.text}"`).join(', ')}) is followed by ${topic.unitWords.join('/')}, with at most one describing word between`;
    }
    return `a pattern matched, but no figure in the topic's unit ("${rule.topic.unit || 'a plain number'}"${rule.topic.unitWords.length > 0 ? ` followed by ${rule.topic.unitWords.join('/')}` : ''}) was bound to it within ${rule.topic.window} words, or the figure was set aside as not the subject's (the writer's own case in a sentence opening with "I", one person's story, a rate per day or week, a price cut such as "30% off", a control group, a rival, a reason); \`claim-audit inspect\` shows the figures read`;
  }
  return 'a pattern matched, but the sentence denies, questions, reports or disclaims it, or an unless pattern matched';
}
