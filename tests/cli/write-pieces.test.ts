import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writePieces } from '../../src/write-pieces.js';

function written(pieces: string[], bufferBytes: number): Buffer {
  const file = join(mkdtempSync(join(tmpdir(), 'claim-audit-write-')), 'out.json');
  const fd = openSync(file, 'w');
  try {
    writePieces(fd, pieces, bufferBytes);
  } finally {
    closeSync(fd);
  }
  return readFileSync(file);
}

describe('writePieces (--output)', () => {
  it('writes exactly the UTF-8 of the joined pieces across buffer flushes, multi-byte characters and oversized pieces', () => {
    // Dashes, ≥, accents and an emoji (a surrogate pair) land on every side of a 64-byte buffer's edge.
    const pieces: string[] = [];
    for (let index = 0; index < 500; index++) {
      pieces.push(`{"n":${index},"text":"65–75% ≥ ${'é'.repeat(index % 23)} 🙂"}\n`);
      if (index % 97 === 0) pieces.push('x'.repeat(200 + index));
    }
    pieces.push('');
    const expected = Buffer.from(pieces.join(''), 'utf8');
    expect(written(pieces, 64).equals(expected)).toBe(true);
    expect(written(pieces, 1 << 20).equals(expected)).toBe(true);
  });

  it('writes an empty file for no pieces', () => {
    expect(written([], 64).length).toBe(0);
  });
});
