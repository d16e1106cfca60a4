import type { Topic } from '../rules/definition.js';
import { formatValueWith } from '../report/values.js';
import { type Agreement, type Claim, type ClaimValue, type Contradiction, OTHER_USES } from '../types.js';
import { compareClaims } from './order.js';
import { mergeRestatements } from './restatements.js';
import { addTo } from '../collections.js';
import { pointInKey, withoutTimePoint } from '../claims/figures.js';

/** Numeric reading of an interval claim: open sides become the unit's natural bounds. */
interface Bounds {
  claim: Claim;
  low: number;
  high: number;
  lowOpen: boolean;
  highOpen: boolean;
  /** Its place on the ring of its figure's copies (a hash of file and sentence), computed when first needed. */
  spot?: number;
}

/**
 * Claims that cannot all be true, per subject and key, across documents and inside one.
 * Claims are grouped by key and each group is swept once in sorted order, so the cost grows with
 * the number of claims, not with the number of document pairs.
 * With `focus` (PR mode) only contradictions with a side in a focused document are returned, and agreements
 * only on keys a focused document speaks to; the other groups are not swept at all.
 */
export function findContradictions(
  claims: Claim[],
  topics: ReadonlyMap<string, Topic>,
  focus?: (path: string) => boolean,
): { contradictions: Contradiction[]; agreements: Agreement[] } {
  // Grouped by subject, then by key (the topic for exclusive ones): nested maps, so no key string is built per claim.
  const groups = new Map<string, Map<string, Claim[]>>();
  for (const claim of claims) {
    const topic = topics.get(claim.topic);
    if (!topic || topic.compare === 'none') continue;
    let bySubject = groups.get(claim.subject);
    if (!bySubject) groups.set(claim.subject, (bySubject = new Map()));
    addTo(bySubject, topic.compare === 'exclusive' ? claim.topic : topic.compare === 'range' ? withoutTimePoint(claim.key) : claim.key, claim);
  }
  const out = new Collector(focus ? (a, b) => focus(a.path) || focus(b.path) : () => true);
  const agreements: Agreement[] = [];
  for (const subject of [...groups.keys()].sort()) {
    const bySubject = groups.get(subject) as Map<string, Claim[]>;
    for (const key of [...bySubject.keys()].sort()) {
      const group = bySubject.get(key) as Claim[];
      // Each group is judged on its own, so skipping the groups without a focused claim changes nothing in
      // the others: the result is the whole-corpus result narrowed to the focused documents.
      if (focus && !group.some((claim) => focus(claim.path))) continue;
      group.sort(compareClaims);
      const first = group[0] as Claim;
      const topic = topics.get(first.topic) as Topic;
      const before = out.found;
      if (topic.compare === 'range') rangeConflicts(group, topic, out);
      else if (topic.compare === 'exclusive') exclusiveConflicts(group, topic, out);
      else polarityConflicts(group, topic, out);
      if (out.found === before && group.some((claim) => claim.path !== first.path)) {
        agreements.push({ subject, topic: first.topic, key, claims: group.length, files: new Set(group.map((claim) => claim.path)).size });
      }
    }
  }
  genericDenials(claims, topics, out, focus);
  return { contradictions: mergeRestatements(dedupe(out.contradictions, claims)), agreements };
}

/**
 * Where the sweeps put the conflicts they find: each is counted, and built into a contradiction only when
 * `keep` wants it (PR mode keeps those with a focused side).
 */
class Collector {
  readonly contradictions: Contradiction[] = [];
  /** Conflicts found, kept or not: a group with any is not an agreement. */
  found = 0;
  private readonly keep: (a: Claim, b: Claim) => boolean;

  constructor(keep: (a: Claim, b: Claim) => boolean) {
    this.keep = keep;
  }

  add(a: Claim, b: Claim, build: () => Contradiction): void {
    this.found++;
    if (this.keep(a, b)) this.contradictions.push(build());
  }
}

function boundsOf(claim: Claim): Bounds | null {
  if (claim.value.type !== 'interval') return null;
  const { min, max, minInclusive, maxInclusive, unit } = claim.value;
  // A percentage cannot leave 0–100; other quantities start at zero.
  const ceiling = unit === '%' ? 100 : Infinity;
  return {
    claim,
    low: min ?? 0,
    high: max ?? ceiling,
    lowOpen: min !== null && !minInclusive,
    highOpen: max !== null && !maxInclusive,
  };
}

/** The gap two figures may leave between them and still be read as agreeing (rounding, approximation). */
function allowance(topic: Topic, a: Bounds, b: Bounds): number {
  const approximate = (a.claim.value.type === 'interval' && a.claim.value.approximate) || (b.claim.value.type === 'interval' && b.claim.value.approximate);
  return allowanceAt(topic, Math.max(Math.abs(a.high), Math.abs(b.low)), approximate);
}

/**
 * The allowance at a magnitude. An approximate figure ("about 45 minutes", "several months") gets at least
 * 10%. Exact, it is the least any figure of that size gets; approximate, the most: nothing nearer than the
 * first can disagree with it, and anything further than the second does.
 */
function allowanceAt(topic: Topic, magnitude: number, approximate: boolean): number {
  const relative = approximate ? Math.max(topic.relativeTolerance, topic.approximateTolerance) : topic.relativeTolerance;
  return Math.max(topic.tolerance, relative * (Number.isFinite(magnitude) ? Math.abs(magnitude) : 0));
}

/** Whether interval a lies wholly below interval b by more than the allowance. */
function disjointBelow(a: Bounds, b: Bounds, topic: Topic): boolean {
  const gap = b.low - a.high;
  if (gap > allowance(topic, a, b)) return true;
  // Touching open bounds ("under 80%" vs "80%") only conflict when no tolerance is granted.
  return gap === 0 && (a.highOpen || b.lowOpen) && allowance(topic, a, b) === 0;
}

/** Whether two figures on one range topic cannot both be true (disjoint beyond the topic's allowance). */
export function rangeClash(a: Claim, b: Claim, topic: Topic): boolean {
  const first = boundsOf(a);
  const second = boundsOf(b);
  if (!first || !second) return false;
  return disjointBelow(first, second, topic) || disjointBelow(second, first, topic);
}

/**
 * Sweep the intervals by lower bound; each claim is paired with the conflicting claim below it that ends
 * highest (the closest disagreement), so a group yields at most one contradiction per claim.
 */
function rangeConflicts(group: Claim[], topic: Topic, out: Collector): void {
  const bounds = group.map(boundsOf).filter((item): item is Bounds => item !== null);
  bounds.sort((a, b) => a.low - b.low || a.high - b.high || compareClaims(a.claim, b.claim));
  const copies: Copies = { endingAt: new Rings(bounds, (item) => item.high), startingAt: new Rings(bounds, (item) => item.low) };
  const byHigh: Bounds[] = [];
  const pairs: [Bounds, Bounds][] = [];
  const nothingBelow: Bounds[] = [];
  const chosenBelow = new Map<Bounds, Bounds>();
  for (const current of bounds) {
    // byHigh holds earlier intervals sorted by upper bound; the best partner is the highest one still disjoint.
    // Only intervals ending below this one's start by more than the least allowance can be disjoint from it:
    // look at the closest few of those (a corpus that repeats this figure puts thousands just above them).
    const below = upperBound(byHigh, current.low - allowanceAt(topic, current.low, false));
    let partner = disjointAmong(byHigh, below, current, topic, copies);
    if (!partner) {
      // The closest few all sit within the allowance an approximate figure gets. Jump past every interval the
      // widest allowance could excuse and look again there, so a claim that disagrees with one further down
      // is not lost behind a crowd that agrees.
      const beyond = upperBound(byHigh, current.low - allowanceAt(topic, current.low, true));
      if (beyond < below - WINDOW) partner = disjointAmong(byHigh, beyond, current, topic, copies);
    }
    if (partner) {
      pairs.push([partner, current]);
      chosenBelow.set(current, partner);
    } else {
      nothingBelow.push(current);
    }
    insertSorted(byHigh, current);
  }
  // A claim with nothing disjoint below it seeks its closest disagreement above, so every claim that
  // disagrees with any other is in the report ("10–20%" under a "15–25%" that the "50%" articles chose as
  // their closest). It seeks whether or not a claim above chose it: that way each claim's own pair depends
  // only on the figures in the corpus, and a new article changes only pairs that include it.
  for (const current of nothingBelow) {
    const partner = disjointAbove(bounds, current, topic, copies);
    // The same pair again when the claim above chose this one.
    if (partner && chosenBelow.get(partner) !== current) pairs.push([current, partner]);
  }
  for (const [lower, upper] of pairs) out.add(lower.claim, upper.claim, () => rangeContradiction(lower, upper, topic));
}

/**
 * Two figures as the message shows them. Plain numbers carry the unit word the sentences write after them, when the
 * topic counts in such words: "300 mm/s and 500 mm/s do not overlap", not "300 and 500"; a side whose sentence shows
 * none (a table cell, a figure written twice) takes the other's.
 */
function figuresWithUnitWords(lower: Claim, upper: Claim): string {
  const [ownLow, ownHigh] = [unitWordOf(lower.value), unitWordOf(upper.value)];
  return `${formatValueWith(lower.value, ownLow ?? ownHigh)} and ${formatValueWith(upper.value, ownHigh ?? ownLow)}`;
}

function unitWordOf(value: ClaimValue): string | undefined {
  return value.type === 'interval' ? value.unitWord : undefined;
}

/** Two figures that do not overlap, the lower one first in the message. */
function rangeContradiction(lower: Bounds, upper: Bounds, topic: Topic): Contradiction {
  return {
    kind: 'range',
    subject: upper.claim.subject,
    topic: topic.id,
    // Measured at one time point, the key says which; a figure given without one is compared at any.
    key: lower.claim.key === upper.claim.key ? upper.claim.key : withoutTimePoint(upper.claim.key),
    message: `${topic.message} ${figuresWithUnitWords(lower.claim, upper.claim)} do not overlap.`,
    sides: inReadingOrder(lower.claim, upper.claim),
  };
}

/**
 * The interval starting lowest above `current` that is disjoint from it (`bounds` sorted by lower bound):
 * the closest few first, then past everything the widest allowance could excuse.
 */
function disjointAbove(bounds: Bounds[], current: Bounds, topic: Topic, copies: Copies): Bounds | undefined {
  const firstAt = (limit: number): number => partitionPoint(bounds.length, (index) => (bounds[index] as Bounds).low < limit);
  const scan = (from: number): Bounds | undefined => {
    for (let index = from; index < Math.min(bounds.length, from + WINDOW); index++) {
      const candidate = bounds[index] as Bounds;
      if (apart(candidate, current) || !disjointBelow(current, candidate, topic)) continue;
      // Every interval starting at the same figure is as close: spread the claims below over them.
      const other = copies.startingAt.pick(candidate.low, current);
      return other && disjointBelow(current, other, topic) ? other : candidate;
    }
    return undefined;
  };
  // Nothing starting within the least allowance above this figure can be disjoint from it.
  const start = firstAt(current.high + allowanceAt(topic, current.high, false));
  const near = scan(start);
  if (near) return near;
  // Above this point the gap exceeds any allowance (absolute, or relative up to the largest granted).
  const widest = Math.max(topic.relativeTolerance, topic.approximateTolerance);
  const clear = widest < 1 ? Math.max(current.high + topic.tolerance, current.high / (1 - widest)) : Infinity;
  const beyond = firstAt(clear);
  return beyond > start + WINDOW ? scan(beyond) : undefined;
}

/** Intervals looked at below each claim before jumping further down. */
const WINDOW = 64;

/** The highest of the WINDOW intervals of `list` below index `end` that is disjoint from `current`. */
function disjointAmong(list: Bounds[], end: number, current: Bounds, topic: Topic, copies: Copies): Bounds | undefined {
  for (let index = end - 1; index >= Math.max(0, end - WINDOW); index--) {
    const candidate = list[index] as Bounds;
    if (apart(candidate, current)) continue;
    if (!disjointBelow(candidate, current, topic)) continue;
    // Every interval ending at the same figure is as close: spread the claims above over them. (All of them
    // are in `list` already: an interval ending below this one's start also starts below it.)
    const other = copies.endingAt.pick(candidate.high, current);
    return other && disjointBelow(other, current, topic) ? other : candidate;
  }
  return undefined;
}

/**
 * Two figures never set against each other: one line's of one document (a paragraph, list item or table row: a writer
 * who gives two figures side by side means different measures, a time point or a group the key did not catch, as in
 * "about 97% effective in the first year … after 10 years, around 82%"), or measured at different time points.
 */
function apart(a: Bounds, b: Bounds): boolean {
  if (a.claim.path === b.claim.path && (a.claim.sentence === b.claim.sentence || a.claim.span.start.line === b.claim.span.start.line)) return true;
  // A rate given without a time point claims for any time, so it is compared with rates at all of them.
  const [first, second] = [pointInKey(a.claim.key), pointInKey(b.claim.key)];
  return first !== undefined && second !== undefined && first !== second;
}

/** The copies of each figure in a group, by where they end and by where they start. */
interface Copies {
  endingAt: Rings;
  startingAt: Rings;
}

/**
 * The intervals of a group that share a figure (an upper or a lower bound), each set on a ring ordered by a
 * hash of its claim's file and sentence. A claim that finds several equally close disagreements takes the
 * first one on the ring after its own hash: without that, a corpus that repeats a figure piles every
 * disagreement on whichever copy sorts first (on a one-subject 10k catalogue, 4,096 articles were paired
 * with the alphabetically first "a few days"). A ring rather than "hash modulo the number of copies": a new
 * article with that figure takes over only the claims whose turn on the ring now comes to it, and every
 * other pair stays as it was, so an accepted baseline stays valid as the corpus grows.
 */
class Rings {
  private readonly byFigure = new Map<number, Bounds[]>();
  private readonly sorted = new Set<number>();

  constructor(bounds: Bounds[], figureOf: (item: Bounds) => number) {
    for (const item of bounds) addTo(this.byFigure, figureOf(item), item);
  }

  /** The copy of `figure` whose turn it is for `seeker`; undefined when there is no choice to make. */
  pick(figure: number, seeker: Bounds): Bounds | undefined {
    const ring = this.byFigure.get(figure);
    if (!ring || ring.length < 2) return undefined;
    if (!this.sorted.has(figure)) {
      // Sorted when first asked for: most figures never are.
      ring.sort((a, b) => spotOf(a) - spotOf(b) || compareClaims(a.claim, b.claim));
      this.sorted.add(figure);
    }
    // Salted, so that a claim does not start at its own copy of a figure it shares.
    const start = hash32(`${seeker.claim.path}\u0000${seeker.claim.sentence}\u0000`);
    const chosen = ring[partitionPoint(ring.length, (index) => spotOf(ring[index] as Bounds) < start) % ring.length] as Bounds;
    return apart(chosen, seeker) ? undefined : chosen;
  }
}

function spotOf(item: Bounds): number {
  item.spot ??= hash32(`${item.claim.path}\u0000${item.claim.sentence}`);
  return item.spot;
}

/** Index of the first interval in `list` (sorted by upper bound) whose upper bound exceeds `limit`. */
function upperBound(list: Bounds[], limit: number): number {
  return partitionPoint(list.length, (index) => (list[index] as Bounds).high <= limit);
}

/** The first index in 0…length for which `before` is false, when it is true for a prefix and false after. */
function partitionPoint(length: number, before: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (before(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}

function insertSorted(list: Bounds[], item: Bounds): void {
  list.splice(upperBound(list, item.high), 0, item);
}

/** Affirmed against denied on one key: "no hallucinations" vs "hallucinations are a side effect". Hedging does not save a denial. */
function polarityConflicts(group: Claim[], topic: Topic, out: Collector): void {
  const affirmed = group.filter((claim) => claim.polarity === 'affirmed');
  const negated = group.filter((claim) => claim.polarity === 'negated');
  pairUp(negated, affirmed, deniesWhatIsSaid(), out, (denial, assertion) => ({
    kind: 'polarity',
    subject: denial.subject,
    topic: topic.id,
    key: denial.key,
    message: `${topic.message} One passage denies what the other asserts.`,
    sides: inReadingOrder(denial, assertion),
  }));
}

// What a study or a clinic saw, not a claim that it cannot happen: "None were harmed (infection, bleeding…)", "No
// patients in the trial reported headaches", "Not one of our clients has had a burn".
const SEEN_NONE =
  /^\W*(?:[^.:;]{0,40}[:;]\s*)?(?:none|no\s+(?:one|patients?|participants?|subjects?|people|users|clients|children|adults|women|men)|not\s+(?:one|a\s+single)\s+(?:patient|participant|person|subject|user|client))\s+(?:(?:of|in)\s+(?:the|them|our|these|those)\b[^.;]{0,30}?\s+)?(?:were|was|had|has|have|experienced|reported|developed|suffered|showed|needed)\b/i;

// An effect said to be possible or rare ("can occur", "in rare cases", "there is a risk of infection, however
// remote", "in 0.1% of injections", "one in 10,000"), not one said to happen often ("commonly", "usually").
const MAY_HAPPEN =
  /\b(?:may|might|can|could|rare|rarely|uncommon|unusual|remote|seldom|possible|possibly|potential|risks?\s+of|occasionally|isolated|(?:1|one)\s+in\s+\d{1,3}(?:,?\d{3})+)\b|(?<![\d.])0?\.\d+\s?(?:%|percent\b)/i;

/**
 * Whether a denial conflicts with an assertion: always, but for a denial that reports none were seen, which an
 * assertion that the effect may happen or is rare does not contradict ("Severe infections are rare, about 0.1%"):
 * a rare event is often missed. One that says it happens ("Bruising is common") still does.
 */
function deniesWhatIsSaid(): (denial: Claim, assertion: Claim) => boolean {
  const seen = new Map<Claim, boolean>();
  const seenNone = (denial: Claim): boolean => {
    let found = seen.get(denial);
    if (found === undefined) seen.set(denial, (found = SEEN_NONE.test(denial.sentence)));
    return found;
  };
  return (denial, assertion) => !seenNone(denial) || !MAY_HAPPEN.test(assertion.sentence);
}

const category = (claim: Claim): string => (claim.value.type === 'category' ? claim.value.category : '');

/**
 * "Approved for depression" and "off-label for anxiety" are about different uses: both can be true. So are
 * "FDA approved" and "other areas would be off-label", which speaks of uses beyond the approved ones.
 */
function sameUse(a: Claim, b: Claim): boolean {
  const left = a.value.type === 'category' ? a.value.scope : [];
  const right = b.value.type === 'category' ? b.value.scope : [];
  if (left.includes(OTHER_USES) || right.includes(OTHER_USES)) return false;
  return left.length === 0 || right.length === 0 || left.some((stem) => right.includes(stem));
}

/** Whether two claims on one exclusive topic cannot both hold: two categories affirmed, or one affirmed and denied. */
export function exclusiveClash(a: Claim, b: Claim): boolean {
  if (!sameUse(a, b)) return false;
  if (category(a) === category(b)) return a.polarity !== b.polarity;
  return a.polarity === 'affirmed' && b.polarity === 'affirmed';
}

/** Categories that cannot both hold ("FDA approved" vs "off-label"), and a category asserted and denied. */
function exclusiveConflicts(group: Claim[], topic: Topic, out: Collector): void {
  // Each category's affirmations and denials, in reading order.
  const affirmedAs = new Map<string, Claim[]>();
  const deniedAs = new Map<string, Claim[]>();
  for (const claim of group) {
    const lists = claim.polarity === 'affirmed' ? affirmedAs : claim.polarity === 'negated' ? deniedAs : null;
    if (!lists) continue;
    addTo(lists, category(claim), claim);
  }
  const categories = [...affirmedAs.keys()].sort();
  for (let i = 0; i < categories.length; i++) {
    for (let j = i + 1; j < categories.length; j++) {
      const left = affirmedAs.get(categories[i] as string) as Claim[];
      const right = affirmedAs.get(categories[j] as string) as Claim[];
      pairUp(left, right, sameUse, out, (a, b) => ({
        kind: 'exclusive',
        subject: a.subject,
        topic: topic.id,
        key: topic.id,
        message: `${topic.message} "${category(a)}" and "${category(b)}" cannot both be true.`,
        sides: inReadingOrder(a, b),
      }));
    }
  }
  for (const name of categories) {
    pairUp(deniedAs.get(name) ?? [], affirmedAs.get(name) as Claim[], sameUse, out, (denial, assertion) => ({
      kind: 'exclusive',
      subject: denial.subject,
      topic: topic.id,
      key: topic.id,
      message: `${topic.message} One passage says "${name}", the other denies it.`,
      sides: inReadingOrder(denial, assertion),
    }));
  }
}

/**
 * A blanket denial on a topic with terms ("no side effects") conflicts with any term affirmed on it
 * ("side effects include nausea"), and a denial of a group term ("zero digestive side effects") with any of its
 * members affirmed ("bloating affects up to a third of people").
 */
function genericDenials(claims: Claim[], topics: ReadonlyMap<string, Topic>, out: Collector, focus?: (path: string) => boolean): void {
  // Per subject and topic, in reading order: the blanket denials, and each document's first listed term
  // (it stands for the rest: "side effects include nausea and dizziness" is one conflict, not two).
  // Only those claims are sorted: on a large corpus they are a small part of all claims.
  const relevant = claims.filter((claim) => {
    const topic = topics.get(claim.topic);
    if (!topic || topic.compare !== 'polarity' || Object.keys(topic.terms).length === 0) return false;
    return isBlanketDenial(claim) || isGroupDenial(claim, topic) || isListing(claim);
  });
  const groups = new Map<string, { denials: Claim[]; groupDenials: Claim[]; listings: Claim[]; everyListing: Claim[]; listed: Set<string>; focused: boolean }>();
  for (const claim of relevant.sort(compareClaims)) {
    const groupKey = `${claim.subject}\u0000${claim.topic}`;
    let group = groups.get(groupKey);
    if (!group) groups.set(groupKey, (group = { denials: [], groupDenials: [], listings: [], everyListing: [], listed: new Set(), focused: false }));
    // Denials and listings meet only within a subject and topic: with a focus, only groups a focused claim stands in.
    if (focus?.(claim.path)) group.focused = true;
    if (isBlanketDenial(claim)) group.denials.push(claim);
    else if (claim.polarity === 'negated') group.groupDenials.push(claim);
    else {
      group.everyListing.push(claim);
      if (!group.listed.has(claim.path)) {
        group.listed.add(claim.path);
        group.listings.push(claim);
      }
    }
  }
  for (const groupKey of [...groups.keys()].sort()) {
    const { denials, groupDenials, listings, everyListing, focused } = groups.get(groupKey) as { denials: Claim[]; groupDenials: Claim[]; listings: Claim[]; everyListing: Claim[]; focused: boolean };
    if (focus && !focused) continue;
    const topic = topics.get((denials[0] ?? groupDenials[0] ?? listings[0] as Claim).topic) as Topic;
    pairUp(denials, listings, deniesWhatIsSaid(), out, (denial, assertion) => ({
      kind: 'polarity',
      subject: denial.subject,
      topic: topic.id,
      key: denial.key,
      message: `${topic.message} A blanket denial meets a listed ${termOf(assertion, topic)}.`,
      sides: inReadingOrder(denial, assertion),
    }));
    if (groupDenials.length > 0) groupConflicts(groupDenials, everyListing, topic, claims, out);
  }
}

/**
 * Each group term denied ("zero digestive side effects") meets its members listed ("bloating"), the first of each
 * document standing for the rest, as a blanket denial meets any term.
 */
function groupConflicts(groupDenials: Claim[], everyListing: Claim[], topic: Topic, claims: Claim[], out: Collector): void {
  const place = (claim: Claim): string => `${claim.path}\u0000${claim.span.start.line}`;
  // Terms denied by name, by line: "No bloating, no digestive upset" meets a listed bloating on bloating's own key.
  const deniedByName = new Set(claims.filter((claim) => claim.polarity === 'negated' && claim.key !== claim.topic).map((claim) => `${place(claim)}\u0000${claim.key}`));
  const denies = deniesWhatIsSaid();
  for (const name of [...new Set(groupDenials.map((denial) => termOf(denial, topic)))].sort()) {
    const members = new Set(topic.groups[name]);
    // A sentence that names the group as well as members ("Digestive symptoms — constipation, bloating — affect a
    // third") already meets the denial on the group's own key.
    const namingGroup = new Set(everyListing.filter((claim) => termOf(claim, topic) === name).map(place));
    const listed = new Set<string>();
    const memberListings: Claim[] = [];
    for (const claim of everyListing) {
      if (!members.has(termOf(claim, topic)) || listed.has(claim.path) || namingGroup.has(place(claim))) continue;
      listed.add(claim.path);
      memberListings.push(claim);
    }
    pairUp(
      groupDenials.filter((denial) => termOf(denial, topic) === name),
      memberListings,
      (denial, assertion) => !deniedByName.has(`${place(denial)}\u0000${assertion.key}`) && denies(denial, assertion),
      out,
      (denial, assertion) => ({
        kind: 'polarity',
        subject: denial.subject,
        topic: topic.id,
        key: denial.key,
        message: `${topic.message} A denial of ${name} meets a listed ${termOf(assertion, topic)}.`,
        sides: inReadingOrder(denial, assertion),
      }),
    );
  }
}

/** The term a claim on a topic with terms is about: `side-effect/bloating` → "bloating". */
function termOf(claim: Claim, topic: Topic): string {
  return claim.key.slice(topic.id.length + 1);
}

/** "Zero digestive side effects": a firm denial of a term that stands for several others. */
function isGroupDenial(claim: Claim, topic: Topic): boolean {
  return claim.polarity === 'negated' && !claim.hedged && claim.key !== claim.topic && topic.groups[termOf(claim, topic)] !== undefined;
}

/** "No side effects": a firm denial of the topic itself, not of one of its terms. */
function isBlanketDenial(claim: Claim): boolean {
  return claim.polarity === 'negated' && claim.key === claim.topic && !claim.hedged;
}

/** "Side effects include nausea": one of the topic's terms affirmed. */
function isListing(claim: Claim): boolean {
  return claim.polarity === 'affirmed' && claim.key !== claim.topic;
}

/** Partners sought per claim inside its document: enough to see the conflict, bounded for a long article. */
const MAX_PARTNERS = 3;

/**
 * Documents each document seeks on the other side of a disagreement. One is enough for its editor to see
 * the conflict; more come from the documents that seek it. Three each, on the 10k bench corpus where
 * thousands of articles take sides on one key, doubled the contradictions (325k against 175k) and told
 * each editor little more.
 */
const DOCUMENTS_SOUGHT = 1;

/**
 * Pair conflicting claims (left against right: denials against assertions, one category against another),
 * so that every claim with a conflicting claim is in at least one contradiction, and the total stays a small
 * multiple of the claims however many documents agree or disagree:
 * - inside its own document, each claim meets the first MAX_PARTNERS conflicting claims (an article that
 *   contradicts itself is what an editor most needs to see);
 * - across documents, each document seeks DOCUMENTS_SOUGHT documents of the other side, and a pair of
 *   documents gives one contradiction, at the first conflicting mentions. Which documents it meets is
 *   decided by a hash ring of the other side's documents, walked from a point set by its own path (a ring
 *   rather than "the first in path order"; walking it costs a binary search). That spreads a thousand
 *   denials over a thousand assertions instead of piling them on the first files in path order, and adding
 *   an article changes only the pairs that meet it, so an accepted baseline stays valid as the corpus grows.
 * Both sides seek, so an assertion that only denials contradict is reported too. Inputs are in reading order.
 */
function pairUp(left: Claim[], right: Claim[], comparable: (a: Claim, b: Claim) => boolean, out: Collector, build: (a: Claim, b: Claim) => Contradiction): void {
  if (left.length === 0 || right.length === 0) return;
  const leftDocuments = documentsOf(left);
  const rightDocuments = documentsOf(right);
  // Pairs of claims inside a document, and one pair per ordered pair of documents across them: there the
  // smallest pair in reading order wins, so the choice does not depend on which side found it first.
  // Keys and pairs are packed into numbers (exact below 2^53, far beyond any corpus): no strings built per offer.
  const inside = new Set<number>();
  const across = new Map<number, number>();
  const offerAcross = ([i, j]: [number, number]): void => {
    const pair = i * right.length + j;
    const key = (leftDocuments.documentOf[i] as number) * rightDocuments.points.length + (rightDocuments.documentOf[j] as number);
    const held = across.get(key);
    if (held === undefined || pair < held) across.set(key, pair);
  };
  const conflict = (a: Claim, b: Claim): boolean => !(a.path === b.path && a.sentence === b.sentence) && comparable(a, b);
  const lines = (i: number, j: number): [number, number] => [(left[i] as Claim).span.start.line, (right[j] as Claim).span.start.line];

  // Inside one document: each claim meets the first few conflicting claims of the other side, in reading order.
  // Two lines meet once: "Side effects: None reported. 100% safe." against a listed redness is one contradiction.
  const withinDocument = (
    own: number[],
    others: number[] | undefined,
    pairOf: (mine: number, theirs: number) => [number, number],
    lineOf: (mine: number, theirs: number) => [number, number],
  ): void => {
    const met = new Set<string>();
    for (const mine of own) {
      let taken = 0;
      for (const theirs of others ?? []) {
        if (taken === MAX_PARTNERS) break;
        const [i, j] = pairOf(mine, theirs);
        if (conflict(left[i] as Claim, right[j] as Claim)) {
          taken++;
          const meeting = lineOf(i, j).join(':');
          if (met.has(meeting)) continue;
          met.add(meeting);
          inside.add(i * right.length + j);
        }
      }
    }
  };
  for (const point of leftDocuments.points) withinDocument(point.claims, rightDocuments.byPath.get(point.path)?.claims, (i, j) => [i, j], lines);
  for (const point of rightDocuments.points) withinDocument(point.claims, leftDocuments.byPath.get(point.path)?.claims, (j, i) => [i, j], lines);
  // Across documents: each document of either side seeks a few documents of the other side.
  for (const point of leftDocuments.points) {
    walkRing(rightDocuments.ring, point, (other) => firstConflict(point.claims, other.claims, (i, j) => conflict(left[i] as Claim, right[j] as Claim)), offerAcross);
  }
  for (const point of rightDocuments.points) {
    walkRing(leftDocuments.ring, point, (other) => firstConflict(other.claims, point.claims, (i, j) => conflict(left[i] as Claim, right[j] as Claim)), offerAcross);
  }
  const pairs = [...inside, ...across.values()].sort((x, y) => x - y);
  for (const pair of pairs) {
    const a = left[Math.floor(pair / right.length)] as Claim;
    const b = right[pair % right.length] as Claim;
    out.add(a, b, () => build(a, b));
  }
}

/** The documents one side's claims stand in: each with its claims' indices in reading order, and on a ring. */
interface Documents {
  /** Per claim, the number of its document (in order of first appearance). */
  documentOf: number[];
  points: RingPoint[];
  byPath: Map<string, RingPoint>;
  /** The documents sorted by a hash of their path (ties by path). */
  ring: RingPoint[];
}

function documentsOf(claims: Claim[]): Documents {
  const byPath = new Map<string, RingPoint>();
  const points: RingPoint[] = [];
  const documentOf: number[] = [];
  for (const [index, claim] of claims.entries()) {
    let point = byPath.get(claim.path);
    if (!point) {
      point = { id: points.length, position: hash32(claim.path), path: claim.path, claims: [] };
      byPath.set(claim.path, point);
      points.push(point);
    }
    point.claims.push(index);
    documentOf.push(point.id);
  }
  const ring = [...points].sort((a, b) => a.position - b.position || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { documentOf, points, byPath, ring };
}

interface RingPoint {
  /** The document's number among its side's documents. */
  id: number;
  position: number;
  path: string;
  claims: number[];
}

/** The first pair of claims, in reading order on the left and then on the right, that conflict. */
function firstConflict(leftClaims: number[], rightClaims: number[], conflicts: (i: number, j: number) => boolean): [number, number] | undefined {
  for (const i of leftClaims) for (const j of rightClaims) if (conflicts(i, j)) return [i, j];
  return undefined;
}

/**
 * Walk the ring from a point set by the seeking document's path, and hand `take` the first conflict with
 * each other document met, until DOCUMENTS_SOUGHT documents have given one.
 */
function walkRing(ring: RingPoint[], seeker: RingPoint, conflictWith: (other: RingPoint) => [number, number] | undefined, take: (pair: [number, number]) => void): void {
  // Salted, so that a document with claims on both sides does not start at its own place on the other ring.
  const start = hash32(`${seeker.path}\u0000`);
  const low = partitionPoint(ring.length, (index) => (ring[index] as RingPoint).position < start);
  let taken = 0;
  for (let step = 0; step < ring.length && taken < DOCUMENTS_SOUGHT; step++) {
    const point = ring[(low + step) % ring.length] as RingPoint;
    if (point.path === seeker.path) continue;
    const pair = conflictWith(point);
    if (!pair) continue;
    take(pair);
    taken++;
  }
}

/** FNV-1a over UTF-16 code units: a cheap, stable spread of strings over 32 bits. */
function hash32(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Two claims as a contradiction's sides: in reading order. */
function inReadingOrder(a: Claim, b: Claim): [Claim, Claim] {
  return compareClaims(a, b) <= 0 ? [a, b] : [b, a];
}

/**
 * Drop repeated contradictions (two sweeps may pair the same places) and put the rest in reading order of
 * their sides. Sides get their order from one pass over the claims in reading order, so the sort compares
 * numbers, not paths: at 10k articles (175k contradictions) about half the time of comparing claims.
 */
function dedupe(contradictions: Contradiction[], claims: Claim[]): Contradiction[] {
  if (contradictions.length === 0) return contradictions;
  // Ranks among any claims that include the sides order the sides alike. Few contradictions (PR mode): rank
  // just their sides; many: rank all claims, which arrive in reading order and so sort in one pass.
  const ranked = contradictions.length * 8 < claims.length ? [...new Set(contradictions.flatMap((contradiction) => contradiction.sides))] : claims;
  const { ordinal, rank, place } = readingOrder(ranked);
  const seen = new Set<number>();
  const kept: { contradiction: Contradiction; first: number; second: number }[] = [];
  for (const contradiction of contradictions) {
    const first = ordinal.get(contradiction.sides[0]) as number;
    const second = ordinal.get(contradiction.sides[1]) as number;
    // Exact below 2^53: fine up to some 90 million claims.
    const pair = (place[first] as number) * ranked.length + (place[second] as number);
    if (seen.has(pair)) continue;
    seen.add(pair);
    kept.push({ contradiction, first: rank[first] as number, second: rank[second] as number });
  }
  kept.sort((a, b) => {
    if (a.first !== b.first) return a.first - b.first;
    if (a.second !== b.second) return a.second - b.second;
    const [keyA, keyB] = [a.contradiction.key, b.contradiction.key];
    return keyA < keyB ? -1 : keyA > keyB ? 1 : 0;
  });
  return kept.map((item) => item.contradiction);
}

/**
 * Every claim's index in reading order (`ordinal`), and by that index its `rank` (claims that compare equal
 * share one, so sorting by rank is sorting by compareClaims) and its `place`: one number per file, line and
 * key, which is what makes two contradictions the same. Two claims of one key on one line ("Side effects: None
 * reported. 100% safe.") meet a passage once, with the pair found first (the closest disagreement).
 */
function readingOrder(claims: Claim[]): { ordinal: Map<Claim, number>; rank: Uint32Array; place: Uint32Array } {
  const ordered = [...claims].sort(compareClaims);
  const ordinal = new Map<Claim, number>();
  const rank = new Uint32Array(ordered.length);
  const place = new Uint32Array(ordered.length);
  let places = 0;
  // Claims on one line of a file are neighbours in reading order: the places of the current line, by key.
  let line = new Map<string, number>();
  for (let index = 0; index < ordered.length; index++) {
    const claim = ordered[index] as Claim;
    const previous = ordered[index - 1];
    ordinal.set(claim, index);
    if (!previous || previous.path !== claim.path || previous.span.start.line !== claim.span.start.line) line = new Map();
    rank[index] = previous && compareClaims(previous, claim) === 0 ? (rank[index - 1] as number) : index;
    const known = line.get(claim.key);
    if (known === undefined) line.set(claim.key, places);
    place[index] = known ?? places++;
  }
  return { ordinal, rank, place };
}
