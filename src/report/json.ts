import type { Claim, ClaimValue, Finding, Formatter, Report } from '../types.js';

/** A claim's value in the JSON shape: an interval, a category, or null for a bare polarity claim. */
function valueJson(value: ClaimValue): unknown {
  if (value.type === 'interval') {
    const interval = { min: value.min, max: value.max, unit: value.unit, minInclusive: value.minInclusive, maxInclusive: value.maxInclusive, approximate: value.approximate, text: value.text };
    return value.unitWord === undefined ? interval : { ...interval, unitWord: value.unitWord };
  }
  if (value.type === 'category') return { category: value.category, text: value.text, scope: value.scope };
  return null;
}

/** A claim as JSON (also one line of the claim ledger). */
export function claimJson(claim: Claim): Record<string, unknown> {
  // One object literal with every field (JSON.stringify leaves the undefined ones out): one shape for every
  // claim, and no spread copies; this runs for every claim and contradiction side (half a million at 10k).
  return {
    subject: claim.subject,
    topic: claim.topic,
    key: claim.key,
    value: valueJson(claim.value),
    polarity: claim.polarity,
    hedged: claim.hedged,
    cited: claim.cited,
    ruleId: claim.ruleId,
    file: claim.path,
    line: claim.span.start.line,
    column: claim.span.start.column,
    endLine: claim.span.end.line,
    endColumn: claim.span.end.column,
    offset: claim.span.start.offset,
    endOffset: claim.span.end.offset,
    sentence: claim.sentence,
    match: claim.match,
    sentenceMatch: claim.sentenceMatch,
    contradictionAccepted: claim.contradictionAccepted ? true : undefined,
  };
}

function findingJson(finding: Finding): Record<string, unknown> {
  const json: Record<string, unknown> = {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    topic: finding.topic,
    file: finding.path,
    line: finding.span.start.line,
    column: finding.span.start.column,
    endLine: finding.span.end.line,
    endColumn: finding.span.end.column,
    sentence: finding.sentence,
    match: finding.match,
  };
  if (finding.note) json.note = finding.note;
  if (finding.url) json.url = finding.url;
  if (finding.fatal) json.fatal = true;
  if (finding.related) {
    json.related = finding.related.map((place) => ({
      file: place.path,
      line: place.span.start.line,
      column: place.span.start.column,
      endLine: place.span.end.line,
      endColumn: place.span.end.column,
      message: place.message,
      ...(place.restatement ? { restatement: true } : {}),
      sentence: place.sentence,
      match: place.match,
    }));
  }
  return json;
}

/** The versioned JSON report (see README, "JSON report"). */
export const formatJson: Formatter = (report: Report) => [...formatJsonChunks(report)].join('');

/**
 * The same JSON report in pieces, for writing as it is made: a 10,000-article corpus gives a report of
 * hundreds of megabytes, which as one string costs as much memory again (and can pass V8's string limit).
 * One section per line, and in a list one item per line, each compact: greppable and diffable line by line,
 * and several times faster to write than indenting every field (JSON.stringify with a gap leaves V8's fast path).
 */
export function* formatJsonChunks(report: Report): Generator<string> {
  // A claim is listed once and is again a side of each contradiction it takes part in (two in three of the
  // claims written on the bench corpus are sides): each is made into text once.
  const claimTexts = new Map<Claim, string>();
  const claimText = (claim: Claim): string => {
    let text = claimTexts.get(claim);
    if (text === undefined) {
      text = JSON.stringify(claimJson(claim));
      claimTexts.set(claim, text);
    }
    return text;
  };
  const stringify = (item: unknown): string => JSON.stringify(item);
  const sections: [string, unknown, (item: never) => string][] = [
    ['version', report.version, stringify],
    ['tool', report.tool, stringify],
    ['files', report.files, stringify],
    ['counts', report.counts, stringify],
    ['findings', report.findings, (finding: Finding) => JSON.stringify(findingJson(finding))],
    ['claims', report.claims, claimText],
    ['contradictions', report.contradictions, (contradiction: Report['contradictions'][number]) => contradictionText(contradiction, claimText)],
    ['agreements', report.agreements, stringify],
  ];
  yield '{\n';
  for (const [position, [name, value, toJson]] of sections.entries()) {
    const comma = position < sections.length - 1 ? ',' : '';
    if (!Array.isArray(value) || value.length === 0) {
      yield `  ${JSON.stringify(name)}: ${JSON.stringify(value)}${comma}\n`;
      continue;
    }
    yield `  ${JSON.stringify(name)}: [\n`;
    const last = value.length - 1;
    for (const [index, item] of value.entries()) {
      yield `    ${toJson(item as never)}${index < last ? ',' : ''}\n`;
    }
    yield `  ]${comma}\n`;
  }
  yield '}\n';
}

/** A contradiction as JSON text, its sides' text taken from `claimText` (the same bytes as one JSON.stringify). */
function contradictionText(contradiction: Report['contradictions'][number], claimText: (claim: Claim) => string): string {
  const head = JSON.stringify({
    kind: contradiction.kind,
    subject: contradiction.subject,
    topic: contradiction.topic,
    key: contradiction.key,
    message: contradiction.message,
  });
  const restated = contradiction.restatements ? `,"restatements":[${contradiction.restatements.map(claimText).join(',')}]` : '';
  return `${head.slice(0, -1)},"sides":[${contradiction.sides.map(claimText).join(',')}]${restated}}`;
}
