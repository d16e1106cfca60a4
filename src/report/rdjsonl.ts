import type { Finding, Formatter, Report, Severity, Span } from '../types.js';
import { toolUrl } from './sarif.js';

const SEVERITIES: Record<Severity, 'ERROR' | 'WARNING' | 'INFO'> = { error: 'ERROR', warning: 'WARNING', info: 'INFO' };

/**
 * A range in reviewdog's shape: 1-based lines and columns, end exclusive, like ours. reviewdog counts columns in UTF-8
 * bytes and we count UTF-16 code units; the two agree on lines that are ASCII up to the match, and the report carries no
 * line text to convert the others. reviewdog uses columns only to print places and to place suggestions, and we emit no
 * suggestions, so a column that is off on a line with accents or dashes before the match moves nothing that matters.
 */
function rangeOf(span: Span): { start: { line: number; column: number }; end: { line: number; column: number } } {
  return { start: { line: span.start.line, column: span.start.column }, end: { line: span.end.line, column: span.end.column } };
}

function diagnosticOf(finding: Finding, source: { name: string; url: string }): Record<string, unknown> {
  const diagnostic: Record<string, unknown> = {
    message: finding.note ? `${finding.message} (${finding.note})` : finding.message,
    location: { path: finding.path, range: rangeOf(finding.span) },
    severity: SEVERITIES[finding.severity],
    source,
    code: finding.url ? { value: finding.ruleId, url: finding.url } : { value: finding.ruleId },
  };
  if (finding.related && finding.related.length > 0) {
    diagnostic.related_locations = finding.related.map((place) => ({
      message: place.match === '' ? place.message : `${place.message}: "${place.match.replace(/\s+/g, ' ').trim()}"`,
      location: { path: place.path, range: rangeOf(place.span) },
    }));
  }
  return diagnostic;
}

/** reviewdog's Diagnostic Format as JSON Lines (`reviewdog -f=rdjsonl`): one diagnostic per line. */
export const formatRdjsonl: Formatter = (report: Report) => [...formatRdjsonlChunks(report)].join('');

/** The same diagnostics one by one, for writing as they are made. */
export function* formatRdjsonlChunks(report: Report): Generator<string> {
  const source = { name: report.tool.name, url: toolUrl(report.tool) };
  for (const finding of report.findings) yield `${JSON.stringify(diagnosticOf(finding, source))}\n`;
}
