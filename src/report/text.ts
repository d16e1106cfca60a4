import { Chalk, type ChalkInstance } from 'chalk';
import type { Claim, Contradiction, Finding, Formatter, Report, TextRange } from '../types.js';
import { deniedBesideValue, sideValue, sidesAndRestatements } from './values.js';
import { addTo } from '../collections.js';

const EXCERPT = 160;

/** The sentence split around the match: by the match's place in the sentence when known, else by searching for it. */
function excerpt(sentence: string, match: string, range?: TextRange): { before: string; match: string; after: string } {
  let parts: [string, string, string];
  if (range) {
    parts = [sentence.slice(0, range.start), sentence.slice(range.start, range.end), sentence.slice(range.end)];
  } else {
    const at = match === '' ? -1 : sentence.indexOf(match);
    parts = at < 0 ? [sentence, '', ''] : [sentence.slice(0, at), match, sentence.slice(at + match.length)];
  }
  const flat = parts.map((part) => part.replace(/\s+/g, ' ')) as [string, string, string];
  return clip(...flat);
}

/** Cut a long sentence around the match so the line stays readable, marking each cut with an ellipsis. */
function clip(before: string, match: string, after: string): { before: string; match: string; after: string } {
  const room = Math.max(20, EXCERPT - match.length);
  let head = before;
  let tail = after;
  if (head.length + tail.length > room) {
    const half = Math.floor(room / 2);
    if (head.length > half) head = `…${head.slice(head.length - half)}`;
    if (tail.length > room - Math.min(head.length, half)) tail = `${tail.slice(0, room - Math.min(head.length, half))}…`;
  }
  return { before: head, match, after: tail };
}

function quote(c: ChalkInstance, color: boolean, sentence: string, match: string, range?: TextRange): string {
  const part = excerpt(sentence, match, range);
  if (part.match === '') return c.dim(part.before + part.after);
  const marked = color ? c.bold.yellow(part.match) : `»${part.match}«`;
  return `${c.dim(part.before)}${marked}${c.dim(part.after)}`;
}

function severityLabel(c: ChalkInstance, finding: Finding): string {
  const label = finding.severity.padEnd(7);
  return finding.severity === 'error' ? c.red(label) : finding.severity === 'warning' ? c.yellow(label) : c.blue(label);
}

function place(claim: Claim | Finding): string {
  return `${claim.path}:${claim.span.start.line}:${claim.span.start.column}`;
}

function findingLines(c: ChalkInstance, color: boolean, finding: Finding): string[] {
  const position = `${finding.span.start.line}:${finding.span.start.column}`.padEnd(8);
  const lines = [`  ${c.dim(position)}${severityLabel(c, finding)}  ${finding.message}  ${c.dim(finding.ruleId)}`];
  if (finding.sentence) lines.push(`  ${' '.repeat(8)}${quote(c, color, finding.sentence, finding.match, finding.sentenceMatch)}`);
  if (finding.note) lines.push(`  ${' '.repeat(8)}${c.dim(`note: ${finding.note}`)}`);
  for (const related of finding.related ?? []) {
    const where = `${related.path}:${related.span.start.line}:${related.span.start.column}`;
    lines.push(`  ${' '.repeat(8)}${c.dim(related.restatement ? `= ${where} (the same claim again)` : `↔ ${where}`)}`);
  }
  return lines;
}

function contradictionLines(c: ChalkInstance, color: boolean, contradiction: Contradiction): string[] {
  const subject = contradiction.subject === 'default' ? '' : c.dim(`  (subject: ${contradiction.subject})`);
  const lines = [`  ${c.bold(contradiction.key)} ${c.dim(`[${contradiction.kind}]`)}${subject}`, `    ${contradiction.message}`];
  const rows = sidesAndRestatements(contradiction);
  const values = rows.map(({ claim }) => sideValue(claim));
  const width = Math.max(...values.map((value) => value.length));
  rows.forEach(({ claim: side, again }, index) => {
    const tags = [deniedBesideValue(side) ? 'denied' : '', side.hedged ? 'hedged' : '', side.cited ? 'cited' : ''].filter(Boolean);
    lines.push(`    ${c.cyan(place(side))}${again ? c.dim('  (the same claim again)') : ''}`);
    lines.push(`      ${c.bold((values[index] ?? '').padEnd(width))}  ${quote(c, color, side.sentence, side.match, side.sentenceMatch)}${tags.length > 0 ? c.dim(`  (${tags.join(', ')})`) : ''}`);
  });
  return lines;
}

function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

/** The editor's report: findings grouped by file, then contradictions side by side, then what agreed, then a summary. */
export const formatText: Formatter = (report, options) => [...formatTextChunks(report, options)].join('');

/**
 * The same report line by line, for writing as it is made: on a catalogue of 10k articles it runs to
 * 100 MB, which held as one array of lines and then one string took 1.6 GB.
 */
export function* formatTextChunks(report: Report, { color }: { color: boolean }): Generator<string> {
  const c = new Chalk({ level: color ? 1 : 0 });
  const byFile = new Map<string, Finding[]>();
  for (const finding of report.findings) {
    if (finding.ruleId.startsWith('contradiction/')) continue;
    addTo(byFile, finding.path, finding);
  }
  const lines = (items: string[]): string => `${items.join('\n')}\n`;
  for (const [path, findings] of byFile) {
    yield lines([c.underline(path)]);
    for (const finding of findings) yield lines(findingLines(c, color, finding));
    yield '\n';
  }
  if (report.contradictions.length > 0) {
    yield lines([c.bold.red(`Contradictions (${report.contradictions.length})`)]);
    for (const contradiction of report.contradictions) yield lines([...contradictionLines(c, color, contradiction), '']);
    // Articles without a subject are all compared with each other: say so when they come from several folders,
    // where an implant article meeting a sleep supplement's would otherwise be a mystery.
    if (report.contradictions.some((contradiction) => contradiction.subject === 'default') && new Set(report.files.map(folderOf)).size > 1) {
      yield lines([c.dim('Note: articles without a subject were all compared as one subject. Give each its subject: `subject:` in front matter, or `subjects:` by folder in .claim-audit.yaml.'), '']);
    }
  }
  if (report.agreements.length > 0) {
    const several = new Set(report.agreements.map((agreement) => agreement.subject)).size > 1;
    const consistent = report.agreements.map((agreement) => `${agreement.key} (${several ? `${agreement.subject}, ` : ''}${agreement.claims} claims in ${agreement.files} files)`);
    yield lines([`${c.green('Consistent:')} ${consistent.join('; ')}`, '']);
  }
  const { error, warning, info, files, claims, contradictions } = report.counts;
  const problems = error + warning + info;
  const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
  const summary = `${plural(problems, 'finding')} (${plural(error, 'error')}, ${plural(warning, 'warning')}, ${info} info) in ${plural(files, 'file')} · ${plural(claims, 'claim')} · ${plural(contradictions, 'contradiction')}`;
  yield lines([error > 0 ? c.red.bold(`✖ ${summary}`) : warning > 0 ? c.yellow.bold(`⚠ ${summary}`) : c.green.bold(`✔ ${summary}`)]);
}
