import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/audit.js';
import { formatRdjsonl } from '../../src/report/rdjsonl.js';

interface Position {
  line: number;
  column: number;
}
interface Location {
  path: string;
  range: { start: Position; end: Position };
}
interface Diagnostic {
  message: string;
  location: Location;
  severity: string;
  source: { name: string; url: string };
  code: { value: string; url?: string };
  related_locations?: { message: string; location: Location }[];
}

/** Field names of reviewdog.proto's Diagnostic and its parts; reviewdog discards anything else without a word. */
const DIAGNOSTIC_FIELDS = ['message', 'location', 'severity', 'source', 'code', 'suggestions', 'original_output', 'related_locations'];

const report = audit({ paths: ['fixtures/example-corpus'], config: false });
const output = formatRdjsonl(report, { color: false, cwd: process.cwd() });
const diagnostics = output
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Diagnostic);

function offsetAt(source: string, position: Position): number {
  let offset = 0;
  for (let current = 1; current < position.line; current += 1) offset = source.indexOf('\n', offset) + 1;
  return offset + position.column - 1;
}

describe('reviewdog diagnostics (rdjsonl)', () => {
  it('writes one JSON object per line, one per finding, newline-terminated', () => {
    expect(output.endsWith('\n')).toBe(true);
    expect(output.split('\n')).toHaveLength(report.findings.length + 1);
    expect(diagnostics).toHaveLength(report.findings.length);
  });

  it("uses reviewdog's field names and values", () => {
    for (const [index, diagnostic] of diagnostics.entries()) {
      const finding = report.findings[index]!;
      for (const key of Object.keys(diagnostic)) expect(DIAGNOSTIC_FIELDS).toContain(key);
      expect(Object.keys(diagnostic.location).sort()).toEqual(['path', 'range']);
      expect(Object.keys(diagnostic.location.range.start).sort()).toEqual(['column', 'line']);
      expect(diagnostic.severity).toBe({ error: 'ERROR', warning: 'WARNING', info: 'INFO' }[finding.severity]);
      expect(diagnostic.source).toEqual({ name: 'claim-audit', url: expect.stringMatching(/^https:\/\//) });
      expect(diagnostic.code.value).toBe(finding.ruleId);
      expect(diagnostic.location.path).toBe(finding.path);
      expect(diagnostic.message).toContain(finding.message);
    }
  });

  it('gives ranges with an exclusive end: the file text between start and end is the match', () => {
    for (const [index, diagnostic] of diagnostics.entries()) {
      const finding = report.findings[index]!;
      const source = readFileSync(diagnostic.location.path, 'utf8');
      const { start, end } = diagnostic.location.range;
      expect(source.slice(offsetAt(source, start), offsetAt(source, end))).toBe(finding.match);
    }
  });

  it('lists the other side of the efficacy contradiction as a related location', () => {
    const efficacy = diagnostics.find((diagnostic) => diagnostic.code.value === 'contradiction/efficacy-rate');
    expect(efficacy?.related_locations).toEqual([
      {
        message: 'conflicting claim: "success rate between 65 and 75%"',
        location: { path: 'fixtures/example-corpus/01-ketamine-basics.md', range: { start: { line: 18, column: 45 }, end: { line: 18, column: 76 } } },
      },
    ]);
    expect(diagnostics.filter((diagnostic) => !diagnostic.code.value.startsWith('contradiction/')).every((diagnostic) => diagnostic.related_locations === undefined)).toBe(true);
  });
});
