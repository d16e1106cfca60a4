import type { Finding, Formatter, Report } from '../types.js';
import { addTo } from '../collections.js';

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
    const how = related.restatement ? 'the same claim again at' : 'conflicts with';
    lines.push(`  ${how} ${place(related.path, related.span.start.line, related.span.start.column)}: ${related.sentence.replace(/\s+/g, ' ')}`);
  }
  return lines.join('\n');
}

function problemOf(finding: Finding): string {
  // A file that could not be read at all did not run: JUnit calls that an error, not a failure.
  const element = finding.fatal ? 'error' : 'failure';
  return `      <${element}${attributes({ message: finding.message, type: finding.severity })}>${escapeXml(detailOf(finding))}</${element}>`;
}

/** A file's findings by rule, in order of first appearance: one test case each. */
function byRuleOf(findings: Finding[]): Map<string, Finding[]> {
  const byRule = new Map<string, Finding[]>();
  for (const finding of findings) {
    addTo(byRule, finding.ruleId, finding);
  }
  return byRule;
}

/** Whether a finding fails its test case: errors and warnings do; an info note is for reading, not a failed test. */
function fails(finding: Finding): boolean {
  return finding.fatal === true || finding.severity !== 'info';
}

/** Test cases of one file's suite: run, failed (a rule fired above info), errored (the file could not be read). */
function countsOf(byRule: Map<string, Finding[]>): { tests: number; failures: number; errors: number } {
  let errors = 0;
  let failures = 0;
  for (const list of byRule.values()) {
    if (list.some((finding) => finding.fatal)) errors += 1;
    else if (list.some(fails)) failures += 1;
  }
  return { tests: Math.max(1, byRule.size), failures, errors };
}

function* suiteLines(path: string, byRule: Map<string, Finding[]>): Generator<string> {
  const { tests, failures, errors } = countsOf(byRule);
  yield `  <testsuite${attributes({ name: path, tests, failures, errors, skipped: 0 })}>`;
  for (const [ruleId, list] of byRule) {
    yield `    <testcase${attributes({ name: ruleId, classname: path })}>`;
    for (const finding of list) if (fails(finding)) yield problemOf(finding);
    const notes = list.filter((finding) => !fails(finding));
    if (notes.length > 0) yield `      <system-out>${escapeXml(notes.map(detailOf).join('\n'))}</system-out>`;
    yield '    </testcase>';
  }
  if (byRule.size === 0) yield `    <testcase${attributes({ name: CLEAN, classname: path })}/>`;
  yield '  </testsuite>';
}

/**
 * JUnit XML for CI test views: a test suite per file, a test case per rule that fired there with one failure per error or
 * warning (info notes go to the case's system-out, and a case with only notes passes), and a passing test case for a
 * file with nothing to report. Counts are of test cases, as test report readers expect.
 */
export const formatJunit: Formatter = (report: Report) => [...formatJunitChunks(report)].join('');

/** The same XML a suite at a time, for writing as it is made (a whole catalogue's runs into the hundreds of MB). */
export function* formatJunitChunks(report: Report): Generator<string> {
  const byFile = new Map<string, Finding[]>(report.files.map((path) => [path, []]));
  for (const finding of report.findings) {
    addTo(byFile, finding.path, finding);
  }
  const suites = [...byFile].map(([path, findings]) => [path, byRuleOf(findings)] as const);
  // The root element carries the totals, so they are counted before any suite is written.
  const total = { tests: 0, failures: 0, errors: 0 };
  for (const [, byRule] of suites) {
    const counts = countsOf(byRule);
    total.tests += counts.tests;
    total.failures += counts.failures;
    total.errors += counts.errors;
  }
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites${attributes({ name: report.tool.name, ...total })}>\n`;
  for (const [path, byRule] of suites) yield `${[...suiteLines(path, byRule)].join('\n')}\n`;
  yield '</testsuites>\n';
}
