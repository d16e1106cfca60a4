import { spawn, spawnSync } from 'node:child_process';
import { linkSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { fakeIo } from '../cli/io.js';

function folderWith(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'claim-audit-pipes-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  return folder;
}

const hasMkfifo = spawnSync('mkfifo', ['--version']).status === 0;

describe.skipIf(!hasMkfifo)('named pipes among the inputs', () => {
  it('reads a named pipe whose writer is slow to start, as `check <(curl …)` does', async () => {
    const cwd = folderWith({});
    spawnSync('mkfifo', [join(cwd, 'live.md')]);
    // The writer opens the pipe only after a while and writes later still: the audit must wait, not read nothing.
    const writer = spawn('sh', ['-c', 'sleep 0.2; exec 3>live.md; sleep 0.3; printf "It is 100%% safe for everyone.\\n" >&3'], { cwd });
    const io = fakeIo({ cwd });
    const code = await main(['check', 'live.md', '--no-config', '--no-cache', '--format', 'json'], io);
    await new Promise((done) => writer.on('close', done));
    const report = JSON.parse(io.out()) as { findings: { file: string; match: string }[] };
    expect(code).toBe(1);
    expect(report.findings.some((finding) => finding.file === 'live.md' && /100% safe/.test(finding.match))).toBe(true);
  });

  it('gives up on a named pipe nobody writes to with a fatal finding, and audits the rest', async () => {
    const cwd = folderWith({ 'a.md': 'It is guaranteed.\n' });
    spawnSync('mkfifo', [join(cwd, 'silent.md')]);
    const io = fakeIo({ cwd });
    const code = await main(['check', 'a.md', 'silent.md', '--no-config', '--no-cache', '--format', 'json'], io);
    const report = JSON.parse(io.out()) as { files: string[]; findings: { file: string; ruleId: string; message: string }[] };
    expect(code).toBe(2);
    expect(report.files).toEqual(['a.md', 'silent.md']);
    expect(report.findings.find((finding) => finding.file === 'silent.md')).toMatchObject({ ruleId: 'claim-audit/unreadable', message: 'nothing came through the pipe for 5 s; gave up' });
    expect(report.findings.some((finding) => finding.file === 'a.md')).toBe(true);
  });
});

describe('--output never overwrites a document', () => {
  it('refuses a document found in an audited folder and a link to one, and leaves both untouched', async () => {
    const cwd = folderWith({ 'good.md': 'It is guaranteed.\n' });
    symlinkSync(join(cwd, 'good.md'), join(cwd, 'link.txt'));
    for (const output of ['good.md', 'link.txt', './good.md']) {
      const io = fakeIo({ cwd });
      expect(await main(['check', '.', '--no-config', '--no-cache', '--output', output], io)).toBe(2);
      expect(io.err()).toMatch(/^claim-audit: --output .* is (one of the audited documents|the audited document good\.md); claim-audit never overwrites a document\n$/);
      expect(readFileSync(join(cwd, 'good.md'), 'utf8')).toBe('It is guaranteed.\n');
    }
  });

  it('refuses a hard link to a document, which no path comparison can see, and still writes to /dev/null', async () => {
    const cwd = folderWith({ 'good.md': 'It is guaranteed.\n' });
    // Not a document name, so it is not audited itself: only the file behind it gives it away.
    linkSync(join(cwd, 'good.md'), join(cwd, 'report.out'));
    const io = fakeIo({ cwd });
    expect(await main(['check', '.', '--no-config', '--no-cache', '--output', 'report.out'], io)).toBe(2);
    expect(io.err()).toBe('claim-audit: --output report.out is the audited document good.md; claim-audit never overwrites a document\n');
    expect(readFileSync(join(cwd, 'good.md'), 'utf8')).toBe('It is guaranteed.\n');
    const quiet = fakeIo({ cwd });
    expect(await main(['check', '.', '--no-config', '--no-cache', '--output', '/dev/null'], quiet)).toBe(1);
    expect(quiet.err()).toBe('');
  });
});
