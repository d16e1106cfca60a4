import { describe, expect, it } from 'vitest';
import { foreignClauses } from '../../src/claims/clauses.js';

/** The stretches of `text` that are about something other than `subject`. */
function foreign(text: string, subject = ''): string[] {
  return foreignClauses(text, [], subject).map((range) => text.slice(range.start, range.end).replace(/^[\s,]+/, '').trim());
}

describe('foreignClauses', () => {
  it('sets a comparison clause apart', () => {
    expect(foreign('Unlike SSRIs, which take weeks, ketamine works within hours.', 'ketamine-infusion')).toEqual(['Unlike SSRIs, which take weeks']);
    expect(foreign('It works faster than the six weeks antidepressants need.')).toEqual(['than the six weeks antidepressants need.']);
    // Another treatment named as the subject of a clause.
    expect(foreign('Studies show those drugs help only about 45% of people.')).toEqual(['those drugs help only about 45% of people.']);
    expect(foreign('Other treatments work for about 40% of patients, and ours for 80%.')).toEqual(['Other treatments work for about 40% of patients']);
    expect(foreign('Most advisors charge about 1% of your balance.')).toEqual(['Most advisors charge about 1% of your balance.']);
    expect(foreign('Many credit unions offer secured cards with APRs under 18%.')).toEqual(['Many credit unions offer secured cards with APRs under 18%.']);
    expect(foreign('I had used a competitor that charged 0.40%.')).toEqual(['a competitor that charged 0.40%.']);
    expect(foreign("There's no guarantee, and I'd be wary of any clinic that promises a cure.")).toEqual(['wary of any clinic that promises a cure.']);
    // What a "whether" asks is not asserted.
    expect(foreign('Ask which device the clinic uses and whether it is FDA-cleared.')).toEqual(['whether it is FDA-cleared.']);
    expect(foreign('Nobody knows whether it lasts six months, but most people need a top-up.')).toEqual(['whether it lasts six months']);
    // A comparator from the rule sets opening a clause.
    const comparators = { anywhere: /\b(?:steroid shot|cpap)(?:e?s)?\b/i, at: /^(?:steroid shot|cpap)(?:e?s)?\b/i };
    expect(foreignClauses('Steroid shots often work within a few days, and they are cheap.', [], 'knee-gel', comparators).map((range) => range.start)).toEqual([0]);
    expect(foreignClauses('Our gel works within weeks, but most steroid shots wear off sooner.', [], 'knee-gel', comparators).length).toBe(1);
    expect(foreignClauses('CPAP machines help 80% of users.', [], 'cpap-machine', comparators)).toEqual([]);
  });

  it('sets apart a sentence about a thing it calls a different test or procedure, unless that is the subject', () => {
    const text = 'Skin prick testing, which looks for food allergies, is a different test altogether and gives results within 20 minutes.';
    expect(foreign(text)).toEqual([text]);
    expect(foreign('A medium-depth TCA peel is a different procedure, with about a week of downtime.', 'hydrafacial')).toHaveLength(1);
    expect(foreign('This is a different procedure from a facelift: recovery takes a week.')).toEqual([]);
    expect(foreign('Skin prick testing is a different test altogether.', 'skin-prick-testing')).toEqual([]);
  });

  it("sets apart one brand's figure set against another's, unless the subject is the brand it opens with", () => {
    const text = "Halbrook's APRs start at 6.99%, a bit below Quillmark's floor, but its approval standards are stricter.";
    expect(foreign(text)).toEqual([text]);
    expect(foreign(text, 'quillmark-personal-loan')).toEqual([text]);
    expect(foreign(text, 'halbrook-lending')).toEqual([]);
  });

  it('sets apart a clause about what is found elsewhere, wherever "elsewhere" stands in it', () => {
    expect(foreign('If your pet has a long-term condition, you may want lifetime cover elsewhere.')).toEqual(['you may want lifetime cover elsewhere.']);
    expect(foreign('Prices elsewhere run to $300, but ours are $90.')).toEqual(['Prices elsewhere run to $300']);
    // Opening the sentence, it reaches over its comma to the clause it introduces.
    expect(foreign('Elsewhere in the city, a session costs $90.')).toEqual(['Elsewhere in the city, a session costs $90.']);
    expect(foreign('Lifetime cover is standard, which you will not find elsewhere.')).toEqual(['which you will not find elsewhere.']);
  });

  it('sets the rest apart when the contrast clause names the subject', () => {
    expect(foreign('Unlike hearing aids, sound amplifiers are not FDA-cleared.', 'hearing-aids')).toEqual(['sound amplifiers are not FDA-cleared.']);
    expect(foreign('While hearing aids are FDA-cleared, amplifiers are not.', 'hearing-aids')).toEqual(['amplifiers are not.']);
    // A trailing comparison is the other thing, whatever it names.
    expect(foreign('Of blanket users, 42% improved, compared with 4% of the control group, who used a light blanket.', 'blanket')).toEqual(['compared with 4% of the control group, who used a light blanket.']);
    // Every word of the subject must be there: "hearing" alone might be anything's.
    expect(foreign('Unlike hearing tests, fittings take an hour.', 'hearing-aids')).toEqual(['Unlike hearing tests']);
    // A sentence set against the last one is about something else, unless it names the subject or itself.
    expect(foreign('Personal sound amplifiers, by contrast, are not FDA-cleared.', 'hearing-aids')).toEqual(['Personal sound amplifiers, by contrast, are not FDA-cleared.']);
    expect(foreign('By comparison, about 25% improved on usual care alone.', 'hearing-aids')).toEqual(['By comparison, about 25% improved on usual care alone.']);
    expect(foreign('By contrast, hearing aids are FDA-cleared.', 'hearing-aids')).toEqual([]);
    expect(foreign('Our devices, by contrast, are FDA-cleared.', 'hearing-aids')).toEqual([]);
    // "Compare that with X:" puts what follows the colon on X, unless that is the subject or itself.
    expect(foreign('Compare that with cortisone: steroid shots help about 50% of patients.', 'knee-gel')).toEqual(['Compare that with cortisone: steroid shots help about 50% of patients.']);
    expect(foreign('Compare that with the old device: our gel helps 80% of patients.', 'knee-gel')).toEqual([]);
    // "than" always names the other thing.
    expect(foreign('Amplifiers cost less than hearing aids.', 'hearing-aids')).toEqual(['than hearing aids.']);
  });
});
