import { describe, expect, it } from 'vitest';
import { formatValue } from '../../src/report/values.js';
import { auditMarkdown, describeContradiction } from '../helpers.js';

const RULES = `id: shop
topics:
  price:
    compare: range
    unit: '$'
    relativeTolerance: 0
    message: Articles give different prices.
rules:
  - id: price
    severity: info
    topic: price
    requireValue: true
    message: 'Price {value}.'
    match:
      - phrase: costs
      - phrase: priced at
      - phrase: paid
`;

/** Audit documents with the price rule set alone. */
const auditPrices = (documents: Record<string, string>) => auditMarkdown(documents, RULES);

describe('money', () => {
  it('compares prices in one currency, and leaves overlapping ones alone', () => {
    const report = auditPrices({ 'a.md': 'The kit costs $299.\n', 'b.md': 'The kit is priced at $349.\n', 'c.md': 'The kit costs between $250 and $300.\n' });
    expect(report.contradictions.map(describeContradiction)).toEqual(['range price: a.md:1 vs b.md:1', 'range price: b.md:1 vs c.md:1']);
  });

  it('never compares one currency with another, nor money with a plain number', () => {
    const report = auditPrices({ 'a.md': 'The kit costs $299.\n', 'b.md': 'The kit costs €349.\n', 'c.md': 'The kit costs 349 credits.\n' });
    expect(report.contradictions).toEqual([]);
    // A topic in dollars takes dollar figures only.
    expect(report.claims.map((claim) => (claim.value.type === 'interval' ? formatValue(claim.value) : ''))).toEqual(['$299']);
  });

  it('takes no difference, order threshold or other charge for a price, but a charge its own rule names', () => {
    const claims = (text: string, rules = RULES) => auditMarkdown({ 'a.md': `${text}\n` }, rules).claims.map((claim) => (claim.value.type === 'interval' ? formatValue(claim.value) : ''));
    expect(claims('The kit costs $30 more than the Rival X.')).toEqual([]);
    expect(claims('The kit costs $49, with free shipping on orders over $35.')).toEqual(['$49']);
    expect(claims('With insurance, most patients paid a $20 copay.')).toEqual([]);
    // A rule about the fee takes it, joined to the amount or one word apart.
    const fees = RULES.replace('- phrase: paid', '- phrase: paid\n      - phrase: shipping');
    expect(claims('A $8.99 shipping fee is added to every box, which adds about $1.50 to each serving.', fees)).toEqual(['$8.99']);
  });

  it('compares the price a writer paid, and leaves a deal of theirs alone', () => {
    const full = auditPrices({ 'a.md': 'The kit costs $849.\n', 'b.md': 'I paid $899 for the kit at the regular rate.\n', 'c.md': 'I paid $899 at the local shop.\n' });
    expect(full.contradictions.map(describeContradiction)).toEqual(['range price: a.md:1 vs b.md:1', 'range price: a.md:1 vs c.md:1']);
    const deal = auditPrices({ 'a.md': 'The kit costs $849.\n', 'b.md': 'I paid $699 on Black Friday.\n', 'c.md': 'I paid $749 because the shop threw in a case.\n', 'd.md': 'I paid $199 with the student discount.\n' });
    expect(deal.contradictions).toEqual([]);
  });

  it('shows large figures with their thousands grouped, as articles write them', () => {
    const report = auditPrices({ 'a.md': 'The kit costs $1,299.\n', 'b.md': 'The kit costs $12,500.50.\n' });
    expect(report.claims.map((claim) => (claim.value.type === 'interval' ? formatValue(claim.value) : ''))).toEqual(['$1,299', '$12,500.5']);
    expect(report.contradictions[0]?.message).toContain('$1,299 and $12,500.5 do not overlap');
  });

  it('reads a seasonal or special offer, or a price good until a date, as an offer, not the regular price', () => {
    for (const offer of ['Spring offer: the kit is priced at $379.', 'Special offer: the kit is priced at $379.', 'The kit is priced at $379 until 30 April.']) {
      const report = auditPrices({ 'a.md': 'The kit is priced at $449.\n', 'b.md': `${offer}\n` });
      expect(report.contradictions.map(describeContradiction), offer).toEqual([]);
    }
    expect(auditPrices({ 'a.md': 'The kit is priced at $449.\n', 'b.md': 'The kit is priced at $379.\n' }).contradictions.map(describeContradiction)).toEqual(['range price: a.md:1 vs b.md:1']);
  });

  it('compares prices no period word reaches under a default measure, and a price a month only with another', () => {
    const measured = RULES.replace("    relativeTolerance: 0\n", "    relativeTolerance: 0\n    measures:\n      monthly: [a month, per month]\n");
    const documents = {
      'a.md': 'The kit is priced at $199, with free shipping.\n',
      'b.md': 'At a list price of $279, the kit costs more than twice as much as its rival.\n',
      'c.md': 'The kit costs $25 a month.\n',
      'd.md': 'The kit costs $30 per month.\n',
    };
    // Without a default, each one-off figure is keyed by the words around it, so the two prices never meet.
    expect(auditMarkdown(documents, measured).contradictions.map(describeContradiction)).toEqual(['range price/monthly: c.md:1 vs d.md:1']);
    const withDefault = measured.replace('      monthly: [a month, per month]\n', '      monthly: [a month, per month]\n    defaultMeasure: one-off\n');
    expect(auditMarkdown(documents, withDefault).contradictions.map(describeContradiction)).toEqual(['range price/one-off: a.md:1 vs b.md:1', 'range price/monthly: c.md:1 vs d.md:1']);
  });
});
