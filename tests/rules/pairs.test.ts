import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/audit.js';
import { RuleLoadError } from '../../src/errors.js';
import { runPairExamples } from '../../src/rules/pairs.js';
import { folderWith } from '../helpers.js';

/** Load rule sets as `rules test` does and run their pair examples. */
function runPairs(rules: string[], options: { builtinRules?: boolean; cwd?: string } = {}): ReturnType<typeof runPairExamples> {
  const { catalog, compiled, settings } = prepare({ config: false, builtinRules: options.builtinRules ?? false, rules, ...(options.cwd ? { cwd: options.cwd } : {}) }, { verifyBuiltins: true });
  return runPairExamples(catalog, compiled, settings);
}

/** The one-line error `rules test` prints for rule sets that do not load. */
function loadError(rules: string[], cwd: string): string {
  try {
    runPairs(rules, { cwd });
  } catch (error) {
    if (error instanceof RuleLoadError) return error.describe();
    throw error;
  }
  throw new Error('the rule sets loaded');
}

const DISTANCE = `id: mine
topics:
  distance:
    compare: range
    unit: ''
    unitWords: [miles]
rules:
  - id: range
    severity: info
    claimOnly: true
    topic: distance
    requireValue: true
    message: 'Range: {value}.'
    match: [{phrase: goes}]
pairs:
`;

describe('pair examples (rules test)', () => {
  it('every pair of the built-in rule sets and of the walkthrough comes out as written', () => {
    for (const [rules, builtinRules] of [[[], true], [['docs/walkthrough/voltaro.yaml'], false]] as const) {
      const { passed, failures } = runPairs([...rules], { builtinRules });
      expect(failures.map(({ pair, reason }) => `${pair.origin.file}:${pair.origin.line} ${reason}`)).toEqual([]);
      expect(passed).toBeGreaterThanOrEqual(3);
    }
  });

  it('a pair that must contradict fails with what each article was read as, and passes once they disagree', () => {
    const cwd = folderWith({
      'mine.yaml': `${DISTANCE}  - {a: 'It goes 45 miles on a charge.', b: 'It goes 40 to 50 miles.', expect: contradiction, topic: distance}\n  - {a: 'It goes 45 miles.', b: 'It goes 30 miles.', expect: contradiction}\n`,
    });
    const { passed, failures } = runPairs(['mine.yaml'], { cwd });
    expect(passed).toBe(1);
    expect(failures.map(({ pair, reason }) => `${pair.origin.line}: ${reason}`)).toEqual(['16: found none on distance: a.md read distance 45 affirmed, b.md read distance 40 to 50 affirmed']);
  });

  it('says when the figures agree only within the allowance, or one is set apart, and under which subject', () => {
    const cwd = folderWith({
      'mine.yaml': `${DISTANCE}  - {a: 'It goes 45 miles.', b: 'It goes 48 miles.', expect: contradiction}\n  - {a: 'It goes 45 miles.', b: 'In Eco mode it goes 90 miles.', expect: contradiction}\n`,
    });
    const { failures } = runPairs(['mine.yaml'], { cwd });
    expect(failures.map(({ reason }) => reason)).toEqual([
      "found none: a.md read distance 45 affirmed, b.md read distance 48 affirmed; the figures agree within distance's allowance (relativeTolerance 0.1, approximateTolerance 0.1): set it lower on the topic, 0 to compare exactly",
      'found none: a.md read distance 45 affirmed, b.md read distance@eco-mode 90 affirmed; a figure is set apart (b.md\'s as distance@eco-mode); the pair was read as articles on "example", and a `subject:` on the pair decides whose names, tiers and models are the subject\'s own',
    ]);
    // With the allowance at 0, 45 and 48 miles disagree.
    const exact = folderWith({ 'mine.yaml': `${DISTANCE.replace("unitWords: [miles]", 'unitWords: [miles]\n    relativeTolerance: 0')}  - {a: 'It goes 45 miles.', b: 'It goes 48 miles.', expect: contradiction}\n` });
    expect(runPairs(['mine.yaml'], { cwd: exact }).failures).toEqual([]);
  });

  it('a pair that must be consistent fails with the contradiction found, within one article too', () => {
    const cwd = folderWith({
      'mine.yaml': `${DISTANCE}  - {a: 'It goes 45 miles.', b: 'It goes 30 miles.', expect: consistent}\n  - {a: "It goes 45 miles.\\n\\nIt goes 30 miles.", b: 'Nothing here.', expect: consistent}\n  - {a: 'It goes 45 miles.', b: 'It goes 30 miles.', expect: consistent, topic: nothing}\n`,
    });
    expect(loadError(['mine.yaml'], cwd)).toMatch(/^mine\.yaml:18:\d+: pair example names unknown topic "nothing"/);
    const fixed = folderWith({
      'mine.yaml': `${DISTANCE}  - {a: 'It goes 45 miles.', b: 'It goes 30 miles.', expect: consistent}\n  - {a: "It goes 45 miles.\\n\\nIt goes 30 miles.", b: 'Nothing here.', expect: consistent}\n`,
    });
    const { failures } = runPairs(['mine.yaml'], { cwd: fixed });
    expect(failures.map(({ reason }) => reason)).toEqual(['found distance: a.md:1 "It goes 45 miles." against b.md:1 "It goes 30 miles."', 'found distance: a.md:1 "It goes 45 miles." against a.md:3 "It goes 30 miles."']);
  });

  it("takes the pair's subject, unless the front matter names another", () => {
    // A figure in a sentence that names another product than the subject is not the subject's.
    const pair = (subject: string, front: string): string => `  - {a: "${front}The Zed 5 goes 45 miles.", b: "${front}The Zed 5 goes 30 miles.", expect: contradiction, subject: ${subject}}\n`;
    const cwd = folderWith({ 'mine.yaml': `${DISTANCE.replace('rules:', 'comparators: [Zed 5]\nrules:')}${pair('zed-5', '')}${pair('other', '---\\nsubject: zed-5\\n---\\n')}${pair('other', '')}` });
    const { failures } = runPairs(['mine.yaml'], { cwd });
    expect(failures.map(({ pair: failed }) => failed.origin.line)).toEqual([19]);
  });

  it('refuses a pair the schema does not allow, at its line', () => {
    const cwd = folderWith({ 'mine.yaml': `${DISTANCE}  - {a: 'It goes 45 miles.', b: 'It goes 30 miles.', expect: contradicts}\n` });
    expect(loadError(['mine.yaml'], cwd)).toMatch(/^mine\.yaml:16:\d+: pairs\[0\]\.expect must be one of/);
  });
});
