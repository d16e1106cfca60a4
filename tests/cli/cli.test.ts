import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { fakeIo } from './io.js';

function tempFolder(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'claim-audit-cli-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  return folder;
}

describe('exit codes', () => {
  it('exits 1 when errors are found and 0 below --fail-on', async () => {
    const cwd = tempFolder({ 'a.md': 'This cream is completely safe for everyone.\n' });
    expect(await main(['check', 'a.md'], fakeIo({ cwd }))).toBe(1);
    expect(await main(['check', 'a.md', '--fail-on', 'never'], fakeIo({ cwd }))).toBe(0);
  });

  it('exits 0 on a clean document', async () => {
    const cwd = tempFolder({ 'a.md': 'The clinic opens at nine.\n' });
    const io = fakeIo({ cwd });
    expect(await main(['check', 'a.md'], io)).toBe(0);
    expect(io.out()).toContain('0 findings');
  });

  // About 5 s alone; the limit is for a machine whose cores the other test files share.
  it('refuses, in one line and with exit 2, an HTML report too large to read, and writes nothing', async () => {
    // 34,000 lines of three risky claims: 102,000 findings.
    const cwd = tempFolder({ 'big.txt': 'It is guaranteed to work. This treatment is completely safe. It cures depression.\n'.repeat(34_000) });
    const io = fakeIo({ cwd });
    expect(await main(['check', 'big.txt', '--format', 'html', '--output', 'report.html', '--no-cache'], io)).toBe(2);
    expect(io.err()).toBe(
      'claim-audit: an HTML report of 102,000 findings and contradictions is too large to read in a browser (at most 100,000): audit fewer documents, use --changed, or use --format json or markdown\n',
    );
    expect(existsSync(join(cwd, 'report.html'))).toBe(false);
  }, 60_000);

  it('exits 2 with one line for a missing path, an unknown flag and a bad format', async () => {
    const cwd = tempFolder({});
    const missing = fakeIo({ cwd });
    expect(await main(['check', 'nope.md'], missing)).toBe(2);
    expect(missing.err()).toBe('claim-audit: no such file or folder: nope.md\n');
    const flag = fakeIo({ cwd });
    expect(await main(['check', '--frobnicate'], flag)).toBe(2);
    expect(flag.err()).toBe("claim-audit: unknown option '--frobnicate' (run claim-audit --help for usage)\n");
    const format = fakeIo({ cwd });
    expect(await main(['check', '--format', 'yaml'], format)).toBe(2);
    expect(format.err()).toMatch(/^claim-audit: option '-f, --format <name>' argument 'yaml' is invalid\. Allowed choices are text, json.*\n$/);
    expect(format.err().split('\n')).toHaveLength(2);
  });

  it('suggests the command a misspelt word was meant to be, since check takes it for a path', async () => {
    const io = fakeIo({ cwd: tempFolder({}) });
    expect(await main(['chek'], io)).toBe(2);
    expect(io.err()).toBe('claim-audit: no such file or folder: chek (did you mean the command "check"?)\n');
  });

  it('exits 2 naming file:line:column for an invalid rule file, without a stack trace', async () => {
    const cwd = tempFolder({ 'a.md': 'Fine.\n', 'bad.yaml': 'id: bad\nrules:\n  - id: x\n    severity: loud\n    message: m\n    match: [{phrase: x}]\n' });
    const io = fakeIo({ cwd });
    expect(await main(['check', 'a.md', '--rules', 'bad.yaml'], io)).toBe(2);
    expect(io.err()).toBe('claim-audit: bad.yaml:4:15: rules[0].severity must be one of error, warning, info\n');
  });

  it('prints --version and --help with examples, exit 0', async () => {
    const version = fakeIo();
    expect(await main(['--version'], version)).toBe(0);
    expect(version.out()).toMatch(/^\d+\.\d+\.\d+\n$/);
    const help = fakeIo();
    expect(await main(['check', '--help'], help)).toBe(0);
    expect(help.out()).toContain('--fail-on');
    const top = fakeIo();
    expect(await main(['--help'], top)).toBe(0);
    expect(top.out()).toContain('Examples:');
  });
});

describe('inputs and outputs', () => {
  it('reads standard input with -', async () => {
    const io = fakeIo({ stdinText: 'It is guaranteed to work.\n', cwd: tempFolder({}) });
    expect(await main(['check', '-', '--format', 'json'], io)).toBe(1);
    const report = JSON.parse(io.out()) as { findings: { file: string; ruleId: string; line: number; column: number; match: string }[] };
    expect(report.findings[0]).toMatchObject({ file: '<stdin>', ruleId: 'certainty/guarantee', line: 1, column: 7, match: 'guaranteed' });
  });

  it('names standard input with --stdin-filename: reported under that path, parsed as Markdown by its extension', async () => {
    const draft = '---\nsubject: new-draft\n---\n# Draft\n\nIt is guaranteed to work.\n';
    const io = fakeIo({ stdinText: draft, cwd: tempFolder({}) });
    expect(await main(['claims', '-', '--stdin-filename', 'drafts/new.md', '--format', 'jsonl'], io)).toBe(0);
    const claim = JSON.parse(io.out().split('\n')[0] ?? '') as { file: string; subject: string; line: number };
    // The front matter is read (Markdown), so the claim has the draft's subject and its place in the file.
    expect(claim).toMatchObject({ file: 'drafts/new.md', subject: 'new-draft', line: 6 });
  });

  it('takes the subject from --subject where the front matter names none, before the config', async () => {
    const files = {
      'a.md': 'It is guaranteed to work.\n',
      'b.md': '---\nsubject: other-thing\n---\nIt is guaranteed to work.\n',
      '.claim-audit.yaml': 'subject: from-config\n',
    };
    const io = fakeIo({ cwd: tempFolder(files) });
    expect(await main(['claims', '.', '--subject', 'acme-x2', '--format', 'jsonl'], io)).toBe(0);
    const subjects = io.out().trim().split('\n').map((line) => (JSON.parse(line) as { file: string; subject: string }));
    expect(subjects.map(({ file, subject }) => `${file} ${subject}`)).toEqual(['a.md acme-x2', 'b.md other-thing']);
    const empty = fakeIo({ cwd: tempFolder(files) });
    expect(await main(['check', '.', '--subject', ' '], empty)).toBe(2);
    expect(empty.err()).toMatch(/^claim-audit: --subject needs a name/);
  });

  it('names a config rule id that matches nothing, with its line and a suggestion; contradictions take severities too', async () => {
    const articles = { 'a.md': 'Each session lasts 30 minutes.\n', 'b.md': 'Each session lasts 2 hours.\n' };
    const typo = fakeIo({ cwd: tempFolder({ ...articles, '.claim-audit.yaml': 'disable:\n  - certainty/certainty-langauge\n' }) });
    expect(await main(['check', '.'], typo)).toBe(2);
    expect(typo.err()).toMatch(/\.claim-audit\.yaml:2:5: no rule, rule set or contradiction topic "certainty\/certainty-langauge".*did you mean "certainty\/certainty-language"\?/);
    const softened = fakeIo({ cwd: tempFolder({ ...articles, '.claim-audit.yaml': 'severity:\n  contradiction/session-length: warning\n' }) });
    expect(await main(['check', '.', '--format', 'json'], softened)).toBe(0);
    const report = JSON.parse(softened.out()) as { findings: { ruleId: string; severity: string }[]; contradictions: unknown[] };
    expect(report.findings.filter((finding) => finding.ruleId === 'contradiction/session-length').map((finding) => finding.severity)).toEqual(['warning']);
    const off = fakeIo({ cwd: tempFolder({ ...articles, '.claim-audit.yaml': 'disable: [contradiction/session-length]\n' }) });
    expect(await main(['check', '.', '--format', 'json'], off)).toBe(0);
    expect((JSON.parse(off.out()) as { contradictions: unknown[] }).contradictions).toEqual([]);
  });

  it('passes with a note when every document named is ignored by the config (a pre-commit hook on drafts)', async () => {
    const cwd = tempFolder({ 'draft.md': 'It is guaranteed.\n', '.claim-audit.yaml': 'ignore: ["draft.md"]\n' });
    const io = fakeIo({ cwd });
    expect(await main(['check', 'draft.md'], io)).toBe(0);
    expect(io.err()).toBe('claim-audit: every document named is ignored by .claim-audit.yaml (ignore:); nothing to audit\n');
  });

  it('refuses options that would do nothing: --stdin-filename without -, --base without --changed', async () => {
    const cwd = tempFolder({ 'a.md': 'Text.\n' });
    const stdinless = fakeIo({ cwd });
    expect(await main(['check', 'a.md', '--stdin-filename', 'draft.md'], stdinless)).toBe(2);
    expect(stdinless.err()).toContain('--stdin-filename names standard input: add - to the paths');
    const baseless = fakeIo({ cwd });
    expect(await main(['check', 'a.md', '--base', 'main'], baseless)).toBe(2);
    expect(baseless.err()).toContain('--base is only used with --changed');
  });

  it('reads standard input named after a corpus file instead of that file, compared with the rest', async () => {
    const cwd = tempFolder({ 'a.md': 'Each session lasts 30 minutes.\n', 'b.md': 'Each session lasts 30 minutes.\n' });
    const io = fakeIo({ stdinText: 'Each session lasts 2 hours.\n', cwd });
    expect(await main(['check', '-', '.', '--stdin-filename', 'a.md', '--format', 'json'], io)).toBe(1);
    const report = JSON.parse(io.out()) as { files: string[]; contradictions: { sides: { file: string; match: string }[] }[] };
    expect(report.files).toEqual(['a.md', 'b.md']);
    expect(report.contradictions.map((contradiction) => contradiction.sides.map((side) => `${side.file} ${side.match}`))).toEqual([['a.md session lasts 2 hours', 'b.md session lasts 30 minutes']]);
  });

  it('writes --output to a file and refuses a missing folder', async () => {
    const cwd = tempFolder({ 'a.md': 'It is guaranteed.\n' });
    expect(await main(['check', 'a.md', '--format', 'json', '--output', 'report.json'], fakeIo({ cwd }))).toBe(1);
    expect(JSON.parse(readFileSync(join(cwd, 'report.json'), 'utf8')).version).toBe(1);
    const io = fakeIo({ cwd });
    expect(await main(['check', 'a.md', '--output', 'no/such/dir/r.json'], io)).toBe(2);
    expect(io.err()).toContain('does not exist');
  });

  it('colors only when asked or on a terminal, honouring NO_COLOR and FORCE_COLOR', async () => {
    const cwd = tempFolder({ 'a.md': 'It is guaranteed.\n' });
    const plain = fakeIo({ cwd, stdoutIsTTY: true, env: { NO_COLOR: '1' } });
    await main(['check', 'a.md'], plain);
    expect(plain.out()).not.toContain('\u001b[');
    expect(plain.out()).toContain('»guaranteed«');
    const forced = fakeIo({ cwd, env: { FORCE_COLOR: '1' } });
    await main(['check', 'a.md'], forced);
    expect(forced.out()).toContain('\u001b[');
    const flag = fakeIo({ cwd, stdoutIsTTY: true });
    await main(['check', 'a.md', '--no-color'], flag);
    expect(flag.out()).not.toContain('\u001b[');
  });

  it('--quiet keeps errors only', async () => {
    const cwd = tempFolder({ 'a.md': 'It is guaranteed. It is more effective than aspirin.\n' });
    const io = fakeIo({ cwd });
    await main(['check', 'a.md', '--quiet', '--format', 'json'], io);
    const report = JSON.parse(io.out()) as { findings: { severity: string }[] };
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.findings.every((finding) => finding.severity === 'error')).toBe(true);
  });

  it('--no-builtin-rules with a user rule set audits with that set only', async () => {
    const rules = 'id: mine\nrules:\n  - id: moon\n    severity: warning\n    message: Moon claim {match}\n    match:\n      - phrase: over the moon\n';
    const cwd = tempFolder({ 'a.txt': 'Patients are over the moon. It is guaranteed.\n', 'mine.yaml': rules });
    const io = fakeIo({ cwd });
    expect(await main(['check', 'a.txt', '--no-builtin-rules', '-r', 'mine.yaml', '--format', 'json'], io)).toBe(0);
    const report = JSON.parse(io.out()) as { findings: { ruleId: string; match: string }[] };
    expect(report.findings.map((finding) => [finding.ruleId, finding.match])).toEqual([['mine/moon', 'over the moon']]);
  });
});

describe('inspect', () => {
  it('prints sentences with exact positions as JSON, one object per file in argument order', async () => {
    const cwd = tempFolder({ 'b.txt': 'Dr. Smith agreed. Rates rose 3.5% in 2020.\n\nA new paragraph.\n', 'a.txt': 'First.\n' });
    const io = fakeIo({ cwd });
    expect(await main(['inspect', 'b.txt', 'a.txt', '--format', 'json'], io)).toBe(0);
    const files = JSON.parse(io.out()) as { file: string; sentences: { text: string; line: number; column: number; offset: number; endOffset: number }[] }[];
    expect(files.map((file) => file.file)).toEqual(['b.txt', 'a.txt']);
    const source = readFileSync(join(cwd, 'b.txt'), 'utf8');
    expect(files[0]?.sentences.map((sentence) => sentence.text)).toEqual(['Dr. Smith agreed.', 'Rates rose 3.5% in 2020.', 'A new paragraph.']);
    for (const sentence of files[0]?.sentences ?? []) expect(source.slice(sentence.offset, sentence.endOffset)).toBe(sentence.text);
    expect(files[0]?.sentences[2]).toMatchObject({ line: 3, column: 1 });
  });
});
