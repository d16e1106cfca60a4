import type { LoadedDocument } from './audit.js';
import type { Sentence } from './types.js';

/** How the tool sees one document: each sentence with its position and what was extracted from it (JSON shape, version 1). */
export function inspectJson(loaded: LoadedDocument): Record<string, unknown> {
  if (!loaded.ok) return { version: 1, file: loaded.path, error: loaded.finding.message, sentences: [] };
  return {
    version: 1,
    file: loaded.document.path,
    format: loaded.document.format,
    frontMatter: loaded.document.frontMatter,
    sentences: loaded.sentences.map(sentenceJson),
  };
}

function sentenceJson(sentence: Sentence): Record<string, unknown> {
  return {
    text: sentence.text,
    line: sentence.span.start.line,
    column: sentence.span.start.column,
    endLine: sentence.span.end.line,
    endColumn: sentence.span.end.column,
    offset: sentence.span.start.offset,
    endOffset: sentence.span.end.offset,
    block: sentence.block.kind,
    tokens: sentence.tokens.filter((token) => token.word).map((token) => ({ text: token.text, stem: token.stem, start: token.start, end: token.end })),
    values: sentence.values.map(({ text, start, end, min, max, minInclusive, maxInclusive, unit, approximate }) => ({ text, start, end, min, max, minInclusive, maxInclusive, unit, approximate })),
    negations: sentence.negations,
    hedges: sentence.hedges,
  };
}

/** The same, as text for people: one block per sentence. */
export function inspectText(loaded: LoadedDocument): string {
  if (!loaded.ok) return `${loaded.path}: ${loaded.finding.message}\n`;
  const lines = [`${loaded.document.path} (${loaded.document.format}, ${loaded.sentences.length} sentences)`];
  for (const sentence of loaded.sentences) {
    const { start, end } = sentence.span;
    lines.push(`${start.line}:${start.column}-${end.line}:${end.column}  ${JSON.stringify(sentence.text)}`);
    lines.push(`  stems: ${sentence.tokens.filter((token) => token.word).map((token) => (token.stem === token.lower ? token.text : `${token.text}/${token.stem}`)).join(' ')}`);
    for (const value of sentence.values) {
      const low = value.min === null ? '-∞' : String(value.min);
      const high = value.max === null ? '∞' : String(value.max);
      lines.push(`  value: ${JSON.stringify(value.text)} → ${value.minInclusive ? '[' : '('}${low}, ${high}${value.maxInclusive ? ']' : ')'} ${value.unit || '(count)'}${value.approximate ? ' approx.' : ''}`);
    }
    for (const scope of sentence.negations) lines.push(`  negation: "${scope.cue}" over ${JSON.stringify(sentence.text.slice(scope.scopeStart, scope.scopeEnd))}`);
    for (const scope of sentence.hedges) lines.push(`  hedge: "${scope.cue}" over ${JSON.stringify(sentence.text.slice(scope.scopeStart, scope.scopeEnd))}`);
  }
  return `${lines.join('\n')}\n`;
}
