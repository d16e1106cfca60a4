import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheFingerprint } from '../../src/cache/claim-cache.js';
import { main } from '../../src/cli.js';
import { fakeIo } from './io.js';
import { folderWith } from '../helpers.js';

const RULES = (message: string): string => `id: house
rules:
  - id: guarantee
    severity: error
    message: ${message}
    match:
      - phrase: guaranteed
`;


/** Every entry file under a cache folder. */
function entries(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.json'))
    .map((name) => join(folder, name));
}

async function run(cwd: string, args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = fakeIo({ cwd });
  const code = await main(['check', '.', '--format', 'json', '--no-config', '--cache-location', 'cache', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

const ARTICLES = {
  'a.md': '# A\n\nSuccess rates are between 65% and 75%. Results are guaranteed.\n',
  'b.md': '# B\n\nMore than 80% of patients respond. It is FDA approved.\n',
  'c.txt': 'Relief lasts one to two weeks.\n',
};

describe('claim cache', () => {
  it('gives a warm run the same report as a cold one, from one entry per document', async () => {
    const cwd = folderWith(ARTICLES);
    const cold = await run(cwd, ['--no-cache']);
    expect(entries(join(cwd, 'cache'))).toEqual([]);
    const first = await run(cwd, []);
    expect(entries(join(cwd, 'cache'))).toHaveLength(3);
    const warm = await run(cwd, []);
    expect(JSON.parse(cold.out).contradictions.length).toBeGreaterThan(0);
    expect(first.out).toBe(cold.out);
    expect(warm.out).toBe(cold.out);
    expect(warm.err).toBe('');
  });

  it('serves cached results on a warm run rather than reading the documents again', async () => {
    const cwd = folderWith(ARTICLES);
    await run(cwd, []);
    // Plant a different, valid result in every entry: if the warm run used the cache, the plant shows.
    for (const file of entries(join(cwd, 'cache'))) {
      // An entry is a header line, the claims' line and the findings' line.
      const [header, claims, findings] = readFileSync(file, 'utf8').split('\n') as [string, string, string];
      const planted = JSON.parse(findings).map((finding: { message: string }) => ({ ...finding, message: 'from the cache' }));
      writeFileSync(file, `${header}\n${claims}\n${JSON.stringify(planted)}`);
    }
    const warm = JSON.parse((await run(cwd, [])).out);
    const messages = warm.findings.filter((finding: { ruleId: string }) => !finding.ruleId.startsWith('contradiction/')).map((finding: { message: string }) => finding.message);
    expect(new Set(messages)).toEqual(new Set(['from the cache']));
  });

  it('audits an edited document again and compares it with the cached rest', async () => {
    const cwd = folderWith(ARTICLES);
    await run(cwd, []);
    writeFileSync(join(cwd, 'b.md'), '# B\n\nAbout 70% of patients respond.\n');
    const warm = JSON.parse((await run(cwd, [])).out);
    const cold = JSON.parse((await run(cwd, ['--no-cache'])).out);
    expect(warm).toEqual(cold);
    expect(warm.claims.some((claim: { sentence: string }) => claim.sentence.includes('About 70%'))).toBe(true);
    expect(warm.contradictions.some((contradiction: { topic: string }) => contradiction.topic === 'efficacy')).toBe(false);
  });

  it('is invalidated by an edit to a rule file', async () => {
    const cwd = folderWith({ 'a.md': 'Results are guaranteed.\n', 'house.yaml': RULES('First wording.') });
    const args = ['--no-builtin-rules', '--rules', 'house.yaml', 'a.md'];
    const before = JSON.parse((await run(cwd, args)).out);
    expect(before.findings[0].message).toBe('First wording.');
    writeFileSync(join(cwd, 'house.yaml'), RULES('Second wording.'));
    const after = JSON.parse((await run(cwd, args)).out);
    expect(after.findings[0].message).toBe('Second wording.');
  });

  it('is invalidated by a change to claim-audit\'s own code, even under the same version number', () => {
    // A copy of the built tool (globalSetup builds dist/), so that its code can be edited.
    const tool = mkdtempSync(join(tmpdir(), 'claim-audit-tool-'));
    for (const part of ['bin', 'dist', 'rules', 'schema', 'package.json']) cpSync(resolve(part), join(tool, part), { recursive: true });
    symlinkSync(resolve('node_modules'), join(tool, 'node_modules'));
    const cwd = folderWith(ARTICLES);
    const cacheFigures = (): string => {
      const run = spawnSync(process.execPath, [join(tool, 'bin', 'claim-audit.js'), 'check', '.', '--no-config', '--fail-on', 'never', '--cache-location', 'cache', '--debug'], { cwd, encoding: 'utf8' });
      return /\d+ documents, \d+ from the cache/.exec(run.stderr)?.[0] ?? run.stderr;
    };
    expect(cacheFigures()).toBe('3 documents, 0 from the cache');
    expect(cacheFigures()).toBe('3 documents, 3 from the cache');
    // The command line runs the bundle: edit the part of it that holds the matcher.
    const bundle = join(tool, 'dist', 'bundle');
    const matcher = readdirSync(bundle).find((name) => readFileSync(join(bundle, name), 'utf8').includes('function matchSentence(')) as string;
    appendFileSync(join(bundle, matcher), '\n// a fix in a later commit, same version number\n');
    expect(cacheFigures()).toBe('3 documents, 0 from the cache');
  });

  it('is invalidated by a new tool version', () => {
    const inputs = { toolVersion: '1.0.0', rules: { rules: [], topics: new Map([['efficacy', { unit: '%' }]]) }, config: '', options: {} };
    expect(cacheFingerprint(inputs)).toBe(cacheFingerprint({ ...inputs }));
    expect(cacheFingerprint({ ...inputs, toolVersion: '1.0.1' })).not.toBe(cacheFingerprint(inputs));
    // Maps are hashed by content, not as `{}`: a topic change must change the fingerprint.
    expect(cacheFingerprint({ ...inputs, rules: { rules: [], topics: new Map([['efficacy', { unit: 's' }]]) } })).not.toBe(cacheFingerprint(inputs));
  });

  it('ignores corrupt entries with one warning, rebuilds them, and reports as if cold', async () => {
    const cwd = folderWith(ARTICLES);
    const cold = await run(cwd, ['--no-cache']);
    await run(cwd, []);
    const files = entries(join(cwd, 'cache'));
    writeFileSync(files[0] as string, '{"key": "trunc');
    writeFileSync(files[1] as string, `${JSON.stringify({ key: 'another key', subjects: [] })}\n{}`);
    const whole = readFileSync(files[2] as string, 'utf8');
    writeFileSync(files[2] as string, whole.slice(0, whole.indexOf('\n') + 20));
    const damaged = await run(cwd, []);
    expect(damaged.out).toBe(cold.out);
    expect(damaged.err).toBe(`claim-audit: warning: ignored 3 corrupt cache entries in ${join(cwd, 'cache')}; rebuilt them\n`);
    const repaired = await run(cwd, []);
    expect(repaired.err).toBe('');
    expect(repaired.out).toBe(cold.out);
  });

  it('still reports when the cache cannot be written', async () => {
    const cwd = folderWith({ ...ARTICLES, cache: 'a file where the cache folder should be' });
    const cold = await run(cwd, ['--no-cache']);
    const blocked = await run(cwd, []);
    expect(blocked.out).toBe(cold.out);
    expect(blocked.err).toMatch(/^claim-audit: warning: cannot write the cache in .*cache \(E[A-Z]+\); results were not cached\n$/);
  });

  it('keeps a cache folder it creates out of git, and writes nothing into a folder that was already there', async () => {
    const cwd = folderWith(ARTICLES);
    await run(cwd, []);
    expect(readFileSync(join(cwd, 'cache', '.gitignore'), 'utf8')).toContain('*');
    const mine = folderWith(ARTICLES);
    mkdirSync(join(mine, 'cache'));
    await run(mine, []);
    expect(existsSync(join(mine, 'cache', '.gitignore'))).toBe(false);
    expect(entries(join(mine, 'cache')).length).toBeGreaterThanOrEqual(3);
  });

  it('deletes the entries of an older cache format, but never a folder of something else', async () => {
    const cwd = folderWith(ARTICLES);
    const cache = join(cwd, 'cache');
    const oldEntry = join(cache, 'v1', 'ab', `ab${'0'.repeat(62)}.json`);
    mkdirSync(dirname(oldEntry), { recursive: true });
    writeFileSync(oldEntry, '{"key":"an entry of an older release"}\n[]\n[]');
    // A folder named like a format, with a user's file in it (a mistaken --cache-location): left alone.
    mkdirSync(join(cache, 'v2', 'ab'), { recursive: true });
    writeFileSync(join(cache, 'v2', 'ab', 'release-notes.md'), 'Not a cache entry.\n');
    await run(cwd, []);
    expect(existsSync(join(cache, 'v1'))).toBe(false);
    expect(readFileSync(join(cache, 'v2', 'ab', 'release-notes.md'), 'utf8')).toBe('Not a cache entry.\n');
    const current = readdirSync(cache).filter((name) => name !== 'v2');
    expect(current).toHaveLength(1);
    expect(entries(join(cache, current[0] as string)).length).toBeGreaterThanOrEqual(3);
  });

  it('refuses a --jobs that is not a positive whole number', async () => {
    const cwd = folderWith(ARTICLES);
    const zero = await run(cwd, ['--jobs', '0']);
    expect(zero.code).toBe(2);
    expect(zero.err).toBe('claim-audit: --jobs must be a positive whole number, not "0"\n');
  });
});

describe('claim cache in PR mode (--changed)', () => {
  const git = (cwd: string, ...args: string[]): string =>
    execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } });
  const article = (subject: string, text: string): string => `---\nsubject: ${subject}\n---\n${text}\n`;

  it('leaves entries of other subjects unparsed and reports what a run without the cache reports', async () => {
    const cwd = folderWith({
      'a.md': article('knee brace', 'Success rates are between 65% and 75%.'),
      'b.md': article('knee brace', 'More than 80% of patients respond. It is FDA approved.'),
      'c.md': article('hearing aid', 'More than 90% of users respond. Results are guaranteed.'),
      'd.md': article('hearing aid', 'Success rates are between 40% and 50%.'),
    });
    git(cwd, 'init', '-q', '-b', 'main');
    git(cwd, 'add', '.');
    git(cwd, 'commit', '-qm', 'published');
    await run(cwd, ['--fail-on', 'never']);
    appendFileSync(join(cwd, 'a.md'), 'It is used off-label.\n');

    const args = ['--changed', '--base', 'main', '--fail-on', 'never'];
    const cold = await run(cwd, [...args, '--no-cache']);
    const warm = await run(cwd, [...args, '--debug']);
    expect(warm.err).toMatch(/^claim-audit: 4 documents, 3 from the cache \(2 left unparsed: no subject shared with the changed documents\), main thread only/);
    expect(warm.out).toBe(cold.out);
    // The edited article meets its own subject's articles, and only them.
    const report = JSON.parse(warm.out);
    expect(report.contradictions.map((contradiction: { sides: { file: string }[] }) => contradiction.sides.map((side) => side.file))).toEqual([
      ['a.md', 'b.md'],
      ['a.md', 'b.md'],
    ]);

    // The other article on the changed one's subject is read for its claims only: its findings line is not
    // parsed (a damaged one goes unnoticed here), while a full run reads it and rebuilds the entry.
    const entry = entries(join(cwd, 'cache')).find((file) => readFileSync(file, 'utf8').split('\n')[1]?.includes('"path":"b.md"')) as string;
    const [header, claims] = readFileSync(entry, 'utf8').split('\n') as [string, string];
    writeFileSync(entry, `${header}\n${claims}\n[{"truncated`);
    const damaged = await run(cwd, args);
    expect(damaged.err).toBe('');
    expect(damaged.out).toBe(cold.out);
    expect((await run(cwd, ['--fail-on', 'never'])).err).toMatch(/ignored 1 corrupt cache entry/);
  });
});
