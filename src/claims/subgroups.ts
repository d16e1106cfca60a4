import type { TextRange } from '../types.js';

// A comparison with a figure given elsewhere, without naming it: "was higher", "fail more often", "closer to".
// With "than" the comparison names what it compares with (a comparison clause, handled apart).
const RELATIVE = /\b(?:higher|lower|better|worse|more often|less often|more likely|less likely|drops?|dropped|falls?|fell|rises?|rose|closer to)\b/i;
// Whom a figure is restricted to: "among children with ADHD", "in smokers", "in people over 65".
const RESTRICTOR = /\b(?:among|in|for)\s+((?:(?:the|those|people|patients|adults|women|men|children)\s+)?(?:[a-z][a-z-]*\s+){0,2}?(?:[a-z][a-z-]*s\b|children\b|men\b|women\b|people\b|over\s+\d+|under\s+\d+|with\s+[a-z][a-z-]*))/i;
// Words that start a statement about everyone again: "…lower in smokers, but overall 95% succeed".
const RESET = /\b(?:but|whereas|while|overall|generally|in general|across all)\b/i;

/**
 * The subgroup a figure describes, when its sentence sets it apart from a figure given elsewhere: "Among
 * children with ADHD the response rate was higher, near 75%" is about those children, not about everyone a
 * general figure counts. Only the sentence up to the end of the figure's clause counts, so "95% succeed, though
 * rates are lower in smokers" stays general. Returns the restricting words ("children-with-adhd"), or null.
 */
export function subgroupOf(text: string, value: TextRange): string | null {
  let end = value.end;
  while (end < text.length && !/[,;]/.test(text[end] ?? '')) end++;
  const before = text.slice(0, end);
  if (!RELATIVE.test(before) || /\bthan\b/i.test(before)) return null;
  const restrictor = RESTRICTOR.exec(before);
  if (!restrictor || /\d/.test(restrictor[1]?.[0] ?? '')) return null;
  if (RESET.test(text.slice(restrictor.index, value.start))) return null;
  return (restrictor[1] ?? '').toLowerCase().trim().replace(/\s+/g, '-');
}
