import type { Sentence, TextRange } from '../types.js';
import type { PatternDefinition, RuleCatalog, RuleDefinition, Topic } from './definition.js';
import { type Occurrence, PhraseIndex } from './phrase-index.js';
import { addTo } from '../collections.js';

// A context entry that is a unit sign stands for a figure in that unit: no phrase can match a sign, since phrases
// match words.
const UNIT_SIGN = /^\s*[$€£¥%]\s*$/;

/** A pattern ready to run: phrase ids in the shared index, or a compiled regex. */
export type CompiledPattern =
  | { kind: 'phrase'; id: number }
  | { kind: 'near'; ids: number[]; distance: number }
  | { kind: 'regex'; regex: RegExp }
  | { kind: 'terms'; ids: number[]; exceptAfter: number[] };

/** A topic with its measure and term synonyms registered in the index. */
export interface CompiledTopic extends Topic {
  measureIds: { name: string; ids: number[] }[];
  termIds: { name: string; ids: number[] }[];
  /** For each term phrase id: which term it names (index in `termIds`) and its place among that term's synonyms. */
  termOfPhrase: Map<number, { term: number; synonym: number }[]>;
  contextIds: number[];
  /** Context entries that are a currency sign or "%": a figure in that unit (not zero) counts as context ("a $25 late fee"). */
  contextUnits: string[];
  exceptAfterIds: number[];
  /** The words its plain figures may be followed by: its unit words and its measures ("dB", "full cycles"). */
  countedIn: string[];
}

export interface CompiledRule {
  definition: RuleDefinition;
  topic: CompiledTopic | null;
  match: CompiledPattern[];
  unless: CompiledPattern[];
  notAfterIds: number[];
}

/** A rule that may match a sentence, with those of its patterns that can. */
export interface Candidate {
  rule: CompiledRule;
  /** Its `match` patterns that can match, in the rule's order. */
  match: CompiledPattern[];
  /** Its `unless` patterns that can match (asked only once the rule matches). */
  unless: () => CompiledPattern[];
}

/** All rules compiled once, sharing one phrase index. */
export interface CompiledRules {
  index: PhraseIndex;
  rules: CompiledRule[];
  topics: Map<string, CompiledTopic>;
  /** Every term phrase of every topic, with the `exceptAfter` phrases of its topic. */
  termPhrases: Map<number, number[]>;
  /** The rules that can match a sentence with these phrase occurrences, in catalog order. */
  candidates: (occurrences: Map<number, Occurrence[]>) => Candidate[];
  /** The rule sets' comparators (a plural allowed), or null when there are none. */
  comparators: Comparators | null;
  /** The phrases they were compiled from, for a document that adds its own ("Laser lipolysis" in its table). */
  comparatorPhrases: readonly string[];
}

/** Comparator phrases as patterns: `anywhere` finds whether a sentence names one at all, `at` one at a given place. */
export interface Comparators {
  anywhere: RegExp;
  at: RegExp;
}

/** One case-insensitive pattern for every comparator phrase: "steroid shots", "CPAP", "SSRIs". */
export function comparatorPatterns(phrases: readonly string[]): Comparators | null {
  if (phrases.length === 0) return null;
  const alternatives = [...phrases].sort((a, b) => b.length - a.length).map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  const body = `(?:${alternatives.join('|')})(?:e?s)?\\b`;
  // A clause may lead with a determiner or a word of kind first: "A typical central air conditioner runs at 60 dB",
  // "The old PW30 only had a 1-year warranty", "My previous Kessler ran for 20 minutes".
  const lead =
    '(?:(?:a|an|the|my|our|your|their|his|her|typical|standard|conventional|traditional|regular|ordinary|old|older|previous|earlier|original|former|cheaper|basic)\\s+){0,3}';
  return { anywhere: new RegExp(`\\b${body}`, 'i'), at: new RegExp(`^${lead}${body}`, 'i') };
}

/** Compile a loaded catalog once per run: phrases go into one index, regexes are built once. */
export function compileRules(catalog: RuleCatalog): CompiledRules {
  const index = new PhraseIndex();
  const topics = new Map<string, CompiledTopic>();
  for (const [id, topic] of catalog.topics) {
    const termIds = Object.entries(topic.terms).map(([name, phrases]) => ({ name, ids: phrases.map((phrase) => index.add(phrase)) }));
    const termOfPhrase = new Map<number, { term: number; synonym: number }[]>();
    termIds.forEach(({ ids }, term) => ids.forEach((phraseId, synonym) => addTo(termOfPhrase, phraseId, { term, synonym })));
    topics.set(id, {
      ...topic,
      measureIds: Object.entries(topic.measures).map(([name, phrases]) => ({ name, ids: phrases.map((phrase) => index.add(phrase)) })),
      termIds,
      termOfPhrase,
      contextIds: topic.context.filter((phrase) => !UNIT_SIGN.test(phrase)).map((phrase) => index.add(phrase)),
      contextUnits: topic.context.filter((phrase) => UNIT_SIGN.test(phrase)).map((sign) => sign.trim()),
      exceptAfterIds: topic.exceptAfter.map((phrase) => index.add(phrase)),
      countedIn: [...topic.unitWords, ...Object.values(topic.measures).flat().map((phrase) => phrase.toLowerCase())],
    });
  }
  const compilePattern = (pattern: PatternDefinition): CompiledPattern => {
    if ('phrase' in pattern) return { kind: 'phrase', id: index.add(pattern.phrase, pattern.slop ?? 0) };
    if ('near' in pattern) return { kind: 'near', ids: pattern.near.map((phrase) => index.add(phrase)), distance: pattern.distance ?? 5 };
    // No `u` flag: with `i` it makes V8 regexes many times slower, and rule text is matched on UTF-16 anyway.
    if ('regex' in pattern) return { kind: 'regex', regex: new RegExp(pattern.regex, 'i') };
    const topic = topics.get(pattern.terms);
    return { kind: 'terms', ids: topic ? topic.termIds.flatMap((term) => term.ids) : [], exceptAfter: topic?.exceptAfterIds ?? [] };
  };
  const rules = catalog.rules.map((definition) => {
    const match = definition.match.map(compilePattern);
    return {
      definition,
      topic: definition.topic !== undefined ? (topics.get(definition.topic) ?? null) : null,
      match,
      unless: (definition.unless ?? []).map(compilePattern),
      notAfterIds: (definition.notAfter ?? []).map((phrase) => index.add(phrase)),
    };
  });
  const termPhrases = new Map<number, number[]>();
  for (const topic of topics.values()) for (const term of topic.termIds) for (const id of term.ids) termPhrases.set(id, topic.exceptAfterIds);
  return { index, rules, topics, termPhrases, candidates: candidateFinder(rules), comparators: comparatorPatterns(catalog.comparators), comparatorPhrases: catalog.comparators };
}

/** The phrase a pattern cannot match without: a phrase's own, a `near` pattern's first (it needs them all). */
function requiredPhrase(pattern: CompiledPattern): number | undefined {
  return pattern.kind === 'phrase' ? pattern.id : pattern.kind === 'near' ? pattern.ids[0] : undefined;
}

/** A pattern of a rule that needs a phrase: which rule, which list, where in it. */
interface PatternUse {
  rule: number;
  unless: boolean;
  position: number;
}

/**
 * Most sentences hold a phrase of few rules or none, and the longest rules list a hundred phrases (their `unless`
 * lists more), most of them absent from any one sentence. So one pass over a sentence's phrase occurrences finds
 * the rules that can match it and, for each, the patterns that can: a rule whose match patterns all need phrases
 * is a candidate only when one of them occurs (only rules with a regex are tried on every sentence), and a
 * phrase or `near` pattern is tried only when its phrase occurs (regex and `terms` patterns always are).
 */
function candidateFinder(rules: CompiledRule[]): CompiledRules['candidates'] {
  const candidatesByPhrase = new Map<number, number[]>();
  const patternsByPhrase = new Map<number, PatternUse[]>();
  const everySentence: number[] = [];
  const alwaysTried = (patterns: CompiledPattern[], rule: number, unless: boolean): number[] => {
    const always: number[] = [];
    patterns.forEach((pattern, position) => {
      const required = requiredPhrase(pattern);
      if (required === undefined) always.push(position);
      else addTo(patternsByPhrase, required, { rule, unless, position });
    });
    return always;
  };
  const alwaysMatch = rules.map((rule, position) => alwaysTried(rule.match, position, false));
  const alwaysUnless = rules.map((rule, position) => alwaysTried(rule.unless, position, true));
  rules.forEach((rule, position) => {
    if (rule.match.some((pattern) => pattern.kind === 'regex')) {
      everySentence.push(position);
      return;
    }
    for (const pattern of rule.match) {
      const ids = pattern.kind === 'terms' ? pattern.ids : [requiredPhrase(pattern) ?? -1];
      for (const id of ids) {
        const list = candidatesByPhrase.get(id) ?? [];
        if (list[list.length - 1] !== position) list.push(position);
        candidatesByPhrase.set(id, list);
      }
    }
  });
  const alwaysMatchPatterns = alwaysMatch.map((positions, rule) => positions.map((at) => (rules[rule] as CompiledRule).match[at] as CompiledPattern));
  return (occurrences) => {
    const chosen = new Uint8Array(rules.length);
    for (const position of everySentence) chosen[position] = 1;
    const found = new Map<number, { match: number[]; unless: number[] }>();
    for (const id of occurrences.keys()) {
      const candidates = candidatesByPhrase.get(id);
      if (candidates !== undefined) for (const position of candidates) chosen[position] = 1;
      const uses = patternsByPhrase.get(id);
      if (uses === undefined) continue;
      for (const use of uses) {
        let lists = found.get(use.rule);
        if (lists === undefined) found.set(use.rule, (lists = { match: [], unless: [] }));
        (use.unless ? lists.unless : lists.match).push(use.position);
      }
    }
    const candidates: Candidate[] = [];
    for (let position = 0; position < rules.length; position++) {
      if (chosen[position] === 0) continue;
      const rule = rules[position] as CompiledRule;
      const lists = found.get(position);
      const match =
        lists === undefined || lists.match.length === 0
          ? (alwaysMatchPatterns[position] as CompiledPattern[])
          : [...(alwaysMatch[position] as number[]), ...lists.match].sort((a, b) => a - b).map((at) => rule.match[at] as CompiledPattern);
      const unless = (): CompiledPattern[] => [...(alwaysUnless[position] as number[]), ...(lists?.unless ?? [])].map((at) => rule.unless[at] as CompiledPattern);
      candidates.push({ rule, match, unless });
    }
    return candidates;
  };
}

/** Every place a pattern matches in a sentence, in order (a regex reports its first match only). */
export function runPattern(pattern: CompiledPattern, sentence: Sentence, occurrences: Map<number, Occurrence[]>): TextRange[] {
  switch (pattern.kind) {
    case 'phrase':
      return (occurrences.get(pattern.id) ?? []).map(({ start, end }) => ({ start, end }));
    case 'terms':
      return pattern.ids
        .flatMap((id) => termOccurrences(id, pattern.exceptAfter, occurrences))
        .map(({ start, end }) => ({ start, end }))
        .sort((a, b) => a.start - b.start);
    case 'regex': {
      const found = pattern.regex.exec(sentence.text);
      return found && found[0].length > 0 ? [{ start: found.index, end: found.index + found[0].length }] : [];
    }
    case 'near': {
      const range = matchNear(pattern, occurrences);
      return range ? [range] : [];
    }
  }
}

/** How many words after an `exceptAfter` phrase a term still belongs to it: "to treat chronic, severe insomnia". */
const EXCEPT_AFTER_WORDS = 3;

/**
 * A term's occurrences that count for its topic: not those within a few words after one of the topic's
 * `exceptAfter` phrases ("treats insomnia" names the condition treated, and "not approved to treat
 * insomnia" denies no side effect).
 */
export function termOccurrences(id: number, exceptAfter: number[], occurrences: Map<number, Occurrence[]>): Occurrence[] {
  const found = occurrences.get(id) ?? [];
  if (found.length === 0 || exceptAfter.length === 0) return found;
  const before = exceptAfter.flatMap((phrase) => occurrences.get(phrase) ?? []);
  if (before.length === 0) return found;
  return found.filter((term) => !before.some((phrase) => phrase.lastWord < term.firstWord && term.firstWord - phrase.lastWord <= EXCEPT_AFTER_WORDS));
}

/** All phrases within `distance` words of each other, in any order: anchored on each occurrence of the first. */
function matchNear(pattern: { ids: number[]; distance: number }, occurrences: Map<number, Occurrence[]>): TextRange | null {
  const lists = pattern.ids.map((id) => occurrences.get(id) ?? []);
  if (lists.some((list) => list.length === 0)) return null;
  for (const anchor of lists[0] ?? []) {
    let first = anchor;
    let last = anchor;
    let ok = true;
    for (const list of lists.slice(1)) {
      let best: Occurrence | undefined;
      let bestGap = Infinity;
      for (const candidate of list) {
        const gap = candidate.firstWord > anchor.lastWord ? candidate.firstWord - anchor.lastWord - 1 : anchor.firstWord - candidate.lastWord - 1;
        if (gap < bestGap) {
          best = candidate;
          bestGap = gap;
        }
      }
      if (!best || bestGap > pattern.distance) {
        ok = false;
        break;
      }
      if (best.firstWord < first.firstWord) first = best;
      if (best.lastWord > last.lastWord) last = best;
    }
    if (ok) return { start: first.start, end: last.end };
  }
  return null;
}
