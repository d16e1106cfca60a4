import type { Sentence, TextRange } from '../types.js';

// Words that say who was counted or how the count is phrased, not what was counted:
// "80% of patients report relief" measures relief, as does "relief in 80%".
const FILLER = new Set([
  'of', 'the', 'a', 'an', 'in', 'on', 'for', 'with', 'to', 'and', 'or', 'their', 'its', 'this', 'that', 'these', 'those',
  'patient', 'people', 'person', 'user', 'particip', 'subject', 'adult', 'case', 'individu', 'client', 'customer', 'men', 'women', 'children', 'them', 'all', 'most', 'mani', 'some',
  'is', 'are', 'wa', 'were', 'be', 'been', 'ha', 'have', 'had', 'will', 'can', 'may', 'might', 'could', 'would', 'should',
  'see', 'get', 'got', 'report', 'experi', 'achiev', 'reach', 'receiv', 'show', 'shown', 'enjoi', 'feel', 'notic', 'gain', 'obtain', 'find', 'found',
  'more', 'less', 'than', 'over', 'under', 'about', 'around', 'nearli', 'almost', 'approxim', 'roughli', 'exceed', 'abov', 'below', 'up', 'least', 'between', 'rang',
  'who', 'which', 'whose', 'often', 'usual', 'typic', 'gener', 'rate',
]);
const LIMIT = 3;

/**
 * What a figure counts, when no rule-declared measure is near it: up to three content-word stems after
 * the figure ("90% of patients reach 20/40 vision" → "20 40 vision"), else before it ("satisfaction exceeds 95%").
 */
export function derivedMeasure(sentence: Sentence, value: TextRange, clause: TextRange): string {
  const after: string[] = [];
  for (const token of sentence.tokens) {
    if (token.start < value.end || token.start >= clause.end) continue;
    if (!token.word) {
      if (/[,;:.!?()]/.test(token.text)) break;
      continue;
    }
    if (FILLER.has(token.stem)) continue;
    after.push(token.stem);
    if (after.length === LIMIT) break;
  }
  if (after.length > 0) return after.join(' ');
  const before: string[] = [];
  for (let index = sentence.tokens.length - 1; index >= 0; index--) {
    const token = sentence.tokens[index];
    if (!token || token.end > value.start) continue;
    if (token.end <= clause.start) break;
    if (!token.word) {
      if (/[,;:.!?()]/.test(token.text)) break;
      continue;
    }
    if (FILLER.has(token.stem)) continue;
    before.unshift(token.stem);
    if (before.length === LIMIT) break;
  }
  return before.join(' ');
}
