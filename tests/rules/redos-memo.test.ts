import type * as redos from 'redos-detector';
import { isSafe } from 'redos-detector';
import { describe, expect, it, vi } from 'vitest';
import { RuleLoadError } from '../../src/errors.js';
import { loadRuleSetSource } from '../../src/rules/load.js';

vi.mock('redos-detector', async (importOriginal) => {
  const actual = await importOriginal<typeof redos>();
  return { ...actual, isSafe: vi.fn(actual.isSafe) };
});

const set = (regex: string): string => `id: memo\nrules:\n  - id: r\n    severity: info\n    message: m\n    match:\n      - regex: ${JSON.stringify(regex)}\n`;

describe('the ReDoS proof of a user regex', () => {
  it('runs once per regex source in a process (redos-detector never frees what it analysed)', () => {
    for (let i = 0; i < 5; i++) loadRuleSetSource(set('\\bmemo-safe\\b'), 'a.yaml');
    for (let i = 0; i < 3; i++) expect(() => loadRuleSetSource(set('(memo+)+$'), 'b.yaml')).toThrow(RuleLoadError);
    const sources = vi.mocked(isSafe).mock.calls.map(([regex]) => (regex instanceof RegExp ? regex.source : String(regex)));
    expect(sources.filter((source) => source === '\\bmemo-safe\\b')).toHaveLength(1);
    expect(sources.filter((source) => source === '(memo+)+$')).toHaveLength(1);
  });
});
