import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { audit } from '../../src/audit.js';
import { formatJunit } from '../../src/report/junit.js';
import type { Finding, Report } from '../../src/types.js';

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: (XmlElement | string)[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * A strict little XML 1.0 reader, enough to prove well-formedness of what we write: one root, matched tags, quoted and
 * unique attributes, only the five predefined entities and character references, and only characters XML allows.
 * No comments, CDATA or DTD: the JUnit writer emits none, so meeting one is an error too.
 */
function parseXml(xml: string): XmlElement {
  let at = 0;
  const fail = (why: string): never => {
    throw new Error(`${why} at ${at}: ${JSON.stringify(xml.slice(at, at + 40))}`);
  };
  // eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids are what this looks for
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(xml)) fail('character not allowed in XML');
  const decode = (text: string): string => {
    if (/&(?!(?:#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);)/.test(text)) fail(`bare & in ${JSON.stringify(text)}`);
    return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|\w+);/g, (_whole, name: string) =>
      name.startsWith('#x') ? String.fromCodePoint(parseInt(name.slice(2), 16)) : name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (ENTITIES[name] ?? ''),
    );
  };
  const read = (pattern: RegExp): string => {
    const sticky = new RegExp(pattern.source, 'y');
    sticky.lastIndex = at;
    const found = sticky.exec(xml);
    if (!found) return fail(`expected ${pattern.source}`);
    at = sticky.lastIndex;
    return found[0];
  };
  const skipSpace = (): void => {
    while (/\s/.test(xml[at] ?? '')) at += 1;
  };
  const element = (): XmlElement => {
    read(/</);
    const name = read(/[A-Za-z_][\w.-]*/);
    const attributes: Record<string, string> = {};
    for (;;) {
      const spaced = /\s/.test(xml[at] ?? '');
      skipSpace();
      if (xml.startsWith('/>', at) || xml.startsWith('>', at)) break;
      if (!spaced) fail('attributes must be separated by white space');
      const attribute = read(/[A-Za-z_][\w.-]*/);
      read(/\s*=\s*/);
      const quote = read(/["']/);
      const end = xml.indexOf(quote, at);
      if (end < 0) fail('unterminated attribute');
      const raw = xml.slice(at, end);
      if (raw.includes('<')) fail('< in attribute value');
      if (attribute in attributes) fail(`duplicate attribute ${attribute}`);
      // Attribute-value normalisation: literal white space becomes a space; character references survive.
      attributes[attribute] = decode(raw.replace(/[\t\n\r]/g, ' '));
      at = end + 1;
    }
    const node: XmlElement = { name, attributes, children: [] };
    if (xml.startsWith('/>', at)) {
      at += 2;
      return node;
    }
    at += 1;
    for (;;) {
      if (at >= xml.length) fail(`unclosed <${name}>`);
      if (xml.startsWith('</', at)) {
        at += 2;
        if (read(/[A-Za-z_][\w.-]*/) !== name) fail(`mismatched </…> for <${name}>`);
        read(/\s*>/);
        return node;
      }
      if (xml.startsWith('<!', at) || xml.startsWith('<?', at)) fail('unexpected markup');
      if (xml[at] === '<') {
        node.children.push(element());
        continue;
      }
      const end = xml.indexOf('<', at);
      const text = xml.slice(at, end < 0 ? xml.length : end);
      if (text.includes(']]>')) fail(']]> in text');
      node.children.push(decode(text));
      at += text.length;
    }
  };
  if (xml.startsWith('<?xml')) {
    const end = xml.indexOf('?>');
    if (!/^<\?xml version="1\.0" encoding="UTF-8"\?>$/.test(xml.slice(0, end + 2))) fail('bad XML declaration');
    at = end + 2;
  }
  skipSpace();
  const root = element();
  skipSpace();
  if (at !== xml.length) fail('content after the root element');
  return root;
}

const elements = (node: XmlElement, name: string): XmlElement[] => node.children.filter((child): child is XmlElement => typeof child !== 'string' && child.name === name);
const textOf = (node: XmlElement): string => node.children.map((child) => (typeof child === 'string' ? child : textOf(child))).join('');

const options = { color: false, cwd: process.cwd() };

function reportOf(findings: Finding[], files: string[]): Report {
  return {
    version: 1,
    tool: { name: 'claim-audit', version: '0.0.0' },
    rules: [],
    files,
    findings,
    claims: [],
    contradictions: [],
    agreements: [],
    counts: { error: findings.length, warning: 0, info: 0, files: files.length, claims: 0, contradictions: 0 },
  };
}

function finding(overrides: Partial<Finding>): Finding {
  return {
    ruleId: 'set/rule',
    severity: 'error',
    message: 'Message.',
    topic: null,
    path: 'a.md',
    span: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 5, offset: 4 } },
    sentence: 'Sentence.',
    match: 'Sent',
    ...overrides,
  };
}

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe('JUnit XML report', () => {
  it('the reader used here refuses malformed XML', () => {
    expect(() => parseXml('<a><b></a></b>')).toThrow(/mismatched/);
    expect(() => parseXml('<a x="1" x="2"/>')).toThrow(/duplicate/);
    expect(() => parseXml('<a>Tom & Jerry</a>')).toThrow(/bare &/);
    expect(() => parseXml('<a x="<"/>')).toThrow(/< in attribute/);
    expect(() => parseXml('<a>\u0001</a>')).toThrow(/not allowed/);
    expect(parseXml('<a x="1&#10;2">&lt;b&gt;</a>')).toEqual({ name: 'a', attributes: { x: '1\n2' }, children: ['<b>'] });
  });

  it('on the example corpus: a suite per file, a case per rule that fired there, a failure per error or warning, counts that add up', () => {
    const report = audit({ paths: ['fixtures/example-corpus'], config: false });
    const root = parseXml(formatJunit(report, options));
    expect(root.name).toBe('testsuites');
    const suites = elements(root, 'testsuite');
    expect(suites.map((suite) => suite.attributes.name)).toEqual(report.files);
    let tests = 0;
    let failures = 0;
    for (const suite of suites) {
      const findings = report.findings.filter((item) => item.path === suite.attributes.name);
      const cases = elements(suite, 'testcase');
      expect(cases.map((testcase) => testcase.attributes.name)).toEqual([...new Set(findings.map((item) => item.ruleId))]);
      for (const testcase of cases) {
        const own = findings.filter((item) => item.ruleId === testcase.attributes.name);
        const problems = elements(testcase, 'failure');
        const failing = own.filter((item) => item.severity !== 'info');
        expect(problems.map((problem) => problem.attributes.message)).toEqual(failing.map((item) => item.message));
        expect(problems.map((problem) => problem.attributes.type)).toEqual(failing.map((item) => item.severity));
        // Info notes are for reading: in the case's output, and a case of notes alone passes.
        if (failing.length < own.length) expect(textOf(elements(testcase, 'system-out')[0]!)).toContain(own.find((item) => item.severity === 'info')!.message);
      }
      const failed = cases.filter((testcase) => elements(testcase, 'failure').length > 0).length;
      expect(suite.attributes).toMatchObject({ tests: String(cases.length), failures: String(failed), errors: '0' });
      tests += cases.length;
      failures += failed;
    }
    // The example corpus has info notes, so the passing cases above are not vacuous.
    expect(failures).toBeLessThan(tests);
    expect(root.attributes).toMatchObject({ name: 'claim-audit', tests: String(tests), failures: String(failures), errors: '0' });
    const efficacy = elements(suites[1]!, 'testcase').find((testcase) => testcase.attributes.name === 'contradiction/efficacy-rate');
    expect(textOf(efficacy!)).toContain('conflicts with fixtures/example-corpus/01-ketamine-basics.md:18:45');
  });

  it('a clean file is a suite with one passing test case', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'claim-audit-junit-'));
    folders.push(cwd);
    writeFileSync(join(cwd, 'clean.md'), 'The clinic opens at nine.\n');
    writeFileSync(join(cwd, 'risky.md'), 'This treatment cures chronic pain.\n');
    const root = parseXml(formatJunit(audit({ paths: ['clean.md', 'risky.md'], cwd, config: false }), options));
    const [clean, risky] = elements(root, 'testsuite');
    expect(clean?.attributes).toMatchObject({ name: 'clean.md', tests: '1', failures: '0', errors: '0' });
    expect(elements(clean!, 'testcase')).toEqual([{ name: 'testcase', attributes: { name: 'claim-audit', classname: 'clean.md' }, children: [] }]);
    expect(risky?.attributes).toMatchObject({ name: 'risky.md', failures: '1' });
  });

  it('escapes markup characters and drops characters XML cannot carry, in attributes and text alike', () => {
    const message = 'Tom & Jerry <b>"quoted"</b> it\'s\tfine\nnext line\u0000\u0001\u001b[31m\uD800 end \u{1F389}';
    const kept = 'Tom & Jerry <b>"quoted"</b> it\'s\tfine\nnext line[31m end \u{1F389}';
    const path = 'odd "dir"/<a> & \'b\'.md';
    const xml = formatJunit(reportOf([finding({ message, path, ruleId: "set/it's", sentence: 'A <sentence> & more.' })], [path]), options);
    const root = parseXml(xml);
    const suite = elements(root, 'testsuite')[0]!;
    expect(suite.attributes.name).toBe(path);
    const testcase = elements(suite, 'testcase')[0]!;
    expect(testcase.attributes).toEqual({ name: "set/it's", classname: path });
    const failure = elements(testcase, 'failure')[0]!;
    // Tab and newline inside the attribute survive because they are written as character references.
    expect(failure.attributes.message).toBe(kept);
    expect(textOf(failure)).toContain(kept);
    expect(textOf(failure)).toContain('A <sentence> & more.');
  });

  it('a file that could not be read is an error, not a failure', () => {
    const unreadable = finding({ ruleId: 'claim-audit/unreadable', message: 'cannot read file (EACCES)', fatal: true, match: '', sentence: '' });
    const root = parseXml(formatJunit(reportOf([unreadable], ['a.md']), options));
    const suite = elements(root, 'testsuite')[0]!;
    expect(suite.attributes).toMatchObject({ tests: '1', failures: '0', errors: '1' });
    expect(elements(elements(suite, 'testcase')[0]!, 'error')[0]?.attributes.message).toBe('cannot read file (EACCES)');
    expect(root.attributes).toMatchObject({ errors: '1', failures: '0' });
  });
});
