import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import { audit } from '../../src/audit.js';
import { formatSarif } from '../../src/report/sarif.js';
import type { Report } from '../../src/types.js';

interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine?: number;
  endColumn?: number;
  snippet?: { text: string };
}
interface SarifLocation {
  id?: number;
  physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string; index?: number }; region: SarifRegion };
  message?: { text: string };
}
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: SarifLocation[];
  relatedLocations?: SarifLocation[];
  partialFingerprints: Record<string, string>;
}
interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: { id: string; shortDescription: { text: string }; defaultConfiguration: { level: string } }[] } };
    artifacts: { location: { uri: string; uriBaseId?: string } }[];
    results: SarifResult[];
    columnKind: string;
  }[];
}

const CHARACTERS = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;

/**
 * The SARIF 2.1.0 schema as @microsoft/jest-sarif ships it (2.1.0-rtm.5, draft-04). Ajv 8 speaks draft-07, which reads
 * this schema the same way once `id` is spelled `$id`: it uses no draft-04-only keyword (no boolean exclusiveMinimum).
 * Errata 01 (the schema GitHub uses) differs from rtm.5 only by stricter enum types, that pattern, and requiring a
 * region's startLine (or an offset); the first test checks startLine itself.
 */
function sarifValidator() {
  const schema = createRequire(import.meta.url)('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as Record<string, unknown>;
  const { $schema: _draft, id, ...rest } = schema;
  // unicodeRegExp off: rtm.5's `language` pattern (fixed in errata 01) is not valid in Unicode mode.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  // RFC 3986 by hand rather than another dependency: only allowed characters, and a parse that succeeds.
  ajv.addFormat('uri', (value: string) => CHARACTERS.test(value) && URL.canParse(value));
  ajv.addFormat('uri-reference', (value: string) => CHARACTERS.test(value) && URL.canParse(value, 'file:///base/'));
  ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)));
  return ajv.compile({ ...rest, $id: id as string });
}

const validate = sarifValidator();
const options = { color: false, cwd: process.cwd() };
const report = audit({ paths: ['fixtures/example-corpus'], config: false });
const sarif = JSON.parse(formatSarif(report, options)) as SarifLog;
const run = sarif.runs[0]!;

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** Audit files written to a fresh folder, as a user would in their repository. */
function auditFiles(files: Record<string, string>): Report {
  const cwd = mkdtempSync(join(tmpdir(), 'claim-audit-sarif-'));
  folders.push(cwd);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(cwd, name), text);
  return audit({ paths: Object.keys(files), cwd, config: false });
}

/** The UTF-16 offset of a 1-based line and column. */
function offsetAt(source: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current += 1) offset = source.indexOf('\n', offset) + 1;
  return offset + column - 1;
}

function sarifOf(input: Report): SarifLog {
  return JSON.parse(formatSarif(input, options)) as SarifLog;
}

describe('SARIF report', () => {
  it('validates against the SARIF 2.1.0 schema', () => {
    const valid = validate(sarif);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    // The validator is not vacuous: it refuses a wrong level, a URI with a space and a missing version.
    const broken = structuredClone(sarif);
    broken.runs[0]!.results[0]!.level = 'info';
    broken.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri = 'a file.md';
    const { version: _version, ...unversioned } = sarif;
    expect(validate(broken)).toBe(false);
    expect(validate.errors?.map((error) => error.instancePath)).toEqual(
      expect.arrayContaining(['/runs/0/results/0/level', '/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri']),
    );
    expect(validate(unversioned)).toBe(false);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toMatch(/sarif-schema-2\.1\.0\.json$/);
    expect(run.columnKind).toBe('utf16CodeUnits');
    const regions = run.results.flatMap((result) => [...result.locations, ...(result.relatedLocations ?? [])]).map((location) => location.physicalLocation.region);
    expect(regions.every((region) => Number.isInteger(region.startLine) && region.startLine >= 1)).toBe(true);
    expect(run.tool.driver).toMatchObject({ name: 'claim-audit', version: report.tool.version, informationUri: expect.stringMatching(/^https:\/\//) });
  });

  it('describes every rule of the report and every contradiction topic that occurs, and each result points at its rule', () => {
    const ids = run.tool.driver.rules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(report.rules.map((rule) => rule.id)));
    expect(ids).toEqual(expect.arrayContaining(report.contradictions.map((contradiction) => `contradiction/${contradiction.topic}`)));
    for (const result of run.results) {
      expect(run.tool.driver.rules[result.ruleIndex]?.id).toBe(result.ruleId);
      expect(result.level).toMatch(/^(error|warning|note)$/);
    }
    expect(run.results.map((result) => result.level)).toEqual(report.findings.map((finding) => ({ error: 'error', warning: 'warning', info: 'note' })[finding.severity]));
  });

  it('gives the efficacy contradiction its other side as a related location, linked from the message', () => {
    const result = run.results.find((candidate) => candidate.ruleId === 'contradiction/efficacy-rate');
    expect(result?.locations[0]?.physicalLocation.artifactLocation).toMatchObject({ uri: 'fixtures/example-corpus/02-ketamine-benefits.md', uriBaseId: '%SRCROOT%' });
    expect(result?.relatedLocations).toHaveLength(1);
    const other = result?.relatedLocations?.[0];
    expect(other?.id).toBe(1);
    expect(other?.physicalLocation.artifactLocation.uri).toBe('fixtures/example-corpus/01-ketamine-basics.md');
    expect(other?.physicalLocation.region).toMatchObject({ startLine: 18, snippet: { text: 'success rate between 65 and 75%' } });
    expect(other?.message?.text).toContain('conflicting claim');
    // An embedded link `[text](1)` refers to the related location whose id is 1.
    expect(result?.message.text).toContain('[fixtures/example-corpus/01-ketamine-basics.md:18:45](1)');
  });

  it('regions are 1-based UTF-16 columns with an exclusive end: the file text at each region is its snippet', () => {
    const locations = run.results.flatMap((result) => [...result.locations, ...(result.relatedLocations ?? [])]);
    expect(locations.length).toBeGreaterThan(0);
    for (const { physicalLocation } of locations) {
      const { region, artifactLocation } = physicalLocation;
      if (!region.snippet) continue;
      const source = readFileSync(artifactLocation.uri, 'utf8');
      const start = offsetAt(source, region.startLine, region.startColumn);
      const end = offsetAt(source, region.endLine ?? region.startLine, region.endColumn ?? region.startColumn);
      expect(source.slice(start, end)).toBe(region.snippet.text);
    }
  });

  it('counts columns in UTF-16 code units past an emoji and accents', () => {
    const input = auditFiles({ 'a.md': 'Résumé 🎉 — this cure works.\n' });
    const result = sarifOf(input).runs[0]?.results.find((candidate) => candidate.ruleId === 'certainty/cure-claim');
    // "Résumé 🎉 — this " is 17 UTF-16 code units (the emoji is a surrogate pair), so "cure" starts at column 18.
    expect(result?.locations[0]?.physicalLocation.region).toMatchObject({ startLine: 1, startColumn: 18, endColumn: 22, snippet: { text: 'cure' } });
  });

  it('fingerprints survive lines added above, and tell apart a sentence repeated in one file', () => {
    const text = 'This treatment cures chronic pain.\n\nResults are guaranteed.\n';
    const before = sarifOf(auditFiles({ 'a.md': text })).runs[0]!.results;
    const after = sarifOf(auditFiles({ 'a.md': `# Title\n\nA new opening paragraph.\n\n${text}` })).runs[0]!.results;
    expect(after.map((result) => result.locations[0]?.physicalLocation.region.startLine)).not.toEqual(before.map((result) => result.locations[0]?.physicalLocation.region.startLine));
    expect(after.map((result) => result.partialFingerprints)).toEqual(before.map((result) => result.partialFingerprints));

    const repeated = sarifOf(auditFiles({ 'a.md': 'This cure works.\n\nThis cure works.\n' })).runs[0]!.results;
    const prints = repeated.map((result) => Object.values(result.partialFingerprints)[0]);
    expect(prints).toHaveLength(2);
    expect(new Set(prints).size).toBe(2);
  });

  it('gives standard input a URI of its own and percent-encodes odd file names, and still validates', () => {
    const stdin = audit({ paths: ['-'], stdin: 'This cure works.\n', config: false });
    const stdinLog = sarifOf(stdin);
    expect(validate(stdinLog)).toBe(true);
    const location = stdinLog.runs[0]?.results[0]?.locations[0]?.physicalLocation.artifactLocation;
    expect(location?.uri).toBe('stdin');
    expect(location?.uriBaseId).toBeUndefined();

    const odd = sarifOf(auditFiles({ 'notes [draft] #1 100%.md': 'This cure works.\n' }));
    expect(validate(odd)).toBe(true);
    expect(odd.runs[0]?.artifacts[0]?.location).toEqual({ uri: 'notes%20%5Bdraft%5D%20%231%20100%25.md', uriBaseId: '%SRCROOT%' });
  });

  it('is deterministic JSON without color codes', () => {
    const text = formatSarif(report, options);
    expect(formatSarif(report, { color: true, cwd: '/elsewhere' })).toBe(text);
    expect(text).not.toContain('\u001b[');
  });
});
