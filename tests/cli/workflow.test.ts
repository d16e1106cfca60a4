import { execFileSync } from 'node:child_process';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { fakeIo } from './io.js';
import { folderWith } from '../helpers.js';

interface JsonReport {
  findings: { ruleId: string; file: string; line: number; severity: string; related?: { file: string }[] }[];
  contradictions: { key: string; sides: { file: string }[] }[];
  claims: { file: string }[];
  counts: { claims: number };
}


async function checkJson(cwd: string, args: string[]): Promise<{ code: number; report: JsonReport; err: string }> {
  const io = fakeIo({ cwd });
  const code = await main(['check', ...args, '--format', 'json'], io);
  return { code, report: (io.out() ? JSON.parse(io.out()) : { findings: [], contradictions: [], claims: [], counts: { claims: 0 } }) as JsonReport, err: io.err() };
}

describe('inline suppressions', () => {
  const markdown = [
    'It is guaranteed to work.',
    '',
    '<!-- claim-audit-disable-next-line certainty/guarantee -- legal signed this off -->',
    'It is guaranteed to work.',
    '',
    '<!-- claim-audit-disable safety -->',
    'This is completely safe.',
    '<!-- claim-audit-enable -->',
    '',
    'This is completely safe.',
    '',
    '<!-- claim-audit-disable-next-line certainty -->',
    'Nothing to see here.',
    '',
  ].join('\n');

  it('turns off a rule for the next line, a whole set for a range, and reports unused directives on request', async () => {
    const cwd = folderWith({ 'a.md': markdown });
    const { report } = await checkJson(cwd, ['a.md', '--report-unused-disables']);
    expect(report.findings.map((finding) => `${finding.line} ${finding.ruleId}`)).toEqual([
      '1 certainty/guarantee',
      '10 safety/safety-absolute',
      '12 claim-audit/unused-disable',
    ]);
  });

  it('works in plain text with a line comment', async () => {
    const cwd = folderWith({ 'a.txt': '# claim-audit-disable-next-line certainty/guarantee\nIt is guaranteed.\n\nIt is guaranteed.\n' });
    const { report } = await checkJson(cwd, ['a.txt']);
    expect(report.findings.map((finding) => finding.line)).toEqual([4]);
  });

  it('warns at a directive that names no rule, with the nearest name, and suppresses nothing there', async () => {
    const cwd = folderWith({ 'a.md': 'Intro.\n\n<!-- claim-audit-disable-next-line certainty/guarante -->\nIt is guaranteed to work.\n' });
    const { report } = await checkJson(cwd, ['a.md']);
    expect(report.findings.map((finding) => `${finding.line} ${finding.ruleId}`)).toEqual(['3 claim-audit/unknown-directive', '4 certainty/guarantee']);
    // One warning for one typo, also when unused directives are reported.
    const unused = await checkJson(cwd, ['a.md', '--report-unused-disables']);
    expect(unused.report.findings.map((finding) => `${finding.line} ${finding.ruleId}`)).toEqual(['3 claim-audit/unknown-directive', '4 certainty/guarantee']);
    expect(JSON.stringify(report.findings[0])).toContain('did you mean \\"certainty/guarantee\\"?');
    // Like every finding, it quotes the source text of its place: the directive as written.
    expect((report.findings[0] as { match?: string }).match).toBe('<!-- claim-audit-disable-next-line certainty/guarante -->');
  });

  it('knows a rule the config disables, so a directive naming it is no typo', async () => {
    const cwd = folderWith({
      '.claim-audit.yaml': 'disable: [certainty/guarantee]\n',
      'a.md': '<!-- claim-audit-disable-next-line certainty/guarantee -->\nIt is guaranteed to work.\n',
    });
    expect((await checkJson(cwd, ['a.md'])).report.findings).toEqual([]);
  });

  it('a suppressed claim takes no part in contradictions', async () => {
    const cwd = folderWith({
      'a.md': 'The success rate is between 60 and 70%.\n',
      'b.md': '<!-- claim-audit-disable-next-line efficacy -->\nMore than 90% of patients respond.\n',
    });
    expect((await checkJson(cwd, ['.'])).report.contradictions).toEqual([]);
  });
});

describe('baseline', () => {
  const original = 'Intro line.\n\nThe success rate is between 60 and 70%.\n\nIt is guaranteed.\n';
  const other = 'More than 90% of patients respond.\n';

  it('accepts today’s findings, survives edits elsewhere, and reports changed claims', async () => {
    const cwd = folderWith({ 'a.md': original, 'b.md': other });
    const io = fakeIo({ cwd });
    expect(await main(['baseline', '.'], io)).toBe(0);
    expect(io.err()).toMatch(/wrote \.claim-audit-baseline\.json: \d+ findings and 1 contradictions accepted/);
    const baselineFile = JSON.parse(readFileSync(join(cwd, '.claim-audit-baseline.json'), 'utf8')) as { version: number };
    expect(baselineFile.version).toBe(2);

    const before = await checkJson(cwd, ['.', '--baseline', '.claim-audit-baseline.json']);
    expect(before.report.findings).toEqual([]);
    expect(before.code).toBe(0);

    // An unrelated edit moves every line: still accepted.
    writeFileSync(join(cwd, 'a.md'), `New first paragraph.\n\nAnd a second one.\n\n${original}`);
    expect((await checkJson(cwd, ['.', '--baseline', '.claim-audit-baseline.json'])).report.findings).toEqual([]);

    // The claim itself changes: a new finding, and the contradiction is new too.
    writeFileSync(join(cwd, 'a.md'), original.replace('between 60 and 70%', 'between 50 and 60%'));
    const after = await checkJson(cwd, ['.', '--baseline', '.claim-audit-baseline.json']);
    expect(after.report.contradictions).toHaveLength(1);
    expect(after.report.findings.map((finding) => finding.ruleId)).toEqual(expect.arrayContaining(['efficacy/efficacy-figure', 'contradiction/efficacy-rate']));
    expect(after.code).toBe(1);
  });

  it('keeps an article\'s accepted findings when it is renamed, but not for a copy of it', async () => {
    const cwd = folderWith({ 'a.md': original, 'b.md': other });
    expect(await main(['baseline', '.'], fakeIo({ cwd }))).toBe(0);
    renameSync(join(cwd, 'a.md'), join(cwd, 'renamed.md'));
    const moved = await checkJson(cwd, ['.', '--baseline', '.claim-audit-baseline.json']);
    expect(moved.report.findings).toEqual([]);
    expect(moved.report.contradictions).toEqual([]);
    // Where the original keeps its name, it keeps its entries: a copy has none left to take.
    const kept = folderWith({ 'a.md': original, 'b.md': other });
    expect(await main(['baseline', '.'], fakeIo({ cwd: kept }))).toBe(0);
    writeFileSync(join(kept, 'copy.md'), original);
    const copied = await checkJson(kept, ['.', '--baseline', '.claim-audit-baseline.json']);
    expect(new Set(copied.report.findings.map((finding) => finding.file))).toEqual(new Set(['copy.md']));
  });

  it('still reads a version 1 baseline (fingerprints with the file only)', async () => {
    const cwd = folderWith({ 'a.md': original });
    expect(await main(['baseline', '.'], fakeIo({ cwd }))).toBe(0);
    const written = JSON.parse(readFileSync(join(cwd, '.claim-audit-baseline.json'), 'utf8')) as { findings: string[]; contradictions: string[] };
    const firstHalf = (entry: string): string => entry.split(' ')[0] as string;
    writeFileSync(join(cwd, 'v1.json'), JSON.stringify({ version: 1, findings: written.findings.map(firstHalf), contradictions: written.contradictions.map(firstHalf) }));
    expect((await checkJson(cwd, ['.', '--baseline', 'v1.json'])).report.findings).toEqual([]);
  });

  it('rejects a file that is not a baseline, exit 2', async () => {
    const cwd = folderWith({ 'a.md': original, 'bad.json': '{"hello": 1}' });
    const { code, err } = await checkJson(cwd, ['a.md', '--baseline', 'bad.json']);
    expect(code).toBe(2);
    expect(err).toContain('bad.json is not a claim-audit baseline');
  });
});

describe('PR mode (--changed)', () => {
  const git = (cwd: string, ...args: string[]): string =>
    execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } });

  it('reports on changed documents only, compared with the whole corpus', async () => {
    const cwd = folderWith({
      'old.md': 'The success rate is between 60 and 70%. It is guaranteed.\n',
      'other.md': 'This is completely safe.\n',
    });
    git(cwd, 'init', '-q', '-b', 'main');
    git(cwd, 'add', '.');
    git(cwd, 'commit', '-qm', 'published');
    git(cwd, 'checkout', '-qb', 'new-article');
    writeFileSync(join(cwd, 'new.md'), 'More than 90% of patients respond.\n');
    git(cwd, 'add', 'new.md');
    git(cwd, 'commit', '-qm', 'draft');

    const { report, code } = await checkJson(cwd, ['.', '--changed', '--base', 'main']);
    expect(report.contradictions.map((contradiction) => contradiction.sides.map((side) => side.file))).toEqual([['new.md', 'old.md']]);
    // The contradiction is reported on the changed side (in the pull request's diff), the other side related.
    const reported = report.findings.filter((finding) => finding.ruleId.startsWith('contradiction/'));
    expect(reported.map((finding) => [finding.file, ...(finding.related ?? []).map((place) => place.file)])).toEqual([['new.md', 'old.md']]);
    // Old findings in untouched files are not reported.
    expect(report.findings.filter((finding) => !finding.ruleId.startsWith('contradiction/')).map((finding) => finding.file)).toEqual(['new.md']);
    // The claim list is the change's own: on a large catalogue the untouched articles' claims would swamp it.
    expect(report.claims.map((claim) => claim.file)).toEqual(['new.md']);
    expect(report.counts.claims).toBe(1);
    expect(code).toBe(1);
  });

  it('explains a missing base in one line, exit 2', async () => {
    const cwd = folderWith({ 'a.md': 'Text.\n' });
    git(cwd, 'init', '-q', '-b', 'main');
    git(cwd, 'add', '.');
    git(cwd, 'commit', '-qm', 'x');
    const { code, err } = await checkJson(cwd, ['.', '--changed', '--base', 'origin/release']);
    expect(code).toBe(2);
    expect(err).toMatch(/^claim-audit: base "origin\/release" is not in this clone \(in a shallow CI checkout fetch it first/);
  });
});

describe('rule tooling', () => {
  it('rules test runs embedded examples like a test runner', async () => {
    const rules = 'id: mine\nrules:\n  - id: moon\n    severity: warning\n    message: Moon\n    match: [{phrase: over the moon}]\n    examples:\n      match: [We are over the moon., We are under the moon.]\n';
    const cwd = folderWith({ 'mine.yaml': rules });
    const io = fakeIo({ cwd });
    expect(await main(['rules', 'test', 'mine.yaml'], io)).toBe(1);
    expect(io.out()).toBe('✖ mine.yaml:3 mine/moon: should match: "We are under the moon." (no pattern matched)\n1 passed (2 examples, 0 pairs), 1 failed\n');
  });

  it('rules test runs pair examples through a whole check, and names the pair that failed', async () => {
    const rules = 'id: mine\ntopics:\n  mood:\n    compare: polarity\nrules:\n  - id: moon\n    severity: info\n    topic: mood\n    message: Moon\n    match: [{phrase: over the moon}]\npairs:\n  - {a: We are over the moon., b: We are not over the moon., expect: contradiction}\n  - {a: We are over the moon., b: We are not over the moon., expect: consistent, topic: mood}\n';
    const cwd = folderWith({ 'mine.yaml': rules });
    const io = fakeIo({ cwd });
    expect(await main(['rules', 'test', 'mine.yaml'], io)).toBe(1);
    expect(io.out()).toBe('✖ mine.yaml:13 pair: should not contradict on mood: "We are over the moon." / "We are not over the moon." (found mood: a.md:1 "We are over the moon." against b.md:1 "We are not over the moon.")\n1 passed (0 examples, 2 pairs), 1 failed\n');
  });

  it('rules list and explain describe the loaded rules', async () => {
    const list = fakeIo();
    expect(await main(['rules', 'list', '--format', 'json'], list)).toBe(0);
    const rules = JSON.parse(list.out()) as { id: string }[];
    expect(rules.map((rule) => rule.id)).toContain('safety/absolute-safety');
    const explain = fakeIo();
    expect(await main(['explain', 'safety/absolute-safety'], explain)).toBe(0);
    expect(explain.out()).toContain('examples that match:');
    // Neither list is marked pass or fail: a cross before an example that must not match read as a failure.
    expect(explain.out()).toMatch(/examples that must not match:\n {4}- \S/);
    const typo = fakeIo();
    expect(await main(['explain', 'safety/absolute-safty'], typo)).toBe(2);
    expect(typo.err()).toContain('did you mean "safety/absolute-safety"?');
    // The ids reports print for contradictions explain their topic; a bare rule name suggests its set.
    const topic = fakeIo({ cwd: process.cwd() });
    expect(await main(['explain', 'contradiction/session-length', '--no-config'], topic)).toBe(0);
    expect(topic.out()).toContain('reported for: figures that do not overlap');
    expect(topic.out()).toContain('claims made by: timing/session-length-claim');
    // Both rounding keys named, in the topic's own terms: a time topic is read in any unit.
    expect(topic.out()).toContain('unit: a length of time (in any unit');
    expect(topic.out()).toMatch(/rounding: two figures still agree when at most \S.* apart \(tolerance\) or within \d+% of the larger one \(relativeTolerance\)/);
    // What decides how a topic's figures are read: the unit words a plain figure needs, and "up to" as a limit.
    const counted = fakeIo({ cwd: process.cwd() });
    expect(await main(['explain', 'contradiction/results-after-sessions', '--no-config'], counted)).toBe(0);
    expect(counted.out()).toContain('counts only figures followed by: session, sessions, treatment');
    const course = fakeIo({ cwd: process.cwd() });
    expect(await main(['explain', 'contradiction/course-length', '--no-config'], course)).toBe(0);
    expect(course.out()).toContain('plausible figures: from 1 day to any');
    // A report heads a contradiction with its key: a measure and a case name the same topic.
    for (const key of ['contradiction/efficacy-rate/success', 'efficacy-rate/success@smokers']) {
      const headed = fakeIo({ cwd: process.cwd() });
      expect(await main(['explain', key, '--no-config'], headed), key).toBe(0);
      expect(headed.out()).toMatch(/^contradiction\/efficacy-rate {2}\(/);
    }
    const bare = fakeIo({ cwd: process.cwd() });
    expect(await main(['explain', 'absolute-safety', '--no-config'], bare)).toBe(2);
    expect(bare.err()).toContain('did you mean "safety/absolute-safety"?');
    // The ids claim-audit reports itself are explained too.
    const own = fakeIo({ cwd: process.cwd() });
    expect(await main(['explain', 'claim-audit/unknown-directive', '--no-config'], own)).toBe(0);
    expect(own.out()).toMatch(/^claim-audit\/unknown-directive {2}\(warning\)\n {2}reported by claim-audit itself/);
  });

  it('init writes a starter config that loads, and refuses to overwrite it', async () => {
    const cwd = folderWith({ 'a.md': 'Text.\n' });
    expect(await main(['init'], fakeIo({ cwd }))).toBe(0);
    expect(await main(['check', 'a.md'], fakeIo({ cwd }))).toBe(0);
    const again = fakeIo({ cwd });
    expect(await main(['init'], again)).toBe(2);
    expect(again.err()).toContain('already exists');
  });

  it('init writes examples that load once uncommented as its comments say', async () => {
    const cwd = folderWith({ 'a.md': 'Text.\n' });
    expect(await main(['init'], fakeIo({ cwd }))).toBe(0);
    const lines = readFileSync(join(cwd, '.claim-audit.yaml'), 'utf8').split('\n');
    const edited: string[] = [];
    let inExample = false;
    for (const line of lines) {
      const opening = /^# (\w+):$/.exec(line);
      if (opening && edited[edited.length - 1]?.startsWith(`${opening[1]}: `)) {
        edited.pop();
        edited.push(line.slice(2));
        inExample = true;
      } else if (inExample && line.startsWith('#   ')) {
        edited.push(line.slice(2));
      } else {
        inExample = false;
        edited.push(line);
      }
    }
    writeFileSync(join(cwd, '.claim-audit.yaml'), edited.join('\n'));
    const io = fakeIo({ cwd });
    expect(await main(['check', 'a.md'], io)).toBe(0);
    expect(io.err()).toBe('');
  });

  it('claims prints the ledger as JSON Lines', async () => {
    const cwd = folderWith({ 'a.md': 'The success rate is between 60 and 70%.\n' });
    const io = fakeIo({ cwd });
    expect(await main(['claims', 'a.md', '--format', 'jsonl'], io)).toBe(0);
    const lines = io.out().trim().split('\n').map((line) => JSON.parse(line) as { key: string; value: { min: number; max: number } });
    expect(lines).toEqual([expect.objectContaining({ key: 'efficacy-rate/success', value: expect.objectContaining({ min: 60, max: 70 }) })]);
  });
});
