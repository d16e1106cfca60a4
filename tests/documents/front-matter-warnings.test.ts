import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
