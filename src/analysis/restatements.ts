import type { Claim, Contradiction } from '../types.js';
import { compareClaims } from './order.js';

/**
 * One disagreement stated twice is reported once: contradictions between the same two documents, on one
 * subject and key, whose sides carry the same values ("lasts 90 minutes" and "a 90-minute session" in one
 * article against "60 minutes" in another) become the first of them, with the later claims as its
 * restatements. Runs on contradictions in report order, so the one kept is the first in reading order.
 */
export function mergeRestatements(contradictions: Contradiction[]): Contradiction[] {
  const firstOf = new Map<string, Contradiction>();
  const kept: Contradiction[] = [];
  for (const contradiction of contradictions) {
    const [a, b] = contradiction.sides.map(restatementKey) as [string, string];
    const identity = [contradiction.subject, contradiction.key, ...(a < b ? [a, b] : [b, a])].join('\u0000');
    const first = firstOf.get(identity);
    if (!first) {
      firstOf.set(identity, contradiction);
      kept.push(contradiction);
      continue;
    }
    const known = new Set([...first.sides, ...(first.restatements ?? [])]);
    const added = contradiction.sides.filter((side) => !known.has(side));
    first.restatements = [...(first.restatements ?? []), ...added].sort(compareClaims);
  }
  return kept;
}

/** Whether a restatement states this side again: same document, value and polarity. */
export function restatesSide(restatement: Claim, side: Claim): boolean {
  return restatementKey(restatement) === restatementKey(side);
}

/** What makes two claims one statement for mergeRestatements: their document, value and polarity. */
function restatementKey(claim: Claim): string {
  const value = claim.value;
  const said =
    value.type === 'interval'
      ? `${value.min}|${value.max}|${value.minInclusive}|${value.maxInclusive}|${value.unit}`
      : value.type === 'category'
        ? `${value.category}|${[...value.scope].sort().join(',')}`
        : '';
  return `${claim.path}\u0000${claim.polarity}\u0000${said}`;
}
