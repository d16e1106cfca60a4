import { describe, expect, it } from 'vitest';
import { audit } from '../../src/audit.js';
import { formatJson } from '../../src/report/json.js';
import { formatText } from '../../src/report/text.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { auditMarkdown } from '../helpers.js';

const report = audit({ paths: ['fixtures/example-corpus'], config: false });

describe('reports on the example corpus', () => {
  it('text report (no color), reviewed as an editor would read it', () => {
    expect(formatText(report, { color: false, cwd: process.cwd() })).toMatchSnapshot();
  });

  it('colored text carries ANSI codes and the same words', () => {
    const colored = formatText(report, { color: true, cwd: process.cwd() });
    expect(colored).toContain('\u001b[');
    // eslint-disable-next-line no-control-regex
    const stripped = colored.replace(/\u001b\[[0-9;]*m/g, '');
    const plain = formatText(report, { color: false, cwd: process.cwd() }).replace(/[»«]/g, '');
    expect(stripped).toBe(plain);
  });

  it('JSON report: versioned shape whose match is the exact source text at line:column', async () => {
    const { readFileSync } = await import('node:fs');
    const json = JSON.parse(formatJson(report, { color: false, cwd: process.cwd() })) as {
      version: number;
      findings: { file: string; line: number; column: number; endLine: number; endColumn: number; match: string; ruleId: string; severity: string; sentence: string; topic: string | null; message: string }[];
      claims: { key: string; value: unknown; polarity: string }[];
      contradictions: { kind: string; sides: unknown[] }[];
    };
    expect(json.version).toBe(1);
    expect(Object.keys(json.findings[0] ?? {})).toEqual(
      expect.arrayContaining(['ruleId', 'severity', 'message', 'topic', 'file', 'line', 'column', 'endLine', 'endColumn', 'sentence', 'match']),
    );
    for (const finding of json.findings) {
      if (finding.match === '') continue;
      const lines = readFileSync(finding.file, 'utf8').split('\n');
      const startLine = lines[finding.line - 1] ?? '';
      if (finding.line === finding.endLine) {
        expect(startLine.slice(finding.column - 1, finding.endColumn - 1)).toBe(finding.match);
      } else {
        expect(finding.match.startsWith(startLine.slice(finding.column - 1))).toBe(true);
      }
    }
    expect(json.contradictions.every((contradiction) => contradiction.sides.length >= 2)).toBe(true);
    // A side is written as the very claim it is, fields and all, wherever the claims list has it.
    expect(json.contradictions.length).toBeGreaterThan(0);
    for (const side of json.contradictions.flatMap((contradiction) => contradiction.sides)) expect(json.claims).toContainEqual(side);
  });
});

describe('JSON report written in pieces', () => {
  /** The layout users grep and diff: sections one per line, list items one per line, nothing indented further. */
  function expectOneItemPerLine(text: string): void {
    const lines = text.split('\n');
    expect(lines[0]).toBe('{');
    expect(lines.at(-2)).toBe('}');
    expect(lines.at(-1)).toBe('');
    for (const line of lines.slice(1, -2)) {
      expect(line).toMatch(/^ {2}"[a-z]+": |^ {4}[{"]|^ {2}\],?$/);
      // Each item line is a whole JSON value on its own.
      if (line.startsWith('    ')) expect(() => JSON.parse(line.trim().replace(/,$/, ''))).not.toThrow();
    }
  }

  it('parses to the whole report, one finding, claim or contradiction per line', () => {
    const cwd = process.cwd();
    for (const paths of [['fixtures/example-corpus'], ['fixtures/positions']]) {
      const report = audit({ paths, cwd, config: false });
      const text = formatJson(report, { color: false, cwd });
      const parsed = JSON.parse(text) as { findings: unknown[]; claims: unknown[]; contradictions: unknown[] };
      expectOneItemPerLine(text);
      const itemLines = text.split('\n').filter((line) => line.startsWith('    {')).length;
      expect(itemLines).toBe(parsed.findings.length + parsed.claims.length + parsed.contradictions.length + report.agreements.length);
      expect(parsed.findings.length).toBeGreaterThan(0);
    }
    const empty = audit({ paths: ['fixtures/example-corpus'], cwd, config: false, builtinRules: false });
    expect(empty.findings).toEqual([]);
    const text = formatJson(empty, { color: false, cwd });
    expectOneItemPerLine(text);
    expect(text).toContain('  "findings": [],\n');
  });
});

describe('a denied status in a contradiction', () => {
  it('reads "not approved", in the text and the Markdown report', () => {
    const report = auditMarkdown({ 'a.md': 'The device is FDA approved.\n', 'b.md': 'The device is not FDA approved.\n' });
    const text = formatText(report, { color: false, cwd: process.cwd() });
    expect(text).toMatch(/\n\s+not approved\s+The device is not »FDA approved«\./);
    expect(text).not.toContain('(denied)');
    expect(formatMarkdown(report, { color: false, cwd: process.cwd() })).toContain('**not approved**');
  });
});

describe('a figure an article states twice', () => {
  it('is one contradiction whose restatement every format shows, not a second contradiction', () => {
    const report = auditMarkdown({
      'a.md': 'Each session lasts 90 minutes.\n\nBook a 90-minute session online.\n',
      'b.md': 'Each session lasts 30 minutes.\n',
    });
    expect(report.contradictions).toHaveLength(1);
    expect(report.contradictions[0]?.restatements?.map((claim) => `${claim.path.split('/').pop()}:${claim.span.start.line}`)).toEqual(['a.md:3']);
    const text = formatText(report, { color: false, cwd: process.cwd() });
    expect(text).toMatch(/a\.md:3:\d+ {2}\(the same claim again\)\n\s+90 min\s+Book a »90-minute session« online\./);
    const finding = report.findings.find((item) => item.ruleId.startsWith('contradiction/'));
    expect(finding?.related?.map((place) => [place.span.start.line, place.restatement ?? false])).toEqual([
      [1, false],
      [3, true],
    ]);
    const json = JSON.parse(formatJson(report, { color: false, cwd: process.cwd() }));
    expect(json.contradictions[0].restatements).toHaveLength(1);
    expect(formatMarkdown(report, { color: false, cwd: process.cwd() })).toContain('the same claim again');
  });
});

describe('articles without a subject', () => {
  it('notes once that they were compared as one subject when they come from several folders', () => {
    const report = auditMarkdown({ 'a.md': 'Each session lasts 30 minutes.\n', 'b.md': 'Each session lasts 2 hours.\n' });
    const moved = { ...report, files: ['implants/a.md', 'sleep/b.md'] };
    expect(formatText(moved, { color: false, cwd: process.cwd() })).toContain('Note: articles without a subject were all compared as one subject.');
    // One folder: nothing to explain.
    expect(formatText({ ...report, files: ['posts/a.md', 'posts/b.md'] }, { color: false, cwd: process.cwd() })).not.toContain('Note:');
  });
});

describe('durations in a contradiction', () => {
  it('are shown in the unit the article wrote, where it fits', () => {
    const report = auditMarkdown({
      'a.md': '---\nsubject: zen\n---\nRelief lasts 30 days.\n',
      'b.md': '---\nsubject: zen\n---\nRelief lasts 3 to 4 months.\n',
      'c.md': '---\nsubject: zen\n---\nSessions take 90 minutes.\n',
      'd.md': '---\nsubject: zen\n---\nSessions take two to three hours.\n',
      'e.md': '---\nsubject: zen\n---\nMost people feel better within 48 hours.\n',
      'f.md': '---\nsubject: zen\n---\nMost people feel better after 2 to 3 weeks.\n',
    });
    const messages = report.contradictions.map((contradiction) => contradiction.message.replace(/^.*\. /, ''));
    expect(messages).toEqual(['30 days and 3–4 months do not overlap.', '90 min and 2–3 hours do not overlap.', '0–48 hours and 2–3 weeks do not overlap.']);
  });
});

describe('plain figures in a contradiction', () => {
  it("carry the unit word their sentence writes, as it writes it, and a table cell whose label gives the unit takes the other side's", () => {
    const rules = "id: printer\ntopics:\n  print-speed:\n    compare: range\n    unit: ''\n    unitWords: [mm/s]\nrules:\n  - { id: speed, severity: info, topic: print-speed, requireValue: true, message: 'Speed {value}.', match: [{ phrase: print speed }] }\n";
    const report = auditMarkdown(
      { 'a.md': 'The maximum print speed is 500 mm/s.\n', 'b.md': 'The print speed we measured was 300 MM/S at best.\n', 'c.md': '| | |\n| --- | --- |\n| Print speed (mm/s) | 900 |\n' },
      rules,
    );
    const messages = report.contradictions.map((contradiction) => contradiction.message.replace(/^.*disagree\. /, ''));
    expect(messages).toEqual(['300 MM/S and 500 mm/s do not overlap.', '500 mm/s and 900 mm/s do not overlap.']);
  });

  it('show their unit word in the value column, the highlight, the finding and the JSON claim', () => {
    const rules = "id: cam\ntopics:\n  card-size:\n    compare: range\n    unit: ''\n    unitWords: [GB]\n    limits: true\nrules:\n  - { id: card, severity: info, topic: card-size, requireValue: true, message: 'Card {value}.', match: [{ phrase: microSD cards }, { phrase: card size }] }\n";
    const report = auditMarkdown({ 'a.md': 'It takes microSD cards up to 256 GB, which is plenty.\n', 'b.md': 'The maximum card size is 128 GB.\n' }, rules);
    const text = formatText(report, { color: false, cwd: process.cwd() });
    expect(text).toContain('256 GB  It takes »microSD cards up to 256 GB«, which is plenty.');
    expect(text).toContain('128 GB  The maximum »card size is 128 GB«.');
    expect(report.findings.map((finding) => finding.message)).toEqual(['Card up to 256 GB.', 'Card 128 GB.', 'Claims about card-size disagree. 128 GB and 256 GB do not overlap.']);
    const json = JSON.parse(formatJson(report, { color: false, cwd: process.cwd() })) as { claims: { value: { text: string; unitWord?: string } }[] };
    expect(json.claims.map((claim) => [claim.value.text, claim.value.unitWord])).toEqual([
      ['up to 256', 'GB'],
      ['128', 'GB'],
    ]);
  });
});
