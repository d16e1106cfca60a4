/**
 * Negation and hedge cues with their scopes, NegEx-style (Chapman et al. 2001, "A simple algorithm for identifying
 * negated findings and diseases in discharge summaries"), adapted from clinical notes to web articles.
 *
 * How it works, per sentence:
 *  1. A cheap pre-check (one precompiled regex of the cue words): when none occurs, the answer is [] and nothing is
 *     tokenised. The analysis of the last sentence is kept, so findNegations + findHedges tokenise it once.
 *  2. One tokenisation with one precompiled regex: words (letters/digits, inner apostrophes) and single punctuation
 *     characters. A contraction ending in n't is split into its stem and `n't` ("isn't" → "is" + "n't").
 *  3. One left-to-right pass matches the cue lexicon below, longest phrase first, so a pseudo-negation
 *     ("no doubt") or an uncertainty phrase ("cannot be ruled out") consumes its words and the "no"/"not" inside
 *     it never opens a scope.
 *  4. Scopes:
 *     - pre-negation cues govern forward, from the next token up to a scope terminator ("but", "which", ";",
 *       a sentence-internal full stop, a new subject as in ", it" or "and he", a second verb phrase as in "and
 *       had"…), the next cue of any negation kind, or PRE_WINDOW words; inside a subordinate clause ("If symptoms
 *       do not improve after 3 days, contact…") the comma that closes the clause ends the scope too; after a
 *       negated verb a modal opens the next predicate ("who don't eat beforehand may feel nauseous"), and a
 *       fronted "Without X," ends at the comma before a clause of its own;
 *     - post-negation cues govern backward, down to a terminator, another cue, or POST_WINDOW words;
 *     - "either" cues ("absent", "not seen"…) look at their context: after a form of "be", or before a
 *       preposition, punctuation or the end, they are post-negations ("pain was absent", "effusion not seen on
 *       CT"); before a noun phrase they are pre-negations ("absent bowel sounds", "we have not seen any cases");
 *     - the prefix "non-" and the suffix "-free" govern only their hyphenated compound ("non-addictive",
 *       "side-effect-free");
 *     - a hedge governs its whole clause (from the previous clause break to the next one), since "Hallucinations
 *       may occur" hedges the subject as much as the verb.
 *  Scopes never include the cue itself, exclude leading/trailing punctuation, and are never empty (a cue with
 *  nothing to govern, as in "The answer is no.", is not reported).
 *
 * Decisions worth knowing:
 *  - "barely any", "hardly any", "scarcely any", "hardly ever" are negation cues: editorially they deny the thing.
 *  - "not many", "not much", "not all", "not every", "not always" are hedges (minimisers), not negations:
 *    "not many possible health issues" admits that some exist, so it must not read as "no health issues".
 *    "minimal", "negligible", "few", "rare"… are hedges for the same reason.
 *  - "rule out", "cannot be excluded", "not ruled out", "unclear whether" are uncertainty, not negation (NegEx's
 *    "possible" class): they are reported as hedges and they block negation scopes.
 *  - "resolved" and "declined" (NegEx pre-negations in clinical notes) are not cues: in articles "the symptoms
 *    resolved" means the symptoms did occur, and "sales declined" is no negation at all.
 *  - "not cause" is NOT a pseudo-negation here (NegEx has it as one): "does not cause hallucinations" must put
 *    "hallucinations" in scope.
 *  - "unlikely" ends a clause as a post-negation ("pneumonia is unlikely"); "unlikely to/that" is a hedge.
 *  - "free" alone is a post-negation only in "X-free" or "<content word> free" at the end of a phrase ("pain
 *    free."); "free trial", "for free", "feel free", "no free fluid" are not negations.
 */
import type { CueScope } from '../types.js';

// ---------------------------------------------------------------------------------------------------------------
// Cue lexicon. Phrases are written as plain text and tokenised with the same tokenizer as sentences, so "n't" and
// hyphens work as they do in text ("wasn't" is written "was n't"). Matching is case-insensitive.
// ---------------------------------------------------------------------------------------------------------------

/** Words in a phrase that stand for any form of "be" (expanded when the lexicon is built). */
const BE_FORMS = ['is', 'are', 'was', 'were', 'been'] as const;
/** The verbs after which a lone "none" is the subject of a denied predicate: "none is FDA approved". */
const NONE_PREDICATE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had']);

/** Pre-negation cues: they negate what follows. */
const PRE_NEGATION: readonly string[] = [
  'no',
  'not',
  "n't",
  'cannot',
  'never',
  'without',
  'w/o',
  'none of',
  'nothing',
  'nobody',
  'no one',
  'neither',
  'nor',
  'zero',
  'deny',
  'denies',
  'denied',
  'denying',
  'absence of',
  'lack of',
  'lacks',
  'lacked',
  'lacking',
  'free of',
  'free from',
  'devoid of',
  // "ruled out MI"; "MI was ruled out" is a post-negation (below), "cannot be ruled out" is uncertainty.
  'ruled out',
  'rules out',
  'negative for',
  'fails to',
  'failed to',
  'fail to',
  'unremarkable for',
  // "X rather than Y" / "instead of Y": Y is what is not the case.
  'rather than',
  'instead of',
  // Minimisers that deny the thing for editorial purposes ("barely any side effects" is sold as "no side effects").
  'barely any',
  'hardly any',
  'scarcely any',
  'hardly ever',
  'barely ever',
  'next to no',
  // Consumes "yet" so that it does not end the scope as a conjunction: "not yet approved".
  'not yet',
  'never yet',
];

/**
 * Participles and adjectives that, after "BE not", make a post-negation: "hallucinations were not reported",
 * "general anaesthesia isn't used".
 */
const NEGATED_PARTICIPLES: readonly string[] = [
  'seen',
  'found',
  'detected',
  'observed',
  'noted',
  'noticed',
  'identified',
  'reported',
  'present',
  'evident',
  'visualized',
  'visualised',
  'appreciated',
  'demonstrated',
  'elicited',
  'documented',
  'experienced',
  'confirmed',
  'recorded',
  // What a procedure does without: "general anaesthesia isn't used", "a referral is not needed".
  'used',
  'needed',
  'required',
  'necessary',
];

/** Post-negation cues: they negate what precedes. BE is expanded to every form in BE_FORMS. */
const POST_NEGATION: readonly string[] = [
  'unlikely',
  'BE ruled out',
  'BE negative',
  'BE denied',
  'BE absent',
  // The passive "BE not seen" family, generated from NEGATED_PARTICIPLES.
  ...NEGATED_PARTICIPLES.flatMap((p) => [`BE not ${p}`, `BE n't ${p}`, `BE never ${p}`, `not been ${p}`, `n't been ${p}`, `never been ${p}`]),
  // Intransitive events that did not happen: "hallucinations did not occur".
  ...['occur', 'occurred', 'happen', 'happened', 'arise', 'arisen'].flatMap((v) => [
    `did not ${v}`,
    `did n't ${v}`,
    `does not ${v}`,
    `does n't ${v}`,
    `do not ${v}`,
    `do n't ${v}`,
    `has not ${v}`,
    `has n't ${v}`,
    `have not ${v}`,
    `have n't ${v}`,
    `never ${v}`,
  ]),
  // What paid or did nothing: "Insurance covered nothing", "the cream did nothing".
  ...['covered', 'covers', 'paid', 'pays', 'reimbursed', 'did', 'does'].map((v) => `${v} nothing`),
];

/**
 * Cues whose direction depends on context: post-negation after a form of "be" or before a preposition,
 * punctuation or the end ("bowel sounds absent", "effusion not seen on CT"); pre-negation before a noun phrase
 * ("absent reflexes", "we have not seen any hallucinations").
 */
const EITHER_NEGATION: readonly string[] = ['absent', 'none', ...NEGATED_PARTICIPLES.map((p) => `not ${p}`)];

/**
 * Pseudo-negations: they contain a negation word but negate nothing. Matched before the plain cues (longest match
 * wins), so their "no"/"not" never opens a scope; like NegEx, they also end an earlier cue's scope.
 */
const PSEUDO_NEGATION: readonly string[] = [
  // Emphasis, not denial.
  'no doubt',
  'without doubt',
  'without a doubt',
  'beyond doubt',
  'no question',
  'no denying',
  'not only',
  'not just',
  'not merely',
  'not simply',
  'not necessarily',
  'no sooner',
  'no wonder',
  'no matter',
  'not to mention',
  'not surprisingly',
  'nothing but',
  'none other than',
  'no stranger to',
  'no shortage of',
  'no small',
  'no-nonsense',
  'no-brainer',
  // Hyphenated names of things: "no-go zones", "no-show fees".
  'no-go',
  'no-show',
  'no-fly',
  'no-frills',
  'no-name',
  // What a price leaves out, or a page leaves unsaid, still exists: "$9.99 per serving, not counting shipping",
  // "the pricing page doesn't mention shipping".
  'not counting',
  'not including',
  "doesn't mention",
  'does not mention',
  "didn't mention",
  'did not mention',
  "don't mention",
  'do not mention',
  'never mentions',
  'never mentioned',
  'fails to mention',
  'failed to mention',
  'not least',
  // What someone does not know or see still exists: "What people often don't know before signing is that ending a
  // contract early is complicated".
  "n't know",
  'not know',
  'never knew',
  "n't realize",
  'not realize',
  "n't realise",
  'not realise',
  "n't aware",
  'not aware',
  'unaware',
  // Double negations affirm: "not uncommon" means common. ("Not without risk" is left to the two cues, so that
  // the outer one undoes the inner as in "not free of side effects": see negatingCue.)
  'not uncommon',
  'not unusual',
  'not unlike',
  'not infrequent',
  'not infrequently',
  'not rare',
  'not rarely',
  'cannot deny',
  'can not deny',
  // Quantity bounds: "no more than 5% of patients" states a number, it does not deny the patients.
  'no more than',
  'no less than',
  'no fewer than',
  'not more than',
  'not less than',
  'not fewer than',
  'not until',
  // A denied time or reason, not a denied thing: "take them on schedule, not when you already feel sick".
  'not when',
  'not because',
  // NegEx's classic pseudo-negations: the thing exists, only its change is denied.
  'no increase',
  'no significant increase',
  'no decrease',
  'no significant decrease',
  'no change',
  'no significant change',
  'no interval change',
  'no significant interval change',
  'no definite change',
  'no suspicious change',
  'without change',
  'without significant change',
  'without interval change',
  'not changed',
  'not significantly changed',
  'not extend',
  'not drain',
  'gram negative',
  'gram-negative',
  'without difficulty',
];

/**
 * Uncertainty ("possible negation" in NegEx): reported as hedges, and they block negation, so "pneumonia cannot be
 * ruled out" is not a denial of pneumonia.
 */
const UNCERTAINTY: readonly string[] = [
  'rule out',
  'rule out for',
  'rule him out',
  'rule her out',
  'rule them out',
  'to rule out',
  'r/o',
  'be ruled out',
  'being ruled out',
  'not ruled out',
  'not been ruled out',
  "n't been ruled out",
  'not rule out',
  "n't rule out",
  'cannot rule out',
  'cannot be ruled out',
  'can not be ruled out',
  'not be ruled out',
  "n't be ruled out",
  'cannot exclude',
  'cannot be excluded',
  'not be excluded',
  "n't be excluded",
  'not excluded',
  'evaluate for',
  'evaluated for',
  'evaluation for',
  'screen for',
  'screened for',
  'not certain if',
  'not certain whether',
  'not sure if',
  'not sure whether',
  'not clear if',
  'not clear whether',
  'not known if',
  'not known whether',
  'unclear if',
  'unclear whether',
  'uncertain if',
  'uncertain whether',
];

/**
 * Scope terminators that also break a clause (they end a hedge's scope too).
 * "which"/"who": a relative clause says something else than the negated phrase ("no history of heart failure,
 * who has been admitted…").
 */
const CLAUSE_TERMINATORS: readonly string[] = [
  'but',
  'however',
  'nevertheless',
  'nonetheless',
  'yet',
  'though',
  'although',
  'even though',
  'whereas',
  'while',
  'whilst',
  'which',
  'who',
  'whom',
  'whose',
  'unless',
  'because',
  'except',
  'except for',
  'aside from',
  'apart from',
  'other than',
  'besides',
  'otherwise',
  // A consequence is a clause of its own: "it is approved for depression, so most patients only need a referral".
  ', so',
  'so that',
  'therefore',
  'thus',
  'hence',
  // A new subject starts a new clause: "without side effects, it boosts energy", "not cooperative and he is tired".
  ...['he', 'she', 'they', 'we', 'you', 'there', 'it'].flatMap((p) => [`and ${p}`, `, ${p}`]),
  'and i',
  // A second verb phrase of the same subject: "has no diagnosis and had never sought treatment".
  // (Not modals: "safe and may cause nausea" must keep its hedge.)
  ...['is', 'are', 'was', 'were', 'has', 'have', 'had', 'did', 'does'].map((v) => `and ${v}`),
];

/**
 * Terminators of negation scope only (NegEx's "conjunctions"): "no cause of the pain was found" denies a cause, not
 * the pain; "no side effects other than nausea" does not deny nausea.
 */
const WHEN_TERMINATORS: ReadonlySet<string> = new Set(['during', 'after']);
const NEGATION_TERMINATORS: readonly string[] = [
  'still',
  // When, not what: "return it without cancellation fees during a narrow window right after your contract starts"
  // denies the fees, not the contract.
  ...WHEN_TERMINATORS,
  // An affirmation ends a denial: "no dilatation and positive for gallstones".
  'positive for',
  'secondary to',
  'due to',
  ...['cause', 'causes', 'source', 'sources', 'reason', 'reasons', 'etiology', 'aetiology', 'origin', 'origins'].flatMap((n) => [
    `${n} of`,
    `${n} for`,
    `as the ${n} of`,
    `as the ${n} for`,
    `as a ${n} of`,
    `as a ${n} for`,
    `as an ${n} of`,
    `as an ${n} for`,
  ]),
];

/** Quantities, subjects and settings that make a statement partial ("some patients", "in rare cases"). */
const HEDGE_GROUPS = ['patients', 'people', 'users', 'individuals', 'subjects', 'participants', 'cases', 'instances', 'women', 'men', 'children', 'adults', 'persons', 'customers', 'consumers'];
const HEDGE_CIRCUMSTANCES = ['cases', 'instances', 'circumstances', 'situations', 'occasions', 'patients', 'people', 'individuals'];

/** Hedge cues: uncertainty, frequency and partial quantities. Their scope is their clause. */
const HEDGES: readonly string[] = [
  // Modal verbs ("May 2024" and "a can of" are filtered out in code).
  'may',
  'might',
  'can',
  'could',
  'may be',
  'might be',
  'could be',
  'can be',
  // Frequency.
  'occasionally',
  'sometimes',
  'often',
  'frequently',
  'usually',
  'typically',
  'generally',
  'commonly',
  'rarely',
  'seldom',
  'rare',
  'uncommon',
  'infrequent',
  'infrequently',
  'occasional',
  'sporadic',
  'sporadically',
  // Possibility and belief.
  'possible',
  'possibly',
  'potential',
  'potentially',
  'probably',
  'probable',
  'perhaps',
  'maybe',
  'likely',
  'more likely',
  'less likely',
  'most likely',
  'unlikely to',
  'unlikely that',
  'presumably',
  'apparently',
  'reportedly',
  'allegedly',
  'supposedly',
  'arguably',
  'conceivably',
  'theoretically',
  'in theory',
  'it is possible',
  "it's possible",
  'it is believed',
  'it is thought',
  'it is likely',
  'it is unlikely',
  'it is suggested',
  'believed to',
  'thought to',
  'said to',
  'suggest',
  'suggests',
  'suggested',
  'suggesting',
  'appear to',
  'appears to',
  'appeared to',
  'seem to',
  'seems to',
  'seemed to',
  'seemingly',
  'tend to',
  'tends to',
  'questionable',
  'suspected',
  // Upper bounds present the worst case as the typical one.
  'up to',
  'as many as',
  'as much as',
  // Partial quantities and minimisers ("the risk is minimal" plays a risk down without denying it).
  ...['some', 'many', 'few', 'a few', 'certain', 'most', 'several'].flatMap((q) => HEDGE_GROUPS.map((g) => `${q} ${g}`)),
  ...['rare', 'some', 'certain', 'isolated', 'sporadic', 'exceptional', 'few', 'a few', 'very rare', 'extremely rare', 'occasional', 'a small number of', 'a minority of'].flatMap(
    (q) => HEDGE_CIRCUMSTANCES.map((c) => `in ${q} ${c}`),
  ),
  'a minority of',
  'a small number of',
  'a small percentage of',
  'a handful of',
  'not many',
  'not much',
  'not all',
  'not every',
  'not everyone',
  'not everybody',
  'not always',
  'few',
  'little',
  'minimal',
  'minimally',
  'negligible',
  'slight',
  'slightly',
  'low risk',
  'small risk',
  'to some extent',
  'to a certain extent',
];

/** Phrases that contain a hedge word and hedge nothing: they consume their words so no hedge is reported. */
const HEDGE_PSEUDO: readonly string[] = [
  'as soon as possible',
  'as quickly as possible',
  'as much as possible',
  'as far as possible',
  'as close as possible',
  'as early as possible',
  'best possible',
  'if possible',
  'where possible',
  'wherever possible',
  'whenever possible',
  'up to date',
  'up-to-date',
  'a little',
  'little by little',
  // A count of the first or last ones is no vagueness: "my first few doses took 25 seconds".
  'first few',
  'last few',
  'next few',
  'past few',
  'can of',
  'cans of',
];

/** Forward scope window of pre-negations, in words; NegEx bounds it by terminators only, we also bound it by length. */
const PRE_WINDOW = 12;
/** Backward scope window of post-negations, in words (NegEx uses five "words or phrases"). */
const POST_WINDOW = 6;
/** Backward window of a bare "X free" (not hyphenated): the noun phrase right before it. */
const FREE_WINDOW = 3;

/** Words that cannot be the thing a bare "free" frees from ("is free", "for free", "feel free", "no free fluid"). */
const NOT_FREE_OF: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'no', 'not', "n't", 'any', 'some', 'this', 'that', 'these', 'those', 'its', 'it', 'their', 'our',
  'your', 'my', 'his', 'her', 'for', 'feel', 'feels', 'felt', 'be', 'is', 'are', 'was', 'were', 'been', 'being', 'am',
  'get', 'gets', 'got', 'set', 'break', 'broke', 'totally', 'completely', 'entirely', 'absolutely', '100', 'and', 'or',
  'to', 'of', 'in', 'on', 'at', 'by', 'with', 'from', 'as', 'so', 'too', 'very', 'more', 'most', 'less', 'all', 'i',
  'you', 'we', 'they', 'he', 'she', 'them', 'us', 'me', 'him', 'also', 'now', 'still', 'always', 'toll', 'duty', 'tax',
  // "Free" as "at no cost": "ships free", "try it free", "available free".
  'ship', 'ships', 'shipped', 'shipping', 'delivered', 'delivery', 'download', 'try', 'comes', 'come', 'available',
  'play', 'stream', 'watch', 'read', 'use', 'access', 'enjoy', 'offered', 'given', 'join', 'register', 'sign',
  // What is handed over or done at no cost: "the router is included free", "spare pads are supplied free".
  'included', 'include', 'includes', 'provided', 'supplied', 'installed', 'fitted', 'replaced', 'repaired', 'thrown',
  'returned', 'upgraded', 'bundled', 'sent', 'mailed', 'issued', 'loaned', 'refilled', 'serviced',
]);

/** Words after which an "either" cue or a bare "free" looks backward: prepositions, conjunctions, time adverbs. */
const AFTER_POST: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'by', 'during', 'within', 'from', 'to', 'for', 'with', 'of', 'and', 'or', 'after', 'before',
  'since', 'until', 'as', 'upon', 'over', 'under', 'throughout', 'here', 'there', 'today', 'anymore', 'either', 'now',
  'again', 'yet', 'so', 'then', 'when', 'if', 'on', 'via', 'among', 'between', 'per', 'but', 'because', 'while',
  'although', 'though', 'which', 'who', 'that', 'either', 'at', 'anywhere', 'clinically', 'radiographically',
]);

/** Words that introduce a subordinate clause: a negation inside one ends at the comma that closes it ("If symptoms do
 * not improve after 3 days, contact your doctor"). */
const SUBORDINATORS: ReadonlySet<string> = new Set(['if', 'when', 'whenever', 'unless', 'because', 'although', 'though', 'while', 'whilst', 'since', 'after', 'before', 'once', 'until', 'whereas', 'where']);

/** Trimmed from the end of a pre-negation's scope: "no gluten and | no fees". */
const TRAILING_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'or', 'nor', 'but', 'then', 'as', 'well']);

const BE_SET: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am']);
/** Trimmed from the end of a post-negation's scope. */
const AUXILIARIES: ReadonlySet<string> = new Set([...BE_SET, 'has', 'have', 'had', 'do', 'does', 'did', 'seems', 'seem', 'appears', 'appear']);

/** Abbreviations whose full stop does not end a clause ("Dr. Smith", "e.g. nausea"). */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'dr', 'mr', 'mrs', 'ms', 'st', 'mt', 'vs', 'etc', 'no', 'fig', 'approx', 'jr', 'sr', 'inc', 'ltd', 'co', 'dept',
  'prof', 'ca', 'cf', 'al', 'eg', 'ie', 'min', 'max', 'mg', 'ml', 'kg', 'oz', 'lb', 'lbs', 'hr', 'hrs', 'wk', 'wks',
]);

// ---------------------------------------------------------------------------------------------------------------
// Tokenisation
// ---------------------------------------------------------------------------------------------------------------

interface Tok {
  start: number;
  end: number;
  lower: string;
  word: boolean;
}

/** One regex for every token: a word (ASCII or Latin-1/Extended letters, digits, inner apostrophes) or one character. */
const TOKEN_RE = /[A-Za-z0-9\u00C0-\u024F]+(?:['\u2019][A-Za-z\u00C0-\u024F]+)*|\S/g;
const APOSTROPHE_RE = /\u2019/g;

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f);
}

function tokenize(text: string): Tok[] {
  const toks: Tok[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    const word = isWordChar(raw.charCodeAt(0));
    let lower = raw.toLowerCase();
    if (lower.includes('\u2019')) lower = lower.replace(APOSTROPHE_RE, "'");
    // "isn't" → "is" + "n't"; "can't" → "ca" + "n't" (the cue is reported as the whole word).
    if (word && lower.length > 3 && lower.endsWith("n't")) {
      toks.push({ start, end: end - 3, lower: lower.slice(0, -3), word: true });
      toks.push({ start: end - 3, end, lower: "n't", word: true });
    } else {
      toks.push({ start, end, lower, word });
    }
  }
  return toks;
}

// ---------------------------------------------------------------------------------------------------------------
// Lexicon
// ---------------------------------------------------------------------------------------------------------------

type Kind =
  | 'pre'
  | 'post'
  | 'either'
  | 'pseudo'
  | 'uncertain'
  | 'clause' // clause terminator
  | 'term' // negation-only terminator
  | 'hedge'
  | 'hedgePseudo'
  | 'free' // bare "free": decided in context
  | 'prefix'; // "non-"

interface Entry {
  words: string[];
  kind: Kind;
}

/** First word → entries starting with it, longest first. */
const LEXICON = new Map<string, Entry[]>();
const IN_LEXICON = new Set<string>();

function addEntries(phrases: readonly string[], kind: Kind): void {
  for (const phrase of phrases) {
    const variants = phrase.startsWith('BE ') ? BE_FORMS.map((be) => be + phrase.slice(2)) : [phrase];
    for (const variant of variants) {
      const words = tokenize(variant).map((t) => t.lower);
      const first = words[0];
      if (first === undefined) continue;
      const bucket = LEXICON.get(first) ?? [];
      // The first list to claim a phrase keeps it (lists are added in priority order).
      const phraseWords = words.join(' ');
      if (IN_LEXICON.has(phraseWords)) continue;
      IN_LEXICON.add(phraseWords);
      bucket.push({ words, kind });
      LEXICON.set(first, bucket);
    }
  }
}

addEntries(PSEUDO_NEGATION, 'pseudo');
addEntries(HEDGE_PSEUDO, 'hedgePseudo');
addEntries(UNCERTAINTY, 'uncertain');
addEntries(POST_NEGATION, 'post');
addEntries(EITHER_NEGATION, 'either');
addEntries(PRE_NEGATION, 'pre');
addEntries(CLAUSE_TERMINATORS, 'clause');
addEntries(NEGATION_TERMINATORS, 'term');
addEntries(HEDGES, 'hedge');
addEntries(['free'], 'free');
for (const bucket of LEXICON.values()) bucket.sort((a, b) => b.words.length - a.words.length);

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Function words that never make a cue on their own: they are left out of the pre-checks. */
const PRECHECK_STOP: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'do', 'does', 'did', 'has', 'have', 'had', 'to', 'of', 'for',
  'from', 'in', 'on', 'at', 'a', 'an', 'the', 'it', 'as', 'that', 'this', 'out', 'any', 'with', 'than', 'one', 'him',
  'her', 'them', 'if', 'whether', 'by', '-', '/',
]);

/**
 * The quick "could there be a cue here?" test: a regex for the content words of the given kinds' phrases (every
 * phrase has at least one, e.g. "not" in "was not seen"), plus n't.
 */
function precheck(kinds: ReadonlySet<Kind>, extra: readonly string[]): RegExp {
  const words = new Set<string>(extra);
  for (const bucket of LEXICON.values()) {
    for (const entry of bucket) {
      if (!kinds.has(entry.kind)) continue;
      const content = entry.words.filter((w) => !PRECHECK_STOP.has(w));
      if (content.length === 0) throw new Error(`negation lexicon: "${entry.words.join(' ')}" has no content word`);
      for (const w of content) if (/^[a-z0-9]/.test(w)) words.add(w);
    }
  }
  const alternatives = [...words].sort((a, b) => b.length - a.length).map(escapeRe);
  return new RegExp(`\\b(?:${alternatives.join('|')})\\b|n['\u2019]t\\b`, 'i');
}

const NEGATION_PRECHECK = precheck(new Set<Kind>(['pre', 'post', 'either', 'free']), ['non']);
const HEDGE_PRECHECK = precheck(new Set<Kind>(['hedge', 'uncertain']), []);

// ---------------------------------------------------------------------------------------------------------------
// Matching
// ---------------------------------------------------------------------------------------------------------------

interface Match {
  kind: Kind;
  /** First token. */
  a: number;
  /** One past the last token. */
  b: number;
}

const ENDS_NEGATION: ReadonlySet<Kind> = new Set<Kind>(['pre', 'post', 'either', 'pseudo', 'uncertain', 'clause', 'term', 'free', 'prefix']);
const ENDS_CLAUSE: ReadonlySet<Kind> = new Set<Kind>(['clause']);
const MONTH_CONTEXT: ReadonlySet<string> = new Set(['in', 'of', 'since', 'until', 'by', 'during', 'early', 'late', 'mid', 'from', 'last', 'next', 'this']);
const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'this', 'that', 'one', 'each', 'every', 'per', 'my', 'your', 'our', 'their', 'his', 'her', 'its']);

/** Whether token i is the second word of a hyphenated compound ("sub-zero"). */
function gluedAfterHyphen(toks: readonly Tok[], i: number): boolean {
  return toks[i - 1]?.lower === '-' && adjacent(toks, i - 2) && adjacent(toks, i - 1) && toks[i - 2]?.word === true;
}

function adjacent(toks: readonly Tok[], i: number): boolean {
  const t = toks[i];
  const next = toks[i + 1];
  return t !== undefined && next !== undefined && t.end === next.start;
}

/** Whether token i is a punctuation mark that ends any scope: ; : ! ? or a full stop that ends a sentence inside the text. */
function isHardBreak(text: string, toks: readonly Tok[], i: number): boolean {
  const t = toks[i];
  if (t === undefined || t.word) return false;
  const c = t.lower;
  const next = toks[i + 1];
  const prev = toks[i - 1];
  if (c === ':') return !(prev !== undefined && next !== undefined && prev.end === t.start && next.start === t.end); // not "10:30"
  if (c === ';' || c === '!' || c === '?') return true;
  // A dash set off by spaces opens another clause: "no side effects and no downtime — many patients go straight
  // back to work" neither denies the going back nor hedges the denial.
  if ((c === '—' || c === '–') && prev !== undefined && next !== undefined && prev.end < t.start && next.start > t.end) return true;
  if (c !== '.') return false;
  if (next === undefined) return true;
  // "e.g.", "3.5", "Dr. Smith", "No. 5": not a break.
  if (next.start === t.end) return false;
  if (prev !== undefined && prev.word && prev.end === t.start && (prev.lower.length === 1 || ABBREVIATIONS.has(prev.lower))) return false;
  const code = text.charCodeAt(next.start);
  return (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

function isFreeCue(toks: readonly Tok[], i: number): boolean {
  const prev = toks[i - 1];
  if (prev === undefined) return false;
  // "side-effect-free", "risk-free".
  if (prev.lower === '-' && prev.end === toks[i]?.start) {
    const before = toks[i - 2];
    return before !== undefined && before.word && before.end === prev.start;
  }
  if (!prev.word || NOT_FREE_OF.has(prev.lower) || prev.lower.endsWith('ly')) return false;
  const next = toks[i + 1];
  return next === undefined || !next.word || AFTER_POST.has(next.lower);
}

function contextOk(text: string, toks: readonly Tok[], i: number, entry: Entry): boolean {
  const t = toks[i];
  if (t === undefined) return false;
  if (entry.kind === 'free') return isFreeCue(toks, i);
  if (entry.kind === 'hedge' && entry.words.length === 1) {
    const prev = toks[i - 1];
    const next = toks[i + 1];
    // "May 2024", "in May", "a can of", "the might of".
    if (t.lower === 'may' && text.charCodeAt(t.start) === 77 && ((next !== undefined && /^[0-9]/.test(next.lower)) || (prev !== undefined && MONTH_CONTEXT.has(prev.lower)))) return false;
    if ((t.lower === 'can' || t.lower === 'might') && prev !== undefined && DETERMINERS.has(prev.lower)) return false;
  }
  return true;
}

const NO_ENTRIES: readonly Entry[] = [];

/** Greedy left-to-right matching of the lexicon, longest phrase first at each token. */
function matchAll(text: string, toks: readonly Tok[]): Match[] {
  const matches: Match[] = [];
  let i = 0;
  const n = toks.length;
  while (i < n) {
    const t = toks[i] as Tok;
    let found: Match | null = null;
    const compound = toks[i + 1]?.lower === '-' && adjacent(toks, i) && adjacent(toks, i + 1) && toks[i + 2]?.word === true;
    // "non-addictive": prefix negation of the hyphenated compound.
    if (t.lower === 'non' && compound) {
      found = { kind: 'prefix', a: i, b: i + 2 };
    } else {
      for (const entry of LEXICON.get(t.lower) ?? NO_ENTRIES) {
        const len = entry.words.length;
        if (i + len > n) continue;
        let ok = true;
        for (let k = 1; k < len && ok; k++) ok = toks[i + k]?.lower === entry.words[k];
        // "sub-zero winters", "a non-zero chance": a cue glued by a hyphen to the word before it ends a compound.
        if (entry.kind === 'pre' && gluedAfterHyphen(toks, i)) continue;
        if (ok && contextOk(text, toks, i, entry)) {
          found = { kind: entry.kind, a: i, b: i + len };
          break;
        }
      }
      // "Our no-logs policy has been audited": the "no" of a compound ("no-logs", "no-fee") denies the compound
      // only, like "non-"; the compounds the lexicon knows ("no-go zones") stay what it says they are.
      if (t.lower === 'no' && compound && (found === null || found.b - found.a === 1)) found = { kind: 'prefix', a: i, b: i + 2 };
    }
    if (found !== null) {
      matches.push(found);
      i = found.b;
    } else {
      i++;
    }
  }
  return matches;
}

// ---------------------------------------------------------------------------------------------------------------
// Scopes
// ---------------------------------------------------------------------------------------------------------------

function cueStart(toks: readonly Tok[], a: number): number {
  const t = toks[a] as Tok;
  const prev = toks[a - 1];
  // Report "isn't", not "n't".
  if (t.lower === "n't" && prev !== undefined && prev.end === t.start) return prev.start;
  return t.start;
}

/** Offsets of tokens [from, to] (inclusive) with punctuation trimmed from both ends; null when no word is left. */
function trimmedRange(toks: readonly Tok[], from: number, to: number): [number, number] | null {
  let lo = from;
  let hi = to;
  while (lo <= hi && !(toks[lo] as Tok).word) lo++;
  while (hi >= lo && !(toks[hi] as Tok).word) hi--;
  if (lo > hi) return null;
  return [(toks[lo] as Tok).start, (toks[hi] as Tok).end];
}

/** Last token index of a forward scope from token `from`. */
function forwardEnd(
  text: string,
  toks: readonly Tok[],
  starts: Int32Array,
  matches: readonly Match[],
  from: number,
  window: number,
  stop: ReadonlySet<Kind>,
  commaBreaks = false,
): number {
  let words = 0;
  let j = from;
  let last = from - 1;
  while (j < toks.length) {
    if (isHardBreak(text, toks, j) || (commaBreaks && (toks[j] as Tok).lower === ',')) break;
    const mi = starts[j] as number;
    if (mi >= 0) {
      const m = matches[mi] as Match;
      // A "-free" compound denies its own first part only, and an outer denial goes on past it: "No swallowable,
      // procedure-free balloon is FDA approved".
      // Nor does a time said right after the cue end it: "Judge it after the full course, not after a few nights"
      // denies the time.
      if (stop.has(m.kind) && !(m.kind === 'free' && (toks[m.a - 1] as Tok | undefined)?.lower === '-') && !(j === from && m.kind === 'term' && WHEN_TERMINATORS.has((toks[j] as Tok).lower))) break;
      words += m.b - m.a;
      if (words > window) break;
      last = m.b - 1;
      j = m.b;
      continue;
    }
    if ((toks[j] as Tok).word && ++words > window) break;
    last = j;
    j++;
  }
  return last;
}

/** First token index of a backward scope ending at token `from`. */
function backwardStart(
  text: string,
  toks: readonly Tok[],
  ends: Int32Array,
  matches: readonly Match[],
  from: number,
  window: number,
  stop: ReadonlySet<Kind>,
  label = false,
): number {
  let words = 0;
  let j = from;
  let first = from + 1;
  // "Allergies: none." — a label's colon right before a post-negation does not cut it off from its label.
  if (label && j >= 0 && (toks[j] as Tok).lower === ':') {
    j--;
    first = j + 1;
  }
  while (j >= 0) {
    if (isHardBreak(text, toks, j)) break;
    const mi = ends[j] as number;
    if (mi >= 0) {
      const m = matches[mi] as Match;
      if (stop.has(m.kind)) {
        // ", it" / "and he": the pronoun (or verb) already belongs to the clause that follows.
        if (m.kind === 'clause' && m.b - m.a === 2 && ((toks[m.a] as Tok).lower === ',' || (toks[m.a] as Tok).lower === 'and')) first = m.b - 1;
        break;
      }
      words += m.b - m.a;
      if (words > window) break;
      first = m.a;
      j = m.a - 1;
      continue;
    }
    if ((toks[j] as Tok).word && ++words > window) break;
    first = j;
    j--;
  }
  return first;
}

interface Indexed {
  toks: Tok[];
  matches: Match[];
  /** Token index → index of the match starting there, or -1. */
  starts: Int32Array;
  /** Token index → index of the match ending there (inclusive), or -1. */
  ends: Int32Array;
}

/** findNegations and findHedges are called one after the other on the same sentence: analyse it once. */
let lastText: string | null = null;
let lastIndexed: Indexed | null = null;

function analyse(text: string): Indexed {
  if (text === lastText && lastIndexed !== null) return lastIndexed;
  const toks = tokenize(text);
  const matches = matchAll(text, toks);
  const starts = new Int32Array(toks.length).fill(-1);
  const ends = new Int32Array(toks.length).fill(-1);
  matches.forEach((m, k) => {
    starts[m.a] = k;
    ends[m.b - 1] = k;
  });
  lastText = text;
  lastIndexed = { toks, matches, starts, ends };
  return lastIndexed;
}

/** Words that open a clause a hedge cannot reach out of: subordinators and concessive prepositions. */
const CONFINING: ReadonlySet<string> = new Set([...SUBORDINATORS, 'despite', 'notwithstanding', 'regardless']);

/** Index of the first token of the comma-delimited clause holding token i. */
function clauseStart(text: string, toks: readonly Tok[], i: number): number {
  let j = i - 1;
  while (j >= 0 && (toks[j] as Tok).lower !== ',' && !isHardBreak(text, toks, j)) j--;
  return j + 1;
}

/** Whether token i sits in a subordinate clause opened earlier in its clause ("If symptoms do not…"). */
function inSubordinateClause(text: string, toks: readonly Tok[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const t = toks[j] as Tok;
    if (t.lower === ',' || isHardBreak(text, toks, j)) return false;
    if (SUBORDINATORS.has(t.lower)) return true;
  }
  return false;
}

function direction(toks: readonly Tok[], m: Match): 'pre' | 'post' {
  const prev = toks[m.a - 1];
  if (prev !== undefined && BE_SET.has(prev.lower)) return 'post';
  const next = toks[m.b];
  if (next === undefined || !next.word || AFTER_POST.has(next.lower)) return 'post';
  return 'pre';
}

/** Verbs of effect that, after "and", open a predicate of their own rather than continue the negated one. */
const COORDINATED_VERBS: ReadonlySet<string> = new Set(['raises', 'increases', 'causes', 'triggers', 'worsens', 'makes', 'leads', 'brings', 'gives', 'carries', 'adds', 'reduces', 'lowers']);
/** Modal verbs: after a negated verb, one opens the next predicate. */
const MODALS: ReadonlySet<string> = new Set(['can', 'could', 'may', 'might', 'will', 'would', 'shall', 'should', 'must']);
const FREQUENCY_ADVERBS: ReadonlySet<string> = new Set(['usually', 'always', 'often', 'typically', 'generally', 'normally', 'necessarily', 'frequently']);
/** Cues that negate a verb ("don't eat"), not a noun phrase ("no patients"). */
const VERBAL_CUES: ReadonlySet<string> = new Set(['not', "n't", 'never', 'cannot']);

/**
 * Where a verbal negation's scope ends before the next predicate: "Patients who don't eat beforehand may feel
 * nauseous" denies eating, not nausea. A determiner keeps the modal ("No patient will feel dizzy" denies
 * dizziness), and so does a relative "that" ("nothing that could cause drowsiness").
 */
function predicateEnd(toks: readonly Tok[], m: Match, last: number): number {
  if (!VERBAL_CUES.has((toks[m.b - 1] as Tok).lower)) return last;
  // "does not usually cause bruising" says it sometimes does: the cue negates the adverb ("doesn't always work"
  // denies "always works"), not the verb. In "patients who don't respond to SSRIs often respond to it" a
  // frequency adverb later on ends the scope.
  if (FREQUENCY_ADVERBS.has((toks[m.b] as Tok | undefined)?.lower ?? '')) return m.b;
  for (let j = m.b + 1; j <= last; j++) {
    const word = (toks[j] as Tok).lower;
    if ((MODALS.has(word) && (toks[j - 1] as Tok).lower !== 'that') || FREQUENCY_ADVERBS.has(word)) return j - 1;
  }
  return last;
}

/**
 * Where "without X, …" ends: at the comma after which a clause with a verb of its own goes on ("Without treatment,
 * depression can cause insomnia" denies no insomnia; "Done properly and without rushing, the treatment takes at
 * least an hour" denies no hour). A comma inside a list keeps the scope ("Without nausea, dizziness or headaches,
 * …"). So does "with no X, …" ("Idling with no beans in it, the motor dropped to 58 dB" denies no 58 dB).
 */
function adverbialEnd(toks: readonly Tok[], m: Match, last: number): number {
  const before = toks[m.a - 1];
  const cue = (toks[m.a] as Tok).lower;
  if (cue !== 'without' && !(cue === 'no' && before?.lower === 'with')) return last;
  for (let j = m.b; j <= last; j++) {
    if ((toks[j] as Tok).lower !== ',') continue;
    // "Without maintenance, the benefits fade…": a determiner after the comma opens the main clause's subject.
    if (DETERMINERS.has((toks[j + 1] as Tok | undefined)?.lower ?? '') || verbAhead(toks, j, last, true)) return j - 1;
  }
  return last;
}

/**
 * Whether a verb of its own follows token `j` before the next comma (and by `last`, within `reach` words when
 * given): a modal, or with `auxiliaries` a form of "be", "have" or "do" too.
 */
function verbAhead(toks: readonly Tok[], j: number, last: number, auxiliaries: boolean, reach = Infinity): boolean {
  for (let k = j + 1; k <= Math.min(last, j + reach); k++) {
    const word = (toks[k] as Tok).lower;
    if (word === ',') return false;
    if (MODALS.has(word) || (auxiliaries && AUXILIARIES.has(word))) return true;
  }
  return false;
}

/** Adverbs that open a predicate after a comma ("No side effects, completely safe"), unlike a listed noun. */
const PREDICATE_ADVERBS: ReadonlySet<string> = new Set([
  'completely', 'totally', 'entirely', 'absolutely', 'perfectly', 'fully', 'very', 'extremely', 'highly', 'clinically',
  'scientifically', 'naturally', 'usually', 'generally', 'typically', 'mostly', 'normally', 'just', 'only', 'always',
]);

/**
 * Where a negation ends at the next clause of a coordination: at a comma or "and" after which a verb of its own
 * follows within three words ("no bleeding, and swelling is rare", "no dairy, may cause bloating"), or an adverb
 * opens a new predicate ("No side effects, completely safe"). A list of nouns keeps the scope ("no nausea,
 * vomiting, or dizziness").
 */
function coordinatedEnd(toks: readonly Tok[], m: Match, last: number): number {
  for (let j = m.b; j <= last; j++) {
    const word = (toks[j] as Tok).lower;
    if (word !== ',' && word !== 'and') continue;
    const next = toks[j + 1];
    if (word === ',' && next !== undefined && PREDICATE_ADVERBS.has(next.lower)) return j - 1;
    // "doesn't add benefit and raises the chance of headaches": a verb of its own after "and".
    if (word === 'and' && next !== undefined && VERBAL_CUES.has((toks[m.b - 1] as Tok).lower) && COORDINATED_VERBS.has(next.lower)) return j - 1;
    // After a bare comma only a modal starts a new predicate: in "No sauna, the X included, is approved" the verb
    // is the negated subject's own.
    if (verbAhead(toks, j, last, word === 'and', 3)) return j - 1;
  }
  return last;
}

/**
 * "FDA approved: No", "Annual service: Not required", a table's "| Maintenance needed | No |" read as one: a label
 * and the bare answer after it, which denies the label. A label is short and holds no colon of its own.
 */
const LABEL_ANSWER = /^\s*([^:]{1,60}?)\s*:\s*(no|none|not required|not needed|not necessary|not included|never)\s*[.!]?\s*$/di;

function labelAnswer(sentence: string): CueScope | null {
  const found = LABEL_ANSWER.exec(sentence);
  const label = found?.indices?.[1];
  const answer = found?.indices?.[2];
  if (label === undefined || answer === undefined) return null;
  return { cue: sentence.slice(answer[0], answer[1]), start: answer[0], end: answer[1], scopeStart: label[0], scopeEnd: label[1] };
}

// Asides a denial reaches past: "not, as one forum post claimed, …", "never, despite the ads, …".
const ASIDE_OPENERS: ReadonlySet<string> = new Set(['as', 'despite', 'contrary', 'whatever', 'unlike', 'like']);
const VERB_NEGATIONS: ReadonlySet<string> = new Set(['not', 'never', "n't"]);

/** The token a pre-negation's scope starts at: right after the cue, or after an aside set off by commas. */
function asideEnd(toks: Tok[], m: { a: number; b: number }): number {
  const cue = (toks[m.b - 1] as Tok).lower;
  if (toks[m.b]?.lower !== ',' || !(VERB_NEGATIONS.has(cue) || cue.endsWith("n't")) || !ASIDE_OPENERS.has(toks[m.b + 1]?.lower ?? '')) return m.b;
  for (let k = m.b + 2; k < Math.min(toks.length, m.b + 12); k++) {
    const token = toks[k] as Tok;
    if (token.lower === ',') return k + 1 < toks.length ? k + 1 : m.b;
    if (!token.word && token.lower !== "'" && token.lower !== '-') return m.b;
  }
  return m.b;
}

/** Negation cues and the stretch each one governs (NegEx-style: pre- and post-negation cues, pseudo-negations that are not negations, scope terminators). */
export function findNegations(sentence: string): CueScope[] {
  if (!NEGATION_PRECHECK.test(sentence)) return [];
  const answered = labelAnswer(sentence);
  if (answered !== null) return [answered];
  const { toks, matches, starts, ends } = analyse(sentence);
  const out: CueScope[] = [];
  for (const [position, m] of matches.entries()) {
    let range: [number, number] | null = null;
    switch (m.kind) {
      case 'prefix': {
        // Forward over the hyphenated compound: "non-FDA-approved".
        let j = m.b;
        while (adjacent(toks, j) && ((toks[j + 1] as Tok).word || (toks[j + 1] as Tok).lower === '-')) j++;
        range = trimmedRange(toks, m.b, j);
        break;
      }
      case 'free': {
        const prev = toks[m.a - 1] as Tok;
        if (prev.lower === '-') {
          // Backward over the hyphenated compound: "side-effect-free".
          let j = m.a - 2;
          while (j > 0 && adjacent(toks, j - 1) && ((toks[j - 1] as Tok).word || (toks[j - 1] as Tok).lower === '-')) j--;
          range = trimmedRange(toks, j, m.a - 2);
        } else {
          let j = m.a - 1;
          let words = 0;
          while (j >= 0 && (toks[j] as Tok).word && !NOT_FREE_OF.has((toks[j] as Tok).lower) && (ends[j] as number) < 0 && words < FREE_WINDOW) {
            words++;
            j--;
          }
          range = trimmedRange(toks, j + 1, m.a - 1);
        }
        break;
      }
      case 'pre':
      case 'post':
      case 'either': {
        const outer = negatingCue(toks, matches, position);
        if (outer !== undefined) {
          // "not free of side effects", "no treatment is without risk": a negated negation asserts. The outer
          // cue's scope is the inner cue, which negates nothing.
          const start = cueStart(toks, outer.a);
          const end = (toks[outer.b - 1] as Tok).end;
          out.push({ cue: sentence.slice(start, end), start, end, scopeStart: (toks[m.a] as Tok).start, scopeEnd: (toks[m.b - 1] as Tok).end });
          continue;
        }
        const dir = m.kind === 'either' ? direction(toks, m) : m.kind;
        if (dir === 'pre') {
          // "It will not, as one forum post claimed, hold 20 kWh": the denial goes on past an aside.
          const from = asideEnd(toks, m);
          const next = toks[from];
          // "No, …" is an answer, "none" alone is a pronoun ("None were reported" is handled as "none of" is not):
          // neither opens a forward scope.
          if (next !== undefined && !next.word && next.lower !== '-' && next.lower !== '(' && next.lower !== '"') break;
          // But "none is FDA approved to grow lashes" denies its predicate: nothing is.
          if ((toks[m.a] as Tok).lower === 'none' && m.b - m.a === 1 && !NONE_PREDICATE.has(next?.lower ?? '')) break;
          // "No (off-label)" in a table cell answers its row's question; what the brackets add is not denied.
          if ((toks[m.a] as Tok).lower === 'no' && m.a === 0 && next?.lower === '(' && toks.length <= 8) break;
          // "The FDA did not approve it until 1996", "It wasn't covered until recently": what came at last, not a denial.
          if (VERBAL_CUES.has((toks[m.b - 1] as Tok).lower) && happensAtLast(toks, m.b)) break;
          const subordinate = inSubordinateClause(sentence, toks, m.a);
          let last = forwardEnd(sentence, toks, starts, matches, from, PRE_WINDOW, ENDS_NEGATION, subordinate);
          // "No stem cell injection for knee osteoarthritis or any other orthopedic condition is FDA approved": a
          // long subject after "no" ends the window at its verb; the predicate it denies comes after.
          if ((toks[m.a] as Tok).lower === 'no' && NO_SUBJECT_VERBS.has((toks[last] as Tok | undefined)?.lower ?? '')) {
            last = forwardEnd(sentence, toks, starts, matches, from, 2 * PRE_WINDOW, ENDS_NEGATION, subordinate);
          }
          last = Math.min(last, predicateEnd(toks, m, last), adverbialEnd(toks, m, last), coordinatedEnd(toks, m, last));
          while (last >= from && (!(toks[last] as Tok).word || TRAILING_CONJUNCTIONS.has((toks[last] as Tok).lower))) last--;
          range = trimmedRange(toks, from, last);
        } else {
          const first = backwardStart(sentence, toks, ends, matches, m.a - 1, POST_WINDOW, ENDS_NEGATION, true);
          // "pneumonia is unlikely": the scope is "pneumonia", not "pneumonia is".
          let last = m.a - 1;
          while (last >= first && (!(toks[last] as Tok).word || AUXILIARIES.has((toks[last] as Tok).lower))) last--;
          range = trimmedRange(toks, first, last);
        }
        break;
      }
      default:
        break;
    }
    if (range === null) continue;
    const start = cueStart(toks, m.a);
    const end = (toks[m.b - 1] as Tok).end;
    out.push({ cue: sentence.slice(start, end), start, end, scopeStart: range[0], scopeEnd: range[1] });
  }
  return out;
}

/**
 * Whether the clause after a verbal cue goes on to "until" and a point on the calendar ("until 1996", "until
 * March 2021", "until recently", "until last year"): "did not approve it … until 1996" says it was approved then.
 * Not "until" a condition ("do not drive until the numbness wears off") or a span of treatment, which the
 * figure readers have their own words for.
 */
function happensAtLast(toks: readonly Tok[], from: number): boolean {
  for (let j = from; j < toks.length && j < from + UNTIL_WINDOW; j++) {
    const tok = toks[j] as Tok;
    if (!tok.word && /[,;:!?]/.test(tok.lower)) return false;
    if (tok.lower !== 'until' && tok.lower !== 'till') continue;
    const next = (toks[j + 1] as Tok | undefined)?.lower ?? '';
    const after = (toks[j + 2] as Tok | undefined)?.lower ?? '';
    return /^(?:1[89]|20)\d\d$/.test(next) || next === 'recently' || MONTHS.has(next) || ((next === 'last' || next === 'this') && after === 'year') || ((next === 'early' || next === 'late' || next === 'mid') && /^(?:1[89]|20)\d\d$/.test(after));
  }
  return false;
}
const UNTIL_WINDOW = 14;
// Not "may": lower-cased, the month cannot be told from the verb.
const MONTHS: ReadonlySet<string> = new Set(['january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** Cues that, negated themselves, turn into an assertion: "not without risk", "not free of side effects". */
const NEGATABLE_ABSENCE: ReadonlySet<string> = new Set(['without', 'free of', 'free from']);
const NEGATING: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no', 'cannot', 'nor']);
const NO_SUBJECT_VERBS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'comes', 'come']);

/**
 * The negation that negates an absence cue: "not"/"never" at most two words before it ("is not entirely free
 * of"), or "no" whose noun phrase is the subject ("no treatment is without"), with no punctuation between.
 */
function negatingCue(toks: readonly Tok[], matches: readonly Match[], position: number): Match | undefined {
  const m = matches[position] as Match;
  const first = (toks[m.a] as Tok).lower;
  if (first !== 'without' && first !== 'free') return undefined;
  const cue = toks.slice(m.a, m.b).map((tok) => tok.lower).join(' ');
  if (!NEGATABLE_ABSENCE.has(cue)) return undefined;
  for (let k = position - 1; k >= 0; k--) {
    const outer = matches[k] as Match;
    if (outer.b > m.a) continue;
    const last = (toks[outer.b - 1] as Tok).lower;
    if (!NEGATING.has(last)) return undefined;
    const between = toks.slice(outer.b, m.a);
    // "Nor is it entirely free of side effects": the inverted verb and its subject stand between.
    if (between.some((tok) => !tok.word) || between.length > (last === 'no' || last === 'nor' ? 3 : 2)) return undefined;
    // "no procedure comes without risk" negates the absence; "no pain without gain" does not.
    if (last === 'no' && !NO_SUBJECT_VERBS.has(between[between.length - 1]?.lower ?? '')) return undefined;
    return outer;
  }
  return undefined;
}

/** Hedge cues ("may", "can", "might", "some patients", "in rare cases", "in sporadic instances", "often", "up to", "possibly", "it is believed"...) and their scope. */
export function findHedges(sentence: string): CueScope[] {
  if (!HEDGE_PRECHECK.test(sentence)) return [];
  const { toks, matches, starts, ends } = analyse(sentence);
  const out: CueScope[] = [];
  for (const m of matches) {
    if (m.kind !== 'hedge' && m.kind !== 'uncertain') continue;
    // A hedge inside a subordinate or concessive clause ("Despite what some reps suggest, …", "…, although
    // studies suggest otherwise") hedges that clause only: its scope stops at the clause's commas.
    const clauseFirst = clauseStart(sentence, toks, m.a);
    const confined = CONFINING.has((toks[clauseFirst] as Tok | undefined)?.lower ?? '');
    const first = Math.max(backwardStart(sentence, toks, ends, matches, m.a - 1, Number.POSITIVE_INFINITY, ENDS_CLAUSE), confined ? clauseFirst : 0);
    const last = forwardEnd(sentence, toks, starts, matches, m.b, Number.POSITIVE_INFINITY, ENDS_CLAUSE, confined);
    const range = trimmedRange(toks, Math.min(first, m.a), Math.max(last, m.b - 1));
    if (range === null) continue;
    const start = cueStart(toks, m.a);
    const end = (toks[m.b - 1] as Tok).end;
    out.push({ cue: sentence.slice(start, end), start, end, scopeStart: range[0], scopeEnd: range[1] });
  }
  return out;
}
