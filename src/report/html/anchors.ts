import type { Claim, Finding, RelatedLocation, Report, Span } from '../../types.js';
import { addTo } from '../../collections.js';

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

/** A place in the report as a map key: file and exact span. */
function placeKey(item: { path: string; span: Span }): string {
  return `${item.path}\u0000${item.span.start.offset}\u0000${item.span.end.offset}`;
}

/** Number the report's parts and resolve the links between them once. */
export function buildAnchors(report: Report): Anchors {
  const files = [...report.files];
  const fileIndexes = new Map(files.map((path, index) => [path, index]));
  for (const finding of report.findings) {
    if (fileIndexes.has(finding.path)) continue;
    fileIndexes.set(finding.path, files.length);
    files.push(finding.path);
  }

  const byPath = new Map<string, { finding: Finding; index: number }[]>();
  report.findings.forEach((finding, index) => {
    addTo(byPath, finding.path, { finding, index });
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

  // Contradiction findings by place, and the first contradiction of each claim by place and key: looked up,
  // not searched, since a whole catalogue's report has over 100k of each.
  const contradictionFindingsAt = new Map<string, number[]>();
  report.findings.forEach((finding, index) => {
    if (!finding.ruleId.startsWith('contradiction/')) return;
    addTo(contradictionFindingsAt, placeKey(finding), index);
  });
  const contradictionOfFinding = new Map<number, number>();
  const contradictionOfClaim = new Map<Claim, number>();
  const contradictionOfPlace = new Map<string, number>();
  report.contradictions.forEach((contradiction, index) => {
    for (const side of contradiction.sides) {
      if (!contradictionOfClaim.has(side)) contradictionOfClaim.set(side, index);
      const place = `${placeKey(side)}\u0000${side.key}`;
      if (!contradictionOfPlace.has(place)) contradictionOfPlace.set(place, index);
    }
    // The finding that reports this contradiction stands on one of its sides and points at the others.
    for (const side of contradiction.sides) {
      for (const findingIndex of contradictionFindingsAt.get(placeKey(side)) ?? []) {
        if (contradictionOfFinding.has(findingIndex)) continue;
        const finding = report.findings[findingIndex] as Finding;
        const named = [...contradiction.sides, ...(contradiction.restatements ?? [])];
        const there = (finding.related ?? []).every((related) => named.some((other) => samePlace(other, related)));
        if (there) contradictionOfFinding.set(findingIndex, index);
      }
    }
  });
  const contradictionOf = (claim: Claim): number | undefined =>
    contradictionOfClaim.get(claim) ?? contradictionOfPlace.get(`${placeKey(claim)}\u0000${claim.key}`);

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
