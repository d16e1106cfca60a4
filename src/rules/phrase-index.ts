import { tokenize } from '../text/tokens.js';
import type { Token } from '../types.js';
import { addTo } from '../collections.js';

/** Where a registered phrase occurs in a sentence: word-token indices and sentence-text offsets. */
export interface Occurrence {
  firstWord: number;
  lastWord: number;
  start: number;
  end: number;
}

interface Entry {
  id: number;
  stems: string[];
  slop: number;
}

const WILDCARD = '*';
const CLOSES: ReadonlySet<string> = new Set([')', ']', ';']);

/**
 * Every phrase of every rule, indexed by its first stem, so a sentence is matched against all rules
 * in one pass over its words instead of one regex per rule per sentence.
 */
export class PhraseIndex {
  private readonly byFirstStem = new Map<string, Entry[]>();
  private readonly byKey = new Map<string, number>();
  private count = 0;

  /** Register a phrase (words are stemmed like sentence words; '*' is any one word) and get its id. */
  add(phrase: string, slop = 0): number {
    const stems = phraseStems(phrase);
    const key = `${slop}:${stems.join(' ')}`;
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const id = this.count++;
    this.byKey.set(key, id);
    const first = stems[0] ?? '';
    addTo(this.byFirstStem, first, { id, stems, slop });
    return id;
  }

  /** All occurrences of all registered phrases among a sentence's tokens. */
  find(tokens: Token[]): Map<number, Occurrence[]> {
    const words: Token[] = [];
    // A phrase does not run out of an aside, nor across a semicolon: in "return to full duty — even heavy manual
    // work — within one week" no "work within" is said. It may run into one: "the procedure itself — which takes 60
    // to 90 mins —". Each word's stretch between such marks:
    const stretches: number[] = [];
    // Words that open a hyphenated compound ("in" of "in-office"): see below.
    const opensCompound: boolean[] = [];
    let stretch = 0;
    let dashes = 0;
    let previousEnd = -1;
    for (const [position, token] of tokens.entries()) {
      if (token.word) {
        words.push(token);
        stretches.push(stretch);
        const next = tokens[position + 1];
        const after = tokens[position + 2];
        opensCompound.push(next !== undefined && next.text === '-' && next.start === token.end && after !== undefined && after.word && after.start === next.end);
      } else if (CLOSES.has(token.text)) {
        stretch++;
      } else if (token.text === '—' || (token.text === '–' && token.start > previousEnd)) {
        // Every second dash closes its aside; a dash between figures ("2–4") is a range.
        if (++dashes % 2 === 0) stretch++;
      }
      previousEnd = token.end;
    }
    const found = new Map<number, Occurrence[]>();
    for (let index = 0; index < words.length; index++) {
      const candidates = this.byFirstStem.get((words[index] as Token).stem);
      if (!candidates) continue;
      for (const entry of candidates) {
        // "in * sessions" is not said in "a single in-office session": a wildcard does not take the rest of a
        // compound whose first half is the phrase's word.
        if (entry.stems[1] === WILDCARD && opensCompound[index]) continue;
        const last = matchFrom(words, index, entry);
        if (last < 0 || stretches[last] !== stretches[index]) continue;
        addTo(found, entry.id, { firstWord: index, lastWord: last, start: (words[index] as Token).start, end: (words[last] as Token).end });
      }
    }
    return found;
  }
}

/** The stems of a phrase as the index stores them. */
export function phraseStems(phrase: string): string[] {
  return tokenize(phrase)
    .filter((token) => token.word || token.text === WILDCARD)
    .map((token) => (token.text === WILDCARD ? WILDCARD : token.stem));
}

/** Index of the last word of the phrase matched from `start`, or -1. Up to `slop` extra words between phrase words. */
function matchFrom(words: Token[], start: number, entry: Entry): number {
  let position = start;
  for (let part = 1; part < entry.stems.length; part++) {
    const wanted = entry.stems[part];
    let next = -1;
    for (let step = 1; step <= entry.slop + 1; step++) {
      const word = words[position + step];
      if (!word) break;
      if (wanted === WILDCARD || word.stem === wanted) {
        next = position + step;
        break;
      }
    }
    if (next < 0) return -1;
    position = next;
  }
  return position;
}
