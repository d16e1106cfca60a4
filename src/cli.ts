import { existsSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { auditDocument, buildReport, loadDocuments, prepare, TOOL } from './audit.js';
import type { AuditOptions, FailOn } from './config/settings.js';
import { UsageError, UserError } from './errors.js';
import { inspectJson, inspectText } from './inspect.js';
import { FORMAT_NAMES, FORMATTERS } from './report/index.js';
import type { Report } from './types.js';

/** The outside world as the CLI sees it; tests pass fakes. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
  env: Record<string, string | undefined>;
  cwd: string;
  stdoutIsTTY: boolean;
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
}

const EXAMPLES = `
Examples:
  $ claim-audit check articles/                 audit every .md/.markdown/.mdx/.txt file under articles/
  $ claim-audit check "posts/**/*.md" --format json --output report.json
  $ cat draft.md | claim-audit check -          audit standard input
  $ claim-audit check --rules my-rules.yaml --no-builtin-rules docs/
  $ claim-audit inspect article.md              show sentences, stems, values, negation and hedges

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

function writeOutput(text: string, output: string | undefined, io: CliIo): void {
  if (!output) {
    io.stdout(text);
    return;
  }
  const path = resolve(io.cwd, output);
  if (!existsSync(dirname(path))) throw new UsageError(`cannot write --output ${output}: folder ${dirname(output) || '.'} does not exist`);
  if (existsSync(path) && statSync(path).isDirectory()) throw new UsageError(`cannot write --output ${output}: it is a folder`);
  writeFileSync(path, text);
}

/** Run the CLI with argv (without `node` and the script) and return the exit code. Never calls process.exit. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  let exitCode = 0;
  let debug = argv.includes('--debug') || (io.env.DEBUG ?? '').split(',').includes('claim-audit');
  const program = new Command('claim-audit')
    .description('Find risky claims and claims that contradict each other across articles.')
    .version(TOOL.version, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showHelpAfterError('(run claim-audit --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (text, write) => write(text) })
    .addHelpText('after', EXAMPLES);

  const auditOptions = (flags: CheckFlags, paths: string[], stdin: string | undefined): AuditOptions => ({
    paths,
    cwd: io.cwd,
    rules: flags.rules ?? [],
    builtinRules: flags.builtinRules,
    ...(flags.config !== undefined ? { config: flags.config } : {}),
    ...(stdin !== undefined ? { stdin } : {}),
  });

  program
    .command('check', { isDefault: true })
    .description('audit documents and report risky claims and contradictions')
    .argument('[paths...]', 'files, folders, globs, or - for standard input (default: the current folder)')
    .option('-r, --rules <file|dir>', 'add a rule set (repeatable)', (value: string, previous: string[] = []) => [...previous, value])
    .option('--no-builtin-rules', 'do not load the built-in rule sets')
    .option('-c, --config <file>', 'use this config file instead of looking for .claim-audit.yaml')
    .option('--no-config', 'ignore any .claim-audit.yaml')
    .addOption(new Option('-f, --format <name>', 'report format').choices(FORMAT_NAMES).default('text'))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .addOption(new Option('--fail-on <level>', 'exit 1 when findings reach this severity').choices(['error', 'warning', 'never']).default('error'))
    .option('-q, --quiet', 'report errors only')
    .option('--color', 'force colored output')
    .option('--no-color', 'disable colored output')
    .option('--debug', 'show stack traces of unexpected errors')
    .action(async (paths: string[], flags: CheckFlags) => {
      debug ||= Boolean(flags.debug);
      const stdin = paths.includes('-') ? await io.readStdin() : undefined;
      const { settings, catalog, compiled } = prepare(auditOptions(flags, paths, stdin));
      const loaded = loadDocuments(settings);
      if (loaded.length === 0) throw new UsageError(`no documents found in ${paths.length > 0 ? paths.join(', ') : 'the current folder'} (looked for .md, .markdown, .mdx, .txt)`);
      const results = loaded.map((document) => auditDocument(document, compiled, settings));
      let report = buildReport(loaded.map((document) => (document.ok ? document.document.path : document.path)), results, catalog);
      if (flags.quiet) report = onlyErrors(report);
      const formatter = FORMATTERS[flags.format] ?? FORMATTERS.text;
      const color = useColor(flags.color, io, flags.output !== undefined);
      writeOutput(formatter!(report, { color: flags.format === 'text' && color, cwd: io.cwd }), flags.output, io);
      exitCode = exitCodeFor(report, flags.failOn);
    });

  program
    .command('inspect')
    .description('show how claim-audit reads documents: sentences with positions, stems, values, negation and hedges')
    .argument('<files...>', 'documents to inspect (- for standard input)')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['text', 'json']).default('text'))
    .option('--debug', 'show stack traces of unexpected errors')
    .action(async (files: string[], flags: { format: 'text' | 'json'; debug?: boolean }) => {
      debug ||= Boolean(flags.debug);
      const stdin = files.includes('-') ? await io.readStdin() : undefined;
      const { settings } = prepare({ paths: [], cwd: io.cwd, builtinRules: false, config: false, ...(stdin !== undefined ? { stdin } : {}) });
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

/** --quiet: errors only; counts follow what is shown. */
function onlyErrors(report: Report): Report {
  const findings = report.findings.filter((finding) => finding.severity === 'error');
  return { ...report, findings, counts: { ...report.counts, warning: 0, info: 0 } };
}
