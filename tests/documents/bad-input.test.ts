import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/audit.js';
import { parseDocument } from '../../src/documents/parse.js';
import { folderWith } from '../helpers.js';


describe('bad documents never stop the audit', () => {
  it('skips binary files with a warning, audits empty and whitespace-only files, and survives a symlink loop', () => {
    const cwd = folderWith({
      'empty.md': '',
      'blank.md': '  \n\n \t\n',
      'image.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]),
      'good.md': 'It is guaranteed.\n',
    });
    symlinkSync('.', join(cwd, 'loop'));
    const report = audit({ cwd, paths: ['.'], config: false });
    expect(report.files).toEqual(['blank.md', 'empty.md', 'good.md', 'image.md']);
    expect(report.findings.map((finding) => `${finding.path} ${finding.ruleId} ${finding.severity}`)).toEqual([
      'good.md certainty/guarantee error',
      'image.md claim-audit/skipped warning',
    ]);
  });

  it('skips a file above maxFileBytes with a warning naming the limit', () => {
    const cwd = folderWith({ 'big.md': 'It is guaranteed. '.repeat(100) });
    const report = audit({ cwd, paths: ['big.md'], config: false, maxFileBytes: 1000 });
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]?.message).toMatch(/above the 0\.0 MB limit \(maxFileBytes\); skipped/);
  });

  it('reads CRLF and lone-CR files with exact positions', () => {
    const cwd = folderWith({ 'crlf.txt': 'First line.\r\n\r\nIt is guaranteed.\r\n', 'cr.txt': 'First line.\r\rIt is guaranteed.\r' });
    const report = audit({ cwd, paths: ['.'], config: false });
    expect(report.findings.map((finding) => `${finding.path}:${finding.span.start.line}:${finding.span.start.column}`)).toEqual(['cr.txt:3:7', 'crlf.txt:3:7']);
  });

  it('reads absurdly nested Markdown as plain text instead of stalling the parser', () => {
    const nested = `${Array.from({ length: 300 }, (_, depth) => `${'  '.repeat(depth)}- item`).join('\n')}\n`;
    const document = parseDocument('deep.md', nested);
    expect(document.warnings[0]?.message).toBe('lists or quotes nest deeper than 64 levels; read as plain text');
    expect(document.blocks.length).toBeGreaterThan(0);
  });
});
