import type { Topic } from '../rules/definition.js';
import { formatValue } from '../report/values.js';
import type { Agreement, Claim, Contradiction } from '../types.js';
import { compareClaims } from './order.js';

/** Numeric reading of an interval claim: open sides become the unit's natural bounds. */
interface Bounds {
  claim: Claim;
  low: number;
  high: number;
  lowOpen: boolean;
  highOpen: boolean;
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
  const groups = new Map<string, Claim[]>();
  for (const claim of claims) {
    const topic = topics.get(claim.topic);
    if (!topic || topic.compare === 'none') continue;
    const groupKey = `${claim.subject}\u0000${topic.compare === 'exclusive' ? claim.topic : claim.key}`;
    const list = groups.get(groupKey) ?? [];
    list.push(claim);
    groups.set(groupKey, list);
  }
  if (focus) {
    // Each group is judged on its own, so skipping the groups without a focused claim changes nothing in
    // the others: the result is the whole-corpus result narrowed to the focused documents.
    for (const [groupKey, group] of groups) if (!group.some((claim) => focus(claim.path))) groups.delete(groupKey);
  }

  const contradictions: Contradiction[] = [];
  const agreements: Agreement[] = [];
  const sortedKeys = [...groups.keys()].sort();
  for (const groupKey of sortedKeys) {
    const group = (groups.get(groupKey) ?? []).sort(compareClaims);
    const first = group[0];
    if (!first) continue;
    const topic = topics.get(first.topic) as Topic;
    const found =
      topic.compare === 'range' ? rangeConflicts(group, topic)
      : topic.compare === 'exclusive' ? exclusiveConflicts(group, topic)
      : polarityConflicts(group, topic);
    for (const contradiction of found) contradictions.push(contradiction);
    const files = new Set(group.map((claim) => claim.path));
    if (found.length === 0 && files.size > 1) {
      agreements.push({ subject: first.subject, topic: first.topic, key: topic.compare === 'exclusive' ? first.topic : first.key, claims: group.length, files: files.size });
    }
  }
  for (const contradiction of genericDenials(claims, topics, focus)) contradictions.push(contradiction);
  const kept = focus ? contradictions.filter((contradiction) => contradiction.sides.some((side) => focus(side.path))) : contradictions;
  return { contradictions: dedupe(kept), agreements };
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
  const magnitude = Math.max(Math.abs(a.high), Math.abs(b.low));
  const approximate = (a.claim.value.type === 'interval' && a.claim.value.approximate) || (b.claim.value.type === 'interval' && b.claim.value.approximate);
  // An approximate figure ("about 45 minutes", "several months") gets at least the relative tolerance.
  const relative = (approximate ? Math.max(topic.relativeTolerance, 0.1) : topic.relativeTolerance) * (Number.isFinite(magnitude) ? magnitude : 0);
  return Math.max(topic.tolerance, relative);
}

/** Whether interval a lies wholly below interval b by more than the allowance. */
function disjointBelow(a: Bounds, b: Bounds, topic: Topic): boolean {
  const gap = b.low - a.high;
  if (gap > allowance(topic, a, b)) return true;
  // Touching open bounds ("under 80%" vs "80%") only conflict when no tolerance is granted.
  return gap === 0 && (a.highOpen || b.lowOpen) && allowance(topic, a, b) === 0;
}

/**
 * Sweep the intervals by lower bound; each claim is paired with the conflicting claim below it that ends
 * highest (the closest disagreement), so a group yields at most one contradiction per claim.
 */
function rangeConflicts(group: Claim[], topic: Topic): Contradiction[] {
  const bounds = group.map(boundsOf).filter((item): item is Bounds => item !== null);
  bounds.sort((a, b) => a.low - b.low || a.high - b.high || compareClaims(a.claim, b.claim));
  const byHigh: Bounds[] = [];
  const found: Contradiction[] = [];
  for (const current of bounds) {
    // byHigh holds earlier intervals sorted by upper bound; the best partner is the highest one still disjoint.
    // Only intervals ending at or below this one's start can be disjoint from it; look at the closest few.
    const below = upperBound(byHigh, current.low);
    let partner = disjointAmong(byHigh, below, current, topic);
    if (!partner) {
      // The closest few all touch this interval or sit within the allowance: a large corpus that repeats one
      // figure. Jump past every interval the widest allowance could excuse and look again there, so a claim
      // that disagrees with one further down is not lost behind a crowd that agrees.
      const widest = Math.max(topic.tolerance, Math.max(topic.relativeTolerance, 0.1) * Math.abs(current.low));
      const beyond = upperBound(byHigh, current.low - widest);
      if (beyond < below - WINDOW) partner = disjointAmong(byHigh, beyond, current, topic);
    }
    if (partner) {
      found.push({
        kind: 'range',
        subject: current.claim.subject,
        topic: topic.id,
        key: current.claim.key,
        message: `${topic.message} ${formatValue(partner.claim.value)} and ${formatValue(current.claim.value)} do not overlap.`,
        sides: [partner.claim, current.claim].sort(compareClaims),
      });
    }
    insertSorted(byHigh, current);
  }
  return found;
}

/** Intervals looked at below each claim before jumping further down. */
const WINDOW = 64;

/** The highest of the WINDOW intervals of `list` below index `end` that is disjoint from `current`. */
function disjointAmong(list: Bounds[], end: number, current: Bounds, topic: Topic): Bounds | undefined {
  for (let index = end - 1; index >= Math.max(0, end - WINDOW); index--) {
    const candidate = list[index] as Bounds;
    if (candidate.claim.sentence === current.claim.sentence && candidate.claim.path === current.claim.path) continue;
    if (disjointBelow(candidate, current, topic)) return candidate;
  }
  return undefined;
}

/** Index of the first interval in `list` (sorted by upper bound) whose upper bound exceeds `limit`. */
function upperBound(list: Bounds[], limit: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((list[middle] as Bounds).high <= limit) low = middle + 1;
    else high = middle;
  }
  return low;
}

function insertSorted(list: Bounds[], item: Bounds): void {
  list.splice(upperBound(list, item.high), 0, item);
}

/** Affirmed against denied on one key: "no hallucinations" vs "hallucinations are a side effect". Hedging does not save a denial. */
function polarityConflicts(group: Claim[], topic: Topic): Contradiction[] {
  const affirmed = group.filter((claim) => claim.polarity === 'affirmed');
  const negated = group.filter((claim) => claim.polarity === 'negated');
  return pairUp(negated, affirmed, () => true, (denial, assertion) => ({
    kind: 'polarity',
    subject: denial.subject,
    topic: topic.id,
    key: denial.key,
    message: `${topic.message} One passage denies what the other asserts.`,
    sides: [denial, assertion].sort(compareClaims),
  }));
}

/** Categories that cannot both hold ("FDA approved" vs "off-label"), and a category asserted and denied. */
function exclusiveConflicts(group: Claim[], topic: Topic): Contradiction[] {
  const category = (claim: Claim): string => (claim.value.type === 'category' ? claim.value.category : '');
  // "Approved for depression" and "off-label for anxiety" are about different uses: both can be true.
  const sameUse = (a: Claim, b: Claim): boolean => {
    const left = a.value.type === 'category' ? a.value.scope : [];
    const right = b.value.type === 'category' ? b.value.scope : [];
    return left.length === 0 || right.length === 0 || left.some((stem) => right.includes(stem));
  };
  const affirmed = group.filter((claim) => claim.polarity === 'affirmed');
  const found: Contradiction[] = [];
  const categories = [...new Set(affirmed.map(category))].sort();
  for (let i = 0; i < categories.length; i++) {
    for (let j = i + 1; j < categories.length; j++) {
      const left = affirmed.filter((claim) => category(claim) === categories[i]);
      const right = affirmed.filter((claim) => category(claim) === categories[j]);
      appendAll(
        found,
        pairUp(left, right, sameUse, (a, b) => ({
          kind: 'exclusive',
          subject: a.subject,
          topic: topic.id,
          key: topic.id,
          message: `${topic.message} "${category(a)}" and "${category(b)}" cannot both be true.`,
          sides: [a, b].sort(compareClaims),
        })),
      );
    }
  }
  for (const name of categories) {
    const yes = affirmed.filter((claim) => category(claim) === name);
    const no = group.filter((claim) => claim.polarity === 'negated' && category(claim) === name);
    appendAll(
      found,
      pairUp(no, yes, sameUse, (denial, assertion) => ({
        kind: 'exclusive',
        subject: denial.subject,
        topic: topic.id,
        key: topic.id,
        message: `${topic.message} One passage says "${name}", the other denies it.`,
        sides: [denial, assertion].sort(compareClaims),
      })),
    );
  }
  return found;
}

/**
 * A blanket denial on a topic with terms ("no side effects") conflicts with any term affirmed on it
 * ("side effects include nausea").
 */
function genericDenials(claims: Claim[], topics: ReadonlyMap<string, Topic>, focus?: (path: string) => boolean): Contradiction[] {
  const found: Contradiction[] = [];
  if (focus) {
    // Denials and listings meet only within a subject and topic: keep those a focused claim stands in.
    const focused = new Set(claims.filter((claim) => focus(claim.path)).map((claim) => `${claim.subject}\u0000${claim.topic}`));
    claims = claims.filter((claim) => focused.has(`${claim.subject}\u0000${claim.topic}`));
  }
  // Listed terms per subject and topic, first claim per document, in reading order: built once.
  const listedBy = new Map<string, Map<string, Claim>>();
  for (const claim of [...claims].sort(compareClaims)) {
    if (claim.key === claim.topic || claim.polarity !== 'affirmed') continue;
    const group = `${claim.subject}\u0000${claim.topic}`;
    const perFile = listedBy.get(group) ?? new Map<string, Claim>();
    if (!perFile.has(claim.path)) perFile.set(claim.path, claim);
    listedBy.set(group, perFile);
  }
  const denials = claims.filter((claim) => claim.polarity === 'negated' && claim.key === claim.topic && !claim.hedged).sort(compareClaims);
  for (const denial of denials) {
    const topic = topics.get(denial.topic);
    if (!topic || topic.compare !== 'polarity' || Object.keys(topic.terms).length === 0) continue;
    let partners = 0;
    // One contradiction per document that lists terms (the first listing stands for the rest), a few at most.
    for (const assertion of listedBy.get(`${denial.subject}\u0000${denial.topic}`)?.values() ?? []) {
      if (partners === MAX_PARTNERS) break;
      if (assertion.sentence === denial.sentence && assertion.path === denial.path) continue;
      partners++;
      found.push({
        kind: 'polarity',
        subject: denial.subject,
        topic: topic.id,
        key: denial.key,
        message: `${topic.message} A blanket denial meets a listed ${assertion.key.slice(topic.id.length + 1)}.`,
        sides: [denial, assertion].sort(compareClaims),
      });
    }
  }
  return found;
}

function appendAll<T>(target: T[], items: T[]): void {
  for (const item of items) target.push(item);
}

/** At most this many partners per claim: enough for an editor to see the conflict, bounded for a large corpus. */
const MAX_PARTNERS = 3;

/**
 * Pair conflicting claims, once per pair of documents: an article that says "off-label" twice conflicts with
 * an "FDA approved" article once, at its first mention (claims arrive in reading order).
 */
function pairUp(left: Claim[], right: Claim[], comparable: (a: Claim, b: Claim) => boolean, build: (a: Claim, b: Claim) => Contradiction): Contradiction[] {
  const found: Contradiction[] = [];
  const paired = new Set<string>();
  // Each claim meets at most MAX_PARTNERS claims of the other side (the first in reading order), so
  // a thousand articles that deny what a thousand others assert cost thousands of pairs, not a million.
  const partnersOf = new Map<Claim, number>();
  const budget = (claim: Claim): boolean => (partnersOf.get(claim) ?? 0) < MAX_PARTNERS;
  const spend = (claim: Claim): void => {
    partnersOf.set(claim, (partnersOf.get(claim) ?? 0) + 1);
  };
  // The right-hand claims that can still take a partner, in reading order. A claim whose budget is spent is
  // dropped the next time the scan meets it, so later left-hand claims do not walk past it again: without
  // this, n denials against n assertions in n documents cost n² steps, almost all of them skips.
  const open = [...right];
  for (const a of left) {
    let write = 0;
    let read = 0;
    for (; read < open.length; read++) {
      if (!budget(a)) break;
      const b = open[read] as Claim;
      if (!budget(b)) continue;
      open[write++] = b;
      if (a.path === b.path && a.sentence === b.sentence) continue;
      if (!comparable(a, b)) continue;
      const documents = a.path === b.path ? `${a.path}\u0000${a.span.start.offset}\u0000${b.span.start.offset}` : `${a.path}\u0000${b.path}`;
      if (paired.has(documents)) continue;
      paired.add(documents);
      spend(a);
      spend(b);
      found.push(build(a, b));
    }
    // The claims this scan did not reach stay, in order.
    while (read < open.length) open[write++] = open[read++] as Claim;
    open.length = write;
  }
  return found;
}

function dedupe(contradictions: Contradiction[]): Contradiction[] {
  const seen = new Set<string>();
  const kept: Contradiction[] = [];
  for (const contradiction of contradictions) {
    const key = contradiction.sides.map((side) => `${side.path}:${side.span.start.offset}:${side.key}`).join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(contradiction);
  }
  return kept.sort((a, b) => {
    for (let index = 0; index < Math.min(a.sides.length, b.sides.length); index++) {
      const order = compareClaims(a.sides[index] as Claim, b.sides[index] as Claim);
      if (order !== 0) return order;
    }
    return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
  });
}
