import { describe, expect, it } from 'vitest';
import { audit } from '../../src/audit.js';
import type { Report } from '../../src/types.js';
import { describeContradiction } from '../helpers.js';

function keyed(report: Report): string[] {
  return report.contradictions.map(describeContradiction);
}

describe('the example corpus', () => {
  const report = audit({ paths: ['fixtures/example-corpus'], config: false });

  it('finds every planted contradiction, across documents and inside one', () => {
    expect(keyed(report)).toEqual(
      expect.arrayContaining([
        'range efficacy-rate/success: 01-ketamine-basics.md:18 vs 02-ketamine-benefits.md:19',
        'polarity side-effect/hallucination: 01-ketamine-basics.md:20 vs 03-fast-relief.md:20',
        'polarity side-effect/hallucination: 01-ketamine-basics.md:20 vs 05-ketamine-faq.md:18',
        'exclusive regulatory-status: 01-ketamine-basics.md:28 vs 04-iv-appointment.md:10',
        'range relief-duration: 03-fast-relief.md:16 vs 03-fast-relief.md:24',
      ]),
    );
  });

  it('reports no contradiction on the topics where the articles agree', () => {
    const topics = new Set(report.contradictions.map((contradiction) => contradiction.topic));
    for (const agreeing of ['session-length', 'onset', 'course-length']) expect(topics.has(agreeing)).toBe(false);
    expect(report.agreements.map((agreement) => agreement.key)).toEqual(expect.arrayContaining(['session-length', 'onset']));
  });

  it('keeps the SSRI comparison out of the onset claims', () => {
    const fromFastRelief = report.claims.filter((claim) => claim.path.endsWith('03-fast-relief.md') && claim.span.start.line === 14);
    expect(fromFastRelief.map((claim) => [claim.topic, claim.value.type === 'interval' ? claim.value.text : ''])).toEqual([['onset', 'within an hour']]);
  });

  it('flags the risky absolutes an editor would flag', () => {
    const flagged = new Set(report.findings.map((finding) => `${finding.path.split('/').pop()}:${finding.ruleId}`));
    for (const expected of [
      '01-ketamine-basics.md:safety/near-absolute-safety',
      '01-ketamine-basics.md:certainty/certainty-language',
      '02-ketamine-benefits.md:certainty/superiority-claim',
      '02-ketamine-benefits.md:certainty/guarantee',
      '02-ketamine-benefits.md:safety/safety-absolute',
      '05-ketamine-faq.md:safety/safety-absolute',
    ]) {
      expect(flagged).toContain(expected);
    }
    // "it is not a cure" is the responsible sentence, not a cure claim; code blocks are not prose.
    expect(report.findings.some((finding) => finding.ruleId === 'certainty/cure-claim')).toBe(false);
    expect(report.findings.some((finding) => finding.path.endsWith('04-iv-appointment.md') && finding.ruleId === 'certainty/guarantee')).toBe(false);
  });

  it('points every finding and claim at the exact source text it quotes', () => {
    for (const item of [...report.findings, ...report.claims]) {
      if (item.match === '') continue;
      expect(item.span.end.offset).toBeGreaterThan(item.span.start.offset);
      expect(item.match.length).toBe(item.span.end.offset - item.span.start.offset);
    }
  });

  it('is the same whatever order the files are given in', () => {
    const files = ['05-ketamine-faq.md', '03-fast-relief.md', '01-ketamine-basics.md', '04-iv-appointment.md', '02-ketamine-benefits.md'];
    const shuffled = audit({ paths: files.map((file) => `fixtures/example-corpus/${file}`), config: false });
    expect(JSON.stringify(shuffled)).toBe(JSON.stringify(report));
  });
});

describe('another subject with its own rule set', () => {
  const report = audit({ paths: ['fixtures/other-subject'], config: false, builtinRules: false, rules: ['fixtures/rules/home-solar.yaml'] });

  it('finds the payback and tax-credit contradictions and accepts the agreeing lifespans', () => {
    expect(keyed(report)).toEqual([
      'range payback-period: 01-solar-payback.md:10 vs 02-solar-sales-pitch.md:10',
      'polarity tax-credit: 01-solar-payback.md:18 vs 03-solar-maintenance.md:18',
    ]);
    expect(report.agreements.map((agreement) => agreement.key)).toEqual(['panel-lifespan']);
  });

  it('keeps subjects apart: the same figures under two subjects never conflict', () => {
    const mixed = audit({ paths: ['fixtures/other-subject', 'fixtures/example-corpus'], config: false, rules: ['fixtures/rules/home-solar.yaml'] });
    for (const contradiction of mixed.contradictions) {
      expect(new Set(contradiction.sides.map((side) => side.subject)).size).toBe(1);
    }
  });
});
