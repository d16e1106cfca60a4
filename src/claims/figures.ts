import { isCurrency } from '../text/numbers.js';
import { clauseEnd, clauseStart } from './subgroups.js';
import type { TextRange, ValueMention } from '../types.js';

// What a figure is, read from the words right around it: a share of people, a frequency, a level, a change, a
// control group's result. Each predicate looks at the sentence text only, so any subject's prose reads alike.

// "80% of patients", "a third of participants", "one in three adults": a figure that counts people. So does a
// percentage that is the subject of a verb of outcome ("94% lose weight", "about 45% improved").
const PEOPLE_AFTER =
  /^\s*(?:(?:of|in)\s+)?(?:the\s+|our\s+|all\s+|trial\s+|study\s+)?(?:patients|people|participants|users|customers|clients|members|men|women|adults|children|subjects|respondents|individuals|those|volunteers)\b/i;
const OUTCOME_VERB_AFTER = /^\s+(?:of\s+them\s+)?(?:lose|lost|see|saw|report|reported|respond|responded|feel|felt|improve|improved|achieve|achieved|notice|noticed|get|got)\b/i;

/** Whether a figure is a share of people rather than an amount. */
export function isShareOfPeople(text: string, value: ValueMention): boolean {
  if (value.unit !== '%') return false;
  const after = text.slice(value.end);
  return PEOPLE_AFTER.test(after) || OUTCOME_VERB_AFTER.test(after);
}

/** An amount that picks out whom a share counts, for its key: "20%-or-more", "under-5%", "5-10%". */
export function thresholdLabel(value: ValueMention): string {
  if (value.min !== null && value.max === null) return `${value.min}${value.unit}-or-more`;
  if (value.min === null && value.max !== null) return `under-${value.max}${value.unit}`;
  if (value.min === value.max) return `${value.min}${value.unit}`;
  return `${value.min}-${value.max}${value.unit}`;
}

/**
 * The score a figure's people reach, written like "20/20", when its clause names one: "70 percent achieve 20/20
 * vision; 92 percent achieve 20/40" and "Success rates for 20/20 vision range from 85 to 90 percent" count people
 * at one score each. The first score after the figure, else the last before it; null when the clause names none.
 */
export function scoreReached(text: string, value: TextRange): string | null {
  const start = clauseStart(text, value.start, CLAUSE_STOP);
  const end = clauseEnd(text, value.end, CLAUSE_STOP);
  let before: string | null = null;
  for (const found of text.slice(start, end).matchAll(SCORE)) {
    // Not "24/7" (no score runs past its scale) nor a fraction of people ("1/3 of patients").
    if (Number(found[1]) > Number(found[2]) || /^\s+of\b/i.test(found[3] ?? '')) continue;
    const score = `${found[1]}/${found[2]}`;
    if (start + found.index >= value.end) return score;
    if (start + found.index + score.length <= value.start) before = score;
  }
  return before;
}
// A score and the word after it, if any: "20/20 vision", "20/40 or better", "9/10 rating".
const SCORE = /(?<![\d/])(\d{1,3})\/(\d{1,3})(?![\d/])(\s+[a-z]+)?/gi;
const CLAUSE_STOP = /[;!?]/;

// "one session a week", "two calls per month", "once a day": how often, said with "a"/"per" after a count.
const PER_UNIT = /\b(?:sessions?|visits?|calls?|times|treatments?|appointments?|classes|doses?|capsules?|pills?|tablets?|once|twice)\s+$/i;

/**
 * Whether a duration says how often or when, not how long: "every 2 weeks", "4 to 6 weeks apart", "the 4-week
 * follow-up", "one session a week".
 */
export function isInterval(text: string, value: ValueMention): boolean {
  if (value.unit !== 's') return false;
  const before = text.slice(Math.max(0, value.start - 24), value.start);
  // "every 2 weeks", "4 to 6 weeks apart", "2 weeks in between", "the 4-week follow-up", "for two weeks before and
  // after each session".
  if (/\bevery\s+(?:other\s+)?$/i.test(before) || /^\s*(?:apart|in\s+between|between\s+(?:sessions|treatments|appointments|visits)|follow-?up|mark|check-?up|before (?:and|or) after|prior to|ahead of)\b/i.test(text.slice(value.end))) return true;
  return /^(?:a|an|per)\s/i.test(value.text) && PER_UNIT.test(before);
}

// A study's length: "In a 12-week study, …", "clinical trials lasting about 3 months", "a six-month randomized trial".
// A bare "trial" is left alone, since a seller's "30-day trial" is a trial period.
const STUDY_AFTER = /^[\s-]*(?:long\s+)?(?:(?:clinical|randomi[sz]ed|controlled|placebo-controlled|pilot|open-label|double-blind|observational)\s+)*(?:stud(?:y|ies)|trials)\b|^[\s-]*(?:long\s+)?(?:clinical|randomi[sz]ed|controlled|placebo-controlled|pilot|open-label|double-blind)\s+trial\b/i;
// "studies lasting 12 weeks"; a follow-up too: "Studies tracking users for a full year", "patients followed for 5 years".
const STUDY_BEFORE =
  /\b(?:stud(?:y|ies)|trials)\s+(?:that\s+)?(?:lasting|lasted|last|running|ran|of)\s+(?:about\s+|around\s+|roughly\s+|just\s+|only\s+|over\s+)?$|\b(?:tracking|tracked|followed|monitored)\s+(?:[a-z]+\s+){0,3}for\s+(?:about\s+|around\s+|roughly\s+|up\s+to\s+|over\s+)?(?:an?\s+)?$/i;

/** Whether a duration is how long a study ran, not how long anything in it took. */
export function isStudyLength(text: string, value: ValueMention): boolean {
  return value.unit === 's' && (STUDY_AFTER.test(text.slice(value.end, value.end + 60)) || STUDY_BEFORE.test(text.slice(Math.max(0, value.start - 40), value.start)));
}

/**
 * Whether a duration is given per period ("five days a week", "8 hours per day"): a schedule or a workload, which
 * only a trigger that names the period itself ("hours a week") measures.
 */
export function isPerPeriod(text: string, value: ValueMention): boolean {
  return value.unit === 's' && /^\s*(?:a|an|per|each)\s+(?:day|night|week|month|year)\b/i.test(text.slice(value.end, value.end + 20));
}

/**
 * Whether a percentage names a level, a promise or a price rather than a share: "the 80% speech-recognition
 * threshold", "100% satisfaction guaranteed", "30% off", "costs 70% less", "save 25%".
 */
export function isLevel(text: string, value: ValueMention): boolean {
  if (value.unit !== '%') return false;
  const after = text.slice(value.end, value.end + 60);
  if (/^\s*(?:[a-z-]+\s+){0,2}(?:threshold|cutoff|cut-off|target|score|mark|guarantee|guaranteed)\b/i.test(after) || /^\s*(?:off|less|more|cheaper|discount)\b/i.test(after)) return true;
  return /\b(?:save|saving|discount of|discounted by)\s+(?:up to\s+)?$/i.test(text.slice(Math.max(0, value.start - 24), value.start)) && !RUNNING_COSTS_AFTER.test(after);
}

// "save 60 to 80% on their electricity bills": what owners save on what they pay to run it is a result, not a
// promotion ("save 15% on installation").
const RUNNING_COSTS_AFTER = /^\s*(?:on|off|in)\s+(?:(?:their|your|the|his|her|our|its|an?|average|typical|annual|monthly|yearly)\s+)*(?:[a-z-]+\s+){0,2}(?:bills?|costs?|energy|heating|cooling|electricity|fuel|usage|consumption|expenses)\b/i;

const CHANGE_BEFORE = /\bby\s+(?:an?\s+average\s+of\s+|on\s+average\s+)?$/i;
// A change named as a noun: "a 25% increase in muscle thickness", "an increase in muscle thickness of 12 to 15 percent".
const CHANGE_NOUNS = 'increase|decrease|reduction|rise|drop|gain|improvement|boost|decline';
const CHANGE_NOUN = `(?:${CHANGE_NOUNS})`;
const CHANGE_NOUN_AFTER = new RegExp(String.raw`^\s*(?:average\s+|mean\s+|overall\s+)?${CHANGE_NOUN}\s+in\s+(?:the\s+|your\s+|their\s+)?(?:overall\s+|total\s+|average\s+|mean\s+)?((?:(?:appearance|amount|number|risk|frequency|severity|size|length|duration|intensity|rate)\s+of\s+)?[a-z][a-z0-9-]+)`, 'i');
const CHANGE_NOUN_BEFORE = new RegExp(String.raw`\b(${CHANGE_NOUN})\s+in\s+(?:the\s+|your\s+|their\s+)?(?:(?:appearance|amount|number|risk|frequency|severity|size|length|duration|intensity|rate)\s+of\s+)?([a-z][a-z0-9-]+)(?:\s+[a-z0-9-]+){0,4}?\s+of\s+(?:about\s+|roughly\s+|around\s+|up\s+to\s+|nearly\s+|almost\s+)?$`, 'i');
// A change named by a compound before it: "an average sweat reduction of 82%", "the average sweat reduction at twelve
// months was 55 to 60 percent".
const CHANGE_COMPOUND_BEFORE = new RegExp(
  String.raw`\b([a-z][a-z0-9-]+)\s+(${CHANGE_NOUNS}|loss)\b[^.;:,]{0,40}?\s(?:of|was|is|were|are|averaged|reached)\s+(?:about\s+|roughly\s+|around\s+|up\s+to\s+|nearly\s+|almost\s+|an\s+average\s+of\s+)?$`,
  'i',
);
// "0.5 to 0.9 percentage points below the big banks", "30% less pain", "20% higher than": a difference.
const DIFFERENCE_AFTER = /^\s*(?:below|above|lower|higher|less|more|cheaper|better|worse)\b/i;

/** Whether a percentage is a change ("by 40%", "30% less", "0.5 percentage points below") rather than a rate. */
export function isChange(text: string, value: ValueMention): boolean {
  if (value.unit !== '%') return false;
  return (
    CHANGE_BEFORE.test(text.slice(Math.max(0, value.start - 30), value.start)) ||
    /\bpoints?$/i.test(value.text) ||
    DIFFERENCE_AFTER.test(text.slice(value.end, value.end + 20)) ||
    CHANGE_NOUN_AFTER.test(text.slice(value.end, value.end + 60)) ||
    CHANGE_NOUN_BEFORE.test(text.slice(Math.max(0, value.start - 90), value.start)) ||
    compoundChange(text, value) !== null
  );
}

// "reduces fat in the treated area by 20 to 25 percent", "slows myopia progression by 80%": what is changed, and how.
const CHANGE_OF =
  /\b(reduc|cut|lower|decreas|slow|shrink|improv|increas|boost|rais)(?:es|e|ed|ing|s|ted|ting|ped)?\s+(?:the\s+|your\s+|their\s+|its\s+)?(?:(?:[a-z]+\s+)?(?:appearance|amount|number|risk|frequency|severity|size|length|duration|intensity|rate)\s+of\s+)?([a-z][a-z-]+)(?:\s+(?!by\b)[a-z-]+){0,5}?\s+by\s+(?:an?\s+average\s+of\s+|on\s+average\s+|roughly\s+|about\s+|around\s+|up\s+to\s+|as\s+much\s+as\s+)?$/i;
const DETERMINERS = new Set(['a', 'an', 'the', 'your', 'their', 'its', 'our', 'this', 'that', 'it', 'them', 'you', 'us']);

/**
 * What a change figure measures ("fat-reduction" for "reduces fat … by 20 to 25 percent"), so that changes of the
 * same thing in the same direction are compared with each other, never with a rate. Null when the sentence does
 * not say what changes.
 */
export function changeMeasure(text: string, value: ValueMention): string | null {
  const [verb, thing] = changeWords(text, value);
  if (thing === '' || DETERMINERS.has(thing.toLowerCase())) return null;
  return `${thing.toLowerCase()}-${direction(verb.toLowerCase())}`;
}

const CHANGE_WORD = new RegExp(String.raw`^${CHANGE_NOUN}$`, 'i');

/** The word of change and the thing changed, from whichever wording a figure has: ["reduc", "fat"], or ["", ""]. */
function changeWords(text: string, value: ValueMention): [string, string] {
  const after = CHANGE_NOUN_AFTER.exec(text.slice(value.end, value.end + 60));
  if (after !== null) return [after[0].trim().split(/\s+/).find((word) => CHANGE_WORD.test(word)) ?? '', lastWord(after[1] as string)];
  const before = text.slice(Math.max(0, value.start - 90), value.start);
  const found = CHANGE_OF.exec(before) ?? CHANGE_NOUN_BEFORE.exec(before);
  if (found !== null) return [found[1] as string, found[2] as string];
  // The compound names the thing first: "sweat reduction of 82%".
  const compound = compoundChange(text, value);
  return compound === null ? ['', ''] : [compound[2] as string, compound[1] as string];
}

/** "sweat reduction of 82%": what changes, and the noun of change, when a compound names them before the figure. */
function compoundChange(text: string, value: ValueMention): RegExpExecArray | null {
  const found = CHANGE_COMPOUND_BEFORE.exec(text.slice(Math.max(0, value.start - 90), value.start));
  // "weight loss" is an amount measure of its own, and "the average" or "a" names nothing that changes.
  return found === null || DETERMINERS.has((found[1] as string).toLowerCase()) || /^(?:average|mean|overall|total|typical|weight|price|cost|fee|tax|premium|rent|salary)$/i.test(found[1] as string) ? null : found;
}

/** The thing in "appearance of cellulite": the word after "of", or the word itself. */
function lastWord(phrase: string): string {
  return phrase.split(/\s+/).pop() as string;
}

/** Which way a change goes, from its verb or noun ("reduc", "increase", "drop"): increase, improvement or reduction. */
function direction(word: string): string {
  if (/^improv/.test(word)) return 'improvement';
  return /^(?:increas|boost|rais|rise|gain)/.test(word) ? 'increase' : 'reduction';
}

// After a count, what makes it a frequency: "two sessions per week", "3 visits a month", "twice a day".
const FREQUENCY_AFTER = /^\s*(?:[a-z-]+\s+){0,2}(?:per|a|an|each|every)\s+(?:day|week|month|year|fortnight)\b/i;
// Money the number reader leaves a plain count ("$900" and "100 dollars" it reads in dollars): a currency code
// before it ("USD 40"), a symbol set apart ("$ 900"), a currency word it did not take ("… US dollars", "bucks").
const CURRENCY_BEFORE = /(?:[$£€¥]|\b(?:usd|eur|gbp|aud|cad))\s*$/i;
const CURRENCY_AFTER = /^\s*(?:dollars?|euros?|pounds?|bucks|usd|eur|gbp)\b/i;
// A product's name: "the Ridge 2", "Pixel 8" (a capitalised word inside the sentence, right before the number).
// Not an adverb or a function word that opens a label's answer: "Number of treatments: Usually a single peel".
const NAME_BEFORE = /[a-z,;:)]\s+(?![A-Z][a-z]*ly\s$|(?:About|Around|Approximately|Often|Only|Just|Up|Over|Under|Between|From|At|In|For|Within|After|Before|Almost|Maybe|Perhaps|Most|Some|Many|Any|No|Every|Each|Less|More|Fewer|Never|Always|Once|Twice|Then)\s$)[A-Z][A-Za-z-]*\s$/;
// A number that names rather than counts: "Class 3", "Phase 3 trial", "type 2 diabetes", "grade 4", "Model 3".
const LABEL_BEFORE = /\b(?:class|model|type|phase|stage|grade|level|version|gen|generation|series|mark|tier|category|size|step|chapter|section|page|room|no\.|number|#)\s*$/i;

/**
 * Whether a plain count counts something other than what a count topic measures: a price ("$900"), a
 * frequency ("two sessions per week"), people ("120 patients"), one of many ("one server …, another"), or nothing
 * at all, a number that names a class, model or stage ("Class 3", "type 2"), a citation ("[2]") or an item's
 * number ("2. You'll need…").
 */
export function isOtherCount(text: string, value: ValueMention, countedIn: readonly string[] = [], years = false): boolean {
  // countedIn: words the topic counts in ("dB" for a noise topic), which a physical unit after the figure may be.
  if (value.unit !== '') return false;
  const after = text.slice(value.end, value.end + 40);
  const before = text.slice(Math.max(0, value.start - 12), value.start);
  // "[2]": a citation marker, not a count; "2. You'll need a handful of visits": a list or heading number.
  if (before.endsWith('[') && text[value.end] === ']') return true;
  if (/^\W*$/.test(text.slice(0, value.start)) && /^[.)]\s/.test(text.slice(value.end, value.end + 2))) return true;
  // A period the topic counts in is its unit, not a frequency: "4 per year" for a topic of lounge visits per year.
  const ownUnit = (): boolean => followedByUnit(text, value, countedIn);
  // "did a full course in 2021": a year (unless the topic counts in years: `years`).
  if (!years && /^(?:1[89]|20)\d\d$/.test(value.text.trim()) && !ownUnit()) return true;
  // "When one server gets blocked, another one usually works": one of many, not a count of one.
  if (/^one$/i.test(value.text.trim()) && /^\s[a-z-]+\b[^.;:!?]{0,60}?\b(?:another|the other)\b/i.test(after)) return true;
  return (
    CURRENCY_BEFORE.test(before) ||
    LABEL_BEFORE.test(before) ||
    NAME_BEFORE.test(before) ||
    // "1,000 pounds of salt" for a topic that counts in pounds: a weight, not money.
    (CURRENCY_AFTER.test(after) && !ownUnit()) ||
    (FREQUENCY_AFTER.test(after) && !ownUnit()) ||
    // "six children" is a head count unless the topic counts in children ("Each class holds six children").
    (PEOPLE_AFTER.test(after) && !ownUnit()) ||
    (MEASURE_AFTER.test(after) && !ownUnit())
  );
}

/**
 * Whether a plain count counts things rather than what a topic of one counted thing measures (sessions, visits):
 * "the number of treatments varies, depending on several factors", "for a few reasons". A topic that counts whatever
 * noun follows (`counts: true`) keys such a figure by its noun instead.
 */
export function countsOtherThings(text: string, value: ValueMention, countedIn: readonly string[] = []): boolean {
  return value.unit === '' && NO_COUNTED_THING_AFTER.test(text.slice(value.end, value.end + 40)) && !followedByUnit(text, value, countedIn);
}

const NO_COUNTED_THING_AFTER = /^\s+(?:[a-z-]+\s+)?(?:factors?|reasons?|ways?|things?|variables?|aspects?|considerations?|options?|kinds?|questions?|tips?)\b/i;

/**
 * Whether one of a topic's unit words follows a figure: "310 miles", "40,000-grain capacity" (joined by a
 * hyphen), "8,000 full cycles" (a unit word of two words).
 */
export function followedByUnit(text: string, value: ValueMention, words: readonly string[]): boolean {
  return unitWordAfter(text, value, words) !== undefined;
}

// One word that describes what is counted may stand between a count and its unit word ("four full-time mechanics",
// "12 weekly in-office visits"), but not one that changes the count ("3 more sessions") or is a unit itself ("2-hour
// sessions" are sessions of two hours).
const DESCRIBING_WORD = /^([a-z]+(?:-[a-z]+)*)\s+/;
const NOT_DESCRIBING =
  /^(?:more|extra|additional|further|fewer|less|other|of|per|a|an|the|to|or|and|than|times|x|seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|percent|kg|lb|lbs|miles?|km)$|-(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)$/;

/** The unit word after a figure as the text writes it ("GB" in "256 GB"), and where it ends. */
export function unitWordAfter(text: string, value: ValueMention, words: readonly string[]): { word: string; end: number } | undefined {
  const rest = text.slice(value.end, value.end + 60);
  const lead = /^-?\s*/.exec(rest)?.[0].length ?? 0;
  const direct = unitWordAt(rest, lead, words, value.end);
  if (direct !== undefined || value.unit !== '') return direct;
  const describing = DESCRIBING_WORD.exec(rest.slice(lead).toLowerCase());
  if (describing === null || NOT_DESCRIBING.test(describing[1] as string)) return undefined;
  return unitWordAt(rest, lead + describing[0].length, words, value.end);
}

/** The longest of `words` written at `at` in `rest` ("kWh per year" over "kWh"), and where it ends (`rest` starts at `base`). */
function unitWordAt(rest: string, at: number, words: readonly string[], base: number): { word: string; end: number } | undefined {
  const after = rest.slice(at).toLowerCase();
  let word: string | undefined;
  for (const candidate of words) {
    if (after.startsWith(candidate) && !/[a-z0-9]/.test(after[candidate.length] ?? '') && candidate.length > (word?.length ?? 0)) word = candidate;
  }
  return word === undefined ? undefined : { word: rest.slice(at, at + word.length), end: base + at + word.length };
}

/**
 * Whether a figure counts in one of a topic's unit words: followed by one, or given under one as a label
 * ("Servers: 1,400", and a table row "| Servers | 1,400 |", read as label and cell).
 */
export function countsIn(text: string, value: ValueMention, words: readonly string[]): boolean {
  if (followedByUnit(text, value, words)) return true;
  const before = text.slice(Math.max(0, value.start - 40), value.start).toLowerCase();
  const label = /(?:^|[^a-z0-9])([a-z][a-z -]*?)\s*:\s*$/.exec(before)?.[1];
  if (label !== undefined && words.some((word) => label === word || label.endsWith(` ${word}`))) return true;
  // A unit in brackets after the label: "| Print speed (mm/s) | 900 |", read as "Print speed (mm/s): 900".
  const bracketed = /\(\s*([^()]{1,20}?)\s*\)\s*:\s*$/.exec(before)?.[1];
  return bracketed !== undefined && words.includes(bracketed);
}

// A unit of a physical quantity after a plain number: "a charger rated at 150 kW" is power, not a range in miles.
// Lengths too: "31 dB at one metre" measures from one metre away.
const MEASURE_AFTER =
  /^\s*(?:kw|kwh|mw|mwh|w|watts?|volts?|v|amps?|mah|ah|wh|db|decibels?|psi|hz|khz|mhz|ghz|rpm|gb|mb|tb|mp|megapixels?|btu|btus|m|metres?|meters?|cm|mm|km|ft|feet|foot|inch|inches|kg|kilograms?|litres?|liters?|gallons?)(?![a-z])/i;

/**
 * Whether a figure is what someone wants rather than what the subject does: "Anyone who wants a month between
 * charges should skip it", "if you need more than 12 hours of runtime".
 */
export function isWanted(text: string, value: ValueMention): boolean {
  const before = text.slice(Math.max(0, value.start - 90), value.start);
  return WANTED_BEFORE.test(before.slice(-60)) || LOOK_FOR_BEFORE.test(before);
}

/**
 * Whether a figure is what should have been, not what is: "roofs that should've lasted 30 years failed after 5", "it
 * was supposed to take two weeks", "a repair that would have cost $900". The modal perfect (or "supposed to") says
 * the figure did not come true; "expected to last 50 years" and "may have lasted" still claim it.
 */
export function isUnmetExpectation(text: string, value: ValueMention): boolean {
  return UNMET_BEFORE.test(text.slice(Math.max(0, value.start - 70), value.start));
}

const UNMET_BEFORE =
  /\b(?:(?:should|would|could|ought\s+to)(?:\s+have|['’]ve)\s+(?:[a-z]+ed|been|taken|done|seen|gone|felt|had|kept|paid|cost|run|got|gotten|given|made|lost|spent|grown|worn|held)|(?:was|were|is|are)\s+supposed\s+to\s+[a-z]+)\s+(?:[^\s,;.!?]+\s+){0,3}$/i;

/**
 * Whether a percentage is named right beside it as a rate or a charge the trigger does not name: "a 3% fee" for an APR
 * rule, "0% APR" for an efficacy rule, "one-time charge (3-5%)". Such a figure is that rate or charge; only a trigger
 * that names it ("24% APR" for an APR rule) takes it.
 */
export function isOtherRate(text: string, value: ValueMention, trigger: TextRange): boolean {
  if (value.unit !== '%') return false;
  const after = RATE_NAME_AFTER.exec(text.slice(value.end, value.end + 40));
  const before = after === null ? RATE_NAME_BEFORE.exec(text.slice(Math.max(0, value.start - 30), value.start)) : null;
  const name = (after ?? before)?.[1]?.toLowerCase().replace(/s$/, '');
  if (name === undefined) return false;
  const words = text.slice(trigger.start, trigger.end).toLowerCase();
  if (name === 'apr') return !/\bapr|annual percentage rate/.test(words);
  if (name === 'apy') return !/\bapy|annual percentage yield/.test(words);
  return !words.includes(name);
}

const RATE_NAME_AFTER = /^\)?\s+(?:[a-z-]+\s+){0,2}?(APRs?|APYs?|AERs?|fees?|charges?|surcharges?|commissions?)\b/i;
const RATE_NAME_BEFORE = /\b(fees?|charges?|surcharges?|commissions?)\s*(?:of\s+|\(|:\s*)(?:about\s+|around\s+|roughly\s+|up\s+to\s+)?$/i;

// A buyer's test: "look for those that offer a battery life of at least 15-20 days", "shop for a model with 10+ hours".
const LOOK_FOR_BEFORE = /\b(?:look|shop)\s+for\s+(?:[^\s,;.!?]+\s+){0,3}(?:that|which|with|offering)\s+(?:[^\s,;.!?]+\s+){0,6}$/i;

const WANTED_BEFORE = /\b(?:who|whoever|if\s+you)\s+(?:really\s+|just\s+)?(?:wants?|needs?|expects?|requires?|demands?|hopes?\s+for|(?:is|are)\s+looking\s+for)\s+(?:[^\s,;.!?]+\s+){0,3}$/i;

/**
 * Whether an amount of money is not what something costs: a difference ("$30 more than the Rival X", "$20 cheaper",
 * "$100 off"), a threshold ("free shipping on orders over $35"), or a charge the rule's own words do not name ("most
 * patients pay a $20 copay", "a $50 deposit": a rule about the deposit names it, and takes it).
 */
export function isOtherAmount(text: string, value: ValueMention, trigger: TextRange): boolean {
  if (!isCurrency(value.unit)) return false;
  const after = text.slice(value.end, value.end + 40);
  if (MONEY_DIFFERENCE_AFTER.test(after) || ORDER_THRESHOLD_BEFORE.test(text.slice(Math.max(0, value.start - 40), value.start))) return true;
  const charge = CHARGE_AFTER.exec(after);
  if (!charge) return false;
  // The charge's words, "shipping fee" in "$8.99 shipping fee": a rule that matches any of them is about the charge.
  const words = { start: value.end + charge[0].search(/\S/), end: value.end + charge[0].length };
  return !(trigger.start < words.end && words.start < trigger.end);
}

const MONEY_DIFFERENCE_AFTER = /^\s*(?:more|less|cheaper|extra|off|higher|lower|above|below|over|under)\b/i;
const ORDER_THRESHOLD_BEFORE = /\b(?:orders?|purchases?|baskets?|carts?|spend(?:ing)?)\s+(?:of\s+)?(?:over|above|of|from|exceeding|under|below|at\s+least)?\s*$/i;
// Charges that are not the price of the thing, right after the amount: "a $20 copay", "a $99 installation fee".
const CHARGE_AFTER = /^[\s-]*(?:[a-z-]+\s+)?(copays?|co-pays?|deductibles?|deposits?|fees?|surcharges?|coupons?|vouchers?|credits?|rebates?|gift\s+cards?|discounts?|tips?|bonus(?:es)?|savings?|deliver(?:y|ies)|shipping)\b/i;

/**
 * Whether a figure is added on to another: one before it ("About 40 minutes on the table, plus 10 minutes of ice
 * afterwards" is one session of 40 (or 50) minutes, not a second session length of 10), or one the sentence leaves
 * unsaid ("wear the aligners for another few months on top of the general treatment time", "an additional 3 months
 * for complex cases", "two weeks longer than usual").
 */
export function isAddition(text: string, value: ValueMention): boolean {
  return (
    ADDED_TO_FIGURE.test(text.slice(Math.max(0, value.start - 80), value.start)) ||
    INCREMENT_BEFORE.test(text.slice(Math.max(0, value.start - 20), value.start)) ||
    INCREMENT_AFTER.test(text.slice(value.end, value.end + 40))
  );
}
/** Whether a duration is a page's reading time: "Read Time: 6 Minute, 9 Second", "5 min read". */
export function isReadingTime(text: string, value: ValueMention): boolean {
  return value.unit === 's' && (READ_TIME_BEFORE.test(text.slice(Math.max(0, value.start - 20), value.start)) || READ_AFTER.test(text.slice(value.end, value.end + 12)));
}
// "Read Time:6 Minute, 9 Second": the seconds after the minutes too.
const READ_TIME_BEFORE = /\bread(?:ing)?\s*time\s*:?\s*(?:\d{1,3}\s*min(?:ute)?s?\s*,?\s*)?$/i;
const READ_AFTER = /^\s*(?:min(?:ute)?s?\s+)?read\b/i;

/** Whether a duration is a time in the past, not how long anything takes: "tanks installed 20 to 30 years ago". */
export function isTimeAgo(text: string, value: ValueMention): boolean {
  return value.unit === 's' && /^\s*ago\b/i.test(text.slice(value.end, value.end + 8));
}

/**
 * Whether a figure belongs to another thing named in a clause of "with" after the subject's own: "Most robot mowers
 * last 5 to 10 years, with batteries averaging 2 to 5 years" (not "…, with most lasting about 8": most of them), when
 * the rule's match comes before that clause (", with relief lasting at least 3 years" is the relief's own).
 */
export function isWithOtherThing(text: string, value: ValueMention, trigger: TextRange): boolean {
  const from = Math.max(0, value.start - 60);
  const clause = WITH_OTHER_THING.exec(text.slice(from, value.start)) ?? FOLLOWED_BY.exec(text.slice(from, value.start));
  return clause !== null && trigger.end <= from + clause.index;
}
const WITH_OTHER_THING =
  /,\s+with\s+(?:the\s+|its\s+|their\s+|an?\s+)?(?!(?:most|many|some|all|few|half|the\s+majority)\b)[a-z-]{2,30}(?:\s+[a-z-]{2,30})?\s+(?:averaging|lasting|typically\s+lasting|usually\s+lasting|rated\s+(?:at|for)|taking|needing|running)\s+(?:about\s+|around\s+|roughly\s+|up\s+to\s+|only\s+)?$/i;
// The next stage after the subject's: "a short hospital stay followed by several weeks of dietary changes".
const FOLLOWED_BY = /\bfollowed\s+by\s+(?:about\s+|around\s+|roughly\s+|up\s+to\s+|another\s+)?$/i;
const ADDED_TO_FIGURE = /\d[^.;]*\b(?:plus|and another|and an(?:other| extra| additional))\s+(?:an?\s+(?:extra|additional|further)\s+|another\s+)?$/i;
const INCREMENT_BEFORE = /\b(?:another|an?\s+(?:additional|extra|further))\s+$/i;
const INCREMENT_AFTER = /^\s+(?:on\s+top\s+of|longer\s+than|more\s+than\s+(?:usual|normal|average|the\s+usual))\b/i;

// A trial's comparison arm, or no treatment at all: "29% on placebo", "in the placebo group", "a saline injection",
// "with rest alone".
const ARM = /\b(?:placebo|sham|dummy (?:pill|treatment|device|injection)|inactive (?:device|pill|treatment|version|unit|patch|spray)|saline (?:injection|shot|drip|infusion)s?|control group|usual care|standard care|no treatment|without treatment|untreated|on (?:their|its) own|alone|whatever you do)\b/i;
// Getting better without the treatment says so of a share or a time ("(10% with rest alone)", "settles within six
// weeks on its own"); a product's figure "on its own" is one unit's ("Each node covers 2,000 square feet on its own").
const UNTREATED = /\b(?:on (?:their|its) own|alone)\b/gi;
const MEASURED_AGAINST = /\b(?:compared\s+(?:with|to)|versus|vs\.?|relative\s+to|than)\s+(?:a\s+|the\s+|an\s+)?(?:placebo|sham|dummy|inactive|saline|usual\s+care|standard\s+care|no\s+treatment)\b(?:\s+(?:pill|tablet|capsule|treatment|device|injection|shot|group|arm|patch|spray|procedure)s?\b)?/gi;
// Who answered a poll rather than who was treated: "85% of doctors said…", "9 in 10 dermatologists recommend".
const POLLED = /^\s*(?:of\s+)?(?:the\s+)?(?:surveyed\s+)?(?:doctors|physicians|experts|dermatologists|dentists|clinicians|pharmacists|nurses|specialists|practitioners)\b/i;

/**
 * Whether a figure counts a comparison arm or a poll of experts rather than the subject's result: the words
 * after it up to the next figure or clause break name the arm ("…, against 29% on placebo", "(10% with rest
 * alone)"), or the words before it in its clause do ("In the placebo group, 10% improved").
 */
export function isControlArm(text: string, value: ValueMention): boolean {
  const tail = text.slice(value.end, value.end + 100);
  if (POLLED.test(tail)) return true;
  // "it cost us 12% of our speed, against 18% for Harborline": the figure set against the subject's is a rival's.
  // So is one listed after it ("…, against 18% for Harborline and 31% for Nimbus Shield").
  if (/\b(?:against|versus|vs\.?|compared\s+(?:with|to))\s+(?:[^;.]{0,50}?(?:,\s*|\s(?:and|or)\s+))?$/i.test(text.slice(Math.max(0, value.start - 70), value.start)) && /^\s*(?:for|with|from|on|at)\s+(?:the\s+)?[A-Z]/.test(tail)) return true;
  // Up to the clause break or the next percentage: "60% improved versus 29% with placebo" keeps the 60%.
  const after = /^(?:[^,;:()\d]|\d(?!\d*(?:\.\d+)?\s*(?:%|percent|per cent)))*/.exec(tail)?.[0] ?? '';
  // "lowered the rate of cardiac events by 18 percent compared with placebo": the arm is what the figure is measured
  // against, not whose figure it is.
  // So is the placebo a result is set against further on: "under 40 percent reported a meaningful drop in symptoms
  // compared with a placebo tablet".
  const arm = (value.unit === '%' || value.unit === 's' ? after : after.replace(UNTREATED, '')).replace(MEASURED_AGAINST, '');
  if (ARM.test(arm) && !/^\s*(?:[a-z]+\s+){0,4}?over\s+(?:a\s+|the\s+)?(?:placebo|sham|usual\s+care|standard\s+care|no\s+treatment)\b/i.test(after)) return true;
  const clauseStart = Math.max(text.lastIndexOf(';', value.start), text.lastIndexOf('(', value.start), text.lastIndexOf(':', value.start));
  const before = text.slice(clauseStart + 1, value.start);
  // Natural recovery before the figure: "many tendon injuries improve on their own over a month"; so is doing without
  // it: "long-term, unassisted success rates around 7.2%", "quitting cold turkey".
  return /\b(?:unassisted|unaided|cold\s+turkey)\b|\b(?:placebo|sham|control|comparison|vehicle)(?:-[a-z]+)?\s+(?:group|arm)s?\b|\b(?:given|on|taking|received)\s+(?:a\s+)?(?:placebo|sham)\b|^\W*without treatment\b|\b(?:on\s+their\s+own|by\s+themselves|whatever\s+you\s+do|without\s+any\s+treatment)\b|\b(?:receive[sd]?|given|gets?|got)\s+(?:a\s+)?(?:fake|dummy|sham|placebo)\s+(?:treatment|device|procedure|pill|injection|session)s?\b/i.test(before);
}

const ARM_INTRODUCED = /\b(?:placebo|sham|dummy|control group|control arm|comparison group|comparison arm|vehicle group|vehicle arm)\b/i;
const ARM_CONTINUED = /\b(?:still|also|even)\s+(?:[a-z]+\s+)?(?:improved|responded|got better|benefited|reported|saw|felt|halved)\b/i;

/**
 * Whether a sentence goes on about the comparison arm the sentence before it names: "The study also included a
 * sham device. About 15% of people wearing it still improved."
 */
export function continuesArm(previous: string, text: string): boolean {
  return ARM_CONTINUED.test(text) && ARM_INTRODUCED.test(previous);
}

// A figure quoted as someone's: 'The "92% saw improvement" figure comes from an online survey'.
const QUOTED_AS = /^[^"“”]*["”]\s+(?:figure|claim|statistic|stat|number|promise|slogan|tagline|headline)s?\b/i;

/** Whether a figure sits inside a quotation the sentence names as a claim or figure, i.e. someone else's. */
export function isQuotedClaim(text: string, value: ValueMention): boolean {
  return quotationOpening(text, value.start) >= 0 && QUOTED_AS.test(text.slice(value.end));
}

// A figure quoted from a seller's claim, in quote marks straight after the verb: "A robot claiming '240 min runtime'
// but taking 3 hours to clean…", "models advertising "up to 12 hours"". The writer quotes it to weigh it.
const CLAIMED_IN_QUOTES = /\b(?:claiming|claims?|advertis(?:es|ed|ing)|promis(?:es|ed|ing)|boasting|boasts|labell?ed|marketed\s+as|touting|touts)\s+(?:an?\s+|the\s+|of\s+)?['‘"“]\s*(?:up\s+to\s+|over\s+|about\s+)?$/i;

/** Whether a figure opens a quotation of a claim: "A robot claiming '240 min runtime'". */
export function isClaimedInQuotes(text: string, value: ValueMention): boolean {
  return CLAIMED_IN_QUOTES.test(text.slice(Math.max(0, value.start - 40), value.start));
}

// A case the writer makes up to show a sum: "For example, say you're paying 20% APR on a $5,000 balance", "Suppose
// you borrow $10,000 at 8%", "Imagine a plan that costs $40 a month". Its figures are the example's.
const SUPPOSED_CASE = /^\W*(?:(?:for\s+(?:example|instance)|e\.g\.)\s*,?\s*)?(?:say|suppose|supposing|imagine|let['’]s\s+say|let\s+us\s+say|hypothetically)\b/i;

/** Whether a sentence sets out a made-up case to work a sum through, whose figures are no claims. */
export function isSupposedCase(text: string): boolean {
  return SUPPOSED_CASE.test(text);
}

/** Where the quotation that position `at` stands inside opens (an odd number of quote marks before it), or -1. */
export function quotationOpening(text: string, at: number): number {
  if (!/["“”]/.test(text)) return -1;
  let count = 0;
  let last = -1;
  for (let index = 0; index < at; index++) {
    const character = text[index];
    if (character === '"' || character === '“' || character === '”') {
      count++;
      last = index;
    }
  }
  return count % 2 === 1 ? last : -1;
}

// "full results at 12 weeks", "the initial consultation takes an hour": a figure about a stage of its own. So is
// the whole visit, around the procedure: "Your visit lasts about 40 minutes", "Follow-up injection visits take about
// 15 minutes", "the whole hospital visit takes several hours". Not "each appointment", which writers use for the
// session ("How long is each appointment? Plan on 60 to 75 minutes" against "Each session takes 10 to 15 minutes"),
// nor a session "including" its steps ("lasts 45 to 60 minutes, including the blood draw, mixing and reinfusion" is
// the treatment's own length).
const STAGE =
  /\b(?:(full|final|finished|peak|maximum|optimal|complete|best|greatest|biggest)\s+(?:results?|effects?|benefits?|outcomes?|improvement|recovery|healing)|(?:first|initial)\s+(?:[a-z-]+\s+){0,2}(?:sessions?|appointments?|visits?|consultations?|assessments?|treatments?|infusions?)|(consultation|assessment)|((?:whole|total|entire|overall)\s+(?:[a-z-]+\s+)?(?:visit|appointment)|your\s+visit|visits|(?:plan|expect)\s+to\s+be\s+(?:with\s+us|here)))[\s,:]+(?:[a-z-]+\s+){0,4}$/i;

/**
 * A stage a duration is about, for its key: "full" for full or final results ("with full results at 2 weeks"
 * is no onset to compare with "results within 4 days"), "first" for a first or initial session, "visit" for the
 * whole visit around it ("plan to be with us for 3 hours"), "most-noticeable" for the most noticeable change. Empty when none.
 */
export function qualifierOf(text: string, trigger: { start: number; end: number }, value?: { start: number; end: number }): string {
  // "Scar improvement builds over 3 to 6 months": how long it takes to build up is when it is complete.
  if (BUILDS_OVER.test(text.slice(trigger.start, trigger.end + 40))) return 'full';
  // "It can take 3 to 6 months for results to fully settle": the results word, then "fully" or "completely".
  if (FULLY_AFTER.test(text.slice(trigger.start, trigger.end + 40))) return 'full';
  // "The toe fully heals in 7–10 days": healing said to be complete. ("Fully recharges in 2 hours" is the charge itself.)
  if (FULLY_BEFORE.test(text.slice(Math.max(0, trigger.start - 20), trigger.start)) && /^(?:heal|recover)/i.test(text.slice(trigger.start, trigger.end))) return 'full';
  // "Results build gradually: the full effect is usually reached around 12 weeks": the figure's own words name the stage.
  if (value !== undefined && value.start > trigger.end && FULL_BETWEEN.test(text.slice(trigger.end, value.start))) return 'full';
  if (GRADUAL.test(text.slice(Math.max(0, trigger.start - 30), trigger.end + 10))) return 'full';
  // "Long-term results (six months or more) show equal results": a horizon results are judged at, no onset.
  const horizon = HORIZON.exec(text.slice(Math.max(0, trigger.start - 20), trigger.end + 20));
  if (horizon !== null) return `${(horizon[1] as string).toLowerCase()}-term`;
  // "appointments typically last 8 to 10 hours from check-in to the final bandage", "Allow 45 to 60 minutes for the
  // whole appointment", "Allow about an hour and a half for your first visit": the whole visit.
  if (value !== undefined && VISIT_AFTER.test(text.slice(value.end, value.end + 40))) return 'visit';
  // "The most noticeable changes tend to appear after 2 months": neither the first change nor the final result.
  if (MOST_NOTICEABLE.test(text.slice(Math.max(0, trigger.start - 40), trigger.end))) return 'most-noticeable';
  // "The buildup phase usually lasts three to seven months": one phase of the course, not the whole of it.
  // So is the phase a sentence opens with: "Usually, the buildup phase, in which the dose is raised…, lasts 3 to 7 months".
  const phase = PHASE_BEFORE.exec(text.slice(Math.max(0, trigger.start - 50), trigger.start)) ?? PHASE_OPENING.exec(text.slice(0, trigger.start));
  if (phase !== null) {
    // "each phase", "the phase": a phase, not a named one.
    const name = (phase[1] as string).toLowerCase();
    return DETERMINERS.has(name) || EVERY.has(name) ? 'phase' : `${name}-phase`;
  }
  // The trigger itself may be the results word: "full results take 2 weeks".
  const stage = STAGE.exec(`${text.slice(Math.max(0, trigger.start - 40), trigger.end)} `);
  if (stage === null) return '';
  return stage[1] !== undefined ? 'full' : stage[3] !== undefined ? 'visit' : 'first';
}

/** The least figure, in hours, that a writer gives as hours of use rather than as time on the calendar. */
const HOURS_OF_USE = 100;

/**
 * Whether a duration is hours of use: written in hours, and 100 or more of them ("last for around 1000-2000 hours",
 * "rated for 25,000 hours"). Nobody counts a lifespan on the calendar that way, so such a figure is running time, a
 * measure apart from "these units last between 2 to 5 years".
 */
export function isHoursOfUse(value: ValueMention): boolean {
  const least = value.min ?? value.max;
  return value.unit === 's' && least !== null && least >= HOURS_OF_USE * 3600 && HOURS.test(value.text) && !OTHER_UNITS.test(value.text);
}
const HOURS = /\b(?:hours?|hrs?)\b/i;
const OTHER_UNITS = /\b(?:minutes?|mins?|days?|weeks?|months?|years?|yrs?)\b/i;

// "a handful of top-up visits", "one or two maintenance sessions": sessions after the first course.
const LATER_SESSIONS = /^\s*(?:[a-z-]+\s+)?(?:top-?up|maintenance|booster|touch-?up|refresher|follow-?up)\b/i;

// The trigger's word, then "builds (up) over": "improvement builds over", "relief builds gradually over".
const BUILDS_OVER = /^[\w-]+\s+(?:(?:gradually|slowly|steadily)\s+)?build(?:s|ing)?\s+(?:up\s+)?(?:over|between|across|during)\b/i;
const FULLY_AFTER = /^(?:results?|effects?|benefits?|improvements?)\s+(?:to\s+|will\s+|may\s+|can\s+)?(?:fully|completely)\s+[a-z]/i;
const VISIT_AFTER = /^\s*(?:from\s+(?:check-?in|arrival|when\s+you\s+arrive|the\s+moment\s+you\s+arrive)|door\s+to\s+door|for\s+(?:the|your)\s+(?:whole|entire|full)\s+(?:visit|appointment)|for\s+your\s+(?:first\s+)?(?:visit|appointment))\b/i;
const MOST_NOTICEABLE = /\bmost\s+(?:noticeable|visible|dramatic|obvious)\s+(?:[a-z-]+\s+)?(?:results?|changes?|improvements?|effects?|differences?)\b/i;
const PHASE_BEFORE = /\b([a-z]{1,20}(?:-[a-z]{1,20})?)\s(?:phase|stage)\b(?:\s[a-z-]{1,20}){0,4}\s?$/i;
const PHASE_OPENING = /^\W{0,3}(?:[a-z]{1,15},?\s)?the\s([a-z]{1,20}(?:-[a-z]{1,20})?)\s(?:phase|stage)\b/i;
const EVERY: ReadonlySet<string> = new Set(['each', 'every', 'one']);
const FULLY_BEFORE = /\b(?:fully|completely)\s+$/i;
const FULL_BETWEEN = /\b(?:full|final|peak|maximum|optimal|complete|best|greatest|biggest)\s+(?:results?|effects?|benefits?|outcomes?|improvement)\b/i;
const HORIZON = /\b(long|short)[- ]term\s+(?:results?|outcomes?)\b/i;
// "Over a few weeks or months, your vision should gradually improve": how long the whole improvement takes.
const GRADUAL = /\b(?:gradually|steadily|progressively|continues?\s+to|keeps?)\s+(?:improv|get(?:s|ting)?\s+better)/i;

/**
 * A stage a count is about, for its key: "maintenance" for top-up or booster sessions ("a handful of top-up
 * visits a year" is no course length to compare with "a series of six sessions"). Empty when none.
 */
export function countStageOf(text: string, value: { end: number }): string {
  return LATER_SESSIONS.test(text.slice(value.end, value.end + 40)) ? 'maintenance' : '';
}

// How a time point is said, right after a rate: "85% at 6 weeks", "70% after a year", "85% four years after
// vaccination", "still 60% 12 months post-op". Or before it in its clause: "At 6 months, 79% …", "After four years,
// efficacy was 85%", "Two years after surgery, 70% …", "and at six months 82% …".
const POINT_BEFORE = /\b(?:at|after)\s+(?:the\s+|a\s+|an\s+)?$/i;
const POINT_AFTER = /^\s*(?:-\s*)?(?:after|post|following|later)\b/i;
const WORDS_ONLY = /^[\s\w'’-]*$/;
const WORDS_AND_COMMAS = /^[\s\w'’,-]*$/;
// A span, not a point: "an introductory APR of 6.99% for the first 6 months after opening".
const SPAN_BEFORE = /\b(?:for|within|during|over|first|next|last|lasting|until|through|up\s+to)\b[\s\w'’-]*$/i;
// How far a time point said before a rate may stand from it.
const POINT_BEFORE_REACH = 60;
// What a cumulative stage is counted in: "over 65% by the sixth cycle", "after three sessions".
const COUNTED_STAGES = ['cycle', 'session', 'treatment', 'dose', 'injection', 'infusion', 'round', 'visit'];
const COUNT_POINT = new RegExp(
  String.raw`\b(?:at|after|by|following)\s+(?:the\s+(?:end\s+of\s+(?:the\s+)?)?)?(?:an\s+average\s+of\s+|just\s+|only\s+)?(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|twelfth)\s+(?:[a-z]+\s+)?(${COUNTED_STAGES.join('|')})s?\b`,
  'i',
);
const COUNT_WORDS: ReadonlyMap<string, number> = new Map([
  ['one', 1], ['first', 1], ['two', 2], ['second', 2], ['three', 3], ['third', 3], ['four', 4], ['fourth', 4], ['five', 5], ['fifth', 5],
  ['six', 6], ['sixth', 6], ['seven', 7], ['seventh', 7], ['eight', 8], ['eighth', 8], ['nine', 9], ['ninth', 9], ['ten', 10], ['tenth', 10],
  ['twelve', 12], ['twelfth', 12],
]);
const TIME_POINT_UNITS: readonly [string, number][] = [
  ['year', 365 * 86_400], ['month', 30 * 86_400], ['week', 7 * 86_400], ['day', 86_400], ['hour', 3_600], ['minute', 60],
];
// Within how many characters after a rate its time point still belongs to it.
const POINT_REACH = 45;
// The time point as the last part of a key, as `atPoint` and `afterCount` write it.
const POINT_IN_KEY = new RegExp(
  String.raw`@(?:at-\d+(?:\.\d+)?(?:-\d+(?:\.\d+)?)?-(?:${TIME_POINT_UNITS.map(([unit]) => unit).join('|')})s?|after-\d+(?:\.\d+)?-(?:${COUNTED_STAGES.join('|')})s?)$`,
);

/** The time point a key ends with ("@at-4-years"), if any. */
export function pointInKey(key: string): string | undefined {
  return POINT_IN_KEY.exec(key)?.[0];
}

/** A key without its time point: the group a rate is compared in. */
export function withoutTimePoint(key: string): string {
  return key.replace(POINT_IN_KEY, '');
}

/** A duration as a time point's label: "4-years", "6-weeks", "3-6-months". */
function pointLabel(point: ValueMention): string | null {
  const low = point.min;
  const high = point.max ?? low;
  if (low === null || high === null || !Number.isFinite(high)) return null;
  for (const [unit, size] of TIME_POINT_UNITS) {
    if (low % size !== 0 || high % size !== 0) continue;
    const range = low === high ? `${low / size}` : `${low / size}-${high / size}`;
    return `${range}-${unit}${high === size ? '' : 's'}`;
  }
  return null;
}

/**
 * The point in time a rate was measured at, the last part of its key: "vaccine efficacy was 85% four years after
 * vaccination" ("at-4-years"), "79% at 6 weeks, 53% at 6 months", or after some sessions or cycles ("over 65% by the
 * sixth cycle": "after-6-cycles"). Rates at different points are never compared; a rate given without one is
 * compared with all of them (`pointInKey` reads the point back from the key). Null when it names none.
 */
export function timePointOf(text: string, value: ValueMention, values: readonly ValueMention[]): string | null {
  const from = clauseStart(text, value.start, /[;.!?]/);
  const to = clauseEnd(text, value.end, /[;.!?]/);
  const points = values.filter((point) => point !== value && point.unit === 's' && point.start >= from && point.end <= to);
  // Right after the figure, with nothing but words between.
  for (const point of points) {
    if (point.start < value.end) continue;
    const between = text.slice(value.end, point.start);
    if (point.start - value.end > POINT_REACH || !WORDS_ONLY.test(between) || SPAN_BEFORE.test(between)) continue;
    if (POINT_BEFORE.test(between) || POINT_AFTER.test(text.slice(point.end))) return atPoint(point);
  }
  // Else the nearest before it, with no other figure between.
  for (const point of [...points].reverse()) {
    if (point.end > value.start) continue;
    const between = text.slice(point.end, value.start);
    if (between.length > POINT_BEFORE_REACH || !WORDS_AND_COMMAS.test(between) || SPAN_BEFORE.test(text.slice(from, point.start))) continue;
    if (POINT_BEFORE.test(text.slice(from, point.start)) || (/^\W*$/.test(text.slice(from, point.start)) && POINT_AFTER.test(text.slice(point.end)))) return atPoint(point);
  }
  const after = text.slice(value.end, Math.min(to, value.end + POINT_REACH + 20));
  const following = COUNT_POINT.exec(after);
  if (following !== null && WORDS_ONLY.test(after.slice(0, following.index))) return afterCount(following);
  const opening = COUNT_POINT.exec(text.slice(from, value.start));
  if (opening === null || !/^\W*$/.test(text.slice(from, from + opening.index))) return null;
  const between = text.slice(from + opening.index + opening[0].length, value.start);
  return between.length <= POINT_BEFORE_REACH && WORDS_AND_COMMAS.test(between) ? afterCount(opening) : null;
}

function afterCount(counted: RegExpExecArray): string {
  const count = COUNT_WORDS.get((counted[1] as string).toLowerCase()) ?? Number(counted[1]);
  return `after-${count}-${(counted[2] as string).toLowerCase()}${count === 1 ? '' : 's'}`;
}

function atPoint(point: ValueMention): string | null {
  const label = pointLabel(point);
  return label === null ? null : `at-${label}`;
}
