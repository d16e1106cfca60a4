import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { audit } from '../../src/audit.js';
import { FORMATTERS } from '../../src/report/index.js';
import type { Report } from '../../src/types.js';
import { generatedFiles, type GeneratedFile, markdownText, mutatedCorpusText } from './generators.js';
import { expectedText, expectExactPlaces } from './places.js';
import { fuzzParameters, fuzzTimeout, LONG_FORM } from './settings.js';

const root = mkdtempSync(join(tmpdir(), 'claim-audit-fuzz-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let cases = 0;

/** A fresh folder holding the files; returns it with the text each file should decode to. */
function writeCase(files: GeneratedFile[]): { cwd: string; texts: Map<string, string | null> } {
  const cwd = join(root, String(cases++));
  mkdirSync(cwd);
  const texts = new Map<string, string | null>();
  for (const file of files) {
    writeFileSync(join(cwd, file.name), file.bytes);
    texts.set(file.name, expectedText(file.bytes));
  }
  return { cwd, texts };
}

/** Every formatter renders the report without throwing; the machine-readable ones are valid JSON. */
function expectEveryFormatRenders(report: Report, cwd: string): void {
  for (const [name, format] of Object.entries(FORMATTERS)) {
    const output = format(report, { color: name === 'text', cwd });
    expect(typeof output, name).toBe('string');
    if (name === 'json' || name === 'sarif') expect(() => JSON.parse(output) as unknown, name).not.toThrow();
    if (name === 'rdjsonl') for (const line of output.split('\n').filter(Boolean)) expect(() => JSON.parse(line) as unknown, name).not.toThrow();
  }
}

const count = (name: string, runs: number): void => {
  if (LONG_FORM) console.log(`fuzz: ${name}: ${runs} cases`);
};

describe('fuzz: documents', () => {
  it(
    'random and mutated documents never make audit() throw, and every finding and claim quotes its exact place',
    () => {
      const parameters = fuzzParameters<[GeneratedFile[], boolean]>(30);
      fc.assert(
        fc.property(generatedFiles, fc.boolean(), (files, render) => {
          const { cwd, texts } = writeCase(files);
          const report = audit({ cwd, paths: files.map((file) => file.name), config: false });
          expect(report.files).toEqual([...texts.keys()].sort());
          expectExactPlaces(report, texts);
          for (const [path, text] of texts) {
            if (text === null) expect(report.findings.filter((finding) => finding.path === path).map((finding) => finding.ruleId)).toEqual(['claim-audit/skipped']);
          }
          // Rendering every format is the slow part; half the cases are enough to shake the formatters.
          if (render) expectEveryFormatRenders(report, cwd);
        }),
        parameters,
      );
      count('documents never throw, exact places', parameters.numRuns ?? 0);
    },
    fuzzTimeout(60_000),
  );

  it(
    'standard input of any string (lone surrogates, NULs, CR) is audited with exact places',
    () => {
      const parameters = fuzzParameters<[string]>(30, 0.5);
      const cwd = mkdtempSync(join(root, 'stdin-'));
      fc.assert(
        fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), markdownText, mutatedCorpusText), (text) => {
          const report = audit({ cwd, paths: ['-'], stdin: text, config: false });
          expect(report.files).toEqual(['<stdin>']);
          // Standard input is read as UTF-8 bytes, like a file: a leading U+FEFF is its BOM, not a column.
          expectExactPlaces(report, new Map([['<stdin>', expectedText(Buffer.from(text, 'utf8'))]]));
        }),
        parameters,
      );
      count('stdin never throws, exact places', parameters.numRuns ?? 0);
    },
    fuzzTimeout(60_000),
  );

  it(
    'the report is the same whatever the order of the input files',
    () => {
      const parameters = fuzzParameters<[GeneratedFile[], number[]]>(8, 0.3);
      fc.assert(
        fc.property(
          // Several files of corpus-like text, so that claims meet across files and contradictions form.
          generatedFiles.filter((files) => files.length >= 2),
          fc.array(fc.double({ noNaN: true }), { minLength: 4, maxLength: 4 }),
          (files, keys) => {
            const { cwd } = writeCase(files);
            const names = files.map((file) => file.name);
            const shuffled = names.map((name, at) => ({ name, key: keys[at] ?? 0 })).sort((a, b) => a.key - b.key).map(({ name }) => name);
            const reports = [names, [...names].reverse(), shuffled, ['.']].map((paths) => JSON.stringify(audit({ cwd, paths, config: false })));
            for (const report of reports.slice(1)) expect(report).toBe(reports[0]);
          },
        ),
        parameters,
      );
      count('order independence', parameters.numRuns ?? 0);
    },
    fuzzTimeout(60_000),
  );
});
