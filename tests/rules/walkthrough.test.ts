import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/audit.js';
import { describeContradiction } from '../helpers.js';

// docs/writing-rules.md walks a first-time rule author through a rule set for a product; its whole rule set and its
// two articles are in docs/walkthrough/. What the page shows and says must stay what the tool does.
const PAGE = readFileSync('docs/writing-rules.md', 'utf8');
const RULES = 'docs/walkthrough/voltaro.yaml';
const blocks = (language: string): string[] => [...PAGE.matchAll(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((found) => found[1] as string);

describe('the rule-writing walkthrough (docs/writing-rules.md)', () => {
  it('shows only lines of its rule set, and the articles as they are', () => {
    const ruleLines = new Set(readFileSync(RULES, 'utf8').split('\n'));
    const shown = blocks('yaml').flatMap((block) => block.split('\n')).filter((line) => line.trim() !== '');
    expect(shown.length).toBeGreaterThan(30);
    expect(shown.filter((line) => !ruleLines.has(line))).toEqual([]);
    expect(blocks('markdown')).toEqual(['a.md', 'b.md'].map((name) => readFileSync(`docs/walkthrough/articles/${name}`, 'utf8')));
  });

  it('reports what its last step says: five disagreements, none from the sibling, the rival or the offer', () => {
    const report = audit({ paths: ['docs/walkthrough/articles'], config: false, builtinRules: false, rules: [RULES], subject: 'voltaro-c5' });
    expect(report.contradictions.map(describeContradiction).sort()).toEqual([
      'polarity charger-included: a.md:8 vs b.md:11',
      'range price: a.md:8 vs b.md:9',
      'range ride-range: a.md:6 vs b.md:8',
      'range top-speed: a.md:6 vs b.md:11',
      'range warranty: a.md:6 vs b.md:11',
    ]);
    // The C3's 25 miles, the Brisk 500's column and the launch price are no claims on the C5's figures.
    const values = report.claims.map((claim) => (claim.value.type === 'interval' ? claim.value.text : ''));
    expect(values).not.toContain('about 25');
    expect(values.filter((text) => /50|1,399/.test(text))).toEqual([]);
    expect(report.claims.filter((claim) => claim.key === 'price').map((claim) => claim.value.type === 'interval' && claim.value.text)).not.toContain('$1,299');
    // On a topic of limits, "up to 28 mph" is the limit itself, not a hedged figure.
    expect(report.claims.filter((claim) => claim.key === 'top-speed').map((claim) => `${claim.value.type === 'interval' ? claim.value.text : ''} ${claim.hedged}`)).toContain('up to 28 false');
  });
});
