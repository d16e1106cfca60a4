import type { Claim, Finding, RelatedLocation, Report, Span } from '../../types.js';

/**
 * Element ids of the page and the links between its parts: a bar or a contradiction side jumps to the finding
 * on the same words, a contradiction finding to its card. Ids come from positions in the report, never from
 * document text, so no path or sentence ever reaches an id or an href.
 */
export interface Anchors {
  /** Every document of the report, in report order (files that only have findings included). */
  files: string[];
  fileIndex: (path: string) => number;
  findingId: (index: number) => string;
  claimId: (index: number) => string;
  contradictionId: (index: number) => string;
  documentId: (fileIndex: number) => string;
  /** Where a claim's bar or side links: its finding, else its contradiction, else its document. */
  claimHref: (claim: Claim) => string;
  /** The finding at a related location, if the report has one. */
  relatedHref: (related: RelatedLocation) => string | null;
  /** The contradiction a `contradiction/…` finding reports, by index. */
  contradictionOfFinding: (findingIndex: number) => number | undefined;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start.offset < b.end.offset && b.start.offset < a.end.offset;
}

function samePlace(a: { path: string; span: Span }, b: { path: string; span: Span }): boolean {
  return a.path === b.path && a.span.start.offset === b.span.start.offset && a.span.end.offset === b.span.end.offset;
}

/** Number the report's parts and resolve the links between them once. */
export function buildAnchors(report: Report): Anchors {
  const files = [...report.files];
  for (const finding of report.findings) if (!files.includes(finding.path)) files.push(finding.path);
  const fileIndexes = new Map(files.map((path, index) => [path, index]));

  const byPath = new Map<string, { finding: Finding; index: number }[]>();
  report.findings.forEach((finding, index) => {
    const list = byPath.get(finding.path) ?? [];
    list.push({ finding, index });
    byPath.set(finding.path, list);
  });

  /** The finding on the same words, preferring one from the same rule, then the contradiction finding. */
  const findingAt = (path: string, span: Span, ruleId?: string): number | undefined => {
    const candidates = (byPath.get(path) ?? []).filter(({ finding }) => overlaps(finding.span, span) || finding.span.start.offset === span.start.offset);
    const pick =
      candidates.find(({ finding }) => finding.ruleId === ruleId) ??
      candidates.find(({ finding }) => finding.ruleId.startsWith('contradiction/')) ??
      candidates[0] ??
      (byPath.get(path) ?? []).find(({ finding }) => finding.span.start.line === span.start.line);
    return pick?.index;
  };

  const contradictionOfFinding = new Map<number, number>();
  const contradictionOfClaim = new Map<Claim, number>();
  report.contradictions.forEach((contradiction, index) => {
    for (const side of contradiction.sides) if (!contradictionOfClaim.has(side)) contradictionOfClaim.set(side, index);
    report.findings.forEach((finding, findingIndex) => {
      if (!finding.ruleId.startsWith('contradiction/') || contradictionOfFinding.has(findingIndex)) return;
      const here = contradiction.sides.some((side) => samePlace(side, finding));
      const there = (finding.related ?? []).every((related) => contradiction.sides.some((side) => samePlace(side, related)));
      if (here && there) contradictionOfFinding.set(findingIndex, index);
    });
  });
  const sameClaim = (a: Claim, b: Claim): boolean => a === b || (samePlace(a, b) && a.key === b.key);
  const contradictionOf = (claim: Claim): number | undefined => {
    const direct = contradictionOfClaim.get(claim);
    if (direct !== undefined) return direct;
    const index = report.contradictions.findIndex((contradiction) => contradiction.sides.some((side) => sameClaim(side, claim)));
    return index < 0 ? undefined : index;
  };

  const anchors: Anchors = {
    files,
    fileIndex: (path) => fileIndexes.get(path) ?? -1,
    findingId: (index) => `f${index}`,
    claimId: (index) => `c${index}`,
    contradictionId: (index) => `x${index}`,
    documentId: (index) => `d${index}`,
    claimHref: (claim) => {
      const finding = findingAt(claim.path, claim.span, claim.ruleId);
      if (finding !== undefined) return `#${anchors.findingId(finding)}`;
      const contradiction = contradictionOf(claim);
      if (contradiction !== undefined) return `#${anchors.contradictionId(contradiction)}`;
      return `#${anchors.documentId(anchors.fileIndex(claim.path))}`;
    },
    relatedHref: (related) => {
      const finding = findingAt(related.path, related.span);
      return finding === undefined ? null : `#${anchors.findingId(finding)}`;
    },
    contradictionOfFinding: (index) => contradictionOfFinding.get(index),
  };
  return anchors;
}
