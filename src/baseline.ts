import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { addTo } from './collections.js';
import { UsageError } from './errors.js';
import type { Claim, Contradiction, Finding, Report } from './types.js';

/** The default file `claim-audit baseline` writes. */
export const BASELINE_NAME = '.claim-audit-baseline.json';

/**
 * Accepted findings and contradictions, keyed by content so edits elsewhere in a file do not invalidate them.
 * Each entry is a fingerprint with the file and one without it ("<with file> <without file>"): the second lets an
 * accepted finding follow its article when the article is renamed or moved. Version 1 files hold the first only.
 */
export interface Baseline {
  version: 1 | 2;
  findings: string[];
  contradictions: string[];
}

const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();
const hash = (parts: string[]): string => createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);

/** A finding's identity: rule, file, matched words and sentence — never its line or column. */
export function findingFingerprint(finding: Finding): string {
  return hash([finding.ruleId, finding.path, normalise(finding.match), normalise(finding.sentence)]);
}

/** The same without the file, for an article that was renamed. */
function findingContent(finding: Finding): string {
  return hash([finding.ruleId, normalise(finding.match), normalise(finding.sentence)]);
}

function sideFingerprint(claim: Claim, withPath: boolean): string {
  return [...(withPath ? [claim.path] : []), claim.key, normalise(claim.sentence)].join('\u0001');
}

/** A contradiction's identity: its key and the sentences on each side. */
export function contradictionFingerprint(contradiction: Contradiction): string {
  return hash([contradiction.subject, contradiction.key, ...contradiction.sides.map((side) => sideFingerprint(side, true)).sort()]);
}

function contradictionContent(contradiction: Contradiction): string {
  return hash([contradiction.subject, contradiction.key, ...contradiction.sides.map((side) => sideFingerprint(side, false)).sort()]);
}

/** Today's report as a baseline (sorted, so the file is stable and diffs well). */
export function createBaseline(report: Report): Baseline {
  return {
    version: 2,
    findings: report.findings
      .filter((finding) => !finding.ruleId.startsWith('contradiction/'))
      .map((finding) => `${findingFingerprint(finding)} ${findingContent(finding)}`)
      .sort(),
    contradictions: report.contradictions.map((contradiction) => `${contradictionFingerprint(contradiction)} ${contradictionContent(contradiction)}`).sort(),
  };
}

export function writeBaseline(path: string, baseline: Baseline): void {
  writeFileSync(path, `${JSON.stringify(baseline, null, 2)}\n`);
}

export function readBaseline(path: string, shown: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UsageError(`cannot read baseline ${shown}: ${reason}`);
  }
  const version = (data as Baseline | null)?.version;
  const valid =
    typeof data === 'object' && data !== null && (version === 1 || version === 2) &&
    Array.isArray((data as Baseline).findings) && Array.isArray((data as Baseline).contradictions) &&
    [...(data as Baseline).findings, ...(data as Baseline).contradictions].every((entry) => typeof entry === 'string');
  if (!valid) throw new UsageError(`${shown} is not a claim-audit baseline (version 1 or 2)`, { hint: 'write one with `claim-audit baseline`' });
  return data as Baseline;
}

/**
 * Accepted entries, each covering one occurrence (so a repeated new finding still shows). An entry is taken by
 * its fingerprint with the file first; entries left over afterwards may be taken by content alone, by findings
 * whose file changed name. A copy of an article does not inherit: its original still takes the entries.
 */
class Allowance {
  private readonly byExact = new Map<string, number[]>();
  private readonly byContent = new Map<string, number[]>();
  private readonly taken: boolean[];

  constructor(entries: string[]) {
    this.taken = entries.map(() => false);
    entries.forEach((entry, index) => {
      const [exact, content] = entry.split(' ');
      addTo(this.byExact, exact ?? '', index);
      if (content !== undefined) addTo(this.byContent, content, index);
    });
  }

  takeExact(key: string): boolean {
    return this.takeFrom(this.byExact.get(key));
  }

  takeContent(key: string): boolean {
    return this.takeFrom(this.byContent.get(key));
  }

  private takeFrom(indexes: number[] | undefined): boolean {
    const free = indexes?.find((index) => !this.taken[index]);
    if (free === undefined) return false;
    this.taken[free] = true;
    return true;
  }
}

/** What the allowance does not cover: exact matches first, then by content for what changed file. */
function notAccepted<T>(items: T[], allowance: Allowance, exact: (item: T) => string, content: (item: T) => string): T[] {
  const left = items.filter((item) => !allowance.takeExact(exact(item)));
  return left.filter((item) => !allowance.takeContent(content(item)));
}

/** Findings and contradictions the baseline did not accept. */
export function subtractBaseline(findings: Finding[], contradictions: Contradiction[], baseline: Baseline): { findings: Finding[]; contradictions: Contradiction[] } {
  return {
    findings: notAccepted(findings, new Allowance(baseline.findings), findingFingerprint, findingContent),
    contradictions: notAccepted(contradictions, new Allowance(baseline.contradictions), contradictionFingerprint, contradictionContent),
  };
}
