import type { Parameters } from 'fast-check';

/**
 * How hard the fuzz suites push. `npm test` runs a few dozen cases a property so the suite stays fast;
 * `npm run fuzz` sets FUZZ_RUNS in the thousands. FUZZ_SEED (printed by fast-check on a failure, with the
 * path) replays a failing case: `FUZZ_SEED=… npx vitest run tests/fuzz`.
 */
const runs = Number(process.env.FUZZ_RUNS ?? '');
const seed = Number(process.env.FUZZ_SEED ?? '');

/** The number of cases for a property whose `npm test` share is `base` cases; FUZZ_RUNS scales every property alike. */
export function fuzzParameters<T>(base: number, weight = 1): Parameters<T> {
  const numRuns = Number.isFinite(runs) && runs > 0 ? Math.max(1, Math.round(runs * weight)) : base;
  return {
    numRuns,
    ...(Number.isFinite(seed) && process.env.FUZZ_SEED ? { seed } : {}),
    ...(process.env.FUZZ_PATH ? { path: process.env.FUZZ_PATH } : {}),
    // A failure prints its seed and path; shrinking stays on so the counterexample is small.
    verbose: 1,
  };
}

/** Time budget of one test: generous when FUZZ_RUNS asks for thousands of cases. */
export function fuzzTimeout(baseMs: number): number {
  return Number.isFinite(runs) && runs > 0 ? Math.max(baseMs, runs * 400) : baseMs;
}

/** Whether the long form (`npm run fuzz`) is running: counts are printed per property. */
export const LONG_FORM = Number.isFinite(runs) && runs > 0;
