import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Worker threads run compiled JavaScript (Node cannot load the TypeScript sources in a worker), and
 * `bin/claim-audit.js` runs the bundle in `dist/bundle/`: the tests that spawn either need both built from
 * the sources under test, not stale ones, and the built-in rule sets parsed by that code. The same three steps
 * as `npm run build`.
 */
export default function buildOnce(): void {
  const resolve = createRequire(import.meta.url).resolve;
  execFileSync(process.execPath, [resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  // rolldown exports no path to its command line: it sits beside its package.json.
  const rolldown = join(dirname(resolve('rolldown/package.json')), 'bin', 'cli.mjs');
  execFileSync(process.execPath, [rolldown, '-c', 'rolldown.config.js'], { stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync(process.execPath, ['scripts/precompile-rules.js'], { stdio: 'inherit' });
}
