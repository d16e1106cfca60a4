import { describe, expect, it } from 'vitest';
import { DEFAULT_VAGUE_QUANTITIES, extractValues } from '../../src/text/numbers.js';
import type { ValueMention } from '../../src/types.js';

// Expected values are written as [span text, interval]. The interval uses math notation with units on the
// numbers: '[65%, 75%]', '(80%, ∞)', '[45min, 1h]', '(-∞, 10)', '[$75, $140]'; a single value is a closed point ('45min');
// a trailing '~' marks an approximate reading. Durations: s, min, h, d, w, mo (30 d), y (365 d).
type Want = [text: string, interval: string];

const SECONDS: Record<string, number> = { s: 1, min: 60, h: 3600, d: 86_400, w: 604_800, mo: 2_592_000, y: 31_536_000 };

function bound(text: string): { value: number | null; unit: string } {
  if (text === '∞' || text === '-∞') return { value: null, unit: '' };
  const match = /^([$€£]?)(-?\d+(?:\.\d+)?)(%|s|min|h|d|w|mo|y)?$/.exec(text);
  if (!match) throw new Error(`test bug: bad bound "${text}"`);
  const number = Number(match[2]);
  if (match[1]) return { value: number, unit: match[1] };
  const suffix = match[3] ?? '';
  if (suffix === '' || suffix === '%') return { value: number, unit: suffix };
  return { value: number * (SECONDS[suffix] ?? NaN), unit: 's' };
}

function expected([text, notation]: Want): ValueMention & { approximate: boolean } {
  const approximate = notation.endsWith('~');
  const body = approximate ? notation.slice(0, -1) : notation;
  const interval = /^([[(])\s*(.+?)\s*,\s*(.+?)\s*([\])])$/.exec(body);
  const [open, low, high, close] = interval ? [interval[1], interval[2], interval[3], interval[4]] : ['[', body, body, ']'];
  const min = bound(low ?? '');
  const max = bound(high ?? '');
  if (min.value !== null && max.value !== null && min.unit !== max.unit) throw new Error(`test bug: mixed units in "${notation}"`);
  return {
    text,
    start: -1,
    end: -1,
    min: min.value,
    max: max.value,
    minInclusive: min.value !== null && open === '[',
    maxInclusive: max.value !== null && close === ']',
    unit: min.value !== null ? min.unit : max.unit,
    approximate,
  };
}

/** Compare everything but offsets (checked separately), numbers to 6 decimals. */
function check(sentence: string, wants: Want[]): void {
  const got = extractValues(sentence);
  const shown = got.map((v) => `${JSON.stringify(v.text)} ${v.minInclusive ? '[' : '('}${v.min}, ${v.max}${v.maxInclusive ? ']' : ')'}${v.unit}${v.approximate ? '~' : ''}`);
  expect(got.length, `values of ${JSON.stringify(sentence)}: ${shown.join(' | ')}`).toBe(wants.length);
  wants.forEach((want, k) => {
    const e = expected(want);
    const g = got[k];
    expect(g, `value ${k} of ${JSON.stringify(sentence)}`).toBeDefined();
    if (!g) return;
    expect({ ...g, start: -1, end: -1 }, `value ${k} of ${JSON.stringify(sentence)}`).toEqual({
      ...e,
      min: e.min === null ? null : expect.closeTo(e.min, 6),
      max: e.max === null ? null : expect.closeTo(e.max, 6),
    });
    expect(sentence.slice(g.start, g.end)).toBe(g.text);
  });
}

type Case = [sentence: string, wants: Want[]];

const PERCENT: Case[] = [
  ['More than 80% of patients reported relief.', [['More than 80%', '(80%, ∞)']]],
  ['Success rates range between 65 and 75%.', [['between 65 and 75%', '[65%, 75%]']]],
  ['Success rates of 65–75% are typical.', [['65–75%', '[65%, 75%]']]],
  ['Success rates of 65-75 % are typical.', [['65-75 %', '[65%, 75%]']]],
  ['It works in 65 to 75 percent of cases.', [['65 to 75 percent', '[65%, 75%]']]],
  // Close below the figure, within the tenth an approximate figure is allowed: "nearly 90%" is not 65%.
  ['Nearly 90% of users got a benefit.', [['Nearly 90%', '[81%, 90%)~']]],
  ['Just under 60 percent improved.', [['Just under 60 percent', '[54%, 60%)~']]],
  ['Only 10 per cent relapse.', [['10 per cent', '10%']]],
  ['Churn fell 12 pct this year.', [['12 pct', '12%']]],
  ['The gap widened by five percentage points.', [['five percentage points', '5%']]],
  ['Returns were minus five percent.', [['minus five percent', '-5%']]],
  ['About one in five adults is affected.', [['About one in five', '20%~']]],
  ['It helps 1 out of 3 patients.', [['1 out of 3', '33.333333%']]],
  ['Nine out of ten dentists agree.', [['Nine out of ten', '90%']]],
  ['Half of patients improved.', [['Half of', '50%']]],
  ['Two-thirds of participants finished.', [['Two-thirds of', '66.666667%']]],
  ['A quarter of respondents disagreed.', [['A quarter of', '25%']]],
  ['Only 1/4 of the sample responded.', [['1/4 of', '25%']]],
  ['Half the patients improved.', [['Half', '50%']]],
  ['It reduced pain by half.', [['half', '50%']]],
  ['Nearly 80% respond.', [['Nearly 80%', '[72%, 80%)~']]],
  ['Almost 80% respond.', [['Almost 80%', '[72%, 80%)~']]],
  ['About 45% respond.', [['About 45%', '45%~']]],
  ['Around 45% respond.', [['Around 45%', '45%~']]],
  ['Approximately 30 percent respond.', [['Approximately 30 percent', '30%~']]],
  ['Roughly 30% respond.', [['Roughly 30%', '30%~']]],
  ['~80% respond.', [['~80%', '80%~']]],
  ['As many as 80% respond.', [['As many as 80%', '(-∞, 80%]']]],
  ['As little as 5% respond.', [['As little as 5%', '[5%, ∞)']]],
  ['Up to 40% respond.', [['Up to 40%', '(-∞, 40%]']]],
  ['At least 50% respond.', [['At least 50%', '[50%, ∞)']]],
  ['No less than 50% respond.', [['No less than 50%', '[50%, ∞)']]],
  ['Over 90% respond.', [['Over 90%', '(90%, ∞)']]],
  ['Above 90% respond.', [['Above 90%', '(90%, ∞)']]],
  ['Greater than 90% respond.', [['Greater than 90%', '(90%, ∞)']]],
  ['The rate exceeds 90%.', [['exceeds 90%', '(90%, ∞)']]],
  ['Under 5% relapse.', [['Under 5%', '(-∞, 5%)']]],
  ['The response rate was near 75%.', [['near 75%', '75%~']]],
  ['Below 5% relapse.', [['Below 5%', '(-∞, 5%)']]],
  ['Less than 5% relapse.', [['Less than 5%', '(-∞, 5%)']]],
  ['Fewer than 5% relapse.', [['Fewer than 5%', '(-∞, 5%)']]],
  ['At most 5% relapse.', [['At most 5%', '(-∞, 5%]']]],
  ['Relapse is ≤5% and remission ≥ 90%.', [['≤5%', '(-∞, 5%]'], ['≥ 90%', '[90%, ∞)']]],
  ['Rates rose from 20% to 30%.', [['20%', '20%'], ['30%', '30%']]],
  // not percentages
  ['She has 20/40 vision.', []],
  ['He scored 7/10 on the test.', []],
  ['It happened after 9/11.', []],
  ['One third is a fraction.', [['One third', '0.333333']]],
  ['See http://example.com/?q=50%25 for more.', []],
];

const DURATIONS: Case[] = [
  ['The infusion takes from 45 minutes to an hour.', [['from 45 minutes to an hour', '[45min, 1h]']]],
  // "up" adds nothing to a range; a rounded second side makes it approximate.
  ['Relief lasts from a few weeks up to about 3 months.', [['from a few weeks up to about 3 months', '[2w, 3mo]~']]],
  ['Relief lasts from 2 weeks up to 3 months.', [['from 2 weeks up to 3 months', '[2w, 3mo]']]],
  ['It takes 45 to about 60 minutes.', [['45 to about 60 minutes', '[45min, 60min]~']]],
  ['The process continues about 45 moments to an 60 minutes.', [['about 45 moments to an 60 minutes', '[45min, 60min]~']]],
  ['It lasts 45 mintues to 60 minutes.', [['45 mintues to 60 minutes', '[45min, 60min]']]],
  ['Relief comes in one to two weeks.', [['one to two weeks', '[1w, 2w]']]],
  ['Antidepressants take six weeks or more.', [['six weeks or more', '[6w, ∞)']]],
  // A whole number and a proper fraction after it are one number; a date is still no figure.
  ['Full recovery takes 2 1/2 months.', [['2 1/2 months', '2.5mo']]],
  ['Each session runs about 1 1/2 hours.', [['about 1 1/2 hours', '1.5h~']]],
  ['We met on 3/4/2020 for 2 hours.', [['2 hours', '2h']]],
  // A plus on the second side leaves the range without a top: "30-70+ years" is at least 30 years.
  ['Metal roofs last 30-70+ years.', [['30-70+ years', '[30y, ∞)']]],
  ['Metal roofs last between 40 and 100+ years.', [['between 40 and 100+ years', '[40y, ∞)']]],
  ['The APR after the offer is usually 20-25%+.', [['20-25%+', '[20%, ∞)']]],
  ['Setups run $500-1,000+ a year.', [['$500-1,000+', '[$500, ∞)'], ['a year', '1y']]],
  // "or even" stretches the first side to the second; without a second number it is the first alone.
  ['Relief can last for weeks, or even months.', [['weeks, or even months', '[2w, 9mo]~']]],
  ['It takes two or perhaps three years.', [['two or perhaps three years', '[2y, 3y]']]],
  ['It lasts 6 months, or even longer.', [['6 months', '6mo']]],
  ['It works within an hour.', [['within an hour', '[0s, 1h]']]],
  ['Most feel it within the hour, and the rest within the week.', [['within the hour', '[0s, 1h]'], ['within the week', '[0s, 1w]']]],
  ['Symptoms improve within days.', [['within days', '[0s, 9d]~']]],
  ['Most go away within a few hours.', [['within a few hours', '[0s, 5h]~']]],
  ['It fades in a few hours.', [['a few hours', '[2h, 5h]~']]],
  ['A session takes an hour.', [['an hour', '1h']]],
  ['A session takes half an hour.', [['half an hour', '30min']]],
  ['A session takes 1.5 hours.', [['1.5 hours', '1.5h']]],
  ['Book a 90-minute session.', [['90-minute', '90min']]],
  ['Effects last several months.', [['several months', '[2mo, 9mo]~']]],
  ['Relief lasts for months.', [['months', '[2mo, 9mo]~']]],
  ['Relief lasts weeks.', [['weeks', '[2w, 9w]~']]],
  ['Minutes later it was over.', []],
  ['The effects last all night.', [['all night', '[6h, 12h]~']]],
  ['It takes a couple of weeks.', [['a couple of weeks', '[2w, 3w]~']]],
  ['Onset varies from minutes to hours.', [['from minutes to hours', '[2min, 9h]~']]],
  ['Onset takes minutes to hours.', [['minutes to hours', '[2min, 9h]~']]],
  ['Recovery takes days to weeks.', [['days to weeks', '[2d, 9w]~']]],
  ['Effects remain for between days and weeks.', [['between days and weeks', '[2d, 9w]~']]],
  ['It works instantly.', [['instantly', '[0s, 60s]~']]],
  ['Its effects are instantaneous.', [['instantaneous', '[0s, 60s]~']]],
  ['It starts working immediately.', [['immediately', '[0s, 60s]~']]],
  ['It starts to work right away.', [['right away', '[0s, 60s]~']]],
  ['Leave it for 3h.', [['3h', '3h']]],
  ['Leave it for 3 hrs.', [['3 hrs', '3h']]],
  ['Wait 30 mins, then 10 sec.', [['30 mins', '30min'], ['10 sec', '10s']]],
  ['It took 3.5 years.', [['3.5 years', '3.5y']]],
  ['It took an hour and a half.', [['an hour and a half', '1.5h']]],
  // "one and a half years" with a slip of the keyboard: "a half" alone never counts years, so no half year is read.
  ['Treatment takes around one hand a half years.', [['around one', '1~']]],
  ['Treatment takes a half year.', [['a half year', '0.5y']]],
  ['It took 1 hour and 30 minutes.', [['1 hour and 30 minutes', '1.5h']]],
  ['It took a fortnight.', [['a fortnight', '2w']]],
  // A capital W glued to a number before a noun, or past a year's weeks, is watts; "how many" asks for no amount.
  ['A 100W device runs for 10 hours.', [['100', '100'], ['10 hours', '10h']]],
  ['It draws 60W.', [['60', '60']]],
  ['It lasts 2w.', [['2w', '2w']]],
  ['The cold lasted 2W.', [['2W', '2w']]],
  ['Ask how many years it will keep working.', []],
  ['It was installed in a single day.', [['a single day', '[0s, 1d]']]],
  ['It took two decades.', [['two decades', '20y']]],
  ['It took about 45 minutes.', [['about 45 minutes', '45min~']]],
  ['It took more than an hour.', [['more than an hour', '(1h, ∞)']]],
  ['It took less than 2 hours.', [['less than 2 hours', '(-∞, 2h)']]],
  ['It is done in under 10 minutes.', [['under 10 minutes', '(-∞, 10min)']]],
  ['Symptoms lasting over 2 weeks need care.', [['over 2 weeks', '(2w, ∞)']]],
  ['The loan is repaid over 3 years.', [['3 years', '3y']]],
  ['It took at least 2 weeks but no more than 3 months.', [['at least 2 weeks but no more than 3 months', '[2w, 3mo]']]],
  ['Expect an hour or two of drowsiness.', [['an hour or two', '[1h, 2h]']]],
  // ages say nothing about how long anything lasts, and their number is no count either
  ['Patients aged 18 to 65 years took part.', []],
  ['Adults aged over 65 years took part.', []],
  ['Her eleven-year-old son has been through a full course of it.', []],
  ['My 11-year-old son finished it.', []],
  ['Babies 6 months of age and children five years old.', []],
  ['Cheese aged for 6 months keeps.', [['6 months', '6mo']]],
  // points in time: a week or month counted after a word that places it, and the stretch ordinal weeks cover
  ['Around week five, I noticed it.', [['Around week five', '35d~']]],
  ['By month 3 my hair was back.', [['month 3', '3mo']]],
  ['The lens usually comes out by day 4 to 6.', [['day 4 to 6', '[4d, 6d]']]],
  ['Most swelling is gone by week 2-3.', [['week 2-3', '[2w, 3w]']]],
  ['It does not appear until the fourth to sixth week.', [['the fourth to sixth week', '[3w, 6w]']]],
  ['Most people notice it by the 4th week.', [['the 4th week', '[3w, 4w]']]],
  ['Day 1: arrive early.', [['1', '1']]],
  ['Finish the prep module before day one.', [['one', '1']]],
  ['Some soreness in the first week is normal.', []],
  ['Results: Permanent.', [['Permanent', '[50y, ∞)']]],
  ['Results are not permanent.', [['permanent', '[50y, ∞)']]],
  // rates, ordinals and years are not durations
  ['Take it twice a day.', [['twice', '2']]],
  ['Sleep 8 hours a day.', [['8 hours', '8h']]],
  ['Replace two meals a day with a shake.', [['two', '2']]],
  ['Take it once a week.', [['once', '1']]],
  ['A second dose follows.', []],
  ['It has been studied since 1990.', [['1990', '1990']]],
  ['It has been studied since the late 1990s.', [['1990s', '1990']]],
  ['Install v2.1 first.', []],
];

const COUNTS: Case[] = [
  ['Take it thrice.', [['thrice', '3']]],
  ['Take it twice.', [['twice', '2']]],
  ['I have done it once.', [['once', '1']]],
  ['Once the drug is absorbed, it works.', []],
  ['A couple of studies agree.', [['A couple of', '[2, 3]~']]],
  ['Several studies agree.', [['Several', '[2, 9]~']]],
  ['Several hundred patients enrolled.', [['Several hundred', '[200, 900]~']]],
  ['Buy a dozen eggs.', [['a dozen', '12']]],
  ['It took five sessions.', [['five', '5']]],
  ['There were twenty-five of them.', [['twenty-five', '25']]],
  ['It costs one hundred and twenty dollars.', [['one hundred and twenty dollars', '$120']]],
  ['It costs a hundred dollars.', [['a hundred dollars', '$100']]],
  ['The dose is 3.5 units.', [['3.5', '3.5']]],
  ['We enrolled 1,200 patients.', [['1,200', '1200']]],
  ['It dropped to -5 degrees.', [['-5', '-5']]],
  ['It ranged between −5 and 5.', [['between −5 and 5', '[-5, 5]']]],
  ['It was fewer than 10 patients.', [['fewer than 10', '(-∞, 10)']]],
  ['Do it once or twice.', [['once or twice', '[1, 2]']]],
  ['Scores were 200 or more.', [['200 or more', '[200, ∞)']]],
  ['Adults 65 and older qualify.', [['65 and older', '[65, ∞)']]],
  ['Adults 65+ qualify.', [['65+', '[65, ∞)']]],
  ['Scores are less than 5000 or equal.', [['less than 5000 or equal', '(-∞, 5000]']]],
  ['It is more than 10 and less than 20.', [['more than 10 and less than 20', '(10, 20)']]],
  ['There are at most 100 and at least 20.', [['at most 100 and at least 20', '[20, 100]']]],
  ['More than 40 and less than 10 are two ranges.', [['More than 40', '(40, ∞)'], ['less than 10', '(-∞, 10)'], ['two', '2']]],
  // The two ends of what varies, joined by "or"; bounds that leave a gap between them stay two figures.
  ['Success may be as high as 80 percent or as low as 40 percent.', [['as high as 80 percent or as low as 40 percent', '[40%, 80%]']]],
  ['Up to 30% or more than 50%.', [['Up to 30%', '(-∞, 30%]'], ['more than 50%', '(50%, ∞)']]],
  ['The number is equal to one hundred and seventy.', [['equal to one hundred and seventy', '170']]],
  ['It is 200 or greater than 190.', [['200', '200'], ['greater than 190', '(190, ∞)']]],
  ['Values: 1,2,3.', [['1', '1'], ['2', '2'], ['3', '3']]],
  // not quantities
  ['COVID-19 spread fast.', []],
  ['Take B12 with H2O.', []],
  ['Drive along I-95.', []],
  ['Support is open 24/7.', []],
  ['The one you mentioned is invalid.', []],
  ['One of the most common effects is nausea.', []],
  ['Meet at 10:30 tomorrow.', []],
  ['Print it in 3D.', []],
  ['Call 1-800-555-1234 now.', []],
  ['It is in the 4th edition.', []],
  ['<>30', [['30', '30']]],
];

const MONEY: Case[] = [
  ['It costs $299 per session.', [['$299', '$299']]],
  ['Expect $75–$140 per visit.', [['$75–$140', '[$75, $140]']]],
  ['Expect $75-140 per visit.', [['$75-140', '[$75, $140]']]],
  ['It runs between $300 and $500.', [['between $300 and $500', '[$300, $500]']]],
  ['Grads earn about $58k.', [['about $58k', '$58000~']]],
  ['It raised $2.5 million.', [['$2.5 million', '$2500000']]],
  ['It costs 100 dollars.', [['100 dollars', '$100']]],
  ['Tickets cost €1,200.', [['€1,200', '€1200']]],
  ['Plans cost from $1,000 to $2,000 and under $50 for add-ons.', [['from $1,000 to $2,000', '[$1000, $2000]'], ['under $50', '(-∞, $50)']]],
  // "pounds" weighs as often as it pays: a plain number.
  ['It weighs 71 pounds.', [['71', '71']]],
];

describe('extractValues: money', () => {
  it.each(MONEY)('%s', (sentence, wants) => check(sentence, wants));
});

describe('extractValues: percentages', () => {
  it.each(PERCENT)('%s', (sentence, wants) => check(sentence, wants));
});

describe('extractValues: durations (seconds)', () => {
  it.each(DURATIONS)('%s', (sentence, wants) => check(sentence, wants));
});

describe('extractValues: counts, plain numbers and non-quantities', () => {
  it.each(COUNTS)('%s', (sentence, wants) => check(sentence, wants));
});

describe('extractValues: offsets', () => {
  it('spans are exact slices, sorted and non-overlapping', () => {
    for (const [sentence] of [...PERCENT, ...DURATIONS, ...COUNTS, ...MONEY]) {
      const values = extractValues(sentence);
      let last = 0;
      for (const value of values) {
        expect(value.start).toBeGreaterThanOrEqual(last);
        expect(value.end).toBeGreaterThan(value.start);
        expect(sentence.slice(value.start, value.end)).toBe(value.text);
        last = value.end;
      }
    }
  });

  it('reports offsets into the sentence', () => {
    const [value] = extractValues('Results: more than 80% of patients.');
    expect(value).toMatchObject({ start: 9, end: 22, text: 'more than 80%' });
  });

  it('returns nothing for text without numbers', () => {
    expect(extractValues('The patient felt better afterwards.')).toEqual([]);
    expect(extractValues('')).toEqual([]);
  });
});

describe('extractValues: the vague table', () => {
  it('is plain data that survives a JSON round trip', () => {
    expect(JSON.parse(JSON.stringify(DEFAULT_VAGUE_QUANTITIES))).toEqual(DEFAULT_VAGUE_QUANTITIES);
  });

  it('takes user overrides, keeps defaults for other words, and learns new phrases', () => {
    const table = { several: [3, 7] as [number, number], 'a bunch of': [3, 10] as [number, number] };
    const [several] = extractValues('It takes several days.', table);
    expect(several).toMatchObject({ text: 'several days', min: 3 * 86_400, max: 7 * 86_400, approximate: true });
    const [few] = extractValues('It takes a few days.', table);
    expect(few).toMatchObject({ min: 2 * 86_400, max: 5 * 86_400 });
    const [bunch] = extractValues('A bunch of patients left.', table);
    expect(bunch).toMatchObject({ text: 'A bunch of', min: 3, max: 10, unit: '', approximate: true });
    // the bare plural unit follows the "several" entry too
    const [within] = extractValues('It works within days.', table);
    expect(within).toMatchObject({ min: 0, max: 7 * 86_400 });
  });

  it('reads "instantly" and its synonyms from the table, in seconds', () => {
    const [value] = extractValues('It works immediately.', { instantly: [0, 5] });
    expect(value).toMatchObject({ min: 0, max: 5, unit: 's' });
  });

  it('needs a unit after "some" and "many"', () => {
    expect(extractValues('Many studies agree; some patients left.')).toEqual([]);
    expect(extractValues('It took many years.')).toMatchObject([{ text: 'many years', min: 5 * 31_536_000, max: 99 * 31_536_000 }]);
  });
});
