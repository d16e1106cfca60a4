import { createHash } from 'node:crypto';
import type { Finding, Formatter, RelatedLocation, Report, RuleSummary, Severity, Span } from '../types.js';
import { TOOL_RULES } from './tool-rules.js';

/** The OASIS SARIF 2.1.0 schema (errata 01), the one GitHub code scanning validates uploads against. */
const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** Relative artifact URIs are resolved against the folder the audit ran in, which in CI is the checkout. */
const SOURCE_ROOT = '%SRCROOT%';

/** Standard input has no file; this relative URI carries no base id, so it can never be taken for a file in the checkout. */
const STDIN_URI = 'stdin';

/** Name of our partial fingerprint: bump the version whenever what goes into the hash changes. */
const FINGERPRINT = 'claimAuditFinding/v1';

const LEVELS: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** Where users learn about claim-audit: its package page. Also used by the reviewdog format. */
export function toolUrl(tool: Report['tool']): string {
  return `https://www.npmjs.com/package/${tool.name}`;
}

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
  index?: number;
}

interface Region {
  startLine: number;
  startColumn: number;
  endLine?: number;
  endColumn?: number;
  snippet?: { text: string };
}

interface Location {
  id?: number;
  physicalLocation: { artifactLocation: ArtifactLocation; region: Region };
  message?: { text: string };
}

interface ReportingDescriptor {
  id: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string };
  helpUri?: string;
  defaultConfiguration: { level: 'error' | 'warning' | 'note' };
  properties?: { tags: string[] };
}

function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:\//.test(path);
}

/**
 * A report path as an RFC 3986 URI reference. Report paths already use forward slashes and are relative to the folder
 * the audit ran in; one outside it stays absolute (see documents/discover.ts) and becomes a `file:` URI with no base.
 */
function artifactLocationOf(path: string, indexOf: Map<string, number>): ArtifactLocation {
  const index = indexOf.get(path);
  const withIndex = (location: ArtifactLocation): ArtifactLocation => (index === undefined ? location : { ...location, index });
  if (path === '<stdin>') return withIndex({ uri: STDIN_URI });
  const encoded = path
    .split('/')
    .map((segment, position) => (position === 0 && /^[A-Za-z]:$/.test(segment) ? segment : encodeURIComponent(segment)))
    .join('/');
  if (isAbsolutePath(path)) return withIndex({ uri: path.startsWith('/') ? `file://${encoded}` : `file:///${encoded}` });
  return withIndex({ uri: encoded, uriBaseId: SOURCE_ROOT });
}

/**
 * Our columns count UTF-16 code units from 1, and end points are exclusive: exactly SARIF's `utf16CodeUnits` column kind
 * and its `endColumn` ("one greater than the column of the last character"), so positions pass through unchanged.
 * An empty span (a finding on a whole file) becomes a region of the whole line.
 */
function regionOf(span: Span, match: string): Region {
  const { start, end } = span;
  if (start.offset === end.offset) return { startLine: start.line, startColumn: start.column };
  const region: Region = { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column };
  if (match !== '') region.snippet = { text: match };
  return region;
}

/** The words of a message template with its placeholders ({match}, {value}, {term}, {sentence}) left as an ellipsis. */
function templateText(message: string): string {
  return message.replace(/\{\w+\}/g, '…');
}

function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const end = flat.search(/[.!?](\s|$)/);
  return end < 0 ? flat : flat.slice(0, end + 1);
}

function descriptorOfRule(rule: RuleSummary, helpUri: string | undefined): ReportingDescriptor {
  const template = templateText(rule.message);
  const description = rule.description?.replace(/\s+/g, ' ').trim();
  return {
    id: rule.id,
    shortDescription: { text: description ? firstSentence(description) : template },
    fullDescription: { text: description ?? template },
    help: { text: description ? `${description}\n\nReported as: ${template}` : template },
    ...(helpUri ? { helpUri } : {}),
    defaultConfiguration: { level: LEVELS[rule.severity] },
    ...(rule.topic ? { properties: { tags: [rule.topic] } } : {}),
  };
}

/** A rule id that fired but is in no rule set: a contradiction topic, or one of claim-audit's own checks. */
function descriptorOfFinding(finding: Finding): ReportingDescriptor {
  const topic = finding.ruleId.startsWith('contradiction/') ? finding.ruleId.slice('contradiction/'.length) : null;
  const short = topic ? `Claims on the topic "${topic}" contradict each other.` : (TOOL_RULES[finding.ruleId]?.summary ?? `Reported by claim-audit.`);
  const full = topic
    ? `Two or more passages make claims on the topic "${topic}" that cannot all be true: figures that do not overlap, a denial against an assertion, or categories that exclude each other. The result sits on the last passage; the others are its related locations.`
    : short;
  return {
    id: finding.ruleId,
    shortDescription: { text: short },
    fullDescription: { text: full },
    help: { text: topic ? `${full}\n\nCheck which figure the sources support and make the articles agree, or mark the passage with a claim-audit directive if the difference is intended.` : full },
    ...(finding.url ? { helpUri: finding.url } : {}),
    defaultConfiguration: { level: LEVELS[finding.severity] },
    ...(topic ? { properties: { tags: [topic] } } : {}),
  };
}

/** One descriptor per rule of the report, then one per other rule id that fired (sorted), so every result has a ruleIndex. */
function descriptorsOf(report: Report): ReportingDescriptor[] {
  const firstFinding = new Map<string, Finding>();
  for (const finding of report.findings) if (!firstFinding.has(finding.ruleId)) firstFinding.set(finding.ruleId, finding);
  const known = new Set(report.rules.map((rule) => rule.id));
  const extra = [...firstFinding.values()].filter((finding) => !known.has(finding.ruleId)).sort((a, b) => (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  return [...report.rules.map((rule) => descriptorOfRule(rule, firstFinding.get(rule.id)?.url)), ...extra.map(descriptorOfFinding)];
}

/** Square brackets and backslashes are the only characters with a meaning inside an embedded link's text (SARIF §3.11.6). */
function linkText(text: string): string {
  return text.replace(/[\\[\]]/g, (character) => `\\${character}`);
}

function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * What a finding is about — rule, file, matched text and sentence — and not where it sits, so a result keeps its
 * identity when lines are added above it. Whitespace is flattened so re-wrapping a paragraph changes nothing.
 */
function identityOf(finding: Finding): string {
  return [finding.ruleId, finding.path, flat(finding.match), flat(finding.sentence)].join('\u0000');
}

/** A hash of the identity; `occurrence` (1, 2…) tells apart the same sentence repeated in one file. */
function fingerprintOf(identity: string, occurrence: number): string {
  return createHash('sha256').update(`${identity}\u0000${occurrence}`).digest('hex').slice(0, 32);
}

function messageOf(finding: Finding): string {
  let text = finding.note ? `${finding.message} (${finding.note})` : finding.message;
  const related = finding.related ?? [];
  if (related.length > 0) {
    // Embedded links ([text](id) → relatedLocations[id]) are rendered as links by GitHub and other SARIF viewers.
    const link = (place: RelatedLocation, index: number): string => `[${linkText(`${place.path}:${place.span.start.line}:${place.span.start.column}`)}](${index + 1})`;
    const conflicting = related.flatMap((place, index) => (place.restatement ? [] : [link(place, index)]));
    const again = related.flatMap((place, index) => (place.restatement ? [link(place, index)] : []));
    if (conflicting.length > 0) text += ` Conflicts with ${conflicting.join(', ')}.`;
    if (again.length > 0) text += ` The same claim again: ${again.join(', ')}.`;
  }
  return text;
}

/** SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: rules, results with related locations, artifacts. */
export const formatSarif: Formatter = (report: Report) => [...formatSarifChunks(report)].join('');

/** Stands in for the results while the rest of the log is serialised, then is replaced by them one by one. */
const RESULTS_MARK = 'claim-audit:results';

/**
 * The same log in pieces, for writing as it is made: a whole catalogue's results run to hundreds of MB, and
 * the log serialised as one string took 3 GB. Each result is serialised alone, indented as it would be in
 * the whole (every line of it at the depth of the results list), so the bytes are the same.
 */
export function* formatSarifChunks(report: Report): Generator<string> {
  const rules = descriptorsOf(report);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const artifactIndex = new Map(report.files.map((path, index) => [path, index]));
  const artifacts = report.files.map((path) => ({
    location: artifactLocationOf(path, new Map()),
    ...(path === '<stdin>' ? { description: { text: 'standard input' } } : {}),
    roles: ['analysisTarget'],
    ...(/\.(md|markdown|mdx)$/i.test(path) ? { mimeType: 'text/markdown' } : /\.txt$/i.test(path) ? { mimeType: 'text/plain' } : {}),
  }));
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: report.tool.name, version: report.tool.version, semanticVersion: report.tool.version, informationUri: toolUrl(report.tool), rules } },
        artifacts,
        results: report.findings.length > 0 ? RESULTS_MARK : [],
        // The spec requires columnKind whenever a run has results on text files; ours count UTF-16 code units (see regionOf).
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  const whole = `${JSON.stringify(log, null, 2)}\n`;
  // Where the results go: the key written by JSON.stringify is unique, since every string value is quoted
  // with its own quotes escaped.
  const slot = `"results": ${JSON.stringify(RESULTS_MARK)}`;
  const at = whole.indexOf(slot);
  if (at < 0) {
    yield whole;
    return;
  }
  const lineStart = whole.lastIndexOf('\n', at) + 1;
  const indent = ' '.repeat(at - lineStart);
  const itemIndent = `${indent}  `;
  yield `${whole.slice(0, at)}"results": [\n`;
  const seen = new Map<string, number>();
  let first = true;
  for (const finding of report.findings) {
    const result = resultOf(finding, seen, ruleIndex, artifactIndex);
    const text = JSON.stringify(result, null, 2).replace(/\n/g, `\n${itemIndent}`);
    yield `${first ? '' : ',\n'}${itemIndent}${text}`;
    first = false;
  }
  yield `\n${indent}]${whole.slice(at + slot.length)}`;
}

function resultOf(finding: Finding, seen: Map<string, number>, ruleIndex: Map<string, number>, artifactIndex: Map<string, number>): Record<string, unknown> {
  const identity = identityOf(finding);
  const occurrence = (seen.get(identity) ?? 0) + 1;
  seen.set(identity, occurrence);
  const related: Location[] = (finding.related ?? []).map((place, index) => ({
    id: index + 1,
    physicalLocation: { artifactLocation: artifactLocationOf(place.path, artifactIndex), region: regionOf(place.span, place.match) },
    message: { text: place.match === '' ? place.message : `${place.message}: "${flat(place.match)}"` },
  }));
  return {
    ruleId: finding.ruleId,
    ruleIndex: ruleIndex.get(finding.ruleId) ?? -1,
    level: LEVELS[finding.severity],
    message: { text: messageOf(finding) },
    locations: [{ physicalLocation: { artifactLocation: artifactLocationOf(finding.path, artifactIndex), region: regionOf(finding.span, finding.match) } }],
    ...(related.length > 0 ? { relatedLocations: related } : {}),
    partialFingerprints: { [FINGERPRINT]: fingerprintOf(identity, occurrence) },
  };
}
