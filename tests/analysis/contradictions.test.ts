import { describe, expect, it } from 'vitest';
import { findContradictions } from '../../src/analysis/contradictions.js';
import { claim, interval, topic } from '../helpers.js';

const MINUTE = 60;
const HOUR = 3600;
const DAY = 86400;

describe('range contradictions', () => {
  const efficacy = topic('efficacy', { tolerance: 2 });
  const topics = new Map([['efficacy', efficacy]]);

  it('reports disjoint percentages (65–75% vs more than 80%) with both sides', () => {
    const low = claim({ path: 'a.md', value: interval(65, 75) });
    const high = claim({ path: 'b.md', value: interval(80, null, '%', { minInclusive: false }) });
    const { contradictions } = findContradictions([high, low], topics);
    expect(contradictions).toHaveLength(1);
    expect(contradictions[0]?.kind).toBe('range');
    expect(contradictions[0]?.sides.map((side) => side.path)).toEqual(['a.md', 'b.md']);
    expect(contradictions[0]?.message).toContain('65–75%');
    expect(contradictions[0]?.message).toContain('> 80%');
  });

  it('reports a pair of places once, whichever rules found the claims there, in reading order', () => {
    // One line per ten characters: b.md's two figures stand on lines of their own.
    const at = (offset: number) => {
      const line = Math.floor(offset / 10) + 1;
      return { start: { line, column: (offset % 10) + 1, offset }, end: { line, column: (offset % 10) + 9, offset: offset + 8 } };
    };
    // Two rules read the same figure at one place of a.md; b.md says more than 80% twice.
    const first = claim({ path: 'a.md', span: at(40), ruleId: 'test/one', value: interval(65, 75) });
    const second = claim({ path: 'a.md', span: at(40), ruleId: 'test/two', value: interval(65, 75) });
    const later = claim({ path: 'b.md', span: at(90), value: interval(80, null, '%', { minInclusive: false }) });
    const earlier = claim({ path: 'b.md', span: at(10), value: interval(85, null, '%', { minInclusive: false }) });
    const { contradictions } = findContradictions([later, second, earlier, first], topics);
    const places = contradictions.map((found) => found.sides.map((side) => `${side.path}@${side.span.start.offset}`).join(' vs '));
    expect(places).toEqual([...new Set(places)]);
    expect(places).toEqual([...places].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(places).toContain('a.md@40 vs b.md@10');
    expect(places.length).toBeLessThan(4);
  });

  it('does not report overlapping or touching-within-tolerance figures', () => {
    const claims = [claim({ value: interval(65, 75) }), claim({ path: 'b.md', value: interval(70, 90) }), claim({ path: 'c.md', value: interval(77, 77) })];
    expect(findContradictions(claims, topics).contradictions).toEqual([]);
  });

  it('lists agreeing keys across files as consistent', () => {
    const claims = [claim({ value: interval(65, 75) }), claim({ path: 'b.md', value: interval(70, 90) })];
    expect(findContradictions(claims, topics).agreements).toEqual([{ subject: 'default', topic: 'efficacy', key: 'efficacy', claims: 2, files: 2 }]);
  });

  it('treats "up to" and "over" as open-ended with the percent ceiling', () => {
    const upTo = claim({ value: interval(null, 30) });
    const over = claim({ path: 'b.md', value: interval(50, null) });
    expect(findContradictions([upTo, over], topics).contradictions).toHaveLength(1);
    const overNinety = claim({ path: 'c.md', value: interval(90, null) });
    const hundred = claim({ path: 'd.md', value: interval(100, 100) });
    expect(findContradictions([overNinety, hundred], topics).contradictions).toEqual([]);
  });

  it('only compares claims with the same subject and key', () => {
    const a = claim({ value: interval(65, 75) });
    const otherSubject = claim({ path: 'b.md', subject: 'other', value: interval(90, 95) });
    const otherKey = claim({ path: 'c.md', key: 'efficacy/remission', value: interval(90, 95) });
    expect(findContradictions([a, otherSubject, otherKey], topics).contradictions).toEqual([]);
  });

  it('applies relative tolerance and approximation to durations', () => {
    const session = topic('session', { unit: 's', relativeTolerance: 0.2 });
    const map = new Map([['session', session]]);
    const about45 = claim({ topic: 'session', key: 'session', value: interval(45 * MINUTE, 45 * MINUTE, 's', { approximate: true }) });
    const range45to60 = claim({ topic: 'session', key: 'session', path: 'b.md', value: interval(45 * MINUTE, 60 * MINUTE, 's') });
    const thirtyToHours = claim({ topic: 'session', key: 'session', path: 'c.md', value: interval(30 * MINUTE, 9 * HOUR, 's') });
    expect(findContradictions([about45, range45to60, thirtyToHours], map).contradictions).toEqual([]);
    const weeks = claim({ topic: 'session', key: 'session', path: 'd.md', value: interval(7 * DAY, 14 * DAY, 's') });
    expect(findContradictions([about45, weeks], map).contradictions).toHaveLength(1);
  });

  it("grants an approximate figure the topic's approximateTolerance instead of a tenth when it sets one", () => {
    const fahrenheit = (approximateTolerance?: number) => new Map([['water', topic('water', { unit: '', tolerance: 0.5, ...(approximateTolerance === undefined ? {} : { approximateTolerance }) })]]);
    const exact = claim({ topic: 'water', key: 'water', value: interval(93.5, 93.5, '') });
    const around = claim({ path: 'b.md', topic: 'water', key: 'water', value: interval(97, 98, '', { approximate: true }) });
    expect(findContradictions([exact, around], fahrenheit()).contradictions).toEqual([]);
    expect(findContradictions([exact, around], fahrenheit(0)).contradictions).toHaveLength(1);
  });

  it('finds contradictions inside one document but not inside one sentence or one line', () => {
    const relief = topic('relief', { unit: 's', relativeTolerance: 0.2 });
    const map = new Map([['relief', relief]]);
    const at = (line: number) => ({ start: { line, column: 1, offset: line * 100 }, end: { line, column: 9, offset: line * 100 + 8 } });
    const weeks = claim({ topic: 'relief', key: 'relief', span: at(3), value: interval(7 * DAY, 14 * DAY, 's') });
    const months = claim({ topic: 'relief', key: 'relief', span: at(9), sentence: 'Relief lasts months.', value: interval(60 * DAY, 270 * DAY, 's', { approximate: true }) });
    expect(findContradictions([weeks, months], map).contradictions).toHaveLength(1);
    const sameSentence = claim({ topic: 'relief', key: 'relief', span: at(3), sentence: weeks.sentence, value: interval(60 * DAY, 270 * DAY, 's') });
    expect(findContradictions([weeks, sameSentence], map).contradictions).toEqual([]);
    // Two figures side by side in one paragraph, list item or table row are different measures the key missed.
    const sameLine = claim({ topic: 'relief', key: 'relief', span: at(3), sentence: 'Later it lasts months.', value: interval(60 * DAY, 270 * DAY, 's') });
    expect(findContradictions([weeks, sameLine], map).contradictions).toEqual([]);
  });

  it('compares rates at a time point with rates at the same point or at none, never at another', () => {
    const rate = topic('rate', { unit: '%' });
    const map = new Map([['rate', rate]]);
    const figure = (path: string, key: string, value: number) => claim({ path, topic: 'rate', key, value: interval(value, value) });
    const sixMonths = figure('a.md', 'rate@at-6-months', 50);
    expect(findContradictions([sixMonths, figure('b.md', 'rate@at-2-years', 80)], map).contradictions).toEqual([]);
    expect(findContradictions([sixMonths, figure('b.md', 'rate@at-6-months', 80)], map).contradictions.map((found) => found.key)).toEqual(['rate@at-6-months']);
    expect(findContradictions([sixMonths, figure('b.md', 'rate', 80)], map).contradictions.map((found) => found.key)).toEqual(['rate']);
  });

  it('reports one disagreement once when a document states its figure again, listing the restatement', () => {
    const at = (line: number) => ({ start: { line, column: 1, offset: line * 100 }, end: { line, column: 9, offset: line * 100 + 8 } });
    const first = claim({ path: 'a.md', span: at(2), value: interval(90, 90) });
    const again = claim({ path: 'a.md', span: at(5), value: interval(90, 90) });
    const other = claim({ path: 'b.md', span: at(3), value: interval(60, 60) });
    const { contradictions } = findContradictions([again, other, first], topics);
    expect(contradictions).toHaveLength(1);
    expect(contradictions[0]?.sides).toEqual([first, other]);
    expect(contradictions[0]?.restatements).toEqual([again]);
    // A different figure in the same document is a disagreement of its own.
    const third = claim({ path: 'a.md', span: at(8), value: interval(40, 40) });
    expect(findContradictions([again, other, first, third], topics).contradictions.map((found) => found.restatements?.length ?? 0)).toEqual([1, 0]);
  });

  it('merges restatements on either side, but not the same figure in another document', () => {
    const at = (line: number) => ({ start: { line, column: 1, offset: line * 100 }, end: { line, column: 9, offset: line * 100 + 8 } });
    const claims = [
      claim({ path: 'a.md', span: at(1), value: interval(90, 90) }),
      claim({ path: 'a.md', span: at(4), value: interval(90, 90) }),
      claim({ path: 'b.md', span: at(2), value: interval(60, 60) }),
      claim({ path: 'b.md', span: at(6), value: interval(60, 60) }),
      claim({ path: 'c.md', span: at(1), value: interval(90, 90) }),
    ];
    const { contradictions } = findContradictions(claims, topics);
    // One contradiction per pair of documents, and every claim shown in one of them.
    expect(contradictions.map((found) => found.sides.map((side) => side.path).join(' '))).toEqual(['a.md b.md', 'b.md c.md']);
    const shown = new Set(contradictions.flatMap((found) => [...found.sides, ...(found.restatements ?? [])]));
    expect(claims.every((item) => shown.has(item))).toBe(true);
  });

  it('gives the same result whatever the order of the claims', () => {
    const claims = [
      claim({ path: 'a.md', value: interval(10, 20) }),
      claim({ path: 'b.md', value: interval(40, 50) }),
      claim({ path: 'c.md', value: interval(70, 80) }),
      claim({ path: 'd.md', value: interval(45, 45) }),
    ];
    const forward = findContradictions(claims, topics);
    const backward = findContradictions([...claims].reverse(), topics);
    expect(JSON.stringify(backward)).toBe(JSON.stringify(forward));
    expect(forward.contradictions.length).toBeGreaterThanOrEqual(2);
  });

  it('finds the disagreement below a crowd of claims that touch a figure (a large corpus repeating one range)', () => {
    // 100 articles say 50–55%, which touches 55–60% and so agrees with it; one says 10–20%, which does not.
    const crowd = Array.from({ length: 100 }, (_item, index) => claim({ path: `crowd-${String(index).padStart(3, '0')}.md`, value: interval(50, 55) }));
    const outlier = claim({ path: 'outlier.md', value: interval(10, 20) });
    const upper = claim({ path: 'upper.md', value: interval(55, 60) });
    const { contradictions } = findContradictions([...crowd, outlier, upper], topics);
    const partnersOfUpper = contradictions.filter((item) => item.sides.includes(upper)).map((item) => item.sides.find((side) => side !== upper)?.path);
    expect(partnersOfUpper).toEqual(['outlier.md']);
  });

  it('spreads the disagreements with a repeated figure over its copies instead of piling them on one', () => {
    const low = Array.from({ length: 20 }, (_item, index) => claim({ path: `low-${String(index).padStart(2, '0')}.md`, value: interval(10, 20) }));
    const high = Array.from({ length: 20 }, (_item, index) => claim({ path: `high-${String(index).padStart(2, '0')}.md`, value: interval(50, 60) }));
    const { contradictions } = findContradictions([...low, ...high], topics);
    const count = (side: (typeof low)[number]): number => contradictions.filter((item) => item.sides.includes(side)).length;
    expect(Math.min(...low.map(count), ...high.map(count))).toBeGreaterThanOrEqual(1);
    expect(Math.max(...low.map(count))).toBeLessThanOrEqual(8);
  });

  it('adds only pairs with the new article when an article repeating a figure joins the corpus', () => {
    const name = (prefix: string, index: number): string => `${prefix}-${String(index).padStart(2, '0')}.md`;
    const low = Array.from({ length: 30 }, (_item, index) => claim({ path: name('low', index), value: interval(10, 20) }));
    const high = Array.from({ length: 12 }, (_item, index) => claim({ path: name('high', index), value: interval(50, 60) }));
    const pairsOf = (claims: typeof low): Set<string> =>
      new Set(findContradictions(claims, topics).contradictions.map((item) => item.sides.map((side) => side.path).join(' ↔ ')));
    const before = pairsOf([...low, ...high]);
    for (const [index, newcomer] of [claim({ path: 'high-new.md', value: interval(50, 60) }), claim({ path: 'low-new.md', value: interval(10, 20) })].entries()) {
      const after = pairsOf([...low, ...high, newcomer]);
      const added = [...after].filter((pair) => !before.has(pair));
      expect(added.length, `newcomer ${index}`).toBeGreaterThan(0);
      expect(added.filter((pair) => !pair.includes(newcomer.path)), `newcomer ${index}`).toEqual([]);
    }
  });

  it('reports a figure whose only disagreements lie above it, when the claims above chose a closer one', () => {
    // The 50% article's closest disagreement is 15–25%; 10–20% agrees with 15–25% and has nothing below it.
    const lowest = claim({ path: 'x.md', value: interval(10, 20) });
    const overlapping = claim({ path: 'w.md', value: interval(15, 25) });
    const high = claim({ path: 'z.md', value: interval(50, 50) });
    const { contradictions } = findContradictions([lowest, overlapping, high], topics);
    expect(contradictions.map((item) => item.sides.map((side) => side.path))).toEqual([
      ['w.md', 'z.md'],
      ['x.md', 'z.md'],
    ]);
  });
});

  it('finds an exact disagreement hidden behind a crowd of approximate figures that agree', () => {
    // With a 5% tolerance, 47% and 50% disagree; "about 48%" (approximate: 10%) agrees with both. 70 articles
    // saying "about 48%" sit between them, more than the sweep looks at one by one.
    const rates = topic('rates', { relativeTolerance: 0.05 });
    const map = new Map([['rates', rates]]);
    const crowd = Array.from({ length: 70 }, (_item, index) =>
      claim({ topic: 'rates', key: 'rates', path: `crowd-${String(index).padStart(2, '0')}.md`, value: interval(48, 48, '%', { approximate: true }) }),
    );
    const low = claim({ topic: 'rates', key: 'rates', path: 'low.md', value: interval(47, 47) });
    const high = claim({ topic: 'rates', key: 'rates', path: 'high.md', value: interval(50, 50) });
    const { contradictions } = findContradictions([...crowd, low, high], map);
    expect(contradictions.map((item) => item.sides.map((side) => side.path))).toEqual([['high.md', 'low.md']]);
  });

describe('polarity and exclusive contradictions', () => {
  const sideEffect = topic('side-effect', { compare: 'polarity', terms: { hallucination: ['hallucination'], nausea: ['nausea'] } });
  const regulatory = topic('regulatory', { compare: 'exclusive', categories: ['approved', 'off-label'] });
  const topics = new Map([
    ['side-effect', sideEffect],
    ['regulatory', regulatory],
  ]);

  it('pairs a denial with each passage that asserts the same term, hedged or not', () => {
    const denial = claim({ topic: 'side-effect', key: 'side-effect/hallucination', polarity: 'negated' });
    const listed = claim({ topic: 'side-effect', key: 'side-effect/hallucination', path: 'c.md', hedged: true });
    const listedAgain = claim({ topic: 'side-effect', key: 'side-effect/hallucination', path: 'e.md' });
    const { contradictions } = findContradictions([denial, listed, listedAgain], topics);
    expect(contradictions.map((item) => item.kind)).toEqual(['polarity', 'polarity']);
    expect(contradictions.every((item) => item.sides.some((side) => side.polarity === 'negated'))).toBe(true);
  });

  it('does not report agreeing polarity', () => {
    const a = claim({ topic: 'side-effect', key: 'side-effect/nausea' });
    const b = claim({ topic: 'side-effect', key: 'side-effect/nausea', path: 'b.md' });
    expect(findContradictions([a, b], topics).contradictions).toEqual([]);
  });

  it('reports a blanket denial against a listed term', () => {
    const blanket = claim({ topic: 'side-effect', key: 'side-effect', polarity: 'negated' });
    const listed = claim({ topic: 'side-effect', key: 'side-effect/nausea', path: 'b.md' });
    const { contradictions } = findContradictions([blanket, listed], topics);
    expect(contradictions).toHaveLength(1);
    expect(contradictions[0]?.key).toBe('side-effect');
  });

  it('reports exclusive categories and an asserted category that is denied elsewhere', () => {
    const approved = claim({ topic: 'regulatory', key: 'regulatory', value: { type: 'category', category: 'approved', text: 'FDA approved', scope: [] } });
    const offLabel = claim({ topic: 'regulatory', key: 'regulatory', path: 'b.md', value: { type: 'category', category: 'off-label', text: 'off-label', scope: [] } });
    const notApproved = claim({ topic: 'regulatory', key: 'regulatory', path: 'c.md', polarity: 'negated', value: { type: 'category', category: 'approved', text: 'approved', scope: [] } });
    const { contradictions } = findContradictions([approved, offLabel, notApproved], topics);
    expect(contradictions).toHaveLength(2);
    expect(contradictions.every((item) => item.kind === 'exclusive')).toBe(true);
  });

  const paths = (contradictions: { sides: { path: string }[] }[]): string[] => contradictions.map((item) => item.sides.map((side) => side.path).join(' + '));
  const numbered = (prefix: string, index: number): string => `${prefix}-${String(index).padStart(3, '0')}.md`;

  it('reports an article that contradicts itself however many other articles disagree with it', () => {
    const others = Array.from({ length: 20 }, (_item, index) => claim({ topic: 'side-effect', key: 'side-effect/nausea', path: numbered('a', index) }));
    const denial = claim({ topic: 'side-effect', key: 'side-effect/nausea', path: 'z.md', polarity: 'negated' });
    const ownListing = claim({ topic: 'side-effect', key: 'side-effect/nausea', path: 'z.md' });
    expect(paths(findContradictions([...others, denial, ownListing], topics).contradictions)).toContain('z.md + z.md');

    const blanket = claim({ topic: 'side-effect', key: 'side-effect', path: 'z.md', polarity: 'negated' });
    expect(paths(findContradictions([...others, blanket, ownListing], topics).contradictions)).toContain('z.md + z.md');
  });

  it('tells every article on either side of a disagreement, however lopsided', () => {
    const denials = Array.from({ length: 10 }, (_item, index) => claim({ topic: 'side-effect', key: 'side-effect/nausea', path: numbered('deny', index), polarity: 'negated' }));
    const lone = claim({ topic: 'side-effect', key: 'side-effect/nausea', path: 'lone.md' });
    const many = paths(findContradictions([...denials, lone], topics).contradictions);
    expect(many).toEqual(denials.map((denial) => `${denial.path} + lone.md`));

    const assertions = Array.from({ length: 10 }, (_item, index) => claim({ topic: 'side-effect', key: 'side-effect/nausea', path: numbered('list', index) }));
    const loneDenial = claim({ topic: 'side-effect', key: 'side-effect/nausea', path: 'deny.md', polarity: 'negated' });
    expect(paths(findContradictions([loneDenial, ...assertions], topics).contradictions)).toEqual(assertions.map((assertion) => `deny.md + ${assertion.path}`));
  });

  it('spreads blanket denials over the articles that list terms instead of piling them on the first files', () => {
    const blankets = Array.from({ length: 50 }, (_item, index) => claim({ topic: 'side-effect', key: 'side-effect', path: numbered('deny', index), polarity: 'negated' }));
    const listings = Array.from({ length: 50 }, (_item, index) => claim({ topic: 'side-effect', key: 'side-effect/nausea', path: numbered('list', index) }));
    const { contradictions } = findContradictions([...blankets, ...listings], topics);
    const perListing = listings.map((listing) => contradictions.filter((item) => item.sides.includes(listing)).length);
    const perDenial = blankets.map((blanket) => contradictions.filter((item) => item.sides.includes(blanket)).length);
    expect(Math.min(...perListing, ...perDenial)).toBeGreaterThanOrEqual(1);
    // Each article seeks one article on the other side and is sought by about one: never all 50 denials on one listing.
    expect(Math.max(...perListing)).toBeLessThanOrEqual(8);
    expect(contradictions.length).toBeLessThanOrEqual(blankets.length + listings.length);
  });

  it('adds only pairs with the new article when an article joins the corpus (an accepted baseline stays valid)', () => {
    const corpus = Array.from({ length: 60 }, (_item, index) =>
      claim({ topic: 'side-effect', key: 'side-effect/nausea', path: numbered('article', index), polarity: index % 3 === 0 ? 'negated' : 'affirmed' }),
    );
    const before = new Set(paths(findContradictions(corpus, topics).contradictions));
    for (const polarity of ['negated', 'affirmed'] as const) {
      const newcomer = claim({ topic: 'side-effect', key: 'side-effect/nausea', path: 'article-030b.md', polarity });
      const after = paths(findContradictions([...corpus, newcomer], topics).contradictions);
      expect(after.filter((pair) => !before.has(pair) && !pair.includes('article-030b.md'))).toEqual([]);
      expect(after.some((pair) => pair.includes('article-030b.md'))).toBe(true);
    }
  });

  it('does not oppose claims about different uses ("approved for depression" vs "off-label for anxiety")', () => {
    const forDepression = claim({ topic: 'regulatory', key: 'regulatory', value: { type: 'category', category: 'approved', text: 'cleared', scope: ['depress'] } });
    const forAnxiety = claim({ topic: 'regulatory', key: 'regulatory', path: 'b.md', value: { type: 'category', category: 'off-label', text: 'off-label', scope: ['anxieti'] } });
    const unspecified = claim({ topic: 'regulatory', key: 'regulatory', path: 'c.md', value: { type: 'category', category: 'off-label', text: 'off-label', scope: [] } });
    const { contradictions } = findContradictions([forDepression, forAnxiety, unspecified], topics);
    expect(contradictions.map((item) => item.sides.map((side) => side.path))).toEqual([['a.md', 'c.md']]);
  });
});
