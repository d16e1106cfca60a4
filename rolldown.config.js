// The command-line tool as one bundle (dist/bundle/): Node loads one file instead of some 300 modules, which
// saves about 130 ms at every start, and again in every worker thread. `tsc` still builds dist/ for the
// library API and its types; the bundle is made from that output. See README, "Development".
import { defineConfig } from 'rolldown';

export default defineConfig({
  input: { cli: 'dist/cli.js', worker: 'dist/parallel/worker.js' },
  platform: 'node',
  output: { dir: 'dist/bundle', format: 'esm', cleanDir: true },
  logLevel: 'warn',
});
