import type { Point, Span } from '../types.js';

/** Converts offsets of one source text into line:column points (1-based; columns count UTF-16 code units, like editors and SARIF). */
export interface LineIndex {
  point(offset: number): Point;
  span(start: number, end: number): Span;
}

/** Index the line starts of `text` once; CRLF, LF and lone CR all end a line. */
export function indexLines(text: string): LineIndex {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) starts.push(i + 1);
    else if (code === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }

  function point(offset: number): Point {
    const clamped = Math.max(0, Math.min(offset, text.length));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: clamped - (starts[low] ?? 0) + 1, offset: clamped };
  }

  return { point, span: (start, end) => ({ start: point(start), end: point(end) }) };
}
