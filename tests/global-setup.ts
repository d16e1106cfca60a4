import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

/**
 * Worker threads run compiled JavaScript (Node cannot load the TypeScript sources in a worker), so the tests
 * that spawn `bin/claim-audit.js` need a `dist/` built from the sources under test, not a stale one.
 */
export default function buildOnce(): void {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
}
