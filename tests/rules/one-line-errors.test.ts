import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveSettings } from '../../src/config/settings.js';
import { loadRuleSetSource } from '../../src/rules/load.js';
import { describeError } from '../helpers.js';

describe('errors about user text stay on one line', () => {
  it.each([
    ['a key with a carriage return', '\rid: a\nrules: [{id: b, severity: info, message: m, match: [{phrase: x}]}]\n', 'the rule set has unknown key "\\rid"'],
    ['a phrase with a line break', 'id: a\nrules:\n  - id: b\n    severity: info\n    message: m\n    match:\n      - phrase: "*x\\ny"\n', 'phrase "*x\\ny" of rule "a/b" cannot start with *'],
    ['a ReDoS regex with a line break', 'id: a\nrules:\n  - id: b\n    severity: info\n    message: m\n    match:\n      - regex: "(a+)+\\n$"\n', 'regex of rule "a/b" can backtrack too much on some input (ReDoS, over 1000 ways): /(a+)+\\n$/'],
  ])('%s in a rule set', (_name, source, expected) => {
    const message = describeError(() => loadRuleSetSource(source, 'r.yaml'));
    expect(message).toContain(expected);
    expect(message).not.toMatch(/[\r\n]/);
  });

  it('an unknown setting with a line break in the config', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'claim-audit-one-line-'));
    writeFileSync(join(cwd, 'c.yaml'), '"sub\\nject": x\n');
    const message = describeError(() => resolveSettings({ cwd, config: 'c.yaml' }));
    expect(message).toContain('unknown setting "sub\\nject"');
    expect(message).not.toMatch(/[\r\n]/);
  });
});
