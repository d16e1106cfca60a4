import type { ValueMention } from '../types.js';

/**
 * Value extraction: every quantity of a sentence as an interval with a unit.
 *
 * Units: '%' for percentages (and ratios: "one in five" = 20%), 's' for durations in seconds
 * (months = 30 days, years = 365 days), '' for plain numbers and counts.
 *
 * Readings (documented decisions):
 * - A plain number or quantity is a closed point: "45 minutes" = [2700, 2700].
 * - Ranges are closed on both sides: "between 65 and 75%", "65–75%", "from 45 minutes to an hour" = [min, max].
 *   The unit written on the second number applies to the first ("between 65 and 75%").
 * - more than / over / above / exceeds X → (X, ∞);  at least / no less than / X or more → [X, ∞);
 *   less than / under / below → (−∞, X);  up to / at most / no more than / X or less → (−∞, X].
 *   "as many as / as much as / as high as / as long as X" say X is a ceiling → (−∞, X];
 *   "as little as / as few as / as low as X" say X is a floor → [X, ∞).
 * - about / around / approximately / roughly / ~ / circa X keep the number, [X, X], approximate.
 * - nearly / almost / just under X → [0.9·X, X), approximate: the value is below X and close to it. How close
 *   is not said; a tenth is what any approximate figure is allowed, so "nearly 90%" is not 65%.
 * - just over / slightly more than X → (X, ∞), approximate.
 * - within X → [0, X]; "within days" reads the bare plural unit as the vague "several" of it.
 * - A comparative applied to a vague amount keeps the widest reading: "more than a few hours" takes the
 *   low end of "a few" (2 h, exclusive), "less than a couple of days" the high end of "a couple" (3 days).
 * - "over" before a duration usually means "during" ("loans over 3 years"): it is a bound only after
 *   "for", "lasting", "took"… ("lasting over 2 weeks"), or as "well over" / "just over".
 * - Open bounds are `null` with the inclusive flag of that side `false`.
 *
 * Not quantities: numbers glued into words and codes ("COVID-19", "B12", "H2O", "I-95", "v2.1"), dates and
 * scores written with slashes ("9/11", "20/40 vision", "7/10", "24/7"), dotted codes ("192.168.1.2", "1.2.3"),
 * clock times ("10:30", "2pm"), ordinals ("4th"), dimensions ("3D"), numbers inside URLs and e-mail addresses.
 */

/** Vague quantity words and the interval of counts each stands for; user config may override or extend it. */
export interface VagueQuantities {
  [phrase: string]: [number, number];
}

/**
 * Default readings of vague quantity words, as counts (multiplied by the unit that follows:
 * "several months" = 2 to 9 months). Plain data, so `vague:` in the config file can override any entry
 * or add new phrases. An upper bound that is not finite (YAML `.inf`) reads as unbounded.
 *
 * Why these intervals: a contradiction is only reported when two intervals do not overlap, so vague words
 * get the widest reading careful writers still use them for.
 * - "a couple (of)": 2, loosely 3.
 * - "a few" / "few": 2 to 5; six or more is "several" or "many" in most style guides.
 * - "several": 2 to 9; dictionaries say "more than two but not many", writers do use it for two, and ten
 *   or more is usually written as a number or "dozens".
 * - "some" (only before a unit: "some days"): like "several".
 * - "many" (only before a unit: "many years"): 5 to 99; finite so that the table stays JSON-friendly.
 * - "a handful of": 2 to 6.
 * - "dozens of": 24 to 144 (two dozen up to a dozen dozen); "hundreds of": 200 to 999;
 *   "thousands of": 2,000 to 999,999; "millions of": 2 million to 999,999,999.
 * - "instantly": the interval in SECONDS (not a count) used for "instantly", "instantaneous(ly)",
 *   "immediately" and "right away": 0 to 60 s, i.e. at most about a minute. Any of those phrases may be
 *   given its own entry (also in seconds).
 * Bare plural units ("within days", "minutes to hours", "between days and weeks") read as "several" of the unit.
 * "some", "many", "few" and "a couple" (without "of") only count before a unit ("many years"), because
 * "some patients" or "many studies" carry no number; every other phrase counts wherever it appears.
 */
export const DEFAULT_VAGUE_QUANTITIES: VagueQuantities = {
  'a couple of': [2, 3],
  'couple of': [2, 3],
  'a couple': [2, 3],
  'a few': [2, 5],
  few: [2, 5],
  several: [2, 9],
  some: [2, 9],
  many: [5, 99],
  'a handful of': [2, 6],
  'dozens of': [24, 144],
  'hundreds of': [200, 999],
  'thousands of': [2000, 999_999],
  'millions of': [2_000_000, 999_999_999],
  instantly: [0, 60],
};

// ---------------------------------------------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------------------------------------------

const MINUTE = 60;
const HOUR = 3600;
const DAY = 86_400;
const WEEK = 7 * DAY;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;
/** What "forever" and "permanent" are read as: at least this long (in seconds). */
export const PERMANENT = 50 * YEAR;
/**
 * What a denied "permanent" is read as ("results are not permanent": they end): less than half of PERMANENT, so
 * the two stay apart within a topic's usual 20% tolerance, and any real figure of months or years agrees with it.
 */
export const ENDS = PERMANENT / 2;

/** The words read as a duration without end; a figure at or past PERMANENT ("60+ years") is still a figure. */
const ENDLESS_WORDS = /^(?:forever|for\s+(?:good|life)|permanent|lifetime)$/i;

/** Whether a value was read from a word for no end ("forever", "for life", "permanent", "a lifetime"), whatever became of its bounds. */
export function saysEndless(value: { unit: string; text: string }): boolean {
  return value.unit === 's' && ENDLESS_WORDS.test(value.text.trim());
}

// ':' is a fact sheet's label ('Results: Permanent').
const PERMANENT_AFTER: ReadonlySet<string> = new Set([':', 'not', "isn't", "aren't", 'never', 'is', 'are', 'be', 'was', 'were', 'truly', 'completely', 'totally', 'fully']);

/** Duration words, in seconds. Single letters other than "h" only count glued to a number ("10d", "3y", "2w"). */
const DURATION = new Map<string, number>([
  ['millisecond', 0.001], ['milliseconds', 0.001],
  ['second', 1], ['seconds', 1], ['sec', 1], ['secs', 1],
  ['minute', MINUTE], ['minutes', MINUTE], ['min', MINUTE], ['mins', MINUTE],
  ['hour', HOUR], ['hours', HOUR], ['hr', HOUR], ['hrs', HOUR], ['h', HOUR],
  ['day', DAY], ['days', DAY], ['night', DAY], ['nights', DAY],
  ['week', WEEK], ['weeks', WEEK], ['wk', WEEK], ['wks', WEEK],
  ['weekend', 2 * DAY], ['weekends', 2 * DAY],
  ['fortnight', 2 * WEEK], ['fortnights', 2 * WEEK],
  ['month', MONTH], ['months', MONTH], ['mo', MONTH], ['mos', MONTH],
  ['year', YEAR], ['years', YEAR], ['yr', YEAR], ['yrs', YEAR],
  ['decade', 10 * YEAR], ['decades', 10 * YEAR],
  ['century', 100 * YEAR], ['centuries', 100 * YEAR],
]);
const GLUED_DURATION = new Map<string, number>([['d', DAY], ['w', WEEK], ['y', YEAR], ['ms', 0.001]]);
/** Units that "a"/"an"/"another"/"all"/"the whole" can count ("an hour", "all day"); "a second" is an ordinal. */
const SINGULAR_UNITS = new Set(['minute', 'hour', 'day', 'night', 'week', 'weekend', 'fortnight', 'month', 'year', 'decade', 'century']);
/** Bare plural units, read as "several" of the unit inside ranges and after "within". */
const PLURAL_UNITS = new Set(['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades']);
/** "business day", "working week". */
const DAY_KINDS = new Set(['business', 'working', 'calendar', 'school', 'work']);
/** Words that may sit between a number and its unit: "three full days", "5 more minutes". */
const UNIT_ADJECTIVES = new Set(['more', 'additional', 'extra', 'further', 'full', 'whole', 'entire', 'consecutive', 'straight', 'successive', 'long', 'short', 'separate']);

const PERCENT_WORDS = new Set(['percent', 'percents', 'percentage', 'percentages', 'pct']);

/** Measurement units a number may be glued to ("5mg"): the number is still a number (unit ''). */
const MEASURES = new Set([
  'mg', 'g', 'kg', 'mcg', 'ug', 'ng', 'ml', 'l', 'dl', 'cl', 'mm', 'cm', 'km', 'm', 'ft', 'lb', 'lbs', 'oz', 'kcal', 'cal',
  'iu', 'mmhg', 'mmol', 'mol', 'bpm', 'mph', 'kph', 'kmh', 'hz', 'khz', 'mhz', 'ghz', 'kb', 'mb', 'gb', 'tb', 'x', 'mgs', 'gr',
]);
const GLUED_MULTIPLIERS = new Map<string, number>([['k', 1e3], ['mn', 1e6], ['mln', 1e6], ['bn', 1e9], ['bln', 1e9]]);

const SMALL = new Map<string, number>([
  ['zero', 0], ['nought', 0], ['naught', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6],
  ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13],
  ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
]);
const TENS = new Map<string, number>([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);
const SCALES = new Map<string, number>([['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12]]);
const DENOMINATORS = new Map<string, number>([
  ['half', 2], ['halves', 2], ['third', 3], ['thirds', 3], ['quarter', 4], ['quarters', 4], ['fourth', 4], ['fourths', 4],
  ['fifth', 5], ['fifths', 5], ['sixth', 6], ['sixths', 6], ['seventh', 7], ['sevenths', 7], ['eighth', 8], ['eighths', 8],
  ['ninth', 9], ['ninths', 9], ['tenth', 10], ['tenths', 10], ['hundredth', 100], ['hundredths', 100],
]);
const VULGAR = new Map<string, number>([
  ['½', 1 / 2], ['¼', 1 / 4], ['¾', 3 / 4], ['⅓', 1 / 3], ['⅔', 2 / 3], ['⅕', 1 / 5], ['⅖', 2 / 5], ['⅗', 3 / 5], ['⅘', 4 / 5],
  ['⅙', 1 / 6], ['⅚', 5 / 6], ['⅛', 1 / 8], ['⅜', 3 / 8], ['⅝', 5 / 8], ['⅞', 7 / 8],
]);
const HYPHENS = new Set(['-', '\u2010', '\u2011']);
const MINUS_SIGNS = new Set(['-', '\u2212']);
/** Between the two sides of a range. "and" only after "between". */
const RANGE_SEPARATORS = new Set(['to', '-', '\u2010', '\u2011', '\u2013', '\u2014', '~', 'through', 'thru', 'or']);
const FROM_SEPARATORS = new Set(['to', '-', '\u2010', '\u2011', '\u2013', '\u2014', 'until', 'till', 'through', 'thru']);
const BETWEEN_SEPARATORS = new Set(['and', 'to', '-', '\u2013', '\u2014']);
/** "rose from 20% to 30%" is a change between two values, not a range. */
const CHANGE_VERBS = new Set([
  'increase', 'increased', 'increases', 'increasing', 'rise', 'rises', 'rose', 'risen', 'rising', 'fall', 'falls', 'fell',
  'fallen', 'falling', 'drop', 'drops', 'dropped', 'dropping', 'decline', 'declined', 'declines', 'declining', 'decrease',
  'decreased', 'decreases', 'decreasing', 'grow', 'grows', 'grew', 'grown', 'growing', 'improve', 'improved', 'improves',
  'improving', 'reduce', 'reduced', 'reduces', 'reducing', 'jump', 'jumped', 'jumps', 'climb', 'climbed', 'climbs', 'go',
  'went', 'gone', 'goes', 'change', 'changed', 'changes', 'cut', 'cuts', 'lowered', 'raised', 'boosted', 'shrank', 'shrunk',
  'moved', 'up', 'down', 'soared', 'plunged', 'surged', 'dipped', 'slipped', 'shifted', 'doubled', 'tripled', 'halved',
]);
/** The word "one" after these is a pronoun ("the one", "which one"), not a count. */
const ONE_PRONOUN_BEFORE = new Set([
  'the', 'this', 'that', 'which', 'each', 'every', 'any', 'no', 'a', 'an', 'another', 'such', 'one', 'whichever', 'last',
  'next', 'new', 'old', 'right', 'wrong', 'same', 'little', 'other', 'big', 'small', 'good', 'bad', 'first', 'latter', 'former',
]);
/** ... or before these ("one must", "one such treatment", "for one to consider"; "one to two weeks" is read as a range first). */
const ONE_PRONOUN_AFTER = new Set([
  'another', 'must', 'should', 'can', 'could', 'would', 'may', 'might', 'will', 'shall', "'s", '’s', 'such', 'needs', 'has',
  'gets', 'feels', 'finds', 'sees', 'thinks', 'wants', 'knows', 'does', 'tends', 'to',
]);
const ONE_OF_PRONOUN = new Set(['the', 'these', 'those', 'them', 'us', 'our', 'my', 'your', 'his', 'her', 'their', 'its', 'many', 'several', 'few', 'most', 'you']);
/** "half" after these is a part of something ("the first half of 2020"), not a proportion. */
const HALF_BLOCK_BEFORE = new Set(['first', 'second', 'latter', 'former', 'last', 'back', 'front', 'top', 'bottom', 'upper', 'lower', 'early', 'late', 'better']);
/** A fraction before these is a share of a group: "half the patients", "a third of them". */
const SHARE_FOLLOWERS = new Set(['the', 'these', 'those', 'all', 'their', 'our', 'its', 'his', 'her', 'my', 'your']);
/** Money: a symbol before the number or a word after it; each currency is a unit of its own, never converted. */
export type Currency = '$' | '€' | '£' | '¥';
/** The unit of a value: '%', 's' (seconds), a currency, or '' for a plain count. */
export type ValueUnit = '' | '%' | 's' | Currency;
const CURRENCY_SYMBOLS = new Map<string, Currency>([['$', '$'], ['US$', '$'], ['€', '€'], ['£', '£'], ['¥', '¥']]);
// "pounds" is left out: it weighs as often as it pays.
const CURRENCY_WORDS = new Map<string, Currency>([['dollar', '$'], ['dollars', '$'], ['usd', '$'], ['euro', '€'], ['euros', '€'], ['eur', '€'], ['gbp', '£'], ['yen', '¥']]);
const CURRENCY_UNITS: ReadonlySet<string> = new Set(CURRENCY_SYMBOLS.values());

/** Whether a value's unit is money. */
export function isCurrency(unit: string): unit is Currency {
  return CURRENCY_UNITS.has(unit);
}
/** "a day" after these is a rate ("twice a day", "8 hours a day", "$5 a month"), not a duration. */
const RATE_BEFORE = new Set(['times', 'once', 'twice', 'thrice', '%', 'percent', 'per']);
/** "over 3 years" is a bound only after these ("lasting over 2 weeks"); elsewhere "over" means "during". */
const OVER_AS_BOUND_BEFORE = new Set(['for', 'lasting', 'lasts', 'lasted', 'last', 'took', 'takes', 'take', 'taking', 'after', 'in', 'within', 'of', 'than']);
/** Words that keep "once" a count ("once a day", "once or twice", "more than once"). */
const ONCE_AFTER = new Set(['a', 'an', 'per', 'every', 'each', 'daily', 'weekly', 'monthly', 'yearly', 'annually', 'nightly', 'hourly', 'or', 'to', 'more', 'only', 'again']);
const ONCE_BEFORE = new Set(['than', 'least', 'most', 'only', 'just', 'exactly', 'about', 'more', 'and', 'or', 'once']);
const INSTANT_WORDS = ['instantly', 'instantaneously', 'instantaneous', 'immediately', 'right away'];

type Op = 'gt' | 'ge' | 'lt' | 'le' | 'approx' | 'nearly' | 'gtApprox' | 'eq' | 'within' | 'over' | 'by';

/** Prefix modifiers, as space-separated tokens (symbols are tokens of their own). */
const MODIFIER_LIST: [string, Op][] = [
  ['more than', 'gt'], ['over', 'over'], ['above', 'gt'], ['greater than', 'gt'], ['higher than', 'gt'], ['larger than', 'gt'],
  ['bigger than', 'gt'], ['longer than', 'gt'], ['older than', 'gt'], ['exceeds', 'gt'], ['exceed', 'gt'], ['exceeding', 'gt'],
  ['exceeded', 'gt'], ['surpass', 'gt'], ['surpasses', 'gt'], ['surpassing', 'gt'], ['surpassed', 'gt'], ['in excess of', 'gt'],
  ['upwards of', 'gt'], ['upward of', 'gt'], ['well over', 'gt'], ['well above', 'gt'], ['far more than', 'gt'],
  ['much more than', 'gt'], ['beyond', 'gt'], ['>', 'gt'],
  ['just over', 'gtApprox'], ['just above', 'gtApprox'], ['slightly more than', 'gtApprox'], ['slightly over', 'gtApprox'],
  ['slightly above', 'gtApprox'], ['a little over', 'gtApprox'], ['a little more than', 'gtApprox'], ['just more than', 'gtApprox'],
  ['at least', 'ge'], ['no less than', 'ge'], ['not less than', 'ge'], ['no fewer than', 'ge'], ['not fewer than', 'ge'],
  ['no shorter than', 'ge'], ['a minimum of', 'ge'], ['minimum of', 'ge'], ['greater than or equal to', 'ge'],
  ['more than or equal to', 'ge'], ['higher than or equal to', 'ge'], ['larger than or equal to', 'ge'],
  ['greater or equal to', 'ge'], ['greater or equal than', 'ge'], ['bigger or equal than', 'ge'], ['bigger or equal to', 'ge'],
  ['larger or equal than', 'ge'], ['larger or equal to', 'ge'], ['higher or equal than', 'ge'], ['higher or equal to', 'ge'],
  ['more or equal than', 'ge'], ['more or equal to', 'ge'], ['equal to or more than', 'ge'], ['equal to or greater than', 'ge'],
  ['equal to or higher than', 'ge'], ['equal or greater than', 'ge'], ['equal or more than', 'ge'],
  ['at least or equal to', 'ge'], ['as little as', 'ge'], ['as few as', 'ge'], ['as low as', 'ge'], ['as short as', 'ge'],
  ['>=', 'ge'], ['≥', 'ge'], ['> =', 'ge'],
  ['less than', 'lt'], ['fewer than', 'lt'], ['under', 'lt'], ['below', 'lt'], ['lower than', 'lt'], ['smaller than', 'lt'],
  ['shorter than', 'lt'], ['younger than', 'lt'], ['beneath', 'lt'], ['well under', 'lt'], ['well below', 'lt'],
  ['far less than', 'lt'], ['much less than', 'lt'], ['far fewer than', 'lt'], ['<', 'lt'],
  ['nearly', 'nearly'], ['almost', 'nearly'], ['just under', 'nearly'], ['just below', 'nearly'], ['just shy of', 'nearly'],
  ['not quite', 'nearly'], ['slightly less than', 'nearly'], ['slightly under', 'nearly'], ['slightly below', 'nearly'],
  ['a little under', 'nearly'], ['a little less than', 'nearly'], ['just less than', 'nearly'],
  ['up to', 'le'], ['at most', 'le'], ['no more than', 'le'], ['not more than', 'le'], ['no greater than', 'le'],
  ['not greater than', 'le'], ['no longer than', 'le'], ['not longer than', 'le'], ['not exceeding', 'le'], ['no higher than', 'le'],
  ['a maximum of', 'le'], ['maximum of', 'le'], ['as many as', 'le'], ['as much as', 'le'], ['as high as', 'le'], ['as long as', 'le'],
  ['less than or equal to', 'le'], ['fewer than or equal to', 'le'], ['less or equal than', 'le'], ['less or equal to', 'le'],
  ['smaller or equal than', 'le'], ['smaller or equal to', 'le'], ['smaller than or equal to', 'le'], ['lower or equal than', 'le'],
  ['lower or equal to', 'le'], ['lower than or equal to', 'le'], ['equal to or less than', 'le'], ['equal to or lower than', 'le'],
  ['equal to or smaller than', 'le'], ['equal to or fewer than', 'le'], ['equal or less than', 'le'], ['<=', 'le'], ['≤', 'le'],
  ['< =', 'le'],
  ['about', 'approx'], ['around', 'approx'], ['approximately', 'approx'], ['approx', 'approx'], ['approx .', 'approx'],
  ['roughly', 'approx'], ['circa', 'approx'], ['ca .', 'approx'], ['~', 'approx'], ['≈', 'approx'], ['some', 'approx'],
  ['an estimated', 'approx'], ['estimated', 'approx'], ['close to', 'approx'], ['near', 'approx'], ['in the region of', 'approx'],
  ['on the order of', 'approx'], ['something like', 'approx'], ['roughly about', 'approx'],
  ['equal to', 'eq'], ['equals', 'eq'], ['equals to', 'eq'], ['equaling', 'eq'], ['equaling to', 'eq'], ['equalling', 'eq'],
  ['equalling to', 'eq'], ['exactly', 'eq'], ['precisely', 'eq'], ['=', 'eq'], ['==', 'eq'],
  ['by', 'by'], ['within', 'within'], ['within the', 'within'], ['within the first', 'within'], ['within the next', 'within'],
  ['within the past', 'within'], ['within the last', 'within'],
];

type Suffix = 'ge' | 'le' | 'orEqual' | 'approx';
/** Modifiers after the quantity: "six weeks or more", "65 or older", "less than 5000 or equal". */
const SUFFIX_LIST: [string, Suffix][] = [
  ['or more', 'ge'], ['or greater', 'ge'], ['or higher', 'ge'], ['or above', 'ge'], ['or longer', 'ge'], ['or over', 'ge'],
  ['or older', 'ge'], ['and more', 'ge'], ['and above', 'ge'], ['and over', 'ge'], ['and up', 'ge'], ['and older', 'ge'],
  ['and greater', 'ge'], ['and higher', 'ge'], ['and longer', 'ge'], ['or more than', 'ge'], ['or greater than', 'ge'],
  ['or higher than', 'ge'], ['or longer than', 'ge'], ['or above than', 'ge'],
  ['or less', 'le'], ['or fewer', 'le'], ['or lower', 'le'], ['or below', 'le'], ['or under', 'le'], ['or shorter', 'le'],
  ['or younger', 'le'], ['and under', 'le'], ['and below', 'le'], ['and less', 'le'], ['and fewer', 'le'], ['and younger', 'le'],
  ['or less than', 'le'], ['or fewer than', 'le'], ['or lower than', 'le'], ['or shorter than', 'le'],
  ['or equal', 'orEqual'], ['or equal to', 'orEqual'],
  ['or so', 'approx'], ['or thereabouts', 'approx'],
];

interface Phrase<T> {
  words: string[];
  value: T;
}

function phraseIndex<T>(list: [string, T][]): Map<string, Phrase<T>[]> {
  const index = new Map<string, Phrase<T>[]>();
  for (const [text, value] of list) {
    const words = text.split(' ');
    const first = words[0] ?? '';
    const entries = index.get(first) ?? [];
    entries.push({ words, value });
    entries.sort((a, b) => b.words.length - a.words.length);
    index.set(first, entries);
  }
  return index;
}

const MODIFIERS = phraseIndex(MODIFIER_LIST);
const SUFFIXES = phraseIndex(SUFFIX_LIST);

// ---------------------------------------------------------------------------------------------------------------
// Compiled vague tables (one per table object, cached) and the fast pre-check
// ---------------------------------------------------------------------------------------------------------------

interface VagueEntry {
  lo: number;
  hi: number;
  /** Only a quantity when a unit follows ("many years", not "many studies"). */
  needsUnit: boolean;
}

interface CompiledVague {
  table: VagueQuantities;
  phrases: Map<string, Phrase<VagueEntry>[]>;
  instant: Map<string, [number, number]>;
  /** Cheap test: could the sentence hold any quantity? */
  precheck: RegExp;
}

const NEEDS_UNIT = new Set(['some', 'many', 'few', 'a couple']);
const INSTANT_SET = new Set(INSTANT_WORDS);

const NUMBER_WORDS = [
  ...SMALL.keys(), ...TENS.keys(), ...SCALES.keys(), ...DENOMINATORS.keys(), ...DURATION.keys(), ...PERCENT_WORDS,
  'dozen', 'dozens', 'once', 'twice', 'thrice', 'minus', 'negative', 'another', 'instant\\w*', 'immediately', 'right away',
  'forever', 'for good', 'for life', 'permanent', 'lifetime', 'single', 'immediate',
];
const PRECHECK_CORE = `[0-9%\u00BC-\u00BE\u2150-\u215E]|\\b(?:${NUMBER_WORDS.join('|')})\\b`;

const REGEXP_SPECIALS = /[.*+?^${}()|[\]\\]/g;
const WHITESPACE = /\s+/;
const SPACE = / /g;

/** Text to match literally inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(REGEXP_SPECIALS, '\\$&');
}

const compiledTables = new WeakMap<VagueQuantities, CompiledVague>();

function compileVague(user: VagueQuantities): CompiledVague {
  const table: VagueQuantities = user === DEFAULT_VAGUE_QUANTITIES ? user : { ...DEFAULT_VAGUE_QUANTITIES, ...user };
  const list: [string, VagueEntry][] = [];
  const instant = new Map<string, [number, number]>();
  const fallback = table.instantly ?? [0, 60];
  for (const word of INSTANT_WORDS) instant.set(word, table[word] ?? fallback);
  const extra: string[] = [];
  for (const [phrase, pair] of Object.entries(table)) {
    const key = phrase.trim().toLowerCase().split(WHITESPACE).join(' ');
    if (INSTANT_SET.has(key) || key === '') continue;
    list.push([key, { lo: pair[0], hi: pair[1], needsUnit: NEEDS_UNIT.has(key) }]);
    // words that need a unit are found through the unit; the others must pass the pre-check themselves
    if (!NEEDS_UNIT.has(key)) extra.push(escapeRegExp(key).replace(SPACE, '\\s+'));
  }
  const precheck = new RegExp(`${PRECHECK_CORE}|\\b(?:${extra.join('|') || '(?!)'})\\b`, 'i');
  return { table, phrases: phraseIndex(list), instant, precheck };
}

function compiled(vague: VagueQuantities): CompiledVague {
  let found = compiledTables.get(vague);
  if (!found) {
    found = compileVague(vague);
    compiledTables.set(vague, found);
  }
  return found;
}

// ---------------------------------------------------------------------------------------------------------------
// Lexer
// ---------------------------------------------------------------------------------------------------------------

type Kind = 'num' | 'word' | 'sym' | 'skip';

interface Tok {
  kind: Kind;
  text: string;
  low: string;
  start: number;
  end: number;
  /** Whitespace or the start of the text comes right before the token. */
  sp: boolean;
  /** The value of a `num` token. */
  v: number;
  /** Written as a plain integer (digits only, no separators). */
  int: boolean;
  /** A four-digit integer 1000–2100: a possible year, never the denominator of a ratio. */
  year: boolean;
  /** A fraction: "1/4" (before "of") or a vulgar fraction character. */
  frac: boolean;
}

const NONE: Tok = { kind: 'skip', text: '', low: '', start: -1, end: -1, sp: true, v: 0, int: false, year: false, frac: false };

/** URLs and e-mail addresses (skipped whole), numbers, words, runs of comparison signs, any other character. */
const LEX = /(https?:\/\/\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.-]+)|(\d+(?:[.,]\d+)*|\.\d+)|([A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]+(?:['’][A-Za-z]+)?)|([<>=≤≥]+|\S)/g;
const PLAIN_NUMBER = /^(?:\d+(?:\.\d+)?|\.\d+)$/;
const THOUSANDS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const COMMA_LIST = /^\d+(?:,\d+)+$/;
const DIGITS_ONLY = /^\d+$/;

function makeTok(kind: Kind, text: string, start: number, sp: boolean): Tok {
  return { kind, text, low: kind === 'word' ? text.toLowerCase() : text, start, end: start + text.length, sp, v: 0, int: false, year: false, frac: false };
}

function numberTok(text: string, start: number, sp: boolean, value: number): Tok {
  const tok = makeTok('num', text, start, sp);
  tok.v = value;
  tok.int = DIGITS_ONLY.test(text);
  tok.year = tok.int && text.length === 4 && value >= 1000 && value <= 2100;
  return tok;
}

function lex(text: string): Tok[] {
  const toks: Tok[] = [];
  let prevEnd = 0;
  LEX.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LEX.exec(text)) !== null) {
    const found = m[0];
    const start = m.index;
    const sp = start === 0 || start > prevEnd;
    prevEnd = start + found.length;
    if (m[1] !== undefined) {
      toks.push(makeTok('skip', found, start, sp));
    } else if (m[2] !== undefined) {
      if (PLAIN_NUMBER.test(found)) toks.push(numberTok(found, start, sp, Number(found)));
      else if (THOUSANDS.test(found)) {
        const tok = numberTok(found, start, sp, Number(found.replaceAll(',', '')));
        tok.int = !found.includes('.');
        toks.push(tok);
      } else if (COMMA_LIST.test(found)) {
        // "22,24,26": a list, not one number
        let at = start;
        let first = true;
        for (const piece of found.split(',')) {
          if (!first) toks.push(makeTok('sym', ',', at - 1, false));
          toks.push(numberTok(piece, at, first ? sp : false, Number(piece)));
          at += piece.length + 1;
          first = false;
        }
      } else toks.push(makeTok('skip', found, start, sp)); // "192.168.1.2", "1.2.3", "1.111,11": codes
    } else if (m[3] !== undefined) {
      toks.push(makeTok('word', found, start, sp));
    } else {
      const vulgar = VULGAR.get(found);
      if (vulgar !== undefined) {
        const before = toks[toks.length - 1];
        if (before && before.kind === 'num' && !sp && before.int) {
          // "1½"
          before.v += vulgar;
          before.text += found;
          before.end = start + found.length;
          before.int = false;
          before.year = false;
        } else {
          const tok = numberTok(found, start, sp, vulgar);
          tok.frac = true;
          toks.push(tok);
        }
      } else toks.push(makeTok('sym', found, start, sp));
    }
  }
  markCodes(toks);
  return mergeSigns(toks);
}

const FRACTION_DENOMINATORS: ReadonlySet<number> = new Set([2, 3, 4, 8]);

/** Numbers that are parts of codes, dates, scores and times are not quantities; "1/4 of" is a fraction. */
function markCodes(toks: Tok[]): void {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] ?? NONE;
    if (t.kind !== 'num' || t.frac) continue;
    const prev = toks[i - 1] ?? NONE;
    const prev2 = toks[i - 2] ?? NONE;
    // "B12", "v2.1", "COVID-19", "I-95", "SARS-CoV-2"
    const prev2IsWord = (prev2.kind === 'word' && !(!prev2.sp && (toks[i - 3] ?? NONE).kind === 'num')) || prev2.kind === 'skip';
    if (!t.sp && (prev.kind === 'word' || prev.kind === 'skip' || (HYPHENS.has(prev.text) && !prev.sp && prev2IsWord))) {
      t.kind = 'skip';
      continue;
    }
    // chains joined by "/", ":" or hyphens without spaces: dates, scores, times, phone numbers
    let j = i;
    let count = 1;
    let joiner = '';
    for (;;) {
      const sep = toks[j + 1] ?? NONE;
      const next = toks[j + 2] ?? NONE;
      if (sep.sp || next.sp || next.kind !== 'num' || next.frac) break;
      const kind = sep.text === '/' ? '/' : sep.text === ':' ? ':' : HYPHENS.has(sep.text) ? '-' : '';
      if (kind === '' || (joiner !== '' && kind !== joiner)) break;
      joiner = kind;
      j += 2;
      count++;
    }
    if (count === 1) continue;
    const last = toks[j] ?? NONE;
    if (joiner === '-' && count === 2) {
      i = j - 1; // "65-75": a range, read by the parser
      continue;
    }
    const after = toks[j + 1] ?? NONE;
    // "2 1/2 months", "1 3/4 hours": a whole number and a proper fraction after it are one number.
    if (joiner === '/' && count === 2 && t.sp && t.int && last.int && t.v > 0 && t.v < last.v && FRACTION_DENOMINATORS.has(last.v) && prev.kind === 'num' && prev.int && !prev.frac) {
      prev.v += t.v / last.v;
      prev.text = `${prev.text} ${t.text}/${last.text}`;
      prev.end = last.end;
      prev.int = false;
      prev.year = false;
      toks.splice(i, 3);
      i--;
      continue;
    }
    if (joiner === '/' && count === 2 && t.int && last.int && last.v > 0 && t.v <= last.v && after.low === 'of' && after.kind === 'word') {
      // "1/4 of the patients"
      const tok = numberTok(`${t.text}/${last.text}`, t.start, t.sp, t.v / last.v);
      tok.int = false;
      tok.year = false;
      tok.frac = true;
      toks.splice(i, 3, tok);
      continue;
    }
    for (let k = i; k <= j; k++) {
      const code = toks[k];
      if (code) code.kind = 'skip';
    }
    i = j;
  }
}

/** "-5", "−30": a sign before a number when it cannot be a hyphen ("COVID-19", "65-75"). */
function mergeSigns(toks: Tok[]): Tok[] {
  const out: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] ?? NONE;
    const next = toks[i + 1] ?? NONE;
    const prev = out[out.length - 1];
    if (
      MINUS_SIGNS.has(t.text) && t.kind === 'sym' && next.kind === 'num' && !next.sp && !next.frac &&
      (t.sp || !prev || (prev.kind === 'sym' && '(<>=≤≥[~:'.includes(prev.text[0] ?? '')))
    ) {
      const tok = numberTok(t.text + next.text, t.start, t.sp, -next.v);
      tok.int = next.int;
      tok.year = false;
      out.push(tok);
      i++;
      continue;
    }
    out.push(t);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Parser state (extraction is synchronous: one sentence at a time)
// ---------------------------------------------------------------------------------------------------------------

let toks: Tok[] = [];
let vagueTable: CompiledVague = compiled(DEFAULT_VAGUE_QUANTITIES);

function tok(i: number): Tok {
  return toks[i] ?? NONE;
}

function isWord(i: number, word: string): boolean {
  const t = tok(i);
  return t.kind === 'word' && t.low === word;
}

/** A number as read, before any unit. */
interface Num {
  i: number;
  j: number;
  lo: number;
  hi: number;
  vague: boolean;
  /** A bare fraction: "half", "two-thirds", "1/4", "½". */
  frac: boolean;
  /** "a"/"an"/"another" standing for one: only a quantity before a unit. */
  article: boolean;
  /** A vague word that needs a unit after it. */
  needsUnit: boolean;
  /** once / twice / thrice: counts that take no unit. */
  times: boolean;
  /** "65+" */
  plus: boolean;
  /** An integer written with digits or number words (usable in ratios). */
  int: boolean;
  year: boolean;
  /** The single word "one" (a pronoun in "the one", "which one"). */
  one: boolean;
}

function num(i: number, j: number, value: number, extra: Partial<Num> = {}): Num {
  return { i, j, lo: value, hi: value, vague: false, frac: false, article: false, needsUnit: false, times: false, plus: false, int: false, year: false, one: false, ...extra };
}

/** A quantity with its unit (or a bare plural unit like "days"), possibly a range. */
interface Amount {
  i: number;
  j: number;
  lo: number;
  hi: number;
  unit: ValueUnit;
  /** The unit was written after this number (not borrowed from the other side of a range). */
  hasUnit: boolean;
  /** Seconds per unit for durations, 1 otherwise: what a unitless first side of a range is multiplied by. */
  factor: number;
  /** The number before its unit, for a unitless side borrowing this side's unit. */
  rawLo: number;
  rawHi: number;
  approx: boolean;
  /** "days" alone: only a quantity inside a range or after "within". */
  bare: boolean;
  unitWord: string;
  numInfo: Num | null;
  /** "from two weeks to over a month": the range's top is open. */
  openTop?: boolean;
}

/** An interval with its token span. */
interface Expr {
  i: number;
  j: number;
  min: number | null;
  max: number | null;
  minInc: boolean;
  maxInc: boolean;
  unit: ValueUnit;
  approx: boolean;
  /** Came with a prefix modifier ("more than"): may merge with an opposite bound. */
  modified: boolean;
  amount: Amount | null;
  range: boolean;
}

// ---------------------------------------------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------------------------------------------

function matchPhrase<T>(index: Map<string, Phrase<T>[]>, i: number): { value: T; j: number } | null {
  const first = tok(i);
  if (first.kind === 'skip' || first.kind === 'num') return null;
  const entries = index.get(first.low);
  if (!entries) return null;
  for (const entry of entries) {
    let ok = true;
    for (let k = 1; k < entry.words.length; k++) {
      const t = tok(i + k);
      if (t.kind === 'skip' || t.kind === 'num' || t.low !== entry.words[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return { value: entry.value, j: i + entry.words.length };
  }
  return null;
}

/** Tokens glued to a number that still leave it a number. */
function gluedSuffixOk(t: Tok, value: Tok): boolean {
  const w = t.low;
  if (w === 'd' && t.text === 'D' && value.int && value.v >= 2 && value.v <= 4) return false; // "3D"
  if (w === 'ms') return t.text === 'ms';
  return DURATION.has(w) || GLUED_DURATION.has(w) || PERCENT_WORDS.has(w) || MEASURES.has(w) || GLUED_MULTIPLIERS.has(w) || (w === 's' && value.int && value.v % 10 === 0);
}

function readNumber(i: number): Num | null {
  const t = tok(i);
  if (t.kind === 'num') return readDigits(i);
  if (t.kind !== 'word') return null;
  const w = t.low;
  if (w === 'minus' || w === 'negative') {
    const inner = readNumber(i + 1);
    if (!inner || inner.vague || inner.article || inner.times || inner.lo < 0) return null;
    return { ...inner, i, lo: -inner.hi, hi: -inner.lo, year: false, one: false };
  }
  const vague = matchPhrase(vagueTable.phrases, i);
  // "how many years the unit will keep working" asks; it gives no amount.
  if (vague && isWord(i - 1, 'how')) return null;
  if (vague) {
    let { lo, hi } = vague.value;
    let j = vague.j;
    // "several hundred", "a few thousand", "a few dozen"
    const scale = SCALES.get(tok(j).low) ?? (tok(j).low === 'dozen' ? 12 : undefined);
    if (scale !== undefined && tok(j).kind === 'word') {
      lo *= scale;
      hi *= scale;
      j++;
    }
    return num(i, j, lo, { hi, vague: true, needsUnit: vague.value.needsUnit });
  }
  if (w === 'once' || w === 'twice' || w === 'thrice') {
    const value = w === 'once' ? 1 : w === 'twice' ? 2 : 3;
    if (w === 'once' && !onceIsCount(i)) return null;
    return num(i, i + 1, value, { times: true });
  }
  if (w === 'a' || w === 'an') {
    const next = tok(i + 1);
    if (next.kind !== 'word') return null;
    if (SCALES.has(next.low) || next.low === 'dozen') return readWords(i);
    const denominator = DENOMINATORS.get(next.low);
    if (denominator !== undefined) {
      // "a half", "a third of"; "a half dozen"
      if (next.low === 'half' && isWord(i + 2, 'dozen')) return num(i, i + 3, 6, { int: true });
      if (halvesPlural(i + 2)) return null;
      return num(i, i + 2, 1 / denominator, { frac: true });
    }
    if (isArticleUnit(i)) return num(i, i + 1, 1, { article: true });
    // "installed in a single day": no more than one, said with emphasis (6 to 10 hours on the roof agrees); "a
    // single session is all you need", "after a single treatment": one, before what it counts.
    if (next.low === 'single' && SINGULAR_UNITS.has(tok(i + 2).low)) return num(i, i + 2, 1, { article: true, lo: 0 });
    if (next.low === 'single' && tok(i + 2).kind === 'word') return num(i, i + 2, 1);
    return null;
  }
  if (w === 'another') return isArticleUnit(i) ? num(i, i + 1, 1, { article: true }) : null;
  // "back at work the (very) next day", "the following day": one day on; "the same day": within the day.
  if (w === 'the') {
    const k = tok(i + 1).low === 'very' ? i + 2 : i + 1;
    if (tok(k + 1).low !== 'day') return null;
    if (tok(k).low === 'next' || tok(k).low === 'following') return num(i, k + 1, 1, { article: true });
    return tok(k).low === 'same' ? num(i, k + 1, 1, { article: true, lo: 0 }) : null;
  }
  if (w === 'half') {
    if (HALF_BLOCK_BEFORE.has(tok(i - 1).low)) return null;
    if ((isWord(i - 1, 'a') || isWord(i - 1, 'an')) && halvesPlural(i + 1)) return null;
    const after = tok(i + 1);
    // "half-life", "half-hearted" (but "half-hour" is a duration)
    if (HYPHENS.has(after.text) && !after.sp && tok(i + 2).kind === 'word' && !tok(i + 2).sp && !DURATION.has(tok(i + 2).low)) return null;
    if ((after.low === 'a' || after.low === 'an') && isWord(i + 2, 'dozen')) return num(i, i + 3, 6, { int: true });
    return num(i, i + 1, 0.5, { frac: true });
  }
  return readWords(i);
}

/**
 * Whether a fraction after "a" ("a half", "a third") stands before a plural unit of time: "one and a half years"
 * misspelt "one hand a half years". "A half" never counts years, only ends a number it belongs to; read alone it
 * would halve the figure.
 */
function halvesPlural(k: number): boolean {
  const unit = tok(k).low;
  return unit.endsWith('s') && DURATION.has(unit.slice(0, -1));
}

const WITHIN_THE: ReadonlySet<string> = new Set(['hour', 'day', 'week', 'month', 'year']);

/** "a day" is a duration, except as a rate: "twice a day", "8 hours a day", "$5 a month", "10% a year". */
function isArticleUnit(i: number): boolean {
  const unit = tok(i + 1);
  if (unit.kind !== 'word' || !SINGULAR_UNITS.has(unit.low)) {
    // "another business day"
    if (!(DAY_KINDS.has(unit.low) && DURATION.has(tok(i + 2).low))) return false;
  }
  const before = tok(i - 1);
  if (before.kind === 'num' || RATE_BEFORE.has(before.low) || DURATION.has(before.low) || MEASURES.has(before.low) || PERCENT_WORDS.has(before.low)) return false;
  // "two meals a day", "10,000 steps a day": a counted plural before it makes a rate too.
  if (before.kind === 'word' && before.low.endsWith('s') && startsNumber(i - 2)) return false;
  return true;
}

function onceIsCount(i: number): boolean {
  const before = tok(i - 1);
  const after = tok(i + 1);
  if (before.low === 'at') return false; // "at once"
  if (after.kind === 'skip' && after.start < 0) return true; // end of sentence
  if (after.kind === 'sym' && '.,;:)!?'.includes(after.text)) return true;
  return ONCE_AFTER.has(after.low) || ONCE_BEFORE.has(before.low);
}

function readDigits(i: number): Num | null {
  const t = tok(i);
  let value = t.v;
  let j = i + 1;
  if (t.frac) return num(i, j, value, { frac: true });
  let glued = tok(j);
  let int = t.int;
  let year = t.year;
  if (glued.kind === 'word' && !glued.sp) {
    if (!gluedSuffixOk(glued, t)) return null;
    const multiplier = GLUED_MULTIPLIERS.get(glued.low);
    if (multiplier !== undefined) {
      value *= multiplier;
      j++;
      int = Number.isInteger(value);
      year = false;
    } else if (glued.low === 's') {
      j++; // "the 1990s": a decade, read as its first year
    }
    glued = tok(j);
    if (glued.kind === 'num' && !glued.sp) return null; // "1e10"
  }
  // "2 million", "1.5 billion", "3 hundred", "two dozen"
  for (;;) {
    const next = tok(j);
    const scale = next.kind === 'word' ? (SCALES.get(next.low) ?? (next.low === 'dozen' || next.low === 'dozens' ? 12 : undefined)) : undefined;
    if (scale === undefined) break;
    value *= scale;
    j++;
    year = false;
    int = Number.isInteger(value);
  }
  const result = num(i, j, value, { int, year });
  addHalf(result);
  const plus = tok(result.j);
  if (plus.text === '+' && !plus.sp) {
    result.plus = true;
    result.j++;
  }
  return result;
}

/** "one and a half", "2 and a half", "one and half", "three and a quarter": adds the fraction in place. */
function addHalf(n: Num): void {
  if (!isWord(n.j, 'and') || n.frac || n.vague) return;
  let k = n.j + 1;
  let numerator = 1;
  const article = tok(k).low;
  if (article === 'a' || article === 'an') k++;
  else {
    const small = SMALL.get(article);
    if (small !== undefined && small > 0 && small < 10 && DENOMINATORS.has(tok(k + 1).low)) {
      numerator = small;
      k++;
    }
  }
  const denominator = tok(k).kind === 'word' ? DENOMINATORS.get(tok(k).low) : undefined;
  if (denominator === undefined || denominator > 10) return;
  n.lo += numerator / denominator;
  n.hi = n.lo;
  n.j = k + 1;
  n.int = false;
  n.year = false;
  n.one = false;
}

/** Written numbers: "twenty-five", "one hundred and twenty", "a hundred", "three thousand nine hundred and sixty five". */
function readCardinal(i: number): { value: number; j: number; words: number } | null {
  let j = i;
  let total = 0;
  let group = 0;
  let last = 0; // 0 start, 1 unit, 2 teen, 3 tens, 4 hundred, 5 scale, 6 "and"
  let lastScale = Infinity;
  let words = 0;
  if ((tok(j).low === 'a' || tok(j).low === 'an') && (SCALES.has(tok(j + 1).low) || tok(j + 1).low === 'dozen')) {
    group = 1;
    last = 1;
    j++;
    words++;
  }
  for (;;) {
    const t = tok(j);
    if (HYPHENS.has(t.text) && t.kind === 'sym') {
      // "twenty-five"
      const next = tok(j + 1);
      const small = SMALL.get(next.low);
      if (last === 3 && !t.sp && !next.sp && next.kind === 'word' && small !== undefined && small > 0 && small < 10) {
        j++;
        continue;
      }
      break;
    }
    if (t.kind !== 'word') break;
    const w = t.low;
    const small = SMALL.get(w);
    const tens = TENS.get(w);
    if (small !== undefined) {
      if (last === 0 || last === 4 || last === 5 || last === 6) {
        group += small;
        last = small < 10 ? 1 : 2;
      } else if (last === 3 && small > 0 && small < 10) {
        group += small;
        last = 1;
      } else break;
    } else if (tens !== undefined) {
      if (last === 0 || last === 4 || last === 5 || last === 6) {
        group += tens;
        last = 3;
      } else break;
    } else if (w === 'hundred') {
      if ((last === 1 || last === 2 || last === 3) && group > 0 && group < 100) {
        group *= 100;
        last = 4;
      } else break;
    } else if (SCALES.has(w)) {
      const scale = SCALES.get(w) ?? 1;
      if (!(last >= 1 && last <= 4) || scale >= lastScale || group === 0) break;
      total += group * scale;
      group = 0;
      lastScale = scale;
      last = 5;
    } else if (w === 'and' && (last === 4 || last === 5)) {
      // "one thousand and five hundred" continues; "one hundred and two hundred" is two numbers
      const next = tok(j + 1).low;
      if (!SMALL.has(next) && !TENS.has(next)) break;
      if (followingScale(j + 1) >= (last === 4 ? 100 : lastScale)) break;
      last = 6;
    } else break;
    j++;
    words++;
  }
  if (last === 0 || last === 6 || j === i) return null;
  return { value: total + group, j, words };
}

function followingScale(k: number): number {
  let best = 0;
  for (; ; k++) {
    const t = tok(k);
    if (t.kind === 'sym' && HYPHENS.has(t.text)) continue;
    if (t.kind !== 'word') break;
    if (SCALES.has(t.low)) best = Math.max(best, SCALES.get(t.low) ?? 0);
    else if (!SMALL.has(t.low) && !TENS.has(t.low)) break;
  }
  return best;
}

function readWords(i: number): Num | null {
  const cardinal = readCardinal(i);
  if (!cardinal) return null;
  let { value, j } = cardinal;
  // "two-thirds", "one quarter", "three fifths"
  let k = j;
  if (HYPHENS.has(tok(k).text) && !tok(k).sp && tok(k + 1).kind === 'word' && !tok(k + 1).sp) k++;
  const denominator = tok(k).kind === 'word' ? DENOMINATORS.get(tok(k).low) : undefined;
  if (denominator !== undefined && value >= 1 && value < 100 && cardinal.words <= 2) {
    return num(i, k + 1, value / denominator, { frac: true });
  }
  // "a dozen", "two dozen"
  if (tok(j).kind === 'word' && (tok(j).low === 'dozen' || tok(j).low === 'dozens')) {
    value *= 12;
    j++;
  }
  const result = num(i, j, value, { int: Number.isInteger(value), one: j === i + 1 && tok(i).low === 'one' });
  addHalf(result);
  const plus = tok(result.j);
  if (plus.text === '+' && !plus.sp) {
    result.plus = true;
    result.j++;
  }
  return result;
}

// ---------------------------------------------------------------------------------------------------------------
// Units and amounts
// ---------------------------------------------------------------------------------------------------------------

interface Unit {
  j: number;
  unit: Exclude<ValueUnit, ''>;
  factor: number;
  word: string;
}

/** The unit right at token k, for a number ending at token `end` (glued units need no space). */
function unitAt(k: number, n: Num | null, glued: boolean): Unit | null {
  const t = tok(k);
  if (t.kind === 'sym') {
    if (t.text === '%' || t.text === '％') return { j: k + 1, unit: '%', factor: 1, word: '%' };
    return null;
  }
  if (t.kind !== 'word') return null;
  const w = t.low;
  if (PERCENT_WORDS.has(w)) {
    const next = tok(k + 1).low;
    if ((w === 'percentage' || w === 'percent') && (next === 'point' || next === 'points')) return { j: k + 2, unit: '%', factor: 1, word: w };
    return { j: k + 1, unit: '%', factor: 1, word: w };
  }
  if (w === 'per' && (tok(k + 1).low === 'cent' || tok(k + 1).low === 'cents')) return { j: k + 2, unit: '%', factor: 1, word: 'percent' };
  const currency = CURRENCY_WORDS.get(w);
  if (currency !== undefined) return { j: k + 1, unit: currency, factor: 1, word: w };
  if (DAY_KINDS.has(w) && tok(k + 1).kind === 'word') {
    const factor = DURATION.get(tok(k + 1).low);
    if (factor !== undefined && factor >= DAY && factor <= MONTH) return { j: k + 2, unit: 's', factor, word: tok(k + 1).low };
    return null;
  }
  const factor = DURATION.get(w);
  if (factor !== undefined) {
    if (w === 'second' && n && n.article) return null; // "a second dose"
    if (w === 'h' && !glued && t.text !== 'h' && t.text !== 'H') return null;
    return { j: k + 1, unit: 's', factor, word: w };
  }
  if (glued || w === 'ms') {
    const short = GLUED_DURATION.get(w);
    // "4 ms" too, in lower case only: "40 MS patients" count people with multiple sclerosis. A capital W before a
    // noun, or past a year's weeks, is watts: "a 100W device", "a 60W bulb" (not "the cold lasted 2W").
    const watts = w === 'w' && t.text === 'W' && (tok(k + 1).kind === 'word' || (n !== null && n.hi > 52));
    if (short !== undefined && (w !== 'ms' || t.text === 'ms') && !watts) return { j: k + 1, unit: 's', factor: short, word: w };
  }
  return null;
}

function readUnit(n: Num): Unit | null {
  let k = n.j;
  const t = tok(k);
  const glued = !t.sp && t.kind === 'word';
  if (glued) return unitAt(k, n, true);
  // "90-minute", "3-min", "30-minutes"
  if (HYPHENS.has(t.text) && t.kind === 'sym' && !t.sp && tok(k + 1).kind === 'word' && !tok(k + 1).sp) {
    const u = unitAt(k + 1, n, false);
    if (u && u.unit === 's') return u;
    return null;
  }
  const direct = unitAt(k, n, false);
  if (direct) return direct;
  // "half an hour", "a few more days", "three full days"
  if ((n.frac || n.vague) && (t.low === 'a' || t.low === 'an') && t.kind === 'word') {
    k++;
    const u = unitAt(k, n, false);
    if (u && u.unit === 's') return u;
  }
  if (UNIT_ADJECTIVES.has(tok(k).low) && tok(k).kind === 'word') {
    const u = unitAt(k + 1, n, false);
    if (u && u.unit === 's') return u;
  }
  return null;
}

function amount(i: number, j: number, lo: number, hi: number, unit: ValueUnit, extra: Partial<Amount> = {}): Amount {
  return { i, j, lo, hi, unit, hasUnit: unit !== '', factor: 1, rawLo: lo, rawHi: hi, approx: false, bare: false, unitWord: '', numInfo: null, ...extra };
}

interface AmountOptions {
  /** Bare plural units ("days") are allowed as an amount. */
  bare: boolean;
  /** "and" may join parts of a duration ("1 hour and 30 minutes"). */
  andCompound: boolean;
}

function readAmount(i: number, options: AmountOptions): Amount | null {
  const t = tok(i);
  const currency = t.kind === 'sym' ? CURRENCY_SYMBOLS.get(t.text) : undefined;
  if (currency !== undefined) {
    // "$299", "$2.5 million", "€1,200": the symbol is the unit, written before the number.
    const next = tok(i + 1);
    if (next.kind !== 'num' || next.sp) return null;
    const n = readNumber(i + 1);
    if (!n || n.vague || n.frac || n.times || n.lo < 0) return null;
    return amount(i, n.j, n.lo, n.hi, currency, { numInfo: n, unitWord: t.text });
  }
  if (t.kind === 'word') {
    const special = readSpecial(i, options);
    if (special) return special;
  }
  const n = readNumber(i);
  if (!n) return null;
  if (n.plus) return withUnit(n, readUnit(n), options);
  // ratios: "one in five", "1 out of 3", "2 in every 5", "5 per 100"
  if (n.int && !n.vague && !n.frac && !n.article && !n.times && n.lo >= 0) {
    const ratio = readRatio(n);
    if (ratio) return ratio;
  }
  if (n.frac && !n.vague) {
    const share = readShare(n);
    if (share) return share;
  }
  if (n.times) return amount(i, n.j, n.lo, n.hi, '', { numInfo: n });
  return withUnit(n, readUnit(n), options);
}

function withUnit(n: Num, unit: Unit | null, options: AmountOptions): Amount | null {
  if (!unit) {
    if (n.article || n.needsUnit) return null;
    return amount(n.i, n.j, n.lo, n.hi, '', { approx: n.vague, numInfo: n, rawLo: n.lo, rawHi: n.hi });
  }
  let lo = n.lo * unit.factor;
  let hi = n.hi * unit.factor;
  let j = unit.j;
  if (unit.unit === 's' && !n.vague) {
    // "an hour and a half", "one year and a quarter"
    if (isWord(j, 'and')) {
      let k = j + 1;
      if (tok(k).low === 'a' || tok(k).low === 'an') k++;
      const denominator = tok(k).kind === 'word' ? DENOMINATORS.get(tok(k).low) : undefined;
      if (denominator !== undefined && denominator <= 4 && !DURATION.has(tok(k + 1).low)) {
        lo += unit.factor / denominator;
        hi = lo;
        j = k + 1;
      }
    }
    // "1 year 1 month 21 days", "1 hour and 30 minutes"
    const used = new Set([unit.factor]);
    let smallest = unit.factor;
    for (;;) {
      let k = j;
      const joined = isWord(k, 'and');
      if (joined) {
        if (!options.andCompound) break;
        k++;
      }
      const part = readNumber(k);
      if (!part || part.vague || part.frac || part.times || part.plus || part.lo < 0) break;
      const partUnit = readUnit(part);
      if (!partUnit || partUnit.unit !== 's' || used.has(partUnit.factor)) break;
      if (joined && partUnit.factor >= smallest) break;
      used.add(partUnit.factor);
      smallest = Math.min(smallest, partUnit.factor);
      lo += part.lo * partUnit.factor;
      hi = lo;
      j = partUnit.j;
    }
  }
  return amount(n.i, j, lo, hi, unit.unit, { factor: unit.factor, rawLo: n.lo, rawHi: n.hi, approx: n.vague, unitWord: unit.word, numInfo: n });
}

/** Words that place "week five" or "month 3" in time, so the number is a point and not a label ("Day 1: arrive"). */
const POINT_BEFORE: ReadonlySet<string> = new Set(['by', 'at', 'around', 'about', 'until', 'till', 'from', 'after', 'since', 'in', 'to', 'through']);
const ORDINALS = new Map<string, number>([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8],
  ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12],
]);

/** An ordinal at token i ("fourth", "4th"), with the token after it. */
function ordinalAt(i: number): { value: number; j: number } | null {
  const t = tok(i);
  if (t.kind === 'word') {
    const value = ORDINALS.get(t.low);
    return value === undefined ? null : { value, j: i + 1 };
  }
  const suffix = tok(i + 1);
  if (t.kind === 'num' && DIGITS_ONLY.test(t.text) && !suffix.sp && /^(?:st|nd|rd|th)$/.test(suffix.low)) return { value: Number(t.text), j: i + 2 };
  return null;
}

// After "is permanent": the clause goes on ("SMP is permanent and will never need a touch-up"), it names no kind.
const CLAUSE_GOES_ON: ReadonlySet<string> = new Set(['and', 'but', 'or', 'so', 'because', 'since', 'which', 'unless', 'once', 'in', 'for']);
const LIFETIME_TERMS: ReadonlySet<string> = new Set(['warranty', 'warranties', 'guarantee', 'guaranteed', 'coverage', 'access', 'membership', 'subscription', 'licence', 'license', 'support', 'updates']);
const LASTING: ReadonlySet<string> = new Set(['last', 'lasts', 'lasted', 'lasting', 'for']);

/** A whole number said as itself: not vague, no article, no "times", no year, no unit of its own ("day 5", "week 6"). */
function isPlainInteger(n: Num | null): n is Num {
  return n !== null && n.int && !n.vague && !n.article && !n.times && !n.year && !readUnit(n);
}

/** Amounts that are not a number then a unit. */
function readSpecial(i: number, options: AmountOptions): Amount | null {
  const t = tok(i);
  const w = t.low;
  // instantly, immediately, right away
  const instantKey = w === 'right' && isWord(i + 1, 'away') ? 'right away' : w;
  const instant = vagueTable.instant.get(instantKey);
  if (instant) {
    const j = instantKey === 'right away' ? i + 2 : i + 1;
    return amount(i, j, instant[0], instant[1], 's', { approx: true, unitWord: 'seconds' });
  }
  // "Relief is immediate": what "immediately" says, used as what relief is.
  if (w === 'immediate' && PERMANENT_AFTER.has(tok(i - 1).low) && (tok(i + 1).kind !== 'word' || CLAUSE_GOES_ON.has(tok(i + 1).low))) {
    const [lo, hi] = vagueTable.instant.get('immediately') ?? [0, 60];
    return amount(i, i + 1, lo, hi, 's', { approx: true, unitWord: 'seconds' });
  }
  // "lasts forever", "for good", "for life", "results are permanent": no end at all. Read as at least PERMANENT, longer
  // than any effect is followed up, so it meets every finite duration. "Permanent" only as what something is ("are
  // permanent."), not as a kind of thing ("permanent makeup", "permanent damage").
  const forever = w === 'forever' ? i + 1 : w === 'for' && (isWord(i + 1, 'good') || isWord(i + 1, 'life')) ? i + 2 : w === 'permanent' && PERMANENT_AFTER.has(tok(i - 1).low) && (tok(i + 1).kind !== 'word' || CLAUSE_GOES_ON.has(tok(i + 1).low)) ? i + 1 : -1;
  if (forever > 0) return amount(i, forever, PERMANENT, Infinity, 's', { factor: YEAR, rawLo: PERMANENT / YEAR, rawHi: Infinity, unitWord: 'years' });
  // "a lifetime warranty", "lasts a lifetime": a term without end too. Not "a lifetime risk of 10%".
  if (w === 'lifetime' && (LIFETIME_TERMS.has(tok(i + 1).low) || (isWord(i - 1, 'a') && LASTING.has(tok(i - 2).low)))) {
    return amount(i, i + 1, PERMANENT, Infinity, 's', { factor: YEAR, rawLo: PERMANENT / YEAR, rawHi: Infinity, unitWord: 'years' });
  }
  // "around week five", "by month 3": a point counted in the unit, after a word that places it in time.
  if (SINGULAR_UNITS.has(w) && w !== 'night' && POINT_BEFORE.has(tok(i - 1).low)) {
    const n = readNumber(i + 1);
    if (isPlainInteger(n)) {
      const factor = DURATION.get(w) ?? 0;
      // "around day 5 to 7", "by week 6-8": the points span a stretch.
      const last = RANGE_SEPARATORS.has(tok(n.j).low) ? readNumber(n.j + 1) : null;
      if (isPlainInteger(last) && last.lo > n.hi) {
        return amount(i, last.j, n.lo * factor, last.hi * factor, 's', { factor, rawLo: n.lo, rawHi: last.hi, unitWord: w, numInfo: n });
      }
      return amount(i, n.j, n.lo * factor, n.hi * factor, 's', { factor, rawLo: n.lo, rawHi: n.hi, unitWord: w, numInfo: n });
    }
  }
  // "the fourth week", "the fourth to sixth week": the stretch of time those weeks cover (3 to 6 weeks in). Not
  // "the first week" alone: what happens then ("hair sheds in the first month") is seldom when results show.
  if (w === 'the') {
    const first = ordinalAt(i + 1);
    if (first !== null) {
      let k = first.j;
      let last = first;
      if (RANGE_SEPARATORS.has(tok(k).low)) {
        const second = ordinalAt(k + 1);
        if (second !== null && second.value > first.value) {
          last = second;
          k = second.j;
        }
      }
      const unit = tok(k);
      const factor = unit.kind === 'word' && SINGULAR_UNITS.has(unit.low) && unit.low !== 'night' ? DURATION.get(unit.low) : undefined;
      if (factor !== undefined && last.value > 1) return amount(i, k + 1, (first.value - 1) * factor, last.value * factor, 's', { factor, rawLo: first.value - 1, rawHi: last.value, unitWord: unit.low });
    }
  }
  // "all day", "a full week", "the whole year", "all-day"
  if (w === 'all' || w === 'full' || w === 'whole' || w === 'entire') {
    let k = i + 1;
    if (HYPHENS.has(tok(k).text) && !tok(k).sp) k++;
    const unit = tok(k);
    // "all night" is a night's sleep, not 24 hours.
    if (unit.kind === 'word' && unit.low === 'night') return amount(i, k + 1, 6 * HOUR, 12 * HOUR, 's', { factor: HOUR, rawLo: 6, rawHi: 12, approx: true, unitWord: 'hours' });
    if (unit.kind === 'word' && SINGULAR_UNITS.has(unit.low)) {
      const factor = DURATION.get(unit.low) ?? 0;
      return amount(i, k + 1, factor, factor, 's', { factor, rawLo: 1, rawHi: 1, unitWord: unit.low });
    }
  }
  // "percent of 10", "per cent of twenty-two": the number after "of" is the percentage
  let k = -1;
  if (w === 'percent' || w === 'percents') k = i + 1;
  else if (w === 'per' && (isWord(i + 1, 'cent') || isWord(i + 1, 'cents'))) k = i + 2;
  if (k > 0 && isWord(k, 'of') && tok(i - 1).kind !== 'num') {
    const n = readNumber(k + 1);
    const after = n ? tok(n.j) : NONE;
    if (n && !n.vague && !n.article && !n.times && !n.frac && !readUnit(n) && !(HYPHENS.has(after.text) && !after.sp)) {
      return amount(i, n.j, n.lo, n.hi, '%', { unitWord: '%', numInfo: n });
    }
  }
  // "days" in "within days", "days to weeks", "between days and weeks"
  if (options.bare && PLURAL_UNITS.has(w)) {
    const factor = DURATION.get(w) ?? 0;
    const [lo, hi] = vagueTable.table.several ?? [2, 9];
    return amount(i, i + 1, lo * factor, hi * factor, 's', { factor, rawLo: lo, rawHi: hi, approx: true, bare: true, unitWord: w });
  }
  return null;
}

function readRatio(n: Num): Amount | null {
  let k = n.j;
  const word = tok(k).low;
  if (tok(k).kind !== 'word') return null;
  if (word === 'in') {
    k++;
    if (isWord(k, 'every')) k++;
  } else if (word === 'out' && isWord(k + 1, 'of')) k += 2;
  else if (word === 'per') k++;
  else return null;
  const d = readNumber(k);
  if (!d || !d.int || d.vague || d.frac || d.article || d.times || d.plus || d.lo <= 0 || n.lo > d.lo) return null;
  if (word === 'in' && d.year) return null; // "30 in 2009"
  const u = readUnit(d);
  if (u) return null; // "1 in 5 years", "5 per 100 mg"
  if (HYPHENS.has(tok(d.j).text) && !tok(d.j).sp) return null;
  const value = (n.lo / d.lo) * 100;
  return amount(n.i, d.j, value, value, '%', { unitWord: '%', numInfo: n });
}

/** "half of the patients" (50%), "1/4 of", "a quarter of an hour" (15 min), "by half", "half the patients". */
function readShare(n: Num): Amount | null {
  const next = tok(n.j);
  if (next.kind === 'word' && next.low === 'of') {
    let k = n.j + 1;
    if (tok(k).low === 'a' || tok(k).low === 'an') k++;
    const unit = tok(k);
    const factor = unit.kind === 'word' && SINGULAR_UNITS.has(unit.low) ? DURATION.get(unit.low) : undefined;
    if (factor !== undefined) {
      const value = n.lo * factor;
      return amount(n.i, k + 1, value, value, 's', { factor, rawLo: n.lo, rawHi: n.lo, unitWord: unit.low, numInfo: n });
    }
    const value = n.lo * 100;
    return amount(n.i, n.j + 1, value, value, '%', { unitWord: '%', numInfo: n });
  }
  if (isWord(n.i - 1, 'by') || (next.kind === 'word' && SHARE_FOLLOWERS.has(next.low))) {
    const value = n.lo * 100;
    return amount(n.i, n.j, value, value, '%', { unitWord: '%', numInfo: n });
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Ranges, modifiers, merges
// ---------------------------------------------------------------------------------------------------------------

const RANGE_FIRST: AmountOptions = { bare: true, andCompound: true };
const BETWEEN_FIRST: AmountOptions = { bare: true, andCompound: false };

function levenshtein(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, k) => k);
  for (let x = 1; x <= a.length; x++) {
    const next = [x];
    for (let y = 1; y <= b.length; y++) {
      const cost = a[x - 1] === b[y - 1] ? 0 : 1;
      next.push(Math.min((row[y] ?? 0) + 1, (next[y - 1] ?? 0) + 1, (row[y - 1] ?? 0) + cost));
    }
    row = next;
  }
  return row[b.length] ?? 0;
}

/** A typo of a unit: "45 moments to an 60 minutes". Known measurement units ("mg") are not typos. */
function nearMiss(word: Tok, unitWord: string): boolean {
  const w = word.low;
  if (w.length < 2 || MEASURES.has(w) || unitWord === '' || unitWord === '%') return false;
  return w[0] === unitWord[0] || levenshtein(w, unitWord) <= 2;
}

const NOT_A_COUNTED_NOUN: ReadonlySet<string> = new Set(['this', 'was', 'has', 'does', 'less', 'across', 'unless', 'plus', 'thus', 'always', 'perhaps', 'whereas', 'its', 'yes']);
const OTHER_UNITS: ReadonlySet<string> = new Set(['mile', 'km', 'kwh', 'kw', 'psi', 'db', 'mah', 'wh', 'gallon', 'litre', 'liter', 'pound', 'ounce', 'inch', 'foot', 'metre', 'meter']);

/** Whether the word after a number names what it counts ("miles", "sessions", "kWh"), so it borrows no unit. */
function countsOwnThing(word: Tok): boolean {
  if (word.kind !== 'word') return false;
  const w = word.low;
  return OTHER_UNITS.has(w) || (w.length > 3 && w.endsWith('s') && !NOT_A_COUNTED_NOUN.has(w));
}

/** Both sides of a range as one interval; null when they do not make one ("1995-01", "5 mg to 10%"). */
function combine(a: Amount, b: Amount, sorted: boolean, separator = ''): Amount | null {
  if (a.hasUnit && !b.hasUnit) {
    // "an hour or two", "a week or two": the second number borrows the first one's unit
    const n = b.numInfo;
    // So does the second price of "$75-140".
    if ((separator !== 'or' && !isCurrency(a.unit)) || !n || n.vague || n.frac || n.times || n.article || MEASURES.has(tok(b.j).low)) return null;
    // "5 years or 60,000 miles", "2 weeks or 3 sessions": the second number counts something of its own.
    if (separator === 'or' && countsOwnThing(tok(b.j))) return null;
    b = { ...b, lo: b.rawLo * a.factor, hi: b.rawHi * a.factor, unit: a.unit, hasUnit: true, factor: a.factor, unitWord: a.unitWord };
  }
  if (a.hasUnit && a.unit !== b.unit) return null;
  if (Boolean(a.numInfo?.times) !== Boolean(b.numInfo?.times)) return null;
  const lo = a.hasUnit ? a.lo : a.rawLo * b.factor;
  const hi = a.hasUnit ? a.hi : a.rawHi * b.factor;
  let min = lo;
  let max = b.hi;
  if (lo > b.lo || hi > b.hi) {
    if (!sorted) return null;
    min = b.lo;
    max = hi;
  }
  if (min === max && !a.approx && !b.approx) return null; // "5-5"
  return amount(a.i, b.j, min, max, b.unit, { hasUnit: b.hasUnit, factor: b.factor, rawLo: min, rawHi: max, approx: a.approx || b.approx, unitWord: b.unitWord });
}

/** The side after a range separator; tolerates a stray article before a number ("to an 60 minutes"). */
function readSecondSide(k: number): Amount | null {
  // "2 to about 3 months": the second side may be rounded; the range is then approximate.
  const rounded = tok(k).kind === 'word' && SECOND_SIDE_ROUNDED.has(tok(k).low);
  if (rounded) k++;
  if ((tok(k).low === 'a' || tok(k).low === 'an') && tok(k).kind === 'word' && tok(k + 1).kind === 'num') k++;
  const side = readAmount(k, RANGE_FIRST);
  return side !== null && rounded ? { ...side, approx: true } : side;
}
/** "30-70+ years", "between 40 and 100+ years": a plus on the second side leaves the range without a top. */
function plusOnTop(side: Amount): boolean {
  return side.numInfo?.plus === true;
}
const SECOND_SIDE_ROUNDED: ReadonlySet<string> = new Set(['about', 'around', 'roughly', 'approximately']);
const ENDLESS: ReadonlySet<string> = new Set(['lifetime', 'life', 'forever']);
const OPEN_TOP: readonly (readonly string[])[] = [['well', 'over'], ['over'], ['more', 'than'], ['upwards', 'of'], ['beyond']];

function readCore(i: number, allowLoneBare: boolean): Amount | null {
  const t = tok(i);
  // "often within the hour", "within the first week": within one ("within the", "within the first" is the modifier).
  const afterWithinThe = isWord(i - 1, 'the') ? i - 2 : (isWord(i - 1, 'first') || isWord(i - 1, 'next')) && isWord(i - 2, 'the') ? i - 3 : -1;
  if (allowLoneBare && t.kind === 'word' && WITHIN_THE.has(t.low) && afterWithinThe >= 0 && isWord(afterWithinThe, 'within')) {
    const factor = DURATION.get(t.low) ?? 0;
    return amount(i, i + 1, factor, factor, 's', { factor, rawLo: 1, rawHi: 1, unitWord: t.low });
  }
  if (t.kind === 'word' && t.low === 'between') {
    // "between roughly ninety minutes and three hours": the first side may be rounded too; the range is then approximate.
    const rounded = tok(i + 1).kind === 'word' && SECOND_SIDE_ROUNDED.has(tok(i + 1).low);
    const a = readAmount(rounded ? i + 2 : i + 1, BETWEEN_FIRST);
    if (!a) return null;
    const sep = tok(a.j);
    if (!BETWEEN_SEPARATORS.has(sep.low)) return null;
    const b = readSecondSide(a.j + 1);
    if (!b) return null;
    const range = combine(a, b, true);
    return range ? { ...range, i, approx: range.approx || rounded, openTop: plusOnTop(b) } : null;
  }
  if (t.kind === 'word' && t.low === 'from' && !CHANGE_VERBS.has(tok(i - 1).low)) {
    const a = readAmount(i + 1, RANGE_FIRST);
    if (!a) return null;
    // "from a few weeks up to about 3 months": the "up" adds nothing to the range.
    const at = isWord(a.j, 'up') && isWord(a.j + 1, 'to') ? a.j + 1 : a.j;
    const sep = tok(at);
    if (!FROM_SEPARATORS.has(sep.low)) return null;
    // "warranties ranging from 15 years to lifetime", "from ten years to a lifetime": at least the first side, no end.
    const lifetime = isWord(at + 1, 'a') ? at + 2 : at + 1;
    if (a.unit === 's' && a.hasUnit && sep.low === 'to' && ENDLESS.has(tok(lifetime).low)) return { ...a, i, j: lifetime + 1, openTop: true };
    // "from two weeks to over a month", "from 10 to more than 20 days": at least the first side, no top.
    const past = OPEN_TOP.find((words) => words.every((word, k) => isWord(at + 1 + k, word)));
    // "from a week to up to a year": the second "up to" adds nothing either.
    const upTo = past === undefined && isWord(at + 1, 'up') && isWord(at + 2, 'to') ? 2 : 0;
    const b = readSecondSide(at + 1 + (past?.length ?? upTo));
    if (!b) return null;
    const range = combine(a, b, false);
    return range ? { ...range, i, openTop: past !== undefined || plusOnTop(b) } : null;
  }
  const a = readAmount(i, RANGE_FIRST);
  if (!a) return null;
  const changing = isWord(i - 1, 'from') && CHANGE_VERBS.has(tok(i - 2).low);
  if (!changing) {
    let k = a.j;
    let typo: Tok | null = null;
    // "45 moments to an 60 minutes": an unknown word between a unitless number and the separator
    if (!a.hasUnit && !a.bare && tok(k).kind === 'word' && tok(k).sp && RANGE_SEPARATORS.has(tok(k + 1).low) && tok(k + 1).low !== 'or' && !RANGE_SEPARATORS.has(tok(k).low)) {
      typo = tok(k);
      k++;
    }
    // "weeks, or even months", "two or perhaps three years": the second side stretches the first. The separator
    // is then the "or" (past a comma), and the second side starts past "even".
    const stretched = stretchedBy(k);
    if (stretched > 0) k += stretched - 2;
    const second = stretched > 0 ? k + 2 : k + 1;
    const sep = tok(k);
    if (RANGE_SEPARATORS.has(sep.low) && (sep.kind === 'word' || sep.kind === 'sym')) {
      // a glued hyphen followed by a word is a compound ("5-year"), not a range; read by the unit
      const b = readSecondSide(second);
      if (b && (!typo || (b.hasUnit && nearMiss(typo, b.unitWord)))) {
        const range = combine(a, b, false, sep.low);
        if (range) return plusOnTop(b) ? { ...range, openTop: true } : range;
      }
    }
  }
  if (a.bare && !allowLoneBare) return null;
  return a;
}

const STRETCHING: ReadonlySet<string> = new Set(['even', 'possibly', 'perhaps', 'sometimes', 'occasionally']);

/** How many tokens ", or even" (3) or "or even" (2) takes at k, where a range's second side stretches the first; else 0. */
function stretchedBy(k: number): number {
  const comma = tok(k).low === ',' ? 1 : 0;
  return isWord(k + comma, 'or') && STRETCHING.has(tok(k + comma + 1).low) ? comma + 2 : 0;
}

function interval(core: Amount, modified: boolean): Expr {
  return { i: core.i, j: core.j, min: core.lo, max: core.hi, minInc: true, maxInc: true, unit: core.unit, approx: core.approx, modified, amount: core, range: core.lo !== core.hi };
}

/** How far below X "nearly X" reaches. */
const NEARLY = 0.9;

function applyOp(op: Op, core: Amount, start: number): Expr {
  const e = interval(core, true);
  e.i = start;
  switch (op) {
    case 'gt':
    case 'over':
      return { ...e, max: null, maxInc: false, minInc: false };
    case 'gtApprox':
      return { ...e, max: null, maxInc: false, minInc: false, approx: true };
    case 'ge':
      return { ...e, max: null, maxInc: false };
    case 'lt':
      return { ...e, min: null, minInc: false, maxInc: false };
    case 'le':
      return { ...e, min: null, minInc: false };
    case 'nearly':
      // Close below X: within the tenth an approximate figure is allowed anyway ("nearly 90%" is not 65%).
      return { ...e, min: e.min === null ? null : e.min * NEARLY, minInc: true, maxInc: false, approx: true };
    case 'approx':
      return { ...e, approx: true };
    case 'within':
    case 'by':
      return { ...e, min: 0 };
    case 'eq':
      return e;
  }
}

const BARE_DURATION_BEFORE = new Set(['for', 'last', 'lasts', 'lasted', 'lasting']);
// A word before "by" that makes it the size of a change: "shorter by a day", "lengthened by a week".
const CHANGED_BY = /(?:ed|er|en)$/;

/** Whether the "by" at token i gives the size of a change: right after a comparative or past form, or a verb of change a few words back ("cut recovery time by two weeks"). */
function changedBy(i: number): boolean {
  if (CHANGED_BY.test(tok(i - 1).low)) return true;
  for (let back = 1; back <= 4; back++) if (CHANGE_VERBS.has(tok(i - back).low)) return true;
  return false;
}

function readExpr(i: number): Expr | null {
  const modifier = matchPhrase(MODIFIERS, i);
  if (modifier) {
    const op = modifier.value;
    const core = readCore(modifier.j, op === 'within');
    if (core && !(op === 'approx' && tok(i).low === 'some' && core.approx)) {
      if (op === 'over' && core.unit === 's' && !OVER_AS_BOUND_BEFORE.has(tok(i - 1).low)) return applySuffix(interval(core, false));
      // "by 8 weeks, your vision should be fully recovered": a deadline, as "within"; "reduced by 30%", or "by 2 hours"
      // after a verb of change, is the size of a change, read as the figure itself.
      if (op !== 'by') return applySuffix(applyOp(op, core, i));
      // Only before a number ("by 8 weeks"): "by month 3" and "by the 4th week" are read from their own words.
      if (tok(modifier.j).kind === 'num') return applySuffix(core.unit === 's' && !changedBy(i) ? applyOp('within', core, i) : interval(core, false));
    }
  }
  // "lasts months", "for weeks": a bare plural after "for" or a verb of lasting is a duration on its own.
  const core = readCore(i, BARE_DURATION_BEFORE.has(tok(i - 1).low));
  if (!core) return null;
  const n = core.numInfo;
  let e = interval(core, false);
  if (core.openTop) e = { ...e, max: null, maxInc: false, modified: true };
  else if (n && n.plus && core.i === n.i && core.lo === core.hi) e = { ...e, max: null, maxInc: false, modified: true };
  // "often 20%+", "usually 20-25%+": a plus after the unit is "or more" too.
  else if (core.unit === '%' && tok(core.j).text === '+' && !tok(core.j).sp) e = { ...e, j: core.j + 1, max: null, maxInc: false, modified: true };
  return applySuffix(e);
}

/** Whether a number (or a quantity) starts at token k: then "or more than" belongs to it, not to the value before. */
function startsNumber(k: number): boolean {
  const t = tok(k);
  if (t.kind === 'num') return true;
  if (t.kind === 'sym' && CURRENCY_SYMBOLS.has(t.text) && tok(k + 1).kind === 'num') return true;
  return readNumber(k) !== null;
}

function applySuffix(e: Expr): Expr {
  // "3% APY or more": past the rate's short name, the bound is still the figure's.
  const named = tok(e.j).kind === 'word' && /^[A-Z]{2,5}$/.test(tok(e.j).text) ? matchPhrase(SUFFIXES, e.j + 1) : null;
  const suffix = matchPhrase(SUFFIXES, e.j) ?? (named !== null && named.value !== 'approx' && named.value !== 'orEqual' ? named : null);
  if (!suffix) return e;
  let j = suffix.j;
  const kind = suffix.value;
  if (kind === 'orEqual') {
    if (startsNumber(j)) return e;
    if (e.min === null && e.max !== null) return { ...e, j, maxInc: true };
    if (e.max === null && e.min !== null) return { ...e, j, minInc: true };
    return e;
  }
  if (kind === 'approx') return { ...e, j, approx: true };
  if (startsNumber(j)) return e;
  // a dangling "than": "200 or greater than"
  if (isWord(j, 'than') && !startsNumber(j + 1)) j++;
  if (kind === 'ge' && e.min !== null) return { ...e, j, max: null, maxInc: false, modified: true };
  if (kind === 'le' && e.max !== null) return { ...e, j, min: null, minInc: false, modified: true };
  return e;
}

/** "more than 10 and less than 20" → (10, 20); "at most 100 and at least 20" → [20, 100]; "as high as 80% or as low as 40%" → [40%, 80%]. */
function tryMerge(e: Expr): Expr | null {
  const lowerOpen = e.min === null && e.max !== null;
  const upperOpen = e.max === null && e.min !== null;
  if (!lowerOpen && !upperOpen) return null;
  let k = e.j;
  let joined = false;
  if (tok(k).text === ',') {
    k++;
    joined = true;
  }
  // "as high as 80% or as low as 40%": the two ends of what varies (bounds that leave a gap stay apart below).
  if (isWord(k, 'and') || isWord(k, 'but') || isWord(k, 'or')) {
    k++;
    joined = true;
  }
  if (!joined) return null;
  const other = readExpr(k);
  if (!other || !other.modified || other.unit !== e.unit) return null;
  const lower = upperOpen ? e : other;
  const upper = upperOpen ? other : e;
  if (lower.min === null || lower.max !== null || upper.max === null || upper.min !== null) return null;
  if (lower.min > upper.max || (lower.min === upper.max && !(lower.minInc && upper.maxInc))) return null;
  return {
    i: e.i,
    j: other.j,
    min: lower.min,
    max: upper.max,
    minInc: lower.minInc,
    maxInc: upper.maxInc,
    unit: e.unit,
    approx: e.approx || other.approx,
    modified: true,
    amount: null,
    range: true,
  };
}

/** A lone word that only looks like a number: the pronoun "one" ("the one", "one of the most…"). */
function isPronounOne(e: Expr): boolean {
  const n = e.amount?.numInfo;
  if (!n || !n.one || e.modified || e.range || e.unit !== '' || e.i !== n.i || e.j !== n.j) return false;
  if (ONE_PRONOUN_BEFORE.has(tok(n.i - 1).low)) return true;
  const after = tok(n.j);
  if (ONE_PRONOUN_AFTER.has(after.low)) return true;
  if (after.low === 'of' && ONE_OF_PRONOUN.has(tok(n.j + 1).low)) return true;
  return false;
}

function clean(value: number): number {
  // 0.1 * 3600 style noise: keep 12 significant digits
  if (Number.isInteger(value)) return value;
  const rounded = Number(value.toPrecision(12));
  return Object.is(rounded, -0) ? 0 : rounded;
}

// ---------------------------------------------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------------------------------------------

/** Words between "aged" and its figure: "aged over 65 years", "aged up to 10 years". */
const AGE_BOUND: ReadonlySet<string> = new Set(['over', 'under', 'between', 'from', 'up', 'to', 'about', 'around', 'at', 'least', 'more', 'less', 'than']);

/**
 * "An eleven-year-old son", "a two-year-old laptop", "children 5 years old", "aged 5 to 10 years": an age, which
 * says nothing about how long anything lasts. Read and dropped, so its number is not taken as a count either.
 */
function isAge(e: Expr): boolean {
  if (e.unit !== 's') return false;
  let back = e.i - 1;
  while (AGE_BOUND.has(tok(back).low) && back > e.i - 4) back--;
  if (isWord(back, 'aged')) return true;
  let k = e.j;
  if (tok(k).text === '-' && !tok(k).sp) k++;
  return isWord(k, 'old') || isWord(k, 'olds') || (isWord(k, 'of') && isWord(k + 1, 'age'));
}

/** Every quantity in a sentence, as intervals with units; offsets into `text`, end exclusive, sorted by start, non-overlapping (the longest reading wins). */
export function extractValues(text: string, vague: VagueQuantities = DEFAULT_VAGUE_QUANTITIES): ValueMention[] {
  const table = compiled(vague);
  if (!table.precheck.test(text)) return [];
  vagueTable = table;
  toks = lex(text);
  const out: ValueMention[] = [];
  try {
    let i = 0;
    while (i < toks.length) {
      const e = readExpr(i);
      if (!e || e.j <= i || isPronounOne(e)) {
        i++;
        continue;
      }
      const final = tryMerge(e) ?? e;
      if (isAge(final)) {
        i = final.j;
        continue;
      }
      const start = tok(final.i).start;
      const end = tok(final.j - 1).end;
      out.push({
        text: text.slice(start, end),
        start,
        end,
        min: final.min === null || !Number.isFinite(final.min) ? null : clean(final.min),
        max: final.max === null || !Number.isFinite(final.max) ? null : clean(final.max),
        minInclusive: final.min === null || !Number.isFinite(final.min) ? false : final.minInc,
        maxInclusive: final.max === null || !Number.isFinite(final.max) ? false : final.maxInc,
        unit: final.unit,
        approximate: final.approx,
      });
      i = final.j;
    }
  } finally {
    toks = [];
  }
  return out;
}
