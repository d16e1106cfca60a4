import type { Comparators } from '../rules/compile.js';
import type { Sentence, TextRange } from '../types.js';

// A comparison clause talks about something else: "While SSRIs take weeks, …", "unlike opioids, …",
// "faster than the six weeks antidepressants need", "other treatments help only 40%". Its figures are not claims
// about the subject. Nor is what a warning names: "I'd be wary of any clinic that promises a cure".
// "while" only counts at the start of a sentence or clause, where it means "whereas", not "during".
// A market-wide reference figure ("well above the national average of 0.45%") is a comparison too. What a
// "whether" asks is not asserted either ("ask the clinic whether the device is FDA-cleared"), nor is what the subject
// is not to be confused with ("Don't confuse DPC with concierge medicine, which also bills insurance").
const FOREIGN_CUE =
  /(?:^|[,;:(]\s*)(while|whilst)\b|\b(whereas|whether|unlike|compared (?:to|with)|in contrast to|as opposed to|than|versus|vs\.?|(?:national|industry|market|nationwide|global|sector|category) (?:average|median|norm|benchmark)s?|(?:other|those|traditional|conventional|competing|rival) (?:drugs|medications|medicines|pills|treatments|therapies|products|devices|brands|options|methods|procedures|shots|injections|providers|companies|firms|banks|apps|models)|(?:most|many|some|several|typical|other|traditional) (?:advisors|advisers|competitors|rivals|lenders|issuers|credit unions|brokers|cards|credit cards|banks|companies|brands|retailers|stores)|(?:a|one|our|their) (?:competitor|rival)|competitors|rivals|(?:wary|beware|suspicious|skeptical|sceptical) of|steer clear of|confus(?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,4}?with)(?=[\s,.;:)]|$)/gi;
// A thousands comma ends no clause: "only 5 years or 60,000 miles".
const CLAUSE_END = /(?<!\d),|,(?!\d)|[;:)]|\s[–—-]\s/g;
const RELATIVE_NEXT = /^\s*(?:which|who|whose|whom)\b/i;

// Cues that set one thing against another, either of which may be the subject ("Unlike hearing aids, sound
// amplifiers are not cleared"); "than", "versus" and market averages always name the other thing.
const CONTRAST_CUE = /^(?:while|whilst|whereas|unlike|compared (?:to|with)|in contrast to|as opposed to)$/i;

/**
 * Stretches of a sentence that describe another subject (comparison clauses). A cue inside a figure is a bound,
 * not a comparison: "more than 80%" keeps its figure. When a contrast clause names the article's subject (every
 * word of it: "unlike hearing aids" for `hearing-aids`), it is the rest of the sentence that is about another.
 */
export function foreignClauses(text: string, values: readonly TextRange[] = [], subject = '', comparators: Comparators | null = null): TextRange[] {
  const ranges: TextRange[] = [];
  const subjectWords = wordPatternsOf(subject);
  // Most sentences name no comparator: one scan says so before any clause is looked at.
  if (comparators !== null && comparators.anywhere.test(text)) ranges.push(...comparatorClauses(text, comparators, subjectWords));
  // "By comparison, about 25% improved on usual care alone", "Sound amplifiers, by contrast, are not cleared",
  // "Compare that with cortisone: steroid shots help about 50%": a sentence set against what came before (or
  // against what its opening names) is about something else, unless it names the subject or itself.
  // "The only contact lens that is FDA approved for myopia control is MiSight": a sentence about the one thing it
  // singles out, which is not the subject unless it names it.
  if (subjectWords.length > 0 && ONLY_ONE.test(text) && !subjectWords.some((word) => word.test(text))) return [{ start: 0, end: text.length }];
  // "Skin prick testing, which looks for food allergies, is a different test altogether and gives results within 20
  // minutes": a sentence about a thing it says is another, unless that thing is the subject.
  if (ANOTHER_KIND.test(text) && !names(text, subjectWords)) return [{ start: 0, end: text.length }];
  // "Halbrook's APRs start at 6.99%, a bit below Quillmark's floor": one brand's figure set against another's, which
  // is the subject's only when the subject is the brand it opens with.
  const brands = TWO_BRANDS.exec(text);
  if (brands !== null && brands[1] !== brands[2] && !subjectWords.some((word) => word.test(brands[1] as string))) return [{ start: 0, end: text.length }];
  // So is an aside that singles one out: "the trial behind Aralvo, the only peanut powder approved by the FDA for children".
  if (subjectWords.length > 0 && /,\s*the\s+only\b/i.test(text)) {
    for (const aside of text.matchAll(ONLY_ONE_ASIDE)) if (!names(aside[0], subjectWords)) ranges.push({ start: aside.index, end: aside.index + aside[0].length });
  }
  // "The first-generation Home 10 offered just 9.5 kWh", "The AquaMellow 30K, which this model replaces, had…": an
  // earlier model's figures, up to where the sentence turns to the current one. So are another variant's: "A newer
  // form called intermittent theta-burst stimulation delivers a session in about three minutes".
  // "Good softeners carry 7 to 10 years on the valve": what a class of products does, judged by its quality.
  // (Also as the answer to a question: "What warranty should I expect? Good softeners carry…".)
  if (CLASS_BY_QUALITY.test(text)) return [{ start: 0, end: text.length }];
  const earlier = EARLIER_MODEL.exec(text);
  if (earlier !== null) {
    TURN.lastIndex = earlier.index + earlier[0].length;
    const turn = TURN.exec(text);
    ranges.push({ start: earlier.index, end: turn === null ? text.length : turn.index });
  }
  const contrast = /compar|contrast|perspective|reference/i.test(text) ? CONTRAST_SENTENCE.exec(text) : null;
  if (contrast && subjectWords.length > 0) {
    const topic = contrast.index === 0 ? text.slice(contrast[0].length, contrast[0].length + 40) : text.slice(0, contrast.index);
    if (!SELF.test(topic) && !subjectWords.some((word) => word.test(topic))) return [{ start: 0, end: text.length }];
  }
  // "We did carprofen for years and honestly it worked within hours, whereas Loxenta was more gradual": what comes
  // before a "whereas" that turns to the subject is about something else.
  const whereas = subjectWords.length > 0 ? WHEREAS.exec(text) : null;
  if (whereas !== null) {
    const turnedTo = text.slice(whereas.index + whereas[0].length, whereas.index + whereas[0].length + 40);
    if ((SELF.test(turnedTo) || subjectWords.some((word) => word.test(turnedTo))) && !names(text.slice(0, whereas.index), subjectWords)) ranges.push({ start: 0, end: whereas.index });
  }
  ranges.push(...elsewhereClauses(text));
  for (const found of text.matchAll(FOREIGN_CUE)) {
    const cue = found[1] ?? found[2] ?? '';
    const start = found.index + found[0].length - cue.length;
    if (values.some((value) => start >= value.start && start < value.end)) continue;
    CLAUSE_END.lastIndex = start + cue.length;
    let end = CLAUSE_END.exec(text);
    // "Compared with bridges, which fail in about 10% of cases, implants…": a relative clause right after
    // the comparison still describes what is compared.
    while (end && end[0] === ',' && RELATIVE_NEXT.test(text.slice(end.index + 1))) end = CLAUSE_END.exec(text);
    const clause = { start, end: end ? end.index : text.length };
    // Only a leading contrast turns the sentence round ("Unlike hearing aids, amplifiers are not cleared"); a
    // trailing one compares the main clause with something else whatever it names ("42% improved, compared with
    // 4% of the control group, who slept under a light blanket").
    const leading = /^\W*$/.test(text.slice(0, clause.start));
    if (leading && CONTRAST_CUE.test(cue) && names(text.slice(clause.start, clause.end), subjectWords)) {
      if (clause.start > 0) ranges.push({ start: 0, end: clause.start });
      if (clause.end < text.length) ranges.push({ start: clause.end, end: text.length });
      continue;
    }
    ranges.push(clause);
  }
  return ranges;
}

/**
 * "If your pet has a long-term condition, you may want lifetime cover elsewhere", "Prices elsewhere run to $300":
 * a clause about what another provider offers, wherever in it "elsewhere" stands. One that opens the sentence
 * ("Elsewhere in the city, a session costs $90") reaches over its comma to the clause it introduces.
 */
function elsewhereClauses(text: string): TextRange[] {
  if (!/\belsewhere\b/i.test(text)) return [];
  const ranges: TextRange[] = [];
  // matchAll starts where the shared pattern's last exec left off: from the start, or clause ends before that point
  // would depend on the sentence read before (the report on one article changed with the article before it).
  CLAUSE_END.lastIndex = 0;
  const ends = [...text.matchAll(CLAUSE_END)].map((end) => ({ start: end.index, end: end.index + end[0].length }));
  for (const found of text.matchAll(/\belsewhere\b/gi)) {
    const before = ends.filter((end) => end.end <= found.index).pop();
    const after = ends.filter((end) => end.start >= found.index + found[0].length);
    const start = before ? before.end : 0;
    const opening = start === 0 && /^\W*elsewhere\b/i.test(text) && after[0] !== undefined && text[after[0].start] === ',';
    const end = (opening ? after[1] : after[0])?.start ?? text.length;
    ranges.push({ start, end });
  }
  return ranges;
}

const EARLIER_MODEL =
  /(?:^|[:;]\s*)\W*(?:[Tt]he|[Ii]ts|[Oo]ur|[Tt]heir)\s+(?:(?:previous|older|earlier|original|old|discontinued|outgoing|prior|first-generation|first\s+generation|last-generation|\d{4})\s+)(?:[\w-]+\s+){0,3}?(?:model|version|generation|edition|unit|release|technique|method|procedure|device|formulation|surgery|laser|machine|system)s?\b|^\W*(?:Older|Earlier|Old-style|First-generation)\s+(?:[\w-]+\s+){0,3}?(?:techniques?|methods?|procedures?|devices?|machines?|models?|versions?|formulations?|products?|systems?|surgery|surgeries|lasers?|balloons?|implants?)\b|^\W*(?:[Tt]he\s+)?[A-Z][\w-]*(?:\s+[\w-]+){0,3},\s+which\s+(?:this|the\s+new|the\s+current|our\s+new)\s+(?:[\w-]+\s+){1,2}?replace[sd]\b|^\W*[Tt]he\s+(?:first-generation|first\s+generation|previous|older|original)\s+[A-Z]|(?:^|[:;]\s*)\W*(?:[Tt]he\s+(?:company|brand|maker|manufacturer)['’]s|[A-Z][\w-]*['’]s)\s+(?:first-generation|previous|older|original|earlier|discontinued|outgoing)\s+[A-Z]|\b(?:replaces|replaced|succeeds|supersedes)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}[A-Z0-9][\w-]*,\s+which\b|^\W*(?:An?|The)\s+(?:newer|faster|quicker|shorter|different|alternative|accelerated|related)\s+(?:[\w-]+\s+){0,2}?(?:form|version|variant|type|protocol|technique|method|kind|approach)\s+(?:called|named|known\s+as)\b/;
const CLASS_BY_QUALITY = /(?:^|\?\s+)\W*(?:good|decent|reputable|quality|better|the best|cheap|cheaper|budget|premium|high-end|most good|any good|any decent)\s+(?:[a-z-]+\s+)?[a-z-]+s\s+(?:usually\s+|typically\s+|often\s+|should\s+|will\s+)?(?:carry|come|have|offer|give|last|cost|include|run|provide|use|take)\b/i;
// A list of what it does goes on too: "The Tundrix P900 has a 1,024 Wh battery, weighs 11 kg and recharges…".
const COMPARATOR_GOES_ON = /^,\s*(?:(?:(?:but|and|yet|so|while)\s+)?(?:its|it|it's|it’s|they|their|they're|them|the\s+(?:benefits?|effects?|relief|results?|improvement))\b|with\b|(?:and\s+)?[a-z]+s\s+(?:(?:about|around|roughly|only|just|up\s+to|under|over|in|for|in\s+about|in\s+under)\s+)?[$€£]?\d|[$€£]?\d|(?:at|around|about|roughly|only|just)\s+(?:[a-z]+\s+)?[$€£]?\d|(?:whose|which)\b)/i;
// An aside that describes the comparator before its verb: "Steroid injections, usually given with a local anaesthetic,
// often bring relief within days": the clause after the aside is still the comparator's.
// So does a noun phrase set beside it: "The Voltaro C3, the city model, goes about 25 miles on a charge", and a word
// that turns to it: "Kinetra, meanwhile, backs the Mini with a three-year warranty".
const COMPARATOR_ASIDE = /^,\s*(?:(?:(?:usually|often|typically|normally|commonly|sometimes)\s+)?(?:given|used|done|taken|injected|applied|prescribed|performed|offered|sold|made)\b|(?:the|our|its|their|a|an)\s+(?:[a-z0-9-]+\s+){0,3}[a-z0-9-]+\s*,|(?:honestly|frankly|admittedly|though|however|too|also|meanwhile|by\s+contrast|in\s+contrast|for\s+its\s+part|on\s+the\s+other\s+hand)\s*,)/i;
const WHEREAS = /,\s*whereas\s+/i;
// Where a sentence turns from the earlier model to the current one.
const TURN = /,\s*(?:but|while|whereas)\s+|;\s*/g;

// Where a clause's subject stands: the sentence start, or after a clause break or a coordinating word, past a
// determiner ("Steroid shots often work within days", "…, but most painkillers wear off in hours"), or after a dash
// ("- **Steroid injection** — a steroid injection resolves symptoms in around 50–70%").
const CLAUSE_OPENING = /(?:^|[,;:(\u2013\u2014]|\b(?:but|and|yet|while|whereas|so)\b)\W*(?:(?:the|most|many|some|all|typical|standard|regular|conventional|traditional|oral)\s+)?/gi;

/**
 * Clauses whose subject is a comparator from the rule sets ("Steroid shots often work within a few days"):
 * about that other treatment or product, unless the clause names every word of the article's subject.
 */
function comparatorClauses(text: string, comparators: Comparators, subjectWords: RegExp[]): TextRange[] {
  const ranges: TextRange[] = [];
  for (const opening of text.matchAll(CLAUSE_OPENING)) {
    const start = opening.index + opening[0].length;
    if (!comparators.at.test(text.slice(start, start + 60))) continue;
    // "Tunnelfox and Harborline both refund within 30 days": the subject and its rival share what follows.
    const before = /^\W*and\b/i.test(opening[0]) ? /([\w'’-]+)\W*$/.exec(text.slice(0, opening.index))?.[1] : undefined;
    if (before !== undefined && subjectWords.some((word) => word.test(before))) continue;
    CLAUSE_END.lastIndex = start;
    let end = CLAUSE_END.exec(text)?.index ?? text.length;
    if (names(text.slice(start, end), subjectWords)) continue;
    // "Parlio costs more, $14.99 a month, but its certificate is accredited": a figure set beside it, an aside,
    // and what follows about "it" or "its" are still the comparator's.
    while (end < text.length && text[end] === ',') {
      const aside = COMPARATOR_ASIDE.test(text.slice(end));
      if (!aside && !COMPARATOR_GOES_ON.test(text.slice(end))) break;
      CLAUSE_END.lastIndex = end + 1;
      end = CLAUSE_END.exec(text)?.index ?? text.length;
      // Past the aside, its verb: one more stretch.
      if (aside && end < text.length && text[end] === ',') {
        CLAUSE_END.lastIndex = end + 1;
        end = CLAUSE_END.exec(text)?.index ?? text.length;
      }
    }
    ranges.push({ start, end });
  }
  // "…why I picked the E7 over the Kessler Arc, whose battery warranty is only 5 years": a relative clause right
  // after a comparator describes it.
  for (const named of text.matchAll(new RegExp(comparators.anywhere.source, 'gi'))) {
    const relative = RELATIVE_AFTER.exec(text.slice(named.index + named[0].length));
    if (relative === null) continue;
    const start = named.index + named[0].length + relative[0].length;
    CLAUSE_END.lastIndex = start;
    ranges.push({ start, end: CLAUSE_END.exec(text)?.index ?? text.length });
  }
  return ranges;
}

const RELATIVE_AFTER = /^\s*,\s*(?=(?:whose|which)\b)/i;

// "For comparison I got a neck lipo quote" needs no comma; "In comparison with SSRIs, it works" is about the subject.
// A forum handle may come first: "hal_9001_ish:\nFor comparison I got…".
const CONTRAST_SENTENCE = /^\W*(?:[\w.-]+:\s+)?(?:by|in|for) (?:comparison|contrast)\b(?!\s+(?:with|to)\b)\s*,?\s*|^\W*(?:by|in|for) (?:perspective|reference)\s*,\s*|^\W*(?:compare|contrast) (?:that|this|it|these|those) (?:with|to) [^:.;]{1,60}:\s*|,\s*(?:by|in|for) (?:comparison|contrast)\s*,/i;
// What singles one thing out ("The only contact lens that is FDA approved…"), not what the sentence says of the
// subject itself: "The only side effect I had was redness", "The only catch is the fee", "The only warranty
// offered is a 90-day warranty".
const ONLY_WHAT = String.raw`the\s+only\s+(?!(?:real\s+|major\s+|other\s+)?(?:side|adverse|downside|drawback|risk|complaint|problem|issue|thing|reaction|discomfort|pain|catch|cost|fee|charge|symptom|warranty|warranties|guarantee|trial|refund|price|subscription|requirement)s?\b)[a-z]`;
const TWO_BRANDS = /\b([A-Z][a-z]{2,})['’]s\b[^;]{0,80}?\b(?:below|above|under|over|than|beneath|behind|ahead\s+of)\s+(?:[a-z]+\s+)?([A-Z][a-z]{2,})['’]s\b/;
const ANOTHER_KIND =
  /^\W*(?!(?:this|it|that|ours?|the\s+(?:procedure|treatment|test|therapy|operation|surgery))\b)[^,;:]{2,60}?(?:,[^;:]{1,80}?,)?\s+is\s+(?:a\s+)?(?:completely\s+|entirely\s+|quite\s+)?(?:different|separate)\s+(?:test|treatment|procedure|therapy|product|device|drug|medication|medicine|operation|surgery)\b/i;
const ONLY_ONE = new RegExp(String.raw`^\W*(?:but\s+|and\s+)?${ONLY_WHAT}`, 'i');
const ONLY_ONE_ASIDE = new RegExp(String.raw`,\s*${ONLY_WHAT}[^,;.!?]*`, 'gi');
// What an article calls its own subject without naming it.
const SELF = /^\W*(?:our|we|this|these|it|its|they|the (?:treatment|therapy|procedure|product|device|program|programme|supplement|clinic|service))\b/i;

/** A name's or slug's words, lower-cased, in order ("renters-insurance" → renters, insurance; "Corvane P2" → corvane, p2). */
export function lowerWords(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9]+/).filter((word) => word !== '');
}

const subjectWordCache = new Map<string, RegExp[]>();

/** A pattern for each word of a subject slug (a plural "s" allowed), built once per subject. */
function wordPatternsOf(subject: string): RegExp[] {
  let patterns = subjectWordCache.get(subject);
  if (patterns === undefined) {
    const words = subject.split(/[^a-z0-9]+/i).filter((word) => word.length > 0);
    patterns = words.map((word) => new RegExp(`\\b${word.replace(/s$/i, '')}s?\\b`, 'i'));
    subjectWordCache.set(subject, patterns);
  }
  return patterns;
}

/** Which words of a subject slug a stretch of text holds, by their place in the slug. */
export function subjectWordsIn(text: string, subject: string): number[] {
  const found: number[] = [];
  wordPatternsOf(subject).forEach((word, index) => {
    if (word.test(text)) found.push(index);
  });
  return found;
}

/** Whether a stretch of text holds any word of a subject slug ("Gel (Synovira)" for `knee-gel-injection`). */
export function mentionsSubject(text: string, subject: string): boolean {
  return wordPatternsOf(subject).some((word) => word.test(text));
}

/**
 * The name part of a subject written as a name and a description ("Quillon Ring 2 smart ring" is the "Quillon Ring
 * 2", "Cindervale Bank home equity line of credit" the "Cindervale Bank"): its leading run of capitalised words and
 * numbers. A slug, or a subject with no lower-case words after its name, is its own name.
 */
export function subjectName(subject: string): string {
  const words = subject.trim().split(/\s+/);
  let run = 0;
  while (run < words.length && /^[A-Z0-9]/.test(words[run] as string)) run++;
  return run > 0 && run < words.length ? words.slice(0, run).join(' ') : subject;
}

/**
 * The word a subject opens with, which names its brand when prose capitalises it ("Harborlight" of "Harborlight HSA"
 * or `harborlight-hsa`, "Otterbrook" of "Otterbrook car insurance"): four letters or more. Null when shorter.
 */
export function subjectBrand(subject: string): string | null {
  const first = subject.trim().split(/[\s-]+/)[0] ?? '';
  return /^[A-Za-z][A-Za-z0-9'’]{3,}$/.test(first) ? first : null;
}

/**
 * Whether a sentence writes the subject as a name: every word of its slug capitalised inside the sentence
 * ("We tested the Greenlark R800" for `greenlark-r800`), not only a category's words ("robot mowers" for `mower`).
 * The whole subject, not its name alone: a subject with a description ("Ashbury student loan refinancing") would
 * otherwise make every data table's headers ("| Term | Fixed APR |") a table of rivals.
 */
export function writesSubjectAsName(text: string, subject: string): boolean {
  const words = wordPatternsOf(subject);
  return (
    words.length > 0 &&
    words.every((word) => {
      if (!word.test(text)) return false;
      for (const found of text.matchAll(new RegExp(word.source, 'gi'))) {
        if (/^[A-Z0-9]/.test(found[0]) && /[a-z0-9,]\s+$/.test(text.slice(0, found.index))) return true;
      }
      return false;
    })
  );
}

// A name followed by its short form in brackets: "uterine fibroid embolization (UFE)", "platelet-rich plasma (PRP)".
const ABBREVIATED = /((?:[A-Za-z][\w'’]*[\s-]+){1,6})\(([A-Z][A-Za-z]{1,6})\)/g;

/**
 * The short names a document gives its subject: an abbreviation in brackets after words that name every word of
 * the subject slug and whose initials it spells ("UFE" after "uterine fibroid embolization" for
 * `fibroid-embolization`). A table row or column labelled with one is the subject's.
 */
export function subjectAbbreviations(texts: Iterable<string>, subject: string): Set<string> {
  const found = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(ABBREVIATED)) {
      const abbreviation = match[2] as string;
      const words = (match[1] as string).split(/[\s-]+/).filter((word) => word !== '');
      const initials = abbreviation.replace(/[a-z]/g, '');
      const named = words.slice(-initials.length);
      if (named.length === initials.length && named.every((word, at) => word[0]?.toUpperCase() === initials[at]) && namesSubject(named.join(' '), subject)) {
        found.add(abbreviation);
      }
    }
  }
  return found;
}

/** Whether a stretch of text names every word of a subject slug ("Tunnelfox VPN" for `tunnelfox-vpn`). */
export function namesSubject(text: string, subject: string): boolean {
  const words = wordPatternsOf(subject);
  return words.length > 0 && names(text, words);
}

/** Whether a stretch of text names the subject (every word of its slug) or speaks of itself ("Our product", "It"). */
export function namesSubjectOrSelf(text: string, subject: string): boolean {
  return SELF.test(text) || names(text, wordPatternsOf(subject));
}

/** Whether a stretch of text holds every word of a subject slug. */
function names(text: string, words: readonly RegExp[]): boolean {
  return words.length > 0 && words.every((word) => word.test(text));
}

/** Whether two ranges of a sentence share at least one character. */
export function overlaps(a: TextRange, b: TextRange): boolean {
  return a.start < b.end && a.end > b.start;
}

/** Whether a range of the sentence lies inside one of the given ranges. */
export function within(range: TextRange, ranges: readonly TextRange[]): boolean {
  return ranges.some((outer) => range.start >= outer.start && range.end <= outer.end);
}

/** Whether a clause break (";", or a foreign clause) separates two ranges of a sentence. */
export function separated(sentence: Sentence, a: TextRange, b: TextRange, foreign: readonly TextRange[]): boolean {
  const from = Math.min(a.end, b.end);
  const to = Math.max(a.start, b.start);
  if (from >= to) return false;
  // A semicolon, or a condition that opens a clause of its own ("$4.99 each, and if you cancel an annual plan").
  if (/;|,\s*(?:(?:and|but|or)\s+)?(?:if|unless)\b/i.test(sentence.text.slice(from, to))) return true;
  return foreign.some((clause) => clause.start >= from && clause.end <= to);
}
