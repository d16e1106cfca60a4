import type { ProseBlock } from '../types.js';

// A blank line (only spaces or tabs) separates paragraphs of a plain-text file; so does a claim-audit
// directive line (`# claim-audit-disable …`), which is an instruction, not prose.
const LINE = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
const SEPARATOR_LINE = /^[ \t]*(?:(?:#|\/\/)[ \t]*claim-audit-(?:disable|enable)\b.*)?(?:\r\n|\r|\n)?$/;
// Reference markers such as [1], [12], (Smith, 2020) or "et al." make a claim cited.
export const CITATION_MARKER = /\[\d{1,3}(?:[,–-]\s?\d{1,3})*\]|\bet al\.|\(\s?[A-Z][A-Za-z-]+(?: et al\.)?,? (?:19|20)\d\d[a-z]?\s?\)|https?:\/\/\S+|\b[Ww]{3}\.[A-Za-z\d-]+\.[A-Za-z]|\bdoi:/;

/** Split a plain-text document into paragraph blocks; offsets map one to one onto the source. */
export function textBlocks(text: string): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  let start = 0;
  const push = (from: number, to: number): void => {
    // Trim so a block never starts or ends with whitespace; the offsets keep the true positions.
    while (from < to && /\s/.test(text[from] ?? '')) from++;
    while (to > from && /\s/.test(text[to - 1] ?? '')) to--;
    if (to <= from) return;
    const slice = text.slice(from, to);
    const offsets = new Array<number>(slice.length + 1);
    for (let i = 0; i <= slice.length; i++) offsets[i] = from + i;
    blocks.push({ text: slice, offsets, kind: 'paragraph', cited: CITATION_MARKER.test(slice), index: blocks.length });
  };
  for (const found of text.matchAll(LINE)) {
    if (found[0] === '') break;
    if (SEPARATOR_LINE.test(found[0])) {
      push(start, found.index);
      start = found.index + found[0].length;
    }
  }
  push(start, text.length);
  return blocks;
}
