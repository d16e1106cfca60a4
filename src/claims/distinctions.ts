import { exclusiveClash, rangeClash } from '../analysis/contradictions.js';
import type { Topic } from '../rules/definition.js';
import type { Claim } from '../types.js';
import { mentionsSubject, namesSubjectOrSelf } from './clauses.js';

/** A claim and the paragraph (block) of the document it was read from; a table of variants counts as one (negative) block. */
export interface PlacedClaim {
  claim: Claim;
  block: number;
}

/**
 * Claims that clash inside one paragraph tell two things apart rather than contradict: a writer does not
 * contradict the sentence they have just written.
 *
 * - On an exclusive topic: "The custom device a dentist fits is FDA-cleared. The boil-and-bite version sold
 *   online is not." Which of them is the article's subject, the words alone cannot tell unless one names it (a
 *   word of the subject), so the other, or else neither, takes part in comparisons. A bare status beside the
 *   same status for a named use restates it and goes too.
 * - On a range topic: "Lip filler results last 6 to 9 months. Cheek results last longer, 12 to 24 months." The
 *   first figure is the general one and the later one is set apart (an area, a group, a first session), so the
 *   later one takes no part in comparisons. Inside one sentence too: "a 3-year warranty on the electronics, and a
 *   lifetime warranty on the mechanical finish".
 *
 * The findings on them stay. Everything else is kept, in order.
 */
export function withoutDistinctions(given: readonly PlacedClaim[], topics: ReadonlyMap<string, Topic>, subject = '', apartBlocks: ReadonlySet<number> = new Set()): Claim[] {
  const isExclusive = (topic: string): boolean => topics.get(topic)?.compare === 'exclusive';
  const placed = withUsesCarried(given, isExclusive);
  const dropped = new Set<Claim>();
  if (apartBlocks.size > 0) apartFromBefore(placed, apartBlocks, subject, dropped);
  for (let i = 0; i < placed.length; i++) {
    const a = placed[i] as PlacedClaim;
    const topic = topics.get(a.claim.topic);
    if (topic?.compare === 'range') {
      laterFiguresApart(placed, i, topic, dropped);
      continue;
    }
    if (topic?.compare !== 'exclusive') continue;
    for (let j = i + 1; j < placed.length; j++) {
      const b = placed[j] as PlacedClaim;
      if (b.block !== a.block) break;
      if (b.claim.topic !== a.claim.topic) continue;
      if (exclusiveClash(a.claim, b.claim)) {
        // "Only two drugs, minoxidil and finasteride, are FDA approved. Follicore is not.": the side that names the
        // subject is about it, the other about the things it is told apart from.
        // When neither clause names it, a sentence that goes on to name it still does: "Injecting it for pain is
        // off-label: prolotherapy is not FDA approved for…" after "Dextrose itself is an FDA-approved drug".
        const clauseNames = [mentionsSubject(clauseOf(a.claim), subject), mentionsSubject(clauseOf(b.claim), subject)];
        const [aNames, bNames] = clauseNames[0] || clauseNames[1] ? clauseNames : [mentionsSubject(a.claim.sentence, subject), mentionsSubject(b.claim.sentence, subject)];
        if (!bNames || aNames === bNames) dropped.add(b.claim);
        if (!aNames || aNames === bNames) dropped.add(a.claim);
      } else if (restates(a.claim, b.claim)) {
        dropped.add(a.claim);
      } else if (restates(b.claim, a.claim)) {
        dropped.add(b.claim);
      }
    }
  }
  return placed.filter(({ claim }) => !dropped.has(claim)).map(({ claim }) => claim);
}

/**
 * Drops the figures later in the paragraph of `placed[index]` that clash with it on its key. A figure already
 * dropped sets nothing apart: in "6–9 months … 12–24 months … 7 months" only the middle one goes.
 */
function laterFiguresApart(placed: readonly PlacedClaim[], index: number, topic: Topic, dropped: Set<Claim>): void {
  const a = placed[index] as PlacedClaim;
  if (dropped.has(a.claim)) return;
  for (let j = index + 1; j < placed.length; j++) {
    const b = placed[j] as PlacedClaim;
    // A table of variants (a negative block) has other cells' claims between its rows' claims: look past them.
    if (b.block !== a.block) {
      if (a.block < 0) continue;
      break;
    }
    if (b.claim.key !== a.claim.key) continue;
    if (rangeClash(a.claim, b.claim, topic)) dropped.add(b.claim);
  }
}

const SETS_APART = /^[^.;:]{1,80}?\b(?:is|are)\s+(?:something else|something different|a different (?:product|thing|drug|story|matter|treatment|beast)|not the same (?:thing|product|as)|another (?:matter|story)|a separate (?:product|thing))\b/i;

/** Whether a paragraph's first sentence sets its subject apart from what came before ("X is a different product"). */
export function setsSubjectApart(text: string): boolean {
  return SETS_APART.test(text);
}

/** How many blocks back a paragraph that sets its subject apart ("X is something else") looks: a heading may stand between. */
const APART_REACH = 3;

/**
 * A paragraph that opens by setting its subject apart ("Compounded semaglutide is a different product.",
 * "Custom-compounded hormones are something else.") speaks of another thing than the paragraph before it, so
 * clashing statuses across the two tell things apart. The earlier side is kept when it names the subject (or
 * speaks of itself: "Our product is FDA approved"); otherwise the paragraph set apart is the article's concern
 * and its side is kept.
 */
function apartFromBefore(placed: readonly PlacedClaim[], setApart: ReadonlySet<number>, subject: string, dropped: Set<Claim>): void {
  for (const b of placed) {
    if (b.claim.value.type !== 'category' || !setApart.has(b.block)) continue;
    for (const a of placed) {
      if (a.block >= b.block || b.block - a.block > APART_REACH || a.claim.topic !== b.claim.topic) continue;
      if (!exclusiveClash(a.claim, b.claim)) continue;
      dropped.add(namesSubjectOrSelf(clauseOf(a.claim), subject) ? b.claim : a.claim);
    }
  }
}

/**
 * Whether `label` says no more than `full` beside it: the same status with no use named, where the other names
 * one ("**FDA-approved protocol.** Our treatment is FDA approved for age-related low testosterone"). Kept, the
 * label would claim the status for every use and meet denials about other uses.
 */
function restates(label: Claim, full: Claim): boolean {
  if (label.value.type !== 'category' || full.value.type !== 'category') return false;
  return label.polarity === full.polarity && label.value.category === full.value.category && label.value.scope.length === 0 && full.value.scope.length > 0;
}

/** The clause a claim stands in: its sentence from the break before the match to the break after it. */
function clauseOf(claim: Claim): string {
  const { sentence } = claim;
  const at = claim.sentenceMatch ?? { start: 0, end: sentence.length };
  const breaks = /[,;:]|\bbut\b|\bwhile\b|\bwhereas\b/gi;
  let start = 0;
  let end = sentence.length;
  for (const found of sentence.matchAll(breaks)) {
    if (found.index + found[0].length <= at.start) start = found.index + found[0].length;
    else if (found.index >= at.end) {
      end = found.index;
      break;
    }
  }
  return sentence.slice(start, end);
}

/**
 * A status that names no use takes the use of an agreeing status before it in its paragraph: "No filler is FDA
 * approved for the under-eye hollows. Injectors use these products off-label there." is off-label for the
 * hollows, not for every use (which would meet "approved for lip augmentation" elsewhere).
 */
function withUsesCarried(placed: readonly PlacedClaim[], isExclusive: (topic: string) => boolean): PlacedClaim[] {
  const out: PlacedClaim[] = [];
  for (const item of placed) {
    const { claim } = item;
    if (!isExclusive(claim.topic) || claim.value.type !== 'category' || claim.value.scope.length > 0) {
      out.push(item);
      continue;
    }
    let carried: PlacedClaim = item;
    for (let k = out.length - 1; k >= 0; k--) {
      const before = out[k] as PlacedClaim;
      if (before.block !== item.block) break;
      if (before.claim.topic !== claim.topic || before.claim.value.type !== 'category' || before.claim.value.scope.length === 0) continue;
      const scoped: Claim = { ...claim, value: { ...claim.value, scope: before.claim.value.scope } };
      if (!exclusiveClash(before.claim, scoped)) carried = { claim: scoped, block: item.block };
      break;
    }
    out.push(carried);
  }
  return out;
}
