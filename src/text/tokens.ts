import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import type { Token } from '../types.js';

// Words are letters and digits with inner apostrophes or dots between digits ("don't", "3.5");
// hyphens split words so "FDA-approved" reaches a rule written as "FDA approved". Words joined by underscores are one
// name ("itchy_eyes_ellen", a forum handle), not prose a rule reads.
const TOKEN = /[A-Za-z0-9\u00C0-\u024F]+(?:_[A-Za-z0-9\u00C0-\u024F]+)*(?:['’][A-Za-z]+|\.[0-9]+)*|[^\sA-Za-z0-9\u00C0-\u024F]/g;
const WORD_START = /^[A-Za-z0-9\u00C0-\u024F]/;

// Porter folds words of different meaning into one stem where claims depend on telling them apart: a
// rule or measure written "effective" (it works) would match the "effect" of "side effect".
const STEM_EXCEPTIONS = new Map([
  ['effective', 'effectiv'],
  ['effectively', 'effectiv'],
  ['effectiveness', 'effectiv'],
  // Survey respondents answer; responders respond to treatment.
  ['respondent', 'respondent'],
  ['respondents', 'respondent'],
  // "definitely" is a certainty word; "definition" and "definitive" are not.
  ['definitely', 'definitely'],
  // A symptom is not the everyday adjective: "redness" is no "red blood cell count", "stiffness" no "come in stiff".
  ['redness', 'redness'],
  ['stiffness', 'stiffness'],
  ['tenderness', 'tenderness'],
  ['soreness', 'soreness'],
  // Porter makes "one" the preposition "on": "a hands-on session" would read as "one session".
  ['one', 'one'],
  ['ones', 'one'],
]);

// The stemmer is the slowest step per token, and prose repeats its words: remember every stem.
const stemCache = new Map<string, string>();

/** The Porter stem of a lower-cased word, memoised. */
export function stem(lower: string): string {
  let stemmed = stemCache.get(lower);
  if (stemmed === undefined) {
    const plain = lower.replace(/['’]/g, '');
    stemmed = STEM_EXCEPTIONS.get(plain) ?? (/^[a-z]+$/.test(plain) ? PorterStemmer.stem(plain) : plain);
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(lower, stemmed);
  }
  return stemmed;
}

/** Split text into word and punctuation tokens with offsets and stems. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const found of text.matchAll(TOKEN)) {
    const value = found[0];
    const start = found.index;
    const lower = value.toLowerCase();
    const word = WORD_START.test(value);
    tokens.push({ text: value, lower, stem: word ? stem(lower) : lower, start, end: start + value.length, word });
  }
  return tokens;
}
