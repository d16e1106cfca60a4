import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { STDIN_PATH } from '../documents/discover.js';
import { ConfigError } from '../errors.js';
import { BUILTIN_RULES } from '../rules/load.js';
import { closest } from '../text/suggest.js';
import type { VagueQuantities } from '../text/numbers.js';
import type { Origin, Severity } from '../types.js';
import { SEVERITIES } from '../types.js';

export const CONFIG_NAME = '.claim-audit.yaml';
export type FailOn = 'error' | 'warning' | 'never';

/** What a caller may ask for; everything is optional. */
export interface AuditOptions {
  paths?: string[];
  cwd?: string;
  /** Extra rule-set files or folders. */
  rules?: string[];
  builtinRules?: boolean;
  /** Path of a config file; by default `.claim-audit.yaml` is looked up from cwd upwards. `false` skips config. */
  config?: string | false;
  /** Text of standard input, when `-` is among the paths. */
  stdin?: string;
  /** The path standard input stands for (`--stdin-filename`): how it is reported, parsed (by extension) and given a subject. */
  stdinFilename?: string;
  /** Largest document audited, in bytes. */
  maxFileBytes?: number;
  /** The subject of every document whose front matter names none (`--subject`), in place of the config's. */
  subject?: string;
}

/** Every setting resolved: what the pipeline runs with. */
export interface Settings {
  cwd: string;
  paths: string[];
  ruleFiles: string[];
  disabled: Set<string>;
  severities: Map<string, Severity>;
  /** Where each rule id of `disable` and `severity` stands in the config, to name it when no rule has that id. */
  ruleIdOrigins: Map<string, Origin>;
  subjectFor: (path: string, frontMatter: Record<string, unknown>) => string;
  ignore: (path: string) => boolean;
  vague: VagueQuantities | undefined;
  stdin: string | undefined;
  /** How standard input is named and parsed: `<stdin>` (plain text) unless the user names it. */
  stdinFilename: string;
  maxFileBytes: number;
  configFile: string | null;
}

/** The config file's shape. */
interface ConfigFile {
  rules?: string[];
  builtinRules?: boolean;
  disable?: string[];
  severity?: Record<string, Severity>;
  subject?: string;
  subjects?: Record<string, string>;
  ignore?: string[];
  vague?: Record<string, [number, number]>;
  maxFileBytes?: number;
}
const CONFIG_KEYS = ['rules', 'builtinRules', 'disable', 'severity', 'subject', 'subjects', 'ignore', 'vague', 'maxFileBytes'];
const DEFAULT_SUBJECT = 'default';
const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Find the config file: the one given, else `.claim-audit.yaml` in cwd or its nearest ancestor. */
export function findConfig(cwd: string, explicit: string | false | undefined): string | null {
  if (explicit === false) return null;
  if (explicit !== undefined) {
    const path = resolve(cwd, explicit);
    if (!existsSync(path)) throw new ConfigError(`config file not found: ${explicit}`);
    return path;
  }
  let folder = resolve(cwd);
  for (;;) {
    const candidate = join(folder, CONFIG_NAME);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(folder);
    if (parent === folder) return null;
    folder = parent;
  }
}

/** Options + config file → Settings, with every error a ConfigError naming file:line:column. */
export function resolveSettings(options: AuditOptions): Settings {
  const cwd = resolve(options.cwd ?? process.cwd());
  const configFile = findConfig(cwd, options.config);
  const { config, ruleIdOrigins } = configFile ? readConfig(configFile, cwd) : { config: {}, ruleIdOrigins: new Map<string, Origin>() };
  const configFolder = configFile ? dirname(configFile) : cwd;
  const builtin = options.builtinRules ?? config.builtinRules ?? true;
  const ruleFiles = [
    ...(builtin ? [BUILTIN_RULES] : []),
    ...(config.rules ?? []).map((path) => resolve(configFolder, path)),
    ...(options.rules ?? []).map((path) => resolve(cwd, path)),
  ];
  const given = options.subject?.trim() || undefined;
  const subjectMatchers = Object.entries(config.subjects ?? {}).map(([glob, subject]) => ({ test: picomatch(glob, { dot: true }), subject }));
  const ignoreMatchers = (config.ignore ?? []).map((glob) => picomatch(glob, { dot: true }));
  const fromConfigFolder = (path: string): string => relative(configFolder, resolve(cwd, path)).split(sep).join('/');
  return {
    cwd,
    paths: options.paths ?? [],
    ruleFiles,
    disabled: new Set(config.disable ?? []),
    severities: new Map(Object.entries(config.severity ?? {})),
    ruleIdOrigins,
    subjectFor: (path, frontMatter) => {
      const declared = frontMatter.subject;
      if (typeof declared === 'string' && declared.trim() !== '') return declared.trim();
      if (given !== undefined) return given;
      const local = fromConfigFolder(path);
      const matched = subjectMatchers.find(({ test }) => test(local));
      return matched?.subject ?? config.subject ?? DEFAULT_SUBJECT;
    },
    ignore: (path) => ignoreMatchers.some((test) => test(fromConfigFolder(path))),
    vague: config.vague,
    stdin: options.stdin,
    stdinFilename: options.stdinFilename ?? STDIN_PATH,
    maxFileBytes: options.maxFileBytes ?? config.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
    configFile,
  };
}

/** Read and check a config file: YAML errors and wrong keys or types point at their line. */
function readConfig(path: string, cwd: string): { config: ConfigFile; ruleIdOrigins: Map<string, Origin> } {
  const shown = relative(cwd, path).split(sep).join('/') || path;
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`cannot read config ${shown}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, prettyErrors: false, logLevel: 'error' });
  const at = (offset: number): { file: string; line: number; column: number } => {
    const { line, col } = lineCounter.linePos(offset);
    return { file: shown, line, column: col };
  };
  const firstError = document.errors[0];
  if (firstError) throw new ConfigError(`invalid YAML: ${firstError.message.split('\n')[0]}`, { origin: at(firstError.pos[0]) });
  if (document.contents === null) return { config: {}, ruleIdOrigins: new Map() };
  if (!isMap(document.contents)) throw new ConfigError('the config must be a mapping of settings', { origin: at(0) });

  const fail = (key: string, message: string, hint?: string): never => {
    const pair = isMap(document.contents) ? document.contents.items.find((item) => (item.key as { value?: unknown }).value === key) : undefined;
    const node = (pair?.value ?? pair?.key) as YamlNode | undefined;
    throw new ConfigError(message, { origin: at(node?.range?.[0] ?? 0), ...(hint ? { hint } : {}) });
  };
  for (const item of document.contents.items) {
    const key = String((item.key as { value?: unknown }).value);
    if (!CONFIG_KEYS.includes(key)) {
      const guess = closest(key, CONFIG_KEYS);
      const node = item.key as YamlNode;
      throw new ConfigError(`unknown setting ${JSON.stringify(key)}`, { origin: at(node.range?.[0] ?? 0), hint: guess ? `did you mean "${guess}"?` : `settings: ${CONFIG_KEYS.join(', ')}` });
    }
  }
  let data: Record<string, unknown>;
  try {
    data = document.toJS() as Record<string, unknown>;
  } catch (error) {
    // An alias without its anchor, or one that expands without end ("billion laughs"), fails only here.
    throw new ConfigError(`invalid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`, { origin: at(0) });
  }
  const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
  const isStringMap = (value: unknown): value is Record<string, string> =>
    typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((item) => typeof item === 'string');
  for (const key of ['rules', 'disable', 'ignore']) {
    if (data[key] !== undefined && !isStringList(data[key])) fail(key, `"${key}" must be a list of strings`);
  }
  if (data.builtinRules !== undefined && typeof data.builtinRules !== 'boolean') fail('builtinRules', '"builtinRules" must be true or false');
  if (data.subject !== undefined && typeof data.subject !== 'string') fail('subject', '"subject" must be a string');
  if (data.maxFileBytes !== undefined && (typeof data.maxFileBytes !== 'number' || data.maxFileBytes <= 0)) fail('maxFileBytes', '"maxFileBytes" must be a positive number');
  if (data.subjects !== undefined && !isStringMap(data.subjects)) fail('subjects', '"subjects" must map globs to subject names');
  if (data.severity !== undefined) {
    if (!isStringMap(data.severity)) fail('severity', '"severity" must map rule ids to error, warning or info');
    for (const [rule, level] of Object.entries(data.severity as Record<string, string>)) {
      if (!SEVERITIES.includes(level as Severity)) fail('severity', `severity of ${JSON.stringify(rule)} must be one of ${SEVERITIES.join(', ')}`);
    }
  }
  if (data.vague !== undefined) {
    const vague = data.vague;
    const valid =
      typeof vague === 'object' && vague !== null && !Array.isArray(vague) &&
      Object.values(vague).every((pair) => Array.isArray(pair) && pair.length === 2 && pair.every((n) => typeof n === 'number') && (pair[0] as number) <= (pair[1] as number));
    if (!valid) fail('vague', '"vague" must map words to [low, high] number pairs, e.g. several: [3, 7]');
  }
  // Where each rule id of `disable` (list items) and `severity` (keys) stands, for "no such rule" errors later.
  const ruleIdOrigins = new Map<string, Origin>();
  for (const item of document.contents.items) {
    const key = String((item.key as { value?: unknown }).value);
    if (key !== 'disable' && key !== 'severity') continue;
    const value = item.value;
    if (isSeq(value)) {
      for (const entry of value.items) if (isScalar(entry)) ruleIdOrigins.set(String(entry.value), at(entry.range?.[0] ?? 0));
    } else if (isMap(value)) {
      for (const pair of value.items) if (isScalar(pair.key)) ruleIdOrigins.set(String(pair.key.value), at(pair.key.range?.[0] ?? 0));
    }
  }
  return { config: data as ConfigFile, ruleIdOrigins };
}
