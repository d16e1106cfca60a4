import { describe, expect, it } from 'vitest';
import { audit } from '../../src/audit.js';
import { escapeData, escapeProperty, formatGithub } from '../../src/report/github.js';
import type { Finding, Report } from '../../src/types.js';

const options = { color: false, cwd: process.cwd() };

function finding(overrides: Partial<Finding>): Finding {
  return {
    ruleId: 'set/rule',
    severity: 'error',
    message: 'Message.',
    topic: null,
    path: 'a.md',
    span: { start: { line: 3, column: 5, offset: 40 }, end: { line: 3, column: 9, offset: 44 } },
    sentence: 'This cure works.',
    match: 'cure',
    ...overrides,
  };
}

function reportOf(findings: Finding[]): Report {
  const count = (severity: Finding['severity']): number => findings.filter((item) => item.severity === severity).length;
  return {
    version: 1,
    tool: { name: 'claim-audit', version: '0.0.0' },
    rules: [],
    files: [...new Set(findings.map((item) => item.path))].sort(),
    findings,
    claims: [],
    contradictions: [],
    agreements: [],
    counts: { error: count('error'), warning: count('warning'), info: count('info'), files: 1, claims: 0, contradictions: 0 },
  };
}

/** Undo the escapes the way the Actions runner does, and split a command into its name, properties and message. */
function parseCommand(line: string): { command: string; properties: Record<string, string>; message: string } {
  const unescape = (text: string): string => text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  const parsed = /^::(\w+)(?: ([^:]*))?::(.*)$/.exec(line);
  if (!parsed) throw new Error(`not a workflow command: ${line}`);
  const properties: Record<string, string> = {};
  for (const pair of (parsed[2] ?? '').split(',').filter(Boolean)) {
    const at = pair.indexOf('=');
    properties[pair.slice(0, at)] = unescape(pair.slice(at + 1));
  }
  return { command: parsed[1] ?? '', properties, message: unescape(parsed[3] ?? '') };
}

describe('GitHub Actions workflow commands', () => {
  it('escapes data and property values as @actions/core does', () => {
    expect(escapeData('100% sure\r\nnext line: a, b')).toBe('100%25 sure%0D%0Anext line: a, b');
    expect(escapeProperty('dir:odd,name%\n.md')).toBe('dir%3Aodd%2Cname%25%0A.md');
    // A `%` already followed by hex digits must not pass as an escape.
    expect(escapeData('%0A')).toBe('%250A');
  });

  it('keeps one line per finding whatever the message and path hold, and the runner reads back the original', () => {
    const hostile = finding({
      path: 'notes/100%,done:v2.md',
      ruleId: 'odd:set/rule,1',
      message: 'Line one\nline two\r\n::warning::injected, 50% :: done',
      note: 'a note: with, punctuation',
    });
    const output = formatGithub(reportOf([hostile]), options);
    const lines = output.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe('');
    const command = parseCommand(lines[0] ?? '');
    expect(command.command).toBe('error');
    expect(command.properties).toEqual({ file: 'notes/100%,done:v2.md', line: '3', col: '5', endLine: '3', endColumn: '9', title: 'odd:set/rule,1' });
    expect(command.message).toBe('Line one\nline two\r\n::warning::injected, 50% :: done (a note: with, punctuation)');
    expect(lines[0]).toContain('file=notes/100%25%2Cdone%3Av2.md,');
    expect(lines[0]).not.toMatch(/[\r]/);
  });

  it('maps severities to error, warning and notice', () => {
    const output = formatGithub(reportOf([finding({ severity: 'error' }), finding({ severity: 'warning' }), finding({ severity: 'info' })]), options);
    expect(output.split('\n').filter(Boolean).map((line) => parseCommand(line).command)).toEqual(['error', 'warning', 'notice']);
  });

  it('leaves out columns for a span over several lines, as GitHub refuses them there', () => {
    const multiLine = finding({ span: { start: { line: 3, column: 5, offset: 40 }, end: { line: 4, column: 2, offset: 60 } } });
    expect(parseCommand(formatGithub(reportOf([multiLine]), options).trimEnd()).properties).toEqual({ file: 'a.md', line: '3', endLine: '4', title: 'set/rule' });
  });

  it('puts the place of a standard-input finding in the message, since there is no file to annotate', () => {
    const command = parseCommand(formatGithub(reportOf([finding({ path: '<stdin>' })]), options).trimEnd());
    expect(command.properties).toEqual({ title: 'set/rule' });
    expect(command.message).toBe('<stdin>:3:5: Message.');
  });

  it('names the other side of a contradiction by file and line (example corpus)', () => {
    const report = audit({ paths: ['fixtures/example-corpus'], config: false });
    const lines = formatGithub(report, options).split('\n').filter(Boolean);
    expect(lines).toHaveLength(report.findings.length);
    const efficacy = lines.map(parseCommand).find((command) => command.properties.title === 'contradiction/efficacy-rate');
    expect(efficacy?.command).toBe('error');
    expect(efficacy?.properties).toMatchObject({ file: 'fixtures/example-corpus/02-ketamine-benefits.md', line: '19' });
    expect(efficacy?.message).toContain('Conflicts with fixtures/example-corpus/01-ketamine-basics.md:18 ("success rate between 65 and 75%")');
  });
});
