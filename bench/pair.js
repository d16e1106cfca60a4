#!/usr/bin/env node
// `node bench/pair.js <corpus> [claim-audit args…]`: the machine's own ceiling for two threads. The corpus's
// sub-folders are split in two halves and two claim-audit processes (one job each, nothing shared) audit one
// half each at the same time. On a machine whose two cores were fully independent this would take half the
// single-job time; how far it is from that is what no threading inside claim-audit can win back.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../bin/claim-audit.js', import.meta.url));
const [corpus, ...extra] = process.argv.slice(2);
if (!corpus) {
  process.stderr.write('usage: node bench/pair.js <corpus folder> [claim-audit check options…]\n');
  process.exit(2);
}
const folders = readdirSync(corpus, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => join(corpus, entry.name))
  .sort();
const halves = [folders.filter((_folder, index) => index % 2 === 0), folders.filter((_folder, index) => index % 2 === 1)];
if (halves.some((half) => half.length === 0)) {
  process.stderr.write(`pair: ${corpus} needs at least two sub-folders to split\n`);
  process.exit(2);
}
const run = (paths) =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, 'check', ...paths, '--jobs', '1', ...extra], { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('close', (code) => resolve(code));
  });
const codes = await Promise.all(halves.map(run));
process.exit(codes.every((code) => code === 0) ? 0 : 1);
