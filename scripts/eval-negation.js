#!/usr/bin/env node
/**
 * Negation scope, measured on the NegEx test set (Chapman et al.; ../shared/eval/negex.en.json, see SOURCES.md):
 * 2,376 sentences, each with a target condition and whether a physician judged it negated.
 *
 * It measures what a user sees: every item's sentence is written to its own .txt file and read back through
 * `claim-audit inspect --format json` (a few hundred files per call), so sentence splitting counts too. For each
 * item, the target is looked up in the file text (case-insensitive, whole words when possible), the sentence holding
 * it is found, and the item is predicted "negated" when some occurrence of the target lies FULLY INSIDE one of that
 * sentence's negation scopes. Fully inside, not overlapping: a scope that covers only part of a target (or a target
 * that contains its own cue, like "extremities are without edema", which the annotators count as affirmed) does
 * not negate it. The overlap criterion is printed on a second line for comparison only.
 * A target the segmenter splits across two sentences, or that is not in the text at all, is predicted affirmed.
 *
 *   node scripts/eval-negation.js            # through the CLI (needs `npm run build`)
 *   node scripts/eval-negation.js --verbose  # also list every error
 *   node scripts/eval-negation.js --direct   # diagnostic: call findNegations on each whole item, no segmenter
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataFile = resolve(root, '../shared/eval/negex.en.json');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const direct = args.includes('--direct');
const CHUNK = 300;

if (!existsSync(dataFile)) {
  console.log('eval:negation: ../shared/eval not found, skipping');
  process.exit(0);
}

/** @type {{id: number, sentence: string, target: string, negated: boolean}[]} */
const items = JSON.parse(readFileSync(dataFile, 'utf8'));

class EvalError extends Error {}

/** Stops the evaluation; thrown rather than exiting so that the temporary folder is removed on the way out. */
function fail(message) {
  throw new EvalError(message);
}

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Occurrences [start, end) of `target` in `text`: whole-word matches when there are any, else any substring match. */
function occurrences(text, target) {
  const words = target.trim().split(/\s+/).map(escapeRe).join('\\s+');
  const bounded = new RegExp(`${/^\w/.test(target) ? '\\b' : ''}${words}${/\w$/.test(target) ? '\\b' : ''}`, 'gi');
  let found = [...text.matchAll(bounded)];
  if (found.length === 0) found = [...text.matchAll(new RegExp(words, 'gi'))];
  return found.map((m) => [m.index, m.index + m[0].length]);
}

/**
 * The stretch of a sentence's text that corresponds to file range [a, b), or null. The sentence text is normally a
 * verbatim slice of the file; when it is not (normalised whitespace…), the target is searched in the sentence text
 * and the occurrence nearest to the expected place is taken.
 */
function toSentence(sentence, fileText, target, a, b) {
  const rel = a - sentence.offset;
  if (sentence.text === fileText.slice(sentence.offset, sentence.endOffset)) return [rel, rel + (b - a)];
  const inText = occurrences(sentence.text, target);
  if (inText.length === 0) return null;
  inText.sort((x, y) => Math.abs(x[0] - rel) - Math.abs(y[0] - rel));
  return inText[0];
}

/** Predicts one item from the sentences the tool produced for its file. */
function predict(item, sentences) {
  const result = { negated: false, found: false, split: false, cues: [] };
  for (const [a, b] of occurrences(item.sentence, item.target)) {
    result.found = true;
    const sentence = sentences.find((s) => s.offset <= a && b <= s.endOffset);
    if (sentence === undefined) {
      result.split = true;
      continue;
    }
    const range = toSentence(sentence, item.sentence, item.target, a, b);
    for (const n of sentence.negations ?? []) {
      result.cues.push(`{${n.cue} → ${sentence.text.slice(n.scopeStart, n.scopeEnd)}}`);
      if (range !== null && n.scopeStart <= range[0] && range[1] <= n.scopeEnd) result.negated = true;
      if (range !== null && n.scopeStart < range[1] && range[0] < n.scopeEnd) result.overlaps = true;
    }
  }
  return result;
}

/** Sentences per item, read through `claim-audit inspect --format json`. */
function viaCli() {
  const bin = join(root, 'bin', 'claim-audit.js');
  if (!existsSync(join(root, 'dist', 'bundle', 'cli.js'))) fail('dist/bundle/cli.js not found; run `npm run build` first');
  const dir = mkdtempSync(join(tmpdir(), 'claim-audit-negex-'));
  try {
    const names = items.map((item, i) => {
      const name = `item-${String(i).padStart(5, '0')}.txt`;
      writeFileSync(join(dir, name), item.sentence);
      return name;
    });
    const out = [];
    for (let i = 0; i < names.length; i += CHUNK) {
      const chunk = names.slice(i, i + CHUNK);
      const run = spawnSync(process.execPath, [bin, 'inspect', '--format', 'json', ...chunk], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
      if (run.error !== undefined || !run.stdout) fail(`claim-audit inspect failed (exit ${run.status}): ${run.error?.message ?? run.stderr}`);
      const parsed = JSON.parse(run.stdout);
      const objects = Array.isArray(parsed) ? parsed : [parsed];
      if (objects.length !== chunk.length) fail(`expected ${chunk.length} results from inspect, got ${objects.length}`);
      for (const object of objects) out.push(object.error !== undefined ? null : object.sentences);
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Sentences per item, one per item, straight from findNegations (diagnostic: no reader, no segmenter). */
async function viaFunction() {
  const module = join(root, 'dist', 'text', 'negation.js');
  if (!existsSync(module)) fail('dist/text/negation.js not found; run `npm run build` first');
  const { findNegations } = await import(pathToFileURL(module).href);
  return items.map((item) => [{ text: item.sentence, offset: 0, endOffset: item.sentence.length, negations: findNegations(item.sentence) }]);
}

let perItem;
try {
  perItem = direct ? await viaFunction() : viaCli();
} catch (error) {
  if (!(error instanceof EvalError)) throw error;
  console.error(`eval:negation: ${error.message}`);
  process.exit(1);
}

const counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
const overlap = { tp: 0, fp: 0, fn: 0, tn: 0 };
let notFound = 0;
let split = 0;
let unreadable = 0;
const errors = [];
const tally = (c, predicted, actual) => {
  if (predicted && actual) c.tp++;
  else if (predicted) c.fp++;
  else if (actual) c.fn++;
  else c.tn++;
};
items.forEach((item, i) => {
  const sentences = perItem[i];
  if (sentences === null || sentences === undefined) unreadable++;
  const p = predict(item, sentences ?? []);
  if (!p.found) notFound++;
  if (p.split && !p.negated) split++;
  tally(counts, p.negated, item.negated);
  tally(overlap, Boolean(p.overlaps), item.negated);
  if (p.negated !== item.negated) {
    errors.push(`${item.negated ? 'FN' : 'FP'} #${item.id} [${item.target}] ${p.cues.join(' ') || '(no negation)'}${p.split ? ' (target split across sentences)' : ''}\n     ${item.sentence.replace(/\s+/g, ' ')}`);
  }
});

const scores = (c) => {
  const precision = c.tp / (c.tp + c.fp || 1);
  const recall = c.tp / (c.tp + c.fn || 1);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const accuracy = (c.tp + c.tn) / (c.tp + c.fp + c.fn + c.tn);
  return `accuracy ${accuracy.toFixed(3)}, precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, F1 ${f1.toFixed(3)}`;
};

console.log(`negex: ${scores(counts)} (${items.length} items${direct ? ', direct calls, no segmenter' : ''})`);
console.log(`  tp ${counts.tp}, fp ${counts.fp}, fn ${counts.fn}, tn ${counts.tn}; target not in text ${notFound}, split across sentences ${split}${unreadable ? `, unreadable files ${unreadable}` : ''}`);
console.log(`  for comparison, target overlapping a scope: ${scores(overlap)}`);
console.log('  reference, NegEx authors (GenNegEx 1.2): accuracy 0.977, precision 0.933, recall 0.959, F1 0.946');
if (verbose) for (const line of errors) console.log(line);
