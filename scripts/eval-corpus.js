#!/usr/bin/env node
// Score claim-audit on the held-out evaluation corpus (eval-corpus/, articles on other subjects written
// without looking at the rules, with an answer key): contradictions found (recall), reported contradictions
// that are planted ones (precision, with known non-contradictions counted as false), and risky claims
// listed as claims. Runs the CLI the way a user would, with the built-in rules only.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(root, 'eval-corpus');
const answersFile = join(corpus, 'ANSWERS.json');
if (!existsSync(answersFile)) {
  console.log('eval:corpus: eval-corpus/ANSWERS.json not found, skipping');
  process.exit(0);
}
if (!existsSync(join(root, 'dist', 'bundle', 'cli.js'))) {
  console.error('eval:corpus: dist/ is missing; run `npm run build` first');
  process.exit(1);
}
const verbose = process.argv.includes('--verbose');
const answers = JSON.parse(readFileSync(answersFile, 'utf8'));
const run = spawnSync(process.execPath, [join(root, 'bin', 'claim-audit.js'), 'check', ...['tms', 'iv-vitamin', 'semaglutide', 'prp-hair'].map((subject) => `eval-corpus/${subject}`), '--format', 'json', '--fail-on', 'never', '--no-config'], {
  cwd: root,
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
});
if (run.status !== 0) {
  console.error(run.stderr);
  process.exit(1);
}
const report = JSON.parse(run.stdout);
const place = (file, line) => `eval-corpus/${file}:${line}`;
const sidePlace = (side) => `${side.file}:${side.line}`;

/** A reported contradiction matches an expected one when each expected side is a reported side (file and line). */
const matches = (reported, expected) => {
  const sides = new Set(reported.sides.map(sidePlace));
  return expected.sides.every((side) => sides.has(place(side.file, side.line)));
};

const found = answers.contradictions.filter((expected) => report.contradictions.some((reported) => matches(reported, expected)));
const missed = answers.contradictions.filter((expected) => !found.includes(expected));
const real = report.contradictions.filter((reported) => answers.contradictions.some((expected) => matches(reported, expected)));
// A line can carry a planted contradiction and a near-miss at once: only what matches no planted one counts as false.
const knownFalse = report.contradictions.filter((reported) => !real.includes(reported) && answers.not_contradictions.some((expected) => matches(reported, expected)));
const unplanned = report.contradictions.filter((reported) => !real.includes(reported) && !knownFalse.includes(reported));

const claimLines = new Set(report.claims.map((claim) => `${claim.file}:${claim.line}`));
const findingLines = new Set(report.findings.map((finding) => `${finding.file}:${finding.line}`));
const listed = answers.risky_claims.filter((risky) => claimLines.has(place(risky.file, risky.line)));
const flagged = answers.risky_claims.filter((risky) => findingLines.has(place(risky.file, risky.line)));

const pct = (part, whole) => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`);
console.log(`contradictions found: ${found.length}/${answers.contradictions.length} (${pct(found.length, answers.contradictions.length)})`);
console.log(`reported contradictions that are planted: ${real.length}/${report.contradictions.length} (${pct(real.length, report.contradictions.length)}); known non-contradictions reported: ${knownFalse.length}; unplanned (review by hand): ${unplanned.length}`);
console.log(`risky claims listed as claims: ${listed.length}/${answers.risky_claims.length} (${pct(listed.length, answers.risky_claims.length)}); with a finding: ${flagged.length}`);
if (verbose) {
  for (const item of missed) console.log(`  missed: [${item.subject}] ${item.topic}: ${item.sides.map((side) => `${side.file}:${side.line} "${side.quote}"`).join(' vs ')}`);
  for (const item of knownFalse) console.log(`  FALSE: ${item.key}: ${item.sides.map((side) => `${side.file}:${side.line} ${side.sentence}`).join(' vs ')}`);
  for (const item of unplanned) console.log(`  unplanned: ${item.key}: ${item.sides.map((side) => `${side.file}:${side.line} ${side.sentence}`).join(' || ')}`);
  for (const item of answers.risky_claims.filter((risky) => !listed.includes(risky))) console.log(`  risky not listed: ${item.file}:${item.line} [${item.kind}] "${item.quote}"`);
}
