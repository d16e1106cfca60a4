import { type CompiledPattern, type CompiledRule, type CompiledRules, type CompiledTopic, runPattern, termOccurrences } from '../rules/compile.js';
import type { Occurrence } from '../rules/phrase-index.js';
import { sentenceRangeToSource } from '../text/analyze.js';
import { ENDS, isCurrency, PERMANENT, saysEndless } from '../text/numbers.js';
import type { LineIndex } from '../text/locations.js';
import { CITATION_MARKER } from '../documents/text.js';
import { type Claim, type ClaimValue, type Finding, OTHER_USES, type Sentence, type Severity, type TextRange, type Token, type ValueMention } from '../types.js';
import { foreignClauses, lowerWords, overlaps, separated, within } from './clauses.js';
import { changeMeasure, continuesArm, countsOtherThings, countStageOf, isAddition, isChange, isReadingTime, isTimeAgo, isUnmetExpectation, isOtherRate, isWithOtherThing, isControlArm, isHoursOfUse, isInterval, isPerPeriod, isLevel, isOtherAmount, isOtherCount, isWanted, isQuotedClaim, isClaimedInQuotes, isSupposedCase, isShareOfPeople, isStudyLength, qualifierOf, quotationOpening, scoreReached, thresholdLabel, timePointOf, countsIn, unitWordAfter } from './figures.js';
import { countedThing, countedWord } from './counted.js';
import { derivedMeasure } from './measure.js';
import { caseOf, clauseStart, earlierPeriodOf, kindOf, kindsSideBySideOf, respectiveOf, minorityOf, namedExampleOf, namedPeopleOf, namedOfferingOf, onlyCaseOf, promotionOf, rateOfUseOf, severalSitesOf, sideBySideCaseOf, siblingModelOf, siblingTierOf, subgroupOf, variantOf, withoutPartOf } from './subgroups.js';

// Closing quotes, brackets and a trailing ellipsis may follow the mark: "…, don’t they?“…."
const QUESTION = /\?["'“”‘’)\]]*[.…]{0,4}$/;

/** Whether a sentence asks: it claims nothing itself. */
export function isQuestion(sentence: Sentence): boolean {
  return QUESTION.test(sentence.text);
}
// "Myth: it hurts.", "Myth #2 – results are instant", "It is a common myth that…": the sentence states what
// the article goes on to refute, not what it claims.
const REFUTED = /^\W*(?:myth|misconception)\b[^:.!?\n]{0,12}(?::|\s?[\u2013\u2014]|\s-\s)|\b(?:myth|misconception)\s+(?:is\s+)?that\b/i;
// So does a sentence that reports others' claims in order to warn against them or call them false: "Beware of
// clinics that promise…", "Some sellers falsely claim…", "Claims that it is completely safe are misleading", "It
// is not true that…", "Some clinics claim success rates of 98%", "the ads calling it painless are a stretch", "Its
// advertising describes it as FDA-cleared".
// The people a writer's anecdote or hearsay comes from: "My friend had no side effects", "My sister says…".
const RELATIVES = ['friend', 'sister', 'brother', 'mother', 'mom', 'mum', 'father', 'dad', 'husband', 'wife', 'partner', 'neighbour', 'neighbor', 'colleague', 'coworker', 'co-worker', 'cousin', 'aunt', 'uncle', 'son', 'daughter', 'roommate', 'flatmate'];
const GRANDPARENTS = ['grandma', 'grandmother', 'grandpa', 'grandfather'];
// What a forum poster does in a byline: "wren_k wrote:", "mike_t replied:".
const POSTED = String.raw`(?:wrote|writes|said|says|posted|replied|replies|asked)`;
// A forum speaker's handle, with its byline verb or not, and the quotation mark their words may open with: "kat_88: …",
// "petal_and_pine wrote: …", 'old_desk_owner: "My old Tallo Rise…'.
const HANDLE = String.raw`(?:\w[\w.-]*(?:\s+${POSTED})?:\s*["“]?\s*)?`;
const RELATIVE = `(?:${RELATIVES.join('|')})s?`;
const DISOWNED = new RegExp(
  [
    String.raw`^\W*(?:beware|be (?:wary|careful|skeptical|sceptical|suspicious)|watch out|steer clear)\b`,
    String.raw`\b(?:falsely|wrongly|misleadingly)\s+(?:claim|state|say|advertise|suggest|promise|market)`,
    String.raw`\b(?:claims?|promises?|ads?|adverts?|advertisements?|advertising|website|site|label|brochure|marketing|rumou?rs?)\b[^.!?]*?\b(?:are|is|were|was)\s+(?:just\s+|simply\s+|clearly\s+|completely\s+)?(?:false|misleading|untrue|unfounded|exaggerated|wrong|overblown|overstated|not true|not supported|a stretch|hype)\b`,
    // "Marketing often suggests treatment is finished in a few months": what the sellers say, not the article.
    String.raw`^\W*(?:marketing|ads|adverts|advertising|brands|sellers|the ads|the brand|the seller)\s+(?:often\s+|usually\s+|typically\s+|sometimes\s+|may\s+)?(?:suggests?|claims?|says?|promises?|implies|imply)\b`,
    // What a seller's page says, reported: "Their website literally says no bruising", "One clinic blog claims that…"
    // (not an instruction it gives, which the writer passes on: "The label says to refrigerate after opening"),
    // "Hearthline's marketing claims the S7 cleans for three hours".
    // Not a concession after the article's own claim: "…not FDA approved for knees, whatever the brochure says".
    String.raw`(?<!whatever\s|no matter what\s)(?:\b(?:their|the|its|one|a)|\b[A-Z][\w-]*['’]s)\s+(?:[a-z-]+\s+){0,3}(?:website|site|homepage|home\s+page|landing\s+page|sales\s+page|product\s+page|page|ads?|advertising|advertisements?|marketing|materials|packaging|press\s+release|billboard|banner|flyer|leaflet|brochure|label|blog|post|company|brand|maker|manufacturer|seller)\s+(?:literally\s+|also\s+|even\s+)?(?:says?(?!\s+to\s)|said(?!\s+to\s)|claims?|claimed|promises?|promised|states?|stated|advertises|advertised|touts|touted|boasts|boasted|reads)\s+(?![.,;:!?]|$)`,
    // A warning about a kind of seller: "Any clinic promising zero side effects is overselling".
    String.raw`\b(?:any|a|every)\s+(?:clinic|brand|seller|company|website|provider|practitioner|doctor|spa|studio|supplement|product)\s+(?:that\s+)?(?:promis|claim|advertis|guarantee)`,
    // "Anyone promising results in a couple of weeks is selling something", "Influencer videos promising that you'll…".
    String.raw`\b(?:anyone|anybody|whoever|videos?|posts?|influencers?|ads?|adverts?|listings?)\s+(?:who\s+)?(?:promis|claim|advertis|guarantee)`,
    // "Anyone who tells you HIFU is painless is selling something".
    String.raw`\b(?:anyone|anybody|whoever)\s+(?:who\s+)?(?:tells?|told|says?)\b`,
    // A claim the writer then distrusts: 'The box shouts "80 Nm of torque", which I'd be wary of'.
    String.raw`,\s*which\s+(?:I(?:'d|’d|\s+would)|you\s+should|we(?:'d|’d|\s+would))\s+(?:be\s+)?(?:wary|sceptical|skeptical|suspicious|careful)\s+(?:of|about)\b`,
    // What the seller says of itself, reported: "BrightAlign's advertising describes its product as FDA-cleared".
    String.raw`\b(?:ads?|adverts?|advertising|marketing|website|sales page|brochure)\s+(?:describes?|bills?|presents?|calls?|labels?|touts?|markets?)\s+(?:it|itself|its\s+[a-z]+|the\s+[a-z]+)\s+as\b`,
    String.raw`\bit(?:'s|’s| is) not true that\b`,
    // A claim the writer calls nonsense right after it: "Someone on Reddit claimed it lasts 5 hours, which is nonsense".
    String.raw`,\s*which\s+(?:is|was)\s+(?:just\s+|simply\s+|complete\s+|total\s+|utter\s+)?(?:nonsense|rubbish|false|untrue|not true|wrong|a myth|misleading|overblown|exaggerated)\b`,
    // What readers will have come across: "You'll often read online that cryolipolysis causes nerve damage".
    // Or hear claims of: "you'll often hear claims that they essentially last forever".
    // And what the writer came across: "I read somewhere that only about a third of dogs improve at all".
    String.raw`\b(?:you(?:'ll|’ll|\s+will|\s+may|\s+might|\s+may\s+have|\s+might\s+have)?|I(?:'ve|’ve|\s+have)?)\s+(?:often\s+|sometimes\s+|also\s+|still\s+)?(?:read|hear|heard)\s+(?:(?:online|on\s+forums|on\s+social\s+media|everywhere|somewhere|people\s+say|(?:the\s+|some\s+)?claims?|it\s+said)\s+)?that\b`,
    // Hearsay: "Someone on Reddit claimed…", "A forum post insisted…".
    String.raw`\b(?:someone|somebody)\s+(?:(?:on|in|at)\s+(?:the\s+|a\s+)?[\w-]+\s+)?(?:claimed|claims|said|says|insisted|insists|swore|swears|posted|wrote)\b`,
    String.raw`\ba\s+(?:[a-z]+\s+)?(?:post|thread|commenter|poster|user)\s+(?:(?:on|in)\s+[\w-]+\s+)?(?:claimed|claims|insisted|insists|swore|swears)\b`,
    // What a relative or friend says, passed on: "My sister says lasers "thin your skin" and that it's not even FDA
    // approved". (Their own course is an anecdote: "My friend had no side effects at all".)
    String.raw`^\W*${HANDLE}(?:my|our)\s+(?:(?:close|best|old|good)\s+)?(?:${RELATIVE}|${GRANDPARENTS.join('|')})(?:-in-law)?\s+(?:says|said|thinks|thought|claims|claimed|insists|insisted|swears|swore|reckons|reckoned|keeps\s+saying|told\s+me|warned\s+me|warns)\b`,
    // The same words quoted first: '"It hurts worse than childbirth," my brother-in-law warned me beforehand.'
    String.raw`^\W*${HANDLE}["“][^"”]{1,160}["”]\s*,?\s*(?:my|our)\s+(?:(?:close|best|old|good)\s+)?(?:${RELATIVE}|${GRANDPARENTS.join('|')})(?:-in-law)?\s+(?:says|said|warned|warns|insisted|insists|swore|swears|told\s+me|claimed|claims)\b`,
    // Some owners' claim, not their report: "Some owners claim it runs for 5 hours" ("Some patients report…" stays).
    String.raw`^\W*(?:some|many|other|certain|several)\s+(?:[a-z]+\s+)?(?:owners|users|customers|buyers|people|patients|clients)\s+(?:claim|insist|swear)\b`,
    // A quoted word the article disputes: '"Painless" is a stretch', '"Permanent" is misleading'.
    String.raw`^\W*["“][^"”]{1,40}["”]\s+(?:is|are|was|seems)\s+(?:a\s+(?:bit\s+of\s+a\s+)?stretch|misleading|overstated|exaggerated|an\s+exaggeration|hype|not\s+(?:quite\s+)?(?:true|accurate|right))\b`,
    // A sales pitch reported: "Walk into almost any med spa and you'll hear the same pitch: a quick, painless…".
    String.raw`\b(?:hear|heard|hears|get|gets|told|sold|given)\b[^.:;]{0,30}\b(?:pitch|spiel|sales line|promise)\s*:`,
    // A label reported in quotes: 'Lingora calls its completion certificate "accredited," but…'.
    String.raw`\bcalls?\s+(?:it|itself|its|their|the)\s+(?:[a-z-]+\s+){0,3}["“]`,
    // Promises the article tells readers to doubt: "treat promises of "permanent" results with healthy skepticism".
    String.raw`\b(?:promises|claims)\s+of\b[^.!?]*\bwith\s+(?:(?:healthy|some|a\s+lot\s+of|great)\s+)?(?:skepticism|scepticism|caution|suspicion|a\s+grain\s+of\s+salt)\b`,
    // Another business's claim, reported: "One clinic I called while writing this article advertised a 95% success rate".
    String.raw`\b(?:one|a|another)\s+(?:[a-z-]+\s+){0,2}(?:clinic|provider|spa|practice|company|brand|seller|center|centre|studio|website|competitor|service|app|program|programme|shop|store|pharmacy|influencer)\b(?:\s+[a-z']+){0,8}?\s+(?:advertised|advertises|claimed|claims|promised|promises|boasted|boasts|touted|touts)\b`,
    String.raw`^\W*(?:some|many|other|certain|several)\s+(?:[a-z]+\s+)?(?:clinics|brands|sellers|companies|websites|sites|providers|practitioners|vendors|manufacturers|marketers|ads|adverts|influencers|reviewers|forums|posters|commenters|bloggers)\s+(?:claim|promise|advertise|say|boast|suggest|insist)`,
    // A quoted promise others make: 'the "same-day discharge" some clinics advertise is really for a minority'.
    String.raw`["“][^"”]{1,40}["”]\s+(?:that\s+)?(?:some|many|most|other|certain)\s+(?:[a-z]+\s+)?(?:clinics|sellers|brands|companies|providers|websites|sites|ads|surgeons|practices|spas)\s+(?:advertise|claim|promise|tout|boast|offer|quote)`,
    // A rumour reported: "There's a rumour on some gardening forums that the R800 hits 90 dB".
    String.raw`\bthere(?:'s|’s|\s+is|\s+are|\s+was|\s+were)\s+(?:a\s+)?(?:[a-z]+\s+)?rumou?rs?\b|\brumou?rs?\s+(?:that|has\s+it|says?|claims?|goes)\b|\brumou?red\s+to\b`,
    // "Clinic websites commonly advertise success rates of up to 90%".
    String.raw`^\W*(?:[a-z]+\s+)?(?:websites|sites|ads|adverts|brochures|marketers|sellers|vendors)\s+(?:commonly|often|usually|typically|routinely|frequently|sometimes)\s+(?:claim|promise|advertise|boast|tout|quote|cite)`,
  ].join('|'),
  'i',
);
// What the article says back, after reporting someone else's words: "The banner says "lifetime," but the
// paperwork gives a 5-year warranty on the valve."
// After a refutation, a colon opens the reply too: "That rumour is wrong: the Vela is UL certified".
const REPLY = /,["”’']?\s*but\s+|;\s*(?:but|however|in fact|actually)?\s*|(?<=\b(?:wrong|false|untrue|misleading|nonsense|a myth))\s*:\s*/gi;

/**
 * How much of a sentence reports others' claims: 0 for none, its length for all of it, or where the article's
 * own reply begins ("…, but the paperwork gives…"). A reply only counts after the reported words.
 */
function disownedUntil(text: string): number {
  const found = DISOWNED.exec(text);
  if (found === null) return 0;
  REPLY.lastIndex = found.index + found[0].length;
  const reply = REPLY.exec(text);
  return reply === null ? text.length : reply.index;
}

// Every frame above holds one of these words: most sentences are let through on a look at their tokens.
const FRAME_WORDS = new Set([
  ...RELATIVES,
  ...RELATIVES.map((word) => `${word}s`),
  ...GRANDPARENTS,
  ...'read hear heard nonsense rubbish false untrue wrong someone somebody insisted insists swore swears insist swear myth myths rumour rumours rumor rumors rumoured rumored misconception misconceptions anyone anybody whoever beware wary careful skeptical sceptical suspicious watch steer falsely wrongly misleadingly claim claims claimed promise promises promised promising advertised advertises advertise boasted boasts touted touts reads homepage page materials packaging release billboard banner flyer leaflet ad ads advert adverts advertisement advertisements advertising marketing website site label brochure brand brands seller sellers blog company maker manufacturer true calls call pitch spiel stretch misleading overstated exaggerated exaggeration hype'.split(' '),
]);
// A list led in by what the subject is for: "People come to us for:", "It can help with:", "Used to treat:".
const PURPOSE_LEAD_IN = /\b(?:for|with|treat|treats|against|relieve|relieves|ease|eases)\s*:\s*$/i;
// "Symptoms can include:", "Common symptoms of CI:"; not "Symptoms you may notice after treatment:" or "side effect symptoms".
const SYMPTOMS_LEAD_IN = /\bsymptoms?\b(?![^:]*\b(?:after|following|afterwards|side)\b)[^:]{0,40}:\s*$/i;
// A list under a "Myths" heading states the myths it goes on to refute.
const MYTHS_HEADING = /\b(?:myths?|misconceptions?)\b/i;
const WHOLLY_QUOTED = /^\W*["“][^"“”]+["”]\W*$/;
// A list of criteria: "What to look for", "Questions to ask your clinic", "Red flags".
const ADVICE_HEADING = /\b(?:what to look for|look for|questions to ask|what to ask|ask (?:your|the) (?:clinic|doctor|provider)|checklist|red flags|warning signs|how to choose)\b/i;
/** Where a sentence comes from: what a claim or finding needs beyond the sentence itself. */
export interface SentenceContext {
  path: string;
  subject: string;
  source: string;
  lines: LineIndex;
  /** The last heading before the sentence: it speaks for the list items under it ("Side effects" over "- Mild swelling"). */
  heading?: Sentence;
  /** The sentence that leads into the list a list item belongs to ("Owners told us about:"): it speaks for it too. */
  leadIn?: Sentence;
  /** The sentence before, in the same paragraph. */
  previous?: Sentence;
  /** The paragraph is a forum post: it follows a "**jen_r** wrote:" line or opens with a poster's handle. */
  post?: boolean;
}

/** A rule that fired on a sentence, with the values bound to it. */
interface Hit {
  rule: CompiledRule;
  /** The first match: where the finding points. */
  range: TextRange;
  /** Every match of the rule in the sentence: a figure binds to whichever stands nearest. */
  triggers: TextRange[];
  /** Triggers whose figures measure something else ("redness fades within 2 days"). */
  blocked?: Set<TextRange>;
  /** The first match came from a `near` pattern: a negation inside it is never the match's own. */
  spread?: boolean;
  values: { value: ValueMention; trigger: TextRange }[];
}

// A rule whose own match names a discount is about it: "a no-claims discount of up to 60%" is its figure, and so is
// "10% off parts" to a rule matching "off parts". (A rule about saving on bills still leaves "Save 15% on
// installation" to the price; "off-label" is no price cut.)
const PRICE_CUT = /\b(?:discounts?|discounted|off(?!-))\b/i;

/** Match one sentence against all rules: findings for what an editor should see, claims for what gets compared. */
export function matchSentence(sentence: Sentence, compiled: CompiledRules, context: SentenceContext): { findings: Finding[]; claims: Claim[] } {
  // A question asks; it claims nothing ("Is TMS FDA approved?"). Nor does a myth the article refutes.
  const framed = sentence.tokens.some((token) => FRAME_WORDS.has(token.lower));
  if (isQuestion(sentence) || (framed && REFUTED.test(sentence.text))) return { findings: [], claims: [] };
  const disowned = framed ? disownedUntil(sentence.text) : 0;
  if (disowned === sentence.text.length) return { findings: [], claims: [] };
  const listed = sentence.block.kind === 'listItem';
  if (listed && ((context.heading && MYTHS_HEADING.test(context.heading.text)) || (context.leadIn && MYTHS_HEADING.test(context.leadIn.text)))) {
    return { findings: [], claims: [] };
  }
  // Under a "Myth check" heading, a statement in quotation marks is the myth the paragraph goes on to answer:
  // '"No side effects, no downtime." There is no recovery period in the surgical sense, but…'.
  if (WHOLLY_QUOTED.test(sentence.text) && context.heading && MYTHS_HEADING.test(context.heading.text)) return { findings: [], claims: [] };
  const occurrences = compiled.index.find(sentence.tokens);
  // Most sentences match no rule: what in them is about something else is worked out once one does.
  let foreignRanges: TextRange[] | undefined;
  const foreignOf = (): TextRange[] => (foreignRanges ??= otherClauses(sentence, context, compiled, disowned));
  let terms: Occurrence[] | undefined;
  // "Redness fades within 2 days", "swelling, which can last weeks": a duration whose trigger follows a term of
  // another topic (a side effect) measures that term, not the subject. So does one whose verb shares the
  // sentence's subject: "Tooth sensitivity is common and usually fades within 48 hours".
  const describesTerm = (trigger: TextRange): boolean => {
    terms ??= termsOfAllTopics(compiled, occurrences);
    if (terms.some((term) => follows(sentence, term, trigger))) return true;
    // The trigger is a word about the term right after it: "Visible redness | 1 to 3 days".
    if (terms.some((term) => term.start >= trigger.end && /^\s+$/.test(sentence.text.slice(trigger.end, term.start)))) return true;
    // The term opens the sentence: at most one word ("Any", "The") before it.
    if (sharesSubject(sentence, trigger) && terms.some((term) => term.end <= trigger.start && wordsBetween(sentence, SENTENCE_START, term) <= 1)) return true;
    // Or the label the sentence opens with names it: "Temporary increase in soreness: uncommon, usually lasting less
    // than a day".
    const label = OPENING_LABEL.exec(sentence.text)?.[0].length ?? 0;
    return trigger.start >= label && terms.some((term) => term.end <= label);
  };
  // A rule's own `notAfter` phrases: "the filter lasts 12 months" is about the filter.
  // So is one whose verb shares the subject that opens the sentence: "Consultations are free and last 20 minutes".
  const describesOther = (rule: CompiledRule, trigger: TextRange): boolean =>
    rule.notAfterIds.some((id) =>
      (occurrences.get(id) ?? []).some(
        (occurrence) => follows(sentence, occurrence, trigger) || (occurrence.end <= trigger.start && wordsBetween(sentence, SENTENCE_START, occurrence) <= 1 && sharesSubject(sentence, trigger)),
      ),
    );
  const hits: Hit[] = [];
  const subject = context.subject.toLowerCase();
  for (const candidate of compiled.candidates(occurrences)) {
    const { rule } = candidate;
    // A set scoped to some subjects reads only their articles.
    if (rule.definition.subjects !== undefined && !rule.definition.subjects.includes(subject)) continue;
    // Most candidate rules match nothing: their `unless` patterns are asked only once one does.
    const matched: { pattern: CompiledPattern; range: TextRange }[] = [];
    for (const pattern of candidate.match) for (const range of runPattern(pattern, sentence, occurrences)) matched.push({ pattern, range });
    if (matched.length === 0) continue;
    if (candidate.unless().some((pattern) => runPattern(pattern, sentence, occurrences).length > 0)) continue;
    const ranges: TextRange[] = [];
    const spread = new Set<TextRange>();
    for (const { pattern, range } of matched) {
      // A match inside a comparison clause is about another subject: it neither reports nor claims.
      if (!within(range, foreignOf()) && saysWhatItMatches(rule, range, sentence, pattern.kind === 'near')) {
        ranges.push(range);
        if (pattern.kind === 'near') spread.add(range);
      }
    }
    if (ranges.length > 1) ranges.sort((a, b) => a.start - b.start || b.end - a.end);
    // A trigger that describes a term still takes its figures, so they go to no other trigger, but claims nothing.
    const blocked =
      rule.notAfterIds.length > 0 || (rule.topic?.compare === 'range' && rule.topic.unit === 's')
        ? new Set(ranges.filter((range) => describesOther(rule, range) || (rule.topic?.unit === 's' && describesTerm(range))))
        : undefined;
    let first = ranges.find((range) => !blocked?.has(range));
    // "Contract: no annual contract; cancel anytime": the label a sentence or list item opens with names what the
    // rest says, so on a yes-or-no topic the rest's own match is the claim (as a table's row label claims nothing).
    if (first !== undefined && rule.topic?.compare === 'polarity') {
      const label = OPENING_LABEL.exec(sentence.text)?.[0].length ?? 0;
      if (first.end <= label) first = ranges.find((range) => range.start >= label && !blocked?.has(range)) ?? first;
    }
    if (first) hits.push({ rule, range: first, triggers: ranges, values: [], blocked, spread: spread.has(first) });
  }
  if (hits.length === 0) return { findings: [], claims: [] };

  const foreign = foreignOf();
  bindValues(sentence, hits, foreign);
  // A list item is often a bare noun ("- Mild swelling"): the heading above it and the sentence leading into it
  // say what the list is. A list of what the subject is for ("People come to us for:") speaks for itself only:
  // the heading above it does not make its items side effects ("Common side effects to watch for:" still does).
  const purpose = context.leadIn !== undefined && PURPOSE_LEAD_IN.test(context.leadIn.text);
  // A list of a condition's symptoms ("Symptoms can include:") names what is treated: neither it nor the heading
  // above it makes its items side effects.
  const symptoms = context.leadIn !== undefined && SYMPTOMS_LEAD_IN.test(context.leadIn.text);
  const listContext = listed && !symptoms ? (purpose ? [context.leadIn] : [context.heading, context.leadIn]).filter((lead): lead is Sentence => lead !== undefined) : [];
  const headingOccurrences = listContext.length > 0 ? listContext.map((lead) => compiled.index.find(lead.tokens)) : null;
  const findings: Finding[] = [];
  const claims: Claim[] = [];
  const cited = sentence.block.cited || CITATION_MARKER.test(sentence.text);
  for (const hit of hits) {
    const { rule } = hit;
    const topic = rule.topic;
    if (topic?.compare === 'range' && rule.definition.requireValue && hit.values.length === 0 && rule.definition.impliedValue === undefined) continue;
    // Whether insurance covers it means nothing when it is insurance: a policy's "covers" is its scope.
    if (topic && topic.notForSubjects.length > 0 && lowerWords(context.subject).some((word) => topic.notForSubjects.includes(word))) continue;
    let made = topic ? claimsOf(hit, topic, sentence, occurrences, context, cited, foreign, headingOccurrences) : [listedClaim(hit, sentence, context, cited)];
    // "Before 2023, the Summit Pass had blackout dates": a yes or no, or a status, of an earlier period is compared
    // only with the same period's (a figure's key says its period with its other distinctions).
    const period = topic && topic.compare !== 'range' ? earlierPeriodOf(sentence.text, hit.range) : null;
    if (period !== null) made = made.map((claim) => ({ ...claim, key: `${claim.key}@${period}` }));
    // "If you want unlimited access, the Horizon Elite version includes it, but at a $395 annual fee": a yes or no,
    // or a status, of a variant or a sibling tier or model is that one's, as its figures are.
    if (topic && topic.compare !== 'range') made = made.map((claim) => withVariant(claim, sentence.text, context.subject));
    // A heading names what its section is about ("## Contract and fees"): it asserts nothing on a yes-or-no topic,
    // though one that denies ("## No contract, ever") or gives a figure or a status still says something.
    // Nor does one that asks, with or without its question mark ("## What FDA Clearance Actually Means", "## Is PRP
    // FDA approved"), on any topic but a figure's.
    if (sentence.block.kind === 'heading' && topic && topic.compare !== 'range' && QUESTION_HEADING.test(sentence.text)) made = [];
    claims.push(...(sentence.block.kind === 'heading' && topic?.compare === 'polarity' ? made.filter((claim) => claim.polarity !== 'affirmed') : made));
    if (rule.definition.claimOnly) continue;
    // {term}: the topic's terms the sentence names ("headache, nausea"), for a message about them.
    const named = topic && topic.termIds.length > 0 && rule.definition.message.includes('{term}') ? termsIn(topic, occurrences, foreign).map(({ name }) => name).join(', ') : '';
    findings.push(findingOf(hit, sentence, context, cited, named));
  }
  // A list of what to look for or ask about ("What to look for: - FDA-approved products") sets criteria: it
  // claims nothing about the subject, though its words may still deserve a finding.
  if (listed && ((context.heading && ADVICE_HEADING.test(context.heading.text)) || (context.leadIn && ADVICE_HEADING.test(context.leadIn.text)))) return { findings, claims: [] };
  return { findings, claims: withoutEndedTerms(withoutRejectedOptions(claims, sentence.text), sentence, compiled) };
}

// "no more" and "no longer" say something stops, so it was there: "Full recovery (no more residual pain or swelling)
// takes 3 to 4 months" does not deny the swelling. (Not "no more than", a bound.)
const ENDING = /^(?:more(?!\s+than\b)|longer)\b/i;

/**
 * A term of a topic of terms (a side effect) denied only by "no more" or "no longer" is said to end, not to be
 * absent: that is neither a listing nor a denial. A status ("no longer FDA approved") is still denied.
 */
function withoutEndedTerms(claims: Claim[], sentence: Sentence, compiled: CompiledRules): Claim[] {
  const ends = (scope: Sentence['negations'][number]): boolean => scope.cue.toLowerCase() === 'no' && ENDING.test(sentence.text.slice(scope.scopeStart));
  if (!sentence.negations.some(ends)) return claims;
  return claims.filter((claim) => {
    if (claim.polarity !== 'negated' || claim.value.type !== 'none' || !claim.sentenceMatch || (compiled.topics.get(claim.topic)?.termIds.length ?? 0) === 0) return true;
    const at = claim.sentenceMatch;
    const covering = sentence.negations.filter((scope) => reaches(scope, at));
    return covering.length === 0 || !covering.every(ends);
  });
}

/**
 * "It can be done while you are asleep under general anaesthesia, or awake under local anaesthesia": a sentence
 * that offers two options names one and, in the other, what rules it out. It says both are done, not yes and no,
 * so the option it names stands and the other's "no" is dropped.
 */
function withoutRejectedOptions(claims: Claim[], text: string): Claim[] {
  const offered = (denied: Claim): boolean =>
    claims.some((named) => {
      if (named.polarity !== 'affirmed' || named.key !== denied.key || !named.sentenceMatch || !denied.sentenceMatch) return false;
      const [first, second] = named.sentenceMatch.start < denied.sentenceMatch.start ? [named.sentenceMatch, denied.sentenceMatch] : [denied.sentenceMatch, named.sentenceMatch];
      return first.end <= second.start && /\bor\b/i.test(text.slice(first.end, second.start));
    });
  const yesOrNo = (claim: Claim): boolean => claim.value.type === 'none';
  return claims.some((claim) => claim.polarity === 'negated' && yesOrNo(claim)) ? claims.filter((claim) => claim.polarity !== 'negated' || !yesOrNo(claim) || !offered(claim)) : claims;
}

/** The parts of a sentence about something other than the subject: comparison clauses, a disowned opening, another arm. */
function otherClauses(sentence: Sentence, context: SentenceContext, compiled: CompiledRules, disowned: number): TextRange[] {
  const foreign = foreignClauses(sentence.text, sentence.values, context.subject, compiled.comparators);
  if (disowned > 0) foreign.push({ start: 0, end: disowned });
  // "The study also included a sham device. About 15% of people wearing it still improved": a sentence that
  // goes on about the comparison arm the sentence before it introduced is that arm's, not the subject's.
  if (context.previous !== undefined && continuesArm(context.previous.text, sentence.text)) foreign.push({ start: 0, end: sentence.text.length });
  return foreign;
}

/** Whether a rule match says what the rule claims, given the negations and hedges around it. */
function saysWhatItMatches(rule: CompiledRule, range: TextRange, sentence: Sentence, spread: boolean): boolean {
  if (isReportedQuote(sentence.text, range) || isMention(sentence.text, range)) return false;
  const wanted = rule.definition.requirePolarity;
  // A phrase that denies by itself ("no side effects", "nothing to worry about") keeps its own negation; one
  // from outside undoes it ("not free of side effects" admits them) or turns a promise into a disclaimer
  // ("there is no guarantee", "no treatment is completely safe"): neither is the rule's claim.
  const undone = wanted === 'affirmed' || (wanted === undefined && rule.definition.polarity === 'negated');
  if (undone ? negatedFromOutside(range, sentence.negations, spread) : wanted === 'negated' && !inScope(range, denials(sentence))) return false;
  const compare = rule.topic?.compare;
  // "20% are non-responders" counts the opposite of what "responders" would.
  if (compare === 'range' && sentence.negations.some((scope) => scope.end === range.start && /^non\W?$/i.test(scope.cue))) return false;
  if (compare === 'range' && !isAsserted(sentence, range)) return false;
  // "for months after my last session": "last" after a determiner is the last one of something, not a verb.
  // So is "last" in "the first and last few minutes": the end of something, before "few" or after "first and".
  if (compare === 'range' && /^last$/i.test(sentence.text.slice(range.start, range.end)) && (DETERMINER_BEFORE.test(sentence.text.slice(Math.max(0, range.start - 8), range.start)) || LAST_AS_END.test(sentence.text.slice(range.end)) || /\bfirst\s+and\s+$/i.test(sentence.text.slice(0, range.start)))) return false;
  // "Not every laser sold is FDA cleared" speaks of a class, some of it either way: no status of the subject.
  // "Supplements don't need FDA approval": that a status is not required, not whether anything has it. (What is
  // required says what it has: "Memberships require a 12-month commitment".)
  if (compare === 'exclusive' && REQUIRED_BEFORE.test(sentence.text.slice(Math.max(0, range.start - 24), range.start)) && inScope(range, sentence.negations)) return false;
  if (compare === 'exclusive' && sentence.hedges.some((scope) => /^not\s+(?:all|every)\b/i.test(scope.cue) && scope.scopeStart <= range.start && range.end <= scope.scopeEnd)) return false;
  return true;
}

// A reporting verb right before an opening quote: 'a badge that reads "FDA-cleared"', 'the box says "clinically proven"'.
const REPORTED_QUOTE = /\b(?:reads?|says?|said|claims?|claimed|labell?ed|called|calls?|marketed as|billed as|advertised as|touted as|promises?|promised)\s*[:,]?\s*["“]$/i;

// A quotation named as someone's pitch: 'One selling point you'll see everywhere is "no dry eye."', 'the promise on
// the box is "zero side effects"'.
const PITCH_QUOTE = /\b(?:selling points?|pitch|promises?|claims?|slogans?|taglines?|buzzwords?|marketing lines?)\b[^"“.;!?]{0,40}\b(?:is|are|was|were)\s*[:,]?\s*["“]$/i;

const LAST_AS_END = /^\s+(?:few|couple)\b/i;
const DETERMINER_BEFORE = /\b(?:my|your|our|their|his|her|its|the|this)\s+$/i;

const REQUIRED_BEFORE = /\b(?:need|needs|needed|require|requires|required|requiring)\s+(?:an?\s+)?$/i;

// A quoted term that the sentence goes on to define: '"FDA cleared" doesn't mean what you think'.
// So is one named as wording: 'questions about the "FDA-approved formula" wording on its website'.
const DEFINED_AFTER =
  /^\s*["”]?\s*(?:does(?:n't|n’t| not)\s+mean|means|is\s+not\s+the\s+same|isn't\s+the\s+same|isn’t\s+the\s+same|(?:is\s+not|isn't|isn’t)\s+(?:quite\s+|entirely\s+|really\s+|strictly\s+)?(?:accurate|true|right|correct)\b|is\s+(?:misleading|inaccurate|wrong|false|a\s+myth)\b|(?:wording|claim|claims|label|labels|language|phrase|tagline|slogan|badge|sticker|buzzword|line)\b)/i;

/** Whether a match is a quoted term talked about rather than used: its quotation closes right before "means". */
function isMention(text: string, range: TextRange): boolean {
  const open = quotationOpening(text, range.start);
  if (open < 0) return false;
  const close = text.slice(range.end).search(/["”]/);
  return close >= 0 && /^[\s\w-]*$/.test(text.slice(range.end, range.end + close)) && DEFINED_AFTER.test(text.slice(range.end + close));
}

/** Whether a match sits inside a quotation that a reporting verb introduces: someone else's words, mentioned. */
function isReportedQuote(text: string, range: TextRange): boolean {
  const open = quotationOpening(text, range.start);
  if (open < 0 || !/["”]/.test(text.slice(range.end))) return false;
  return REPORTED_QUOTE.test(text.slice(Math.max(0, open - 40), open + 1)) || PITCH_QUOTE.test(text.slice(Math.max(0, open - 80), open + 1));
}

/** Words without which a range match cannot sit in a condition or a hypothetical: most sentences skip both tests. */
const CONDITIONAL_WORDS = new Set(['if', 'unless', 'could', 'would', 'might', 'may']);

/** Whether a range match asserts, rather than sets a condition or describes whom a figure counts. */
function isAsserted(sentence: Sentence, range: TextRange): boolean {
  if (!sentence.tokens.some((token) => token.start < range.start && CONDITIONAL_WORDS.has(token.lower))) return true;
  // "If your pain lasts more than 6 weeks, see your GP": a condition, not a claim.
  if (/^[^;:]*?\b(?:if|unless)\b[^,;:]*$/i.test(sentence.text.slice(0, range.start))) return false;
  // "adults who could benefit from hearing aids" describes whom a figure counts, not a result.
  return !/\b(?:who|that)\s+(?:could|would|might|may)\s+(?:[a-z]+ly\s+)?$/i.test(sentence.text.slice(Math.max(0, range.start - 30), range.start));
}

/**
 * Give each figure to the nearest rule match of a range topic with the figure's unit, in the same clause and
 * within the topic's window: in "results within an hour, and they last one to two weeks" the hour goes to
 * onset and the weeks to duration.
 */
function bindValues(sentence: Sentence, hits: Hit[], foreign: TextRange[]): void {
  const rangeHits = hits.filter((hit) => hit.rule.topic?.compare === 'range');
  if (rangeHits.length === 0) return;
  const text = sentence.text;
  // "My friend Dana needed five sessions instead of three": one other person's story, not the subject's figures.
  // A made-up case, or a sentence that quotes a seller's figure to weigh it ("A robot claiming '240 min runtime' but
  // taking 3 hours to clean…"): its figures are the example's.
  if (tellsOnePersonsStory(text) || isSupposedCase(text) || sentence.values.some((value) => isClaimedInQuotes(text, value))) return;
  const typical = SAID_TYPICAL.test(text);
  for (const value of sentence.values) {
    // What the writer paid is what the thing costs: "I paid $599 at the local shop". Not a deal of theirs ("I paid $549
    // on Black Friday", "with the student discount"), unless it says it was none ("at the regular rate, no discount").
    const paidInFull = isCurrency(value.unit) && (FULL_PRICE.test(text) || !OWN_DEAL.test(text));
    const ownCase = !typical && !paidInFull && isWritersOwn(text, value);
    if (within(value, foreign) || ownCase || isExplainedException(text, value) || isLookedBackOn(text, value)) continue;
    let best: Hit | undefined;
    let bestTrigger: TextRange | undefined;
    let bestDistance = Infinity;
    let bestLength = 0;
    let bestBuiltin = true;
    let bestOwn = false;
    for (const hit of rangeHits) {
      const topic = hit.rule.topic as CompiledTopic;
      if (topic.unit !== value.unit || !isPlausible(topic, value)) continue;
      if (topic.unitWords.length > 0 && !countsIn(text, value, topic.unitWords)) continue;
      if (topic.counts && countedThing(sentence, value) === undefined) continue;
      const builtin = hit.rule.definition.builtin === true;
      // A figure the user's own rule set reaches is theirs: "loses less than 1% of its capacity per year" is a
      // battery's degradation to a user's rules, not an efficacy figure to the built-in health rules.
      if (builtin && best !== undefined && !bestBuiltin) continue;
      for (const trigger of hit.triggers) {
        if (separated(sentence, trigger, value, foreign)) continue;
        // What has a count comes before it: "is fitted with 46 cameras" (in "enough to try two gyms before you have to
        // decide", the "have" that follows has nothing counted).
        if (topic.counts && trigger.start >= value.start) continue;
        // The reason given for what the trigger measures has figures of its own: "took 5 hours because the battery was
        // cold after a night in the van".
        if (trigger.end <= value.start && /\bbecause\b/i.test(text.slice(trigger.end, value.start))) continue;
        // A figure is not the subject of a clause joined on after it: in "complete both ears in 60 to 90 minutes, and
        // patients go home the same day" the minutes are the operation's, not the stay's.
        if (value.end <= trigger.start && JOINED_CLAUSE.test(text.slice(value.end, trigger.start))) continue;
        // A verb of change takes only a change: in "reduce the dose if hematocrit goes above 54%" the figure is a level.
        // It also takes a share of the people it worked for: "lowers stress in 92% of the people who take it".
        if (CHANGE_VERB.test(text.slice(trigger.start, trigger.end)) && !isChange(text, value) && !(isShareOfPeople(text, value) && /\bin\s+$/i.test(text.slice(Math.max(0, value.start - 12), value.start)))) continue;
        const distance = wordsBetween(sentence, trigger, value) - populationWords(text, value, trigger);
        if (distance > topic.window) continue;
        // Of one topic's words, the figure's own say what it counts before nearer ones that are not: a label's
        // ("- **Effective:** 93% of our clients say they're satisfied" counts satisfaction) and one beyond another
        // figure ("**5-year fixed: 4.19%** (4.31% APR)": the APR is the second figure's). Across topics, distance
        // decides: "Downtime: 7–10 days of … visible peeling" keeps its label.
        const labelled = trigger.end <= value.start && text.slice(trigger.end, value.start).includes(':');
        const own = !labelled && !sentence.values.some((other) => other !== value && other.start >= Math.min(value.end, trigger.end) && other.end <= Math.max(value.start, trigger.start));
        const sameTopic = best !== undefined && best.rule.topic === hit.rule.topic;
        if (sameTopic && !own && bestOwn) continue;
        // On a tie the longer, more specific trigger wins: "session lasts" over "lasts".
        if ((bestBuiltin && !builtin) || (sameTopic && own && !bestOwn) || distance < bestDistance || (distance === bestDistance && trigger.end - trigger.start > bestLength)) {
          best = hit;
          bestTrigger = trigger;
          bestDistance = distance;
          bestLength = trigger.end - trigger.start;
          bestBuiltin = builtin;
          bestOwn = own;
        }
      }
    }
    if (!best || !bestTrigger) continue;
    // What a figure is, read from the words around it, is only worth reading for one a trigger would take.
    // A discount is no level when the rule is about the discount: "a no-claims discount of up to 60%".
    const levelled = isLevel(text, value) && !PRICE_CUT.test(text.slice(bestTrigger.start, bestTrigger.end));
    const bestTopic = best.rule.topic as CompiledTopic;
    // A topic whose figures are all years ("founded in 2009": plausible from 1600) counts years.
    const years = bestTopic.unit === '' && (bestTopic.plausible[0] ?? 0) >= 1000;
    if (isInterval(text, value) || levelled || isOtherCount(text, value, bestTopic.countedIn, years) || (!bestTopic.counts && countsOtherThings(text, value, bestTopic.countedIn)) || isControlArm(text, value) || isQuotedClaim(text, value) || isAddition(text, value) || isWithOtherThing(text, value, bestTrigger) || isTimeAgo(text, value) || isReadingTime(text, value)) continue;
    // "patients whose neck pain had lasted more than ten years": how long they had had it, which picks them out.
    if (HISTORY_BEFORE.test(text.slice(Math.max(0, value.start - 80), value.start))) continue;
    // "35% of people in the sham group … still reported feeling better at four weeks": when the arm was counted.
    if (value.unit !== '%' && sentence.values.some((other) => other.unit === '%' && other.end <= value.start && isControlArm(text, other) && !/;|,\s*(?:but|while|whereas)\b/i.test(text.slice(other.end, value.start)))) continue;
    if (bestTrigger.end <= value.end && isPerPeriod(text, value)) continue;
    if (isOtherAmount(text, value, bestTrigger) || isWanted(text, value) || isUnmetExpectation(text, value)) continue;
    // "a 3% fee" is no APR, "0% APR" no success rate.
    if (isOtherRate(text, value, bestTrigger)) continue;
    if ((best.rule.topic as CompiledTopic).moments && isSpanOfSomethingElse(sentence, value)) continue;
    // "Arrive 90 minutes before your scheduled surgery time": how long before the trigger, not how long it takes.
    if (bestTrigger.start >= value.end && LEAD_TIME.test(text.slice(value.end, bestTrigger.start))) continue;
    // "Partner resorts may ask you to book a day ahead", "arrive 15 minutes early": how long before, wherever the trigger.
    if (value.unit === 's' && AHEAD_AFTER.test(text.slice(value.end))) continue;
    // "Cancellations need 24 hours' notice", "a notice period of 30 days": how long before, told in advance; a
    // figure only a rule about notice itself takes.
    const noticed = NOTICE_AFTER.test(text.slice(value.end)) || NOTICE_BEFORE.test(text.slice(0, value.start));
    if (value.unit === 's' && noticed && !/\bnotice\b/i.test(text.slice(bestTrigger.start, bestTrigger.end))) continue;
    if (isStudyLength(text, value)) continue;
    best.values.push({ value, trigger: bestTrigger });
  }
  for (const hit of rangeHits) {
    const { blocked } = hit;
    if (blocked) hit.values = hit.values.filter(({ trigger }) => !blocked.has(trigger));
    // "You feel better within 5 minutes, and the relief lasts 3 hours": a trigger with its own figure after it
    // does not also take one from an earlier clause ("a third lost 20% or more" keeps both).
    // Nor does one with its figure right after it take another from a later clause: in "Relief lasts 6 months, and
    // redness fades within 2 days" the two days are the redness's ("lasts all day, up to 12 hours" restates one).
    hit.values = hit.values.filter(
      ({ value, trigger }) =>
        (value.end > trigger.start ||
          !/[,;]|\band\b/i.test(text.slice(value.end, trigger.start)) ||
          !hit.values.some((other) => overlaps(other.trigger, trigger) && other.value.end > trigger.end)) &&
        (value.start < trigger.end ||
          !/;|\b(?:and|but|while|whereas)\b/i.test(text.slice(trigger.end, value.start)) ||
          !hit.values.some((other) => overlaps(other.trigger, trigger) && other.value.start >= trigger.end && other.value.start < value.start)),
    );
  }
  // "45% of participants improved at the four-week follow-up", "about 45% improved after four weeks", "55% showed
  // an improvement after three sessions": where a trigger takes a percentage, a duration or count beside it says
  // when they were counted, not how soon it works.
  const counting = rangeHits.flatMap((hit) => hit.values.filter(({ value }) => value.unit === '%').map(({ trigger }) => trigger));
  if (counting.length === 0) return;
  for (const hit of rangeHits) {
    if ((hit.rule.topic as CompiledTopic).unit === '%') continue;
    hit.values = hit.values.filter(({ trigger }) => !counting.some((other) => overlaps(other, trigger)));
  }
}

const AHEAD_AFTER = /^\s*(?:ahead|in\s+advance|beforehand|early)\b/i;
const NOTICE_AFTER = /^(?:['’]s?)?\s*(?:written\s+)?notice\b/i;
const NOTICE_BEFORE = /\bnotice(?:\s+period)?\s+of\s+(?:at\s+least\s+|up\s+to\s+)?$/i;
const LEAD_TIME = /^\s*(?:before|prior\s+to|ahead\s+of|after)\s+(?:your|the|a|an|each|every|its|their)\s+(?:[a-z-]+\s+)?$/i;
// "for a couple of minutes", "for the first 24 hours": how long something goes on. Waiting for it, or going without
// it for a while ("no results for three weeks"), is how soon it comes.
const SPAN_BEFORE = /\bfor\s+(?:the\s+(?:first|next)\s+)?$/i;
const WAITING_BEFORE = /\bwait(?:s|ed|ing)?\s+(?:[a-z]+\s+)?for\s+(?:the\s+(?:first|next)\s+)?$/i;

// Unless the span is how long it takes before the effect: "take it for at least 8 to 12 weeks before any benefit
// shows up".
const BEFORE_EFFECT_AFTER = /^[^,;.!?]{0,20}?\bbefore\s+(?:any|you\s+(?:notice|see|feel|get|judge|decide)|results?|benefits?|improvements?|changes?|effects?|it\s+(?:works|helps|starts))\b/i;

/** On a topic of moments, a figure that is a span: "massage the area for a couple of minutes afterwards". */
function isSpanOfSomethingElse(sentence: Sentence, value: ValueMention): boolean {
  const before = sentence.text.slice(Math.max(0, value.start - 40), value.start);
  return (
    SPAN_BEFORE.test(before) &&
    !WAITING_BEFORE.test(before) &&
    !BEFORE_EFFECT_AFTER.test(sentence.text.slice(value.end, value.end + 60)) &&
    !inScope(value, sentence.negations)
  );
}

// Whom a share counts, between it and what they did: "60 to 70 percent of people with mild to moderate knee
// arthritis report a meaningful improvement".
const POPULATION = /^\s*(?:percent|per cent)?\s*of\s+(?:the\s+|all\s+|our\s+|those\s+)?(?:people|patients|adults|users|participants|women|men|children|clients|customers|subjects)\s+((?:with|using|taking|on|given|treated\s+with)(?:\s+[a-z'-]+){1,4})\s+(?=[a-z]+\b)/i;

/**
 * How many words of a share's population ("with mild to moderate knee arthritis") do not count towards its
 * window: up to five, since without parts of speech the end of the population cannot be told from the verb.
 */
function populationWords(text: string, value: ValueMention, trigger: TextRange): number {
  if (value.unit !== '%' || trigger.start < value.end) return 0;
  const found = POPULATION.exec(text.slice(value.end, trigger.start));
  return found ? (found[1] as string).split(/\s+/).length : 0;
}

// "His stools firmed up around week three", "She lost 4% of her body weight": one person's or animal's course,
// not a figure for everyone; "Hers manages about 90 minutes per charge" is her own device. What he or she says, or
// his clinic's figures, are still claims.
const ONE_PERSON =
  /^\W*(?:(?:he|she|hers)\s+(?!(?:says|said|explains|explained|notes|noted|tells|told|adds|added|estimates|estimated|reports|reported|warns|warned|cautions|cautioned|thinks|believes|argues|argued|points|pointed|writes|wrote|recommends|recommended)\b)|(?:his|her)\s+(?!(?:clinic|practice|team|study|studies|research|group|lab|patients|clients|data|trial|survey|review|paper|book|company|estimate|advice)\b))/i;
// "After three months at about 20 minutes a day, I can order food": the writer's own course, past or present.
// What the writer says, thinks or advises is a claim, not their own course: "I think…", "I recommend…".
const NOT_A_COURSE = String.raw`(?!(?:think|believe|recommend|would|'d|suggest|tell|told|say|said|found that|read|expect|doubt|wonder)\b)`;
const MY_OWN = new RegExp(String.raw`^\W*${HANDLE}(?:(?:[Aa]fter|[Bb]y|[Ww]ithin|[Aa]t|[Aa]round|[Ff]or|[Ii]n)\b[^,;:]{1,50},\s*)?I\s+${NOT_A_COURSE}`);
const HISTORY_BEFORE = /\b(?:whose|who\s+(?:have|had|'ve)|with)\s+[^,;.]{0,50}?\b(?:had\s+|has\s+|have\s+)?(?:lasted|persisted|gone\s+on|been\s+going\s+on|suffered)\s+(?:for\s+)?$/i;
const OWN_DEAL =
  /\b(?:because|thanks\s+to|discount(?:ed)?|deal|sale|promo(?:tion)?|coupon|code|voucher|black\s+friday|cyber\s+monday|offer|bundle[ds]?|used|second[- ]hand|refurbished|open[- ]box|clearance|cheaper|price[- ]match(?:ed)?|early[- ]bird|launch|trade[- ]in|cash\s*back|haggled|negotiated|free)\b/i;
// A price said to be the full one: "at the regular rate", "I paid the full $1,299", "no early-bird".
const FULL_PRICE = /\b(?:full|regular|list|retail|sticker)\s+(?:price|rate|fare|cost|[$£€]|\d)|\bthe\s+full\b|\bno\s+(?:early[- ]bird|discount|deal|promo(?:tion)?|coupon|sale)\b/i;
// "…, and my surgeon told me that's a normal recovery time": one's own figure, said to be everyone's.
const SAID_TYPICAL = /\b(?:normal|typical|usual|standard|average)\b/i;
// Where a clause with a subject of its own begins: "…, but for the record the Wayfarer Horizon has a 17.99% APR".
const NEW_CLAUSE = /(?:,\s*(?:but|and|while|whereas|so|though|although|yet)\s+|;\s*|\s[\u2013\u2014]\s)/g;
// What a denial does not reach: a condition ("Don't drive if you feel drowsy"), or an intent ("TMS isn't designed to
// trigger a seizure" says nothing of whether one happens).
const DENIED_IN_CONDITION = /\b(?:if|when|whenever|unless|in\s+case)\b|^\s*(?:(?:designed|meant|intended|supposed)\s+to|(?:the\s+)?(?:goal|aim|point|purpose))\b/i;
const OWN_LABEL = /^\W*(?:\w[\w.-]*:\s*)?(?:Mine|My\s+(?:experience|story|stats|numbers|timeline|recovery))\s*:/;
// Also a wait that ended when someone let the writer go on: "it was nearly two months before my boss let me back on
// full duty", "until my surgeon cleared me".
const OWN_WAIT = /^[^,;:.]{0,40}?\b(?:before|until|till)\s+(?:I\s|my\s+[a-z]+\s+(?:[a-z]+\s+)?(?:let|allowed|cleared|signed\s+off)\s+me\b)/;
// "One session per eye was all I needed": what the writer needed, said after the figure.
const OWN_NEED = /^[^,;:.]{0,40}?\b(?:was|were)\s+(?:all|enough|what)\s+(?:that\s+)?(?:I|we)\s+(?:needed|had|took|required)\b/;
const FIRST_PERSON = new RegExp(String.raw`^\W*I\s+${NOT_A_COURSE}`);

/**
 * Whether a figure is in the writer's own clause: "My PT told me to expect 2 to 4 sessions, and I was done after
 * three" (the three), or a sentence that opens with the writer ("After three months at about 20 minutes a day, I
 * can…") unless a clause with a subject of its own holds the figure ("I love this card, and the Horizon has a
 * 17.99% APR").
 */
function isWritersOwn(text: string, value: TextRange): boolean {
  // "It was two or three days before I noticed a difference": the writer's own wait. "Mine: surgery was about three
  // and a half hours, two nights in hospital": the writer's own numbers.
  if (OWN_WAIT.test(text.slice(value.end)) || OWN_NEED.test(text.slice(value.end)) || OWN_LABEL.test(text.slice(0, value.start))) return true;
  const before = text.slice(0, value.start);
  let clause = -1;
  for (const found of before.matchAll(NEW_CLAUSE)) clause = (found.index as number) + found[0].length;
  return clause < 0 ? MY_OWN.test(text) : FIRST_PERSON.test(before.slice(clause));
}
// "My install took four days because it rained on day two", "Setup took me about an hour because I had to reset my
// modem", "My claim took 7 weeks to pay out, but to be fair I had lost half my receipts", "My first grind took 25 seconds,
// but that was with beans straight out of the freezer": the writer's own case,
// explained by what was special about it. (Without the reason, an owner's "Assembly took me two and a half hours"
// is evidence against the maker's figure.)
// So is one the writer calls unusual: "Mine lasted about four months, which my physio said was on the long side".
const OWN_CASE_BEFORE = /(?:^\W*(?:\w[\w.-]*:\s*)?(?:my|our|mine)\b|\b(?:took|cost|gave|lasted)\s+(?:me|us)\b)/i;
const REASON_AFTER =
  /^[^.;!?]*?(?:\bbecause\b|\bdue\s+to\b|,\s*but\s+(?:to\s+be\s+fair\s+|in\s+fairness\s+)?(?:I|we)\s+(?:had|was|were|did|am|run|ran|smoke|smoked|train|trained|work|worked)\b|,\s*but\s+that\s+(?:was|is)\s+(?:with|because|when|on|in|after|during)\b|,\s*which\s+(?:[a-z]+\s+){0,3}(?:is|was|seems|seemed)\s+(?:(?:a\s+bit|quite|rather|very)\s+)?(?:on\s+the\s+(?:long|short|high|low)\s+side|unusual|rare|lucky|the\s+exception|an\s+outlier)\b)/i;

// A stretch of time up to now: "one of the more visible names over the past few years", "in the last decade".
const LOOKED_BACK_ON = /\b(?:over|in|during|for|across|throughout)\s+the\s+(?:past|last|previous)\s+$/i;

/** Whether a duration is a stretch of time looked back on up to now, which measures nothing the subject does. */
function isLookedBackOn(text: string, value: ValueMention): boolean {
  return value.unit === 's' && LOOKED_BACK_ON.test(text.slice(Math.max(0, value.start - 30), value.start));
}

/** Whether a figure is the writer's own case, with the reason it was unusual: "My install took four days because…". */
function isExplainedException(text: string, value: TextRange): boolean {
  return OWN_CASE_BEFORE.test(text.slice(0, value.start)) && REASON_AFTER.test(text.slice(value.end));
}

// "For perspective, my old Rossetti Duo takes 8 minutes": the writer's previous product, named.
// Also after a forum speaker's handle: "trailmike: My old Band 3 went 10 days between charges".
const MY_OLD = new RegExp(String.raw`^\W*${HANDLE}(?:[Ff]or\s+[a-z]+,\s*)?(?:[Mm]y|[Oo]ur)\s+(?:old|previous|former|last)\s+[A-Z]`);
const ANECDOTE = new RegExp(String.raw`^\W*${HANDLE}(?:a|my|our|her|his|their)\s+(?:(?:close|best|old|good)\s+)?${RELATIVE}\b`, 'i');

// The writer's own case, or a friend's ("I never felt dizzy", "No bruising for me", "My friend had no side
// effects at all"), not what someone told them about everyone's.
const PERSONAL = new RegExp(
  String.raw`\bI\s+(?:(?:really|honestly|personally|never|also|just|still|luckily|thankfully)\s+)?(?:had|have|got|get|felt|feel|experienced|noticed|suffered|developed|didn't|did\s+not|don't|do\s+not|never|haven't|have\s+not|hadn't|wasn't|was\s+not)\b|^\W*(?:no|zero)\b[^,.;]{1,40}\bfor\s+me\b|` +
    // "Nothing oozed, nothing got infected, and I went back to work the same afternoon": the writer's own outcome.
    String.raw`^\W*(?:nothing|no)\b[^.;!?]{0,60},\s*and\s+I\s+(?:went|was|got|felt|had|returned|drove|walked)\b|` +
    // "I cancelled last month and there was no cancellation fee at all": what the writer met when they did it.
    String.raw`\b(?:I|we)\s+(?:[a-z]{3,}ed|paid|quit|left|went|took|got|made|sold|bought)\b[^.;!?]{0,80}?\bthere\s+(?:was|were)\s+(?:no|never)\b|` +
    ANECDOTE.source,
  'i',
);
const SOME_OF_A_KIND = /^\W*(?:several|some|many|other|certain|a\s+few|a\s+number\s+of|numerous)\s+(?:(?!of\b)[\w-]+\s+){0,3}?[a-z-]+s\s+(?:(?:are|were|have|has|had|carry|hold|already|now|also|been)\s+){1,3}/i;
// "No infection, and I followed the aftercare", "Zero breakouts, zero milia, no dark spots.": a denial without a verb.
const VERBLESS_DENIAL = new RegExp(String.raw`^\W*(?:\w[\w.-]*[^\w\s.-]*(?:\s+${POSTED})?:\s*)?(?:no|zero|not\s+a\s+single|not\s+one)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s*(?:[,;.!]|\band\b|$)`, 'i');
// Or one after the poster's own report: "Ran my first easy 5k at week 5: stiff, but no swelling."
const VERBLESS_DENIAL_AFTER = /(?::|;|,\s*but)\s+(?:no|zero|not\s+a\s+single|not\s+one)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s*(?:[,;.!]|\band\b|$)/i;
const TOLD_BY =
  /\b(?:told|assured|promised|warned|reassured|explained\s+to)\s+me\b|\bI\s+(?:was\s+told|read|heard|think|believe|suspect)\b/i;

// A forum post's byline ("**wren_k** wrote:", "mike_t replied:") and a paragraph that opens with a poster's handle
// ("kat_88: My mum thought…", "Author: Pink and a bit puffy…", "**pebbledash** wrote: No bleeding, no fever."). A
// handle is lower-case or has a digit or underscore: "Note:" or "Tip:" open no post.
const BYLINE = new RegExp(String.raw`^\W*\w[\w.-]*[^\w\s.-]*\s+${POSTED}\s*:?\s*$`, 'i');
const POSTER_OPENING = new RegExp(String.raw`^\W*(?:[a-z][\w.-]*|(?=[\w.-]*[_\d])\w[\w.-]*|Author|OP|\w[\w.-]*[^\w\s.-]*\s+${POSTED})\s*:\s`);

// The handle a reply's quotation may open with: "> mirela.s: only lasted about five months".
const QUOTED_HANDLE = new RegExp(String.raw`^\W*\w[\w.-]*(?:\s+${POSTED})?:\s+`);

/** What a reply quotes, without the quoted poster's handle: "only lasted about five months". */
export function quotedWords(text: string): string {
  return text.replace(QUOTED_HANDLE, '');
}

/** Whether a paragraph is a forum post: it opens with a poster's handle, or the sentence before it is a byline. */
export function opensPost(sentence: Sentence, before: Sentence | undefined): boolean {
  return (before !== undefined && BYLINE.test(before.text)) || POSTER_OPENING.test(sentence.text);
}

/** Whether a sentence tells one other person's story or the writer's old product's: none of its figures is the subject's. */
function tellsOnePersonsStory(text: string): boolean {
  return ANECDOTE.test(text) || ONE_PERSON.test(text) || MY_OLD.test(text);
}

/** Whether a figure lies within what its topic's figures can be: "4 to 6 months" is no session length. */
function isPlausible(topic: CompiledTopic, value: ValueMention): boolean {
  const [least, most] = topic.plausible;
  // An upper bound ("within the month", "under 10 minutes") says only its end: that end must be plausible.
  const upTo = value.min === null || value.min === 0;
  const tooLong = most !== null && (upTo ? value.max !== null && value.max > most : value.min !== null && value.min > most);
  // So does a lower bound ("at least an hour", "more than 10 minutes"): that end must reach the least.
  const tooShort = least !== null && (value.max === null ? value.min !== null && value.min < least : value.max < least);
  // And a span wider than all the topic's figures ("thousands of" as a year) names none of them.
  const tooWide = least !== null && most !== null && value.min !== null && value.max !== null && value.max - value.min > most - least;
  return !tooShort && !tooLong && !tooWide;
}

const SENTENCE_START: TextRange = { start: 0, end: 0 };
// A short label that opens a sentence or list item: "Temporary increase in soreness: uncommon, …".
const OPENING_LABEL = /^[^:;,.!?]{1,60}:\s/;

/** How many words stand between two ranges of a sentence (0 when they touch or overlap). */
function wordsBetween(sentence: Sentence, a: TextRange, b: TextRange): number {
  const from = Math.min(a.end, b.end);
  const to = Math.max(a.start, b.start);
  if (from >= to) return 0;
  let count = 0;
  for (const token of sentence.tokens) if (token.word && token.start >= from && token.end <= to) count++;
  return count;
}

// "Bruising is unlikely" says it is rare, not that it never happens: a hedge for claims, a negation for NegEx.
const isUnlikely = (scope: Sentence['negations'][number]): boolean => /^(?:unlikely|improbable)$/i.test(scope.cue);

/**
 * The denials of a rule match: with `assertsOwnNegation`, a negation inside a phrase or regex match is what it
 * asserts ("works without Wi-Fi"), and only one from outside denies it ("does not work without Wi-Fi").
 */
function denialsOf(hit: Hit, sentence: Sentence): Sentence['negations'] {
  const all = denials(sentence);
  if (hit.rule.definition.assertsOwnNegation !== true || hit.spread === true) return all;
  return outsideOf(all, hit.range);
}

/** The negations that do not lie inside a range: a phrase's own "no" or "without" is not one from outside. */
function outsideOf(scopes: Sentence['negations'], range: TextRange): Sentence['negations'] {
  return scopes.filter((scope) => scope.start < range.start || scope.end > range.end);
}

/** The negations that deny what they reach. */
function denials(sentence: Sentence): Sentence['negations'] {
  return sentence.negations.some(isUnlikely) ? sentence.negations.filter((scope) => !isUnlikely(scope)) : sentence.negations;
}

/**
 * Whether a cue's scope takes in part of a range. A compound's prefix ("non-", "no-") denies only what lies inside
 * its compound: "non-addictive" denies "addictive", but "no-logs policy has been independently audited" is no denial
 * of the audit.
 */
function reaches(scope: Sentence['negations'][number], range: TextRange): boolean {
  // The match may take in the prefix itself: a phrase `no-contract` on "no-contract terms" is denied by its own "no-".
  if (scope.cue.endsWith('-')) return range.start >= Math.min(scope.start, scope.scopeStart) && range.end <= scope.scopeEnd && range.end > scope.scopeStart;
  return range.start < scope.scopeEnd && range.end > scope.scopeStart;
}

function inScope(range: TextRange, scopes: Sentence['negations']): boolean {
  return scopes.some((scope) => reaches(scope, range));
}

/** Whether a figure or its trigger is denied by a negation other than the figure's own ("no more than 80%" is a bound). */
function negatesFigure(sentence: Sentence, trigger: TextRange, value: ValueMention, ownNegation = false): boolean {
  // "Results don't appear until week six": not before, so at that time, which is what the figure says. (What
  // "doesn't last until week six" ends before it: that stays denied.)
  if (NOT_UNTIL.test(sentence.text.slice(Math.max(0, value.start - 12), value.start)) && !ENDURING.test(sentence.text.slice(trigger.start, trigger.end))) return false;
  // With `assertsOwnNegation`, a negation inside the trigger is what it asserts ("no longer met criteria"). So is a
  // "-free" inside it, whatever the rule: "82% of clients are smoke-free" counts those who are.
  const outside = ownNegation ? outsideOf(sentence.negations, trigger) : sentence.negations.filter((scope) => !isFreeSuffix(scope, trigger));
  return outside.some((scope) => !(scope.start >= value.start && scope.end <= value.end) && (reaches(scope, trigger) || reaches(scope, value)));
}

/** A "-free" inside a match ("smoke-free"): its scope is the word before it, which the match names; it denies nothing. */
export function isFreeSuffix(scope: Sentence['negations'][number], match: TextRange): boolean {
  return /^free$/i.test(scope.cue) && scope.start > match.start && scope.end <= match.end;
}

const NOT_UNTIL = /\b(?:until|till)\s+(?:about\s+|around\s+|roughly\s+)?$/i;
const ENDURING = /\b(?:last|lasts|lasted|lasting|stay|stays|stayed|remain|remains|remained|hold|holds|held)\b/i;

/**
 * Whether a negation reaches into the range from a cue that is not the phrase's own. Inside a phrase or regex
 * match a cue is the phrase ("no side effects", "does not hurt"); a `near` match spans words the rule did not
 * write, so only a cue at its edge is its own ("the FDA has not approved" is negated).
 */
function negatedFromOutside(range: TextRange, scopes: Sentence['negations'], spread: boolean): boolean {
  return scopes.some((scope) => {
    if (!reaches(scope, range)) return false;
    const inside = scope.start >= range.start && scope.end <= range.end;
    return !inside || (spread && scope.start !== range.start && scope.end !== range.end);
  });
}

function claimsOf(
  hit: Hit,
  topic: CompiledTopic,
  sentence: Sentence,
  occurrences: Map<number, Occurrence[]>,
  context: SentenceContext,
  cited: boolean,
  foreign: TextRange[],
  headingOccurrences: Map<number, Occurrence[]>[] | null,
): Claim[] {
  const definition = hit.rule.definition;
  const make = (key: string, value: ClaimValue, range: TextRange): Claim => claimAt(hit, range, topic.id, key, value, sentence, context, cited);

  switch (topic.compare) {
    case 'range': {
      // "There's no downtime": a match that stands for its figure, when none is bound to it.
      const implied = definition.impliedValue;
      if (hit.values.length === 0 && implied !== undefined) {
        // One person's own stay is theirs, as one person's figures are ("I was discharged the same afternoon").
        const whole = sentence.text;
        if (tellsOnePersonsStory(whole) || (!SAID_TYPICAL.test(whole) && isWritersOwn(whole, hit.range))) return [];
        const text = sentence.text.slice(hit.range.start, hit.range.end);
        const subgroup = setApartAs(sentence.text, { ...hit.range, unit: topic.unit }, context.subject);
        return [{ ...make(subgroup === null ? topic.id : `${topic.id}@${subgroup}`, { type: 'interval', min: implied[0], max: implied[1], minInclusive: true, maxInclusive: true, unit: topic.unit, approximate: false, text }, hit.range), polarity: 'affirmed' }];
      }
      const bound = hit.values.map((binding) => ({ ...binding, measure: measureOf(topic, sentence, occurrences, binding.value, binding.trigger, foreign) }));
      // On an amount measure, "a third of participants lost 20% or more": the share of people is the claim
      // (a measure of its own), the amount beside it only defines who was counted.
      const shares = new Set(
        bound.filter(({ value, measure }) => measure !== null && topic.amountMeasures.includes(measure) && isShareOfPeople(sentence.text, value)).map(({ measure }) => measure),
      );
      return bound.flatMap(({ value, trigger, measure: declared }) => {
        // "improves symptoms by 40%", "cut relapse by half": how much something changed, not how many it worked for.
        // A change that names what it changes ("reduces fat … by 20 to 25 percent") is an effect size, compared only
        // with changes of the same thing.
        const change = isChange(sentence.text, value) && !(declared !== null && topic.amountMeasures.includes(declared));
        const changed = change ? changeMeasure(sentence.text, value) : null;
        if (change && changed === null) return [];
        // "Results do not last 6 months", "you won't see results within 24 hours": a denied figure says only what is not.
        // A denied "permanent" is the one exception: "I never tell anyone their result is permanent" says it ends.
        const denied = negatesFigure(sentence, trigger, value, definition.assertsOwnNegation === true && hit.spread !== true);
        // "Don't expect visible improvement before two to three months", "no real change for the first four to six
        // weeks": on a topic of moments, what is denied up to a time comes no sooner than it.
        const noSooner = denied && topic.moments && deniedUntil(sentence, trigger, value);
        // On a topic of floors, a denied upper end is the floor: "Larkmoor doesn't allow guests under 12" sets it at 12.
        const deniedBelow = denied && topic.floors && value.min === null && value.max !== null;
        if (denied && !noSooner && !isEndless(value) && !deniedBelow) return [];
        // A floor is a lower end: "children under 12" sets none.
        if (topic.floors && value.min === null && !deniedBelow) return [];
        let measure = changed ?? declared;
        // "70 percent achieve 20/20 vision; 92 percent will achieve 20/40": each score its own measure.
        const score = measure !== null && !change ? scoreReached(sentence.text, value) : null;
        if (score !== null) measure = `${measure}-${score}`;
        if (measure !== null && shares.has(measure)) {
          if (!isShareOfPeople(sentence.text, value)) return [];
          // The amount says who was counted: "35% lost at least 5%" and "94% lose weight" count different people.
          const amount = bound.find((other) => other.measure === declared && !isShareOfPeople(sentence.text, other.value));
          measure = amount ? `${measure}-share-${thresholdLabel(amount.value)}` : `${measure}-share`;
        }
        // A subgroup set apart from everyone else ("among smokers, success rates are lower, near 85%") has a key of
        // its own; so has a stage ("full results at 12 weeks", "the first appointment takes an hour", "two top-up
        // sessions").
        // So has running time ("around 1000-2000 hours") on a topic whose figures are not running time already.
        const stage =
          topic.unit === 's' ? (!topic.runTime && isHoursOfUse(value) ? 'hours-of-use' : qualifierOf(sentence.text, trigger, value)) : topic.unit === '' ? countStageOf(sentence.text, value) : '';
        // A battery's size decides how long it charges and runs, unless the topic's own measures tell sizes apart
        // ("large-pack: [5.0Ah]").
        const subgroup = setApartAs(sentence.text, value, context.subject, topic.unit === 's' && topic.measureIds.length === 0, sentence.values) ?? (stage || null);
        // A rate measured at a point in time or after some sessions ("85% four years after vaccination") is never
        // compared with a rate at another point, whatever group it counts.
        const point = topic.unit === '%' ? timePointOf(sentence.text, value, sentence.values) : null;
        const key = (measure === null ? topic.id : `${topic.id}/${measure}`) + (subgroup === null ? '' : `@${subgroup}`) + (point === null ? '' : `@${point}`);
        // A plain number keeps its unit word, in the value a report shows and in the span it marks: "up to 256 GB".
        const unitWord = topic.counts ? countedWord(sentence, value) : topic.unitWords.length > 0 ? unitWordAfter(sentence.text, value, topic.unitWords) : undefined;
        const reading = deniedBelow ? limitOf(value) : noSooner ? noSoonerThan(value) : denied ? endingOf(value) : readingOf(topic, value);
        const claim = make(key, unitWord !== undefined && reading.type === 'interval' ? { ...reading, unitWord: unitWord.word } : reading, {
          start: Math.min(trigger.start, value.start),
          end: Math.max(trigger.end, unitWord?.end ?? value.end),
        });
        // The figure carries the polarity: "not 80%" is rare, but "no more than 80%" is a bound, not a denial.
        return [{ ...claim, polarity: definition.polarity ?? 'affirmed' }];
      });
    }
    case 'exclusive':
      // "Several HA products carry FDA approval for lip augmentation", "Several lasers are FDA cleared": the status of
      // some things of a kind, which the next sentence often says the subject is not among.
      if (SOME_OF_A_KIND.test(sentence.text.slice(0, hit.range.start))) return [];
      return [make(topic.id, { type: 'category', category: definition.category ?? '', text: sentence.text.slice(hit.range.start, hit.range.end), scope: usesOf(sentence, hit.range) }, hit.range)];
    case 'polarity':
    case 'none': {
      const terms = termsIn(topic, occurrences, foreign, OPENING_LABEL.exec(sentence.text)?.[0].length ?? 0);
      const blanket = make(topic.id, { type: 'none' }, hit.range);
      // "If you switch to potassium chloride pellets, no sodium is added": a denial that holds only in the case
      // named is no denial of the subject's; what may happen in a case ("If you have sensitive skin, redness
      // may follow") still says it happens.
      const condition = OPENING_IF.exec(sentence.text);
      const supposed = SUPPOSED_WITHOUT.exec(sentence.text);
      // "I had no bruising at all", "No bruising for me": one person's luck denies nothing for everyone (while one
      // person's bruising does show that it happens).
      // So is a poster's bare list of what they did not get: "Zero breakouts, zero milia, no dark spots." in a post.
      // Unless the writer reports what they were told ("I was told I'd have no bruising"); what they were warned of
      // after the fact ("I didn't get any of the soreness they warned me about") is still their own luck.
      const personal = (PERSONAL.test(sentence.text) || (context.post === true && (VERBLESS_DENIAL.test(sentence.text) || VERBLESS_DENIAL_AFTER.test(sentence.text)))) && !TOLD_BY.test(sentence.text.slice(0, hit.range.start));
      // "Don't drive if you feel drowsy": the denial is of the driving; the condition says nothing either way. Nor
      // does a denied intent ("isn't designed to trigger a seizure").
      const conditionedAway = (claim: Claim): boolean => {
        const at = claim.sentenceMatch;
        return at !== undefined && denialsOf(hit, sentence).some((scope) => scope.end <= at.start && reaches(scope, at) && DENIED_IN_CONDITION.test(sentence.text.slice(scope.end, at.start)));
      };
      const stands = (claim: Claim): boolean =>
        claim.polarity !== 'negated' ||
        (!personal && !conditionedAway(claim) && (condition === null || hit.range.start < condition[0].length) && (supposed === null || hit.range.start >= supposed[0].length));
      // "There's no risk of rejection": the denial names its own object, which is no side effect of the topic's.
      if (terms.length === 0) return hit.triggers.every((trigger) => namesWhatItDenies(sentence.text, trigger)) && definition.polarity === 'negated' ? [] : [blanket].filter(stands);
      // "a history of seizures" mentions a term without asserting it as, say, a side effect: a topic's
      // context phrases decide when a mention is an assertion. A denial is always a claim.
      const asserting =
        (topic.contextIds.length === 0 && topic.contextUnits.length === 0) ||
        hasContext(topic, occurrences, sentence) ||
        (headingOccurrences?.some((lead) => hasContext(topic, lead)) ?? false);
      // "Check the agreement for any notice period or minimum term", "Report any dizziness": what "any" reaches is
      // asked about or looked for, not said to be there (a denial's "any" is the denial's: "without any nausea").
      const named = terms
        .map(({ name, range }) => deniedAfter(make(`${topic.id}/${name}`, { type: 'none' }, range), sentence.text, definition.polarity === undefined))
        .filter((claim) => claim.polarity === 'negated' || (asserting && !ANY_BEFORE.test(sentence.text.slice(0, claim.sentenceMatch?.start ?? 0))));
      // "No side effects and no bloating": the blanket denial stands beside the named one. In "no risk of
      // seizures" or "no side effects like nausea" the named one is what the phrase denies; in "no risk of
      // allergic reaction, and there are no side effects" the second phrase still denies them all.
      const alone = definition.polarity === 'negated' ? hit.triggers.find((trigger) => !namesWhatItDenies(sentence.text, trigger) && !terms.some(({ range }) => specifies(sentence.text, trigger, range))) : undefined;
      return (alone === undefined ? named : [alone === hit.range ? blanket : make(topic.id, { type: 'none' }, alone), ...named]).filter(stands);
    }
  }
}

/**
 * What sets a figure (or a match standing for one) apart from the subject's general figures, for its key: a
 * subgroup, a variant or named offering, a sibling tier, a few people, an offer, an earlier period. Null when none.
 */
function setApartAs(text: string, at: TextRange & { unit: string }, subject: string, sizes = false, values: readonly TextRange[] = []): string | null {
  return (
    respectiveOf(text, at, values) ??
    subgroupOf(text, at) ??
    sideBySideCaseOf(text, at) ??
    namedPeopleOf(text, at, subject) ??
    namedExampleOf(text, at, subject) ??
    variantOf(text, at, sizes) ??
    severalSitesOf(text, at) ??
    namedOfferingOf(text, at, subject) ??
    withoutPartOf(text, at, subject) ??
    siblingTierOf(text, at, subject) ??
    siblingModelOf(text, at, subject) ??
    minorityOf(text, at) ??
    promotionOf(text, at) ??
    earlierPeriodOf(text, at, at.unit) ??
    rateOfUseOf(text, at) ??
    caseOf(text, at) ??
    kindOf(text, at, subject) ??
    kindsSideBySideOf(text, at, subject)
  );
}

/**
 * A claim keyed apart when its clause names a variant, a sibling tier or a sibling model before its match, or, for a yes or
 * no, the one case it holds in after it ("covered … but only with a standard lens"; a status's uses are its scope).
 */
function withVariant(claim: Claim, text: string, subject: string): Claim {
  const at = claim.sentenceMatch;
  if (at === undefined) return claim;
  const variant = variantOf(text, at) ?? siblingTierOf(text, at, subject) ?? siblingModelOf(text, at, subject) ?? kindOf(text, at, subject) ?? (claim.value.type === 'none' ? onlyCaseOf(text, at) : null);
  return variant === null ? claim : { ...claim, key: `${claim.key}@${variant}` };
}

/** The hedges of a sentence that soften a claim of this hit: on a topic of limits, "up to 28 mph" is the limit, not a hedge, and "can" grants it. */
function hedgesOf(hit: Hit, sentence: Sentence): Sentence['hedges'] {
  // Nor is a "can" that grants the limit: "You can cover up to three pets on one policy".
  return hit.rule.topic?.limits ? sentence.hedges.filter((hedge) => !/^(?:up\s+to|as\s+(?:many|much)\s+as|can)$/i.test(hedge.cue)) : sentence.hedges;
}

/** A claim of a rule match at a range of the sentence: polarity from negation scope unless the rule fixes it. */
function claimAt(hit: Hit, range: TextRange, topic: string, key: string, value: ClaimValue, sentence: Sentence, context: SentenceContext, cited: boolean): Claim {
  const definition = hit.rule.definition;
  const source = sentenceRangeToSource(sentence, range.start, range.end);
  const hedges = hedgesOf(hit, sentence);
  return {
    subject: context.subject,
    topic,
    key,
    value,
    polarity: definition.polarity ?? (inScope(range, denialsOf(hit, sentence)) ? 'negated' : 'affirmed'),
    hedged: inScope(range, hedges) || inScope(hit.range, hedges) || inScope(range, sentence.negations.filter(isUnlikely)),
    cited,
    ruleId: definition.id,
    path: context.path,
    span: context.lines.span(source.start, source.end),
    sentence: sentence.text,
    match: context.source.slice(source.start, source.end),
    sentenceMatch: { start: range.start, end: range.end },
  };
}

/**
 * A rule without a topic still makes a claim, so the ledger lists every risky statement ("guaranteed results",
 * "completely safe"); its topic is the rule id, which no topic definition compares.
 */
function listedClaim(hit: Hit, sentence: Sentence, context: SentenceContext, cited: boolean): Claim {
  const id = hit.rule.definition.id;
  return claimAt(hit, hit.range, id, id, { type: 'none' }, sentence, context, cited);
}

// Words after "for" that name no particular use ("for off-label purposes", "for many patients"), or that two
// different uses share ("low testosterone", "low libido").
const NOT_A_PURPOSE = new Set(['full', 'low', 'high', 'the', 'a', 'an', 'it', 'them', 'us', 'you', 'all', 'mani', 'variou', 'some', 'most', 'off', 'label', 'purpos', 'use', 'treatment', 'treat', 'patient', 'peopl', 'adult', 'year', 'month', 'week', 'day', 'decad', 'exampl', 'instanc', 'of', 'thi', 'these', 'their', 'its', 'your', 'our', 'disord', 'diseas', 'condit', 'syndrom']);
// Where a use ends: a conjunction or preposition, a verb ("…for plantar fasciitis are using it"), or a length of
// time rather than a use ("approved for more than two decades").
const PURPOSE_STOP = new Set(['but', 'sinc', 'in', 'with', 'by', 'so', 'as', 'becaus', 'which', 'that', 'when', 'where', 'while', 'after', 'befor', 'is', 'ar', 'wa', 'were', 'be', 'been', 'ha', 'have', 'had', 'will', 'can', 'more', 'over', 'than', 'nearli', 'almost', 'about', 'at']);
// What approval judges, not a use, when it opens one: "not approved by the FDA for safety or effectiveness".
// A comma inside a list of uses: ", generalized anxiety and PTSD" (not ", TMS has not been cleared", nor ", and some…").
// Several items may stand between: ", bra-line fat, knees or anywhere else".
const LIST_GOES_ON = /^,\s+(?!(?:and|or|but|so|which|while)\b)(?:[\w'’-]+(?:\s+[\w'’-]+){0,3}?,\s+){0,4}[\w'’-]+(?:\s+[\w'’-]+){0,3}?,?\s+(?:and|or)\s+[\w'’-]/i;
/** Whether a list of uses goes on past the comma at `at`; not into the status itself ("For IBS, FMT remains investigational and …"). */
function listGoesOn(text: string, at: number, status: TextRange): boolean {
  const list = LIST_GOES_ON.exec(text.slice(at));
  return list !== null && !(at < status.start && at + list[0].length > status.start);
}
const PEOPLE = new Set(['adult', 'patient', 'peopl', 'children', 'child', 'men', 'women', 'teen', 'adolesc']);
// Nor is approval itself: "…while the company completes the studies needed for full approval".
const APPROVAL_CRITERIA = new Set(['safeti', 'effect', 'effici', 'efficaci', 'qualiti', 'sale', 'market', 'approv', 'clearanc']);

/**
 * What a claim says something is for: the content-word stems of each use its clause names (see namesUse: after
 * "for", after "approved to", after "Using X to", or before "… is what it is approved for"), e.g. "FDA approved
 * for depression and OCD" → depress, ocd. Empty when it names no use, or names every use ("for any condition").
 */
function purposeStems(sentence: Sentence, match: TextRange, whole = false): string[] {
  // Only the part of the sentence the match stands in: after a colon comes an explanation ("…not FDA-approved:
  // the agency does not review them for safety"), not a use.
  const from = clauseStart(sentence.text, match.start, /[:;]/);
  let to = whole ? sentence.text.length : match.end;
  while (to < sentence.text.length && !/[:;]/.test(sentence.text[to] ?? '')) to++;
  const stems = new Set<string>();
  // "For PTSD and anxiety, it has not been cleared; using it for those conditions is off-label": the uses "those"
  // points back to are named earlier in the sentence.
  let pointsBack = false;
  const tokens = sentence.tokens.filter((token) => token.start >= from && token.end <= to);
  const words = tokens.filter((token) => token.word);
  for (let index = 0; index < tokens.length; index++) {
    if (!namesUse(tokens, words, index, match)) continue;
    // A use named in a clause of its own before the status is that clause's: in "these lasers are cleared for general
    // ophthalmic procedures, and vitreolysis is an off-label use", the procedures are no use of the off-label status
    // (but "For anxiety, depression, and PTSD, it is not approved" lists uses, which a comma closes).
    const opening = tokens[index] as Token;
    if (opening.end <= match.start && JOINED_OWN_CLAUSE.test(sentence.text.slice(opening.end, match.start))) continue;
    // "That part, temporarily correcting nearsightedness, is what the lenses are FDA approved for": the use
    // comes before "is what".
    if (words[words.length - 1] === tokens[index]) {
      for (const stem of useBeforeWhat(words, match)) stems.add(stem);
      continue;
    }
    for (let next = index + 1, taken = 0, read = 0; next < tokens.length && taken < 4 && read < 12; next++) {
      const token = tokens[next] as (typeof tokens)[number];
      if (!token.word) {
        // "for depression, generalized anxiety and PTSD": a list of uses goes on past its commas.
        if (token.text === ',' && taken > 0 && listGoesOn(sentence.text, token.start, match)) {
          taken = 0;
          continue;
        }
        // "kids' myopia", "knee/hip", "anti-aging" and emphasis ("to *slow* myopia") go on.
        if (!/^[-/'’*_]+$/.test(token.text)) break;
        continue;
      }
      // "for adults with moderate to severe fat below the chin": the use is what the people have.
      if (token.lower === 'with' && taken === 0 && PEOPLE.has(words[words.indexOf(token) - 1]?.stem ?? '')) continue;
      if (PURPOSE_STOP.has(token.stem) || /^\d/.test(token.text)) break;
      // "not approved by the FDA for safety or effectiveness": what approval judges, not a use.
      if (taken === 0 && APPROVAL_CRITERIA.has(token.stem)) break;
      // "not approved for any medical condition", "to treat any condition": every use, so it meets a claim
      // about any one of them.
      if (token.lower === 'any' && taken === 0) return [];
      if (taken === 0 && /^(?:those|these|such|this|that)$/.test(token.lower)) {
        pointsBack = true;
        break;
      }
      // Up to four words of each use: "the treatment of" does not use them up, and the "and"/"or" of a list of uses
      // starts the next ("for knee osteoarthritis and chronic back pain").
      if (token.lower === 'and' || token.lower === 'or') {
        taken = 0;
        continue;
      }
      if (NOT_A_PURPOSE.has(token.stem)) continue;
      taken++;
      read++;
      stems.add(token.stem);
    }
  }
  if (stems.size === 0 && pointsBack && from > 0) return purposeStems(sentence, { start: 0, end: 0 }, true);
  return [...stems].sort();
}

/**
 * The uses a status is for: those the clause names, else OTHER_USES when it is about uses other than the approved
 * ones ("Other areas would be off-label", "using it anywhere else is off-label"), which meets no approval.
 */
function usesOf(sentence: Sentence, match: TextRange): string[] {
  const named = purposeStems(sentence, match);
  if (named.length > 0) return named;
  // Only before the status: "…is not FDA approved in the US, although they are available elsewhere" names a place.
  return OTHER_USE.test(sentence.text.slice(clauseStart(sentence.text, match.start, /[:;]/), match.start)) ? [OTHER_USES] : [];
}

// Uses beyond the ones approved: "other areas", "any other use", "anywhere else", "elsewhere".
// Also those outside a list just given: "Any provider using it on areas outside this list would be using it off-label".
const OTHER_USE = /(?:^|[,;:]\s*)\W*(?:but\s+|and\s+)?(?:any\s+|all\s+)?other\s+(?:areas?|uses?|conditions?|indications?|purposes?|sites?|parts\s+of\s+the\s+body|body\s+areas?)\b|\b(?:anywhere|anything|everything)\s+else\b|\belsewhere\b|\b(?:areas?|uses?|sites?|conditions?|indications?)\s+(?:outside|beyond)\s+(?:of\s+)?(?:this|the|these|those)\b/i;

/** The uses a sentence names anywhere in its first clause ("FDA approved for myopia control?"): for a table's row label. */
export function usesNamedIn(sentence: Sentence): string[] {
  return purposeStems(sentence, { start: 0, end: 0 });
}

/** The content words right before "is what"/"are what" ahead of a status, up to four: the use it is for. */
function useBeforeWhat(words: readonly Token[], match: TextRange): string[] {
  const before = words.filter((word) => word.end <= match.start);
  const what = before.findIndex((word, index) => word.lower === 'what' && /^(?:is|are|was|were)$/.test(before[index - 1]?.lower ?? ''));
  if (what < 1) return [];
  return before
    .slice(Math.max(0, what - 5), what - 1)
    .filter((word) => !NOT_A_PURPOSE.has(word.stem) && !PURPOSE_STOP.has(word.stem))
    .map((word) => word.stem);
}

/**
 * Whether the token at `index` opens a use: "for" anywhere in the clause; "to" right after the status ("approved
 * to slow myopia"); or "to" after "using" before it ("Using ortho-k to slow myopia progression is off-label").
 */
function namesUse(tokens: readonly Token[], words: readonly Token[], index: number, match: TextRange): boolean {
  const token = tokens[index] as Token;
  // The rule's own words are no use: "complete and balanced for all life stages" is a category, not its use.
  if (token.start >= match.start && token.end <= match.end) return false;
  if (token.lower === 'for') return !namesProduct(words, token) && !opensOtherPredicate(words, match, token);
  if (token.lower !== 'to') return false;
  const before = words.filter((word) => word.end <= token.start);
  if (token.start >= match.end) return before.length > 0 && (before[before.length - 1] as Token).end <= match.end;
  return before.slice(-4).some((word) => /^(?:using|use|used)$/.test(word.lower));
}

/**
 * Whether a new predicate stands between the status and a "for" after it: in "have not received FDA clearance and are
 * labeled for research use only", the use is what the label is for, not what the clearance is.
 */
function opensOtherPredicate(words: readonly Token[], match: TextRange, use: Token): boolean {
  if (use.start < match.end) return false;
  const between = words.filter((word) => word.start >= match.end && word.end <= use.start);
  return between.some((word, index) => (word.lower === 'and' || word.lower === 'but') && PREDICATE_START.has(between[index + 1]?.lower ?? ''));
}

const PREDICATE_START: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'can', 'will', 'remains', 'remain', 'stays', 'stay', 'only']);

/**
 * Whether "for" is followed by a product's name, not a use: "never obtained FDA clearance for the VeloSculpt Pro".
 * A name is a capitalised word after "the", one with a capital inside ("VeloSculpt"), or two capitalised words;
 * "for Parkinson's disease", "for COVID-19" and "for Lyme disease" stay uses.
 */
function namesProduct(words: readonly Token[], use: Token): boolean {
  const after = words.filter((word) => word.start > use.end);
  const determiner = after[0]?.lower === 'the';
  const [first, second] = determiner ? after.slice(1) : after;
  if (first === undefined || !/^[A-Z][a-z]/.test(first.text)) return false;
  return determiner || /^[A-Z][a-z]+[A-Z]/.test(first.text) || (second !== undefined && /^[A-Z0-9]/.test(second.text) && !/['’]/.test(first.text));
}

/** Whether a trigger directly follows a thing, so that it says something about it: "swelling lasts", "swelling, which can last". */
function follows(sentence: Sentence, thing: TextRange, trigger: TextRange): boolean {
  if (thing.end > trigger.start) return false;
  // "swelling, which can last", "a drooping eyelid or brow, which can last"; the subject of an infinitive, "your
  // whole visit on surgery day to last"; a label's ("Relief from the local anaesthetic: within minutes, wearing off
  // after 2–6 hours", as a table row reads).
  const between = sentence.text.slice(thing.end, trigger.start);
  return (
    // One word between, but not across a comma: "After that, each session takes 20 minutes" is no session after that.
    wordsBetween(sentence, thing, trigger) === 0 ||
    (wordsBetween(sentence, thing, trigger) === 1 && !/[,;]/.test(between)) ||
    /^\s*(?:(?:or|and)\s+[a-z-]+\s*)?,?\s*(?:which|that)\s+(?:[a-z]+\s+){0,2}$/i.test(between) ||
    /^\s+(?:(?:on|at|in|for|of|during|after)\s+(?:[a-z-]+\s+){1,2})?to\s+$/i.test(between) ||
    /^\s*:\s*(?:[^,;:.]{1,30},\s*)?$/.test(between) ||
    // An aside that names it again, and an adverb: "The freezing stage, the painful one, commonly lasts …".
    /^\s*,\s*(?:the|a|an|its|our|their)\s+[^,;:.]{1,30},\s*(?:[a-z]+ly\s+|often\s+|usually\s+|can\s+|may\s+)?$/i.test(between)
  );
}

const COORDINATORS = new Set(['and', 'but', 'then', 'yet']);
// What may stand between a coordinator and the verb it joins, as an adverb does: "…, and can last for months".
const AUXILIARIES = new Set(['can', 'may', 'might', 'could', 'will', 'would', 'should', 'often', 'sometimes', 'also', 'still']);

/**
 * Whether the verb at `trigger` has no subject of its own: "…, and usually fades" (adverbs and auxiliaries
 * skipped), or a participle set off by a comma ("Redness fades within hours, occasionally lasting a day or two").
 */
function sharesSubject(sentence: Sentence, trigger: TextRange): boolean {
  if (/ing$/i.test(sentence.text.slice(trigger.start, trigger.end)) && /,\s*(?:[a-z]+ly\s+)?$/i.test(sentence.text.slice(0, trigger.start))) return true;
  const before = sentence.tokens.filter((token) => token.word && token.end <= trigger.start);
  for (let index = before.length - 1; index >= 0; index--) {
    const word = (before[index] as (typeof before)[number]).lower;
    if (COORDINATORS.has(word)) return true;
    if (!word.endsWith('ly') && !AUXILIARIES.has(word)) return false;
  }
  return false;
}

/** Every occurrence of a term of any topic (side effects…), leaving out those its topic's `exceptAfter` excludes. */
function termsOfAllTopics(compiled: CompiledRules, occurrences: Map<number, Occurrence[]>): Occurrence[] {
  const found: Occurrence[] = [];
  // The sentence's few occurrences, not the catalogue's many terms.
  for (const id of occurrences.keys()) {
    const exceptAfter = compiled.termPhrases.get(id);
    if (exceptAfter !== undefined) found.push(...termOccurrences(id, exceptAfter, occurrences));
  }
  return found;
}

// A relative clause whose subject denies the verb its term is the object of: "over fluoride, which the ClearTide does
// not remove", "nausea, which it doesn't cause". Not "nausea, which doesn't last long" (which says how long it lasts).
const DENIED_IN_RELATIVE =
  /^\s*,\s*which\s+(?:[\w'’-]+\s+){1,3}?(?:does\s+not|doesn['’]t|do\s+not|don['’]t|did\s+not|didn['’]t|cannot|can['’]t|won['’]t|will\s+not|never)\s+(?:cause|remove|contain|include|charge|cover|filter|block|trigger|produce|offer|use|need|require)\b/i;

/** A term's claim denied by the relative clause right after it, when the rule leaves polarity to the sentence. */
function deniedAfter(claim: Claim, text: string, free: boolean): Claim {
  const at = claim.sentenceMatch;
  return free && claim.polarity === 'affirmed' && at !== undefined && DENIED_IN_RELATIVE.test(text.slice(at.end)) ? { ...claim, polarity: 'negated' } : claim;
}

// "any" up to four words before a term, in its clause: "for any notice period or minimum term".
const ANY_BEFORE = /\bany\s+(?:[\w'’-]+\s+){0,4}$/i;

// "no risk of rejection", "zero risk of infection": a risk of something named. Not of side effects or harm in general.
const RISK_OF_NAMED = /^\s+of\s+(?!any\b|all\b|anything\b|side[- ]effects?\b|adverse\b|complications?\b|harm\b|serious\b|problems?\b|damage\b|injury\b|danger\b)/i;

/** Whether a denial phrase about risk names what it denies: "no risk of rejection" denies only the rejection. */
function namesWhatItDenies(text: string, trigger: TextRange): boolean {
  return /\brisks?$/i.test(text.slice(trigger.start, trigger.end)) && RISK_OF_NAMED.test(text.slice(trigger.end, trigger.end + 40));
}

/** Whether a term is the object of a phrase: inside it, or just after it with no "and", "or", comma or dash between. */
function specifies(text: string, phrase: TextRange, term: TextRange): boolean {
  if (overlaps(term, phrase)) return true;
  if (term.start < phrase.end) return false;
  const between = text.slice(phrase.end, term.start);
  return !/[,;:—–]|\s-\s|\b(?:and|or|nor|but)\b/i.test(between) && between.trim().split(/\s+/).length <= 4;
}

/** Whether a topic's context phrases occur, or a figure in one of its context units (they make a mentioned term an assertion). */
function hasContext(topic: CompiledTopic, occurrences: Map<number, Occurrence[]>, sentence?: Sentence): boolean {
  // A figure of nothing asserts nothing: "a $0 annual fee" charges none.
  const figure = sentence?.values.some((value) => topic.contextUnits.includes(value.unit) && value.max !== 0) ?? false;
  return figure || topic.contextIds.some((id) => (occurrences.get(id)?.length ?? 0) > 0);
}

/** The topic's terms mentioned in the sentence, once each, outside comparison clauses. */
function termsIn(topic: CompiledTopic, occurrences: Map<number, Occurrence[]>, foreign: TextRange[], label = 0): { name: string; range: TextRange }[] {
  // A topic has dozens of terms and a sentence names few: go from the phrases found to their terms. Each term's
  // earliest occurrence stands for it; at the same place, the synonym listed first. One in the sentence's opening
  // label (its first `label` characters) only when the rest does not name the term again: in "Contract: no annual
  // contract", the rest says what the label is about.
  const first = new Map<number, { occurrence: Occurrence; synonym: number }>();
  const inLabel = (occurrence: Occurrence): boolean => occurrence.end <= label;
  for (const id of occurrences.keys()) {
    const named = topic.termOfPhrase.get(id);
    if (named === undefined) continue;
    for (const occurrence of termOccurrences(id, topic.exceptAfterIds, occurrences)) {
      if (within(occurrence, foreign)) continue;
      for (const { term, synonym } of named) {
        const best = first.get(term);
        const earlier =
          best === undefined ||
          (inLabel(best.occurrence) && !inLabel(occurrence)) ||
          (inLabel(best.occurrence) === inLabel(occurrence) && (occurrence.start < best.occurrence.start || (occurrence.start === best.occurrence.start && synonym < best.synonym)));
        if (earlier) first.set(term, { occurrence, synonym });
      }
    }
  }
  return [...first]
    .sort(([a], [b]) => a - b)
    .map(([term, { occurrence }]) => ({ name: (topic.termIds[term] as { name: string }).name, range: { start: occurrence.start, end: occurrence.end } }))
    .sort((a, b) => a.range.start - b.range.start);
}

/**
 * What a figure counts: the declared measure whose synonym stands nearest the figure in its clause,
 * else a measure derived from the words around it; null when the topic declares no measures at all.
 */
function measureOf(
  topic: CompiledTopic,
  sentence: Sentence,
  occurrences: Map<number, Occurrence[]>,
  value: ValueMention,
  trigger: TextRange,
  foreign: TextRange[],
): string | null {
  if (topic.counts) return countedThing(sentence, value)?.stem ?? null;
  if (topic.measureIds.length === 0) return null;
  let best: string | null = null;
  let bestDistance = Infinity;
  // "About half of responders relapsed": the words right after "of" say whom the figure counts, not what
  // happened to them; they name the measure only when nothing else in reach does.
  let population: string | null = null;
  for (const measure of topic.measureIds) {
    for (const id of measure.ids) {
      for (const occurrence of occurrences.get(id) ?? []) {
        if (within(occurrence, foreign) || separated(sentence, occurrence, value, foreign)) continue;
        if (value.unit === '%' && SHARE_OF.test(sentence.text.slice(value.start, occurrence.start))) {
          population ??= measure.name;
          continue;
        }
        // The figure's own trigger says what it counts, before any other synonym nearby: in "(212 responses),
        // nearly 9 in 10 said they would recommend it" the figure was bound to "would recommend".
        const distance = overlaps(occurrence, trigger) ? -1 : wordsBetween(sentence, occurrence, value);
        if (distance <= topic.window && distance < bestDistance) {
          best = measure.name;
          bestDistance = distance;
        }
      }
    }
  }
  if (best !== null || population !== null) return best ?? population;
  if (topic.defaultMeasure !== null) return topic.defaultMeasure;
  const clause = clauseAround(sentence, { start: Math.min(trigger.start, value.start), end: Math.max(trigger.end, value.end) });
  const derived = derivedMeasure(sentence, value, clause);
  return derived === '' ? 'unspecified' : `~${derived.replace(/\s+/g, '-')}`;
}

/** What stands between a share and the group it is a share of: "half of the", "60 percent of". */
const SHARE_OF = /\bof\s+(?:the\s+|all\s+|our\s+|those\s+|these\s+)?$/i;

function clauseAround(sentence: Sentence, range: TextRange): TextRange {
  const text = sentence.text;
  let start = range.start;
  while (start > 0 && text[start - 1] !== ';') start--;
  let end = range.end;
  while (end < text.length && text[end] !== ';') end++;
  return { start, end };
}

// A heading that asks: it opens with a question word or a verb that opens a question.
const QUESTION_HEADING = /^\W*(?:\d+[.)]\s*)?(?:what|how|why|when|which|who|is|are|does|do|did|can|could|should|will|was|were|has|have)\b/i;

// A comma and a conjunction that join on a clause of its own; not an aside closed by a comma ("about a third, and
// at most 40 percent, had a meaningful improvement").
const JOINED_CLAUSE = /,\s*(?:and|but|while|whereas|so)\s[^,]*$/i;
// The same with a subject of its own: "…, and vitreolysis is an off-label use". Not a clause that goes on with the
// same subject ("Use of Botox for lip lines is common, but not an FDA-approved use", "…, but it is not approved").
const JOINED_OWN_CLAUSE = /,\s*(?:and|but|while|whereas|so)\s+(?!(?:not|never|is|isn['’]t|are|aren['’]t|was|wasn['’]t|it['’]s|it\s+is|it\s+isn['’]t|they['’]re|they\s+are)\b)[^,]*$/i;
const CHANGE_VERB = /^(?:reduc(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|lower(?:s|ed)|shrinks?|shrank|shrunk|shrinking)$/i;
const OPENING_IF = /^\W*(?:if|once|as long as|provided)\s+[^,;]{3,80},/i;
// "Without the wire, the mower cannot tell where your lawn ends": a case supposed, which denies nothing ("Without
// any side effects, …" still denies them).
const SUPPOSED_WITHOUT = /^\W*without\s+(?:the|a|an|your|its|their)\s+[^,;]{1,60},/i;

/** "Permanent", "forever", "for life": a duration with no end. */
function isEndless(value: ValueMention): boolean {
  return saysEndless(value) && value.max === null && value.min === PERMANENT;
}

/**
 * Whether a denial holds up to the figure: "before two months", "for the first four to six weeks", "in the first
 * week". The cue must deny the trigger, before it ("no real change for…", "Don't expect improvement before…"), so
 * that what is denied is the thing happening, not the figure.
 */
function deniedUntil(sentence: Sentence, trigger: TextRange, value: ValueMention): boolean {
  if (value.min === null || trigger.end > value.start) return false;
  if (!UP_TO_THE_FIGURE.test(sentence.text.slice(Math.max(0, value.start - 30), value.start))) return false;
  return sentence.negations.some((scope) => scope.end <= trigger.start && reaches(scope, trigger));
}

const UP_TO_THE_FIGURE = /\b(?:before|for(?:\s+the\s+first)?|(?:in|during|over)\s+the\s+first)\s+(?:about\s+|around\s+|roughly\s+)?$/i;

/** What happens no sooner than a figure: from its least, without end ("not before two to three months": 2 months or later). */
function noSoonerThan(value: ValueMention): ClaimValue {
  return { type: 'interval', min: value.min, max: null, minInclusive: true, maxInclusive: false, unit: value.unit, approximate: value.approximate, text: value.text };
}

/** What a denied endless duration says: it ends, some time short of "permanent". */
function endingOf(value: ValueMention): ClaimValue {
  return { type: 'interval', min: null, max: ENDS, minInclusive: false, maxInclusive: false, unit: value.unit, approximate: value.approximate, text: value.text };
}

/** On a topic of windows, "within 30 days" is the window itself: 30 days. */
function windowOf(value: ValueMention): ClaimValue {
  const interval = intervalOf(value);
  if (interval.type !== 'interval' || !/^\s*within\b/i.test(value.text) || value.max === null) return interval;
  return { ...interval, min: value.max, minInclusive: true };
}

/** A figure as its topic reads it: a limit, a window, or the interval it says. */
function readingOf(topic: CompiledTopic, value: ValueMention): ClaimValue {
  if (topic.limits) return limitOf(value);
  if (topic.floors) return floorOf(value);
  return topic.windows ? windowOf(value) : intervalOf(value);
}

/** On a topic of floors, "ages 6 to 17" and "6 or older" both set the floor at 6. */
function floorOf(value: ValueMention): ClaimValue {
  const interval = intervalOf(value);
  if (interval.type !== 'interval' || interval.min === null) return interval;
  return { ...interval, max: interval.min, minInclusive: true, maxInclusive: true };
}

/** On a topic of limits, "up to $2 million" of cover is the limit itself: $2 million. */
function limitOf(value: ValueMention): ClaimValue {
  const interval = intervalOf(value);
  if (interval.type !== 'interval' || interval.min !== null || interval.max === null) return interval;
  return { ...interval, min: interval.max, minInclusive: true, maxInclusive: true };
}

/** A value mention as a claim's interval. */
export function intervalOf(value: ValueMention): ClaimValue {
  return {
    type: 'interval',
    min: value.min,
    max: value.max,
    minInclusive: value.minInclusive,
    maxInclusive: value.maxInclusive,
    unit: value.unit,
    approximate: value.approximate,
    text: value.text,
  };
}

function findingOf(hit: Hit, sentence: Sentence, context: SentenceContext, cited: boolean, term = ''): Finding {
  const definition = hit.rule.definition;
  const source = sentenceRangeToSource(sentence, hit.range.start, hit.range.end);
  const matched = sentence.text.slice(hit.range.start, hit.range.end);
  let severity: Severity = definition.severity;
  let note: string | undefined;
  if (definition.requireCitation) {
    if (cited) {
      severity = 'info';
      note = 'cited: check that the source supports it';
    } else {
      note = 'no citation in this sentence or paragraph';
    }
  }
  const finding: Finding = {
    ruleId: definition.id,
    severity,
    message: interpolate(definition.message, { match: matched, value: hit.values.map(({ value }) => shownFigure(value, hit.rule.topic, sentence)).join(', '), term, sentence: sentence.text }),
    topic: definition.topic ?? null,
    path: context.path,
    span: context.lines.span(source.start, source.end),
    sentence: sentence.text,
    match: context.source.slice(source.start, source.end),
    sentenceMatch: { start: hit.range.start, end: hit.range.end },
  };
  if (note) finding.note = note;
  if (definition.url) finding.url = definition.url;
  return finding;
}

/** A figure as a message quotes it, with the unit word a topic counts in: "up to 256 GB", not "up to 256". */
function shownFigure(value: ValueMention, topic: CompiledTopic | null, sentence: Sentence): string {
  const text = sentence.text;
  const unitWord = topic?.counts === true ? countedWord(sentence, value) : topic !== null && topic.unitWords.length > 0 ? unitWordAfter(text, value, topic.unitWords) : undefined;
  return unitWord === undefined ? value.text : text.slice(value.start, unitWord.end);
}

/** Fill {match}, {value}, {term} and {sentence} in a rule message; an empty value drops its placeholder cleanly. */
export function interpolate(message: string, values: Record<string, string>): string {
  return message
    .replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole)
    .replace(/\s*\(\)/g, '')
    // A match that wraps a source line keeps its line break; a message is one line in every format.
    .replace(/\s+/g, ' ')
    .trim();
}
