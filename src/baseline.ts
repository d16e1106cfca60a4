import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { UsageError } from './errors.js';
import type { Claim, Contradiction, Finding, Report } from './types.js';

/** The default file `claim-audit baseline` writes. */
export const BASELINE_NAME = '.claim-audit-baseline.json';

/** Accepted findings and contradictions, keyed by content so edits elsewhere in a file do not invalidate them. */
export interface Baseline {
  version: 1;
  findings: string[];
  contradictions: string[];
}

const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();
const hash = (parts: string[]): string => createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);

/** A finding's identity: rule, file, matched words and sentence — never its line or column. */
export function findingFingerprint(finding: Finding): string {
  return hash([finding.ruleId, finding.path, normalise(finding.match), normalise(finding.sentence)]);
}

function sideFingerprint(claim: Claim): string {
  return [claim.path, claim.key, normalise(claim.sentence)].join('\u0001');
}

/** A contradiction's identity: its key and the sentences on each side. */
export function contradictionFingerprint(contradiction: Contradiction): string {
  return hash([contradiction.subject, contradiction.key, ...contradiction.sides.map(sideFingerprint).sort()]);
}

/** Today's report as a baseline (sorted, so the file is stable and diffs well). */
export function createBaseline(report: Report): Baseline {
  return {
    version: 1,
    findings: report.findings.filter((finding) => !finding.ruleId.startsWith('contradiction/')).map(findingFingerprint).sort(),
    contradictions: report.contradictions.map(contradictionFingerprint).sort(),
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
  const valid =
    typeof data === 'object' && data !== null && (data as Baseline).version === 1 &&
    Array.isArray((data as Baseline).findings) && Array.isArray((data as Baseline).contradictions);
  if (!valid) throw new UsageError(`${shown} is not a claim-audit baseline (version 1)`, { hint: 'write one with `claim-audit baseline`' });
  return data as Baseline;
}

/** A multiset of accepted fingerprints: each accepted entry covers one occurrence, so a repeated new finding still shows. */
class Allowance {
  private readonly left = new Map<string, number>();
  constructor(list: string[]) {
    for (const item of list) this.left.set(item, (this.left.get(item) ?? 0) + 1);
  }
  take(key: string): boolean {
    const left = this.left.get(key) ?? 0;
    if (left === 0) return false;
    this.left.set(key, left - 1);
    return true;
  }
}

/** Findings and contradictions the baseline did not accept. */
export function subtractBaseline(findings: Finding[], contradictions: Contradiction[], baseline: Baseline): { findings: Finding[]; contradictions: Contradiction[] } {
  const acceptedFindings = new Allowance(baseline.findings);
  const acceptedContradictions = new Allowance(baseline.contradictions);
  return {
    findings: findings.filter((finding) => !acceptedFindings.take(findingFingerprint(finding))),
    contradictions: contradictions.filter((contradiction) => !acceptedContradictions.take(contradictionFingerprint(contradiction))),
  };
}
