import { exclusiveClash } from '../analysis/contradictions.js';
import type { Claim } from '../types.js';

/** A claim and the paragraph (block) of the document it was read from. */
export interface PlacedClaim {
  claim: Claim;
  block: number;
}

/**
 * Claims on an exclusive topic that clash inside one paragraph tell two things apart rather than contradict:
 * "The custom device a dentist fits is FDA-cleared. The boil-and-bite version sold online is not." Which of
 * them is the article's subject, the words alone cannot tell, so neither takes part in comparisons; the
 * findings on them stay. A bare status beside the same status for a named use restates it and goes too.
 * Everything else is kept, in order.
 */
export function withoutDistinctions(placed: readonly PlacedClaim[], isExclusive: (topic: string) => boolean): Claim[] {
  const dropped = new Set<Claim>();
  for (let i = 0; i < placed.length; i++) {
    const a = placed[i] as PlacedClaim;
    if (!isExclusive(a.claim.topic)) continue;
    for (let j = i + 1; j < placed.length; j++) {
      const b = placed[j] as PlacedClaim;
      if (b.block !== a.block) break;
      if (b.claim.topic !== a.claim.topic) continue;
      if (exclusiveClash(a.claim, b.claim)) {
        dropped.add(a.claim);
        dropped.add(b.claim);
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
 * Whether `label` says no more than `full` beside it: the same status with no use named, where the other names
 * one ("**FDA-approved protocol.** Our treatment is FDA approved for age-related low testosterone"). Kept, the
 * label would claim the status for every use and meet denials about other uses.
 */
function restates(label: Claim, full: Claim): boolean {
  if (label.value.type !== 'category' || full.value.type !== 'category') return false;
  return label.polarity === full.polarity && label.value.category === full.value.category && label.value.scope.length === 0 && full.value.scope.length > 0;
}
