import { closeSync, existsSync, openSync, readFileSync, type Stats, statSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { allIgnored, buildReport, type DocumentResult, loadDocuments, prepare, TOOL } from './audit.js';
import { DEFAULT_CACHE_LOCATION } from './cache/claim-cache.js';
import { BASELINE_NAME, createBaseline, readBaseline, writeBaseline } from './baseline.js';
import { CONFIG_NAME, type AuditOptions, type FailOn } from './config/settings.js';
import type { Source } from './documents/discover.js';
import { STARTER_CONFIG } from './config/starter.js';
import { UsageError, UserError } from './errors.js';
import { changedFiles } from './git.js';
import { inspectJson, inspectText } from './inspect.js';
import { CHUNKED_FORMATTERS, FORMAT_NAMES, FORMATTERS } from './report/index.js';
import { checkShards, formatLedgerHeader, type Ledger, parseLedger, parseShard, type Shard, topicsDigest } from './ledger.js';
import { formatLedgerJson, formatLedgerJsonl, formatLedgerTable } from './report/ledger.js';
import { explainRule, explainTopic, formatRuleList, ruleSummary } from './report/rules.js';
import { formatText } from './report/text.js';
import { explainToolRule, TOOL_RULES } from './report/tool-rules.js';
import { runRuleExamples } from './rules/examples.js';
import { runPairExamples } from './rules/pairs.js';
import type { RuleCatalog } from './rules/definition.js';
import { createProgress } from './progress.js';
import { auditCorpus, defaultJobs } from './run.js';
import { closest } from './text/suggest.js';
import type { Report } from './types.js';
import { writePieces } from './write-pieces.js';
import { plural } from './text/plural.js';

/** The outside world as the CLI sees it; tests pass fakes. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
  env: Record<string, string | undefined>;
  cwd: string;
  stdoutIsTTY: boolean;
  /** Whether stderr is a terminal: the progress line is drawn only there. */
  stderrIsTTY?: boolean;
}

/** Flags that narrow what an audit reports. */
interface AuditFlags {
  baseline?: string;
  changed?: boolean;
  base?: string;
  reportUnusedDisables?: boolean;
}

/** Flags that decide how a run uses the machine, never what it reports. */
interface RunFlags {
  jobs?: string;
  cache: boolean;
  cacheLocation?: string;
}

interface CheckFlags {
  rules?: string[];
  builtinRules: boolean;
  config?: string | false;
  format: string;
  output?: string;
  failOn: FailOn;
  quiet?: boolean;
  color?: boolean;
  debug?: boolean;
  stdinFilename?: string;
  subject?: string;
}

const EXAMPLES = `
Examples:
  $ claim-audit check articles/                 audit every .md/.markdown/.mdx/.txt file under articles/
  $ claim-audit check "posts/**/*.md" --format json --output report.json
  $ cat draft.md | claim-audit check -          audit standard input
  $ claim-audit check --rules my-rules.yaml --no-builtin-rules docs/
  $ claim-audit inspect article.md              show sentences, stems, values, negation and hedges
  $ claim-audit check --changed --base origin/main --format github    PR mode in CI
  $ claim-audit baseline content/ && claim-audit check content/ --baseline .claim-audit-baseline.json
  $ claim-audit claims content/ --format jsonl  the claim ledger, for fact-checkers
  $ claim-audit claims content/ --format jsonl --shard 2/4 -o c2.jsonl && claim-audit contradictions c*.jsonl
  $ claim-audit rules list | claim-audit rules test my-rules.yaml | claim-audit explain safety/absolute-safety

Exit codes: 0 no findings at or above --fail-on, 1 findings at or above it, 2 usage or configuration error.
Config: .claim-audit.yaml in the current folder or an ancestor (or --config <file>); see README.`;

/** Decide on color the way users expect: flag, then NO_COLOR / FORCE_COLOR, then whether stdout is a terminal. */
export function useColor(flag: boolean | undefined, io: CliIo, toFile: boolean): boolean {
  if (flag !== undefined) return flag;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined) return io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== 'false';
  return !toFile && io.stdoutIsTTY;
}

/** 2 when a file could not be read, 1 when findings reach the threshold, else 0. */
export function exitCodeFor(report: Report, failOn: FailOn): number {
  if (report.findings.some((finding) => finding.fatal)) return 2;
  if (failOn === 'never') return 0;
  const threshold = failOn === 'warning' ? ['error', 'warning'] : ['error'];
  return report.findings.some((finding) => threshold.includes(finding.severity)) ? 1 : 0;
}

/** Pieces are gathered up to this size before each write: few system calls, little memory. */
const WRITE_BATCH = 1 << 20;

/** Write a report (whole, or in pieces as it is made) to --output or standard output. */
function writeOutput(text: string | Iterable<string>, output: string | undefined, io: CliIo): void {
  let path: string | undefined;
  if (output) {
    path = resolve(io.cwd, output);
    if (!existsSync(dirname(path))) throw new UsageError(`cannot write --output ${output}: folder ${dirname(output) || '.'} does not exist`);
    if (existsSync(path) && statSync(path).isDirectory()) throw new UsageError(`cannot write --output ${output}: it is a folder`);
  }
  if (typeof text === 'string') {
    if (path) writeFileSync(path, text);
    else io.stdout(text);
    return;
  }
  if (!path) {
    let batch = '';
    for (const piece of text) {
      batch += piece;
      if (batch.length >= WRITE_BATCH) {
        io.stdout(batch);
        batch = '';
      }
    }
    io.stdout(batch);
    return;
  }
  const fd = openSync(path, 'w');
  try {
    writePieces(fd, text, WRITE_BATCH);
  } finally {
    closeSync(fd);
  }
}

/**
 * Findings and contradictions an HTML report holds at most. The page is for reading in a browser: 1,000
 * articles of the bench corpus (48k of them) make a 64 MB page that takes a browser a while; ten times that
 * passes the engine's limit on one string after minutes of work.
 */
const HTML_MAX_ITEMS = 100_000;

/** The report in the chosen format: in pieces where the format allows it, so a huge report is never one string. */
function renderReport(report: Report, format: string, color: boolean, cwd: string): string | Iterable<string> {
  const items = report.findings.length + report.contradictions.length;
  if (format === 'html' && items > HTML_MAX_ITEMS) {
    throw new UsageError(
      `an HTML report of ${items.toLocaleString('en-US')} findings and contradictions is too large to read in a browser (at most ${HTML_MAX_ITEMS.toLocaleString('en-US')}): audit fewer documents, use --changed, or use --format json or markdown`,
    );
  }
  const options = { color: format === 'text' && color, cwd };
  const chunked = CHUNKED_FORMATTERS[format];
  if (chunked) return chunked(report, options);
  return (FORMATTERS[format] ?? formatText)(report, options);
}

/** How a report is written and when it fails the run (check, contradictions). */
function addReportOptions(command: Command): Command {
  return command
    .addOption(new Option('-f, --format <name>', 'report format').choices(FORMAT_NAMES).default('text'))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .addOption(new Option('--fail-on <level>', 'exit 1 when findings reach this severity').choices(['error', 'warning', 'never']).default('error'))
    .option('--color', 'force colored output')
    .option('--no-color', 'disable colored output');
}

/** How a corpus run uses the machine: threads and the claim cache. */
function addRunOptions(command: Command): Command {
  return command
    .option('-j, --jobs <n>', `worker threads (default: ${defaultJobs()}, the cores available; small runs use one)`)
    .option('--no-cache', 'audit every document again instead of reusing cached claims')
    .option('--cache-location <dir>', `folder of the claim cache (default: ${DEFAULT_CACHE_LOCATION})`);
}

/** --jobs: a positive whole number; by default one thread per core. */
function parseJobs(value: string | undefined): number {
  if (value === undefined) return defaultJobs();
  if (!/^[1-9]\d*$/.test(value.trim())) throw new UsageError(`--jobs must be a positive whole number, not "${value}"`);
  return Number(value);
}

/** Options shared by the commands that audit documents. */
function addAuditOptions(command: Command): Command {
  return command
    .option('-r, --rules <file|dir>', 'add a rule set (repeatable)', (value: string, previous: string[] = []) => [...previous, value])
    .option('--no-builtin-rules', 'do not load the built-in rule sets')
    .option('-c, --config <file>', 'use this config file instead of looking for .claim-audit.yaml')
    .option('--no-config', 'ignore any .claim-audit.yaml')
    .option('--debug', 'show stack traces of unexpected errors');
}

/** For the commands that read documents: what standard input stands for, and the subject of documents that name none. */
function addStdinOption(command: Command): Command {
  return command
    .option('--stdin-filename <path>', 'the file standard input (-) stands for: its name in the report, Markdown or text by its extension, its subject from the config')
    .option('--subject <name>', "what the documents are about, where their front matter names no subject: e.g. --subject acme-x2 (before the config's subject and subjects; see README, How claims are compared)");
}

/** Run the CLI with argv (without `node` and the script) and return the exit code. Never calls process.exit. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  let exitCode = 0;
  let debug = argv.includes('--debug') || (io.env.DEBUG ?? '').split(',').includes('claim-audit');
  const program = new Command('claim-audit')
    .description('Find risky claims and claims that contradict each other across articles.')
    .version(TOOL.version, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .exitOverride()
    // One line, like every other error: "claim-audit: unknown option '--bogus' (run claim-audit --help for usage)".
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (text, write) => write(`claim-audit: ${text.replace(/^error:\s*/, '').trim().replace(/\s*\n\s*/g, ' ')} (run claim-audit --help for usage)\n`),
    })
    .addHelpText('after', EXAMPLES);

  const auditOptions = (flags: CheckFlags, paths: string[], stdin: string | undefined): AuditOptions => {
    // An option that would do nothing is a mistake worth one line, not a silent default.
    if (flags.stdinFilename !== undefined && !paths.includes('-')) throw new UsageError('--stdin-filename names standard input: add - to the paths');
    if (flags.subject !== undefined && flags.subject.trim() === '') throw new UsageError('--subject needs a name, such as --subject acme-x2');
    return {
      paths,
      cwd: io.cwd,
      rules: flags.rules ?? [],
      builtinRules: flags.builtinRules,
      ...(flags.config !== undefined ? { config: flags.config } : {}),
      ...(stdin !== undefined ? { stdin } : {}),
      ...(flags.stdinFilename !== undefined ? { stdinFilename: flags.stdinFilename } : {}),
      ...(flags.subject !== undefined ? { subject: flags.subject } : {}),
    };
  };

  /** The shared audit: read, match, compare. PR mode and baselines narrow what is reported, never what is compared. */
  const runAudit = async (paths: string[], flags: CheckFlags & AuditFlags & RunFlags, shard?: Shard): Promise<{ report: Report; catalog: RuleCatalog }> => {
    debug ||= Boolean(flags.debug);
    const jobs = parseJobs(flags.jobs);
    const stdin = paths.includes('-') ? await io.readStdin() : undefined;
    const options = auditOptions(flags, paths, stdin);
    const prepared = prepare(options);
    if (flags.output) refuseInputAsOutput(flags.output, paths, io.cwd);
    const baseline = flags.baseline ? readBaseline(resolve(io.cwd, flags.baseline), flags.baseline) : undefined;
    const progress = createProgress(io.stderr, Boolean(io.stderrIsTTY) && !io.env.CI);
    if (flags.base !== undefined && !flags.changed) throw new UsageError('--base is only used with --changed (PR mode): add --changed, or drop --base');
    const focus = flags.changed ? changedOnly(changedFiles(io.cwd, flags.base), io.cwd) : undefined;
    const started = performance.now();
    const { results, cacheHits, unread, workers, sources } = await auditCorpus(options, prepared, {
      jobs,
      cacheFolder: flags.cache ? resolve(io.cwd, flags.cacheLocation ?? DEFAULT_CACHE_LOCATION) : null,
      onProgress: progress.update,
      warn: (message) => io.stderr(`claim-audit: warning: ${message}\n`),
      ...(shard ? { shard } : {}),
      ...(focus ? { focus } : {}),
    }).finally(progress.end);
    if (debug) {
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      const skipped = unread > 0 ? ` (${unread} left unparsed: no subject shared with the changed documents)` : '';
      io.stderr(`claim-audit: ${results.length} documents, ${cacheHits} from the cache${skipped}, ${workers > 0 ? `${workers} worker threads` : 'main thread only'}, ${seconds} s\n`);
    }
    if (results.length === 0 && shard) io.stderr(`claim-audit: shard ${shard.index}/${shard.count} holds no documents\n`);
    else if (results.length === 0 && allIgnored(prepared.settings)) io.stderr(`claim-audit: every document named is ignored by ${relative(io.cwd, prepared.settings.configFile ?? '') || 'the config'} (ignore:); nothing to audit\n`);
    else if (results.length === 0) throw new UsageError(`no documents found in ${paths.length > 0 ? paths.join(', ') : 'the current folder'} (looked for .md, .markdown, .mdx, .txt)`);
    if (flags.output) refuseOutputOntoDocument(flags.output, sources, io.cwd);
    const files = results.map((result) => result.path);
    const report = buildReport(files, results, prepared.catalog, {
      reportUnusedDisables: Boolean(flags.reportUnusedDisables),
      ...(baseline ? { baseline } : {}),
      ...(focus ? { focus } : {}),
    });
    return { report, catalog: prepared.catalog };
  };

  /** Write a report as the flags ask and set the exit code from it (check, contradictions). */
  const publish = (report: Report, flags: CheckFlags): void => {
    writeOutput(renderReport(report, flags.format, useColor(flags.color, io, flags.output !== undefined), io.cwd), flags.output, io);
    exitCode = exitCodeFor(report, flags.failOn);
  };

  const check = program
    .command('check', { isDefault: true })
    .description('audit documents and report risky claims and contradictions')
    .argument('[paths...]', 'files, folders, globs, or - for standard input (default: the current folder)');
  addReportOptions(addRunOptions(addStdinOption(addAuditOptions(check))))
    .option('-q, --quiet', 'report errors only')
    .option('--baseline <file>', `report only findings and contradictions not in this baseline (see \`claim-audit baseline\`)`)
    .option('--changed', 'PR mode: report only on documents changed since --base, compared against the whole corpus')
    .option('--base <ref>', 'git ref for --changed (default: merge-base with the default branch)')
    .option('--report-unused-disables', 'warn about claim-audit-disable directives that suppress nothing')
    .action(async (paths: string[], flags: CheckFlags & AuditFlags & RunFlags) => {
      // check is the default command, so a misspelt command ("chek") arrives as a path that does not exist.
      const first = paths[0];
      if (first !== undefined && paths.length === 1 && !/[*?[{/\\.]/.test(first) && !existsSync(resolve(io.cwd, first))) {
        const guess = closest(first, program.commands.map((command) => command.name()));
        if (guess !== undefined) throw new UsageError(`no such file or folder: ${first}`, { hint: `did you mean the command "${guess}"?` });
      }
      let { report } = await runAudit(paths, flags);
      if (flags.quiet) report = onlyErrors(report);
      publish(report, flags);
    });

  const claims = program
    .command('claims')
    .description('print the claim ledger: every claim found, not only the conflicting ones')
    .argument('[paths...]', 'files, folders, globs, or - for standard input');
  addRunOptions(addStdinOption(addAuditOptions(claims)))
    .addOption(new Option('-f, --format <name>', 'ledger format').choices(['table', 'json', 'jsonl']).default('table'))
    .option('-o, --output <file>', 'write the ledger to a file')
    .option('--shard <i/n>', 'audit only shard i of n (documents split by a hash of their path); merge shard ledgers with `contradictions`')
    // The ledger is never colored; the flag is accepted so a script can pass check's flags to claims unchanged.
    .option('--no-color', 'accepted for symmetry with check: the ledger is never colored')
    .action(async (paths: string[], flags: CheckFlags & RunFlags & { format: 'table' | 'json' | 'jsonl'; shard?: string }) => {
      const shard = flags.shard === undefined ? undefined : parseShard(flags.shard);
      const { report, catalog } = await runAudit(paths, { ...flags, failOn: 'never' }, shard);
      // A shard's ledger opens with its header, so the merge can tell that every shard arrived.
      const header = shard && flags.format === 'jsonl' ? formatLedgerHeader({ shard, documents: report.files.length, topics: topicsDigest(catalog.topics) }) : '';
      const text = flags.format === 'jsonl' ? header + formatLedgerJsonl(report.claims) : flags.format === 'json' ? formatLedgerJson(report.claims) : formatLedgerTable(report.claims);
      writeOutput(text, flags.output, io);
      exitCode = exitCodeFor(report, 'never');
    });

  const contradictions = program
    .command('contradictions')
    .description('find contradictions across claim ledgers (`claims --format jsonl`, e.g. one per --shard), as check would on the whole corpus')
    .argument('<ledgers...>', 'JSON Lines claim ledgers, or - for standard input');
  addReportOptions(addAuditOptions(contradictions))
    .action(async (ledgers: string[], flags: CheckFlags) => {
      debug ||= Boolean(flags.debug);
      // The same rules and config as the shards were audited with: topics decide what conflicts.
      const { catalog } = prepare(auditOptions(flags, [], undefined));
      if (flags.output) refuseInputAsOutput(flags.output, ledgers, io.cwd);
      const perDocument = new Map<string, DocumentResult>();
      const ledgerOf = new Map<string, number>();
      const read: { name: string; ledger: Ledger }[] = [];
      for (const name of ledgers) {
        const text = name === '-' ? await io.readStdin() : readLedgerFile(resolve(io.cwd, name), name);
        read.push({ name, ledger: parseLedger(text, name === '-' ? '<stdin>' : name) });
      }
      // Whole shards first: a missing or doubled shard says more than the documents it shares.
      checkShards(
        read.map(({ name, ledger }) => ({ name, header: ledger.header })),
        topicsDigest(catalog.topics),
      );
      for (const [position, { name, ledger }] of read.entries()) {
        for (const claim of ledger.claims) {
          const earlier = ledgerOf.get(claim.path);
          if (earlier !== undefined && earlier !== position) {
            throw new UsageError(`${claim.path} has claims in both ${ledgers[earlier]} and ${name}`, { hint: 'give each shard\'s ledger once' });
          }
          ledgerOf.set(claim.path, position);
          const result = perDocument.get(claim.path) ?? { path: claim.path, findings: [], claims: [], suppressions: [] };
          result.claims.push(claim);
          perDocument.set(claim.path, result);
        }
      }
      const results = [...perDocument.values()];
      publish(buildReport(results.map((result) => result.path), results, catalog), flags);
    });

  const baseline = program
    .command('baseline')
    .description(`accept today's findings and contradictions: write them to a baseline file for check --baseline`)
    .argument('[paths...]', 'files, folders, globs to audit');
  addRunOptions(addStdinOption(addAuditOptions(baseline)))
    .option('-o, --output <file>', 'baseline file to write', BASELINE_NAME)
    .action(async (paths: string[], flags: CheckFlags & RunFlags & { output: string }) => {
      const { report } = await runAudit(paths, { ...flags, failOn: 'never', output: undefined });
      const path = resolve(io.cwd, flags.output);
      if (!existsSync(dirname(path))) throw new UsageError(`cannot write ${flags.output}: folder ${dirname(flags.output)} does not exist`);
      const written = createBaseline(report);
      writeBaseline(path, written);
      io.stderr(`claim-audit: wrote ${flags.output}: ${written.findings.length} findings and ${written.contradictions.length} contradictions accepted\n`);
      exitCode = exitCodeFor(report, 'never');
    });

  addStdinOption(
    program
      .command('inspect')
      .description('show how claim-audit reads documents: sentences with positions, stems, values, negation and hedges')
      .argument('<files...>', 'documents to inspect (- for standard input)')
      .addOption(new Option('-f, --format <name>', 'output format').choices(['text', 'json']).default('text'))
      .option('--debug', 'show stack traces of unexpected errors'),
  ).action(async (files: string[], flags: { format: 'text' | 'json'; debug?: boolean; stdinFilename?: string; subject?: string }) => {
      debug ||= Boolean(flags.debug);
      const stdin = files.includes('-') ? await io.readStdin() : undefined;
      const named = { ...(flags.stdinFilename !== undefined ? { stdinFilename: flags.stdinFilename } : {}), ...(flags.subject !== undefined ? { subject: flags.subject } : {}) };
      const { settings } = prepare({ paths: [], cwd: io.cwd, builtinRules: false, config: false, ...(stdin !== undefined ? { stdin } : {}), ...named });
      // Inspect keeps the argument order (one entry per argument), unlike check's sorted report.
      const loaded = files.flatMap((file) => loadDocuments({ ...settings, paths: [file] }));
      if (flags.format === 'json') {
        const objects = loaded.map(inspectJson);
        io.stdout(`${JSON.stringify(objects.length === 1 ? objects[0] : objects, null, 2)}\n`);
      } else {
        io.stdout(loaded.map(inspectText).join('\n'));
      }
      exitCode = loaded.some((document) => !document.ok && document.finding.fatal) ? 2 : 0;
    });

  const rules = program.command('rules').description('list and test rule sets');
  addAuditOptions(rules.command('list').description('list every loaded rule: id, severity, topic, source'))
    .addOption(new Option('-f, --format <name>', 'output format').choices(['text', 'json']).default('text'))
    .action((flags: CheckFlags & { format: 'text' | 'json' }) => {
      const { catalog } = prepare(auditOptions(flags, [], undefined));
      io.stdout(flags.format === 'json' ? `${JSON.stringify(catalog.rules.map(ruleSummary), null, 2)}\n` : formatRuleList(catalog));
    });
  rules
    .command('test')
    .description("run every rule's embedded examples and each rule set's pair examples, and report the ones that fail")
    .argument('[files...]', 'rule-set files or folders to test, read alone (default: the rules a check would load, built-in sets included)')
    .option('--no-builtin-rules', 'without files: do not load the built-in rule sets')
    .option('-c, --config <file>', 'config file')
    .option('--no-config', 'ignore any .claim-audit.yaml')
    .action((files: string[], flags: CheckFlags) => {
      const options = files.length > 0 ? { ...auditOptions(flags, [], undefined), rules: files, builtinRules: false } : auditOptions(flags, [], undefined);
      // Built-in sets load unchecked on a run (the test suite proves them); here they get the user's checks too.
      const { catalog, compiled, settings } = prepare(options, { verifyBuiltins: true });
      const { passed, failures } = runRuleExamples(catalog);
      for (const failure of failures) {
        io.stdout(`✖ ${failure.file}:${failure.line} ${failure.ruleId}: should ${failure.expected === 'match' ? 'match' : 'not match'}: ${JSON.stringify(failure.text)}${failure.reason ? ` (${failure.reason})` : ''}\n`);
      }
      const pairs = runPairExamples(catalog, compiled, settings);
      for (const { pair, reason } of pairs.failures) {
        const expected = pair.expect === 'contradiction' ? 'contradict' : 'not contradict';
        io.stdout(`✖ ${pair.origin.file}:${pair.origin.line} pair: should ${expected}${pair.topic === undefined ? '' : ` on ${pair.topic}`}: ${JSON.stringify(pair.a)} / ${JSON.stringify(pair.b)} (${reason})\n`);
      }
      const failed = failures.length + pairs.failures.length;
      io.stdout(`${passed + pairs.passed} passed (${plural(passed + failures.length, 'example')}, ${plural(pairs.passed + pairs.failures.length, 'pair')}), ${failed} failed\n`);
      exitCode = failed > 0 ? 1 : 0;
    });

  addAuditOptions(
    program
      .command('explain')
      .description('show a rule (message, description, patterns, examples, source) or how a topic\'s contradictions are found')
      .argument('<rule-id>', 'a rule id such as safety/absolute-safety, or contradiction/<topic>; a contradiction\'s key as a report heads it (noise/noise, price@promotion) names its topic'),
  ).action((ruleId: string, flags: CheckFlags) => {
    const { catalog } = prepare(auditOptions(flags, [], undefined));
    // A report heads a contradiction with its key, "noise/noise [range]" or "price@promotion": its topic is the part
    // before the measure or case, with or without the "contradiction/" a rules list prints.
    const key = ruleId.startsWith('contradiction/') ? ruleId.slice('contradiction/'.length) : ruleId;
    const rule = catalog.rules.find((candidate) => candidate.id === ruleId);
    const topic = catalog.topics.get(key) ?? (rule === undefined ? catalog.topics.get(key.split(/[/@]/)[0] as string) : undefined);
    if (topic) {
      io.stdout(explainTopic(topic, catalog));
      return;
    }
    const own = explainToolRule(ruleId);
    if (own !== undefined) {
      io.stdout(own);
      return;
    }
    if (!rule) {
      const ids = [...catalog.rules.map((candidate) => candidate.id), ...[...catalog.topics.keys()].map((id) => `contradiction/${id}`), ...Object.keys(TOOL_RULES)];
      const guess = closest(ruleId, ids) ?? ids.find((id) => id.endsWith(`/${ruleId}`));
      throw new UsageError(`no rule "${ruleId}"`, { hint: guess ? `did you mean "${guess}"?` : 'see claim-audit rules list' });
    }
    io.stdout(explainRule(rule, catalog));
  });

  program
    .command('init')
    .description('write a commented starter .claim-audit.yaml in the current folder')
    .option('--force', 'overwrite an existing config')
    .action((flags: { force?: boolean }) => {
      const path = resolve(io.cwd, CONFIG_NAME);
      if (existsSync(path) && !flags.force) throw new UsageError(`${CONFIG_NAME} already exists`, { hint: 'use --force to overwrite it' });
      writeFileSync(path, STARTER_CONFIG);
      io.stderr(`claim-audit: wrote ${CONFIG_NAME}\n`);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
      return 2;
    }
    if (error instanceof UserError) {
      io.stderr(`claim-audit: ${error.describe()}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`claim-audit: internal error: ${message}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    else io.stderr('This is a bug in claim-audit. Run again with --debug for the stack trace and report it.\n');
    return 2;
  }
}

function readLedgerFile(path: string, shown: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ledger ${shown} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}

/**
 * The same guard once the documents are known: `check . --output a.md` or an --output that is a link to a
 * document must not write the report over it either. Files are compared by device and inode, so links are seen through.
 */
function refuseOutputOntoDocument(output: string, sources: Source[], cwd: string): void {
  const target = resolve(cwd, output);
  const written = safeStat(target);
  // A report into /dev/null or a terminal cannot land on a document: skip a stat of every document.
  if (!written || written.isCharacterDevice()) return;
  const same = (path: string): boolean => {
    const document = safeStat(path);
    return document !== null && document.dev === written.dev && document.ino === written.ino;
  };
  for (const source of sources) {
    if (source.kind === 'file' && (source.absolute === target || same(source.absolute))) {
      throw new UsageError(`--output ${output} is ${source.path === output ? 'one of the audited documents' : `the audited document ${source.path}`}; claim-audit never overwrites a document`);
    }
  }
}

/** The file a path leads to (links followed), or null. Device and inode numbers identify it whatever the path. */
function safeStat(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/** --output must never overwrite a document being audited. */
function refuseInputAsOutput(output: string, paths: string[], cwd: string): void {
  const target = resolve(cwd, output);
  if (paths.some((path) => path !== '-' && resolve(cwd, path) === target)) {
    throw new UsageError(`--output ${output} is one of the inputs; claim-audit never overwrites a document`);
  }
}

/**
 * PR mode: report on the changed documents only (their findings and claims, and the contradictions with at
 * least one side in one), having compared them with the whole corpus. The untouched articles' own findings
 * and claims are left out: on a large catalogue they are most of the report, and a pull request's reviewer
 * needs what the change says and what it clashes with.
 */
function changedOnly(changed: Set<string>, cwd: string): (path: string) => boolean {
  const known = new Map<string, boolean>();
  return (path) => {
    let answer = known.get(path);
    if (answer === undefined) known.set(path, (answer = changed.has(resolve(cwd, path))));
    return answer;
  };
}

/** --quiet: errors only; counts follow what is shown. */
function onlyErrors(report: Report): Report {
  const findings = report.findings.filter((finding) => finding.severity === 'error');
  return { ...report, findings, counts: { ...report.counts, warning: 0, info: 0 } };
}
