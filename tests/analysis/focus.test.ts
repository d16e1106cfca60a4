import { describe, expect, it } from 'vitest';
import { auditDocument, buildReport, findSources, loadDocument, prepare } from '../../src/audit.js';
import type { Report } from '../../src/types.js';

/**
 * PR mode skips the contradiction groups no changed document speaks to. That is only allowed because it
 * changes nothing: the focused report must be the whole-corpus report narrowed to the focused documents.
 */
function narrowed(report: Report, focus: (path: string) => boolean): { findings: unknown[]; claims: Report['claims']; contradictions: Report['contradictions'] } {
  return {
    findings: canonical(report.findings.filter((finding) => [finding.path, ...(finding.related ?? []).map((place) => place.path)].some(focus))),
    claims: report.claims.filter((claim) => focus(claim.path)),
    contradictions: report.contradictions.filter((contradiction) => contradiction.sides.some((side) => focus(side.path))),
  };
}

/**
 * Findings with a contradiction's places as a set: PR mode reports a contradiction on its side in a changed
 * document (the annotation belongs in the diff), the whole-corpus report on its last side.
 */
function canonical(findings: Report['findings']): unknown[] {
  return findings
    .map((finding) => {
      if (!finding.ruleId.startsWith('contradiction/')) return finding;
      const places = [finding, ...(finding.related ?? [])].map((place) => `${place.path}:${place.span.start.offset}-${place.span.end.offset}`).sort();
      return { ruleId: finding.ruleId, severity: finding.severity, message: finding.message, places };
    })
    .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
}

describe.each(['fixtures/example-corpus', 'eval-corpus'])('a report focused on one document of %s', (folder) => {
  const { settings, catalog, compiled } = prepare({ paths: [folder], config: false });
  const results = findSources(settings).map((source) => auditDocument(loadDocument(source, settings), compiled, settings));
  const files = results.map((result) => result.path);
  const whole = buildReport(files, results, catalog);

  it('equals the whole-corpus report narrowed to that document', () => {
    let contradictions = 0;
    for (const path of files) {
      const focus = (candidate: string): boolean => candidate === path;
      const focused = buildReport(files, results, catalog, { focus });
      expect({ findings: canonical(focused.findings), claims: focused.claims, contradictions: focused.contradictions }).toEqual(narrowed(whole, focus));
      // …and each contradiction is reported on the focused document's side.
      for (const finding of focused.findings.filter((item) => item.ruleId.startsWith('contradiction/'))) expect(focus(finding.path)).toBe(true);
      expect(focused.counts.claims).toBe(focused.claims.length);
      contradictions += focused.contradictions.length;
    }
    // The corpus has cross-document contradictions, so the comparison above is not between empty lists.
    expect(contradictions).toBeGreaterThan(0);
    expect(whole.contradictions.some((contradiction) => new Set(contradiction.sides.map((side) => side.path)).size > 1)).toBe(true);
  });
});
