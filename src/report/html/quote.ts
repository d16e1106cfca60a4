import type { TextRange } from '../../types.js';
import { html, type Markup } from './escape.js';

/**
 * A sentence with its match marked: by the match's place in the sentence when known, else by searching for it.
 * Whitespace runs (line breaks inside a paragraph) read as one space.
 */
export function quoteMarkup(sentence: string, match: string, range?: TextRange): Markup {
  let parts: [string, string, string];
  if (range && range.start >= 0 && range.end <= sentence.length && range.start <= range.end) {
    parts = [sentence.slice(0, range.start), sentence.slice(range.start, range.end), sentence.slice(range.end)];
  } else {
    const at = match === '' ? -1 : sentence.indexOf(match);
    parts = at < 0 ? [sentence, '', ''] : [sentence.slice(0, at), match, sentence.slice(at + match.length)];
  }
  const [before, marked, after] = parts.map((part) => part.replace(/\s+/g, ' '));
  if (!marked) return html`${before}${after}`;
  return html`${before}<mark>${marked}</mark>${after}`;
}

/** `path:line:column` as people quote a place. */
export function placeLabel(place: { path: string; span: { start: { line: number; column: number } } }): string {
  return `${place.path}:${place.span.start.line}:${place.span.start.column}`;
}

/** The last part of a path, for tight spaces (the number line's row labels). */
export function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}
