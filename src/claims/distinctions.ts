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
 * findings on them stay. Everything else is kept, in order.
 */
export function withoutDistinctions(placed: readonly PlacedClaim[], isExclusive: (topic: string) => boolean): Claim[] {
  const distinguished = new Set<Claim>();
  for (let i = 0; i < placed.length; i++) {
    const a = placed[i] as PlacedClaim;
    if (!isExclusive(a.claim.topic)) continue;
    for (let j = i + 1; j < placed.length; j++) {
      const b = placed[j] as PlacedClaim;
      if (b.block !== a.block) break;
      if (b.claim.topic === a.claim.topic && exclusiveClash(a.claim, b.claim)) {
        distinguished.add(a.claim);
        distinguished.add(b.claim);
      }
    }
  }
  return placed.filter(({ claim }) => !distinguished.has(claim)).map(({ claim }) => claim);
}
