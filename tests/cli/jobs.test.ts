import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const BIN = resolve('bin/claim-audit.js');
const run = promisify(execFile);

/** Enough articles that the run really starts worker threads, with figures that disagree across them. */
function corpus(count: number): string {
  const folder = mkdtempSync(join(tmpdir(), 'claim-audit-jobs-'));
  for (let index = 0; index < count; index++) {
    const low = 40 + (index % 7) * 8;
    writeFileSync(
      join(folder, `article-${String(index).padStart(3, '0')}.md`),
      `---\ntitle: Article ${index}\n---\n# Article ${index}\n\nSuccess rates are between ${low}% and ${low + 10}%. ` +
        `${index % 3 === 0 ? 'It has no side effects.' : 'Nausea is a common side effect.'} Sessions last ${30 + (index % 4) * 15} minutes.\n\n` +
        `- ${index % 5 === 0 ? 'It is FDA approved.' : 'It is used off-label.'}\n- Relief lasts ${1 + (index % 3)} weeks.\n`,
    );
  }
  return folder;
}

async function check(cwd: string, jobs: string): Promise<{ stdout: string; stderr: string }> {
  // execFile rejects on exit 1 (findings found); the report is what matters here.
  return run(process.execPath, [BIN, 'check', '.', '--format', 'json', '--no-config', '--no-cache', '--jobs', jobs, '--debug'], { cwd, maxBuffer: 64 * 1024 * 1024 }).catch(
    (error: { stdout: string; stderr: string; code: number }) => {
      if (error.code !== 1) throw error;
      return error;
    },
  );
}

describe('--jobs', () => {
  it('gives byte-identical reports on one thread and on several', async () => {
    const cwd = corpus(760);
    const one = await check(cwd, '1');
    const two = await check(cwd, '2');
    const three = await check(cwd, '3');
    expect(one.stderr).toMatch(/760 documents, 0 from the cache, main thread only/);
    expect(two.stderr).toMatch(/760 documents, 0 from the cache, 2 worker threads/);
    expect(three.stderr).toMatch(/3 worker threads/);
    expect(JSON.parse(one.stdout).contradictions.length).toBeGreaterThan(0);
    expect(two.stdout).toBe(one.stdout);
    expect(three.stdout).toBe(one.stdout);
  }, 60_000);
});
