#!/usr/bin/env node
// Score value extraction on the Recognizers-Text specs in ../shared/eval (see SOURCES.md there), measured
// THROUGH THE CLI as a user sees values: every case's input goes to its own .txt file and
// `claim-audit inspect --format json` reads them all (in chunks); a value's offset in the file is
// sentence.offset + value.start. Skips cleanly where the data is absent.
//
//   node scripts/eval-numbers.js [--verbose] [--direct]
//
// --verbose  print every failure (id, input, expected, got)
// --direct   development fallback: call dist/text/numbers.js on each input as one sentence, without the CLI
//
// Scoring conventions (the specs come from another tool; where its conventions differ from claim-audit's
// on purpose, both figures are printed):
// - percent: a case is right when the '%' values equal the expected results as a multiset of
//   (span text, case-insensitive; percent value). A value must be a single point to match. Expected
//   results without a number ("a small percent") cannot be matched and count as failures.
// - number-range: a case is right when the extracted intervals that are true ranges (not single points)
//   equal the expected non-point intervals (min, max, inclusivity; null = unbounded), and every expected
//   point interval ("equals 20" = [20, 20]) is among the extracted points. Other plain numbers
//   ("in 2009") are ignored: the spec's model reports ranges only, and claim-audit reports every number.
//   '%' values are compared as fractions (50% = 0.5; "more than 1/2 of" is 50% here, 0.5 there);
//   durations stay in seconds and so do not match the spec's bare numbers ("thirty years old").
//   The spec writes every two-sided range ("between 20 and 30", "1000-5000", "20 through 100") as
//   half-open [min, max); claim-audit reads them closed [min, max] as English does. The headline
//   figure accepts a closed max where the spec has [min, max) with both ends finite; the strict figure
//   (exact inclusivity everywhere) is printed below it.
// - duration: only cases with `resolved: true`; seconds use months = 30 days and years = 365 days like
//   the spec. A case is right when the 's' values equal the expected results as a multiset of
//   (span text, case-insensitive; seconds): mod "more" must read (s, ∞), mod "less" (−∞, s), anything
//   else a point [s, s] - or, for an approximate value (a vague word such as "several weeks"), an
//   interval containing the spec's single resolution (3 weeks). The exact-only figure is printed too.
// - number (informational): the multiset of point values ('' as is, '%' as fractions; durations are
//   skipped) equals the expected `number`s.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = join(root, '..', 'shared', 'eval');
if (!existsSync(evalDir)) {
  console.log('eval:numbers: ../shared/eval not found, skipping');
  process.exit(0);
}
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const direct = args.includes('--direct');
const CHUNK = 300;

const SPECS = [
  { name: 'percent', file: 'recognizers-percent.en.json', score: scorePercent },
  { name: 'number-range', file: 'recognizers-number-range.en.json', score: scoreRange },
  { name: 'duration', file: 'recognizers-duration.en.json', score: scoreDuration, filter: (c) => c.resolved === true },
  { name: 'number', file: 'recognizers-number.en.json', score: scoreNumber, informational: true },
];

// ---------------------------------------------------------------------------------------------------------
// Extraction
// ---------------------------------------------------------------------------------------------------------

/** Values of each input, with offsets into the input. */
async function extractAll(inputs) {
  if (direct) {
    const modulePath = join(root, 'dist', 'text', 'numbers.js');
    if (!existsSync(modulePath)) fail('dist/ is missing; run `npm run build` first');
    const { extractValues } = await import(pathToFileURL(modulePath).href);
    return inputs.map((input) => extractValues(input).map((value) => ({ ...value, fileStart: value.start, fileEnd: value.end })));
  }
  const cli = join(root, 'bin', 'claim-audit.js');
  if (!existsSync(join(root, 'dist', 'bundle', 'cli.js'))) fail('dist/ is missing; run `npm run build` first');
  const folder = mkdtempSync(join(tmpdir(), 'claim-audit-eval-numbers-'));
  try {
    const files = inputs.map((input, index) => {
      const file = join(folder, `case-${String(index).padStart(5, '0')}.txt`);
      writeFileSync(file, input, 'utf8');
      return file;
    });
    const results = [];
    for (let from = 0; from < files.length; from += CHUNK) {
      const chunk = files.slice(from, from + CHUNK);
      const run = spawnSync(process.execPath, [cli, 'inspect', '--format', 'json', ...chunk], { encoding: 'utf8', maxBuffer: 1 << 30, cwd: folder });
      if (run.status !== 0 && !run.stdout) fail(`claim-audit inspect failed (exit ${run.status}): ${run.stderr}`);
      let parsed;
      try {
        parsed = JSON.parse(run.stdout);
      } catch {
        fail(`claim-audit inspect printed no JSON: ${run.stdout.slice(0, 200)} ${run.stderr.slice(0, 500)}`);
      }
      const objects = Array.isArray(parsed) ? parsed : [parsed];
      if (objects.length !== chunk.length) fail(`claim-audit inspect returned ${objects.length} documents for ${chunk.length} files`);
      for (const object of objects) {
        const values = [];
        for (const sentence of object.sentences ?? []) {
          for (const value of sentence.values ?? []) {
            values.push({ ...value, fileStart: sentence.offset + value.start, fileEnd: sentence.offset + value.end });
          }
        }
        results.push(values);
      }
    }
    return results;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

class EvalFailure extends Error {}

/** Stop the evaluation; thrown (not process.exit) so the temporary folder is removed on the way out. */
function fail(message) {
  throw new EvalFailure(message);
}

// ---------------------------------------------------------------------------------------------------------
// Matching helpers
// ---------------------------------------------------------------------------------------------------------

function near(a, b) {
  if (a === null || b === null || a === undefined || b === undefined) return a === b || (a == null && b == null);
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Whether every expected item pairs with its own got item and nothing is left over. */
function sameMultiset(expected, got, equal) {
  if (expected.length !== got.length) return false;
  const used = new Array(got.length).fill(false);
  return expected.every((want) => {
    const index = got.findIndex((have, k) => !used[k] && equal(want, have));
    if (index < 0) return false;
    used[index] = true;
    return true;
  });
}

const isPoint = (v) => v.min !== null && v.max !== null && near(v.min, v.max) && v.minInclusive && v.maxInclusive;
const lower = (text) => String(text).toLowerCase();
const show = (v) => `${JSON.stringify(v.text)}@${v.fileStart} ${v.minInclusive ? '[' : '('}${v.min ?? '-∞'}, ${v.max ?? '∞'}${v.maxInclusive ? ']' : ')'}${v.unit}${v.approximate ? '~' : ''}`;

// ---------------------------------------------------------------------------------------------------------
// Scorers: each returns { ok, alt? } where alt is the secondary (strict or exact-only) verdict
// ---------------------------------------------------------------------------------------------------------

function scorePercent(testCase, values) {
  const expected = testCase.results.map((r) => ({ text: lower(r.text), value: r.percent }));
  const got = values.filter((v) => v.unit === '%').map((v) => ({ text: lower(v.text), value: isPoint(v) ? v.min : undefined }));
  const ok = sameMultiset(expected, got, (e, g) => e.text === g.text && e.value !== null && near(e.value, g.value));
  return { ok };
}

function toInterval(v) {
  const scale = v.unit === '%' ? 0.01 : 1;
  return {
    min: v.min === null ? null : v.min * scale,
    max: v.max === null ? null : v.max * scale,
    minInclusive: v.minInclusive,
    maxInclusive: v.maxInclusive,
  };
}

function sameInterval(e, g, closedRanges) {
  if (!near(e.min, g.min) || !near(e.max, g.max)) return false;
  if (e.min !== null && e.minInclusive !== g.minInclusive) return false;
  if (e.max !== null && e.maxInclusive !== g.maxInclusive) {
    const halfOpenRange = closedRanges && e.min !== null && e.max !== null && e.minInclusive && !e.maxInclusive && g.maxInclusive;
    if (!halfOpenRange) return false;
  }
  return true;
}

function scoreRange(testCase, values) {
  const expected = testCase.results.map((r) => ({ min: r.interval.min, max: r.interval.max, minInclusive: r.interval.min_inclusive, maxInclusive: r.interval.max_inclusive }));
  const got = values.map(toInterval);
  const expectedRanges = expected.filter((e) => !isPoint(e));
  const expectedPoints = expected.filter(isPoint);
  const gotRanges = got.filter((g) => !isPoint(g));
  const gotPoints = got.filter(isPoint);
  const points = expectedPoints.every((e) => gotPoints.some((g) => near(g.min, e.min)));
  return {
    ok: points && sameMultiset(expectedRanges, gotRanges, (e, g) => sameInterval(e, g, true)),
    alt: points && sameMultiset(expectedRanges, gotRanges, (e, g) => sameInterval(e, g, false)),
  };
}

function durationMatch(e, g, allowVague) {
  if (lower(e.text) !== lower(g.text)) return false;
  const s = e.seconds;
  if (e.mod === 'more') return near(g.min, s) && g.max === null && !g.minInclusive;
  if (e.mod === 'less') return near(g.max, s) && g.min === null && !g.maxInclusive;
  if (near(g.min, s) && near(g.max, s)) return true;
  return allowVague && g.approximate === true && g.min !== null && g.max !== null && g.min <= s && s <= g.max;
}

function scoreDuration(testCase, values) {
  const expected = testCase.results;
  const got = values.filter((v) => v.unit === 's');
  return {
    ok: sameMultiset(expected, got, (e, g) => durationMatch(e, g, true)),
    alt: sameMultiset(expected, got, (e, g) => durationMatch(e, g, false)),
  };
}

function scoreNumber(testCase, values) {
  const expected = testCase.results.map((r) => r.number);
  const got = values.filter((v) => v.unit !== 's' && isPoint(v)).map((v) => (v.unit === '%' ? v.min / 100 : v.min));
  return { ok: sameMultiset(expected, got, near) };
}

// ---------------------------------------------------------------------------------------------------------
// Run
// ---------------------------------------------------------------------------------------------------------

const suites = SPECS.map((spec) => {
  const cases = JSON.parse(readFileSync(join(evalDir, spec.file), 'utf8')).filter(spec.filter ?? (() => true));
  return { ...spec, cases };
});
const inputs = suites.flatMap((suite) => suite.cases.map((c) => c.input));
let extracted;
try {
  extracted = await extractAll(inputs);
} catch (error) {
  if (!(error instanceof EvalFailure)) throw error;
  console.error(`eval:numbers: ${error.message}`);
  process.exit(1);
}

const percent = (a, b) => `${a}/${b} (${b === 0 ? '0.0' : ((100 * a) / b).toFixed(1)}%)`;
let at = 0;
const lines = [];
for (const suite of suites) {
  let right = 0;
  let alt = 0;
  for (const testCase of suite.cases) {
    const values = extracted[at++] ?? [];
    const verdict = suite.score(testCase, values);
    if (verdict.ok) right++;
    if (verdict.alt ?? verdict.ok) alt++;
    if (!verdict.ok && verbose) {
      const expected = testCase.results.map((r) => {
        const value = r.percent ?? r.seconds ?? r.number ?? r.value;
        return `${JSON.stringify(r.text)}@${r.start} ${value}${r.mod ? ` (${r.mod})` : ''}`;
      });
      console.log(`FAIL ${suite.name} ${testCase.id}\n  input:    ${JSON.stringify(testCase.input.length > 300 ? `${testCase.input.slice(0, 300)}…` : testCase.input)}\n  expected: ${expected.join(' | ') || '(nothing)'}\n  got:      ${values.map(show).join(' | ') || '(nothing)'}`);
    }
  }
  const total = suite.cases.length;
  lines.push(`${suite.name}: ${percent(right, total)}${suite.informational ? '  (informational)' : ''}`);
  if (suite.name === 'number-range') lines.push(`  strict inclusivity (spec's half-open ranges): ${percent(alt, total)}`);
  if (suite.name === 'duration') lines.push(`  resolved cases only; exact values only (no vague containment): ${percent(alt, total)}`);
}
if (verbose) console.log('');
console.log(`eval:numbers: ${direct ? 'direct calls to dist/text/numbers.js (not through the CLI)' : 'through `claim-audit inspect --format json`'}`);
for (const line of lines) console.log(line);
