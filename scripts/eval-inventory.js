#!/usr/bin/env node
// Score claim-audit on the sentence inventory (eval-corpus/inventory/sentences.jsonl): single sentences about many
// treatments, written without looking at the rules, each labelled with the claims an editor would want read from it
// (topic, figures or polarity), or none for a trap. Each sentence becomes a one-line article of its subject (with its
// heading, if any), and the built-in rules read them all in one run. Prints per topic how many expected claims were
// read, how many traps gave a claim, and with --verbose every miss and every claim no label asked for.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const inventory = join(root, 'eval-corpus', 'inventory', 'sentences.jsonl');
if (!existsSync(inventory)) {
  console.log('eval:inventory: eval-corpus/inventory/sentences.jsonl not found, skipping');
  process.exit(0);
}
if (!existsSync(join(root, 'dist', 'bundle', 'cli.js'))) {
  console.error('eval:inventory: dist/ is missing; run `npm run build` first');
  process.exit(1);
}
const verbose = process.argv.includes('--verbose');
const items = readFileSync(inventory, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));

// One article per sentence, so no heading or paragraph speaks for another sentence.
const dir = mkdtempSync(join(tmpdir(), 'claim-audit-inventory-'));
const lineOf = new Map();
for (const item of items) {
  const lines = ['---', `subject: ${item.subject}`, '---', ''];
  if (item.context) lines.push(`## ${item.context}`, '');
  lineOf.set(item.id, lines.length + 1);
  lines.push(item.text, '');
  writeFileSync(join(dir, `${item.id}.md`), lines.join('\n'));
}
const run = spawnSync(process.execPath, [join(root, 'bin', 'claim-audit.js'), 'check', dir, '--no-cache', '--format', 'json', '--fail-on', 'never', '--no-config'], {
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
});
rmSync(dir, { recursive: true, force: true });
if (run.status !== 0) {
  console.error(run.stderr);
  process.exit(1);
}
const claimsOf = new Map();
for (const claim of JSON.parse(run.stdout).claims) {
  const id = claim.file.split(/[\\/]/).pop().replace(/\.md$/, '');
  if (claim.line !== lineOf.get(id)) continue;
  claimsOf.set(id, [...(claimsOf.get(id) ?? []), claim]);
}

const SECONDS = { seconds: 1, minutes: 60, hours: 3600, days: 86_400, weeks: 604_800, months: 2_629_800, years: 31_557_600 };
const near = (a, b) => Math.abs(a - b) <= Math.max(1e-6, Math.abs(b) * 0.06);

/** Whether a claim is the labelled one: same topic and measure, and the label's figures among its bounds. */
function isExpected(expected, claim) {
  if (claim.topic !== expected.topic) return false;
  if (expected.measure && !claim.key.startsWith(`${expected.topic}/${expected.measure}`)) return false;
  const polarity = expected.polarity ?? 'affirmed';
  if (expected.topic === 'side-effect') {
    if (claim.polarity !== polarity) return false;
    const term = (expected.term ?? '').toLowerCase();
    const read = claim.key.split('/')[1] ?? '';
    return term === 'any' || read.slice(0, 4) === term.replace(/\s+/g, '-').slice(0, 4) || read.includes(term.split(' ')[0].slice(0, 5));
  }
  if (expected.topic === 'procedure-pain') return claim.polarity === polarity;
  if (expected.topic === 'regulatory-status') return claim.value?.category === expected.category && claim.polarity === polarity;
  if (claim.value?.min === undefined) return false;
  const factor = SECONDS[expected.unit] ?? 1;
  const among = (figure) => figure === null || figure === undefined || near(claim.value.min, figure * factor) || near(claim.value.max, figure * factor);
  return among(expected.low) && among(expected.high);
}

const perTopic = new Map();
const notes = [];
let traps = 0;
let trapsClaimed = 0;
let unasked = 0;
for (const item of items) {
  const claims = claimsOf.get(item.id) ?? [];
  const used = new Set();
  for (const expected of item.expect) {
    const tally = perTopic.get(expected.topic) ?? { expected: 0, read: 0 };
    perTopic.set(expected.topic, tally);
    tally.expected++;
    const at = claims.findIndex((claim, index) => !used.has(index) && isExpected(expected, claim));
    if (at >= 0) {
      tally.read++;
      used.add(at);
    } else notes.push(`missed ${item.id} ${JSON.stringify(expected)}: ${item.text}`);
  }
  const others = claims.filter((_, index) => !used.has(index));
  if (item.expect.length === 0) {
    traps++;
    if (others.length > 0) trapsClaimed++;
  }
  unasked += others.length;
  for (const claim of others) notes.push(`${item.expect.length === 0 ? 'trap' : 'unasked'} ${item.id} ${claim.key} ${claim.value?.text ?? ''} ${claim.polarity}: ${item.text}`);
}
let expected = 0;
let read = 0;
for (const [topic, tally] of [...perTopic].sort(([a], [b]) => a.localeCompare(b))) {
  expected += tally.expected;
  read += tally.read;
  console.log(`${topic.padEnd(24)} ${tally.read}/${tally.expected}`);
}
console.log(`expected claims read: ${read}/${expected}; traps with a claim: ${trapsClaimed}/${traps}; claims no label asked for: ${unasked}`);
if (verbose) console.log(notes.sort().join('\n'));
