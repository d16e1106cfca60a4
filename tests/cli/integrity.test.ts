import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { fakeIo } from './io.js';

const corpus = join(import.meta.dirname, '..', '..', 'fixtures', 'example-corpus');

/** Every file under a folder: name → sha256, size, mtime and mode. */
function fingerprint(folder: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(folder, name);
    const stats = statSync(path);
    if (stats.isDirectory()) {
      out.set(`${name}/`, `mode ${stats.mode}`);
      continue;
    }
    out.set(name, `${createHash('sha256').update(readFileSync(path)).digest('hex')} ${stats.size} bytes, mtime ${stats.mtimeMs}, mode ${stats.mode}`);
  }
  return out;
}

describe('claim-audit never changes the documents it reads', () => {
  it('checksums, sizes, mtimes and the file list are the same after check in every format, claims and baseline', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'claim-audit-integrity-'));
    const docs = join(cwd, 'docs');
    mkdirSync(join(docs, 'nested'), { recursive: true });
    for (const name of readdirSync(corpus)) copyFileSync(join(corpus, name), join(docs, name));
    // Odd encodings and endings too: a rewrite that "normalised" them would show here.
    writeFileSync(join(docs, 'bom-crlf.md'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('# Title\r\n\r\nIt is guaranteed.\r\n')]));
    writeFileSync(join(docs, 'nested', 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('It is completely safe.\r', 'utf16le')]));
    writeFileSync(join(docs, 'nested', 'invalid.txt'), Buffer.from([0x49, 0x74, 0x20, 0xff, 0xfe, 0x20, 0x69, 0x73, 0x20, 0x73, 0x61, 0x66, 0x65, 0x2e, 0x0a]));
    // An old mtime, so that touching a file within the same second would still show.
    for (const name of readdirSync(docs, { recursive: true, encoding: 'utf8' })) utimesSync(join(docs, name), new Date('2020-01-02T03:04:05Z'), new Date('2020-01-02T03:04:05Z'));
    mkdirSync(join(cwd, 'out'));
    const before = fingerprint(docs);

    const runs: string[][] = [
      ...['text', 'json', 'sarif', 'github', 'markdown', 'rdjsonl', 'junit', 'html'].map((format) => ['check', 'docs', '--format', format, '--output', `out/report.${format}`]),
      ['check', 'docs', '--format', 'json'],
      ['claims', 'docs', '--format', 'jsonl', '--output', 'out/claims.jsonl'],
      ['baseline', 'docs', '--output', 'out/baseline.json'],
      ['check', 'docs', '--baseline', 'out/baseline.json', '--output', 'out/after-baseline.txt'],
      ['inspect', 'docs/01-ketamine-basics.md', 'docs/bom-crlf.md', '--format', 'json'],
    ];
    for (const argv of runs) {
      const io = fakeIo({ cwd });
      const code = await main([...argv, '--no-config'].filter((arg) => !(argv[0] === 'inspect' && arg === '--no-config')), io);
      expect([0, 1], `${argv.join(' ')}: ${io.err()}`).toContain(code);
    }

    expect(fingerprint(docs)).toEqual(before);
    // The reports went where they were sent, and nowhere near the documents.
    expect(readdirSync(join(cwd, 'out')).sort()).toEqual(['after-baseline.txt', 'baseline.json', 'claims.jsonl', 'report.github', 'report.html', 'report.json', 'report.junit', 'report.markdown', 'report.rdjsonl', 'report.sarif', 'report.text']);
  });
});
