import type { TextRange } from '../types.js';

/*
 * Sentence segmentation for one prose block (paragraph, heading, list item, table cell), markup removed.
 *
 * One left-to-right scan visits the characters that can end a sentence (. ! ? … line breaks, inline bullets,
 * and a colon that opens an inline numbered list) and decides each from the few characters around it.
 * Abbreviations, titles and sentence openers are data (the sets below), not rules.
 */

// ---------------------------------------------------------------------------------------------------------
// Data. Keys are lower case, without the final period; inner periods are kept ("e.g", "ph.d").
// ---------------------------------------------------------------------------------------------------------

/** Titles written before a name ("Dr. Smith", "St. Louis", "Gen. Lee"): never the end of a sentence. Only when capitalised. */
const TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'mx', 'messrs', 'mmes', 'dr', 'prof', 'rev', 'revd', 'hon', 'rt', 'fr', 'msgr',
  'st', 'ste', 'mt', 'ft',
  'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'cmdr', 'cdr', 'adm', 'brig', 'sgt', 'cpl', 'pvt', 'insp', 'det', 'supt',
  'pres', 'gov', 'sen', 'rep', 'amb', 'atty',
]);

/** Abbreviations that always lead into what follows ("e.g. apples", "vs. them", "approx. half"). */
const LEADING_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'e.g', 'i.e', 'cf', 'viz', 'vs', 'approx', 'ca', 'incl', 'excl', 'esp', 'w.r.t',
]);

/**
 * Nouns abbreviated before a number ("No. 5", "Fig. 3", "pp. 12–15", "Apt. 4"). Before anything else they are
 * read as ordinary words, because most of them are words too ("he said no.", "a ripe fig.").
 */
const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'no', 'nos', 'n°', 'nº', 'nr', 'num', 'fig', 'figs', 'tab', 'eq', 'eqs', 'ref', 'refs', 'vol', 'vols', 'pp',
  'ch', 'chap', 'sect', 'para', 'art', 'arts', 'pt', 'pts', 'op', 'ser', 'ver', 'apt', 'bldg', 'rm', 'tel', 'ext',
]);

/**
 * Abbreviations that can end a sentence as well as sit inside one ("Smith & Co. at noon" / "Smith & Co. It closed").
 * After one of these a capitalised word starts a new sentence only if it is a typical sentence opener.
 * "etc" is the exception: it ends a sentence before any capitalised word.
 */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // names and companies
  'jr', 'sr', 'esq', 'co', 'corp', 'inc', 'ltd', 'llc', 'plc', 'bros', 'assn', 'assoc', 'dept', 'div', 'univ', 'inst',
  'intl', 'natl', 'govt', 'mfg', 'mgr', 'al',
  // places
  'ave', 'blvd', 'rd', 'ln', 'hwy', 'pkwy', 'sq',
  // measures and times (lower case: "ft" is feet, "Ft." a fort)
  'est', 'avg', 'hr', 'hrs', 'yr', 'yrs', 'sec', 'secs', 'ft', 'yd', 'yds', 'oz', 'lb', 'lbs', 'qt', 'gal', 'tsp', 'tbsp',
  // everything else
  'etc', 'misc', 'trans', 'ibid',
]);

/** Abbreviations that are common words in lower case ("mar", "sat"), so only count when capitalised. */
const CAPITALISED_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat',
]);

/**
 * Words that typically open an English sentence. After an abbreviation ("in the U.S. How about you?"), a capitalised
 * opener means the abbreviation ended the sentence; a capitalised name ("U.S. Government") means it did not.
 */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  // articles, demonstratives, pronouns and possessives
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'there', 'here', 'i', 'we', 'you', 'he', 'she', 'it', 'they',
  'my', 'our', 'your', 'his', 'her', 'its', 'their', 'one', 'some', 'many', 'most', 'much', 'few', 'all', 'both',
  'each', 'every', 'any', 'no', 'none', 'nobody', 'nothing', 'everyone', 'someone', 'such', 'other', 'others',
  // questions
  'what', 'when', 'where', 'why', 'how', 'who', 'whom', 'whose', 'which',
  // auxiliaries (questions) — not "may" or "will", which are also names
  'is', 'are', 'was', 'were', 'do', 'does', 'did', 'can', 'could', 'would', 'should', 'shall', 'might', 'must',
  'has', 'have', 'had', 'let', 'please',
  // connectives and sentence adverbs
  'and', 'but', 'or', 'so', 'yet', 'if', 'as', 'because', 'since', 'while', 'although', 'though', 'unless', 'until',
  'after', 'before', 'however', 'meanwhile', 'moreover', 'furthermore', 'also', 'then', 'thus', 'therefore', 'hence',
  'instead', 'indeed', 'still', 'nevertheless', 'nonetheless', 'otherwise', 'similarly', 'likewise', 'finally',
  'first', 'second', 'third', 'next', 'later', 'now', 'today', 'yesterday', 'tomorrow', 'overall', 'currently',
  'recently', 'previously', 'initially', 'ultimately', 'fortunately', 'unfortunately', 'yes', 'not',
  // prepositions that open a sentence-initial phrase
  'in', 'on', 'at', 'for', 'from', 'to', 'by', 'with', 'without', 'during', 'despite', 'according', 'under', 'over',
  'between', 'among', 'unlike', 'like', 'about', 'of',
]);

/** Words a line of prose can break after but a heading does not end with ("reported by the\nNew York Times"). */
const CONTINUATION_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'nor', 'but', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'into', 'onto',
  'as', 'than', 'that', 'which', 'who', 'whose', 'if', 'when', 'while', 'because', 'about', 'over', 'under', 'between',
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'not', 'no', 'his', 'her', 'its', 'their', 'our',
  'my', 'your', 'this', 'these', 'those', 'said', 'says', 'per', 'via', 'vs',
]);

// ---------------------------------------------------------------------------------------------------------
// Patterns, compiled once.
// ---------------------------------------------------------------------------------------------------------

/** A line that starts a list item: a bullet and a space, or "1." / "1)" / "a)" and a space. */
const ITEM_LINE = /[ \t]*(?:[-*](?=[ \t])|[•◦‣⁃▪●■►▸]|(?:\d{1,2}|[a-z])(?:\.\)|[.)])(?=[ \t])|[A-Z]\)(?=[ \t]))/y;
/** An inline list marker: "1." "1.)" "1)" "a." "a)" "A)" followed by whitespace (not "A.", which is an initial). */
const LIST_MARKER = /(\d{1,2}|[a-z]|[A-Z](?=\)))(\.\)|\.|\))(?=\s)/y;
/** A reference marker after the final period: "claim.[12] Next", "claim.[1][2]", "claim.[citation needed]". */
const CITATION = /\[(?:\d{1,3}(?:\s?[,–-]\s?\d{1,3})*|[a-z]|note \d{1,3}|citation needed)\]/y;
/** A line ending in sentence punctuation (possibly inside quotes or brackets). */
const LINE_END_TERMINATOR = /[.!?…]["'”’»)\]]*[ \t\r]*(?:\n|$)/;
/** Letters separated by periods: "U.S", "a.m", "Ph.D", "U.S.A" (the final period is the candidate). */
const MULTI_PERIOD = /^(?:[A-Za-z]{1,2}\.)+[A-Za-z]{1,2}$/;
/** Characters that make a token an address or identifier rather than a word ("Jane.Doe@…", "a/b.Html"). */
const ADDRESS_CHARACTER = /[.@/:]/;
/** A section or step number ("Chapter 1.", "Step 12.", "Section 3.2."). */
const NUMBERING = /^\d{1,3}(?:\.\d{1,3})*$/;
/** A list marker's number or letter. */
const MARKER_TOKEN = /^(?:\d{1,2}|[A-Za-z])$/;

/** Longest word looked at before a period; anything longer is a URL, a number or a run of symbols, not an abbreviation. */
const MAX_TOKEN = 64;
/** The longest sentence, in UTF-16 units; real ones stay far below (a 200-word sentence is about 1,300). */
export const MAX_SENTENCE = 4000;
/** A line without final punctuation that is this short was not wrapped by an editor: its line break is meant. */
const SHORT_LINE = 40;
/** A line in title case this short is a heading ("The Healing Process and Gradual Improvement"), however long for a plain one. */
const TITLE_LINE = 90;
/** A word a title leaves in lower case: short function words ("and", "of", "the", "with"). */
const TITLE_SMALL_WORD = /^(?:[a-z]{1,3}|with|from|into|onto|over|than|that|your|vs\.?)$/;

/** Whether every word of a line but the short function words is capitalised, and there are at least three of them. */
function isTitleCase(line: string): boolean {
  const words = line.split(/\s+/);
  const capitalised = words.filter((word) => /^[A-Z0-9]/.test(word)).length;
  return capitalised >= 3 && words.every((word) => /^[A-Z0-9("'“‘]/.test(word) || TITLE_SMALL_WORD.test(word));
}
/** Punctuation a line can end with and still run on into the next line. */
const RUN_ON_LINE_END = /[,;\-–—(/&+]$/;
/** A line's last word. */
const LAST_WORD = /[A-Za-z]+$/;

// Character codes.
const DOT = 0x2e;
const ELLIPSIS = 0x2026;
const BANG = 0x21;
const QUESTION = 0x3f;
const INTERROBANG = 0x203d;
const COLON = 0x3a;
const LF = 0x0a;
const CR = 0x0d;

function isWhitespace(code: number): boolean {
  // The same set as the regular expression \s.
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Bullets that mark a list item even in the middle of a line. */
function isBullet(code: number): boolean {
  return (
    code === 0x2022 || // •
    code === 0x25e6 || // ◦
    code === 0x2023 || // ‣
    code === 0x2043 || // ⁃
    code === 0x25aa || // ▪
    code === 0x25cf || // ●
    code === 0x25a0 || // ■
    code === 0x25ba || // ►
    code === 0x25b8 // ▸
  );
}

/** What may follow final punctuation and still belong to the sentence: closing quotes, brackets, note numbers. */
function isCloser(code: number): boolean {
  return (
    code === 0x22 || // "
    code === 0x27 || // '
    code === 0x201d || // ”
    code === 0x2019 || // ’
    code === 0xbb || // »
    code === 0x203a || // ›
    code === 0x29 || // )
    code === 0x5d || // ]
    code === 0x7d || // }
    code === 0xb9 || // ¹
    code === 0xb2 || // ²
    code === 0xb3 || // ³
    (code >= 0x2070 && code <= 0x2079) // ⁰ ⁴ … ⁹
  );
}

/** What may stand before a sentence's first word: opening quotes and brackets, Spanish marks. */
function isOpener(code: number): boolean {
  return (
    code === 0x22 || // "
    code === 0x27 || // '
    code === 0x201c || // “
    code === 0x2018 || // ‘
    code === 0x201e || // „
    code === 0xab || // «
    code === 0x2039 || // ‹
    code === 0x28 || // (
    code === 0x5b || // [
    code === 0x7b || // {
    code === 0xbf || // ¿
    code === 0xa1 // ¡
  );
}

function isAsciiUpper(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

function isAsciiLower(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

function isAsciiLetter(code: number): boolean {
  return isAsciiUpper(code) || isAsciiLower(code);
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isLetterOrDigit(code: number): boolean {
  if (code < 0x80) return isAsciiLetter(code) || isDigit(code);
  const ch = String.fromCharCode(code);
  return ch.toLowerCase() !== ch.toUpperCase();
}

/** Whether the word at `at` starts in lower case: "then", but not "iPhone" or "eBay", which are names. */
function startsLowerCase(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (isAsciiLower(code)) return !isAsciiUpper(text.charCodeAt(at + 1));
  if (code < 0x80) return false;
  const ch = text.charAt(at);
  return ch !== ch.toUpperCase();
}

/** Whether the word at `at` is a capitalised sentence opener ("The", "How", "I"), not a further initial ("J. A. Smith"). */
function isSentenceOpener(text: string, at: number): boolean {
  if (!isAsciiUpper(text.charCodeAt(at))) return false;
  let end = at + 1;
  while (end < text.length && isAsciiLetter(text.charCodeAt(end))) end++;
  if (end - at === 1 && text.charCodeAt(end) === DOT) return false;
  return SENTENCE_OPENERS.has(text.slice(at, end).toLowerCase());
}

type TokenKind = 'plain' | 'title' | 'leading' | 'number' | 'abbreviation' | 'etc';

/** How the word before a period reads. `token` has its final period removed. */
function classifyToken(token: string): TokenKind {
  const lower = token.toLowerCase();
  const capitalised = isAsciiUpper(token.charCodeAt(0));
  if (capitalised && TITLES.has(lower)) return 'title';
  if (LEADING_ABBREVIATIONS.has(lower)) return 'leading';
  if (NUMBER_ABBREVIATIONS.has(lower)) return 'number';
  if (lower === 'etc') return 'etc';
  if (ABBREVIATIONS.has(lower) || (capitalised && CAPITALISED_ABBREVIATIONS.has(lower))) return 'abbreviation';
  // A single letter is an initial ("Jonas E. Smith") or a letter abbreviation ("p. 55").
  if (token.length === 1 && isAsciiLetter(token.charCodeAt(0))) return 'abbreviation';
  if (token.length > 2 && MULTI_PERIOD.test(token)) return 'abbreviation';
  return 'plain';
}

// ---------------------------------------------------------------------------------------------------------
// The scan.
// ---------------------------------------------------------------------------------------------------------

/** Split a block of prose into sentences. Ranges are offsets into `text`, end exclusive, trimmed of surrounding whitespace, in order, non-overlapping, never empty. */
export function splitSentences(text: string): TextRange[] {
  const n = text.length;
  const out: TextRange[] = [];
  const multiline = text.includes('\n') || text.includes('\r');
  const unpunctuated = !LINE_END_TERMINATOR.test(text);
  // Lines none of which ends in punctuation are a list of lines (a menu, tags, an address): short ones stand alone.
  const listOfLines = multiline && unpunctuated;
  // A one-line block without final punctuation is a heading or a label ("Chapter 1. Introduction"): numbers in it are numbering.
  const label = !multiline && unpunctuated;

  let start = 0; // where the current sentence begins (untrimmed)
  let contentStart = 0; // its first character after whitespace and a bullet
  let nextItem = -1; // where the next item of an inline numbered list begins, if any
  let lineStart = 0;
  const searched = new Map<string, { from: number; found: number }>();

  const emit = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && isWhitespace(text.charCodeAt(s))) s++;
    while (e > s && isWhitespace(text.charCodeAt(e - 1))) e--;
    // A run-on "sentence" past MAX_SENTENCE (a pasted log, a line of repeated text) is cut into pieces: every
    // claim carries its sentence, so one 300 KB sentence with a thousand claims made a report of gigabytes.
    while (e - s > MAX_SENTENCE) {
      let cut = s + MAX_SENTENCE;
      while (cut > s + MAX_SENTENCE / 2 && !isWhitespace(text.charCodeAt(cut))) cut--;
      if (!isWhitespace(text.charCodeAt(cut))) cut = s + MAX_SENTENCE;
      // Never between the halves of a surrogate pair.
      if ((text.charCodeAt(cut) & 0xfc00) === 0xdc00 && (text.charCodeAt(cut - 1) & 0xfc00) === 0xd800) cut--;
      let pieceEnd = cut;
      while (pieceEnd > s && isWhitespace(text.charCodeAt(pieceEnd - 1))) pieceEnd--;
      out.push({ start: s, end: pieceEnd });
      s = cut;
      while (s < e && isWhitespace(text.charCodeAt(s))) s++;
    }
    if (e > s) out.push({ start: s, end: e });
    start = end;
  };

  /** Where the inline list item after `marker` (e.g. "2." after "1.") begins, or -1. */
  const findNextItem = (value: string, style: string, from: number): number => {
    let next: string;
    if (isDigit(value.charCodeAt(0))) next = String(Number(value) + 1);
    else if (value === 'z' || value === 'Z') return -1;
    else next = String.fromCharCode(value.charCodeAt(0) + 1);
    const marker = next + style;
    // Searches move forward, so an earlier answer still holds if it lies ahead: no text is searched twice per marker.
    const known = searched.get(marker);
    if (known && from >= known.from && (known.found === -1 || known.found >= from)) return known.found;
    let found = -1;
    for (let at = text.indexOf(marker, from); at !== -1; at = text.indexOf(marker, at + 1)) {
      const before = text.charCodeAt(at - 1);
      if (at > 0 && (isWhitespace(before) || isBullet(before)) && isWhitespace(text.charCodeAt(at + marker.length))) {
        found = isBullet(before) ? at - 1 : at;
        break;
      }
    }
    searched.set(marker, { from, found });
    return found;
  };

  /** Spaces and tabs (not line breaks) from `from`. */
  const skipBlanks = (from: number): number => {
    let p = from;
    for (let code = text.charCodeAt(p); p < n && code !== LF && code !== CR && isWhitespace(code); code = text.charCodeAt(++p));
    return p;
  };

  /**
   * Start a sentence at `pos`: find its content and, if it opens with a list marker, where the next item is.
   * The look stops at a line break (the break itself begins the sentence again), so runs of blank lines stay linear.
   */
  const begin = (pos: number): void => {
    start = pos;
    let p = skipBlanks(pos);
    const code = text.charCodeAt(p);
    if (isBullet(code) || ((code === 0x2d || code === 0x2a) && isWhitespace(text.charCodeAt(p + 1)))) {
      // A bullet with nothing after it on its line is the content itself.
      const after = skipBlanks(p + 1);
      if (after < n && text.charCodeAt(after) !== LF && text.charCodeAt(after) !== CR) p = after;
    }
    contentStart = p;
    LIST_MARKER.lastIndex = p;
    const marker = LIST_MARKER.exec(text);
    if (marker) nextItem = findNextItem(marker[1] ?? '', marker[2] ?? '', p + marker[0].length);
  };

  /** A break that does not depend on punctuation (blank line, new list item): the list context ends too. */
  const hardBreak = (end: number, next: number): void => {
    emit(end);
    nextItem = -1;
    begin(next);
  };

  /** Index of the first non-whitespace character at or after `from` (n if none). */
  const skipWhitespace = (from: number): number => {
    let p = from;
    while (p < n && isWhitespace(text.charCodeAt(p))) p++;
    return p;
  };

  /** After final punctuation ending at `from`: skip closing quotes, brackets and reference markers. */
  const skipClosers = (from: number): number => {
    let p = from;
    for (;;) {
      const code = text.charCodeAt(p);
      if (code === 0x5b) {
        CITATION.lastIndex = p;
        if (!CITATION.test(text)) return p;
        p = CITATION.lastIndex;
      } else if (isCloser(code)) p++;
      else return p;
    }
  };

  /**
   * What follows a candidate end at `end`: -1 if it is glued to the next character (no whitespace), `n` if only
   * whitespace remains, otherwise the first character of the next word (opening quotes and brackets skipped).
   */
  const nextWord = (end: number): number => {
    if (end >= n) return n;
    if (!isWhitespace(text.charCodeAt(end))) return -1;
    let p = skipWhitespace(end);
    while (p < n && isOpener(text.charCodeAt(p))) p++;
    return p;
  };

  /** The word before the period at `dot`, without leading quotes, brackets or bullets; and where it starts. */
  const tokenBefore = (dot: number): [string, number] => {
    let s = dot;
    // Not past the sentence's start: after "Tuesday.Mr." split at the glued period, the word is "Mr".
    // Not past MAX_TOKEN either: a longer run is no abbreviation, and the bound keeps "a.a.a.a…" linear.
    const limit = Math.max(start, dot - MAX_TOKEN);
    while (s > limit && !isWhitespace(text.charCodeAt(s - 1))) s--;
    if (s === limit && s > start && !isWhitespace(text.charCodeAt(s - 1))) return [text.slice(s, dot), -1];
    while (s < dot && (isOpener(text.charCodeAt(s)) || isBullet(text.charCodeAt(s)))) s++;
    return [text.slice(s, dot), s];
  };

  /** Does a single period at `dot`, followed by the word at `word` (not lower case), end the sentence? */
  const periodEnds = (dot: number, word: number): boolean => {
    const [token, tokenStart] = tokenBefore(dot);
    // "1. The first item": a list marker opening the sentence is not a sentence.
    if (tokenStart === contentStart && MARKER_TOKEN.test(token)) return false;
    if (tokenStart === -1 || token === '' || token.includes('@') || token.includes('/')) return true;
    const code = text.charCodeAt(word);
    switch (classifyToken(token)) {
      case 'plain':
        return !(label && NUMBERING.test(token));
      case 'title':
      case 'leading':
        return false;
      case 'number':
        // "No. 5" is an abbreviation; "He said no. The" is a word.
        return !isDigit(code);
      case 'etc':
        return isLetterOrDigit(code) && !isDigit(code);
      case 'abbreviation':
        // Abbreviations end a sentence only before a word that usually opens one: "U.S. How" but "U.S. Government".
        return isSentenceOpener(text, word);
    }
  };

  /**
   * "world.Today": a period glued to a word ends a sentence when a space was forgotten. Without the space the next
   * word must be a typical sentence opener or a title ("Tuesday.Mr. Smith"), so that e-mail addresses, URLs, file
   * names, dotted identifiers ("Math.Max") and abbreviations ("Mr.Smith", "U.S.Army") stay whole.
   */
  const gluedPeriodEnds = (dot: number): boolean => {
    if (!isLetterOrDigit(text.charCodeAt(dot - 1))) return false;
    if (!isAsciiUpper(text.charCodeAt(dot + 1)) || !isAsciiLower(text.charCodeAt(dot + 2))) return false;
    const [token, tokenStart] = tokenBefore(dot);
    if (tokenStart === -1 || ADDRESS_CHARACTER.test(token) || classifyToken(token) !== 'plain') return false;
    let p = dot + 2;
    while (p < n && isAsciiLetter(text.charCodeAt(p))) p++;
    const word = text.slice(dot + 1, p).toLowerCase();
    if (p < n && !isWhitespace(text.charCodeAt(p))) {
      // The next word must end like a word of prose ("Mr. Smith", "That,"), not continue an address ("Doe@").
      if (!'.,;:!?'.includes(text.charAt(p)) || !(p + 1 >= n || isWhitespace(text.charCodeAt(p + 1)))) return false;
    }
    return SENTENCE_OPENERS.has(word) || (TITLES.has(word) && text.charCodeAt(p) === DOT);
  };

  /** Decide a run of periods and ellipses starting at `i`; returns where to continue scanning. */
  const dots = (i: number): number => {
    const attached = i > 0 && !isWhitespace(text.charCodeAt(i - 1));
    let j = i;
    let count = 0;
    let firstGroup = 0;
    let spaced = false;
    for (;;) {
      for (let code = text.charCodeAt(j); code === DOT || code === ELLIPSIS; code = text.charCodeAt(++j)) {
        count += code === DOT ? 1 : 3;
      }
      if (firstGroup === 0) firstGroup = count;
      // ". . ." (typeset ellipsis): a space, then a period standing on its own.
      const after = text.charCodeAt(j + 2);
      if (
        (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0xa0) &&
        text.charCodeAt(j + 1) === DOT &&
        (j + 2 >= n || isWhitespace(after) || after === DOT || isCloser(after))
      ) {
        spaced = true;
        j++;
        continue;
      }
      break;
    }
    // "Really..?" or "U.S.?": a question or exclamation mark decides.
    if (text.charCodeAt(j) === QUESTION || text.charCodeAt(j) === BANG) return marks(i, j);

    const end = skipClosers(j);
    const word = nextWord(end);
    if (word >= n) return end; // the block ends here
    if (word === -1) {
      if (count === 1 && end === j && gluedPeriodEnds(i)) split(j);
      return j;
    }
    const lower = startsLowerCase(text, word);

    if (count === 1 && !spaced) {
      if (!lower && periodEnds(i, word)) split(end);
      return end;
    }
    if (!spaced) {
      // "[...]" or "(…)" marks an omission inside a quotation, never an end.
      const before = text.charCodeAt(i - 1);
      if ((before === 0x5b && text.charCodeAt(j) === 0x5d) || (before === 0x28 && text.charCodeAt(j) === 0x29)) return end;
      // "that.... She" / "I waited... Then": an ellipsis before a capitalised word ends the sentence.
      if (!lower) split(end);
      return end;
    }
    if (attached && firstGroup === 1 && count >= 4) {
      // "compounds. . . . The": the period ends the sentence; the ellipsis opens the next one (omitted text).
      if (!lower) {
        split(i + 1);
        return i + 1;
      }
      return end;
    }
    // A typeset ellipsis of three points marks an omission inside the sentence ("is . . . I didn't"); a fourth
    // point is the sentence's own period ("with a period . . . . Next").
    if (count !== 3 && !lower) split(end);
    return end;
  };

  /** Decide a run of question and exclamation marks starting at `i` (`j` already past any periods). */
  const marks = (i: number, from: number): number => {
    let j = from;
    for (let code = text.charCodeAt(j); code === QUESTION || code === BANG || code === INTERROBANG || code === DOT || code === ELLIPSIS; code = text.charCodeAt(++j));
    const end = skipClosers(j);
    const word = nextWord(end);
    if (word >= n || word === -1) return Math.max(end, i + 1);
    // "Yahoo! in the accounting department", '"Why?" she asked': lower case continues the sentence.
    if (!startsLowerCase(text, word)) split(end);
    return end;
  };

  const split = (end: number): void => {
    emit(end);
    begin(end);
  };

  /** A line break at `i` (the last character of the break). */
  const lineBreak = (i: number): void => {
    const p = skipBlanks(i + 1);
    const lineEnd = i;
    const thisLineStart = lineStart;
    lineStart = i + 1;
    // Nothing of the sentence yet: it begins on the next line (begin() stops at line breaks).
    const code = text.charCodeAt(contentStart);
    if (contentStart <= i && (code === LF || code === CR)) begin(i + 1);
    if (p >= n) return;
    // Double line breaks separate paragraphs.
    if (text.charCodeAt(p) === LF || text.charCodeAt(p) === CR) {
      hardBreak(lineEnd, i + 1);
      return;
    }
    // "\n- item", "\n2. item": a new list item.
    ITEM_LINE.lastIndex = i + 1;
    if (ITEM_LINE.test(text)) {
      hardBreak(lineEnd, i + 1);
      return;
    }
    let s = thisLineStart;
    let e = lineEnd;
    while (s < e && isWhitespace(text.charCodeAt(s))) s++;
    while (e > s && isWhitespace(text.charCodeAt(e - 1))) e--;
    if (e === s || (e - s >= SHORT_LINE && !(e - s < TITLE_LINE && isTitleCase(text.slice(s, e))))) return;
    // Lines of a list of lines ("features\ncontact manager\nevents").
    if (listOfLines) {
      hardBreak(lineEnd, i + 1);
      return;
    }
    // "Key findings\nMore than 80% of patients…": a short heading line, then a capitalised line.
    if (isHeadingLine(s, e) && isLetterOrDigit(text.charCodeAt(p)) && !startsLowerCase(text, p)) hardBreak(lineEnd, i + 1);
  };

  /** A short line that reads as a heading: capitalised, and not ending the way a line of running prose breaks off. */
  const isHeadingLine = (s: number, e: number): boolean => {
    const first = text.charCodeAt(s);
    if (!isLetterOrDigit(first) || startsLowerCase(text, s)) return false;
    const line = text.slice(s, e);
    if (LINE_END_TERMINATOR.test(line) || RUN_ON_LINE_END.test(line)) return false;
    const last = LAST_WORD.exec(line);
    return !(last && CONTINUATION_WORDS.has(last[0].toLowerCase()));
  };

  /** "Three steps: 1. Wash 2. Dry": a colon that opens an inline numbered list ends the lead-in. */
  const colon = (i: number): void => {
    if (!isWhitespace(text.charCodeAt(i + 1))) return;
    const p = skipWhitespace(i + 1);
    LIST_MARKER.lastIndex = p;
    const marker = LIST_MARKER.exec(text);
    if (!marker) return;
    const value = marker[1] ?? '';
    if (value !== '1' && value !== 'a' && value !== 'A') return;
    if (findNextItem(value, marker[2] ?? '', p + marker[0].length) === -1) return;
    split(i + 1);
  };

  begin(0);
  let i = 0;
  while (i < n) {
    if (nextItem !== -1 && nextItem <= i) {
      // An inline list's next marker ("1. The first item 2. The second item") starts a new item.
      const at = nextItem;
      nextItem = -1;
      if (at > contentStart) split(at);
    }
    const code = text.charCodeAt(i);
    if (code === DOT || code === ELLIPSIS) {
      i = Math.max(i + 1, dots(i));
    } else if (code === QUESTION || code === BANG || code === INTERROBANG) {
      i = Math.max(i + 1, marks(i, i));
    } else if (code === LF || (code === CR && text.charCodeAt(i + 1) !== LF)) {
      lineBreak(i);
      i++;
    } else if (code === COLON) {
      colon(i);
      i++;
    } else if (isBullet(code) && i > contentStart && isWhitespace(text.charCodeAt(i - 1))) {
      // "• 9. The first item • 10. The second item": a bullet inside a line still starts an item.
      split(i);
      i++;
    } else {
      i++;
    }
  }
  emit(n);
  return out;
}
