import type { Sentence, TextRange, Token, ValueMention } from '../types.js';

/** What a plain count counts: the stem that keys it and the noun as written, with where it stands. */
export interface CountedThing {
  stem: string;
  range: TextRange;
}

// Words that end the noun phrase after a count before any noun: "3 of the 6 cameras", "2 to 3", "4 more filters",
// "5 or so". A count they follow counts nothing this reader can name.
const ENDS_PHRASE = new Set([
  'of', 'to', 'or', 'and', 'nor', 'than', 'per', 'a', 'an', 'the', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'into',
  'more', 'extra', 'additional', 'further', 'fewer', 'less', 'other', 'others', 'plus', 'that', 'which', 'who', 'whose',
  'times', 'percent', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'so', 'as', 'out',
]);
// Spans of time are durations, read as such by the number reader; "6 months" a count would only repeat them.
const TIME_NOUN = /^(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|months?|years?|yrs?|decades?)$/;
// Plural-looking words that are no plural nouns: "business", "various", "series", "analysis".
const NOT_PLURAL = /(?:ss|us|is|ous|ics|series)$/;
const MAX_WORDS = 3;
// A count no one can check: "has several causes", "a few questions", "thousands of procedures".
const VAGUE = /\b(?:several|few|handful|couple|dozens|hundreds|thousands|many|numerous|multiple)\b/i;

/**
 * The thing a plain count counts, for a topic of counted things: the first plural noun in the three words right
 * after the figure, past the words that describe it ("92 synchronised cameras" and "46 cameras" both count cameras;
 * "4 speed settings" counts settings). Undefined when none follows before the phrase ends ("3 of them", "2 to 3",
 * "4 more"), when the figure is vague ("several causes", "thousands of procedures"), or when it is joined to a word
 * by a hyphen ("a 4-speed motor" counts a motor's speeds, and a "3-stage filter" is one filter): such a figure claims
 * nothing on the topic.
 */
export function countedThing(sentence: Sentence, value: ValueMention): CountedThing | undefined {
  if (value.unit !== '' || sentence.text[value.end] === '-' || VAGUE.test(value.text)) return undefined;
  let words = 0;
  for (const token of sentence.tokens) {
    if (token.start < value.end) continue;
    // A count's noun follows it directly: punctuation between ("3, then", "4 (four)") ends the phrase, but for the
    // hyphen inside a describing word ("46 high-resolution cameras").
    if (!token.word) {
      if (token.text === '-' && words > 0) continue;
      return undefined;
    }
    if (/^\d/.test(token.text) || ENDS_PHRASE.has(token.lower) || TIME_NOUN.test(token.lower)) return undefined;
    if (token.lower.length > 3 && token.lower.endsWith('s') && !NOT_PLURAL.test(token.lower)) {
      return { stem: keyOf(sentence, token), range: { start: token.start, end: token.end } };
    }
    words++;
    if (words === MAX_WORDS) return undefined;
  }
  return undefined;
}

// Nouns that count the settings of something, which the word before them names: "9 suction levels" and "only 5
// suction settings" count one thing, "3 heat settings" another. Settings and levels are one kind of step, modes and
// programs another.
const SETTING_KINDS: ReadonlyMap<string, string> = new Map([
  ['set', 'level'],
  ['level', 'level'],
  ['mode', 'mode'],
  ['program', 'mode'],
  ['programm', 'mode'],
  ['preset', 'mode'],
  ['posit', 'posit'],
]);

/** The key of a counted noun: its stem, or for a setting the word it is a setting of with the kind ("suction-level"). */
function keyOf(sentence: Sentence, noun: Token): string {
  const kind = SETTING_KINDS.get(noun.stem);
  if (kind === undefined) return noun.stem;
  const at = sentence.tokens.indexOf(noun);
  const before = sentence.tokens[at - 1];
  // The word right before, when it is no figure: "9 suction levels", not "9 levels".
  return before !== undefined && before.word && before.end === noun.start - 1 && !/\d/.test(before.text) && !isFigureEnd(sentence, before) ? `${before.stem}-${kind}` : kind;
}

/** Whether a token is the end of the figure the count is (a number written out, "five"). */
function isFigureEnd(sentence: Sentence, token: Token): boolean {
  return sentence.values.some((value) => value.start <= token.start && token.end <= value.end);
}

/** The words a count counts in, as written ("synchronised cameras" after "92"), and where they end: shown with the figure. */
export function countedWord(sentence: Sentence, value: ValueMention): { word: string; end: number } | undefined {
  const thing = countedThing(sentence, value);
  return thing === undefined ? undefined : { word: sentence.text.slice(value.end, thing.range.end).trim(), end: thing.range.end };
}
