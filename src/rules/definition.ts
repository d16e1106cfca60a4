import type { ValueUnit } from '../text/numbers.js';
import type { Origin, Severity } from '../types.js';

/** How claims on one topic are compared. */
export type CompareMode = 'range' | 'polarity' | 'exclusive' | 'none';

/** A pattern as written in YAML (validated against schema/rule-set.schema.json). */
export type PatternDefinition =
  | { phrase: string; slop?: number }
  | { near: string[]; distance?: number }
  | { regex: string }
  | { terms: string };

/** A topic as written in YAML. */
export interface TopicDefinition {
  description?: string;
  compare?: CompareMode;
  unit?: ValueUnit;
  tolerance?: number;
  relativeTolerance?: number;
  approximateTolerance?: number;
  window?: number;
  severity?: Severity;
  message?: string;
  measures?: Record<string, string[]>;
  amountMeasures?: string[];
  /** The measure of a figure with none of the topic's measure words in reach (by default one derived from the words around it). */
  defaultMeasure?: string;
  /** Range topics counted in plain numbers: the words one of its figures must be followed by ("miles", "mi", "dB"). */
  unitWords?: string[];
  /** Duration topics whose figures are windows: "a refund within 30 days" is a 30-day window, not any time up to 30 days. */
  windows?: boolean;
  /** Range topics whose figures are limits: "up to 6,000 square feet" of coverage is 6,000, not anything below it. */
  limits?: boolean;
  /** Range topics whose figures are floors: "ages 6 to 17" and "kids 8 and up" set the youngest age at 6 and at 8. */
  floors?: boolean;
  /** Range topics of counted things: a plain figure counts the plural noun right after it ("46 cameras"), which keys it. */
  counts?: boolean;
  /** Words of a subject's name for which the topic means nothing: whether insurance covers it, said of insurance. */
  notForSubjects?: string[];
  /** Duration topics whose figures are moments (how soon): "massage the area for a couple of minutes" is a span of something else. */
  moments?: boolean;
  /** Duration topics whose figures are running time ("up to 150 hours per charge"): hundreds of hours are no apart measure. */
  runTime?: boolean;
  terms?: Record<string, string[]>;
  /** Terms that stand for several others: a denial of one ("no digestive side effects") meets any of them listed ("bloating"). */
  groups?: Record<string, string[]>;
  context?: string[];
  exceptAfter?: string[];
  categories?: string[];
  /** Range topics: the least and most a figure can be and still be about this topic ("1 day" or 86400 for durations; null: no bound). */
  plausible?: [number | string | null, number | string | null];
}

/** A rule as written in YAML. */
export interface RuleDefinitionInput {
  id: string;
  severity: Severity;
  message: string;
  description?: string;
  url?: string;
  topic?: string;
  category?: string;
  polarity?: 'affirmed' | 'negated';
  claimOnly?: boolean;
  requireValue?: boolean;
  requireCitation?: boolean;
  requirePolarity?: 'affirmed' | 'negated';
  /** A negation inside a phrase or regex match is what it asserts ("works without Wi-Fi"): only one outside denies it. */
  assertsOwnNegation?: boolean;
  /** Range topics: the figure a match stands for when no figure is bound to it ("no downtime" is 0 days). */
  impliedValue?: number | string | [number | string, number | string];
  match: PatternDefinition[];
  unless?: PatternDefinition[];
  /** A match right after one of these phrases is about that thing ("the filter lasts 12 months"): it claims nothing. */
  notAfter?: string[];
  examples?: { match?: (string | ClaimExample)[]; nomatch?: string[] };
}

/**
 * A `match` example that also says what the rule must read from it: the claim's key, its figure (a quantity such as
 * "5 years" or "$22", compared as the interval it stands for) and its polarity. Each given field must hold of one
 * claim of the rule.
 */
export interface ClaimExample {
  text: string;
  key?: string;
  value?: string | number;
  polarity?: 'affirmed' | 'negated';
}

/**
 * Two short articles and what a check must make of them: a contradiction between them (on `topic`, if given), or
 * none between or within them. What `rules test` runs besides each rule's own examples, since one rule's examples
 * cannot show two rules reading the same words two ways, or a figure set apart that should not be.
 */
export interface PairExampleInput {
  a: string;
  b: string;
  expect: 'contradiction' | 'consistent';
  topic?: string;
  /** The articles' subject, unless their front matter names one (default: "example"). */
  subject?: string;
}

/** A pair example after loading, with where it stands in its rule set. */
export interface PairExample extends PairExampleInput {
  origin: Origin;
}

/** A rule-set file as written in YAML. */
export interface RuleSetInput {
  id: string;
  description?: string;
  pairs?: PairExampleInput[];
  /** What articles compare their subject with ("steroid shots", "CPAP"): a clause led by one is about it. */
  comparators?: string[];
  /** The subjects whose articles these rules read (all when absent): one product's set leaves another's articles alone. */
  subjects?: string[];
  topics?: Record<string, TopicDefinition>;
  rules: RuleDefinitionInput[];
}

/** A topic after loading: defaults filled in, with the set it came from. */
export interface Topic {
  id: string;
  compare: CompareMode;
  unit: ValueUnit;
  tolerance: number;
  relativeTolerance: number;
  /**
   * The least relative gap an approximate figure ("about 45 minutes", "several months") is granted: 0.1 by default.
   * Lower for a scale not anchored at zero, where a tenth of the figure means nothing (°F).
   */
  approximateTolerance: number;
  window: number;
  severity: Severity;
  message: string;
  measures: Record<string, string[]>;
  /** Measures whose figures are amounts, so a share of people on them is a different measure. */
  amountMeasures: string[];
  /**
   * The measure of a figure no measure word reaches: "one-off" makes "priced at $199" and "At $279, it is the priciest
   * pick" one price, where words derived from around each figure would key them apart. Null: derive it.
   */
  defaultMeasure: string | null;
  /** Lower-case words a plain figure must be followed by to be this topic's; empty: any plain figure. */
  unitWords: string[];
  /** "Within 30 days" is the window's length (30 days), not an upper limit. */
  windows: boolean;
  /** A figure with an end only ("up to $2 million", "at most 100 devices") is that end. */
  limits: boolean;
  /** A figure's lower end is what it claims ("21 or older" is 21, "ages 6 to 17" is 6); one with none ("under 12") claims nothing. */
  floors: boolean;
  /** A figure's measure is the thing it counts ("92 synchronised cameras" → camera); one that counts no named thing claims nothing. */
  counts: boolean;
  /** Lower-case words of a subject's name that leave the topic unread for it ("insurance" for `renters-insurance`). */
  notForSubjects: string[];
  /** A figure after "for" is how long something goes on, not when this happens. */
  moments: boolean;
  /** Figures are running time already: one in hundreds of hours is not keyed apart as hours of use. */
  runTime: boolean;
  terms: Record<string, string[]>;
  /** Terms that stand for several others (term → its members): its denial meets any member affirmed. */
  groups: Record<string, string[]>;
  /** Phrases that make a mentioned term an assertion (empty: any mention asserts). */
  context: string[];
  /** Phrases after which a term names something else ("to treat insomnia": a condition treated, not a side effect). */
  exceptAfter: string[];
  categories: string[];
  /** The least and most a figure on this topic can be (in the topic's unit; null: unbounded). */
  plausible: [number | null, number | null];
  /** Set when the config disables this topic's contradictions (`disable: [contradiction/<topic>]`): claims stay. */
  muted?: true;
  origin: Origin;
}

/** A rule after loading: full id (`set/rule`), its origin, patterns still as data. */
export interface RuleDefinition extends Omit<RuleDefinitionInput, 'id' | 'impliedValue'> {
  id: string;
  /** Least and most, in the topic's unit. */
  impliedValue?: [number, number];
  origin: Origin;
  /** One of claim-audit's own rules: where a user's rule takes the same figure, the user's wins. */
  builtin?: true;
  /** Its set's `subjects`, lower-cased: the rule reads only articles on one of them. */
  subjects?: string[];
  /** Origins of each `match`/`unless` pattern, for errors found while compiling. */
  patternOrigins: { match: Origin[]; unless: Origin[] };
}

/** Everything loaded from all rule-set files. */
export interface RuleCatalog {
  rules: RuleDefinition[];
  topics: Map<string, Topic>;
  /** Every rule set's comparators, in load order, without repeats. */
  comparators: string[];
  files: string[];
  /** Every rule set's pair examples, in load order. */
  pairs: PairExample[];
}
