import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { audit } from '../../src/audit.js';

describe('front matter warnings', () => {
  it.each([
    ['malformed YAML', '---\ntitle: [unclosed\n---\nIt is guaranteed.\n', /^malformed front matter YAML/],
    ['not a mapping', '---\n- a\n- b\n---\nIt is guaranteed.\n', /^front matter is not a mapping/],
  ])('%s: a warning at line 1, whose match is the source text of its span', (_name, text, message) => {
    const cwd = mkdtempSync(join(tmpdir(), 'claim-audit-front-'));
    writeFileSync(join(cwd, 'a.md'), text);
    const report = audit({ cwd, paths: ['a.md'], config: false });
    const warning = report.findings.find((finding) => finding.ruleId === 'claim-audit/document');
    expect(warning?.message).toMatch(message);
    expect(warning?.span.start).toEqual({ line: 1, column: 1, offset: 0 });
    const { start, end } = warning?.span ?? { start: { offset: -1 }, end: { offset: -1 } };
    expect(text.slice(start.offset, end.offset)).toBe(warning?.match);
    // The body is still audited.
    expect(report.findings.some((finding) => finding.ruleId === 'certainty/guarantee')).toBe(true);
  });
});

describe('YAML warnings', () => {
  it('an unknown tag in front matter, a rule set or a config prints nothing to stderr from inside the audit', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'claim-audit-tag-'));
    writeFileSync(join(cwd, 'a.md'), '---\nsubject: !custom ketamine\n---\nIt is guaranteed.\n');
    writeFileSync(join(cwd, 'mine.yaml'), 'id: mine\nrules:\n  - id: moon\n    severity: !loud warning\n    message: m\n    match: [{phrase: over the moon}]\n');
    writeFileSync(join(cwd, 'config.yaml'), 'subject: !tagged other\n');
    const warnings = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    try {
      const report = audit({ cwd, paths: ['a.md'], config: 'config.yaml', rules: ['mine.yaml'] });
      expect(report.claims.find((claim) => claim.path === 'a.md')?.subject).toBe('ketamine');
      expect(warnings).not.toHaveBeenCalled();
    } finally {
      warnings.mockRestore();
    }
  });
});
