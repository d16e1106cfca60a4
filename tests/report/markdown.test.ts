import type { Heading, Nodes, Root, Table } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/audit.js';
import { codeSpan, escapeMarkdown, formatMarkdown } from '../../src/report/markdown.js';
import { formatValue } from '../../src/report/values.js';
import type { Finding, Report } from '../../src/types.js';

const options = { color: false, cwd: process.cwd() };
const report = audit({ paths: ['fixtures/example-corpus'], config: false });
const markdown = formatMarkdown(report, options);

/** Read the Markdown back the way GitHub does (CommonMark + GFM tables), to check what a reader will see. */
function parse(text: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(text);
}

function textOf(node: Nodes): string {
  if ('value' in node) return node.value;
  if ('children' in node) return node.children.map((child) => textOf(child)).join('');
  return '';
}

function all<T extends Nodes['type']>(node: Nodes, type: T): Extract<Nodes, { type: T }>[] {
  const found: Extract<Nodes, { type: T }>[] = [];
  const visit = (current: Nodes): void => {
    if (current.type === type) found.push(current as Extract<Nodes, { type: T }>);
    if ('children' in current) for (const child of current.children) visit(child);
  };
  visit(node);
  return found;
}

/** Each table row as its cells' rendered text. */
function cells(table: Table): string[][] {
  return table.children.map((row) => row.children.map((cell) => textOf(cell)));
}

function finding(overrides: Partial<Finding>): Finding {
  return {
    ruleId: 'set/rule',
    severity: 'warning',
    message: 'Message.',
    topic: null,
    path: 'a.md',
    span: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 5, offset: 4 } },
    sentence: 'Sentence.',
    match: 'Sent',
    ...overrides,
  };
}

function reportOf(findings: Finding[]): Report {
  const count = (severity: Finding['severity']): number => findings.filter((item) => item.severity === severity).length;
  return {
    version: 1,
    tool: { name: 'claim-audit', version: '0.0.0' },
    rules: [],
    files: ['a.md'],
    findings,
    claims: [],
    contradictions: [],
    agreements: [],
    counts: { error: count('error'), warning: count('warning'), info: count('info'), files: 1, claims: 0, contradictions: 0 },
  };
}

describe('Markdown summary', () => {
  it('example corpus, as it appears in a pull request comment', () => {
    expect(markdown).toMatchSnapshot();
  });

  it('opens with a heading that carries the counts', () => {
    const heading = all(parse(markdown), 'heading').find((node: Heading) => node.depth === 2);
    const { error, warning, info } = report.counts;
    expect(textOf(heading!)).toBe(`❌ claim-audit: ${error + warning + info} findings (${error} errors, ${warning} warnings, ${info} info)`);
  });

  it('renders a findings table with one well-formed row per finding outside the contradictions', () => {
    const tables = all(parse(markdown), 'table');
    const findings = report.findings.filter((item) => !item.ruleId.startsWith('contradiction/'));
    const rows = cells(tables[0]!);
    expect(rows[0]).toEqual(['Where', 'Severity', 'Rule', 'Message', 'Match']);
    expect(rows.slice(1)).toEqual(
      findings.map((item) => [`${item.path}:${item.span.start.line}:${item.span.start.column}`, expect.stringContaining(item.severity), item.ruleId, expect.stringContaining(item.message), item.match]),
    );
  });

  it('shows each contradiction with its sides, normalised values and quotes with the match in bold', () => {
    const root = parse(markdown);
    const tables = all(root, 'table').slice(1);
    expect(tables).toHaveLength(report.contradictions.length);
    report.contradictions.forEach((contradiction, index) => {
      const rows = cells(tables[index]!);
      expect(rows[0]).toEqual(['Where', 'Value', 'Quote', 'Flags']);
      expect(rows.slice(1).map((row) => row[0])).toEqual(contradiction.sides.map((side) => `${side.path}:${side.span.start.line}:${side.span.start.column}`));
      for (const [side, row] of contradiction.sides.map((item, at) => [item, rows[at + 1]] as const)) {
        expect(row?.[1]).toBe(formatValue(side.value) || (side.polarity === 'negated' ? 'denied' : 'asserted'));
      }
    });
    const efficacy = cells(tables[report.contradictions.findIndex((contradiction) => contradiction.topic === 'efficacy-rate')]!);
    expect(efficacy.slice(1).map((row) => row[1])).toEqual(['65–75%', '> 80%']);
    const strong = all(tables[0]!, 'strong').map((node) => textOf(node));
    expect(strong).toContain('success rate between 65 and 75%');
    const consistent = all(root, 'heading').find((node) => textOf(node).startsWith('Consistent'));
    expect(textOf(consistent!)).toBe(`Consistent (${report.agreements.length})`);
    expect(all(root, 'listItem').map((node) => textOf(node))).toEqual(report.agreements.map((agreement) => expect.stringContaining(agreement.key)));
  });

  it('escapes table cells: pipes, newlines, backticks and markup stay text, and nobody is mentioned', () => {
    const hostile = finding({
      path: 'dir|x/`odd`.md',
      message: 'A | B\nnext line with `code`, *stars*, _under_, <b>tag</b>, [link](x), ~~gone~~ & @octocat',
      match: 'x|y`z\nw',
      note: 'note | with pipe',
    });
    const root = parse(formatMarkdown(reportOf([hostile]), options));
    const rows = cells(all(root, 'table')[0]!);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toEqual([
      'dir|x/`odd`.md:1:1',
      '🟠 warning',
      'set/rule',
      'A | B next line with `code`, *stars*, _under_, <b>tag</b>, [link](x), ~~gone~~ & @\u200Boctocat (note | with pipe)',
      'x|y`z w',
    ]);
    for (const type of ['html', 'link', 'delete', 'strong'] as const) expect(all(root, type)).toEqual([]);
    expect(all(root, 'emphasis').map((node) => textOf(node))).toEqual(['(note | with pipe)']);
  });

  it('escapes what could start a block or open HTML, and fences code spans around backticks', () => {
    expect(escapeMarkdown('# 1. <stdin>')).toBe('\\# 1. \\<stdin\\>');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('1. item')).toBe('1\\. item');
    expect(codeSpan('a ``b`` c')).toBe('```a ``b`` c```');
    expect(codeSpan('`edge`')).toBe('`` `edge` ``');
    expect(codeSpan('')).toBe('');
    const root = parse(`${escapeMarkdown('# 1. <stdin>')}\n`);
    expect(root.children.map((node) => node.type)).toEqual(['paragraph']);
    expect(textOf(root)).toBe('# 1. <stdin>');
  });

  it('a clean report says so, without tables', () => {
    const clean = formatMarkdown(reportOf([]), options);
    expect(clean).toBe('## ✅ claim-audit: 0 findings (0 errors, 0 warnings, 0 info)\n\n1 file · 0 claims · 0 contradictions\n');
  });

  it('renders a whole catalogue\'s findings (more rows than a function takes arguments) without failing', () => {
    const finding = report.findings.find((item) => !item.ruleId.startsWith('contradiction/')) as Finding;
    const many = Array.from({ length: 200_000 }, (_item, index) => ({ ...finding, path: `article-${index}.md` }));
    const text = formatMarkdown(reportOf(many), options);
    expect(text.split('\n').filter((line) => line.startsWith('| `article-')).length).toBe(200_000);
  });
});
