import { describe, expect, it } from 'vitest';
import { auditMarkdown, between, describeContradiction } from '../helpers.js';

// Blind rounds 42 (dental sealants, corneal cross-linking, a tart cherry supplement, hammertoe surgery, a pellet grill,
// a moving firm, an audiobook app, a river cruise), 43 and 44 (below): what each general fix reads, in sentences of
// our own.

describe('statuses said in the words writers use', () => {
  it("reads a supplement's FDA disclaimer as no approval", () => {
    const disclaimer = '*These statements have not been evaluated by the Food and Drug Administration. This product is not intended to diagnose, treat, cure or prevent any disease.*';
    expect(between(disclaimer, 'Nightberry is FDA-approved for gout prevention.')).toEqual(['exclusive regulatory-status: a.md:1 vs b.md:1']);
  });

  it('reads insurers that decline to cover it as no coverage, unless only some do', () => {
    expect(between('Most insurance plans cover the surgery when it is medically necessary.', 'Insurers usually treat it as cosmetic and decline to cover it.')).toEqual([
      'polarity insurance-coverage: a.md:1 vs b.md:1',
    ]);
    expect(between('Most insurance plans cover the surgery when it is medically necessary.', 'Some insurers decline to cover it without a referral.')).toEqual([]);
  });

  it('reads who is turned away as the youngest age allowed', () => {
    expect(between('The cruise welcomes children 8 and up traveling with an adult.', "The line doesn't allow guests under 12.")).toEqual(['range minimum-age: a.md:1 vs b.md:1']);
    expect(between('The cruise welcomes children 12 and up traveling with an adult.', "The line doesn't allow guests under 12.")).toEqual([]);
    // Let in, an "under" sets no floor.
    expect(between('The cruise welcomes children 8 and up traveling with an adult.', 'Children under 12 are allowed to sail free with a paying adult.')).toEqual([]);
  });

  it('reads a safety listing by its mark, and a denial of two marks as a denial of each', () => {
    expect(between('The Kestrel grill is ETL listed.', "The Kestrel grill isn't ETL or UL certified yet.")).toEqual(['polarity safety-listing/etl: a.md:1 vs b.md:1']);
    expect(between('The Kestrel grill is CE marked.', "The Kestrel grill isn't UL certified.")).toEqual([]);
  });
});

describe('figures the built-in topics had no words for', () => {
  it('reads a progressive condition halted in a share of patients as a success rate', () => {
    expect(between('Cross-linking halts keratoconus progression in more than 95% of treated eyes.', 'Cross-linking stops progression in about two-thirds of patients.')).toEqual([
      'range efficacy-rate/success: a.md:1 vs b.md:1',
    ]);
  });

  it("reads a firm's years of work as its founding, but not a customer's years of use", () => {
    expect(between("We've been helping neighbors move apartments, houses and offices since 2009.", 'Tollbridge was founded in 2012.')).toEqual(['range founded: a.md:1 vs b.md:1']);
    expect(between("We've been using the app since 2019 and love it.", 'The app was founded in 2012.')).toEqual([]);
  });

  it('reads the size of a fleet or catalogue as a count', () => {
    expect(between('The new depot gives Tollbridge room to park its fleet of 12 trucks indoors.', 'With just five trucks, Tollbridge books up quickly.')).toEqual(['range count/truck: a.md:1 vs b.md:1']);
    expect(between('Quillreach offers a catalog of around 90,000 audiobooks.', 'Quillreach offers more than 250,000 audiobooks.')).toEqual(['range count/audiobook: a.md:1 vs b.md:1']);
  });
});

describe('pain that is no pain of the procedure', () => {
  it("reads the condition's pain in a body part, and a case supposed, as no pain of the procedure", () => {
    expect(between('Pin removal takes a few seconds and is painless.', 'Surgery is usually considered when the toe is painful despite these measures.')).toEqual([]);
    expect(between('It is a low-cost, painless procedure.', 'If the bite feels uncomfortable for more than a couple of days, call the office.')).toEqual([]);
    expect(between('It is a low-cost, painless procedure.', 'The toe surgery itself was painful.')).toEqual(['polarity procedure-pain: a.md:1 vs b.md:1']);
  });
});

describe('a roundup of products of the subject kind', () => {
  it("reads a product's section in a roundup of its kind as that product's, not an alternative's", () => {
    const front = '---\nsubject: tart-cherry-extract\n---\n';
    const roundup = `${front}| Product | Price |\n|---|---|\n| Nightberry Capsules | $34.99 |\n| RedDusk Tart Cherry Powder | $27.00 |\n\n## Best overall: Nightberry Capsules\n\nNightberry can cause side effects: bloating and loose stools are the most commonly reported.\n`;
    const brand = `${front}Nightberry has no side effects, so it suits everyday use.\n`;
    const report = auditMarkdown({ 'a.md': brand, 'b.md': roundup });
    expect(report.contradictions.map(describeContradiction)).toEqual(['polarity side-effect: a.md:4 vs b.md:11']);
  });
});

// Blind round 43 (skin tag removal, vitamin K2, rotator cuff repair, a posture corrector, a paddle board, mobile dog
// grooming, a parking app, umbrella insurance).
describe('round 43: questions in brackets, what a condition is, and parts of a kit', () => {
  it('reads a question that closes inside brackets as a question', () => {
    expect(between('The nurse asked a few questions (Had it changed colour? Was it painful?).', 'Pros: painless for most people, very cheap per tag.')).toEqual([]);
  });

  it('reads what a condition is not as no denial of a side effect', () => {
    expect(between("They are not contagious: they're an overgrowth of normal skin, not an infection.", 'Infection after removal is a known risk.')).toEqual([]);
    expect(between('There is no infection risk at all.', 'Infection after removal is a known risk.')).toEqual(['polarity side-effect/infection: a.md:1 vs b.md:1']);
  });

  it('reads a course of physical therapy as no duration of relief', () => {
    expect(between('Post-operative physical therapy usually lasts three to six months.', 'Relief typically lasts about two weeks.')).toEqual([]);
  });

  it('reads the weight of a whole kit and of the thing alone as neither the other', () => {
    expect(between('With the paddle, pump and leash packed away, the whole kit weighed about 31 pounds.', "The Drift's board alone weighs 23 pounds.")).toEqual([]);
    expect(between('The Drift weighs 31 pounds.', 'The Drift weighs 23 pounds.')).toEqual(['range weight/lb: a.md:1 vs b.md:1']);
  });

  it("reads health plans that won't pay for it as no coverage, and a re-tear rate as a recurrence rate", () => {
    expect(between('Most private insurers will pay for skin tag removal whatever the reason.', "Most private health plans classify it as cosmetic and won't pay for it.")).toEqual([
      'polarity insurance-coverage: a.md:1 vs b.md:1',
    ]);
    expect(between('The re-tear rate after repair is about 5%.', 'Re-tear rates are reported at 25 to 30 percent.')).toEqual(['range complication-rate/recurrence: a.md:1 vs b.md:1']);
  });
});

// Blind round 44 (hydrodilatation for a frozen shoulder, a pelvic floor trainer, a beetroot supplement, trigger finger
// release, a car seat, a driving school, a coding app, a device protection plan).
describe('round 44: errands, and other options in lists and tables', () => {
  it('reads the painless of an errand as no comfort promise', () => {
    expect(between('Booking was painless (ha).', 'It hurts far more than people expect.')).toEqual([]);
    expect(between('The injection was painless.', 'The injection hurts far more than people expect.')).toEqual(['polarity procedure-pain: a.md:1 vs b.md:1']);
  });

  it('reads a list item after a dash that opens with another treatment as that treatment\'s', () => {
    const front = '---\nsubject: trigger-finger-release\n---\n';
    const options = `${front}## Treatment options\n\n- **Steroid injection** — a steroid injection resolves symptoms in around 50–70% of patients.\n`;
    const surgery = `${front}Open surgical release has success rates above 95%.\n`;
    expect(auditMarkdown({ 'a.md': options, 'b.md': surgery }).contradictions).toEqual([]);
  });

  it("reads an option's bracketed short name from a table as that option", () => {
    const front = '---\nsubject: hydrodilatation\n---\n';
    const table = `${front}| Treatment | Anaesthetic |\n|---|---|\n| Hydrodilatation | Local |\n| Manipulation under anaesthesia (MUA) | General |\n\n- **MUA** requires a general anaesthetic.\n`;
    const clinic = `${front}Hydrodilatation does not require a general anaesthetic.\n`;
    expect(auditMarkdown({ 'a.md': table, 'b.md': clinic }).contradictions).toEqual([]);
  });
});
