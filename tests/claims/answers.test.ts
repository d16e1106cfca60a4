import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { audit } from '../../src/audit.js';

const folder = mkdtempSync(join(tmpdir(), 'claim-audit-answers-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Claims of one Markdown article: "line key value-or-polarity". */
function claimsOf(markdown: string): string[] {
  const file = join(folder, `${Math.random().toString(36).slice(2)}.md`);
  writeFileSync(file, markdown);
  return audit({ paths: [file], config: false }).claims.map(
    (claim) => `${claim.span.start.line} ${claim.key} ${claim.value.type === 'interval' ? claim.value.text : claim.polarity}`,
  );
}

describe('FAQ answers', () => {
  it('reads "How long is the appointment?" as a question about a session length', () => {
    expect(claimsOf('## How long is the appointment?\n\nAround 3 hours, including the scan.\n')).toEqual(['3 session-length Around 3 hours']);
  });

  it('measures a terse answer\'s figure by its question, in one paragraph or under a question heading', () => {
    expect(claimsOf('**How long does a session take?** About 30 minutes.\n')).toEqual(['1 session-length About 30 minutes']);
    // The claim stands at the answer, where its figure is, though the question names what it measures.
    expect(claimsOf('### How long does each session take?\n\nAbout 45 minutes, start to finish.\n')).toEqual(['3 session-length About 45 minutes']);
    expect(claimsOf('**Q: How long does a session take?**\n\nA: About 20 minutes.\n')).toEqual(['3 session-length About 20 minutes']);
    // And it quotes the text of its own place, from the answer's start to its figure.
    const file = join(folder, 'quoted.md');
    writeFileSync(file, '## How long is a session?\n\nAbout 45 minutes, start to finish.\n');
    expect(audit({ paths: [file], config: false }).claims.map((claim) => [claim.span.start.line, claim.span.start.column, claim.match])).toEqual([[3, 1, 'About 45 minutes']]);
  });

  it('claims from the answer, not from the question, and nothing twice', () => {
    // A yes or no is not read: the question alone claims nothing.
    expect(claimsOf('Is the treatment FDA approved? No. It is used off-label.\n').filter((claim) => claim.includes('approved'))).toEqual([]);
    // The answer's own claim is kept once.
    expect(claimsOf('How long does a session take? Each session takes about 30 minutes.\n')).toEqual(['1 session-length about 30 minutes']);
    // A figure in the question is not the answer's.
    expect(claimsOf('Does a session take 30 minutes? It depends on the clinic.\n')).toEqual([]);
  });

  it('does not pair sentences that are not question and answer', () => {
    expect(claimsOf('How long does a session take?\n\nSome text.\n\nAbout 30 minutes.\n')).toEqual([]);
    expect(claimsOf('Sessions are booked weekly. About 30 minutes.\n')).toEqual([]);
    // A question ending a paragraph does not reach into the next one.
    expect(claimsOf('We book weekly. How long does a session take?\n\nAbout 30 minutes.\n')).toEqual([]);
  });
});
