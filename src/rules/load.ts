import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import { isSafe } from 'redos-detector';
import { isMap, isSeq, LineCounter, parseDocument, type Document as YamlDocument, type Node as YamlNode } from 'yaml';
import { RuleLoadError } from '../errors.js';
import { PACKAGE_ROOT } from '../package-root.js';
import { closest } from '../text/suggest.js';
import type { Origin } from '../types.js';
import type { PairExample, RuleCatalog, RuleDefinition, RuleSetInput, Topic } from './definition.js';
import { extractValues } from '../text/numbers.js';

/** The folder of built-in rule sets shipped with claim-audit. */
export const BUILTIN_RULES = join(PACKAGE_ROOT, 'rules');
const SCHEMA_PATH = join(PACKAGE_ROOT, 'schema', 'rule-set.schema.json');
/** The built-in rule sets as parsed by `npm run build` (scripts/precompile-rules.js); see `precompiledRuleSet`. */
export const PRECOMPILED_RULES = join(PACKAGE_ROOT, 'dist', 'builtin-rules.json');
/**
 * The ReDoS check's verdict comes from its step limit, the same on every machine; the time limit only guards
 * against a hang. (A 500 ms limit refused safe regexes such as "\b(?:\d{1,2}|one|two|ten|twelve)[- ]years?"
 * that take 0.4 to 0.6 s to prove, and more on a loaded machine.) A regex not proved safe in time is refused.
 */
const REGEX_CHECK_MS = 10_000;
// How many ways a regex may backtrack at one place and still be accepted. redos-detector's default (200) refused
// bounded patterns a rule author should write: `\bworks?\s{1,3}without\s{1,3}(?:wi-?fi|internet)\b` scores 272. A
// pattern that can backtrack without bound still has no finite score, whatever the limit.
const REGEX_MAX_SCORE = 1000;

let validator: ReturnType<Ajv['compile']> | undefined;
function validate(data: unknown): ErrorObject[] {
  if (!validator) {
    const schema: unknown = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));
    validator = new Ajv({ allErrors: true, strict: false }).compile(schema as object);
  }
  return validator(data) ? [] : [...(validator.errors ?? [])];
}

/** Rule-set files named by a path: the file itself, or every .yaml/.yml file in a folder (sorted). */
export function ruleFilesIn(path: string): string[] {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    throw new RuleLoadError(`rule set not found: ${path}`);
  }
  if (!stats.isDirectory()) return [path];
  return readdirSync(path)
    .filter((name) => /\.ya?ml$/i.test(name))
    .sort()
    .map((name) => join(path, name));
}

/**
 * Load and validate rule-set files into one catalog. Throws RuleLoadError with file:line:column.
 * `verifyBuiltins` checks the built-in sets as strictly as a user's (schema and ReDoS), as `rules test` does.
 */
export function loadRuleSets(paths: string[], cwd: string, options: { verifyBuiltins?: boolean } = {}): RuleCatalog {
  const catalog: RuleCatalog = { rules: [], topics: new Map(), files: [], comparators: [], pairs: [] };
  const seenRules = new Map<string, Origin>();
  const pendingRules: { rule: RuleDefinition; fromBuiltins: boolean }[] = [];
  // Built-in topics (while no set of the user's has replaced them), and those a user's set has replaced.
  const builtinTopics = new Set<string>();
  const replaced = new Set<string>();
  const builtinPairs: { pairs: Set<PairExample>; topics: string[] }[] = [];
  for (const path of paths.flatMap(ruleFilesIn)) {
    const shown = displayPath(path, cwd);
    let source: string;
    try {
      source = readFileSync(path, 'utf8');
    } catch (error) {
      throw new RuleLoadError(`cannot read rule set ${shown}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
    catalog.files.push(shown);
    // Built-in rules are checked (schema and ReDoS) by the test suite; re-proving them on every run costs time.
    const fromBuiltins = resolve(path).startsWith(BUILTIN_RULES);
    const trusted = !options.verifyBuiltins && fromBuiltins;
    const loaded = (trusted ? precompiledRuleSet(path, source, shown) : undefined) ?? loadRuleSetSource(source, shown, { trusted });
    for (const comparator of loaded.comparators) if (!catalog.comparators.includes(comparator)) catalog.comparators.push(comparator);
    for (const topic of loaded.topics) {
      const existing = catalog.topics.get(topic.id);
      // A topic of your own replaces a built-in one of the same id ("warranty", "onset"), with the built-in rules and
      // pairs that claim on it, whichever is loaded first: a rule set written for one product need not know every
      // built-in topic's name.
      if (existing && builtinTopics.has(topic.id) !== fromBuiltins) {
        if (!fromBuiltins) catalog.topics.set(topic.id, topic);
        builtinTopics.delete(topic.id);
        replaced.add(topic.id);
        continue;
      }
      if (existing) {
        throw new RuleLoadError(`topic "${topic.id}" is already defined in ${existing.origin.file}:${existing.origin.line}`, {
          origin: topic.origin,
          hint: 'topic ids are shared by all rule sets; extend the existing topic or pick another id',
        });
      }
      catalog.topics.set(topic.id, topic);
      if (fromBuiltins) builtinTopics.add(topic.id);
    }
    for (const rule of loaded.rules) {
      const previous = seenRules.get(rule.id);
      if (previous) {
        throw new RuleLoadError(`duplicate rule id "${rule.id}" (first defined at ${previous.file}:${previous.line})`, { origin: rule.origin });
      }
      seenRules.set(rule.id, rule.origin);
      pendingRules.push({ rule, fromBuiltins });
    }
    catalog.pairs.push(...loaded.pairs);
    if (fromBuiltins) builtinPairs.push({ pairs: new Set(loaded.pairs), topics: loaded.topics.map((topic) => topic.id) });
  }
  // A built-in set's pairs test its own topics: one a user's set replaced makes them no test of the built-in's.
  const stale = new Set(builtinPairs.filter(({ topics }) => topics.some((id) => replaced.has(id))).flatMap(({ pairs }) => [...pairs]));
  if (stale.size > 0) catalog.pairs = catalog.pairs.filter((pair) => !stale.has(pair));
  // Topics may be defined in another file than the rules that use them: check references once all are loaded.
  for (const { rule, fromBuiltins } of pendingRules) {
    if (fromBuiltins && rule.topic !== undefined && replaced.has(rule.topic)) continue;
    checkTopicReferences(rule, catalog.topics);
    catalog.rules.push(rule);
  }
  for (const pair of catalog.pairs) {
    if (pair.topic !== undefined && !catalog.topics.has(pair.topic)) {
      const guess = closest(pair.topic, catalog.topics.keys());
      throw new RuleLoadError(`pair example names unknown topic ${JSON.stringify(pair.topic)}`, { origin: pair.origin, hint: guess ? `did you mean "${guess}"?` : 'name a topic defined under `topics:` in a rule set' });
    }
  }
  return catalog;
}

function checkTopicReferences(rule: RuleDefinition, topics: Map<string, Topic>): void {
  const unknownTopic = (name: string): RuleLoadError => {
    const guess = closest(name, topics.keys());
    return new RuleLoadError(`rule "${rule.id}" uses unknown topic ${JSON.stringify(name)}`, {
      origin: rule.origin,
      hint: guess ? `did you mean "${guess}"?` : 'define it under `topics:` in a rule set',
    });
  };
  if (rule.topic !== undefined) {
    const topic = topics.get(rule.topic);
    if (!topic) throw unknownTopic(rule.topic);
    if (rule.category !== undefined && !topic.categories.includes(rule.category)) {
      throw new RuleLoadError(`rule "${rule.id}" claims category ${JSON.stringify(rule.category)}, which topic "${topic.id}" does not list`, {
        origin: rule.origin,
        hint: `categories of ${topic.id}: ${topic.categories.join(', ') || 'none'}`,
      });
    }
    if (rule.impliedValue !== undefined && (topic.compare !== 'range' || Object.keys(topic.measures).length > 0)) {
      throw new RuleLoadError(`rule "${rule.id}" implies a value, but topic "${topic.id}" ${topic.compare === 'range' ? 'declares measures, which a figure-less match cannot name' : `compares ${topic.compare} claims, not figures`}`, {
        origin: rule.origin,
        hint: 'impliedValue is for topics with compare: range and no measures',
      });
    }
    // requireValue waits for a figure bound to the match, which a polarity or exclusive topic never binds: the
    // rule would claim every match anyway, and its author would think it waited. (A topic switched off with
    // compare: none may keep it, ready for when it is switched back on.)
    if (rule.requireValue && (topic.compare === 'polarity' || topic.compare === 'exclusive')) {
      throw new RuleLoadError(`rule "${rule.id}" requires a value, but topic "${topic.id}" compares ${topic.compare} claims, not figures`, {
        origin: rule.origin,
        hint: 'requireValue is for topics with compare: range; to claim only sentences that hold a figure, add a regex match',
      });
    }
    if (topic.compare === 'exclusive' && rule.category === undefined) {
      throw new RuleLoadError(`rule "${rule.id}" is on exclusive topic "${topic.id}" but names no category`, {
        origin: rule.origin,
        hint: `add category: one of ${topic.categories.join(', ')}`,
      });
    }
  } else if (rule.requireValue) {
    throw new RuleLoadError(`rule "${rule.id}" requires a value but has no topic to bind one`, {
      origin: rule.origin,
      hint: 'give it a topic with compare: range',
    });
  }
  for (const pattern of [...rule.match, ...(rule.unless ?? [])]) {
    if ('terms' in pattern) {
      const topic = topics.get(pattern.terms);
      if (!topic) throw unknownTopic(pattern.terms);
      if (Object.keys(topic.terms).length === 0) {
        // "terms: annual-fee" written for the term "annual-fee" of another topic: name the topic that has it.
        const owner = [...topics.values()].find((other) => Object.hasOwn(other.terms, pattern.terms));
        const hint = owner === undefined ? '' : `; \`terms:\` takes a topic, and "${pattern.terms}" is a term of topic "${owner.id}": did you mean \`terms: ${owner.id}\`?`;
        throw new RuleLoadError(`rule "${rule.id}" matches the terms of topic "${topic.id}", which has no terms${hint}`, { origin: rule.origin });
      }
    }
  }
}

type LoadedRuleSet = ReturnType<typeof loadRuleSetSource>;

/** What `npm run build` writes to PRECOMPILED_RULES: each built-in file's parse, under its name. */
export interface PrecompiledRules {
  files: Record<string, { sha256: string; loaded: LoadedRuleSet }>;
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The built-in rule sets parsed, with their files' hashes: what the build stores in PRECOMPILED_RULES. */
export function precompileBuiltinRules(): PrecompiledRules {
  const files: PrecompiledRules['files'] = {};
  for (const path of ruleFilesIn(BUILTIN_RULES)) {
    const source = readFileSync(path, 'utf8');
    files[basename(path)] = { sha256: sha256(source), loaded: loadRuleSetSource(source, '', { trusted: true }) };
  }
  return { files };
}

// Parsing the built-in rule sets' YAML took about 170 ms of every run (and again in every worker thread),
// more than a warm run spends on anything else but its report. The build parses them once; a run takes
// that parse when the file's text is still the one the build saw. Only compiled code does: code run from its
// TypeScript sources (the tests) may have changed how a set is parsed since the last build.
const RUNNING_COMPILED = import.meta.url.endsWith('.js');
let precompiled: PrecompiledRules | null | undefined;

/** A built-in rule set as the build parsed it, its places in `shown`; undefined when there is none to trust. */
function precompiledRuleSet(path: string, source: string, shown: string): LoadedRuleSet | undefined {
  if (!RUNNING_COMPILED) return undefined;
  if (precompiled === undefined) {
    try {
      precompiled = JSON.parse(readFileSync(PRECOMPILED_RULES, 'utf8')) as PrecompiledRules;
    } catch {
      precompiled = null; // not built (or unreadable): parse the YAML, as without it
    }
  }
  return fromPrecompiled(precompiled, path, source, shown);
}

/** The stored parse of the file at `path`, if the build saw the same text. Exported for tests. */
export function fromPrecompiled(all: PrecompiledRules | null, path: string, source: string, shown: string): LoadedRuleSet | undefined {
  // (A file of another shape, say from a build interrupted halfway, holds no entry: the YAML is parsed.)
  const entry = all?.files?.[basename(path)];
  if (!entry || entry.sha256 !== sha256(source) || !Array.isArray(entry.loaded?.rules) || !Array.isArray(entry.loaded.topics) || !Array.isArray(entry.loaded.pairs)) return undefined;
  return placedIn(entry.loaded, shown);
}

/** A parse stored without a file name, its every origin placed in `file`. */
function placedIn(loaded: LoadedRuleSet, file: string): LoadedRuleSet {
  const place = (origin: Origin): Origin => ({ ...origin, file });
  return {
    ...loaded,
    topics: loaded.topics.map((topic) => ({ ...topic, origin: place(topic.origin) })),
    rules: loaded.rules.map((rule) => ({
      ...rule,
      origin: place(rule.origin),
      patternOrigins: { match: rule.patternOrigins.match.map(place), unless: rule.patternOrigins.unless.map(place) },
    })),
    pairs: loaded.pairs.map((pair) => ({ ...pair, origin: place(pair.origin) })),
  };
}

/** Parse one rule-set file's text. Exported for tests and `rules test`. */
export function loadRuleSetSource(
  source: string,
  file: string,
  options: { trusted?: boolean } = {},
): { id: string; rules: RuleDefinition[]; topics: Topic[]; comparators: string[]; pairs: PairExample[] } {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  const originAt = (offset: number): Origin => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  const syntaxError = document.errors[0];
  if (syntaxError) {
    throw new RuleLoadError(`invalid YAML: ${syntaxError.message.split('\n')[0]}`, { origin: originAt(syntaxError.pos[0]) });
  }
  let data: unknown;
  try {
    data = document.toJS();
  } catch (error) {
    // An alias without its anchor, or one that expands without end ("billion laughs"), fails only here.
    throw new RuleLoadError(`invalid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`, { origin: originAt(0) });
  }
  // Built-in sets are checked against the schema by the test suite (as untrusted files); compiling the
  // schema validator costs ~100 ms, on every run and in every worker thread.
  const errors = options.trusted ? [] : validate(data);
  if (errors.length > 0) {
    const error = pickError(errors);
    throw new RuleLoadError(describeSchemaError(error, data), { origin: originAt(nodeOffset(document, error)), ...hintFor(error) });
  }
  const input = data as RuleSetInput;
  const nodeOrigin = (path: (string | number)[]): Origin => originAt(offsetOf(document, path));

  const topics: Topic[] = Object.entries(input.topics ?? {}).map(([id, topic]) => ({
    id,
    compare: topic.compare ?? 'polarity',
    unit: topic.unit ?? '',
    tolerance: topic.tolerance ?? 0,
    relativeTolerance: topic.relativeTolerance ?? 0.1,
    approximateTolerance: topic.approximateTolerance ?? 0.1,
    window: topic.window ?? 12,
    severity: topic.severity ?? 'error',
    message: topic.message ?? `Claims about ${id} disagree.`,
    measures: topic.measures ?? {},
    amountMeasures: topic.amountMeasures ?? [],
    defaultMeasure: topic.defaultMeasure ?? null,
    unitWords: (topic.unitWords ?? []).map((word) => word.trim().toLowerCase()).filter((word) => word !== ''),
    windows: topic.windows ?? false,
    moments: topic.moments ?? false,
    runTime: topic.runTime ?? false,
    limits: topic.limits ?? false,
    floors: topic.floors ?? false,
    counts: topic.counts ?? false,
    notForSubjects: (topic.notForSubjects ?? []).map((word) => word.trim().toLowerCase()).filter((word) => word !== ''),
    terms: topic.terms ?? {},
    groups: topic.groups ?? {},
    context: topic.context ?? [],
    exceptAfter: topic.exceptAfter ?? [],
    categories: topic.categories ?? [],
    plausible: [plausibleBound(topic.plausible?.[0], id, nodeOrigin(['topics', id, 'plausible', 0])), plausibleBound(topic.plausible?.[1], id, nodeOrigin(['topics', id, 'plausible', 1]))],
    origin: nodeOrigin(['topics', id]),
  }));
  for (const topic of topics) {
    // One category is enough: "certified" meets its denial ("has not been certified"), shown as "not certified".
    if (topic.compare === 'exclusive' && topic.categories.length === 0) {
      throw new RuleLoadError(`topic "${topic.id}" compares exclusive values but lists no categories`, { origin: topic.origin });
    }
    // Terms key claims only on a topic that compares polarity (or none): on another they would be ignored silently.
    if ((topic.compare === 'range' || topic.compare === 'exclusive') && Object.keys(topic.terms).length > 0) {
      throw new RuleLoadError(`topic "${topic.id}" compares ${topic.compare === 'range' ? 'figures' : 'exclusive values'}, which terms do not key`, {
        origin: nodeOrigin(['topics', topic.id, 'terms']),
        hint: topic.compare === 'range' ? 'to tell figures apart by what they count, use measures ("motor: [motor, on the tool]")' : 'give each thing a topic of its own, or use categories',
      });
    }
    // A default measure stands in for the topic's measures: with none declared, every figure has the plain key already.
    if (topic.defaultMeasure !== null && Object.keys(topic.measures).length === 0) {
      throw new RuleLoadError(`topic "${topic.id}" names a defaultMeasure but declares no measures`, {
        origin: nodeOrigin(['topics', topic.id, 'defaultMeasure']),
        hint: 'a figure on a topic without measures is keyed by the topic alone; drop defaultMeasure, or declare the measures it is the default of',
      });
    }
    // The counted noun is a count topic's measure: declared measures or unit words would be a second, conflicting one.
    if (topic.counts && (topic.compare !== 'range' || topic.unit !== '' || Object.keys(topic.measures).length > 0 || topic.unitWords.length > 0)) {
      throw new RuleLoadError(`topic "${topic.id}" counts things, which only a range topic of plain numbers without measures or unit words can`, {
        origin: nodeOrigin(['topics', topic.id, 'counts']),
        hint: 'set compare: range and unit: \'\', and drop measures and unitWords: the noun after each figure keys it',
      });
    }
    // A group and its members are terms of the topic: a misspelt name would make a denial meet nothing, silently.
    for (const [group, members] of Object.entries(topic.groups)) {
      const unknown = [group, ...members].find((name) => topic.terms[name] === undefined);
      if (unknown !== undefined) {
        throw new RuleLoadError(`group "${group}" of topic "${topic.id}" names "${unknown}", which is not one of its terms`, {
          origin: nodeOrigin(['topics', topic.id, 'groups', group]),
          hint: 'a group is a term, and its members are terms of the same topic',
        });
      }
    }
  }

  const subjects = input.subjects?.map((subject) => subject.trim().toLowerCase()).filter((subject) => subject !== '');
  const rules = input.rules.map((rule, index): RuleDefinition => {
    const { impliedValue, ...written } = rule;
    const definition: RuleDefinition = {
      ...written,
      ...(impliedValue === undefined ? {} : { impliedValue: impliedRange(impliedValue, rule.id, nodeOrigin(['rules', index, 'impliedValue'])) }),
      id: `${input.id}/${rule.id}`,
      origin: nodeOrigin(['rules', index]),
      ...(options.trusted ? { builtin: true as const } : {}),
      ...(subjects !== undefined && subjects.length > 0 ? { subjects } : {}),
      patternOrigins: {
        match: rule.match.map((_, at) => nodeOrigin(['rules', index, 'match', at])),
        unless: (rule.unless ?? []).map((_, at) => nodeOrigin(['rules', index, 'unless', at])),
      },
    };
    checkPatterns(definition, options.trusted ?? false);
    return definition;
  });
  // A scoped set's pairs are read as articles on its first subject, unless a pair names its own.
  const pairs = (input.pairs ?? []).map((pair, index): PairExample => ({ ...(subjects?.[0] === undefined ? {} : { subject: subjects[0] }), ...pair, origin: nodeOrigin(['pairs', index]) }));
  return { id: input.id, rules, topics, comparators: (input.comparators ?? []).map((phrase) => phrase.trim().toLowerCase()).filter((phrase) => phrase !== ''), pairs };
}

/** A `plausible` bound: a number in the topic's unit, or a quantity in words ("1 day", "10 minutes"), or none. */
function plausibleBound(bound: number | string | null | undefined, topic: string, origin: Origin): number | null {
  if (bound === null || bound === undefined) return null;
  return oneQuantity(bound, (written) => `plausible bound ${written} of topic "${topic}"`, origin);
}

/** A rule's `impliedValue`: one quantity, or the least and most ([0, "1 day"]). */
function impliedRange(implied: number | string | [number | string, number | string], rule: string, origin: Origin): [number, number] {
  const [least, most] = Array.isArray(implied) ? implied : [implied, implied];
  const named = (written: string): string => `impliedValue ${written} of rule "${rule}"`;
  const range: [number, number] = [oneQuantity(least, named, origin), oneQuantity(most, named, origin)];
  if (range[0] > range[1]) throw new RuleLoadError(`impliedValue of rule "${rule}" runs from more to less`, { origin, hint: 'write the least first: [0, "1 day"]' });
  return range;
}

/** One quantity written in a rule set: a number in the topic's unit, or in words ("1 day", "10 minutes"). */
function oneQuantity(quantity: number | string, named: (written: string) => string, origin: Origin): number {
  if (typeof quantity === 'number') return quantity;
  const [value] = extractValues(quantity);
  if (value === undefined || value.min === null || value.min !== value.max) {
    throw new RuleLoadError(`${named(JSON.stringify(quantity))} is not one quantity`, { origin, hint: 'write a number in the unit of the topic, or a quantity such as "1 day" or "10 minutes"' });
  }
  return value.min;
}

// redos-detector 6.1.4 keeps every regex it has analysed in a module-level cache (about 1.6 MB each, never
// freed), so a process that loads the same user rule set again and again (a library user, a test run, a
// watcher) grew without bound: prove each source once per process.
type RegexVerdict = 'safe' | 'backtracks' | 'too-complex';
const provenSafe = new Map<string, RegexVerdict>();
// The proof's step limit: its default (20,000) gave up on bounded patterns a rule author writes, such as
// `\b(?:\d{1,2}|one|two|twelve|twenty-four)[- ](?:month|year)s? contract\b` (proved in 50,000, score 526).
const REGEX_CHECK_STEPS = 50_000;
function regexVerdict(regex: RegExp): RegexVerdict {
  let verdict = provenSafe.get(regex.source);
  if (verdict === undefined) {
    const result = isSafe(regex, { timeout: REGEX_CHECK_MS, maxScore: REGEX_MAX_SCORE, maxSteps: REGEX_CHECK_STEPS });
    // Out of steps or time, the proof found no unbounded repeat but could not finish either: say so, not "without bound".
    verdict = result.safe ? 'safe' : result.error === 'hitMaxSteps' || result.error === 'timedOut' ? 'too-complex' : 'backtracks';
    provenSafe.set(regex.source, verdict);
  }
  return verdict;
}

/** A regex as a rule author wrote it, on one line: control characters escaped, backslashes left as they are. */
function shownRegex(source: string): string {
  // eslint-disable-next-line no-control-regex
  return `/${source.replace(/[\u0000-\u001f\u007f]/g, (char) => (char === '\n' ? '\\n' : char === '\r' ? '\\r' : char === '\t' ? '\\t' : `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`))}/`;
}

/** Regexes are compiled here so that a bad one is a load error, not a crash in the middle of an audit. */
function checkPatterns(rule: RuleDefinition, trusted: boolean): void {
  const all = [
    ...rule.match.map((pattern, index) => ({ pattern, origin: rule.patternOrigins.match[index] })),
    ...(rule.unless ?? []).map((pattern, index) => ({ pattern, origin: rule.patternOrigins.unless[index] })),
  ];
  for (const { pattern, origin } of all) {
    const kinds = ['phrase', 'near', 'regex', 'terms'].filter((kind) => kind in pattern);
    if (kinds.length !== 1) {
      throw new RuleLoadError(`a pattern of rule "${rule.id}" must have exactly one of phrase, near, regex, terms (found ${kinds.join(', ') || 'none'})`, {
        origin: origin ?? rule.origin,
      });
    }
    if ('regex' in pattern) {
      let regex: RegExp;
      try {
        regex = new RegExp(pattern.regex, 'i');
      } catch (error) {
        throw new RuleLoadError(`invalid regex in rule "${rule.id}": ${(error as Error).message.replace(/[\r\n]+/g, ' ')}`, { origin: origin ?? rule.origin });
      }
      // A user's regex must not be able to hang an audit: reject any that can backtrack without bound, or more
      // than REGEX_MAX_SCORE ways at one place (the check's score cannot tell the two apart).
      const verdict = trusted ? 'safe' : regexVerdict(regex);
      if (verdict === 'backtracks') {
        throw new RuleLoadError(`regex of rule "${rule.id}" can backtrack too much on some input (ReDoS, over ${REGEX_MAX_SCORE} ways): ${shownRegex(pattern.regex)}`, {
          origin: origin ?? rule.origin,
          hint: 'the check refuses any repeat that can backtrack (even \\s+, \\w+ or \\d+), and neighbours that can match the same text ([a-z]{1,30}[a-z]{1,30}): bound each repeat tightly (\\s{1,3}, \\d{1,5}), list the words ((?:takes|lasts)), or use a phrase (with slop) or near pattern',
        });
      }
      if (verdict === 'too-complex') {
        throw new RuleLoadError(`regex of rule "${rule.id}" is too complex for the ReDoS check to prove safe: ${shownRegex(pattern.regex)}`, {
          origin: origin ?? rule.origin,
          hint: 'split its alternatives into several patterns (a rule may list many under match:), or use a phrase (with slop) or near pattern',
        });
      }
    }
    if ('phrase' in pattern && /^\s*\*/.test(pattern.phrase)) {
      throw new RuleLoadError(`phrase ${JSON.stringify(pattern.phrase)} of rule "${rule.id}" cannot start with *`, { origin: origin ?? rule.origin });
    }
  }
}

// User text in a message is quoted with JSON.stringify, so a key or phrase holding a line break or a control
// character still gives the one-line message the CLI prints.

// Ajv reports every check that failed; the deepest is the most specific, and at one depth an unknown key
// explains a "missing" one (a misspelt `severty` is both), so it goes first.
const KEYWORD_ORDER = ['additionalProperties', 'enum', 'type', 'pattern', 'minItems', 'required'];
function pickError(errors: ErrorObject[]): ErrorObject {
  const rank = (error: ErrorObject): number => {
    const at = KEYWORD_ORDER.indexOf(error.keyword);
    return at < 0 ? KEYWORD_ORDER.length : at;
  };
  return [...errors].sort((a, b) => b.instancePath.split('/').length - a.instancePath.split('/').length || rank(a) - rank(b))[0] as ErrorObject;
}

function readablePath(instancePath: string): string {
  const parts = instancePath.split('/').slice(1);
  let out = '';
  for (const part of parts) out += /^\d+$/.test(part) ? `[${part}]` : out === '' ? part : `.${part}`;
  return out || 'the rule set';
}

function describeSchemaError(error: ErrorObject, _data: unknown): string {
  const where = readablePath(error.instancePath);
  switch (error.keyword) {
    case 'enum':
      return `${where} must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((value) => (value === '' ? "''" : String(value))).join(', ')}`;
    case 'additionalProperties':
      return `${where} has unknown key ${JSON.stringify((error.params as { additionalProperty: string }).additionalProperty)}`;
    case 'required':
      return `${where} is missing required key ${JSON.stringify((error.params as { missingProperty: string }).missingProperty)}`;
    case 'type':
      return `${where} must be ${(error.params as { type: string }).type === 'array' ? 'a list' : `a ${(error.params as { type: string }).type}`}`;
    case 'pattern':
      return `${where} must be lower-case letters, digits and hyphens`;
    case 'minItems':
      return `${where} must not be empty`;
    default:
      return `${where} ${error.message ?? 'is invalid'}`;
  }
}

const KNOWN_KEYS: Record<string, string[]> = {
  set: ['id', 'description', 'comparators', 'subjects', 'topics', 'rules'],
  rule: ['id', 'severity', 'message', 'description', 'url', 'topic', 'category', 'polarity', 'claimOnly', 'requireValue', 'requireCitation', 'requirePolarity', 'assertsOwnNegation', 'impliedValue', 'match', 'unless', 'notAfter', 'examples'],
  topic: ['description', 'compare', 'unit', 'tolerance', 'relativeTolerance', 'approximateTolerance', 'window', 'severity', 'message', 'measures', 'amountMeasures', 'defaultMeasure', 'unitWords', 'windows', 'moments', 'runTime', 'limits', 'floors', 'counts', 'notForSubjects', 'terms', 'groups', 'context', 'exceptAfter', 'categories', 'plausible'],
  pattern: ['phrase', 'slop', 'near', 'distance', 'regex', 'terms'],
  examples: ['match', 'nomatch'],
  example: ['text', 'key', 'value', 'polarity'],
};

function hintFor(error: ErrorObject): { hint?: string } {
  if (error.keyword !== 'additionalProperties') return {};
  const key = (error.params as { additionalProperty: string }).additionalProperty;
  const parts = error.instancePath.split('/').slice(1);
  const kind =
    parts.length === 0 ? 'set'
    : parts[0] === 'topics' ? 'topic'
    : parts.includes('examples') ? (/^\d+$/.test(parts[parts.length - 1] ?? '') ? 'example' : 'examples')
    : parts.includes('match') || parts.includes('unless') ? 'pattern'
    : 'rule';
  const guess = closest(key, KNOWN_KEYS[kind] ?? []);
  // `{text: We add 60,000 points, key: bonus}`: an unquoted comma in a flow mapping starts a new key mid-sentence.
  if (guess === undefined && /\s/.test(key.trim())) return { hint: `allowed: ${(KNOWN_KEYS[kind] ?? []).join(', ')}; a comma inside {…} ends the text there: quote the text` };
  return guess ? { hint: `did you mean "${guess}"?` } : { hint: `allowed: ${(KNOWN_KEYS[kind] ?? []).join(', ')}` };
}

function nodeOffset(document: YamlDocument, error: ErrorObject): number {
  const path = error.instancePath.split('/').slice(1).map((part) => (/^\d+$/.test(part) ? Number(part) : part.replace(/~1/g, '/').replace(/~0/g, '~')));
  if (error.keyword === 'additionalProperties') {
    const key = (error.params as { additionalProperty: string }).additionalProperty;
    const parent = document.getIn(path, true);
    if (isMap(parent)) {
      const pair = parent.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
      const range = (pair?.key as YamlNode | undefined)?.range;
      if (range) return range[0];
    }
  }
  return offsetOf(document, path);
}

/** The offset of the deepest node that exists along a path (keys of a map point at the value). */
function offsetOf(document: YamlDocument, path: (string | number)[]): number {
  for (let length = path.length; length >= 0; length--) {
    const node = length === 0 ? document.contents : document.getIn(path.slice(0, length), true);
    if (node && typeof node === 'object' && 'range' in node) {
      const range = (node as YamlNode).range;
      if (range) return range[0];
    }
    if (isSeq(node) || isMap(node)) break;
  }
  return 0;
}

function displayPath(path: string, cwd: string): string {
  const shown = relative(cwd, path);
  return (shown.startsWith('..') ? path : shown).split(sep).join('/');
}
