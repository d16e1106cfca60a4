#!/usr/bin/env node
// Audit the seed articles in ../shared/seeds (real web text, kept outside the repo) and print the report,
// with how long the audit took. Skips cleanly where the seeds are absent.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const seeds = join(root, '..', 'shared', 'seeds');
if (!existsSync(seeds)) {
  console.log('eval:seeds: ../shared/seeds not found, skipping');
  process.exit(0);
}
if (!existsSync(join(root, 'dist', 'bundle', 'cli.js'))) {
  console.error('eval:seeds: dist/ is missing; run `npm run build` first');
  process.exit(1);
}
const extra = process.argv.slice(2);
const started = process.hrtime.bigint();
const run = spawnSync(process.execPath, [join(root, 'bin', 'claim-audit.js'), 'check', relative(process.cwd(), seeds), '--fail-on', 'never', ...extra], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
});
const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
process.stdout.write(run.stdout);
console.error(`eval:seeds: check took ${elapsed.toFixed(0)} ms (exit ${run.status})`);
process.exit(run.status === 2 ? 2 : 0);
