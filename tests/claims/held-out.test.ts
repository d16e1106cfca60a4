import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/audit.js';
import { runRuleExamples } from '../../src/rules/examples.js';
import { loadRuleSets } from '../../src/rules/load.js';
import { compareClaims } from '../../src/analysis/order.js';
import { restatesSide } from '../../src/analysis/restatements.js';
import type { Claim, Report } from '../../src/types.js';
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

/** "file:line" of every side of every contradiction. */
function sidesOfAll(report: Report): string[] {
  return report.contradictions.flatMap((found) => found.sides.map((side) => `${side.path.split('/').pop()}:${side.span.start.line}`));
}

/** "key file:line" of every claim on a topic, for checking what was (not) read as a claim. */
function claimsOn(report: Report, topic: string): string[] {
  return report.claims.filter((claim) => claim.topic === topic).map((claim) => `${claim.key} ${claim.path.split('/').pop()}:${claim.span.start.line}`);
}

/**
 * Every pair of places each contradiction flags, as describeContradiction writes one: its sides, and with a
 * side's restatement in that side's place (an article that says its figure twice disagrees on both lines).
 */
function flaggedPairs(report: Report): string[] {
  const at = (claim: Claim): string => `${claim.path.split('/').pop()}:${claim.span.start.line}`;
  return report.contradictions.flatMap((found) => {
    const [first, second] = found.sides.map((side) => [side, ...(found.restatements ?? []).filter((claim) => restatesSide(claim, side))]);
    return (first ?? []).flatMap((a) => (second ?? []).map((b) => `${found.kind} ${found.key}: ${[a, b].sort(compareClaims).map(at).join(' vs ')}`));
  });
}

/** Expect the report to flag these pairs of places ("kind key: file:line vs file:line"), among others. */
function expectFlagged(report: Report, expected: string[]): void {
  expect(flaggedPairs(report)).toEqual(expect.arrayContaining(expected));
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
    expectFlagged(report, ['range session-length: a.md:13 vs b.md:11', 'polarity side-effect/dry-eyes: a.md:17 vs b.md:11', 'polarity side-effect/dry-eyes: b.md:11 vs c.md:13']);
    expect(sidesOn(report, 'procedure-pain')).toEqual([]);
    expect(sidesOn(report, 'efficacy-rate')).not.toContain('a.md:17');
  });

  it('CBD: approval and drowsiness disagree; an onset figure is not a duration of relief', () => {
    const report = auditSubject('cbd');
    expectFlagged(report, [
      'exclusive regulatory-status: a.md:7 vs b.md:7',
      'polarity side-effect/drowsiness: a.md:13 vs b.md:11',
      'polarity side-effect/drowsiness: b.md:11 vs c.md:7',
    ]);
    const onset = report.claims.find((claim) => claim.path.endsWith('a.md') && claim.value.type === 'interval' && claim.value.text.includes('30 to 90'));
    expect(onset?.topic).toBe('onset');
  });

  it('dental implants: swelling and bruising disagree; figures about bridges or smokers are not the implants\' in general', () => {
    const report = auditSubject('implants');
    expectFlagged(report, ['polarity side-effect/swelling: a.md:10 vs b.md:8', 'polarity side-effect/bruising: a.md:10 vs b.md:8']);
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
    expectFlagged(report, ['range apy: a.md:6 vs b.md:6', 'exclusive deposit-insurance: a.md:6 vs b.md:6', 'polarity monthly-fee: a.md:8 vs b.md:8']);
    expect(report.claims.filter((claim) => claim.value.type === 'interval' && claim.value.min === 0.45)).toEqual([]);
  });

  it('teeth whitening: approval, sessions, success and durations disagree; a side effect\'s duration and a subgroup do not', () => {
    const report = auditSubject('whitening');
    expectFlagged(report, [
      'exclusive regulatory-status: a.md:7 vs b.md:13',
      // "97% of our patients see visible results" against "roughly 75% … see a noticeable improvement".
      'range efficacy-rate/success: a.md:13 vs c.md:11',
      'polarity side-effect: a.md:14 vs b.md:21',
      'range relief-duration: a.md:15 vs b.md:29',
    ]);
    // "Tooth sensitivity … usually fades within 48 hours" is not how long whitening lasts.
    expect(sidesOn(report, 'relief-duration')).not.toContain('b.md:21');
    // "Gray stains respond far less: only 30 to 50% of those patients…" against the general 75% in the same article.
    expect(report.contradictions.map(describeContradiction)).not.toContain('range efficacy-rate/success: c.md:11 vs c.md:11');
  });

  it('creatine: a blanket denial beside named ones still meets the listed side effects; non-responders and gains are no success rate', () => {
    const report = auditSubject('creatine');
    expectFlagged(report, [
      // "No side effects: no bloating, no cramps, no water weight" against "bloating and weight gain…".
      'polarity side-effect: a.md:14 vs b.md:21',
      'polarity side-effect/bloating: a.md:14 vs b.md:21',
      'range onset: a.md:18 vs c.md:15',
    ]);
    // "improved strength gains by about 5 to 10%" and "20 to 30% of people are non-responders".
    expect(sidesOn(report, 'efficacy-rate')).not.toContain('b.md:11');
    // "not free of side effects" admits them.
    expect(report.findings.filter((finding) => finding.ruleId === 'safety/absolute-safety').map((finding) => finding.path.split('/').pop())).not.toContain('b.md');
  });

  it('hearing aids: satisfaction, lifespan and fitting time disagree; battery life and hypothetical users do not', () => {
    const report = auditSubject('hearing');
    expectFlagged(report, [
      'range efficacy-rate/satisfaction: a.md:11 vs b.md:11',
      'range relief-duration: a.md:13 vs b.md:15',
      'polarity side-effect/irritation: a.md:14 vs b.md:29',
      'range session-length: a.md:18 vs b.md:19',
    ]);
    // "Disposable zinc-air batteries last 5 to 7 days." (after the answer "expect 4 to 6 years" on the same line).
    expect(report.claims.filter((claim) => claim.topic === 'relief-duration' && claim.value.type === 'interval' && claim.value.text === '5 to 7 days')).toEqual([]);
    // "Only 20% of the adults who could benefit…" is not read; "the 80% speech-recognition threshold" is no share.
    expect(report.claims.filter((claim) => claim.value.type === 'interval' && claim.value.text === '80%')).toEqual([]);
  });

  it('tattoo removal: session lengths and side effects disagree; "not every laser is cleared" and a subgroup do not', () => {
    const report = auditSubject('tattoo');
    // "Sessions themselves are quick, usually under 20 minutes" (b.md:21) is the figure nearest c.md:12's hour.
    expectFlagged(report, ['range session-length: b.md:21 vs c.md:12', 'range session-length: a.md:15 vs c.md:30', 'polarity side-effect: b.md:17 vs c.md:7']);
    expect(sidesOn(report, 'regulatory-status')).not.toContain('b.md:23');
    // "In people with darker skin, the success rate was lower, around 40%."
    expect(sidesOn(report, 'efficacy-rate')).toEqual([]);
  });

  it('melatonin gummies: onset and duration disagree; a factory\'s approval and a subgroup do not', () => {
    const report = auditSubject('melatonin');
    expectFlagged(report, ['range onset: a.md:11 vs b.md:17', 'range relief-duration: a.md:12 vs c.md:15', 'polarity side-effect/drowsiness: b.md:21 vs c.md:13']);
    // "made in an FDA-approved facility" against "not approved by the FDA".
    expect(sidesOn(report, 'regulatory-status')).toEqual([]);
    expect(report.contradictions.map(describeContradiction)).not.toContain('range efficacy-rate/success: b.md:15 vs b.md:15');
  });

  it('infrared sauna: plural sessions disagree; a trial\'s time point is no onset', () => {
    const report = auditSubject('sauna');
    expectFlagged(report, ['range session-length: a.md:18 vs c.md:11', 'range session-length: b.md:21 vs c.md:11', 'polarity side-effect: a.md:22 vs b.md:25']);
    // "about 45% improved after four weeks of sessions" against "relief usually begins within 15 minutes".
    expect(sidesOn(report, 'onset')).toEqual([]);
  });

  it('Botox: approval, duration and side effects disagree; full results are no onset, and a myths list claims nothing', () => {
    const report = auditSubject('botox');
    expectFlagged(report, [
      'exclusive regulatory-status: a.md:7 vs c.md:23',
      'range relief-duration: a.md:13 vs b.md:17',
      'polarity side-effect/bruising: a.md:21 vs b.md:21',
    ]);
    // "You will see smoother skin within 24 hours" against "Effects usually begin 3 to 5 days after the injections":
    // the only onset pair, since "the full result shows at about two weeks" is no onset to set against either.
    expect(report.contradictions.filter((contradiction) => contradiction.topic === 'onset').map(describeContradiction)).toEqual(['range onset: a.md:12 vs b.md:17']);
    // "a drooping eyelid or brow, which can last several weeks" is the side effect's duration.
    expect(sidesOn(report, 'relief-duration')).not.toContain('b.md:21');
    // "Botox is not a permanent solution" and the items under "## Common myths about Botox".
    expect(report.findings.filter((finding) => finding.ruleId === 'marketing/permanent-results')).toEqual([]);
  });

  it('physiotherapy: success and session lengths disagree; usual care, natural recovery and a first appointment do not', () => {
    const report = auditSubject('physio');
    expectFlagged(report, ['range efficacy-rate/success: a.md:11 vs b.md:13', 'range session-length: a.md:15 vs c.md:11', 'polarity side-effect: a.md:20 vs b.md:19']);
    // "about 25% improved on usual care alone", "roughly 90% of acute episodes improve … whatever you do".
    expect(sidesOn(report, 'efficacy-rate')).toEqual(['a.md:11', 'b.md:13']);
    expect(sidesOn(report, 'session-length')).not.toContain('a.md:34');
  });

  it('hair transplant: success, procedure length and infection disagree; final results are no onset; "no bleeding, and swelling is rare" lists swelling', () => {
    const report = auditSubject('hairtransplant');
    expectFlagged(report, [
      'range efficacy-rate/success: a.md:11 vs b.md:13',
      'range session-length: a.md:12 vs b.md:17',
      'polarity side-effect/infection: a.md:19 vs b.md:21',
      // "Back to work in just 2 days" against "Recovery takes 7 to 10 days".
      'range recovery-time: a.md:15 vs b.md:21',
    ]);
    expect(sidesOn(report, 'onset')).toEqual([]);
    expect(report.contradictions.filter((found) => found.key === 'side-effect/swelling')).toEqual([]);
  });

  it('probiotic: success, approval, bloating and how long benefits last disagree; a bottle, shelf life and placebo do not', () => {
    const report = auditSubject('probiotic');
    expectFlagged(report, [
      'range efficacy-rate/success: a.md:12 vs b.md:11',
      'polarity side-effect/bloating: a.md:13 vs b.md:21',
      'exclusive regulatory-status: a.md:14 vs b.md:25',
      'range relief-duration: a.md:23 vs b.md:17',
    ]);
    // "One bottle lasts 30 days", "capsules remain potent for 24 months".
    expect(sidesOn(report, 'relief-duration')).toEqual(['a.md:23', 'b.md:17']);
    // "cut the risk of antibiotic-associated diarrhea by 42%" is no side effect.
    expect(sidesOn(report, 'side-effect')).not.toContain('c.md:27');
  });

  it('air purifier: clearance, onset and success disagree; a quoted figure, a sham filter and a subgroup do not', () => {
    const report = auditSubject('purifier');
    expectFlagged(report, ['exclusive regulatory-status: a.md:11 vs b.md:21', 'range onset: a.md:13 vs c.md:15', 'range efficacy-rate/success: a.md:12 vs c.md:35']);
    // 'The "92% saw improvement" figure comes from an online survey' and "Children with asthma did better, … closer to 60%".
    const rates = report.claims.filter((claim) => claim.path.endsWith('b.md') && claim.topic === 'efficacy-rate').map((claim) => `${claim.key} ${claim.value.type === 'interval' ? claim.value.text : ''}`);
    expect(rates).toEqual(['efficacy-rate/success 48%', 'efficacy-rate/success@children 60%']);
  });

  it('keto program: coaching sessions, approval and side effects disagree; a weekly call is no session length', () => {
    const report = auditSubject('keto');
    expectFlagged(report, ['range session-length: a.md:12 vs c.md:23', 'exclusive regulatory-status: a.md:24 vs b.md:31', 'polarity side-effect/fatigue: a.md:28 vs c.md:19']);
    // "94% lose weight" is a share of people, not an amount lost.
    expect(sidesOn(report, 'efficacy-rate')).toEqual([]);
    expect(report.claims.filter((claim) => claim.key === 'session-length' && claim.value.type === 'interval' && claim.value.text === 'a week')).toEqual([]);
  });

  // Fourth round (fixtures/held-out/README.md): written by a helper who never saw the engine, with an answer key.
  it('LED mask: status, side effects disagree; a sham arm, an older subgroup and "five days a week" do not', () => {
    const report = auditSubject('ledmask');
    expectFlagged(report, ['exclusive regulatory-status: a.md:14 vs b.md:13', 'polarity side-effect/headache: a.md:24 vs c.md:30', 'polarity side-effect/eye-strain: a.md:24 vs c.md:28']);
    expect(sidesOn(report, 'efficacy-rate')).toEqual([]);
    expect(sidesOn(report, 'session-length')).toEqual([]);
    expect(claimsOn(report, 'efficacy-rate')).toEqual(['efficacy-rate/success a.md:15', 'efficacy-rate/success@women-over-55 b.md:19', 'efficacy-rate/satisfaction c.md:40']);
  });

  it('acupuncture: side effects listed after a lead-in disagree; "those drugs" and an overlapping table do not', () => {
    const report = auditSubject('acupuncture');
    expectFlagged(report, ['polarity side-effect: a.md:17 vs b.md:27']);
    expect(claimsOn(report, 'efficacy-rate').filter((claim) => claim.endsWith('a.md:21'))).toEqual([]);
    // "Each treatment session takes about 40 minutes" and the table's "Session length | 30–45 minutes" agree.
    expect(claimsOn(report, 'session-length')).toEqual(['session-length a.md:25', 'session-length c.md:38']);
    expect(sidesOn(report, 'session-length')).toEqual([]);
  });

  it('NAD+ drip: status, drip length and side effects disagree; a list of what it is for lists no side effects', () => {
    const report = auditSubject('ivdrip');
    expectFlagged(report, [
      'exclusive regulatory-status: a.md:13 vs b.md:12',
      'range session-length: a.md:15 vs b.md:16',
      'polarity side-effect/nausea: a.md:31 vs b.md:30',
      'polarity side-effect/cramping: a.md:31 vs b.md:33',
    ]);
    expect(claimsOn(report, 'side-effect').filter((claim) => claim.startsWith('side-effect/fatigue') && !claim.endsWith('b.md:34'))).toEqual([]);
    // "I felt sharper for about ten days, then back to normal" is the effect wearing off; "Zero downtime" is a recovery.
    expect(claimsOn(report, 'recovery-time')).toEqual(['recovery-time a.md:16']);
  });

  it('knee gel: status, onset, success and side effects disagree; cortisone, steroid shots, saline and grade 4 do not', () => {
    const report = auditSubject('kneegel');
    expectFlagged(report, [
      'exclusive regulatory-status: a.md:14 vs c.md:28',
      'range onset: a.md:16 vs b.md:12',
      'range efficacy-rate/success: a.md:20 vs c.md:22',
      'polarity side-effect/swelling: a.md:18 vs b.md:30',
      'polarity side-effect/stiffness: a.md:18 vs b.md:31',
    ]);
    expect(claimsOn(report, 'efficacy-rate')).toEqual(['efficacy-rate/success a.md:20', 'efficacy-rate/success c.md:22', 'efficacy-rate/success@patients-with-severe c.md:24']);
    // "Steroid shots often work within a few days" is the steroid's onset; the comparison table's gel column is read.
    expect(claimsOn(report, 'onset')).toEqual(['onset a.md:16', 'onset b.md:12']);
    expect(claimsOn(report, 'relief-duration')).toContain('relief-duration c.md:16');
  });

  it('collagen: status and side effects disagree; a tub that lasts a month is no relief', () => {
    const report = auditSubject('collagen');
    expectFlagged(report, ['exclusive regulatory-status: a.md:23 vs b.md:12', 'polarity side-effect/bloating: a.md:25 vs b.md:28', 'polarity side-effect/heartburn: a.md:25 vs b.md:28']);
    expect(claimsOn(report, 'relief-duration')).toEqual([]);
  });

  it('sleep-apnea appliance: jaw pain and the fitting disagree; a sham device in the sentence before and a subgroup do not', () => {
    const report = auditSubject('sleepapnea');
    expectFlagged(report, ['polarity side-effect/jaw-pain: a.md:17 vs b.md:26', 'range session-length: a.md:26 vs c.md:18']);
    expect(sidesOn(report, 'efficacy-rate')).toEqual([]);
    // "Oral appliances are not without side effects" admits them: no blanket denial.
    expect(report.claims.filter((claim) => claim.key === 'side-effect' && claim.polarity === 'negated').map((claim) => claim.path.split('/').pop())).toEqual([]);
  });

  it('robo-advisor, with a user rule set: return, withdrawal time and insurance disagree; the usual advisor fee does not', () => {
    const report = auditSubject('robo', 'fixtures/rules/robo.yaml');
    expectFlagged(report, ['range robo-return/annual-return: a.md:14 vs c.md:27', 'range robo-withdrawal-time/withdrawal: a.md:28 vs b.md:14', 'polarity robo-insurance/fdic: a.md:22 vs c.md:35']);
    expect(sidesOn(report, 'robo-fee-rate')).toEqual([]);
  });

  it('coding bootcamp, with a user rule set: placement and salary in dollars disagree', () => {
    const report = auditSubject('bootcamp', 'fixtures/rules/bootcamp.yaml');
    expectFlagged(report, ['range bc-placement/placement: a.md:14 vs b.md:19', 'range bc-salary/average-starting-salary: a.md:15 vs c.md:35']);
  });

  it('e-bike, with a user rule set: charging time, battery life and waterproofing disagree; "Class 3" and "the Ridge 2" are no speeds', () => {
    const report = auditSubject('ebike', 'fixtures/rules/ebike.yaml');
    expectFlagged(report, ['range eb-charge-time/full-charge: a.md:36 vs b.md:18', 'range eb-battery-years/battery-life: a.md:36 vs c.md:18', 'polarity eb-waterproof/waterproof: a.md:22 vs b.md:22']);
    expect(sidesOn(report, 'eb-top-speed')).toEqual([]);
  });

  it('solar roof, with a user rule set: lifespan and degradation disagree; "installed in a single day" agrees with 6 to 10 hours', () => {
    const report = auditSubject('solarroof', 'fixtures/rules/solarroof.yaml');
    expectFlagged(report, ['range solar-lifespan/lifespan: a.md:16 vs c.md:12', 'range solar-degradation/yearly-loss: a.md:23 vs b.md:33']);
    expect(sidesOn(report, 'solar-install-time')).toEqual([]);
  });

  // Fifth round: six more health subjects by a helper who never saw the engine.
  it('aligners: clearance, pain and treatment length disagree; reported advertising and a refuted "painless" claim nothing', () => {
    const report = auditSubject('aligners');
    // "finished in just 4 to 6 months" vs "the average treatment time was 11 to 14 months": months are a course, not a session.
    expect(report.contradictions.map(describeContradiction)).toEqual([
      'exclusive regulatory-status: a.md:8 vs c.md:22',
      'range course-length: a.md:16 vs c.md:12',
      'polarity procedure-pain: a.md:16 vs b.md:12',
    ]);
  });

  it('cryotherapy: session length, status, relief and frostbite disagree; relief from a session is no session length', () => {
    const report = auditSubject('cryo');
    expect(report.contradictions.map(describeContradiction)).toEqual([
      'range session-length: a.md:10 vs c.md:10',
      'exclusive regulatory-status: a.md:10 vs b.md:10',
      'range relief-duration: a.md:14 vs c.md:18',
      'polarity side-effect/frostbite: b.md:14 vs c.md:22',
      'range session-length: b.md:22 vs c.md:10',
    ]);
  });

  it('TRT: status, acne and onset disagree; a bold label, approval for women and a warning about clinics do not', () => {
    const report = auditSubject('trt');
    expect(report.contradictions.map(describeContradiction)).toEqual([
      // "feel a difference within 2 weeks" against "noticeable changes … typically take 3 to 6 months".
      'range onset: a.md:12 vs c.md:17',
      'exclusive regulatory-status: a.md:13 vs b.md:16',
      'polarity side-effect: a.md:14 vs c.md:25',
      'polarity side-effect/acne: a.md:14 vs c.md:25',
    ]);
  });

  it('laser hair removal: sessions and pain disagree', () => {
    const report = auditSubject('laserhair');
    expectFlagged(report, ['range sessions-needed: a.md:10 vs c.md:14', 'polarity procedure-pain: a.md:14 vs c.md:10']);
    // "two weeks before and after each session" is no session length.
    expect(sidesOn(report, 'session-length')).toEqual([]);
  });

  it('weighted blanket: clearance, success and onset disagree; a refund that showed up is no onset', () => {
    const report = auditSubject('blanket');
    expect(report.contradictions.map(describeContradiction)).toEqual([
      'exclusive regulatory-status: a.md:16 vs b.md:12',
      'range efficacy-rate/success: a.md:16 vs b.md:24',
      'range onset: a.md:18 vs b.md:20',
    ]);
  });

  it('stem cells: approval, success and relief disagree; "No <long subject> is FDA approved" is a denial', () => {
    const report = auditSubject('stemcell');
    expect(report.contradictions.map(describeContradiction)).toEqual([
      'exclusive regulatory-status: a.md:8 vs b.md:10',
      'exclusive regulatory-status: a.md:8 vs c.md:20',
      'range efficacy-rate/success: a.md:10 vs b.md:12',
      'range relief-duration: a.md:10 vs b.md:14',
    ]);
  });

  // Sixth round: five more subjects; what the tool gets right is held here, what it still gets wrong is in the README.
  it('fillers: lip longevity and bruising disagree; a website quoted claims nothing', () => {
    const report = auditSubject('fillers');
    expectFlagged(report, ['range relief-duration: a.md:19 vs b.md:10', 'polarity side-effect/bruising: a.md:15 vs c.md:19']);
    // "Their website literally says no bruising" (c.md:16) is the seller's claim reported.
    expect(claimsOn(report, 'side-effect').filter((claim) => claim.endsWith('c.md:16'))).toEqual([]);
    // "…not FDA approved for the under-eye hollows. Injectors use these products off-label there." is about the hollows.
    expect(sidesOn(report, 'regulatory-status')).toEqual([]);
    // "Lip filler results last 6 to 9 months. Cheek results last longer, typically 12 to 24 months."
    expect(report.contradictions.filter((found) => found.sides.every((side) => side.path.endsWith('a.md') && side.span.start.line === 19))).toEqual([]);
  });

  it('chiropractic: success rates and sessions disagree; a blog\'s claim and a heading number are no figures', () => {
    const report = auditSubject('chiro');
    expectFlagged(report, ['range efficacy-rate/success: a.md:10 vs b.md:8', 'range sessions-needed: a.md:14 vs c.md:9']);
    expect(claimsOn(report, 'efficacy-rate').filter((claim) => claim.endsWith('b.md:6'))).toEqual([]);
    expect(report.claims.filter((claim) => claim.topic === 'sessions-needed' && claim.value.type === 'interval' && claim.value.text === '2')).toEqual([]);
  });

  it('hair serum: status and how soon hair grows disagree although another drug is approved in the same paragraph', () => {
    const report = auditSubject('hairserum');
    // "you'll see new growth within 4 weeks" against the specialist's "visible regrowth takes 4 to 6 months".
    expect(report.contradictions.map(describeContradiction)).toEqual(['range onset: a.md:11 vs b.md:10', 'exclusive regulatory-status: a.md:13 vs b.md:12']);
  });

  it('quit-smoking app: the app\'s clearance and vivid dreams disagree; the patches\' approval and a quoted badge do not', () => {
    const report = auditSubject('quitapp');
    // The brand's "No vivid dreams" meets a user's "The patch gave me crazy vivid dreams": one person's side effect shows
    // that it happens.
    expect(report.contradictions.map(describeContradiction)).toEqual(['exclusive regulatory-status: a.md:16 vs b.md:11', 'polarity side-effect/vivid-dreams: b.md:13 vs c.md:9']);
  });

  it('meal shake: bloating denied and listed disagree', () => {
    expectFlagged(auditSubject('shake'), ['polarity side-effect/bloating: a.md:18 vs b.md:11']);
  });

  // Seventh round: twelve subjects by two helpers who never saw the engine (answer keys summarised in the README).
  it('hyperbaric oxygen: "no side effects" meets ear barotrauma; a friend\'s sessions elsewhere are no figure', () => {
    const report = auditSubject('hyperbaric');
    expectFlagged(report, ['polarity side-effect: a.md:36 vs b.md:27']);
    expect(sidesOn(report, 'session-length')).not.toContain('c.md:24');
  });

  it('PRP: status, success rate, how long relief lasts and side effects disagree; a placebo arm and cortisone do not', () => {
    const report = auditSubject('prp');
    expectFlagged(report, [
      'exclusive regulatory-status: a.md:18 vs b.md:9',
      'range efficacy-rate/success: a.md:22 vs b.md:16',
      'range relief-duration: a.md:36 vs b.md:39',
      'polarity side-effect: b.md:26 vs b.md:35',
    ]);
    // "the saline placebo group improved by about 30 percent"; "a cortisone shot usually settles a flare for roughly four to eight weeks".
    expect(claimsOn(report, 'efficacy-rate').filter((claim) => claim.endsWith('a.md:24'))).toEqual([]);
    expect(sidesOn(report, 'relief-duration')).not.toContain('a.md:38');
    // A comparison table's "| Typical relief | … | 6–12 months |" is no onset.
    expect(sidesOn(report, 'onset')).toEqual([]);
  });

  it('shockwave: pain, status, success rate and onset disagree; a sham arm does not', () => {
    const report = auditSubject('shockwave');
    expectFlagged(report, [
      'polarity procedure-pain: a.md:29 vs b.md:17',
      'exclusive regulatory-status: a.md:18 vs c.md:28',
      'range efficacy-rate/success: a.md:33 vs c.md:24',
      'range onset: a.md:33 vs b.md:23',
    ]);
    // "In the sham arms of several trials, … roughly 30 percent of people also improved."
    expect(sidesOn(report, 'efficacy-rate')).not.toContain('c.md:26');
    // "My friend Dana … needed five sessions instead of three."
    expect(sidesOn(report, 'sessions-needed')).toEqual([]);
  });

  it('lymphatic drainage: session length and side effects disagree', () => {
    expectFlagged(auditSubject('lymphatic'), ['range session-length: a.md:22 vs c.md:18', 'polarity side-effect: a.md:33 vs c.md:30']);
  });

  it('compounded semaglutide: the status disagrees; the brand-name drug\'s approval, a paragraph before "a different product", does not', () => {
    const report = auditSubject('glp1clinic');
    expectFlagged(report, ['exclusive regulatory-status: a.md:10 vs b.md:15']);
    expect(sidesOn(report, 'regulatory-status')).not.toContain('b.md:13');
  });

  it('tinnitus device: clearance, study result and lasting benefit disagree; a comparison group and a subgroup do not', () => {
    const report = auditSubject('tinnitus');
    expect(report.contradictions.map(describeContradiction)).toEqual([
      'exclusive regulatory-status: a.md:14 vs b.md:13',
      'range relief-duration: a.md:21 vs b.md:27',
      'range efficacy-rate/success: a.md:25 vs b.md:19',
    ]);
  });

  it('NAD+ drips: status and side effects disagree; supplements that "don\'t need FDA approval" state no status', () => {
    const report = auditSubject('nadiv');
    expectFlagged(report, ['exclusive regulatory-status: a.md:20 vs b.md:22', 'polarity side-effect: b.md:30 vs c.md:27']);
    expect(sidesOn(report, 'regulatory-status')).not.toContain('c.md:21');
  });

  it('spinal decompression: sessions, status, success rate and side effects disagree; advertised rates and a quoted term do not', () => {
    const report = auditSubject('spinaldecomp');
    expectFlagged(report, [
      'range sessions-needed: a.md:25 vs b.md:23',
      'exclusive regulatory-status: b.md:19 vs c.md:14',
      'range efficacy-rate/success: a.md:33 vs c.md:20',
      'polarity side-effect: a.md:39 vs b.md:31',
    ]);
    expect(sidesOn(report, 'efficacy-rate')).not.toContain('c.md:18');
    expect(sidesOn(report, 'regulatory-status')).not.toContain('c.md:12');
  });

  it('ortho-k: the status for slowing myopia disagrees; the use it is approved for, MiSight and a comparison table do not', () => {
    const report = auditSubject('orthok');
    // "It's completely safe" against "a rare but potentially serious corneal infection".
    expectFlagged(report, ['exclusive regulatory-status: b.md:13 vs c.md:18', 'polarity side-effect: a.md:30 vs b.md:25']);
    for (const line of ['c.md:16', 'c.md:22', 'c.md:37']) expect(sidesOn(report, 'regulatory-status')).not.toContain(line);
  });

  it('ear-wax removal: side effects and ear candles\' status disagree; complaints that bring people in are no side effects', () => {
    const report = auditSubject('earwax');
    expectFlagged(report, ['polarity side-effect: a.md:20 vs c.md:21', 'exclusive regulatory-status: b.md:27 vs c.md:35']);
    expect(claimsOn(report, 'side-effect').filter((claim) => claim.endsWith('a.md:10'))).toEqual([]);
  });

  it('lash serum: side effects disagree', () => {
    expectFlagged(auditSubject('eyelashserum'), ['polarity side-effect: a.md:22 vs c.md:32']);
  });

  it('online HRT: compounded hormones\' status and side effects disagree; a quoted ad, approved products and a checklist do not', () => {
    const report = auditSubject('hrt');
    expectFlagged(report, ['exclusive regulatory-status: a.md:16 vs c.md:36', 'polarity side-effect: b.md:24 vs c.md:22']);
    for (const line of ['c.md:20', 'c.md:34', 'c.md:43']) expect(sidesOfAll(report)).not.toContain(line);
  });

  // Eighth round: non-health subjects, each with the rule set its writer made from the README.
  it('heat pump, with a user rule set: install time, lifespan, savings and cold limit disagree; an air conditioner\'s noise does not', () => {
    const report = auditSubject('heatpump', 'fixtures/rules/heatpump.yaml');
    expectFlagged(report, [
      'range install-time/install-time: a.md:16 vs b.md:17',
      'range lifespan/lifespan: a.md:19 vs c.md:24',
      'range annual-savings/annual-savings: a.md:15 vs c.md:38',
      'range min-operating-temp/min-temp: a.md:17 vs b.md:21',
    ]);
    expect(sidesOn(report, 'noise')).toEqual([]);
  });

  it('mortgage, with a user rule set: credit checks, approval time and fees disagree; a subgroup, a quoted homepage and a rate difference do not', () => {
    const report = auditSubject('mortgage', 'fixtures/rules/mortgage.yaml');
    expectFlagged(report, [
      'polarity credit-check/credit-check: a.md:20 vs b.md:11',
      // The readers' "hard credit check" under the heading "## Credit checks" (which names the section, not a claim).
      'polarity credit-check/credit-check: a.md:20 vs c.md:28',
      'range approval-time/approval: a.md:21 vs c.md:18',
      'range broker-fee/broker-fee: a.md:22 vs b.md:31',
    ]);
    for (const line of ['b.md:37', 'c.md:37']) expect(sidesOfAll(report)).not.toContain(line);
    // The quoted homepage on the same line as the readers' check.
    expect(report.claims.filter((claim) => claim.sentence.startsWith('The homepage says'))).toEqual([]);
  });

  it('EV battery, with a user rule set: range, charging time, warranty and degradation disagree; a charger\'s kW is no range', () => {
    const report = auditSubject('evbattery', 'fixtures/rules/evbattery.yaml');
    expectFlagged(report, [
      'range range/rated-range: a.md:14 vs c.md:16',
      'range fast-charge-time/dc-10-80: a.md:18 vs c.md:26',
      'range warranty-years/battery-warranty: a.md:24 vs b.md:25',
      'range degradation/annual-loss: a.md:28 vs b.md:29',
    ]);
    expect(sidesOn(report, 'range')).not.toContain('b.md:17');
  });

  it('dog food, with a user rule set: protein and side effects disagree; senior dogs are a subgroup', () => {
    const report = auditSubject('petfood', 'fixtures/rules/petfood.yaml');
    expectFlagged(report, ['range guaranteed-analysis/protein: a.md:14 vs c.md:18', 'polarity digestive-side-effects: a.md:19 vs b.md:27']);
    expect(sidesOn(report, 'weight-loss')).not.toContain('a.md:25');
  });

  // Tenth round: six health subjects written blind, three products with the rule sets their writer made.
  it('TMS: response rate, status and side effects disagree; a first mapping visit and half of responders relapsing do not', () => {
    const report = auditSubject('tms');
    expectFlagged(report, ['exclusive regulatory-status: a.md:15 vs c.md:15', 'range efficacy-rate/success: a.md:27 vs b.md:17', 'polarity side-effect: a.md:33 vs a.md:38']);
    expect(sidesOn(report, 'session-length')).toEqual([]);
    expect(claimsOn(report, 'efficacy-rate')).not.toContain('efficacy-rate/success b.md:29');
  });

  it('fat freezing: effect size, sessions, onset, durability and pain disagree; a heading that disputes "painless" does not', () => {
    const report = auditSubject('coolsculpt');
    expectFlagged(report, [
      'range efficacy-rate/fat-reduction: a.md:26 vs c.md:22',
      'range sessions-needed: a.md:22 vs c.md:16',
      'range onset: a.md:28 vs c.md:17',
      'range relief-duration: a.md:30 vs c.md:26',
      'polarity procedure-pain: a.md:19 vs b.md:23',
    ]);
    expect(sidesOn(report, 'procedure-pain')).not.toContain('b.md:21');
  });

  it('nail laser, neurofeedback and SMP: counts of sessions said as "all it takes", "is standard", "run 30 to 40"', () => {
    expectFlagged(auditSubject('nailfungus'), ['range sessions-needed: a.md:22 vs c.md:15', 'exclusive regulatory-status: a.md:15 vs b.md:25']);
    expectFlagged(auditSubject('neurofeedback'), ['range sessions-needed: a.md:21 vs c.md:22', 'range efficacy-rate/success: a.md:25 vs c.md:24']);
    expectFlagged(auditSubject('smp'), [
      'range sessions-needed: a.md:20 vs b.md:15',
      'range session-length: a.md:21 vs b.md:19',
      'range relief-duration: a.md:22 vs c.md:24',
      'polarity procedure-pain: a.md:19 vs b.md:21',
    ]);
  });

  it('home battery, with a user rule set: warranty, capacity, maintenance, certification and install time disagree; an older model, a pair of units and a subgroup do not', () => {
    const report = auditSubject('homebattery', 'fixtures/rules/homebattery.yaml');
    expectFlagged(report, [
      'range warranty-length/warranty: a.md:16 vs b.md:21',
      'range usable-capacity/usable: a.md:15 vs c.md:19',
      'polarity maintenance/maintenance: a.md:17 vs c.md:23',
      'exclusive safety-certification: a.md:18 vs b.md:25',
      'range install-time/install: c.md:15 vs c.md:32',
    ]);
    for (const line of ['a.md:25', 'a.md:33', 'b.md:15', 'b.md:29']) expect(sidesOfAll(report)).not.toContain(line);
  });

  it('water softener, with a user rule set: a lifetime warranty meets five years; a conditional "no sodium", an older model and "good softeners" do not', () => {
    const report = auditSubject('watersoftener', 'fixtures/rules/watersoftener.yaml');
    expectFlagged(report, [
      'range warranty-length/warranty: a.md:18 vs c.md:18',
      'range grain-capacity/capacity: a.md:17 vs a.md:31',
      'polarity added-sodium/sodium: a.md:20 vs b.md:13',
      'range resin-life/resin: a.md:21 vs b.md:27',
    ]);
    for (const line of ['b.md:15', 'a.md:42', 'b.md:41']) expect(sidesOfAll(report)).not.toContain(line);
  });

  it('language app, with a user rule set: daily time, price, fees, accreditation and trial disagree; a competitor, a plan, students and a reviewer\'s routine do not', () => {
    const report = auditSubject('langapp', 'fixtures/rules/langapp.yaml');
    expectFlagged(report, [
      'range daily-study-time/daily: a.md:15 vs b.md:19',
      'range subscription-price/monthly: a.md:22 vs b.md:15',
      'polarity extra-fees/cancellation-fee: a.md:22 vs c.md:23',
      'exclusive certificate-accreditation: a.md:18 vs c.md:16',
      'range trial-length/trial: c.md:14 vs c.md:36',
    ]);
    for (const line of ['a.md:24', 'a.md:26', 'b.md:31', 'c.md:27', 'c.md:31']) expect(sidesOfAll(report)).not.toContain(line);
  });

  // Eleventh round: five health subjects written blind, three products with their writer's rule sets.
  it('round 11 health articles: the pairs found, and a few people, another treatment\'s row and a normal recovery read right', () => {
    expectFlagged(auditSubject('dryneedle'), ['range session-length: a.md:19 vs c.md:17', 'exclusive regulatory-status: a.md:15 vs b.md:21']);
    expect(sidesOn(auditSubject('dryneedle'), 'session-length')).not.toContain('b.md:45');
    const vitamin = auditSubject('vitdshot');
    expectFlagged(vitamin, ['exclusive regulatory-status: a.md:19 vs c.md:17', 'polarity procedure-pain: a.md:23 vs b.md:23']);
    expect(sidesOn(vitamin, 'onset')).toEqual([]);
    expectFlagged(auditSubject('sinusballoon'), [
      'range session-length: a.md:17 vs b.md:26',
      'polarity procedure-pain: a.md:18 vs c.md:17',
      'range recovery-time: a.md:19 vs c.md:23',
      'range efficacy-rate/success: a.md:20 vs b.md:28',
    ]);
    expectFlagged(auditSubject('nerveblock'), ['range relief-duration: a.md:21 vs b.md:25', 'range onset: b.md:21 vs c.md:28', 'polarity side-effect: b.md:35 vs c.md:30']);
  });

  it('round 11 products, with user rule sets: shipping left out of a price or unmentioned is no denial of it; no-go zones are a feature', () => {
    const meals = auditSubject('mealkit', 'fixtures/rules/mealkit.yaml');
    expectFlagged(meals, ['polarity hidden-fees: a.md:25 vs c.md:18', 'polarity commitment: a.md:26 vs b.md:43', 'range prep-time/prep: a.md:15 vs b.md:21']);
    expect(meals.contradictions.map(describeContradiction).filter((pair) => pair.includes('hidden-fees/shipping-fee'))).toEqual([]);
    const vacuum = auditSubject('robovac', 'fixtures/rules/robovac.yaml');
    expectFlagged(vacuum, ['range suction/suction: a.md:19 vs c.md:19', 'range noise/noise: a.md:28 vs b.md:31', 'exclusive allergy-certification: a.md:41 vs c.md:25']);
    expect(vacuum.claims.filter((claim) => claim.topic === 'subscription' && claim.polarity === 'negated').map((claim) => claim.span.start.line)).toEqual([34]);
  });

  it("round 11 products: a first box's promo price and a launch price are offers, not the list price", () => {
    expect(sidesOn(auditSubject('mealkit', 'fixtures/rules/mealkit.yaml'), 'price-per-serving')).not.toContain('a.md:31');
    expect(sidesOn(auditSubject('robovac', 'fixtures/rules/robovac.yaml'), 'price')).not.toContain('b.md:53');
  });

  it("round 11 products: the seller's marketing reported, and a neighbour's older model, are not the reviewer's runtime", () => {
    const vacuum = auditSubject('robovac', 'fixtures/rules/robovac.yaml');
    expectFlagged(vacuum, ['range battery-runtime/runtime: a.md:15 vs b.md:15']);
    expect(sidesOn(vacuum, 'battery-runtime')).not.toContain('c.md:48');
  });
  // Twelfth round: five health subjects written blind (9 of 25 planted pairs found by the round's starting build).
  it('round 12 health articles: course counts, effect sizes, fact-sheet recovery and pain words meet; a harder group, natural recovery and a section on other peels do not', () => {
    expectFlagged(auditSubject('emsculpt'), [
      'exclusive regulatory-status: a.md:14 vs b.md:20',
      'range session-length: a.md:19 vs c.md:18',
      'range sessions-needed: a.md:20 vs b.md:36',
      'range efficacy-rate/abdominal-increase: a.md:28 vs b.md:26',
    ]);
    expectFlagged(auditSubject('allergydrops'), [
      'range efficacy-rate/success: a.md:29 vs b.md:29',
      'range onset: a.md:33 vs c.md:18',
      'polarity side-effect: a.md:37 vs b.md:39',
      'range course-length: b.md:45 vs c.md:26',
    ]);
    const peel = auditSubject('chempeel');
    expectFlagged(peel, ['polarity procedure-pain: a.md:18 vs c.md:22', 'range recovery-time: a.md:19 vs b.md:26', 'range sessions-needed: a.md:24 vs b.md:24']);
    expect(sidesOfAll(peel)).not.toContain('b.md:42');
    expect(sidesOn(peel, 'efficacy-rate')).toEqual([]);
    const peptides = auditSubject('peptides');
    expectFlagged(peptides, ['polarity side-effect: a.md:18 vs c.md:24', 'range efficacy-rate/success: a.md:29 vs b.md:32', 'range sessions-needed: a.md:36 vs b.md:36']);
    expect(sidesOn(peptides, 'onset')).not.toContain('b.md:34');
    const ozone = auditSubject('ozone');
    expectFlagged(ozone, ['range session-length: a.md:28 vs b.md:16', 'range sessions-needed: a.md:30 vs c.md:24', 'polarity side-effect: b.md:20 vs c.md:28']);
    expect(sidesOn(ozone, 'sessions-needed')).not.toContain('b.md:32');
  });

  it('round 12 products, with user rule sets and the product named in `subject:`: a table of rivals and an old model\'s section are set aside, the writer\'s clause is theirs, offers and tiers are their own', () => {
    const mower = auditSubject('mower', 'fixtures/rules/mower.yaml');
    expectFlagged(mower, ['range runtime/runtime: a.md:18 vs c.md:26', 'range noise/noise: a.md:24 vs b.md:20', 'range warranty/mower: b.md:40 vs c.md:34', 'range charge-time/charge: b.md:16 vs b.md:36']);
    // The Trimbot T5, MowMate 3 and old R600 sections; a rumour; "Without the wire, …".
    for (const line of ['c.md:40', 'c.md:44', 'c.md:48', 'b.md:28']) expect(sidesOfAll(mower)).not.toContain(line);
    expect(mower.claims.filter((claim) => claim.path.endsWith('b.md') && claim.span.start.line === 24 && claim.polarity === 'negated')).toEqual([]);
    const card = auditSubject('travelcard', 'fixtures/rules/travelcard.yaml');
    expectFlagged(card, [
      'polarity annual-fee-status/annual-fee: a.md:22 vs c.md:12',
      'range apr/purchase: a.md:36 vs c.md:28',
      'range signup-bonus/signup: a.md:18 vs b.md:32',
      // "| Lounge visits | 4 per year |": a period the topic counts in ("per year" is one of its unit words) is no frequency.
      'range lounge-visits: b.md:21 vs b.md:40',
    ]);
    for (const line of ['a.md:32', 'b.md:16', 'b.md:43']) expect(sidesOn(card, 'annual-fee')).not.toContain(line);
    const mattress = auditSubject('mattress', 'fixtures/rules/mattress.yaml');
    expectFlagged(mattress, ['exclusive certification: a.md:14 vs b.md:30', 'polarity off-gassing/off-gassing: a.md:20 vs c.md:14']);
    // Rivals named beside the subject ("the DriftNest Hybrid, the Lumaro Classic and the Pinecrest Zoned", "better
    // than the Lumaro Classic"): "The Pinecrest has a 365-night trial", "The Lumaro Classic offers only a 60-night trial".
    for (const line of ['c.md:10', 'b.md:38']) expect(sidesOn(mattress, 'trial-period')).not.toContain(line);
    // A clinic named beside its treatment is no rival: its "What to expect at Brightwater" section still claims.
    expect(auditSubject('tms').claims.filter((claim) => claim.path.endsWith('a.md') && claim.span.start.line === 20).map((claim) => claim.key)).toEqual(['session-length']);
  });
  // Thirteenth round: five health subjects written blind (8 of 28 planted pairs found by the session's starting build
  // and by the build with round 12's fixes), three products with their writer's rule sets.
  it('round 13 health articles: pain, effect sizes, counts, durations and side effects in their own wordings meet', () => {
    expectFlagged(auditSubject('miradry'), [
      'range relief-duration: a.md:16 vs c.md:20',
      'range sessions-needed: a.md:23 vs b.md:28',
      'polarity procedure-pain: a.md:24 vs c.md:24',
      'range efficacy-rate/sweat-reduction: a.md:25 vs b.md:24',
    ]);
    expectFlagged(auditSubject('chelation'), ['polarity side-effect: a.md:29 vs b.md:38', 'polarity side-effect: a.md:29 vs c.md:38', 'range session-length: a.md:37 vs c.md:14']);
    // "she did a full course in 2021": a year, no count.
    expect(sidesOn(auditSubject('chelation'), 'sessions-needed')).not.toContain('c.md:16');
    expectFlagged(auditSubject('sclerotherapy'), ['range sessions-needed: a.md:28 vs b.md:22']);
    const seeds = auditSubject('earseeds');
    expectFlagged(seeds, ['range efficacy-rate/success: a.md:27 vs b.md:22', 'range onset: a.md:29 vs c.md:19', 'range sessions-needed: a.md:39 vs c.md:17']);
    // "Common uses: … nausea" and "proven care for insomnia" name no side effects.
    for (const line of ['c.md:16', 'b.md:28', 'b.md:40']) expect(sidesOn(seeds, 'side-effect')).not.toContain(line);
    expectFlagged(auditSubject('tonguetie'), ['polarity procedure-pain: a.md:25 vs b.md:22']);
  });

  it("round 13 products, with user rule sets: a no-logs policy's audit, a rival's figure, an earlier policy and a previous machine", () => {
    const vpn = auditSubject('vpn', 'fixtures/rules/vpn.yaml');
    expectFlagged(vpn, ['exclusive no-logs-audit: a.md:33 vs b.md:20', 'range refund-window/refund: a.md:67 vs c.md:21', 'range server-count/servers: a.md:43 vs b.md:16']);
    // "Before 2022, the refund window was 14 days"; "against 18% for Harborline and 31% for Nimbus Shield".
    expect(sidesOfAll(vpn)).not.toContain('a.md:71');
    expect(sidesOn(vpn, 'speed-loss')).toEqual([]);
    const espresso = auditSubject('espresso', 'fixtures/rules/espresso.yaml');
    expectFlagged(espresso, ['range warranty/warranty: a.md:25 vs c.md:19', 'exclusive ul-certification: a.md:29 vs b.md:34', 'range price/list-price: a.md:37 vs b.md:20']);
    // "For perspective, my old Rossetti Duo takes 8 minutes to heat up".
    expect(sidesOfAll(espresso)).not.toContain('c.md:15');
    expectFlagged(auditSubject('smartlock', 'fixtures/rules/smartlock.yaml'), ['range battery-life/battery-life: a.md:17 vs b.md:21', 'range warranty/warranty: a.md:33 vs b.md:27']);
  });

  it('round 14 health articles: side effects admitted, a share the treatment lowers stress in, an approval criterion', () => {
    const report = auditSubject('ashwagandha');
    expectFlagged(report, [
      // "CalmRoot has no known side effects" against "it is not side-effect free".
      'polarity side-effect: a.md:16 vs b.md:29',
      // "an FDA-approved formula for everyday stress support" against "not approved by the FDA for safety or
      // effectiveness": safety and effectiveness are what approval judges, not a use.
      'exclusive regulatory-status: a.md:28 vs b.md:45',
    ]);
    // "lowers stress in 92% of the people who take it"; "feel noticeably calmer within three days".
    expect(claimsOn(report, 'efficacy-rate')).toContain('efficacy-rate/success a.md:20');
    expect(claimsOn(report, 'onset')).toContain('onset a.md:13');
    expectFlagged(auditSubject('emdr'), ['polarity side-effect: a.md:16 vs b.md:43']);
  });

  it("round 14 products: an older model it replaces, a launch sale, a sibling tier and a claim the owner distrusts", () => {
    const kestrel = auditSubject('kestrel', 'fixtures/rules/kestrel.yaml');
    // "It replaces the Kestrel Band 3, which lasted 9 days" and "trailmike: My old Band 3 went 10 days…" are the old
    // model's, so the Band 4's 14 days meets the owner's six.
    expectFlagged(kestrel, ['range battery-life: a.md:14 vs c.md:15']);
    expect(sidesOfAll(kestrel)).not.toContain('c.md:34');
    // "Got mine for $119 in the launch sale".
    expect(claimsOn(kestrel, 'price')).toContain('price@promotion c.md:36');
    // "During the launch, it sold for $139"; 'The box shouts "80 Nm of torque", which I'd be wary of.'
    const halvard = auditSubject('halvard', 'fixtures/rules/halvard.yaml');
    expect(claimsOn(halvard, 'price')).toContain('price@promotion b.md:43');
    expect(sidesOn(halvard, 'price')).not.toContain('b.md:43');
    // "Furlong Basic, at $22 a month, reimburses 70%" is a sibling tier of `furlong-complete`.
    expect(claimsOn(auditSubject('furlong', 'fixtures/rules/furlong.yaml'), 'premium')).toContain('premium@basic a.md:18');
  });

  it('table rows: the row label says what its cell counts and measures', () => {
    // "| Servers | 1,400 |" counts servers; "| Simultaneous devices | 8 |" devices.
    const vpn = auditSubject('vpn', 'fixtures/rules/vpn.yaml');
    expectFlagged(vpn, ['range devices/simultaneous: b.md:17 vs c.md:23']);
    expect(claimsOn(vpn, 'server-count')).toContain('server-count/servers b.md:16');
    // "When one server gets blocked, another one … usually works": one of many, no count of one.
    expect(claimsOn(vpn, 'server-count')).not.toContain('server-count/servers c.md:25');
    // "| Pump pressure | 15 bar |" claims on its own, and its row label names the measure: the pump's rating.
    expectFlagged(auditSubject('espresso', 'fixtures/rules/espresso.yaml'), ['range pump-pressure/pump-rating: b.md:16 vs b.md:28']);
  });

  it('a product passed over in a choice is a rival, and so is what its relative clause says', () => {
    // "…why I picked the E7 over the Kessler Arc, whose battery warranty is only 5 years or 60,000 miles", where the
    // document writes its subject as "2023 Voltaro E7".
    const ev = auditSubject('evbattery', 'fixtures/rules/evbattery.yaml');
    expect(claimsOn(ev, 'warranty-years').filter((claim) => claim.endsWith('c.md:30'))).toEqual(['warranty-years/battery-warranty c.md:30']);
  });

  it("a table of treatments by measure: the subject's row is read with its headers, and the headers name no rivals", () => {
    // "| Treatment | Typical sessions | Downtime | Best for |" over "| IPL photofacial | 3–5 | 0–2 days of redness | … |",
    // in an article that writes its subject as a name ("No IPL device is FDA approved").
    const report = auditSubject('ipl');
    expect(claimsOn(report, 'sessions-needed')).toEqual(expect.arrayContaining(['sessions-needed b.md:19', 'sessions-needed b.md:45']));
    expect(claimsOn(report, 'recovery-time')).toEqual(expect.arrayContaining(['recovery-time b.md:25', 'recovery-time b.md:45']));
    // The other rows are other treatments.
    expect(claimsOn(report, 'recovery-time').filter((claim) => /b\.md:4[678]$/.test(claim))).toEqual([]);
    expectFlagged(report, ['range sessions-needed: a.md:15 vs b.md:19']);
  });

  it('an earlier model of the same brand is another product, by its model number too', () => {
    // "Owners of the older Marlin P5 may also want to wait: the P5 sold for $999", beside the Marlin P7's $1,299.
    const report = auditSubject('marlin', 'fixtures/rules/marlin.yaml');
    expect(claimsOn(report, 'price').filter((claim) => claim.endsWith('b.md:49'))).toEqual([]);
    expect(claimsOn(report, 'price').filter((claim) => claim.endsWith('b.md:16'))).toEqual(['price b.md:16']);
  });

  it('the consistent corpora of rounds 17 to 22 report no contradiction (each lists 85 or more near-misses)', () => {
    const round19 = ['cryotherapywart', 'kneebrace', 'iontophoresis'];
    const round20 = ['ear-tubes', 'saw-palmetto'];
    const round21 = ['knee-arthroscopy', 'probiotic-for-ibs'];
    const round22 = ['tooth-extraction', 'fish-collagen-gummies', 'shoulder-physio'];
    for (const subject of ['rootcanal', 'cortisone', 'vasectomy', 'fishoil', 'co2laser', 'tonsillectomy', 'dermaplaning', 'hipreplacement', 'zinclozenge', 'ledtherapy', ...round19, ...round20, ...round21, ...round22]) {
      expect(auditSubject(subject).contradictions.map(describeContradiction), subject).toEqual([]);
    }
  });

  // Round 22: four health subjects with an answer key (27 planted), and two products with rule sets their writer made
  // from the README alone. Every contradiction below is planted, unless a comment says otherwise.
  it('round 22: insurance coverage, a sting, an injection that stung, a quoted pitch and a session that marks a time', () => {
    expect(auditSubject('lasik-alternative-icl').contradictions.map(describeContradiction)).toEqual([
      'exclusive regulatory-status: a.md:16 vs b.md:29',
      'range session-length: a.md:22 vs b.md:16',
      // Not b.md:37 against itself: its 'selling point … is "no dry eye."' is a pitch the article refutes.
      'polarity side-effect/dry-eyes: a.md:24 vs b.md:37',
      'polarity insurance-coverage: a.md:46 vs c.md:26',
      'range recovery-time: b.md:14 vs b.md:47',
    ]);
    expect(auditSubject('sinus-rinse').contradictions.map(describeContradiction)).toEqual([
      'polarity side-effect/stinging: a.md:15 vs b.md:28',
      'range onset: a.md:16 vs c.md:22',
      'range efficacy-rate/success: a.md:17 vs b.md:32',
    ]);
    // Left: b.md:32's diarrhea is magnesium oxide's ("With magnesium oxide, diarrhea affects up to a quarter"), another
    // form of the subject, against a.md:24's denial for glycinate.
    expectFlagged(auditSubject('magnesium-glycinate'), ['polarity side-effect/diarrhea: a.md:24 vs c.md:33']);
    // Not a.md:42's "no risk of rejection or of catching an infection from a donor" against swelling: it names what it
    // denies.
    expect(auditSubject('tennis-elbow-prp').contradictions.map(describeContradiction)).toEqual([
      'exclusive regulatory-status: a.md:16 vs b.md:26',
      'range efficacy-rate/success: a.md:20 vs c.md:20',
      'range sessions-needed: a.md:21 vs c.md:28',
      'range onset: a.md:22 vs c.md:24',
      'polarity procedure-pain: a.md:23 vs b.md:20',
      'polarity insurance-coverage: a.md:36 vs c.md:32',
    ]);
  });

  it("round 22's products, with their writer's rule sets: every planted kind found", () => {
    expectFlagged(auditSubject('verdant-ridge-hoodie', 'fixtures/rules/verdant-ridge-hoodie.yaml'), [
      'range weight: a.md:13 vs c.md:12',
      'range fill-power: a.md:12 vs b.md:26',
      'range warranty: a.md:35 vs c.md:24',
      'range return-window: a.md:39 vs b.md:42',
      'exclusive water-protection: a.md:23 vs c.md:16',
      'exclusive care: a.md:31 vs c.md:20',
    ]);
    expectFlagged(auditSubject('brightpath-credit-card', 'fixtures/rules/brightpath-credit-card.yaml'), [
      'range annual-fee: a.md:47 vs c.md:32',
      'polarity foreign-transaction-fee: a.md:14 vs c.md:16',
      'polarity lounge-access: a.md:31 vs b.md:21',
      'polarity points-expire: a.md:35 vs c.md:42',
    ]);
  });

  // Round 23: four health subjects with an answer key (26 planted) and a consistent corpus (150 near-misses) that still
  // shows false pairs (see the README); held here is what its fixes changed.
  it('round 23: a family\'s insurance, a sham arm, a comparator past its aside, the full result and a study\'s subgroup', () => {
    expect(sidesOn(auditSubject('vitamin-d-drops'), 'insurance-coverage')).toEqual([]);
    const shockwave = auditSubject('plantar-fasciitis-shockwave');
    expect(sidesOn(shockwave, 'onset')).toEqual([]);
    expect(sidesOn(shockwave, 'relief-duration')).toEqual([]);
    // "where patients receive a fake treatment …, roughly 30 to 40 percent also improve".
    expect(sidesOfAll(shockwave)).not.toContain('c.md:35');
    // "In one small dermatology study of people with rosacea, improvements took closer to eight weeks".
    expect(sidesOfAll(auditSubject('hyaluronic-serum'))).not.toContain('c.md:18');
    expectFlagged(auditSubject('invisalign-teens'), ['range course-length: a.md:28 vs c.md:26']);
  });

  // Round 24: four health subjects with an answer key (24 planted, 26 traps), a consistent corpus (134 near-misses)
  // and two products with their writer's rule sets. Every contradiction below is planted, unless a comment says
  // otherwise; held here is what the round's fixes changed.
  it('round 24: wear time, time from the start of use, vision plans, a vehicle arm and what lasts besides relief', () => {
    // "wearing them for 4 to 6 hours a day" against "roughly 14 to 16 hours a day", in one article.
    expectFlagged(auditSubject('compression-stockings'), ['range wear-time: b.md:21 vs b.md:51']);
    expect(auditSubject('eczema-wet-wraps').contradictions.map(describeContradiction)).toEqual([
      'range wear-time: a.md:29 vs c.md:15',
      'range onset: a.md:36 vs b.md:13',
      'range efficacy-rate/success: a.md:38 vs b.md:34',
      'polarity side-effect/infection: a.md:44 vs c.md:19',
      'range course-length: b.md:21 vs b.md:49',
    ]);
    const glasses = auditSubject('blue-light-glasses');
    expectFlagged(glasses, ['range onset: a.md:24 vs b.md:34', 'polarity insurance-coverage: b.md:48 vs c.md:35']);
    // "Put them on about 30 to 60 minutes before bedtime for best results" is advice, not how soon they work.
    expect(sidesOn(glasses, 'onset')).not.toContain('a.md:49');
    const tretinoin = auditSubject('tretinoin');
    expectFlagged(tretinoin, ['range onset: a.md:26 vs b.md:15']);
    // "In the vehicle group of a typical 12-week acne trial, … only about 25 to 30 percent of people improved".
    expect(sidesOfAll(tretinoin)).not.toContain('b.md:47');
    // The consistent corpus: a trial period, a charge and one's sensitivity that "last" are no relief. Left: "Mine
    // lasts all day" (a charge, unnamed) against how many years the aids last.
    expect(auditSubject('teeth-whitening').contradictions).toEqual([]);
    expect(auditSubject('air-fryer').contradictions).toEqual([]);
    const aids = sidesOfAll(auditSubject('hearing-aids'));
    for (const line of ['b.md:31', 'c.md:61']) expect(aids).not.toContain(line);
  });

  it("round 24's products, with their writer's rule sets: the planted pairs found", () => {
    expectFlagged(auditSubject('torvik-drill', 'fixtures/rules/torvik-drill.yaml'), [
      'range torque: a.md:18 vs b.md:23',
      'range weight/bare: a.md:21 vs b.md:30',
      'range charge-time/large-pack: a.md:28 vs c.md:15',
      'polarity case-included: a.md:33 vs b.md:43',
      'range warranty/tool: a.md:46 vs c.md:13',
    ]);
    expectFlagged(auditSubject('lumenet-fiber', 'fixtures/rules/lumenet-fiber.yaml'), [
      'range speed/upload: a.md:18 vs b.md:27',
      'range monthly-price/regular: a.md:19 vs b.md:33',
      'polarity data-cap: a.md:21 vs c.md:23',
      'polarity contract: a.md:22 vs b.md:39',
      'polarity router-included: c.md:15 vs c.md:39',
    ]);
  });

  // Round 25: four health subjects with an answer key (24 planted, 28 traps) and a consistent corpus (143
  // near-misses) that still shows false pairs (see the README); held here is what its fixes changed.
  it("round 25: a condition that opens the sentence, a denial of feeling anything, reimbursement, a poster's plan", () => {
    const lamp = auditSubject('light-therapy-lamp');
    expectFlagged(lamp, ['range efficacy-rate/success: a.md:25 vs c.md:25', 'polarity insurance-coverage: b.md:43 vs c.md:49']);
    // "For non-seasonal depression, response rates are lower, roughly 30 to 40 percent".
    expect(sidesOfAll(lamp)).not.toContain('b.md:37');
    const banding = auditSubject('hemorrhoid-banding');
    expectFlagged(banding, ['polarity insurance-coverage: a.md:59 vs b.md:57', 'range recovery-time: b.md:31 vs c.md:37']);
    // "On insurance: mine covered it, Blue Cross PPO, $40 copay each time."; '"It hurts worse than childbirth," my
    // brother-in-law warned me beforehand.' (which the poster calls nonsense).
    expect(sidesOfAll(banding)).not.toContain('c.md:27');
    expect(sidesOfAll(banding)).not.toContain('c.md:21');
    // "Mine start losing their grip after about three weeks of daily use".
    expect(auditSubject('tens-unit').contradictions).toEqual([]);
    expect(auditSubject('smart-doorbell').contradictions).toEqual([]);
    // Under "## The old approach: stripping", the older operation's "two to four weeks" back to normal activity.
    expect(sidesOfAll(auditSubject('vein-ablation'))).not.toContain('b.md:13');
    // "You won't feel a thing."
    expect(auditSubject('punctal-plugs').claims.filter((claim) => claim.topic === 'procedure-pain').map((claim) => `${claim.path.split('/').pop()}:${claim.span.start.line} ${claim.polarity}`)).toContain('a.md:26 negated');
  });

  // Round 26: four health subjects with an answer key (24 planted, 32 traps), three consistent subjects (138
  // near-misses) and two products with their rule author's first drafts; held here is what its fixes changed.
  it('round 26: symptoms reported less, nerve injury, skin irritation, past-tense sessions, an options table', () => {
    expectFlagged(auditSubject('rhodiola'), ['range efficacy-rate/success: a.md:15 vs b.md:14']);
    // "a modest effect on mental fatigue", "effects on fatigue showed up": what it treats, not a side effect.
    expect(claimsOn(auditSubject('rhodiola'), 'side-effect').filter((claim) => /fatigue (?:b\.md:1[48])$/.test(claim))).toEqual([]);
    const chin = auditSubject('deoxycholic-chin');
    expectFlagged(chin, ['polarity side-effect/nerve-damage: a.md:14 vs b.md:34', 'range sessions-needed: a.md:12 vs b.md:12']);
    // "| Submental liposuction | … | About a week in a compression strap |" under "| Option | … |".
    expect(sidesOfAll(chin)).not.toContain('b.md:25');
    expectFlagged(auditSubject('wellness-cgm'), ['polarity side-effect/irritation: a.md:21 vs b.md:36']);
    expectFlagged(auditSubject('cbt-i'), ['range session-length: a.md:31 vs c.md:16']);
  });

  it('round 26: a myth quoted under "Myth check", "For comparison" with no comma, other areas off-label; consistent corpora', () => {
    // Left: "Using it on jowls, the bra line or knees is off-label" against the approval for fat below the chin.
    expect(auditSubject('deoxycholic-chin-injections').contradictions.map(describeContradiction)).toEqual(['exclusive regulatory-status: a.md:33 vs b.md:67']);
    expect(auditSubject('psyllium-husk').contradictions).toEqual([]);
    expect(auditSubject('induction-cooktop').contradictions).toEqual([]);
  });

  it("round 26 products, the rule author's first drafts: a discount's percentage, a case opened with 'if', a reason's figures", () => {
    const policy = auditSubject('brackenford-complete', 'fixtures/rules/brackenford-complete.yaml');
    // "a no-claims discount of up to 60%" (a percentage after "discount" was taken for a price cut).
    expectFlagged(policy, ['range no-claims-discount: a.md:27 vs b.md:19', 'range excess: a.md:25 vs b.md:16']);
    // "One thing to watch: if you claim within the first 60 days of the policy, the excess is £400".
    expect(claimsOn(policy, 'excess')).toContain('excess@if-claim-within-first c.md:17');
    expect(sidesOfAll(policy)).not.toContain('c.md:17');
    const station = auditSubject('tundrix-p1500', 'fixtures/rules/tundrix-p1500.yaml');
    expectFlagged(station, ['range capacity: a.md:12 vs b.md:15', 'range warranty: a.md:34 vs b.md:18', 'polarity car-cable: a.md:29 vs b.md:42']);
    // "The Tundrix P900, our compact model, has a 1,024 Wh battery, weighs 11 kg and recharges in about 2 hours";
    // "My first wall recharge took 5 hours because the battery was cold after a night in the van".
    expect(sidesOfAll(station)).not.toContain('a.md:42');
    expect(sidesOfAll(station)).not.toContain('c.md:17');
  });

  // Round 27: four health subjects with an answer key (28 planted, 31 traps), three consistent subjects (113
  // near-misses) and two products with their rule author's first drafts; held here is what its fixes changed.
  it('round 27: what most owners notice within a week, a conditional approval, hearsay the poster read, a rival before "whereas"', () => {
    const dogs = auditSubject('dog-arthritis-injection');
    // "most owners notice their dog moving more comfortably within 7 days"; "holds conditional approval from the FDA,
    // … while the company completes the effectiveness studies needed for full approval" (not a use called "full approval").
    expectFlagged(dogs, ['range onset: a.md:14 vs b.md:20', 'exclusive regulatory-status: a.md:16 vs b.md:14']);
    // "I read somewhere that only about a third of dogs improve at all"; "We did carprofen for years and honestly it
    // worked within hours, whereas Loxenta was more gradual".
    for (const line of ['c.md:9', 'c.md:35']) expect(sidesOfAll(dogs)).not.toContain(line);
    // "children experience no light sensitivity"; "Clarimyo has no rebound effect".
    const drops = claimsOn(auditSubject('myopia-atropine-drops'), 'side-effect');
    expect(drops).toEqual(expect.arrayContaining(['side-effect/light-sensitivity a.md:14', 'side-effect/rebound a.md:41', 'side-effect/light-sensitivity b.md:20']));
    // "Other options exist. Low-dose atropine drops … causing more light sensitivity": the paragraph is about the others.
    expect(sidesOfAll(auditSubject('orthok'))).not.toContain('c.md:28');
    // "the 1.5 L hopper usually lasts me most of a week" is no relief, nor "It lasted 19 days on a charge".
    for (const subject of ['nightguard', 'loungepass']) expect(auditSubject(subject).contradictions.map(describeContradiction), subject).toEqual([]);
    // Only the battery set's runtimes, which the round's key calls near misses: an owner's "Battery only lasted 9 days
    // this week" (a freezing week, two posts on) against the maker's "typically runs 2–4 weeks" and another owner's 19
    // days in October. Nothing in the sentence says so; an editor reads the thread.
    expect(auditSubject('birdfeeder').contradictions.map(describeContradiction)).toEqual(['range battery-runtime: a.md:23 vs c.md:8', 'range battery-runtime: b.md:32 vs c.md:8']);
  });

  it("round 27 products, the rule author's first drafts: the maker's own table, a full price paid, past seasons, modes, lead times", () => {
    const pass = auditSubject('tamarack-pass', 'fixtures/rules/tamarack-pass.yaml');
    // "| | Summit Pass | Weekday Pass | Bellcrest Unlimited |": the subject's column; "I paid $899 for the adult pass at
    // the regular rate"; "If you change your mind, you can get your money back within a month of buying".
    expectFlagged(pass, ['range price: a.md:27 vs b.md:14', 'polarity blackout-dates: a.md:29 vs c.md:10', 'range refund-window: b.md:29 vs c.md:17']);
    // "| Pass insurance | Included |" read as "Pass insurance: Included".
    expect(claimsOn(pass, 'pass-insurance')).toContain('pass-insurance a.md:31');
    // "Last season the same pass cost $799"; "Before 2023, the Summit Pass had blackout dates"; "book a day ahead".
    expect(claimsOn(pass, 'price')).toContain('price@last-season b.md:14');
    expect(claimsOn(pass, 'blackout-dates')).toContain('blackout-dates@before-2023 c.md:13');
    expect(claimsOn(pass, 'partner-days')).not.toContain('partner-days a.md:55');
    const washer = auditSubject('brellin-pw40', 'fixtures/rules/brellin-pw40.yaml');
    // "On Eco mode I get about 50 minutes"; "The old PW30 only had a 1-year warranty".
    expect(sidesOfAll(washer)).not.toContain('c.md:17');
    expect(claimsOn(washer, 'warranty').filter((claim) => claim.endsWith('c.md:28'))).toEqual([]);
  });

  // Round 28: four health subjects with an answer key (26 planted, 33 traps) and two products with their rule
  // author's first drafts; held here is what its fixes changed.
  it('round 28: no reported side effects, an inactive device, self-pay only, a provider that does not accept insurance, "the only" aside', () => {
    const snoring = auditSubject('tongue-trainer-snoring');
    expectFlagged(snoring, ['polarity side-effect: a.md:41 vs b.md:32']);
    // "19% of people using an inactive device also reported less snoring".
    expect(sidesOfAll(snoring)).not.toContain('b.md:20');
    const peanut = auditSubject('peanut-oit-kids');
    expectFlagged(peanut, ['polarity insurance-coverage: a.md:16 vs b.md:36']);
    // "the large trial behind Aralvo, the only peanut powder approved by the FDA for children aged 4 to 17".
    expect(sidesOfAll(peanut)).not.toContain('b.md:16');
    expectFlagged(auditSubject('oral-minoxidil-rx'), ['polarity insurance-coverage: a.md:16 vs b.md:38']);
  });

  it("round 28 products, the rule author's first drafts: a sibling's column, an owner's price, 'Back in 2022'", () => {
    const printer = auditSubject('corvane-p2', 'fixtures/rules/corvane-p2.yaml');
    // "| | Corvane P2 | Corvane P2 Max | Brakk F1 |"; "I paid $599 at the local shop."
    expect(claimsOn(printer, 'price')).toEqual(expect.arrayContaining(['price a.md:26', 'price c.md:37']));
    // "Back in 2022 the notice period was 14 days, so 7 is an improvement."
    const storage = auditSubject('stowbay-flex', 'fixtures/rules/stowbay-flex.yaml');
    expect(sidesOfAll(storage)).not.toContain('c.md:29');
    expectFlagged(storage, ['range notice: a.md:16 vs c.md:11']);
  });

  it('round 29: onset no sooner than a denied time, a use after a new predicate, a program in sessions, the 1980s, a discharge sheet', () => {
    // "Don't expect visible improvement before two to three months"; "no real change for the first four to six weeks".
    expectFlagged(auditSubject('isotretinoin'), ['range onset: b.md:30 vs c.md:18']);
    const rehab = auditSubject('vestibular-rehab');
    expectFlagged(rehab, ['range onset: b.md:32 vs c.md:18', 'range sessions-needed: a.md:19 vs c.md:14', 'exclusive regulatory-status: a.md:25 vs b.md:38']);
    // "In the 1980s, patients … stayed in the hospital for three to four days"; "… according to the discharge sheet".
    const stones = auditSubject('kidney-stone-lithotripsy');
    expect(sidesOn(stones, 'hospital-stay')).toEqual([]);
  });

  it('round 29 consumer subjects with the built-in rules alone: warranties and free trials from the commerce set', () => {
    expect(auditSubject('dog-calming-vest').contradictions.map(describeContradiction)).toEqual(['range onset: a.md:21 vs c.md:12', 'range warranty: b.md:43 vs b.md:51']);
    expectFlagged(auditSubject('ceramic-coating-kit'), ['range warranty: c.md:38 vs c.md:46']);
    expectFlagged(auditSubject('piano-learning-app'), ['range free-trial: b.md:13 vs b.md:43']);
    // "The only warranty Duskwell offers is a 90-day warranty" is the lantern's own.
    expectFlagged(auditSubject('mosquito-lantern'), ['range warranty: b.md:35 vs b.md:47']);
  });

  it("round 29 products, the rule author's first drafts: a condition, a wish, a forum's members", () => {
    // "In very cold weather, battery life may fall to around 9 days"; "- Anyone who wants a month between charges."
    const tracker = auditSubject('pawtrail-go', 'fixtures/rules/pawtrail-go.yaml');
    expectFlagged(tracker, ['range battery-life: a.md:17 vs b.md:15']);
    expect(sidesOfAll(tracker)).not.toContain('a.md:21');
    expect(sidesOfAll(tracker)).not.toContain('b.md:49');
    expectFlagged(auditSubject('frostwell-arctis-12', 'fixtures/rules/frostwell-arctis-12.yaml'), ['range warranty: a.md:44 vs b.md:40', 'range price: a.md:42 vs b.md:38']);
  });

  it("round 30: healing and rest, the whole visit, a study's length, a period before an event", () => {
    // "The toe fully heals in 7–10 days"; "Expect 2–3 days off your feet"; "Before phenol became standard in the 1970s, …".
    const toe = auditSubject('ingrown-toenail-surgery');
    expectFlagged(toe, ['range recovery-time: a.md:45 vs c.md:42', 'range recovery-time@full: b.md:42 vs c.md:53']);
    expect(sidesOfAll(toe)).not.toContain('b.md:31');
    // "please plan to be with us for 3 to 5 hours" against "8 to 10 hours from check-in to the final bandage".
    expectFlagged(auditSubject('mohs-surgery'), ['range session-length@visit: a.md:38 vs c.md:28']);
    // "It takes 6–8 weeks before changes show"; "clinical trials lasting about 3 months reported the clearest results".
    const rice = auditSubject('red-yeast-rice');
    expectFlagged(rice, ['range onset: b.md:29 vs c.md:39']);
    expect(sidesOfAll(rice)).not.toContain('c.md:41');
  });

  it("round 31: a dose that stays active, a benefit that fades after stopping, a session that ran long, a vaccine that protects", () => {
    // "Each session lasts 50 minutes" against "Every session at the clinic ran to about an hour and a half"; "the
    // benefits last at least five years" against "it typically faded within six months of the sessions stopping".
    expectFlagged(auditSubject('gut-hypnotherapy-ibs'), ['range session-length: a.md:18 vs b.md:25', 'range relief-duration: a.md:31 vs c.md:18']);
    // "The enzyme stays active for roughly 30 to 45 minutes" against "keeps working for a good three to four hours".
    expectFlagged(auditSubject('lactase-enzyme-tablets'), ['range relief-duration: a.md:30 vs b.md:40']);
    // "the typhoid vaccine protects roughly 50 to 80 percent of people" against "more than 90 percent effective".
    expectFlagged(auditSubject('travel-vaccine-clinic'), ['range efficacy-rate/success: a.md:37 vs c.md:27']);
    expectFlagged(auditSubject('mohs-clinic-saturday'), ['polarity drive-home: a.md:40 vs b.md:33']);
  });

  it('round 32: pregnancy, the NHS, a general anaesthetic and a patch worn for days; an age, an in-office session and a dated story are no claims', () => {
    // "It is also suitable during pregnancy" against "We don't recommend CoQ10 during pregnancy or breastfeeding".
    expectFlagged(auditSubject('coq10-ubiquinol'), ['polarity pregnancy: a.md:38 vs c.md:45']);
    expectFlagged(auditSubject('lactase-enzyme-tablets'), ['polarity pregnancy: a.md:50 vs c.md:44']);
    // "carried out under local anaesthetic … so you stay awake" against "put fully to sleep for the operation";
    // "it isn't available on the NHS" against "carried out on the NHS free of charge".
    expectFlagged(auditSubject('earlobe-repair'), ['polarity general-anaesthesia: a.md:24 vs c.md:17', 'polarity nhs-availability: a.md:48 vs b.md:19']);
    expectFlagged(auditSubject('mohs-clinic-saturday'), ['polarity general-anaesthesia: a.md:29 vs c.md:30']);
    // "available on the NHS through a GP referral" against "isn't offered on the NHS"; "The patches remain on your
    // back for 48 hours" against "left on for four full days".
    const patch = auditSubject('patch-testing-clinic');
    expectFlagged(patch, ['polarity nhs-availability: a.md:13 vs b.md:38', 'range wear-time: a.md:28 vs b.md:15']);
    // "Skin prick testing … is a different test altogether and gives results within about 20 minutes"; "that
    // substance is causing your rash" is the patient's own complaint, and "not a test for … hives" no denial.
    expect(sidesOn(patch, 'onset')).not.toContain('a.md:49');
    expect(sidesOn(patch, 'side-effect')).not.toContain('a.md:45');
    // "My grandmother had her veins stripped in 1998, general anaesthetic and a night in hospital" is history.
    expect(sidesOn(auditSubject('vein-ablation'), 'general-anaesthesia')).toEqual([]);
    // "her eleven-year-old son … has been through a full course" is no course of 11 years; "A single in-office
    // session is $150" is no single session needed.
    const vision = auditSubject('vision-therapy-convergence');
    expect(sidesOn(vision, 'course-length')).not.toContain('b.md:5');
    expect(sidesOn(vision, 'sessions-needed')).not.toContain('a.md:45');
    // Under "Symptoms can include:", "- headaches or eye strain during reading" are the condition's, not side effects.
    expect(claimsOn(vision, 'side-effect')).not.toContain('side-effect/headache c.md:11');
  });

  it('finance with the built-in rules alone: APRs and APYs disagree; a rival set against the subject, a past rate and a 0% offer do not', () => {
    // "Pay Monthly APRs range from 9.99% to 29.99%" against "Pay Monthly plans carry APRs from 32% to 35.99%".
    expectFlagged(auditSubject('paywren-split'), ['range apr: a.md:21 vs b.md:27']);
    // "fixed APRs from 7.49% to 24.99%" against "APRs top out at 29.99%"; not "Back in 2021, Quillmark's lowest
    // advertised APR was 5.99%", nor "Halbrook's APRs start at 6.99%, a bit below Quillmark's floor".
    const loan = auditSubject('personal-loan');
    expectFlagged(loan, ['range apr: a.md:14 vs b.md:19']);
    expect(sidesOn(loan, 'apr')).not.toContain('b.md:22');
    expect(sidesOn(loan, 'apr')).not.toContain('c.md:53');
    expectFlagged(auditSubject('savings'), ['range apy: a.md:6 vs b.md:6']);
    // "a 0% intro APR on purchases" is an offer, and "The APR for cash advances is 29.99%" another rate.
    const card = auditSubject('travelcard');
    expectFlagged(card, ['range apr: a.md:36 vs c.md:28']);
    const rates = card.claims.filter((claim) => claim.topic === 'apr').map((claim) => (claim.value.type === 'interval' ? claim.value.text : ''));
    expect(rates.filter((rate) => rate.startsWith('0%') || rate.startsWith('29.99%'))).toEqual([]);
  });

  it("two products' rule sets in one run, each scoped by `subjects:`, leave each other's articles alone", () => {
    // Round 31's author ran both final sets at once and lost the clinic's price pair to the insurer's rules.
    const folder = mkdtempSync(join(tmpdir(), 'claim-audit-scoped-'));
    try {
      const scoped = ['ferncastle-home-cover', 'calmleaf-hypnotherapy'].map((subject) => {
        const file = join(folder, `${subject}.yaml`);
        writeFileSync(file, readFileSync(`fixtures/rules/${subject}.yaml`, 'utf8').replace(/^id: (.*)$/m, `id: $1\nsubjects: [${subject}]`));
        return file;
      });
      const both = (rules: string[]): string[] =>
        audit({ paths: ['fixtures/held-out/ferncastle-home-cover', 'fixtures/held-out/calmleaf-hypnotherapy'], config: false, rules }).contradictions.map((found) => `${found.subject} ${describeContradiction(found)}`);
      const price = 'calmleaf-hypnotherapy range cl-price/single: a.md:34 vs c.md:24';
      expect(both(['fixtures/rules/ferncastle-home-cover.yaml', 'fixtures/rules/calmleaf-hypnotherapy.yaml'])).not.toContain(price);
      expect(both(scoped)).toContain(price);
      // Each set's examples and pairs are read as articles on its own subject.
      const { failures } = runRuleExamples(loadRuleSets(scoped, process.cwd()));
      expect(failures).toEqual([]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('round 33 health: a referral, local anaesthesia, a scan and a blood level; the whole appointment is no scan', () => {
    // "No referral needed" against "You'll need a referral from your endocrinologist"; "under local anaesthesia only;
    // you remain awake" against "performed under general anaesthesia".
    expectFlagged(auditSubject('thyroid-rfa'), [
      'polarity general-anaesthesia: a.md:15 vs c.md:18',
      'range sessions-needed: a.md:22 vs d.md:25',
      'polarity referral: a.md:36 vs d.md:17',
      'range recovery-time: b.md:24 vs d.md:29',
    ]);
    // "The calm from one capsule typically lasts 8 to 10 hours" against "A single dose typically wears off within two
    // to three hours".
    expectFlagged(auditSubject('l-theanine'), ['range relief-duration: b.md:19 vs d.md:21', 'exclusive regulatory-status: b.md:25 vs d.md:17']);
    // "The scan takes around 6 to 8 minutes" against "The scan itself takes 20 to 30 minutes"; not "Allow about 45 to
    // 60 minutes for the whole appointment, including changing, the scan and a short review".
    const dexa = auditSubject('dexa-body-scan');
    expect(dexa.contradictions.map(describeContradiction)).toEqual([
      'range session-length: a.md:13 vs c.md:18',
      'polarity referral: a.md:30 vs d.md:13',
      'polarity insurance-coverage: c.md:34 vs d.md:29',
    ]);
    // "most vision insurance plans cover thermal pulsation" against "It's not covered by medical or vision insurance".
    expectFlagged(auditSubject('thermal-pulsation-dry-eye'), ['polarity insurance-coverage: c.md:30 vs d.md:29']);
    // "Blood levels … plateau after about a week of daily use" against "three to four weeks … to reach a steady
    // state", and neither against "any effect on fatigue … only after two to three months".
    const coq10 = auditSubject('coq10-ubiquinol');
    expectFlagged(coq10, ['range blood-levels: a.md:30 vs c.md:27', 'exclusive regulatory-status: b.md:9 vs c.md:17']);
    expect(sidesOn(coq10, 'onset')).not.toContain('c.md:27');
    // "if reading fatigue is affecting their work" names no side effect.
    expect(sidesOn(auditSubject('vision-therapy-convergence'), 'side-effect')).not.toContain('c.md:48');
  });

  it("round 33 consumer and finance with the built-in rules alone: waterproof, a foreign fee and a hard credit check; a roundup's other entries are rivals", () => {
    // "## 2. Brightwave Go: best battery" then "- Rated IP67 waterproof" and "rated for 24 hours per charge".
    expect(auditSubject('cobbleway-pulse-3').contradictions.map(describeContradiction)).toEqual([
      'range battery-runtime: a.md:16 vs b.md:31',
      'polarity waterproof: a.md:18 vs c.md:26',
      'range warranty: a.md:43 vs d.md:26',
    ]);
    // "Many credit unions offer secured cards with APRs under 18%" is other issuers' rate.
    expect(auditSubject('mosswood-secured-card').contradictions.map(describeContradiction)).toEqual([
      'polarity foreign-transaction-fee: a.md:19 vs d.md:24',
      'range apr: a.md:27 vs c.md:22',
      'polarity hard-credit-check: b.md:21 vs c.md:24',
    ]);
    expectFlagged(auditSubject('travelcard'), ['polarity foreign-transaction-fee: a.md:26 vs b.md:22']);
    expectFlagged(auditSubject('brightpath-credit-card'), ['polarity foreign-transaction-fee: a.md:14 vs c.md:16']);
    expectFlagged(auditSubject('ebike'), ['polarity waterproof: a.md:22 vs b.md:22']);
  });

  it("round 33's rule author: '10% off parts' is the discount a rule names, and club members after a colon are the members", () => {
    expect(auditSubject('spokewright-cycles', 'fixtures/rules/spokewright-cycles.yaml').contradictions.map(describeContradiction)).toEqual([
      'range mechanics: a.md:11 vs d.md:11',
      'range tuneup-price: a.md:15 vs c.md:13',
      'range turnaround: a.md:19 vs b.md:17',
      'polarity sunday-opening: a.md:23 vs d.md:19',
      'exclusive booking: b.md:11 vs c.md:11',
      'range member-discount@members: b.md:25 vs c.md:13',
    ]);
    expectFlagged(auditSubject('nimbrel-plus', 'fixtures/rules/nimbrel-plus.yaml'), [
      'range plan-price: a.md:11 vs c.md:11',
      'range storage: a.md:11 vs b.md:15',
      'range version-history: a.md:19 vs c.md:13',
      'polarity e2e-encryption: a.md:23 vs d.md:11',
      'range uptime: a.md:27 vs c.md:17',
      'exclusive data-region: b.md:23 vs d.md:15',
    ]);
    // A workmanship guarantee, "All labour is guaranteed for 90 days" and a "## Guarantees" heading are a repair's
    // terms, not a promised outcome.
    const guarantees = auditSubject('spokewright-cycles').findings.filter((finding) => finding.ruleId === 'certainty/guarantee');
    const flagged = guarantees.map((finding) => `${finding.path.split('/').pop()}:${finding.span.start.line}:${finding.span.start.column}`);
    for (const place of ['a.md:25:4', 'a.md:27:15', 'd.md:27:']) expect(flagged.filter((at) => at.startsWith(place))).toEqual([]);
  });

  it("round 34 health: a general anaesthetic 'isn't used', pregnancy in other words, a refusal after the plan, and a span of use before any benefit", () => {
    // "done under local anaesthetic with light sedation; general anaesthesia isn't used" against "performed under
    // general anaesthesia"; "most insurance plans class septoplasty as an elective procedure and won't cover it".
    expect(auditSubject('septoplasty').contradictions.map(describeContradiction)).toEqual([
      'range session-length: a.md:27 vs c.md:16',
      'polarity general-anaesthesia: a.md:33 vs d.md:29',
      'polarity insurance-coverage: a.md:60 vs d.md:21',
      'range recovery-time: c.md:45 vs d.md:35',
    ]);
    // "you need to take it for at least 8 to 12 weeks before any benefit shows up"; "gentle enough to use during
    // pregnancy" against "please don't take glucosamine if you're pregnant".
    expectFlagged(auditSubject('glucosamine-chondroitin'), ['range onset: a.md:24 vs b.md:26', 'polarity pregnancy: a.md:43 vs d.md:26']);
    // "in network with most major health insurance plans" against "does not accept health insurance".
    expectFlagged(auditSubject('skindesk-online-derm'), ['polarity insurance-coverage: a.md:44 vs b.md:23']);
    // "Do not use an inversion table at any stage of pregnancy"; not "doesn't add benefit and raises the chance of
    // headaches" against "if you feel … a pounding headache".
    const inversion = auditSubject('inversion-table');
    expectFlagged(inversion, ['polarity pregnancy: a.md:44 vs b.md:41']);
    expect(sidesOn(inversion, 'side-effect')).toEqual([]);
    // "the general anesthesia is not needed" against "usually done under general anesthesia" (round 30's planted pair).
    expectFlagged(auditSubject('mohs-surgery'), ['polarity general-anaesthesia: a.md:29 vs b.md:30']);
    // "my Medicare Advantage plan wouldn't cover RestWell" is one reader's plan.
    expect(sidesOn(auditSubject('cbt-i'), 'insurance-coverage')).not.toContain('c.md:46');
  });

  it("round 34 consumer and finance: a roundup's sections by name alone, an intro rate for the first months, and a free trial's length", () => {
    // "## Halo Band 4" in a roundup with "## Quillon Ring 2": its "up to 10 days per charge" is the rival's.
    expect(sidesOn(auditSubject('quillon-ring-2'), 'battery-runtime')).not.toContain('c.md:21');
    // "## Marlow Credit Union … Its variable APR currently starts at 7.75%"; "6.99% APR for the first six months".
    expect(auditSubject('cindervale-heloc').contradictions).toEqual([]);
    // "The free trial of Premium lasts 30 days" is the trial's, not relief's.
    expectFlagged(auditSubject('keyvale-password-manager'), ['range free-trial: a.md:29 vs c.md:13']);
    // "has been teaching … for more than a decade, and it remains the first name" is no duration of relief, and "Each
    // group lesson lasts 30 minutes" a session.
    expect(auditSubject('tidewater-swim-school').contradictions).toEqual([]);
    // A roundup's later entries ("### 4. GreenGo Meal") are other shakes.
    expect(sidesOn(auditSubject('shake'), 'side-effect')).not.toContain('b.md:26');
  });

  it("round 34's rule author: a count of children for a topic that counts them; the author's rules find the planted pairs", () => {
    expect(auditSubject('tidewater-swim-school', 'fixtures/rules/tidewater-swim-school.yaml').contradictions).toHaveLength(6);
    expect(auditSubject('keyvale-password-manager', 'fixtures/rules/keyvale-password-manager.yaml').contradictions).toHaveLength(6);
  });

  it('round 35: the uninsured\'s bill, a link to a guide, and the condition a drug treats are no claims', () => {
    // "Without insurance, the bill varies enormously" against "Most private insurers and Medicare cover screening".
    expect(sidesOn(auditSubject('screening-colonoscopy'), 'insurance-coverage')).not.toContain('b.md:27');
    // "*Read our guides to [off-label prescribing](…)*"; "people recovering from opioid addiction", "the 50 mg pills
    // used in addiction treatment".
    const ldn = auditSubject('low-dose-naltrexone');
    expect(sidesOn(ldn, 'regulatory-status')).not.toContain('c.md:60');
    expect(sidesOn(ldn, 'side-effect')).toEqual([]);
    expectFlagged(ldn, ['range onset: a.md:47 vs c.md:39']);
    // "a tangle of billing codes, insurer policies and charity grants" bills no insurer; Medicare's "does not cover"
    // against "now covers" still meets.
    const cooling = auditSubject('scalp-cooling');
    expect(sidesOn(cooling, 'insurance-coverage')).not.toContain('d.md:13');
    expectFlagged(cooling, ['polarity insurance-coverage: b.md:39 vs d.md:35']);
    expectFlagged(auditSubject('cardiac-rehab-program'), ['polarity referral: a.md:24 vs c.md:36', 'polarity insurance-coverage: a.md:22 vs d.md:24']);
    // "Checking your rate uses a soft credit inquiry" against "runs a hard credit inquiry even just to show you your
    // rates"; the lender's own page keeps its APR beside an example table ("| Balance | Term | Fixed APR |").
    const refi = auditSubject('ashbury-student-refi');
    expectFlagged(refi, ['polarity rate-check-inquiry: a.md:23 vs c.md:33']);
    expect(claimsOn(refi, 'apr')).toContain('apr a.md:16');
  });

  it('round 36: side effects in other words, a contract, a warranty that transfers and the year a business was founded', () => {
    // "Ablation does not cause menopause" against a doctor's warning that it "would likely bring on menopause".
    expect(auditSubject('endometrial-ablation').contradictions.map(describeContradiction)).toEqual([
      'polarity general-anaesthesia: a.md:22 vs c.md:23',
      'range session-length: a.md:23 vs b.md:17',
      'polarity side-effect/early-menopause: c.md:25 vs d.md:26',
      'range recovery-time: d.md:30 vs d.md:34',
    ]);
    // "isn't associated with hypoglycemia" against "can trigger low blood sugar episodes"; "cannot trigger an asthma
    // attack" against "have experienced coughing, chest tightness and bronchospasm"; "perfectly safe for people with
    // high blood pressure" is whom it suits, no denial of every side effect.
    expectFlagged(auditSubject('myo-inositol-pcos'), ['polarity side-effect/low-blood-sugar: b.md:37 vs d.md:36']);
    expect(auditSubject('halotherapy').contradictions.map(describeContradiction)).toEqual(['range session-length: a.md:20 vs a.md:59', 'polarity side-effect/asthma-attack: a.md:32 vs b.md:29']);
    // "No contract. Cancel anytime." against "Memberships require a 12-month commitment", in one page; "any notice
    // period or minimum term" is a thing to look for; concierge medicine, which "also bills insurance", is what DPC
    // is not to be confused with.
    const dpc = auditSubject('direct-primary-care');
    expectFlagged(dpc, ['polarity contract/contract: a.md:12 vs a.md:57']);
    expect(sidesOfAll(dpc)).not.toContain('c.md:47');
    expect(sidesOfAll(dpc)).not.toContain('b.md:25');
    // Medicare "continues to cover hospital care, specialists and other services": other things than the membership.
    expect(sidesOn(dpc, 'insurance-coverage')).toEqual([]);
    // "family-owned since 1998" against "founded in 2009"; a warranty that "can be transferred once" against one that
    // "does not transfer"; installation "in a single day" against "two to three days" (the comparison table's
    // column says so too). Wait times and a question to ask an installer are neither.
    const guards = auditSubject('brindlecove-clearrun');
    expectFlagged(guards, ['range founded: a.md:12 vs b.md:14', 'polarity warranty-transfer: a.md:45 vs b.md:30', 'range installation-time: a.md:30 vs c.md:20']);
    expect(sidesOfAll(guards)).not.toContain('b.md:48');
    expect(sidesOfAll(guards)).not.toContain('c.md:51');
  });

  it('round 37: an ATM fee, a cooling-off period and a founding year; painful sores and out-of-warranty repairs claim nothing', () => {
    // "| Out-of-network ATM withdrawals | $2.50 per withdrawal |" against "Pennyfern never charges ATM fees"; (since
    // round 39's minimum age) "Built for kids ages 6 to 17" against "kids 8 and up"; and (since the real-text pass
    // after round 44) the planted "Try everything free for 30 days" against "The trial is only 14 days".
    expect(auditSubject('pennyfern-kids-card').contradictions.map(describeContradiction)).toEqual([
      'range free-trial: a.md:19 vs d.md:23',
      'range minimum-age: a.md:21 vs b.md:17',
      'polarity fee/atm: a.md:40 vs b.md:26',
    ]);
    // "Cooling-off period: 30 days" against "the cooling-off period is 14 days"; and (since round 41's counts) the
    // planted "a network of more than 1,100 partner funeral directors" against "a network of around 600".
    expect(auditSubject('gentlemoor-funeral-plan').contradictions.map(describeContradiction)).toEqual(['range count/director: a.md:12 vs b.md:23', 'range refund-window: c.md:17 vs d.md:34']);
    // "a nonprofit founded in 2006" against "since its founding in 2010", in one article.
    expectFlagged(auditSubject('music-therapy-dementia'), ['range founded: c.md:21 vs c.md:58']);
    // "Children with … painful sores in the mouth" is no pain of the treatment's; "out-of-warranty repairs" give no
    // warranty length.
    expect(sidesOn(auditSubject('silver-diamine-fluoride'), 'procedure-pain')).toEqual([]);
    expect(auditSubject('thimblecrest-sw500').contradictions.map(describeContradiction)).toEqual(['range warranty: a.md:51 vs b.md:25']);
  });

  it('round 38: a rolling contract, other providers\' contracts and the network one leaves claim nothing; a fee waived on a condition is still charged', () => {
    // "All three offer 30-day rolling contracts", "most of the big providers now build fixed annual rises into their
    // contracts", "Check whether you're still in contract with your current network … early-exit fees": none meets
    // "No annual contract" or "switch without paying an exit fee" (all three were false pairs on the blind build).
    expect(auditSubject('quaybird-mobile').contradictions).toEqual([]);
    // "a one-time $99 initial service fee (waived if you pay annually)" against "Thistlebrook charges no start-up fee".
    expect(auditSubject('thistlebrook-pest-shield').contradictions.map(describeContradiction)).toEqual(['polarity fee/setup: a.md:39 vs c.md:29', 'polarity contract/contract: a.md:43 vs c.md:35']);
  });

  it("round 39: a procedure on both sides or several levels, a rival named in a comparison's title and an earlier model are set apart; a screen size and a minimum age disagree", () => {
    // "usually takes two to three hours" against "less than an hour"; "bilateral implantation … can take four hours or
    // more" is kept apart (it was a false pair on the blind build), and so is "Original Medicare doesn't pay for
    // conventional hearing aids", another product's cover.
    expect(auditSubject('cochlear-implant').contradictions.map(describeContradiction)).toEqual(['range session-length: a.md:21 vs c.md:15', 'range hospital-stay: a.md:23 vs c.md:19']);
    // "Multi-level procedures … can take 90 minutes or longer" is no single procedure's time (a trap flagged blind).
    expect(auditSubject('kyphoplasty').contradictions.map(describeContradiction)).toEqual(['range efficacy-rate/success: a.md:35 vs d.md:26']);
    // "Thrumwell Pro 2 vs. Kinetra Mini": "Kinetra, meanwhile, backs the Mini with a three-year warranty" and the
    // company's "older Pro 1" are not the subject's (a trap and a false pair on the blind build). Since settings are
    // keyed by what they set, the planted "five speed settings" against "20 speed levels".
    expect(auditSubject('massage-gun').contradictions.map(describeContradiction)).toEqual([
      'range battery-runtime: a.md:17 vs b.md:31',
      'range warranty: a.md:51 vs b.md:37',
      'range count/speed-level: b.md:19 vs d.md:29',
    ]);
    // "A 5-inch parent unit with a … display" against "The 4.3-inch display".
    expect(auditSubject('ostrelle-nestview').contradictions.map(describeContradiction)).toEqual([
      'range screen-size: a.md:14 vs b.md:17',
      'range battery-runtime@audio-only-mode: a.md:26 vs d.md:29',
      'range warranty: a.md:52 vs c.md:25',
    ]);
    // "Drivers must be 21 or older" against "Rovanna requires drivers to be at least 25"; "a 14-day trial" against 30
    // days, and payouts "in two business days" against "standard payouts arrive in five business days".
    expect(auditSubject('rovanna-campervans').contradictions.map(describeContradiction)).toEqual(['range minimum-age: a.md:25 vs c.md:25']);
    expect(auditSubject('ledgerpine-invoicing').contradictions.map(describeContradiction)).toEqual(['range free-trial: a.md:42 vs b.md:21', 'range payout-time: a.md:52 vs b.md:31']);
    // "Around 70% of users stop having periods entirely within the first year" is no relief that lasts a year.
    expect(auditSubject('veyla-iud').contradictions.map(describeContradiction)).toEqual(['range session-length: a.md:23 vs b.md:31']);
  });

  it('round 40: the time to allow for a first visit is the whole visit, and a founding "back in" a year is that year', () => {
    // "Your first appointment takes around 45 minutes from check-in to checkout" against "Allow about an hour and a
    // half for your first visit".
    expectFlagged(auditSubject('mole-mapping'), ['range session-length@visit: a.md:35 vs c.md:29']);
    // "Since opening our doors in Newstead back in 2009" is when the clinic began, not a figure of 2009.
    expect(auditSubject('mole-mapping').claims.filter((claim) => claim.topic === 'founded').map((claim) => claim.key)).toEqual(['founded']);
  });

  it('round 41: the planted pairs its general fixes find, and the false pairs they removed', () => {
    // "about two to three hours for both ears" against "Most surgeons complete both ears in 60 to 90 minutes, and
    // patients go home the same day": both ears is the usual case, and the minutes are the operation's, not the stay's.
    expect(auditSubject('otoplasty').contradictions.map(describeContradiction)).toEqual(['range session-length: a.md:28 vs c.md:22']);
    // "received FDA clearance specifically for floater treatment" against "…, and vitreolysis is an off-label use"
    // (the procedures another status is for are no use of it); "you'll need someone to drive you home" because the
    // pupil is dilated for the procedure; "Insurance covered nothing" as a denial; "One session per eye was all I
    // needed" as the writer's own.
    expect(auditSubject('yag-vitreolysis').contradictions.map(describeContradiction)).toEqual([
      'exclusive regulatory-status: a.md:21 vs c.md:27',
      'polarity drive-home: a.md:32 vs d.md:58',
      'range sessions-needed: a.md:36 vs c.md:23',
      'polarity insurance-coverage: b.md:21 vs d.md:62',
      'range session-length: c.md:19 vs c.md:45',
    ]);
    // "No refrigeration needed" against "The Veridane label says to refrigerate after opening".
    expectFlagged(auditSubject('nmn-supplement'), ['polarity refrigeration: a.md:51 vs c.md:30']);
    // "covered for 12 months by the manufacturer" is the warranty; "Every … technician is certified" against "technicians
    // aren't CVSI-certified", with "If you want … certified technicians, BrightFlue is worth the premium" left out.
    expectFlagged(auditSubject('glintpane-w8'), ['range warranty: a.md:61 vs d.md:15']);
    expect(auditSubject('ashgrove-vent-care').contradictions.map(describeContradiction)).toEqual(['range founded: a.md:9 vs c.md:26', 'polarity staff-certified: a.md:47 vs c.md:28']);
    // "no annual account maintenance fee" against "a $20 annual fee, waived for residents" (waived for a group, still
    // charged); "has been around since 2002" against "Since launching in 2008".
    expect(auditSubject('bellmarsh-529-plan').contradictions.map(describeContradiction)).toEqual(['polarity fee/annual: a.md:17 vs d.md:33', 'range founded: d.md:13 vs d.md:49']);
    // "fitted with 92 synchronised cameras" against "fitted with 46 cameras" (round 40's planted count).
    expectFlagged(auditSubject('mole-mapping'), ['range count/camera: a.md:19 vs b.md:17']);
  });

  it('round 42: the planted pairs its general fixes find, and the false pairs they removed', () => {
    // "halts keratoconus progression in more than 95% of treated eyes" against "stops progression in about two-thirds".
    // Left: "a few days off work" and an epithelium that "heals within three to five days" against "about a week off".
    expectFlagged(auditSubject('corneal-cross-linking'), ['range efficacy-rate/success: a.md:56 vs c.md:30', 'exclusive regulatory-status: c.md:52 vs d.md:35']);
    // A roundup's "## Best overall: RubyRest" section is RubyRest's, not an alternative's; the supplement disclaimer
    // denies the "FDA-approved for gout prevention" of a forum recap.
    expect(auditSubject('tart-cherry-extract').contradictions.map(describeContradiction)).toEqual([
      'polarity side-effect: a.md:47 vs c.md:29',
      'polarity side-effect: a.md:47 vs d.md:45',
      'exclusive regulatory-status: a.md:63 vs d.md:33',
    ]);
    // "when the toe is painful" is the condition's pain, not the procedure's; insurers that "decline to cover it".
    expect(auditSubject('hammertoe-surgery').contradictions.map(describeContradiction)).toEqual([
      'polarity procedure-pain: a.md:44 vs d.md:37',
      'polarity insurance-coverage: a.md:66 vs c.md:57',
      'range recovery-time: d.md:55 vs d.md:61',
    ]);
    // "If the bite feels uncomfortable …, call the office" is a case supposed.
    expect(auditSubject('dental-sealants').contradictions).toEqual([]);
    expect(auditSubject('emberlock-pg550').contradictions.map(describeContradiction)).toEqual(['polarity safety-listing/etl: a.md:36 vs d.md:38', 'range warranty: a.md:51 vs d.md:28']);
    expect(auditSubject('tollbridge-movers').contradictions.map(describeContradiction)).toEqual(['range founded: a.md:9 vs b.md:13', 'range count/truck: b.md:19 vs d.md:33']);
    expectFlagged(auditSubject('quillreach-audio'), ['range count/audiobook: a.md:19 vs d.md:25']);
    // "doesn't allow guests under 12" against "welcomes children 8 and up".
    expectFlagged(auditSubject('larkmoor-river-cruises'), ['range minimum-age: a.md:54 vs d.md:42']);
  });

  it('round 43: the planted pairs its general fixes find, and the false pairs they removed', () => {
    // "(Had it changed colour? Was it painful?)." asks; "Nothing oozed, nothing got infected, and I went back to work"
    // is the writer's own outcome; "most private health plans … won't pay for it" against "most private insurers will
    // pay". Left: "The injection stung for about five seconds" against "painless for most people".
    expect(auditSubject('skin-tag-removal').contradictions.map(describeContradiction)).toEqual([
      'polarity procedure-pain: b.md:26 vs c.md:58',
      'polarity insurance-coverage: c.md:39 vs d.md:23',
    ]);
    // "physical therapy usually lasts three to six months" is no relief. (Left, as an editor may want them: "Desk work:
    // many people return within one to two weeks" against "Downtime: Several months".)
    expect(auditSubject('rotator-cuff-repair').contradictions.map(describeContradiction)).toEqual([
      'polarity general-anaesthesia: a.md:28 vs c.md:39',
      'range session-length: a.md:30 vs c.md:37',
      'range recovery-time: a.md:58 vs c.md:20',
      'range recovery-time: c.md:20 vs d.md:59',
    ]);
    // "the whole kit weighed about 31 pounds" against "the board alone weighs 23 pounds". "If the Drift isn't right
    // for you" is the premise of every return, no case of its own: the planted 30-day return against "return it within
    // two months".
    expect(auditSubject('fennwick-drift-sup').contradictions.map(describeContradiction)).toEqual(['range warranty: a.md:56 vs d.md:28', 'range refund-window: a.md:58 vs d.md:30']);
  });

  it('round 44: other options in lists and tables, and an errand', () => {
    // "Booking was painless (ha)" against the frozen shoulder that "hurts most at night"; "**MUA** requires a general
    // anaesthetic" (the table's "Manipulation under anaesthesia (MUA)") against hydrodilatation's local.
    expect(auditSubject('frozen-shoulder-hydrodilatation').contradictions.map(describeContradiction)).toEqual([
      'range session-length: a.md:28 vs c.md:21',
      'range efficacy-rate/success: c.md:25 vs d.md:31',
    ]);
    // "- **Steroid injection** — a steroid injection resolves symptoms in around 50–70%" is the injection's.
    expect(auditSubject('trigger-finger-release').contradictions.map(describeContradiction)).toEqual([
      'polarity general-anaesthesia: a.md:27 vs d.md:33',
      'range efficacy-rate/success: c.md:27 vs d.md:41',
    ]);
    // Left: "| Warranty | 2 years | 1 year | 1 year |" under "Corevia Pulse", "Lumora Kegel Ball" and "Vellis Trainer" is
    // read in the column that shares the subject's word "trainer" (taking that column for none lost the subject's
    // column in tables headed by its brand, "BrightPath Voyager", and with it the alternatives of others).
    expect(auditSubject('pelvic-floor-trainer').contradictions.map(describeContradiction)).toEqual(['polarity waterproof: a.md:44 vs d.md:23', 'range warranty: a.md:45 vs b.md:27']);
  });

  it('round 45: a subject under its short name in a table, a figure in the one mode its sentence names', () => {
    // "| UFE | None (pinhole puncture) | Yes | 7 to 10 days |" is the subject's row ("uterine fibroid embolization
    // (UFE)"), so the planted "about four weeks off work" meets it, and "## Focused ultrasound (MRgFUS)", another
    // row, is that treatment's section: its "three hours or more" in the scanner is no procedure time of the subject's
    // (a trap and two false pairs blind). Left: "My recovery was a little quicker than yours, back to work in a week",
    // a reply's own outcome, which an owner's figure stays by design.
    expect(auditSubject('fibroid-embolization').contradictions.map(describeContradiction)).toEqual([
      'polarity general-anaesthesia: a.md:25 vs c.md:23',
      'range hospital-stay: a.md:34 vs c.md:31',
      'range efficacy-rate/success: a.md:44 vs d.md:30',
      'range recovery-time: b.md:65 vs c.md:33',
      'range recovery-time: c.md:33 vs d.md:19',
    ]);
    // "first approved by the FDA as a drug in 1963" is the drug's, not the supplement's (its label's FDA disclaimer).
    expect(auditSubject('nac-supplement').contradictions.map(describeContradiction)).toEqual(['polarity side-effect: a.md:54 vs d.md:46', 'range onset: a.md:58 vs b.md:22']);
    // The planted "Our program runs for 8 weeks" against "The Linden Ridge program is 12 weeks long".
    expect(auditSubject('pulmonary-rehab').contradictions.map(describeContradiction)).toEqual([
      'range course-length: a.md:34 vs b.md:27',
      'polarity referral: a.md:64 vs d.md:23',
      'polarity insurance-coverage: c.md:38 vs d.md:49',
    ]);
    // "Family-owned and operated in Oakfield since 2009" against "opened its doors in 2014".
    expect(auditSubject('fernhollow-carpet-cleaning').contradictions.map(describeContradiction)).toEqual(['range founded: a.md:11 vs b.md:31']);
    // "rated IPX7 waterproof, so it's completely shower-safe" against "It isn't rated for shower use"; "Up to 6 weeks
    // on a single charge, based on brushing … in Clean mode" and a test "with daily use of the White mode" are two
    // modes' figures (a trap flagged blind).
    expect(auditSubject('sonivale-toothbrush').contradictions.map(describeContradiction)).toEqual(['polarity waterproof: a.md:41 vs b.md:53']);
  });

  it('reports on an article the same whatever article was read before it in the same process', () => {
    // "Kinetra, meanwhile, backs the Mini …" left a shared clause pattern part-way through its text, and the next
    // "…, so younger travellers will need to look elsewhere" then read "elsewhere" as reaching back over "at least 25".
    const claimsOf = (report: Report): string[] => report.claims.map((claim) => `${claim.path}:${claim.span.start.line} ${claim.key}`);
    const fresh = claimsOf(auditSubject('rovanna-campervans'));
    auditSubject('massage-gun');
    expect(claimsOf(auditSubject('rovanna-campervans'))).toEqual(fresh);
    expect(fresh).toContain('fixtures/held-out/rovanna-campervans/c.md:25 minimum-age');
  });

  it("round 32's rule author: a notice period and a named session are no session lengths; the author's rules find the planted pairs", () => {
    // "Cancellations need 24 hours' notice" and "Our Deep Drift session runs for two hours" against the 90-minute float.
    expect(auditSubject('driftwell-float').contradictions.map(describeContradiction)).toEqual([
      'range session-length: a.md:22 vs c.md:17',
      'polarity insurance-coverage: a.md:49 vs b.md:42',
    ]);
    // With approximateTolerance: 0, "The water is kept at 93.5°F" meets "around 97 to 98 degrees Fahrenheit".
    expectFlagged(auditSubject('driftwell-float', 'fixtures/rules/driftwell-float.yaml'), [
      'range water-temperature: a.md:15 vs b.md:20',
      'range float-price/single-float: a.md:33 vs b.md:28',
      'exclusive membership-term: a.md:36 vs c.md:39',
    ]);
    expect(auditSubject('brambleguard-pet-insurance', 'fixtures/rules/brambleguard-pet-insurance.yaml').contradictions).toHaveLength(6);
  });

  it('whether patients can drive themselves home: a denial meets a yes, a case of its own stays out', () => {
    // "Most patients feel well enough afterward that you can drive yourself home" against "Because of the sedation
    // involved, you may not drive yourself home after Mohs".
    expectFlagged(auditSubject('mohs-surgery'), ['polarity drive-home: a.md:51 vs b.md:38']);
    // "With local anesthetic alone, you can drive yourself home. If you choose oral sedation, someone must drive you".
    expect(auditSubject('rootcanal').contradictions.map(describeContradiction).filter((line) => line.includes('drive-home'))).toEqual([]);
  });

  it("round 30 consumer subjects with the built-in rules alone: battery runtime and charging, a dock's own warranty", () => {
    // "Runs for up to 150 minutes per charge" against "about 60 minutes per charge"; "The charging dock and its power
    // supply have their own 90-day warranty" is no warranty of the robot's. (a.md:45 and a.md:46 are the spec table,
    // which says the same again: one disagreement each, flagged on both lines.)
    const robot = auditSubject('pool-robot');
    expect(robot.contradictions.map(describeContradiction)).toEqual([
      'range battery-runtime: a.md:17 vs c.md:15',
      'range charge-time: a.md:18 vs b.md:16',
      'range warranty: a.md:56 vs c.md:49',
    ]);
    expectFlagged(robot, ['range battery-runtime: a.md:45 vs c.md:15', 'range charge-time: a.md:46 vs b.md:16']);
    expect(auditSubject('dashcam').contradictions.map(describeContradiction)).toEqual(['range warranty: a.md:58 vs c.md:60']);
  });

  it("round 30 products, the rule author's first drafts: a past figure whatever its verb", () => {
    // "Before 2024, the D4 carried only a 1-year warranty".
    const camera = auditSubject('norvik-d4', 'fixtures/rules/norvik-d4.yaml');
    expectFlagged(camera, ['range norvik-warranty: a.md:54 vs c.md:37', 'range norvik-fov: b.md:24 vs c.md:23']);
    expect(sidesOfAll(camera)).not.toContain('b.md:39');
    expectFlagged(auditSubject('orvella-s3', 'fixtures/rules/orvella-s3.yaml'), ['range orvella-battery: a.md:24 vs b.md:24', 'range orvella-charge-time: b.md:27 vs c.md:28']);
  });

  it('limits: "coverage of up to 6,000 square feet" and "medical cover up to $2 million" are the limits themselves', () => {
    expectFlagged(auditSubject('meshnet', 'fixtures/rules/meshnet.yaml'), ['range coverage/system: a.md:14 vs b.md:17']);
    expectFlagged(auditSubject('voyago', 'fixtures/rules/voyago.yaml'), ['range cover-limit/medical: a.md:20 vs b.md:17']);
  });

  it('a status for a list of uses meets the off-label use of two of them', () => {
    // "TMS is FDA approved for depression, generalized anxiety and PTSD" against "For PTSD and generalized anxiety
    // disorder, TMS has not been cleared by the FDA; using it for those conditions is off-label".
    expectFlagged(auditSubject('tmsclinic'), ['exclusive regulatory-status: a.md:16 vs b.md:17']);
  });
});
