import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RuleLoadError } from '../../src/errors.js';
import { BUILTIN_RULES, fromPrecompiled, loadRuleSets, loadRuleSetSource, precompileBuiltinRules, ruleFilesIn } from '../../src/rules/load.js';
import { describeError } from '../helpers.js';

function loadError(source: string): RuleLoadError {
  try {
    loadRuleSetSource(source, 'rules.yaml');
  } catch (error) {
    if (error instanceof RuleLoadError) return error;
    throw error;
  }
  throw new Error('expected a RuleLoadError');
}

const VALID = `id: demo
rules:
  - id: cure
    severity: error
    message: Cure claim
    match:
      - phrase: cures
`;

describe('loading rule sets', () => {
  it('loads a valid set with full rule ids and origins', () => {
    const set = loadRuleSetSource(VALID, 'rules.yaml');
    expect(set.rules.map((rule) => rule.id)).toEqual(['demo/cure']);
    expect(set.rules[0]?.origin).toEqual({ file: 'rules.yaml', line: 3, column: 5 });
  });

  it('reads plausible bounds as numbers or quantities in words, and names a bound that is neither', () => {
    const withTopic = (bounds: string): string => `id: demo\ntopics:\n  session:\n    compare: range\n    unit: s\n    plausible: ${bounds}\n${VALID.slice('id: demo\n'.length)}`;
    expect(loadRuleSetSource(withTopic('[null, 1 day]'), 'rules.yaml').topics[0]?.plausible).toEqual([null, 86_400]);
    expect(loadRuleSetSource(withTopic('[60, "2 hours"]'), 'rules.yaml').topics[0]?.plausible).toEqual([60, 7200]);
    expect(loadError(withTopic('[null, soon]')).describe()).toMatch(/^rules\.yaml:6:\d+: plausible bound "soon" of topic "session" is not one quantity/);
  });

  it("lets a topic of one's own replace a built-in topic of the same id, with the built-in rules and pairs on it", () => {
    const dir = mkdtempSync(join(tmpdir(), 'claim-audit-replace-'));
    const own = join(dir, 'mower.yaml');
    writeFileSync(own, `id: mower\ntopics:\n  warranty:\n    compare: range\n    unit: s\n    relativeTolerance: 0\n    message: Warranties differ.\nrules:\n  - id: warranty\n    severity: info\n    topic: warranty\n    requireValue: true\n    message: Warranty.\n    match:\n      - phrase: covered for\n`);
    const catalog = loadRuleSets([BUILTIN_RULES, own], dir);
    expect(catalog.topics.get('warranty')?.relativeTolerance).toBe(0);
    expect(catalog.rules.filter((rule) => rule.topic === 'warranty').map((rule) => rule.id)).toEqual(['mower/warranty']);
    expect(catalog.pairs.filter((pair) => pair.topic === 'warranty')).toEqual([]);
    // The other built-in topics and rules stay.
    expect(catalog.rules.some((rule) => rule.id === 'commerce/free-trial')).toBe(true);
    // Loaded before the built-ins, it still wins.
    const first = loadRuleSets([own, BUILTIN_RULES], dir);
    expect(first.rules.filter((rule) => rule.topic === 'warranty').map((rule) => rule.id)).toEqual(['mower/warranty']);
    // Two of the user's own sets still may not share a topic id.
    const other = join(dir, 'tracker.yaml');
    writeFileSync(other, readFileSync(own, 'utf8').replace('id: mower', 'id: tracker'));
    expect(() => loadRuleSets([BUILTIN_RULES, own, other], dir)).toThrow(/topic "warranty" is already defined/);
  });

  it('reads an implied value as one quantity or a range, and refuses it where no figure is compared', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claim-audit-implied-'));
    const set = (compare: string, implied: string): string => {
      const file = join(dir, `${compare}.yaml`);
      writeFileSync(file, `id: r\ntopics:\n  recovery:\n    compare: ${compare}\n    unit: s\nrules:\n  - id: none\n    severity: info\n    topic: recovery\n    impliedValue: ${implied}\n    message: No downtime.\n    match:\n      - phrase: no downtime\n`);
      return file;
    };
    expect(loadRuleSets([set('range', '[0, 1 day]')], dir).rules[0]?.impliedValue).toEqual([0, 86_400]);
    expect(loadRuleSets([set('range', '"2 hours"')], dir).rules[0]?.impliedValue).toEqual([7200, 7200]);
    expect(() => loadRuleSets([set('range', '[1 day, 0]')], dir)).toThrow(/impliedValue of rule "none" runs from more to less/);
    expect(() => loadRuleSets([set('polarity', '0')], dir)).toThrow(/rule "r\/none" implies a value, but topic "recovery" compares polarity claims, not figures/);
  });

  it('refuses requireValue where no figure is ever bound, instead of claiming every match as if it waited', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claim-audit-require-'));
    const set = (topicLine: string): string => {
      const file = join(dir, 'r.yaml');
      writeFileSync(file, `id: r\ntopics:\n  recovery:\n    compare: polarity\nrules:\n  - id: back\n    severity: info\n${topicLine}    requireValue: true\n    message: Back to work.\n    match:\n      - phrase: back to work\n`);
      return file;
    };
    expect(() => loadRuleSets([set('    topic: recovery\n')], dir)).toThrow(/rule "r\/back" requires a value, but topic "recovery" compares polarity claims, not figures/);
    expect(() => loadRuleSets([set('')], dir)).toThrow(/rule "r\/back" requires a value but has no topic to bind one/);
  });

  it('refuses terms on a topic that compares figures, pointing to measures, instead of ignoring them', () => {
    const source = `id: drill\ntopics:\n  warranty:\n    compare: range\n    unit: s\n    terms:\n      motor: [motor]\n${VALID.slice('id: demo\n'.length)}`;
    const error = loadError(source);
    expect(error.describe()).toMatch(/^rules\.yaml:7:\d+: topic "warranty" compares figures, which terms do not key/);
    expect(error.describe()).toMatch(/use measures/);
  });

  it('refuses a default measure on a topic without measures, naming the topic and its line', () => {
    const source = `id: shop\ntopics:\n  price:\n    compare: range\n    unit: '$'\n    defaultMeasure: one-off\n${VALID.slice('id: demo\n'.length)}`;
    expect(loadError(source).describe()).toMatch(/^rules\.yaml:6:\d+: topic "price" names a defaultMeasure but declares no measures/);
    expect(loadRuleSetSource(source.replace('    defaultMeasure', '    measures: {monthly: [a month]}\n    defaultMeasure'), 'rules.yaml').topics[0]?.defaultMeasure).toBe('one-off');
  });

  it('refuses a group that names something other than a term of its topic, naming the group and the name', () => {
    const withGroups = (groups: string): string =>
      `id: demo\ntopics:\n  side-effect:\n    terms:\n      stomach: [stomach problems]\n      bloating: [bloating]\n    groups:\n${groups}${VALID.slice('id: demo\n'.length)}`;
    expect(loadRuleSetSource(withGroups('      stomach: [bloating]\n'), 'rules.yaml').topics[0]?.groups).toEqual({ stomach: ['bloating'] });
    expect(loadError(withGroups('      stomach: [bloating, gas]\n')).describe()).toMatch(/^rules\.yaml:8:\d+: group "stomach" of topic "side-effect" names "gas", which is not one of its terms/);
  });

  it('says which topic holds a term that `terms:` names instead of a topic', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claim-audit-terms-'));
    const file = join(dir, 'card.yaml');
    writeFileSync(
      file,
      'id: card\ntopics:\n  annual-fee:\n    compare: range\n    unit: "$"\n  annual-fee-status:\n    compare: polarity\n    terms:\n      annual-fee: [annual fee]\nrules:\n  - id: no-fee\n    severity: info\n    topic: annual-fee-status\n    polarity: negated\n    message: No fee.\n    match:\n      - terms: annual-fee\n',
    );
    expect(() => loadRuleSets([file], dir)).toThrow(/is a term of topic "annual-fee-status": did you mean `terms: annual-fee-status`\?/);
  });

  it('names file:line:column and the allowed values for a bad severity', () => {
    const error = loadError(VALID.replace('severity: error', 'severity: fatal'));
    expect(error.describe()).toBe('rules.yaml:4:15: rules[0].severity must be one of error, warning, info');
  });

  it('suggests the right key for a misspelt one', () => {
    const error = loadError(VALID.replace('severity: error', 'severty: error'));
    expect(error.describe()).toContain('rules.yaml:4:5: rules[0] has unknown key "severty"');
    expect(error.describe()).toContain('did you mean "severity"?');
  });

  it("lists an example's own keys, and says why a sentence became a key: an unquoted comma in {…}", () => {
    const source = `${VALID}    examples:\n      match:\n        - {text: We add 60,000 points to your balance, key: cure}\n`;
    const message = loadError(source).describe();
    expect(message).toContain('rules[0].examples.match[0] has unknown key "000 points to your balance"');
    expect(message).toContain('allowed: text, key, value, polarity; a comma inside {…} ends the text there: quote the text');
  });

  it('reports YAML syntax errors with their line', () => {
    const error = loadError('id: demo\nrules: [\n  - id: x\n');
    expect(error.describe()).toMatch(/^rules\.yaml:\d+:\d+: invalid YAML/);
  });

  it('rejects an invalid regex at load time, pointing at the pattern', () => {
    const error = loadError(VALID.replace('phrase: cures', "regex: '(unclosed'"));
    expect(error.describe()).toMatch(/^rules\.yaml:7:9: invalid regex in rule "demo\/cure"/);
  });

  it('refuses a catastrophic regex at load time, naming the rule, instead of hanging later', () => {
    const error = loadError(VALID.replace('phrase: cures', () => "regex: '(a+)+$'"));
    expect(error.describe()).toMatch(/^rules\.yaml:7:9: regex of rule "demo\/cure" can backtrack too much on some input \(ReDoS, over 1000 ways\): \//);
    expect(() => loadRuleSetSource(VALID.replace('phrase: cures', "regex: '\\brisk[- ]free\\b'"), 'rules.yaml')).not.toThrow();
  });

  it('accepts a listed alternation its error message advises, however long the check takes to prove it', () => {
    // Proved safe in about half a second: a time limit, not the check's step limit, used to refuse it.
    const listed = "regex: '\\b(?:\\d{1,2}|one|two|ten|twelve)[- ]years? warranty\\b'";
    expect(() => loadRuleSetSource(VALID.replace('phrase: cures', () => listed), 'rules.yaml')).not.toThrow();
  });

  it('accepts a bounded alternation the step limit used to refuse, and shows a refused regex as written', () => {
    // "twenty-four" beside "[- ]" took the proof past its default 20,000 steps, refused as if it could backtrack.
    const bounded = "regex: '\\b(?:\\d{1,2}|one|two|twelve|twenty-four)[- ](?:month|year)s? contract\\b'";
    expect(() => loadRuleSetSource(VALID.replace('phrase: cures', () => bounded), 'rules.yaml')).not.toThrow();
    // A backslash is shown once, as in the rule file, not doubled as JSON would.
    expect(loadError(VALID.replace('phrase: cures', () => "regex: '\\b(?:\\w+\\s?)+y'")).describe()).toContain(': /\\b(?:\\w+\\s?)+y/');
  });

  it('accepts a bounded pattern with a few ways to backtrack, and still refuses an unbounded one', () => {
    const withRegex = (regex: string): string => `id: demo\nrules:\n  - id: wifi\n    severity: info\n    message: m\n    match:\n      - regex: '${regex}'\n`;
    expect(loadRuleSetSource(withRegex('\\bworks?\\s{1,3}without\\s{1,3}(?:wi-?fi|internet)\\b'), 'rules.yaml').rules).toHaveLength(1);
    expect(loadError(withRegex('(?:\\w+\\s?)+y')).describe()).toMatch(/can backtrack too much/);
  });

  it('rejects a pattern with two kinds', () => {
    const error = loadError(VALID.replace('- phrase: cures', '- phrase: cures\n        regex: cures'));
    expect(error.message).toContain('exactly one of phrase, near, regex, terms');
  });

  it('rejects empty match lists and missing keys', () => {
    expect(loadError(VALID.replace('    match:\n      - phrase: cures\n', '    match: []\n')).message).toBe('rules[0].match must not be empty');
    expect(loadError(VALID.replace('    message: Cure claim\n', '')).message).toBe('rules[0] is missing required key "message"');
  });

  it('rejects unknown topics with a suggestion, and duplicate rule ids across files', () => {
    const folder = mkdtempSync(join(tmpdir(), 'claim-audit-rules-'));
    const topics = `id: topics\ntopics:\n  efficacy-rate:\n    compare: range\n    unit: '%'\nrules:\n  - id: a\n    severity: info\n    message: m\n    topic: efficacy-rate\n    match:\n      - phrase: success\n`;
    writeFileSync(join(folder, 'a.yaml'), topics);
    writeFileSync(join(folder, 'b.yaml'), VALID.replace('    match:', '    topic: efficacy-rat\n    match:'));
    expect(describeError(() => loadRuleSets([folder], folder), RuleLoadError)).toMatch(/^b\.yaml:3:5: rule "demo\/cure" uses unknown topic "efficacy-rat" \(did you mean "efficacy-rate"\?\)$/);
    writeFileSync(join(folder, 'b.yaml'), VALID);
    writeFileSync(join(folder, 'c.yaml'), VALID);
    expect(() => loadRuleSets([folder], folder)).toThrow(/duplicate rule id "demo\/cure"/);
  });

  // The ReDoS check of every built-in regex takes about 8 s on one free core, and more than 20 s on a CI machine whose
  // two cores the other test files share: the limit guards against a hang, not a slow check.
  it('every built-in rule set passes the schema and ReDoS checks that user rules get (as `rules test` loads them)', () => {
    expect(() => loadRuleSets([BUILTIN_RULES], process.cwd(), { verifyBuiltins: true })).not.toThrow();
  }, 60_000);

  it('loads the built-in rule sets', () => {
    const catalog = loadRuleSets([BUILTIN_RULES], process.cwd());
    expect(catalog.rules.length).toBeGreaterThan(10);
    expect([...catalog.topics.keys()]).toEqual(expect.arrayContaining(['efficacy-rate', 'side-effect', 'regulatory-status', 'session-length']));
  });
});

describe('built-in rule sets parsed at build time', () => {
  const stored = JSON.parse(JSON.stringify(precompileBuiltinRules())) as ReturnType<typeof precompileBuiltinRules>;

  it('give what parsing the YAML gives, every place in the file as it is shown', () => {
    const files = ruleFilesIn(BUILTIN_RULES);
    expect(files.length).toBeGreaterThan(0);
    for (const path of files) {
      const source = readFileSync(path, 'utf8');
      const shown = `rules/${path.slice(BUILTIN_RULES.length + 1)}`;
      expect(fromPrecompiled(stored, path, source, shown)).toEqual(loadRuleSetSource(source, shown, { trusted: true }));
    }
  });

  it('are not used for a file whose text changed since the build', () => {
    const [path] = ruleFilesIn(BUILTIN_RULES) as [string];
    const edited = `${readFileSync(path, 'utf8')}\n# edited after the build\n`;
    expect(fromPrecompiled(stored, path, edited, 'rules/x.yaml')).toBeUndefined();
    expect(fromPrecompiled(null, path, readFileSync(path, 'utf8'), 'rules/x.yaml')).toBeUndefined();
    // A stored file of another shape (an interrupted build) is no parse to take either.
    expect(fromPrecompiled({} as never, path, readFileSync(path, 'utf8'), 'rules/x.yaml')).toBeUndefined();
  });
});
