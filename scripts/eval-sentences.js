// Measures sentence segmentation the way a user sees it: through `claim-audit inspect --format json`, on the
// English "Golden Rules" (../shared/eval/golden-rules.en.json, beside the repository). Prints each failing rule
// and a score line. Run `npm run build` first: the CLI runs from dist/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const goldenPath = resolve(root, '../shared/eval/golden-rules.en.json');
const bin = join(root, 'bin', 'claim-audit.js');

if (!existsSync(goldenPath)) {
  console.log('eval:sentences: ../shared/eval not found, skipping');
  process.exit(0);
}
if (!existsSync(join(root, 'dist', 'bundle', 'cli.js'))) {
  console.error('eval:sentences: dist/ is missing: run `npm run build` first');
  process.exit(1);
}

/** @type {{ id: number, name: string, input: string, expected: string[], in_pysbd_48?: boolean }[]} */
const rules = JSON.parse(readFileSync(goldenPath, 'utf8'));
const collapse = (text) => text.replace(/\s+/g, ' ').trim();

const dir = mkdtempSync(join(tmpdir(), 'claim-audit-golden-'));
let results;
try {
  const files = rules.map((rule) => {
    const file = join(dir, `rule-${String(rule.id).padStart(2, '0')}.txt`);
    writeFileSync(file, rule.input, 'utf8');
    return file;
  });
  const run = spawnSync(process.execPath, [bin, 'inspect', '--format', 'json', ...files], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  try {
    results = JSON.parse(run.stdout);
    // A single file may be printed as a bare object.
    if (!Array.isArray(results) && files.length === 1) results = [results];
  } catch {
    console.error(`eval:sentences: \`claim-audit inspect --format json\` did not print JSON (exit code ${run.status}).`);
    if (run.stderr) console.error(run.stderr.trimEnd());
    process.exit(1);
  }
  if (!Array.isArray(results) || results.length !== files.length) {
    console.error(`eval:sentences: expected a JSON array of ${files.length} documents, got ${Array.isArray(results) ? results.length : typeof results}.`);
    process.exit(1);
  }
  results.forEach((result, index) => {
    // One object per file, in argument order: check that the order is what we think it is.
    const expectedName = basename(files[index] ?? '');
    if (typeof result?.file !== 'string' || basename(result.file) !== expectedName) {
      console.error(`eval:sentences: result ${index} is for ${JSON.stringify(result?.file)}, expected ${expectedName}.`);
      process.exit(1);
    }
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}

let right = 0;
let pysbdRight = 0;
let pysbdTotal = 0;
const collapsed = [];
rules.forEach((rule, index) => {
  const result = results[index];
  const got = Array.isArray(result.sentences) ? result.sentences.map((sentence) => sentence.text) : [];
  // Some expected sentences are not verbatim slices of the input (upstream joined lines): compare those with
  // whitespace collapsed, and say so.
  const verbatim = rule.expected.every((sentence) => rule.input.includes(sentence));
  if (!verbatim) collapsed.push(rule.id);
  const normalise = verbatim ? (list) => list : (list) => list.map(collapse);
  const ok = JSON.stringify(normalise(got)) === JSON.stringify(normalise(rule.expected));
  if (rule.in_pysbd_48) pysbdTotal++;
  if (ok) {
    right++;
    if (rule.in_pysbd_48) pysbdRight++;
  } else {
    const error = result.error ? ` (error: ${result.error})` : '';
    console.log(`FAIL #${rule.id} ${rule.name}${error}\n  expected ${JSON.stringify(rule.expected)}\n  got      ${JSON.stringify(got)}`);
  }
});

if (collapsed.length > 0) {
  console.log(`(compared with whitespace collapsed, as their expected sentences are not verbatim slices of the input: ${collapsed.map((id) => `#${id}`).join(', ')})`);
}
console.log(`golden rules: ${right}/${rules.length} exactly right (pySBD subset: ${pysbdRight}/${pysbdTotal})`);
