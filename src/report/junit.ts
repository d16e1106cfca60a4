import type { Finding, Formatter, Report } from '../types.js';

/** Name of the passing test case of a file with no findings. */
const CLEAN = 'claim-audit';

/**
 * Text as XML 1.0 character data or attribute value. Characters XML 1.0 cannot carry at all (C0 controls other than tab,
 * newline and carriage return; U+FFFE, U+FFFF; lone surrogates) are dropped. In attributes, tab and line breaks are
 * written as character references, because a parser would otherwise normalise them to spaces.
 */
export function escapeXml(text: string, attribute = false): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is being removed
  const kept = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
  const escaped = kept.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
  return attribute ? escaped.replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;') : escaped;
}

function attributes(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value), true)}"`)
    .join('');
}

function place(path: string, line: number, column: number): string {
  return `${path}:${line}:${column}`;
}

/** The body of a failure: where, what, the sentence, the note and the other sides of a contradiction. */
function detailOf(finding: Finding): string {
  const lines = [`${place(finding.path, finding.span.start.line, finding.span.start.column)} ${finding.severity} ${finding.message}`];
  if (finding.sentence) lines.push(`  ${finding.sentence.replace(/\s+/g, ' ')}`);
  if (finding.note) lines.push(`  note: ${finding.note}`);
  for (const related of finding.related ?? []) {
    lines.push(`  conflicts with ${place(related.path, related.span.start.line, related.span.start.column)}: ${related.sentence.replace(/\s+/g, ' ')}`);
  }
  return lines.join('\n');
}

function problemOf(finding: Finding): string {
  // A file that could not be read at all did not run: JUnit calls that an error, not a failure.
  const element = finding.fatal ? 'error' : 'failure';
  return `      <${element}${attributes({ message: finding.message, type: finding.severity })}>${escapeXml(detailOf(finding))}</${element}>`;
}

function suiteOf(path: string, findings: Finding[]): { xml: string; tests: number; failures: number; errors: number } {
  const byRule = new Map<string, Finding[]>();
  for (const finding of findings) byRule.set(finding.ruleId, [...(byRule.get(finding.ruleId) ?? []), finding]);
  const cases: string[] = [];
  let failures = 0;
  let errors = 0;
  for (const [ruleId, list] of byRule) {
    if (list.some((finding) => finding.fatal)) errors += 1;
    else failures += 1;
    cases.push(`    <testcase${attributes({ name: ruleId, classname: path })}>`, ...list.map(problemOf), '    </testcase>');
  }
  if (byRule.size === 0) cases.push(`    <testcase${attributes({ name: CLEAN, classname: path })}/>`);
  const tests = Math.max(1, byRule.size);
  const xml = [`  <testsuite${attributes({ name: path, tests, failures, errors, skipped: 0 })}>`, ...cases, '  </testsuite>'].join('\n');
  return { xml, tests, failures, errors };
}

/**
 * JUnit XML for CI test views: a test suite per file, a test case per rule that fired there with one failure per finding,
 * and a passing test case for a file with nothing to report. Counts are of test cases, as test report readers expect.
 */
export const formatJunit: Formatter = (report: Report) => {
  const byFile = new Map<string, Finding[]>(report.files.map((path) => [path, []]));
  for (const finding of report.findings) byFile.set(finding.path, [...(byFile.get(finding.path) ?? []), finding]);
  const suites = [...byFile].map(([path, findings]) => suiteOf(path, findings));
  const total = (key: 'tests' | 'failures' | 'errors'): number => suites.reduce((sum, suite) => sum + suite[key], 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attributes({ name: report.tool.name, tests: total('tests'), failures: total('failures'), errors: total('errors') })}>`,
    ...suites.map((suite) => suite.xml),
    '</testsuites>',
    '',
  ].join('\n');
};
