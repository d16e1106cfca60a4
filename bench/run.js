#!/usr/bin/env node
// `npm run bench [-- --sizes 1000,10000 --runs 5 --quick]`: claim-audit against textlint + prh (the peer a
// user would otherwise reach for) and against the remark parse floor, on generated corpora. See bench/README.md.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, relative } from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SEED, generateCorpus } from './generate.js';
import { writePrhConfig } from './prh.js';

const BENCH = fileURLToPath(new URL('.', import.meta.url));
const ROOT = join(BENCH, '..');
const WORK = join(BENCH, '.work');
const CLI = join(ROOT, 'bin', 'claim-audit.js');
const TEXTLINT = join(BENCH, 'node_modules', '.bin', 'textlint');
const GNU_TIME = '/usr/bin/time';
const NOT_IMPLEMENTED = 'n/a (not implemented)';

const USAGE = `usage: npm run bench -- [options]
  --sizes <list>       corpus sizes, comma-separated (default 1000,10000)
  --runs <n>           timed runs per row; the median is reported (default 5)
  --quick              1000 files, 3 runs
  --budget <seconds>   stop a row after 3 runs once its runs add up to this (default 900)
  --timeout <minutes>  kill one run after this long and report "timeout" (default 15)
  --seed <integer>     corpus seed (default ${DEFAULT_SEED})
  --no-diagnostic      skip the diagnostic rows (one subject per article; PR mode when all share one subject)
  --out <file>         results file (default bench/results.json)`;

function parseOptions(argv) {
  const options = { sizes: [1000, 10000], runs: 5, budgetS: 900, timeoutMin: 15, seed: DEFAULT_SEED, diagnostic: true, out: join(BENCH, 'results.json') };
  for (let index = 0; index < argv.length; index++) {
    const flag = argv[index];
    const value = () => {
      const next = argv[++index];
      if (next === undefined) fail(`${flag} needs a value`);
      return next;
    };
    if (flag === '--quick') Object.assign(options, { sizes: [1000], runs: 3 });
    else if (flag === '--sizes') options.sizes = value().split(',').map(Number);
    else if (flag === '--runs') options.runs = Number(value());
    else if (flag === '--budget') options.budgetS = Number(value());
    else if (flag === '--timeout') options.timeoutMin = Number(value());
    else if (flag === '--seed') options.seed = Number(value());
    else if (flag === '--no-diagnostic') options.diagnostic = false;
    else if (flag === '--out') options.out = value();
    else if (flag === '--help' || flag === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else fail(`unknown option ${flag}`);
  }
  if (!options.sizes.every((size) => Number.isInteger(size) && size > 0)) fail('--sizes takes positive integers, e.g. 1000,10000');
  if (!Number.isInteger(options.runs) || options.runs < 1) fail('--runs takes a positive integer');
  return options;
}

function fail(message) {
  process.stderr.write(`bench: ${message}\n${USAGE}\n`);
  process.exit(2);
}

const log = (message) => process.stderr.write(`${message}\n`);

/** Run a setup command in the foreground; any failure ends the bench. */
function runSetup(command, args, cwd) {
  log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) fail(`setup step failed: ${command} ${args.join(' ')}`);
}

function ensurePeer() {
  if (existsSync(TEXTLINT)) return;
  // The peers are the bench's own dependencies, pinned in bench/package-lock.json, not claim-audit's.
  const verb = existsSync(join(BENCH, 'package-lock.json')) ? 'ci' : 'install';
  runSetup('npm', [verb, '--prefix', BENCH, '--no-audit', '--no-fund'], ROOT);
}

function ensureBuild() {
  if (existsSync(join(ROOT, 'dist', 'bundle', 'cli.js'))) return;
  runSetup('npm', ['run', 'build'], ROOT);
}

/** Which optional claim-audit flags exist, read from `check --help` so the bench follows the CLI as it grows. */
function detectFeatures() {
  const help = spawnSync(process.execPath, [CLI, 'check', '--help'], { cwd: ROOT, encoding: 'utf8' }).stdout ?? '';
  const has = (flag) => new RegExp(`(^|[\\s,])${flag}(?![\\w-])`, 'm').test(help);
  return { jobs: has('--jobs'), noCache: has('--no-cache'), cacheLocation: has('--cache-location') };
}

const sha256 = (text) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** Generate a corpus unless one made by the same generator, seed and size is already there. */
function ensureCorpus(name, size, seed, options = {}) {
  const dir = join(WORK, name);
  const stampPath = join(WORK, `${name}.json`);
  const stamp = { size, seed, ...options, generator: sha256(readFileSync(join(BENCH, 'generate.js'))) };
  const old = existsSync(stampPath) ? readFileSync(stampPath, 'utf8') : '';
  if (old && existsSync(dir)) {
    const previous = JSON.parse(old);
    if (JSON.stringify({ ...previous, bytes: undefined }) === JSON.stringify({ ...stamp, bytes: undefined })) return { dir, ...previous };
  }
  log(`generating ${name} (${size} articles)…`);
  rmSync(stampPath, { force: true });
  const { bytes } = generateCorpus(size, dir, seed, options);
  const done = { ...stamp, bytes };
  writeFileSync(stampPath, `${JSON.stringify(done)}\n`);
  return { dir, ...done };
}

/**
 * A copy of a corpus as a git repository, for the rows that edit a file: one article changed since the last
 * commit, as in a pull request. The edit is undone (git checkout) before the copy is reused.
 */
function ensurePrCorpus(corpus, size, name = `corpus-${size}-pr`) {
  const dir = join(WORK, name);
  const stampPath = join(WORK, `${name}.json`);
  const stamp = JSON.stringify({ from: corpus.generator, seed: corpus.seed, size, oneSubject: corpus.oneSubject ?? false });
  if (existsSync(stampPath) && readFileSync(stampPath, 'utf8') === stamp && existsSync(join(dir, '.git'))) {
    spawnSync('git', ['checkout', '-q', '--', '.'], { cwd: dir });
    return dir;
  }
  log(`copying ${relative(WORK, corpus.dir)} into a git repository for the PR rows…`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(corpus.dir, dir, { recursive: true });
  const git = (...args) => runSetup('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', ...args], dir);
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'corpus');
  writeFileSync(stampPath, stamp);
  return dir;
}

/** The article the PR rows edit, and a new edit per run so every run has exactly one document not in the cache. */
let touches = 0;
function touchOneArticle(dir) {
  const article = join(dir, 's000', readdirSync(join(dir, 's000')).filter((name) => name.endsWith('.md')).sort()[0]);
  const original = spawnSync('git', ['show', `HEAD:${relative(dir, article).split('\\').join('/')}`], { cwd: dir, encoding: 'utf8' }).stdout;
  touches += 1;
  writeFileSync(article, `${original}\nUpdated for review ${touches}: success rates are about ${50 + (touches % 40)}%.\n`);
}

let timeWorks;
function gnuTimeAvailable() {
  if (timeWorks === undefined) {
    timeWorks = existsSync(GNU_TIME) && spawnSync(GNU_TIME, ['-v', 'true'], { encoding: 'utf8' }).stderr?.includes('Maximum resident set size') === true;
  }
  return timeWorks;
}

/**
 * One timed run: wall time from process.hrtime around the child, peak RSS from GNU time (the largest RSS of
 * any process it waited for, not a sum). The child runs in its own process group so a timeout kills it whole.
 */
function runOnce(command, args, timeoutMs, cwd = WORK) {
  const timeFile = join(WORK, 'time.txt');
  rmSync(timeFile, { force: true });
  const useTime = gnuTimeAvailable();
  const [file, argv] = useTime ? [GNU_TIME, ['-v', '-o', timeFile, command, ...args]] : [command, args];
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(file, argv, { cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk) => {
      output = (output + chunk).slice(-4000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }, timeoutMs);
    child.on('close', (code, signal) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      clearTimeout(timer);
      let rssMB = null;
      let exitCode = code;
      if (useTime && existsSync(timeFile)) {
        const report = readFileSync(timeFile, 'utf8');
        const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(report);
        if (rss) rssMB = Number(rss[1]) / 1024;
        const status = /Exit status: (\d+)/.exec(report);
        if (status) exitCode = Number(status[1]);
        else if (/Command terminated by signal/.test(report)) exitCode = null;
      }
      resolve({ ms, rssMB, exitCode, signal, timedOut, output: output.trim() });
    });
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** The rows of one size: what to run, and which exit codes mean "ran fine". */
function rowsFor(size, corpus, uniqueCorpus, prDir, onePrDir, features) {
  const target = relative(WORK, corpus.dir);
  const claimAudit = (extra, dir = target) => [process.execPath, [CLI, 'check', dir, '--format', 'json', '--fail-on', 'never', '--no-config', '--output', '/dev/null', ...extra]];
  const cold = features.noCache ? ['--no-cache'] : [];
  const cache = join(WORK, `cache-${size}`);
  const prCache = join(WORK, `cache-${size}-pr`);
  const withCache = features.cacheLocation;
  const rows = [
    { kind: 'claim-audit (cold)', command: claimAudit(cold), ok: [0] },
    features.jobs ? { kind: 'claim-audit --jobs 1', command: claimAudit([...cold, '--jobs', '1']), ok: [0] } : { kind: 'claim-audit --jobs 1', skip: NOT_IMPLEMENTED },
    withCache
      ? { kind: 'claim-audit (warm cache)', command: claimAudit(['--cache-location', cache]), ok: [0], prime: () => rmSync(cache, { recursive: true, force: true }) }
      : { kind: 'claim-audit (warm cache)', skip: NOT_IMPLEMENTED },
    // One article edited since the cache was filled: it is audited again and compared with all the others.
    withCache && prDir
      ? { kind: 'claim-audit (1 file touched)', command: claimAudit(['--cache-location', prCache], '.'), cwd: prDir, ok: [0], beforeRun: () => touchOneArticle(prDir), prime: () => rmSync(prCache, { recursive: true, force: true }) }
      : { kind: 'claim-audit (1 file touched)', skip: NOT_IMPLEMENTED },
    // PR mode: the same edit, reported on alone (--changed) but compared against the whole cached corpus.
    withCache && prDir
      ? { kind: 'claim-audit (PR mode, warm)', command: claimAudit(['--cache-location', prCache, '--changed', '--base', 'HEAD'], '.'), cwd: prDir, ok: [0], beforeRun: () => touchOneArticle(prDir) }
      : { kind: 'claim-audit (PR mode, warm)', skip: NOT_IMPLEMENTED },
    // textlint exits 1 when it reports, which it does here by design.
    { kind: 'textlint + prh', command: [TEXTLINT, ['--config', '.textlintrc.json', '--format', 'json', '--output-file', '/dev/null', target]], ok: [0, 1] },
    // The machine's ceiling for threads: two independent one-job processes on half the corpus each, at once.
    features.jobs
      ? { kind: '2 processes × half (--jobs 1)', command: [process.execPath, [join(BENCH, 'pair.js'), target, '--format', 'json', '--fail-on', 'never', '--no-config', '--output', '/dev/null', ...cold]], ok: [0] }
      : { kind: '2 processes × half (--jobs 1)', skip: NOT_IMPLEMENTED },
    { kind: 'parse floor', command: [process.execPath, [join(BENCH, 'parse-floor.js'), target]], ok: [0] },
    { kind: 'parse floor + gfm', command: [process.execPath, [join(BENCH, 'parse-floor.js'), target, '--gfm']], ok: [0] },
  ];
  if (uniqueCorpus) rows.push({ kind: 'claim-audit (1 subject/article)', command: claimAudit(cold, relative(WORK, uniqueCorpus.dir)), ok: [0], diagnostic: true });
  // PR mode where every article shares one subject: no cache entry can be skipped unparsed, and every group the
  // edit touches spans the whole corpus. The hardest shape for PR mode, and a common one (a single-topic site).
  if (onePrDir) {
    const oneCache = join(WORK, `cache-${size}-one-subject`);
    rows.push({
      kind: 'claim-audit (PR mode, 1 subject)',
      command: claimAudit(['--cache-location', oneCache, '--changed', '--base', 'HEAD'], '.'),
      cwd: onePrDir,
      ok: [0],
      beforeRun: () => touchOneArticle(onePrDir),
      prime: () => rmSync(oneCache, { recursive: true, force: true }),
      diagnostic: true,
    });
  }
  return rows.map((row) => ({ ...row, size, runs: [], status: row.skip ?? 'ok' }));
}

async function measureSize(rows, options) {
  const timeoutMs = options.timeoutMin * 60_000;
  for (const row of rows.filter((item) => item.prime)) {
    // A warm row needs one untimed run to fill its cache.
    row.prime();
    const primed = await runOnce(row.command[0], row.command[1], timeoutMs, row.cwd);
    if (!row.ok.includes(primed.exitCode)) Object.assign(row, { status: 'error', error: primed.output.slice(-600) });
  }
  // Round-robin over the rows, so drift in the machine's speed spreads over all of them alike.
  for (let run = 0; run < options.runs; run++) {
    for (const row of rows) {
      if (row.status !== 'ok' || row.done) continue;
      log(`  ${row.size} files · ${row.kind} · run ${run + 1}/${options.runs}`);
      row.beforeRun?.();
      const result = await runOnce(row.command[0], row.command[1], timeoutMs, row.cwd);
      // How long a failed run took and how much memory it reached are worth keeping: a crash after ten minutes
      // is a different bug from one after ten seconds.
      const failedRun = { ms: Math.round(result.ms), rssMB: result.rssMB === null ? null : Math.round(result.rssMB) };
      if (result.timedOut) {
        Object.assign(row, { status: 'timeout', error: `killed after ${options.timeoutMin} min`, failedRun });
        continue;
      }
      if (!row.ok.includes(result.exitCode)) {
        Object.assign(row, { status: 'error', error: `exit ${result.exitCode ?? result.signal}: ${result.output.slice(-600)}`, failedRun });
        log(`    failed after ${failedRun.ms} ms (${failedRun.rssMB ?? '?'} MB): ${row.error}`);
        continue;
      }
      row.runs.push({ ms: Math.round(result.ms), rssMB: result.rssMB === null ? null : Math.round(result.rssMB) });
      log(`    ${Math.round(result.ms)} ms, ${result.rssMB === null ? '?' : Math.round(result.rssMB)} MB`);
      const spent = row.runs.reduce((sum, item) => sum + item.ms, 0) / 1000;
      if (row.runs.length >= 3 && spent > options.budgetS) row.done = true;
    }
  }
  for (const row of rows) {
    if (row.runs.length === 0) continue;
    const times = row.runs.map((item) => item.ms);
    const rss = row.runs.map((item) => item.rssMB).filter((value) => value !== null);
    Object.assign(row, { medianMs: median(times), minMs: Math.min(...times), maxMs: Math.max(...times), peakRssMB: rss.length ? Math.max(...rss) : null });
  }
}

/** A few untimed counts on a small corpus, to show both tools found claims (and roughly how many). */
function sanityCheck(dir) {
  const target = relative(WORK, dir);
  const reportPath = join(WORK, 'sample-claim-audit.json');
  spawnSync(process.execPath, [CLI, 'check', target, '--format', 'json', '--fail-on', 'never', '--no-config', '--output', reportPath], { cwd: WORK });
  const lintPath = join(WORK, 'sample-textlint.json');
  spawnSync(TEXTLINT, ['--config', '.textlintrc.json', '--format', 'json', '--output-file', lintPath, target], { cwd: WORK });
  const read = (path) => {
    try {
      return JSON.parse(readFileSync(path, 'utf8'));
    } catch {
      return null;
    }
  };
  const report = read(reportPath);
  const lint = read(lintPath);
  return {
    files: report?.counts?.files ?? null,
    claimAudit: report ? { findings: report.findings?.length ?? null, claims: report.claims?.length ?? null, contradictions: report.contradictions?.length ?? null } : null,
    textlintMessages: lint ? lint.reduce((sum, file) => sum + file.messages.length, 0) : null,
  };
}

const ms = (value) => (value === undefined ? '' : String(Math.round(value)));
const ratio = (a, b) => (a !== undefined && b !== undefined && b > 0 ? Math.round((a / b) * 100) / 100 : null);

function computeRatios(rows, sizes) {
  const find = (kind, size) => rows.find((row) => row.kind === kind && row.size === size)?.medianMs;
  const ratios = [];
  for (const size of sizes) {
    // The diagnostic row gets the same ratios: when the cold row fails, it is the only per-file figure there is.
    for (const [kind, label] of [['claim-audit (cold)', 'claim-audit'], ['claim-audit (1 subject/article)', 'claim-audit (1 subject/article)']]) {
      if (!rows.some((row) => row.kind === kind && row.size === size)) continue;
      const audit = find(kind, size);
      ratios.push({ name: `${label} ÷ textlint+prh @${size}`, value: ratio(audit, find('textlint + prh', size)) });
      ratios.push({ name: `${label} ÷ parse floor @${size}`, value: ratio(audit, find('parse floor', size)) });
      ratios.push({ name: `${label} ÷ parse floor+gfm @${size}`, value: ratio(audit, find('parse floor + gfm', size)) });
    }
  }
  for (const size of sizes) {
    const cold = find('claim-audit (cold)', size);
    const pairs = [
      ['claim-audit --jobs 1 ÷ cold (default jobs)', find('claim-audit --jobs 1', size), cold],
      ['warm ÷ cold', find('claim-audit (warm cache)', size), cold],
      ['1 file touched ÷ cold', find('claim-audit (1 file touched)', size), cold],
      ['PR mode (warm) ÷ cold', find('claim-audit (PR mode, warm)', size), cold],
      ['claim-audit --jobs 1 ÷ parse floor', find('claim-audit --jobs 1', size), find('parse floor', size)],
      // What two independent processes give on this machine: the most two threads could give.
      ['machine ceiling: --jobs 1 ÷ 2 processes × half', find('claim-audit --jobs 1', size), find('2 processes × half (--jobs 1)', size)],
    ];
    for (const [name, a, b] of pairs) if (a !== undefined && b !== undefined) ratios.push({ name: `${name} @${size}`, value: ratio(a, b) });
  }
  const sorted = [...sizes].sort((a, b) => a - b);
  if (sorted.length > 1) {
    const small = sorted[0];
    const large = sorted[sorted.length - 1];
    for (const kind of [...new Set(rows.map((row) => row.kind))]) {
      const value = ratio(find(kind, large), find(kind, small));
      if (value !== null) ratios.push({ name: `${kind}: ${large} ÷ ${small} files (linear = ${large / small})`, value });
    }
  }
  return ratios;
}

function formatTable(rows) {
  const header = ['run', 'files', 'runs', 'median ms', 'min', 'max', 'peak RSS MB', 'status'];
  const body = rows.map((row) => [
    row.kind,
    String(row.size),
    String(row.runs.length),
    ms(row.medianMs),
    ms(row.minMs),
    ms(row.maxMs),
    row.peakRssMB === null || row.peakRssMB === undefined ? (row.runs.length ? 'null' : '') : String(row.peakRssMB),
    row.status === 'ok' ? '' : row.failedRun ? `${row.status} after ${(row.failedRun.ms / 1000).toFixed(1)} s, ${row.failedRun.rssMB ?? '?'} MB` : row.status,
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((line) => line[column].length)));
  const line = (cells) => `| ${cells.map((cell, column) => (column === 0 || column === 7 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ')} |`;
  return [line(header), `|${widths.map((width, column) => (column === 0 || column === 7 ? `-${'-'.repeat(width)}-` : `-${'-'.repeat(width)}:`)).join('|')}|`, ...body.map(line)].join('\n');
}

function versionOf(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8')).version;
  } catch {
    return null;
  }
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  mkdirSync(WORK, { recursive: true });
  ensurePeer();
  ensureBuild();
  const features = detectFeatures();
  const prh = writePrhConfig(WORK);
  log(`prh dictionary: ${prh.ruleCount} rules, ${prh.patternCount} patterns from rules/*.yaml`);
  log(`claim-audit flags: --jobs ${features.jobs ? 'yes' : 'no'}, --no-cache ${features.noCache ? 'yes' : 'no'}, --cache-location ${features.cacheLocation ? 'yes' : 'no'}`);
  if (!gnuTimeAvailable()) log(`${GNU_TIME} -v not available: peak RSS is reported as null`);

  const sample = ensureCorpus('corpus-sample-50', 50, options.seed);
  const sanity = sanityCheck(sample.dir);
  log(`sanity on 50 files: claim-audit ${JSON.stringify(sanity.claimAudit)}, textlint+prh ${sanity.textlintMessages} messages`);

  const corpora = {};
  const rows = [];
  for (const size of options.sizes) {
    const corpus = ensureCorpus(`corpus-${size}`, size, options.seed);
    const unique = options.diagnostic ? ensureCorpus(`corpus-${size}-unique-subjects`, size, options.seed, { uniqueSubjects: true }) : null;
    corpora[size] = { files: size, megabytes: Math.round(corpus.bytes / 1e5) / 10, path: relative(ROOT, corpus.dir) };
    const prDir = features.cacheLocation ? ensurePrCorpus(corpus, size) : null;
    const oneSubject = options.diagnostic && features.cacheLocation ? ensureCorpus(`corpus-${size}-one-subject`, size, options.seed, { oneSubject: true }) : null;
    const onePrDir = oneSubject ? ensurePrCorpus(oneSubject, size, `corpus-${size}-one-subject-pr`) : null;
    const sizeRows = rowsFor(size, corpus, unique, prDir, onePrDir, features);
    log(`measuring ${size} files…`);
    await measureSize(sizeRows, options);
    rows.push(...sizeRows);
  }

  const ratios = computeRatios(rows, options.sizes);
  const table = formatTable(rows);
  const ratioLines = ratios.map(({ name, value }) => `  ${name}: ${value === null ? 'n/a' : `${value}×`}`).join('\n');
  process.stdout.write(`\n${table}\n\nratios (medians):\n${ratioLines}\n`);
  const failures = rows.filter((row) => row.error);
  if (failures.length) process.stdout.write(`\nfailures:\n${failures.map((row) => `  ${row.kind} @${row.size}: ${row.error.split('\n').slice(-3).join(' | ')}`).join('\n')}\n`);

  const results = {
    date: new Date().toISOString(),
    machine: {
      cores: os.availableParallelism(),
      cpu: os.cpus()[0]?.model ?? null,
      memoryGB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
    },
    versions: {
      claimAudit: versionOf(join(ROOT, 'package.json')),
      textlint: versionOf(join(BENCH, 'node_modules', 'textlint', 'package.json')),
      textlintRulePrh: versionOf(join(BENCH, 'node_modules', 'textlint-rule-prh', 'package.json')),
      prh: versionOf(join(BENCH, 'node_modules', 'prh', 'package.json')),
    },
    settings: { ...options, out: undefined, timeoutMin: options.timeoutMin, peakRss: gnuTimeAvailable() ? 'GNU time -v, max over processes' : null },
    claimAuditFlags: features,
    prhDictionary: { rules: prh.ruleCount, patterns: prh.patternCount },
    corpora,
    sanity50Files: sanity,
    rows: rows.map(({ kind, size, status, error, failedRun, runs, medianMs, minMs, maxMs, peakRssMB, command, cwd, diagnostic }) => ({
      kind,
      size,
      status,
      ...(error ? { error, failedRun } : {}),
      ...(diagnostic ? { diagnostic } : {}),
      medianMs: medianMs ?? null,
      minMs: minMs ?? null,
      maxMs: maxMs ?? null,
      peakRssMB: peakRssMB ?? null,
      runs,
      ...(cwd ? { cwd: relative(WORK, cwd) } : {}),
      // As run from bench/.work (so bench/.gitignore, which lists .work/, does not hide the corpus from claim-audit).
      command: command ? [command[0] === process.execPath ? 'node' : relative(WORK, command[0]), ...command[1].map((arg) => (arg.startsWith(ROOT) ? relative(WORK, arg) : arg))].join(' ') : null,
    })),
    ratios,
  };
  writeFileSync(options.out, `${JSON.stringify(results, null, 2)}\n`);
  log(`\nwrote ${relative(process.cwd(), options.out) || options.out}`);
}

await main();
