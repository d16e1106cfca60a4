#!/usr/bin/env node
// `npm run fuzz [-- runs [seed]]`: the fuzz suites of tests/fuzz with thousands of cases a property instead of
// the few dozen `npm test` runs. FUZZ_RUNS scales every property (some run a fraction: see tests/fuzz);
// FUZZ_SEED replays a run, and FUZZ_PATH one failing case, both printed by fast-check on a failure.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const [runs = process.env.FUZZ_RUNS ?? '2000', seed = process.env.FUZZ_SEED] = process.argv.slice(2);
const env = { ...process.env, FUZZ_RUNS: runs, ...(seed ? { FUZZ_SEED: seed } : {}) };
const vitest = join(import.meta.dirname, '..', 'node_modules', 'vitest', 'vitest.mjs');
const started = Date.now();
const result = spawnSync(process.execPath, [vitest, 'run', 'tests/fuzz', '--reporter=verbose', '--silent=false'], { stdio: 'inherit', env });
console.log(`fuzz: FUZZ_RUNS=${runs}${seed ? ` FUZZ_SEED=${seed}` : ''}, ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exitCode = result.status ?? 1;
