import { describe, expect, it } from 'vitest';
import { audit } from '../../src/audit.js';
import type { Report } from '../../src/types.js';
import { describeContradiction } from '../helpers.js';

// Articles on subjects the rules were not written for (fixtures/held-out/README.md). Each test holds the
// contradictions an editor would flag there, and the false ones claim-audit used to report.

function auditSubject(subject: string, rules?: string): Report {
  return audit({ paths: [`fixtures/held-out/${subject}`], config: false, ...(rules ? { builtinRules: false, rules: [rules] } : {}) });
}

/** "file:line" of every side of every contradiction on a topic. */
function sidesOn(report: Report, topic: string): string[] {
  return report.contradictions.filter((found) => found.topic === topic).flatMap((found) => found.sides.map((side) => `${side.path.split('/').pop()}:${side.span.start.line}`));
}

describe('held-out articles', () => {
  it('sleep supplement: a condition treated is no side-effect denial; "no side effects" meets the listed ones', () => {
    const report = auditSubject('magnesium');
    expect(report.contradictions.map(describeContradiction)).toEqual([
      'polarity side-effect: a.md:11 vs b.md:9',
      // "How many people benefit? Studies suggest roughly 50 to 65%…" against "more than 90% of customers".
      'range efficacy-rate/success: b.md:7 vs c.md:13',
      'polarity side-effect: b.md:9 vs c.md:7',
    ]);
    expect(report.findings.filter((finding) => finding.ruleId === 'safety/side-effect-denied').map((finding) => finding.path.split('/').pop())).not.toContain('a.md');
  });

  it('eye surgery: session length and dry eye disagree; a refuted myth and a side-effect frequency do not', () => {
    const report = auditSubject('lasik');
    expect(report.contradictions.map(describeContradiction)).toEqual(
      expect.arrayContaining(['range session-length: a.md:13 vs b.md:11', 'polarity side-effect/dry-eyes: a.md:17 vs b.md:11', 'polarity side-effect/dry-eyes: b.md:11 vs c.md:13']),
    );
    expect(sidesOn(report, 'procedure-pain')).toEqual([]);
    expect(sidesOn(report, 'efficacy-rate')).not.toContain('a.md:17');
  });

  it('CBD: approval and drowsiness disagree; an onset figure is not a duration of relief', () => {
    const report = auditSubject('cbd');
    expect(report.contradictions.map(describeContradiction)).toEqual(
      expect.arrayContaining([
        'exclusive regulatory-status: a.md:7 vs b.md:7',
        'polarity side-effect/drowsiness: a.md:13 vs b.md:11',
        'polarity side-effect/drowsiness: b.md:11 vs c.md:7',
      ]),
    );
    const onset = report.claims.find((claim) => claim.path.endsWith('a.md') && claim.value.type === 'interval' && claim.value.text.includes('30 to 90'));
    expect(onset?.topic).toBe('onset');
  });

  it('dental implants: swelling and bruising disagree; figures about bridges or smokers are not the implants\' in general', () => {
    const report = auditSubject('implants');
    expect(report.contradictions.map(describeContradiction)).toEqual(
      expect.arrayContaining(['polarity side-effect/swelling: a.md:10 vs b.md:8', 'polarity side-effect/bruising: a.md:10 vs b.md:8']),
    );
    // "Implants placed in smokers fail more often, with success rates closer to 85%" against the general 95-98%.
    expect(sidesOn(report, 'efficacy-rate')).not.toContain('a.md:6');
    const bridges = report.claims.filter((claim) => claim.path.endsWith('c.md') && claim.value.type === 'interval' && claim.value.text.includes('10%'));
    expect(bridges).toEqual([]);
  });

  it('weight-loss supplement: jitters disagree; shares of people at different thresholds do not', () => {
    const report = auditSubject('leanburn');
    expect(report.contradictions.map(describeContradiction)).toEqual(['polarity side-effect/jitteriness: a.md:10 vs b.md:8']);
  });

  it('microneedling: a list under a "Side effects" heading asserts its items, and a FAQ answer its question\'s measure', () => {
    const report = auditSubject('microneedling');
    expect(report.contradictions.map(describeContradiction)).toEqual(['polarity side-effect/redness: a.md:8 vs b.md:7', 'range session-length: a.md:18 vs b.md:8']);
    const listed = (line: number) => report.claims.filter((claim) => claim.path.endsWith('a.md') && claim.span.start.line === line).map((claim) => `${claim.key} ${claim.polarity}`);
    expect(listed(9)).toEqual(['side-effect/swelling affirmed']);
    // "- Anyone with an active skin infection" under "Who should wait" names who should wait, not a side effect.
    expect(listed(26)).toEqual([]);
  });

  it('savings accounts, with a user rule set only: rate, insurance and fees disagree; a national average is no rate', () => {
    const report = auditSubject('savings', 'fixtures/rules/savings.yaml');
    expect(report.contradictions.map(describeContradiction)).toEqual(
      expect.arrayContaining(['range apy: a.md:6 vs b.md:6', 'exclusive deposit-insurance: a.md:6 vs b.md:6', 'polarity monthly-fee: a.md:8 vs b.md:8']),
    );
    expect(report.claims.filter((claim) => claim.value.type === 'interval' && claim.value.min === 0.45)).toEqual([]);
  });
});
