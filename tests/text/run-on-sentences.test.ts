import { describe, expect, it } from 'vitest';
import { audit } from '../../src/audit.js';
import { MAX_SENTENCE, splitSentences } from '../../src/text/sentences.js';

describe('run-on sentences', () => {
  it('cuts a sentence longer than MAX_SENTENCE at whitespace, keeping every word once and in order', () => {
    // Lower case after each period: by the English rules this is all one sentence.
    const text = 'relief lasts several months. '.repeat(1000).trim();
    const ranges = splitSentences(text);
    expect(ranges.length).toBeGreaterThan(1);
    for (const { start, end } of ranges) {
      expect(end - start).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(text.slice(start, end)).toBe(text.slice(start, end).trim());
    }
    expect(ranges.map(({ start, end }) => text.slice(start, end)).join(' ')).toBe(text);
  });

  it('never cuts between the halves of a surrogate pair when there is no whitespace', () => {
    const text = '😀'.repeat(MAX_SENTENCE);
    const ranges = splitSentences(text);
    expect(ranges.map(({ start, end }) => text.slice(start, end)).join('')).toBe(text);
    for (const { start, end } of ranges) expect(text.slice(start, end)).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
  });

  it('keeps the report of one huge run-on line proportional to the file, not to claims × line length', () => {
    const text = `${'Relief lasts several months. and '.repeat(600)}\n`;
    const report = audit({ paths: ['-'], stdin: text, config: false });
    expect(report.claims.length).toBeGreaterThan(500);
    // Every claim carries its sentence: before the cut this was 12 MB of sentences for a 20 KB file.
    expect(Math.max(...report.claims.map((claim) => claim.sentence.length))).toBeLessThanOrEqual(MAX_SENTENCE);
  });

  it('audits a line of one character repeated, with no whitespace to cut it at, in time proportional to its length', () => {
    // Each is one 20,000-character sentence. The forum-handle patterns once read "-----" both as punctuation
    // before a handle and as the handle itself, and took minutes on such a line; the test's timeout catches that.
    for (const character of ['-', '.', '_', '9', 'a', 'a-', '1.']) {
      const text = character.repeat(20_000 / character.length);
      const report = audit({ paths: ['-'], stdin: text, config: false });
      expect(report.files).toEqual(['<stdin>']);
      expect(report.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    }
  });
});
