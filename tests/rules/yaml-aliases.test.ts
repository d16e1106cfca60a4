import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/audit.js';
import { ConfigError, RuleLoadError } from '../../src/errors.js';
import { loadRuleSetSource } from '../../src/rules/load.js';

const LAUGHS = `a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n`;

describe('YAML aliases', () => {
  it.each([
    ['an alias without its anchor', 'id: a\nrules: *missing\n', /^invalid YAML: Unresolved alias/],
    ['an alias that expands without end', `${LAUGHS}id: a\nrules: []\n`, /^invalid YAML: Excessive alias count/],
  ])('%s in a rule set is a RuleLoadError, not a crash', (_name, source, message) => {
    expect(() => loadRuleSetSource(source, 'r.yaml')).toThrow(RuleLoadError);
    expect(() => loadRuleSetSource(source, 'r.yaml')).toThrow(message);
  });

  it('an alias without its anchor in the config is a ConfigError', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'claim-audit-alias-'));
    writeFileSync(join(cwd, '.claim-audit.yaml'), 'subject: *nowhere\n');
    writeFileSync(join(cwd, 'a.md'), 'Fine.\n');
    expect(() => audit({ cwd, paths: ['a.md'] })).toThrow(ConfigError);
  });
});
