#!/usr/bin/env node
// How the contradiction sweep grows with one large group of claims on a key: n documents, each with one claim,
// half denying and half asserting (polarity), or with scattered figures (range), or with two exclusive
// categories. Doubling n should roughly double the time (sorting adds a log factor); a quadratic step shows
// as about 4× per doubling. `node bench/sweep.js [--runs 5]` (run `npm run build` first).
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { findContradictions } = await import(pathToFileURL(join(ROOT, 'dist/analysis/contradictions.js')).href);

const runsAt = process.argv.indexOf('--runs');
const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 5;
const SIZES = [8_000, 16_000, 32_000, 64_000];

const topicOf = (id, compare) => ({
  id,
  compare,
  unit: '%',
  tolerance: 0,
  relativeTolerance: 0,
  window: 12,
  severity: 'error',
  message: `${id} disagrees.`,
  measures: {},
  amountMeasures: [],
  terms: compare === 'polarity' ? { nausea: ['nausea'] } : {},
  context: [],
  categories: compare === 'exclusive' ? ['approved', 'off-label'] : [],
  origin: { file: 'bench', line: 1, column: 1 },
});
const topics = new Map([
  ['effect', topicOf('effect', 'polarity')],
  ['rate', topicOf('rate', 'range')],
  ['status', topicOf('status', 'exclusive')],
]);

/** A deterministic stream of numbers in [0, 1). */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function claimsOf(kind, n) {
  const next = random(n);
  const claims = [];
  for (let index = 0; index < n; index++) {
    const path = `articles/${String(index).padStart(6, '0')}.md`;
    const base = {
      subject: 'subject',
      hedged: false,
      cited: false,
      ruleId: 'bench/rule',
      path,
      span: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 10, offset: 9 } },
      sentence: `Sentence of article ${index}.`,
      match: 'match',
    };
    if (kind === 'polarity') {
      claims.push({ ...base, topic: 'effect', key: 'effect/nausea', value: { type: 'none' }, polarity: index % 2 ? 'negated' : 'affirmed' });
    } else if (kind === 'range') {
      const low = Math.floor(next() * 90);
      const value = { type: 'interval', min: low, max: low + 5, unit: '%', minInclusive: true, maxInclusive: true, approximate: false, text: `${low}–${low + 5}%` };
      claims.push({ ...base, topic: 'rate', key: 'rate', value, polarity: 'affirmed' });
    } else {
      const category = index % 2 ? 'approved' : 'off-label';
      claims.push({ ...base, topic: 'status', key: 'status', value: { type: 'category', category, text: category, scope: [] }, polarity: 'affirmed' });
    }
  }
  return claims;
}

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

process.stdout.write(`contradiction sweep, one group of n claims, median of ${runs} runs\n`);
for (const kind of ['polarity', 'range', 'exclusive']) {
  let previous = null;
  for (const n of SIZES) {
    const claims = claimsOf(kind, n);
    const times = [];
    let found = 0;
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      found = findContradictions(claims, topics).contradictions.length;
      times.push(performance.now() - started);
    }
    const ms = median(times);
    const growth = previous === null ? '' : `  ×${(ms / previous).toFixed(2)} for ×2 claims`;
    process.stdout.write(`  ${kind.padEnd(9)} n=${String(n).padStart(6)}  ${ms.toFixed(0).padStart(6)} ms  ${String(found).padStart(6)} contradictions${growth}\n`);
    previous = ms;
  }
}
