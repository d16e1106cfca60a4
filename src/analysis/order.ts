import type { Claim, Finding } from '../types.js';

function compareText(a: string, b: string): number {
  // Identity first: claims of one document share its path string, and most comparisons are within one.
  if (a === b) return 0;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Reading order: file, then position, then key; independent of the order files were read in. */
export function compareClaims(a: Claim, b: Claim): number {
  return compareText(a.path, b.path) || a.span.start.offset - b.span.start.offset || a.span.end.offset - b.span.end.offset || compareText(a.key, b.key) || compareText(a.ruleId, b.ruleId);
}

/** Reading order for findings, then rule id and message so ties are stable. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareText(a.path, b.path) ||
    a.span.start.offset - b.span.start.offset ||
    a.span.end.offset - b.span.end.offset ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.message, b.message)
  );
}
