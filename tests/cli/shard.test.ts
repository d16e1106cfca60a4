import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { shardOf } from '../../src/ledger.js';
import { fakeIo } from './io.js';

/** Articles that disagree on figures, approval and side effects, one of them accepting a contradiction. */
function corpus(): string {
  const folder = mkdtempSync(join(tmpdir(), 'claim-audit-shard-'));
  for (let index = 0; index < 14; index++) {
    const low = 50 + (index % 5) * 9;
    const accept = index === 4 ? '<!-- claim-audit-disable-next-line contradiction/efficacy-rate -- the 2019 figure, kept on purpose -->\n' : '';
    writeFileSync(
      join(folder, `post-${index}.md`),
      `# Post ${index}\n\n${accept}Success rates are between ${low}% and ${low + 8}%.\n\n` +
        `${index % 4 === 0 ? 'It is FDA approved.' : 'It is prescribed off-label.'} ${index % 3 === 0 ? 'There are no side effects.' : 'Side effects include nausea and dizziness.'}\n`,
    );
  }
  return folder;
}

async function run(cwd: string, args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = fakeIo({ cwd });
  const code = await main([...args, '--no-config', ...(args[0] === 'contradictions' ? [] : ['--no-cache'])], io);
  return { code, out: io.out(), err: io.err() };
}

describe('sharded claim ledgers', () => {
  it('give the same contradictions as one check over the whole corpus', async () => {
    const cwd = corpus();
    const whole = JSON.parse((await run(cwd, ['check', '.', '--format', 'json'])).out);
    expect(whole.contradictions.length).toBeGreaterThan(3);

    const ledgers: string[] = [];
    for (const shard of ['1/3', '2/3', '3/3']) {
      const ledger = `shard-${shard[0]}.jsonl`;
      expect((await run(cwd, ['claims', '.', '--format', 'jsonl', '--shard', shard, '--output', ledger])).code).toBe(0);
      ledgers.push(ledger);
    }
    const lines = ledgers.map((ledger) => readFileSync(join(cwd, ledger), 'utf8').trim().split('\n'));
    // Each ledger opens with its shard's header; every shard holds some documents, and together they hold every claim once.
    const headers = lines.map((shard) => JSON.parse(shard.shift() as string));
    expect(headers.map((header) => header.shard)).toEqual(['1/3', '2/3', '3/3']);
    expect(headers.reduce((sum, header) => sum + header.documents, 0)).toBe(14);
    for (const shard of lines) expect(shard.length).toBeGreaterThan(0);
    expect(lines.flat().length).toBe(whole.claims.length);

    const merged = await run(cwd, ['contradictions', ...ledgers.reverse(), '--format', 'json']);
    expect(merged.err).toBe('');
    expect(merged.code).toBe(1);
    const report = JSON.parse(merged.out);
    expect(report.contradictions).toEqual(whole.contradictions);
    const onlyContradictions = (findings: { ruleId: string }[]): unknown[] => findings.filter((finding) => finding.ruleId.startsWith('contradiction/'));
    expect(report.findings).toEqual(onlyContradictions(whole.findings));
    expect(report.claims).toEqual(whole.claims);
  });

  it('accepts the output flags a script passes to check', async () => {
    const cwd = corpus();
    const plain = await run(cwd, ['claims', '.']);
    const flagged = await run(cwd, ['claims', '.', '--no-color']);
    expect(flagged.code).toBe(0);
    expect(flagged.out).toBe(plain.out);
  });

  it('keeps a contradiction accepted by a directive accepted after the merge', async () => {
    const cwd = corpus();
    const ledger = await run(cwd, ['claims', '.', '--format', 'jsonl']);
    const accepted = ledger.out.split('\n').filter((line) => line.includes('"contradictionAccepted":true'));
    expect(accepted).toHaveLength(1);
    expect(accepted[0]).toContain('"file":"post-4.md"');
  });

  it('assigns a document to one shard by its path alone', () => {
    const counts = [0, 0, 0, 0];
    for (let index = 0; index < 400; index++) {
      const shard = shardOf(`articles/post-${index}.md`, 4);
      expect(shard).toBe(shardOf(`articles/post-${index}.md`, 4));
      counts[shard - 1] = (counts[shard - 1] ?? 0) + 1;
    }
    for (const count of counts) expect(count).toBeGreaterThan(60);
  });

  it('refuses a bad --shard, a ledger that is not one, and a shard given twice', async () => {
    const cwd = corpus();
    expect((await run(cwd, ['claims', '.', '--shard', '4/3'])).err).toBe('claim-audit: --shard must be i/n with 1 <= i <= n, e.g. 1/4, not "4/3"\n');
    writeFileSync(join(cwd, 'bad.jsonl'), '{"subject":"default"}\n');
    const bad = await run(cwd, ['contradictions', 'bad.jsonl']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^claim-audit: bad\.jsonl:1:1: not a claim ledger line \("polarity" must be a string\)/);
    await run(cwd, ['claims', '.', '--format', 'jsonl', '--shard', '1/2', '--output', 'one.jsonl']);
    const twice = await run(cwd, ['contradictions', 'one.jsonl', 'one.jsonl']);
    expect(twice.code).toBe(2);
    expect(twice.err).toMatch(/^claim-audit: one\.jsonl and one\.jsonl are both shard 1\/2/);
  });

  it('refuses a merge with a shard missing, from another split, or audited with other rules', async () => {
    const cwd = corpus();
    for (const shard of ['1/3', '2/3', '3/3', '1/2']) await run(cwd, ['claims', '.', '--format', 'jsonl', '--shard', shard, '--output', `s${shard.replace('/', 'of')}.jsonl`]);
    const missing = await run(cwd, ['contradictions', 's1of3.jsonl', 's3of3.jsonl']);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^claim-audit: missing ledger for shard 2\/3: the contradictions would leave out its documents/);
    const mixed = await run(cwd, ['contradictions', 's1of3.jsonl', 's2of3.jsonl', 's1of2.jsonl']);
    expect(mixed.err).toMatch(/^claim-audit: s1of2\.jsonl is shard 1\/2, but s1of3\.jsonl is one of 3/);
    writeFileSync(join(cwd, 'extra.yaml'), 'id: extra\ntopics:\n  warranty-years:\n    compare: range\n    unit: s\nrules:\n  - id: warranty\n    topic: warranty-years\n    severity: info\n    message: Warranty.\n    match:\n      - phrase: warranty\n');
    const otherRules = await run(cwd, ['contradictions', 's1of3.jsonl', 's2of3.jsonl', 's3of3.jsonl', '--rules', 'extra.yaml']);
    expect(otherRules.err).toMatch(/^claim-audit: s1of3\.jsonl was audited with other rules or config than this run/);
    // A shard that holds no documents still writes its header, so the merge knows it arrived.
    const empty = await run(cwd, ['claims', 'post-1.md', '--format', 'jsonl', '--shard', `${shardOf('post-1.md', 2) === 1 ? 2 : 1}/2`]);
    expect(JSON.parse(empty.out.trim())).toMatchObject({ documents: 0 });
  });
});
