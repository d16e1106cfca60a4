import type { Finding, Formatter, RelatedLocation, Report, Severity } from '../types.js';

const COMMANDS: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** A workflow command's message: the runner decodes these three escapes and nothing else (as @actions/core escapes). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command property value: `:` and `,` would end the value, so they are escaped too. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function messageOf(finding: Finding): string {
  let text = finding.note ? `${finding.message} (${finding.note})` : finding.message;
  const where = (place: RelatedLocation): string => `${place.path}:${place.span.start.line}${place.match === '' ? '' : ` ("${flat(place.match)}")`}`;
  const related = finding.related ?? [];
  const conflicting = related.filter((place) => !place.restatement);
  const again = related.filter((place) => place.restatement);
  if (conflicting.length > 0) text += ` Conflicts with ${conflicting.map(where).join('; ')}.`;
  if (again.length > 0) text += ` The same claim again: ${again.map(where).join('; ')}.`;
  return text;
}

function commandOf(finding: Finding): string {
  const { start, end } = finding.span;
  const properties: [string, string | number][] = [];
  let message = messageOf(finding);
  if (finding.path === '<stdin>') {
    // No file to annotate: the place goes into the message instead.
    message = `<stdin>:${start.line}:${start.column}: ${message}`;
  } else {
    properties.push(['file', finding.path], ['line', start.line]);
    // GitHub accepts columns only for an annotation on a single line.
    if (start.line === end.line) properties.push(['col', start.column], ['endLine', end.line], ['endColumn', end.column]);
    else properties.push(['endLine', end.line]);
  }
  properties.push(['title', finding.ruleId]);
  const list = properties.map(([name, value]) => `${name}=${escapeProperty(String(value))}`).join(',');
  return `::${COMMANDS[finding.severity]} ${list}::${escapeData(message)}`;
}

/** GitHub Actions workflow commands: one annotation per finding, shown on the run and in the pull request's diff. */
export const formatGithub: Formatter = (report: Report) => [...formatGithubChunks(report)].join('');

/** The same commands one by one, for writing as they are made (a whole catalogue's run them into the hundreds of MB). */
export function* formatGithubChunks(report: Report): Generator<string> {
  for (const finding of report.findings) yield `${commandOf(finding)}\n`;
}
