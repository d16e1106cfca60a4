import { expect } from 'vitest';
import type { Point, Report, Span } from '../../src/types.js';

const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/**
 * What a file's text is, per the README: UTF-16 with a BOM, else UTF-8 without its BOM (bad bytes become U+FFFD);
 * `null` when NUL bytes in the first 8 KB make it binary. Written here from the contract, not from src/documents.
 */
export function expectedText(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (body.subarray(0, 8192).includes(0)) return null;
  return utf8.decode(body);
}

/** Line and column of an offset, counted by hand: CRLF, LF and lone CR each end a line; columns are UTF-16 units. */
export function pointAt(text: string, offset: number): Point {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const code = text.charCodeAt(i);
    if (code === 13 && text.charCodeAt(i + 1) === 10) {
      if (i + 1 < offset) {
        i++;
        line++;
        lineStart = i + 1;
      }
    } else if (code === 10 || code === 13) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1, offset };
}

/** A place in a report as tests see it: where, and what it says it quotes. */
interface Place {
  what: string;
  path: string;
  span: Span;
  match: string;
}

function placesOf(report: Report): Place[] {
  const places: Place[] = [];
  for (const finding of report.findings) {
    places.push({ what: `finding ${finding.ruleId}`, path: finding.path, span: finding.span, match: finding.match });
    for (const related of finding.related ?? []) places.push({ what: `related of ${finding.ruleId}`, path: related.path, span: related.span, match: related.match });
  }
  for (const claim of report.claims) places.push({ what: `claim ${claim.ruleId}`, path: claim.path, span: claim.span, match: claim.match });
  for (const contradiction of report.contradictions) {
    for (const side of contradiction.sides) places.push({ what: `contradiction side ${side.ruleId}`, path: side.path, span: side.span, match: side.match });
  }
  return places;
}

/**
 * Every place in the report lies inside its file, its line and column agree with its offset, and the file's
 * text between its offsets is exactly `match`. Files whose text is `null` (binary, too large) carry only a
 * `claim-audit/skipped` or `claim-audit/unreadable` finding.
 */
export function expectExactPlaces(report: Report, texts: Map<string, string | null>): void {
  for (const place of placesOf(report)) {
    expect(texts.has(place.path), `${place.what} on a file that was not audited: ${place.path}`).toBe(true);
    const text = texts.get(place.path);
    if (text === null || text === undefined) {
      expect(place.what, `${place.path} was not readable as text, yet has ${place.what}`).toMatch(/^finding claim-audit\/(skipped|unreadable)$/);
      continue;
    }
    const { start, end } = place.span;
    const where = `${place.what} at ${place.path}:${start.line}:${start.column} (offsets ${start.offset}–${end.offset} of ${text.length})`;
    expect(Number.isInteger(start.offset) && Number.isInteger(end.offset), where).toBe(true);
    expect(0 <= start.offset && start.offset <= end.offset && end.offset <= text.length, `${where} lies outside the file`).toBe(true);
    expect(start, `${where}: start line/column disagree with its offset`).toEqual(pointAt(text, start.offset));
    expect(end, `${where}: end line/column disagree with its offset`).toEqual(pointAt(text, end.offset));
    expect(text.slice(start.offset, end.offset), `${where}: match is not the source text of the span`).toBe(place.match);
  }
}
