import { describe, expect, it } from 'vitest';
import { subgroupOf } from '../../src/claims/subgroups.js';

/** The subgroup of the figure `figure` in `text`. */
function subgroup(text: string, figure: string): string | null {
  const start = text.indexOf(figure);
  if (start < 0) throw new Error(`test bug: "${figure}" is not in "${text}"`);
  return subgroupOf(text, { start, end: start + figure.length });
}

describe('subgroupOf', () => {
  it('names a group a figure is set apart for', () => {
    expect(subgroup('Among children with ADHD the response rate was higher, near 75%.', 'near 75%')).toBe('children-with-adhd');
    expect(subgroup('Implants placed in smokers fail more often, with success rates closer to 85%.', '85%')).toBe('smokers');
    expect(subgroup('The success rate drops to 60% in women over 50.', '60%')).toBe('women-over-50');
    expect(subgroup('Older adults seem to benefit less: in one trial, only 40% improved.', '40%')).toBe('older-adults');
    expect(subgroup('Children did better, with improvement rates closer to 60%.', '60%')).toBe('children');
    expect(subgroup('Gray stains respond far less: only 30 to 50% of those patients see a change.', '30 to 50%')).toBe('those-patients');
    // "Only" with a group of people sets the figure apart too.
    expect(subgroup('Among women over 55, only around 30% improved.', 'around 30%')).toBe('women-over-55');
    expect(subgroup('In patients with severe arthritis, only about 25% improved.', 'about 25%')).toBe('patients-with-severe');
  });

  it('leaves general figures general', () => {
    // The population an article is about is not a subgroup: nothing sets it apart.
    expect(subgroup('The success rate is between 65 and 75% for people with treatment-resistant depression.', 'between 65 and 75%')).toBeNull();
    // A share written "two in three" is everyone's figure: "in three people" is the figure, not a group.
    expect(subgroup('About two in three people feel better.', 'two in three')).toBeNull();
    expect(subgroup('Roughly one in four users sees fewer symptoms.', 'one in four')).toBeNull();
    // The group is in a later clause, or a "but overall" speaks of everyone again.
    expect(subgroup('Success rates are 95%, though rates are lower in smokers.', '95%')).toBeNull();
    expect(subgroup('In smokers success is lower, but overall 95% of implants succeed.', '95%')).toBeNull();
    // A year or a comparison with "than" is no group.
    expect(subgroup('Response rates rose to 80% in 2020.', '80%')).toBeNull();
    expect(subgroup('Less than 80% of older adults respond.', 'Less than 80%')).toBeNull();
    expect(subgroup('Rates are higher in clinics than at home, at 80%.', '80%')).toBeNull();
    // "Only" with a group that is not people ("in trials") speaks of everyone in them.
    expect(subgroup('In clinical trials, only 40% of patients responded.', '40%')).toBeNull();
  });
});
