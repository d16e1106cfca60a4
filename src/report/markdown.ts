import type { Claim, Contradiction, Finding, Formatter, Report, Severity, TextRange } from '../types.js';
import { deniedBesideValue, sideValue, sidesAndRestatements } from './values.js';

const QUOTE = 160;

const SEVERITY_LABELS: Record<Severity, string> = { error: '🔴 error', warning: '🟠 warning', info: '🔵 info' };

/**
 * Prose as Markdown that renders as itself, on one line (a table row cannot break): inline markup characters are
 * backslash-escaped, `<` cannot open HTML (a path like `<stdin>` would vanish), a leading `#`, `-`, `+`, `=` or `1.` cannot
 * start a block, and `@name` gets a zero-width space so quoting an article in a pull request comment pings nobody.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_[\]<>|~&#]/g, (character) => `\\${character}`)
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/@(?=\w)/g, '@\u200B');
}

/** Text as a code span that survives a table cell: a fence longer than any backtick run inside, and `|` escaped (GFM tables). */
export function codeSpan(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  if (flat.trim() === '') return '';
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat.replace(/\|/g, '\\|')}${pad}${fence}`;
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function* table(header: string[], rows: Iterable<string[]>): Generator<string> {
  yield row(header);
  yield row(header.map(() => '---'));
  for (const cells of rows) yield row(cells);
}

function placeOf(item: Claim | Finding): string {
  return `${item.path}:${item.span.start.line}:${item.span.start.column}`;
}

/** The sentence with the match in bold, cut around the match when long. */
function quoteOf(sentence: string, match: string, range?: TextRange): string {
  let before: string;
  let matched: string;
  let after: string;
  if (range) {
    [before, matched, after] = [sentence.slice(0, range.start), sentence.slice(range.start, range.end), sentence.slice(range.end)];
  } else {
    const at = match === '' ? -1 : sentence.indexOf(match);
    [before, matched, after] = at < 0 ? [sentence, '', ''] : [sentence.slice(0, at), match, sentence.slice(at + match.length)];
  }
  [before, matched, after] = [before, matched, after].map((part) => part.replace(/\s+/g, ' ')) as [string, string, string];
  const room = Math.max(20, QUOTE - matched.length);
  if (before.length + after.length > room) {
    // Cut at a space near the limit, so the quote never ends in half a word.
    const half = Math.floor(room / 2);
    if (before.length > half) {
      const kept = before.slice(before.length - half);
      const space = kept.indexOf(' ');
      before = `…${space >= 0 && space < 20 ? kept.slice(space + 1) : kept}`;
    }
    const left = room - Math.min(before.length, half);
    if (after.length > left) {
      const kept = after.slice(0, left);
      const space = kept.lastIndexOf(' ');
      after = `${(space > left - 20 ? kept.slice(0, space) : kept).trimEnd()}…`;
    }
  }
  const core = matched.trim();
  if (core === '') return escapeMarkdown(before + after);
  // Emphasis must hug its text, so any space at the match's edges stays outside the asterisks.
  const lead = matched.startsWith(' ') ? ' ' : '';
  const trail = matched.endsWith(' ') ? ' ' : '';
  return `${escapeMarkdown(before)}${lead}**${escapeMarkdown(core)}**${trail}${escapeMarkdown(after)}`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function findingRow(finding: Finding): string[] {
  const message = finding.note ? `${escapeMarkdown(finding.message)} _(${escapeMarkdown(finding.note)})_` : escapeMarkdown(finding.message);
  return [codeSpan(placeOf(finding)), SEVERITY_LABELS[finding.severity], codeSpan(finding.ruleId), message, codeSpan(finding.match)];
}

function contradictionBlock(contradiction: Contradiction): string[] {
  const subject = contradiction.subject === 'default' ? '' : ` · subject ${codeSpan(contradiction.subject)}`;
  const rows = sidesAndRestatements(contradiction).map(({ claim: side, again }) => {
    const value = sideValue(side);
    const tags = [again ? 'the same claim again' : '', deniedBesideValue(side) ? 'denied' : '', side.hedged ? 'hedged' : '', side.cited ? 'cited' : ''].filter(Boolean);
    return [codeSpan(placeOf(side)), `**${escapeMarkdown(value)}**`, quoteOf(side.sentence, side.match, side.sentenceMatch), tags.join(', ')];
  });
  return [`#### ${codeSpan(contradiction.key)} · ${contradiction.kind}${subject}`, '', escapeMarkdown(contradiction.message), '', ...table(['Where', 'Value', 'Quote', 'Flags'], rows), ''];
}

/**
 * A summary for a pull request comment or `$GITHUB_STEP_SUMMARY`: counts, a table of findings, each contradiction with
 * its sides' values and quotes, and the keys on which the articles agree.
 */
export const formatMarkdown: Formatter = (report: Report) => [...formatMarkdownChunks(report)].join('');

/**
 * The same summary a few lines at a time, for writing as it is made. Lines are handed on one by one (a
 * whole catalogue's findings table once passed the engine's limit on arguments when spread into one array).
 */
export function* formatMarkdownChunks(report: Report): Generator<string> {
  // Blank lines at the very end are dropped: hold whitespace-only lines back until more text follows them.
  let held: string[] = [];
  for (const line of markdownLines(report)) {
    if (line.trim() === '') {
      held.push(line);
      continue;
    }
    if (held.length > 0) yield `${held.join('\n')}\n`;
    held = [line];
  }
  yield `${held.join('\n').trimEnd()}\n`;
}

function* markdownLines(report: Report): Generator<string> {
  const { error, warning, info, files, claims, contradictions } = report.counts;
  const total = error + warning + info;
  const icon = error > 0 ? '❌' : warning > 0 ? '⚠️' : '✅';
  yield `## ${icon} claim-audit: ${plural(total, 'finding')} (${plural(error, 'error')}, ${plural(warning, 'warning')}, ${info} info)`;
  yield '';
  yield `${plural(files, 'file')} · ${plural(claims, 'claim')} · ${plural(contradictions, 'contradiction')}`;
  yield '';
  // Contradictions are shown side by side below, not as one more row on their last side.
  const findings = report.findings.filter((finding) => !finding.ruleId.startsWith('contradiction/'));
  if (findings.length > 0) {
    yield `### Findings (${findings.length})`;
    yield '';
    yield* table(['Where', 'Severity', 'Rule', 'Message', 'Match'], findings.map(findingRow));
    yield '';
  }
  if (report.contradictions.length > 0) {
    yield `### Contradictions (${report.contradictions.length})`;
    yield '';
    for (const contradiction of report.contradictions) yield* contradictionBlock(contradiction);
  }
  if (report.agreements.length > 0) {
    yield `### Consistent (${report.agreements.length})`;
    yield '';
    for (const agreement of report.agreements) {
      const subject = agreement.subject === 'default' ? '' : ` (${escapeMarkdown(agreement.subject)})`;
      yield `- ${codeSpan(agreement.key)}${subject}: ${plural(agreement.claims, 'claim')} in ${plural(agreement.files, 'file')} agree`;
    }
    yield '';
  }
}
