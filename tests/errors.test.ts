import { describe, expect, it } from 'vitest';
import { UsageError } from '../src/errors.js';

describe('one-line errors', () => {
  it('show control characters in a message, place or hint as escapes', () => {
    const error = new UsageError('no such file or folder: a\nb.md', { origin: { file: 'x\r.yaml', line: 2, column: 1 }, hint: 'tab\there \u0007' });
    expect(error.describe()).toBe('x\\r.yaml:2:1: no such file or folder: a\\nb.md (tab\\there \\u0007)');
  });

  it('leave ordinary text as it is', () => {
    expect(new UsageError('--jobs must be a positive whole number, not "0"').describe()).toBe('--jobs must be a positive whole number, not "0"');
  });
});
