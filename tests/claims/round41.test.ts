import { describe, expect, it } from 'vitest';
import { auditMarkdown, between, claimsOn } from '../helpers.js';

// Blind round 41 (otoplasty, YAG vitreolysis, an NMN supplement, sedation dentistry, a window-cleaning robot, a
// dryer-vent service, a photo-backup app, a 529 plan): what each general fix reads, in sentences of our own.

describe('counts of one thing', () => {
  it('keys a count by the plural noun after it, past the words that describe it', () => {
    expect(between('The Arvo booth is fitted with 92 synchronised cameras.', 'Patients stand in a booth fitted with 46 cameras.')).toEqual(['range count/camera: a.md:1 vs b.md:1']);
    expect(between('The Arvo booth is fitted with 46 high-resolution cameras.', 'Patients stand in a booth fitted with 46 cameras.')).toEqual([]);
    expect(between('The Arvo booth is fitted with 92 high-resolution cameras.', 'Patients stand in a booth fitted with 46 cameras.')).toEqual(['range count/camera: a.md:1 vs b.md:1']);
    // Speed settings and attachment heads are different things.
    expect(between('The Tamber gun offers five speed settings.', 'The Tamber gun comes with three attachment heads.')).toEqual([]);
    expect(claimsOn('count', 'The Tamber gun offers five speed settings.')).toEqual(['count/speed-level five']);
    // A setting is keyed by what it sets: suction levels and settings are one count, heat settings another.
    expect(between('The pump offers 9 suction levels.', 'It has only 5 suction settings.')).toEqual(['range count/suction-level: a.md:1 vs b.md:1']);
    expect(between('The pump offers 9 suction levels.', 'It has 3 heat settings.')).toEqual([]);
  });

  it('reads no count where nothing named is counted, where the count is vague, or where it has no verb of having before it', () => {
    expect(claimsOn('count', 'Night-time urination has several causes.')).toEqual([]);
    expect(claimsOn('count', 'A 4-speed motor drives the brush, and the kit has 3 of them.')).toEqual([]);
    expect(claimsOn('count', 'The trial is barely enough to try two gyms before you have to decide.')).toEqual([]);
    // People are counted by other topics, or not at all.
    expect(claimsOn('count', 'The clinic has 120 patients on its waiting list.')).toEqual([]);
  });

  it('needs a count topic to be a range of plain numbers with no measures of its own', () => {
    const rules = "id: things\ntopics:\n  things:\n    compare: range\n    unit: '%'\n    counts: true\nrules:\n  - { id: has, severity: info, topic: things, requireValue: true, message: 'Has {value}.', match: [{ phrase: has }] }\n";
    expect(() => auditMarkdown({ 'a.md': 'It has 4 wheels.\n' }, rules)).toThrow(/topic "things" counts things, which only a range topic of plain numbers/);
  });
});

describe('figures and uses kept to their own clause', () => {
  it('gives a figure to its own clause, not to a clause joined on after it with its own subject', () => {
    expect(claimsOn('session-length', 'Most surgeons complete the operation in 60 to 90 minutes, and patients go home the same day.')).toEqual(['session-length 60 to 90 minutes']);
    expect(claimsOn('hospital-stay', 'Most surgeons complete the operation in 60 to 90 minutes, and patients go home the same day.')).toEqual(['hospital-stay the same day']);
  });

  it('reads no use of an off-label status in a clause before it that another status governs', () => {
    const cleared = 'The Lumen-4 laser received FDA clearance specifically for floater treatment in 2019.';
    const offLabel = 'These lasers are cleared for general eye procedures such as capsulotomy, and treating floaters with them is an off-label use.';
    expect(between(cleared, offLabel)).toEqual(['exclusive regulatory-status: a.md:1 vs b.md:1']);
  });

  it('keys a procedure on both sides apart only when both are set apart as a case, not when both is the usual case', () => {
    expect(between('The procedure takes about 15 minutes for both eyes.', 'The whole procedure takes under 10 minutes.')).toEqual(['range session-length: a.md:1 vs b.md:1']);
    expect(claimsOn('session-length', 'The operation takes about four hours when both knees are replaced at once.')).toEqual(['session-length@several-sites about four hours']);
  });
});

describe("the writer's own case, denials and instructions", () => {
  it("reads a figure the writer says was all they needed as the writer's own", () => {
    expect(claimsOn('sessions-needed', 'One session per eye was all I needed.')).toEqual([]);
  });

  it('reads "covered nothing" and "did nothing" as denials', () => {
    expect(between('Insurance covered nothing.', 'No insurer pays for it.')).toEqual([]);
    expect(between('Insurance covered nothing.', 'Most insurance plans cover it.')).toEqual(['polarity insurance-coverage: a.md:1 vs b.md:1']);
  });

  it("reads a label's instruction the writer passes on as a claim, but still not a seller's reported promise", () => {
    expect(between('No refrigeration needed, even after opening.', 'The label says to refrigerate after opening.')).toEqual(['polarity refrigeration: a.md:1 vs b.md:1']);
    expect(between('No bruising at all.', 'Their website literally says no bruising.')).toEqual([]);
  });

  it('reads discomfort in an everyday activity during recovery as no pain of the procedure', () => {
    expect(between('The procedure itself was not painful.', 'Sleeping on my side was uncomfortable until around week four.')).toEqual([]);
    expect(between('The procedure itself was not painful.', 'Honestly, the procedure was painful.')).toEqual(['polarity procedure-pain: a.md:1 vs b.md:1']);
  });
});

describe('terms written inside longer ones', () => {
  it('reads a term inside a longer one as the longer term only', () => {
    expect(claimsOn('fee', 'There is no annual account maintenance fee.')).toEqual(['fee/annual negated']);
    expect(between('There is no annual account maintenance fee.', 'Out-of-state owners pay a $20 annual fee, waived for residents.')).toEqual(['polarity fee/annual: a.md:1 vs b.md:1']);
  });
});
