import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { audit } from '../src/audit.js';
import { UserError } from '../src/errors.js';
import type { Topic } from '../src/rules/definition.js';
import type { Claim, ClaimValue, Contradiction, Report } from '../src/types.js';

/** A topic with defaults, for analysis tests. */
export function topic(id: string, overrides: Partial<Topic> = {}): Topic {
  return {
    id,
    compare: 'range',
    unit: '%',
    tolerance: 0,
    relativeTolerance: 0,
    approximateTolerance: 0.1,
    window: 12,
    severity: 'error',
    message: `${id} disagrees.`,
    measures: {},
    amountMeasures: [],
    defaultMeasure: null,
    unitWords: [],
    windows: false,
    moments: false,
    runTime: false,
    limits: false,
    floors: false,
    counts: false,
    notForSubjects: [],
    terms: {},
    groups: {},
    context: [],
    exceptAfter: [],
    categories: [],
    plausible: [null, null],
    origin: { file: 'test.yaml', line: 1, column: 1 },
    ...overrides,
  };
}

let counter = 0;

/** A claim at a made-up place; each call gets its own offset so claims never collide. */
export function claim(overrides: Partial<Claim> & { value?: ClaimValue }): Claim {
  counter += 10;
  const offset = overrides.span?.start.offset ?? counter;
  return {
    subject: 'default',
    topic: 'efficacy',
    key: 'efficacy',
    value: { type: 'none' },
    polarity: 'affirmed',
    hedged: false,
    cited: false,
    ruleId: 'test/rule',
    path: 'a.md',
    span: { start: { line: 1, column: offset + 1, offset }, end: { line: 1, column: offset + 5, offset: offset + 4 } },
    sentence: `sentence ${counter}`,
    match: 'text',
    ...overrides,
  };
}

/** An interval value: null = unbounded. */
export function interval(min: number | null, max: number | null, unit = '%', options: { minInclusive?: boolean; maxInclusive?: boolean; approximate?: boolean; unitWord?: string } = {}): ClaimValue {
  return {
    type: 'interval',
    min,
    max,
    unit,
    minInclusive: options.minInclusive ?? min !== null,
    maxInclusive: options.maxInclusive ?? max !== null,
    approximate: options.approximate ?? false,
    text: `${min}-${max}`,
    ...(options.unitWord === undefined ? {} : { unitWord: options.unitWord }),
  };
}

/** The one-line text a user sees for the error `run` throws; anything but a `kind` (default: any UserError) fails the test. */
export function describeError(run: () => unknown, kind: abstract new (...args: never[]) => UserError = UserError): string {
  try {
    run();
  } catch (error) {
    if (error instanceof kind) return error.describe();
    throw error;
  }
  throw new Error(`expected a ${kind.name}`);
}

/** "kind key: file:line vs file:line" (file names only), so a failure shows what was paired with what. */
export function describeContradiction(contradiction: Contradiction): string {
  const sides = contradiction.sides.map((side) => `${side.path.split('/').pop()}:${side.span.start.line}`).join(' vs ');
  return `${contradiction.kind} ${contradiction.key}: ${sides}`;
}

/**
 * Audit Markdown documents (name → text) written to a temporary folder, with no config: with the built-in
 * rules, or with only the rule set given as YAML text.
 */
export function auditMarkdown(documents: Record<string, string>, rules?: string): Report {
  const folder = mkdtempSync(join(tmpdir(), 'claim-audit-test-'));
  try {
    for (const [name, text] of Object.entries(documents)) writeFileSync(join(folder, name), text);
    if (rules === undefined) return audit({ paths: [folder], config: false });
    writeFileSync(join(folder, 'rules.yaml'), rules);
    return audit({ paths: [join(folder, '*.md')], rules: [join(folder, 'rules.yaml')], builtinRules: false, config: false, cwd: folder });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** A new temporary folder holding these files (name → text or bytes). */
export function folderWith(files: Record<string, string | Uint8Array>): string {
  const folder = mkdtempSync(join(tmpdir(), 'claim-audit-test-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);
  return folder;
}

/** The contradictions the built-in rules find between two one-line articles, described. */
export function between(a: string, b: string): string[] {
  return auditMarkdown({ 'a.md': `${a}\n`, 'b.md': `${b}\n` }).contradictions.map(describeContradiction);
}

/** The keys and figures (or polarities) of the claims the built-in rules read on a topic in a one-line article. */
export function claimsOn(topic: string, text: string): string[] {
  return auditMarkdown({ 'a.md': `${text}\n` })
    .claims.filter((claim) => claim.topic === topic)
    .map((claim) => `${claim.key} ${claim.value.type === 'interval' ? claim.value.text : claim.polarity}`);
}
