import { describe, expect, it } from 'vitest';
import { auditMarkdown, describeContradiction } from '../helpers.js';

/** The contradictions between two one-line articles. */
function between(a: string, b: string): string[] {
  return auditMarkdown({ 'a.md': `${a}\n`, 'b.md': `${b}\n` }).contradictions.map(describeContradiction);
}

describe('figures read where their words put them', () => {
  it('counts a share of people with a condition as a success rate, however long the condition is to name', () => {
    expect(between('More than 90% of our patients feel better.', 'Roughly 60 to 70 percent of people with mild to moderate knee arthritis report a meaningful improvement.')).toEqual([
      'range efficacy-rate/success: a.md:1 vs b.md:1',
    ]);
  });

  it('reads "relief for 18 to 24 months" as how long relief lasts, and relief for a complaint as nothing of the kind', () => {
    expect(between('Patients enjoy relief for 18 to 24 months.', 'Relief typically lasts six to twelve months.')).toEqual(['range relief-duration: a.md:1 vs b.md:1']);
    expect(between('Most feel relief for knee pain within 2 weeks.', 'Relief typically lasts six to twelve months.')).toEqual([]);
  });

  it('reads what fades after stopping as how long the benefit lasts, not as when it begins', () => {
    expect(between('The improvement stays for 12 to 18 months.', 'Within three months of stopping, most of the improvement had faded.')).toEqual(['range relief-duration: a.md:1 vs b.md:1']);
  });

  it('reads "works right away" as an onset', () => {
    expect(between('Shockwave works right away.', 'Most people notice a difference 6 to 12 weeks after their final session.')).toEqual(['range onset: a.md:1 vs b.md:1']);
  });

  it('hears "not a comfortable treatment" say that it hurts', () => {
    expect(between('The treatment is completely painless.', "Honestly, it's not a comfortable treatment.")).toEqual(['polarity procedure-pain: a.md:1 vs b.md:1']);
    expect(between('The treatment is completely painless.', 'It is not uncomfortable.')).toEqual([]);
  });
});

describe('figures about someone else', () => {
  const general = 'About 54 percent of people using the device improved.';

  it('leaves out sham arms and comparison groups named in the sentence', () => {
    expect(between(general, 'In the sham arms of several trials, roughly 30 percent of people also improved.')).toEqual([]);
    expect(between(general, 'The study also had a comparison group that listened to white noise, and about 35 percent of them improved.')).toEqual([]);
  });

  it('sets apart a group a clause describes, even behind a bound like "more than ten years"', () => {
    expect(between(general, 'People whose tinnitus had lasted more than ten years did worse, with only about 30 percent improving.')).toEqual([]);
  });

  it('reads another business\'s advertised figure as theirs', () => {
    expect(between(general, 'One clinic I called while writing this article advertised a 95 percent success rate.')).toEqual([]);
  });
});

describe('what a status is for', () => {
  it('reads the use past "the treatment of" and stops at a verb or a length of time', () => {
    expect(
      between(
        'Shockwave devices for this purpose have been FDA-approved for the treatment of chronic plantar fasciitis in adults for more than two decades.',
        'Clinics that offer it for plantar fasciitis are using it off-label.',
      ),
    ).toEqual(['exclusive regulatory-status: a.md:1 vs b.md:1']);
  });
});
