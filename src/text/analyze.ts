import type { CueScope, Document, ProseBlock, Sentence, ValueMention } from '../types.js';
import type { LineIndex } from './locations.js';
import { findHedges, findNegations } from './negation.js';
import { extractValues, type VagueQuantities } from './numbers.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokens.js';

/** Split every prose block of a document into sentences and compute, once, what every matcher needs. */
export function analyzeDocument(document: Document, lines: LineIndex, vague?: VagueQuantities): Sentence[] {
  return document.blocks.flatMap((block) => analyzeBlock(block, lines, vague));
}

function analyzeBlock(block: ProseBlock, lines: LineIndex, vague?: VagueQuantities): Sentence[] {
  return splitSentences(block.text).map(({ start, end }) => {
    const offsets = block.offsets.slice(start, end);
    offsets.push(sourceEnd(block, end));
    return analyzeSentence(block.text.slice(start, end), offsets, block.cell ? { index: block.index, kind: block.kind, cited: block.cited, cell: block.cell } : { index: block.index, kind: block.kind, cited: block.cited }, lines, vague);
  });
}

/**
 * What every matcher needs of a sentence, computed once. `offsets` has one entry per character, plus the end.
 * Most sentences match no rule (three in four on the bench corpus, nine in ten in the held-out articles), so
 * their figures, negations and hedges are read when a matcher first asks for them, not before.
 */
function analyzeSentence(text: string, offsets: number[], block: Sentence['block'], lines: LineIndex, vague?: VagueQuantities): Sentence {
  let values: ValueMention[] | undefined;
  let negations: CueScope[] | undefined;
  let hedges: CueScope[] | undefined;
  return {
    text,
    span: lines.span(offsets[0] ?? 0, offsets[text.length] ?? 0),
    offsets,
    tokens: tokenize(text),
    get values(): ValueMention[] {
      return (values ??= extractValues(text, vague));
    },
    get negations(): CueScope[] {
      return (negations ??= findNegations(text));
    },
    get hedges(): CueScope[] {
      return (hedges ??= findHedges(text));
    },
    block,
  };
}

/**
 * A question and its answer read as one sentence ("How long does a session take? About 30 minutes."), with
 * the source offsets of both: a terse FAQ answer leaves what its figure measures to the question.
 */
export function joinSentences(question: Sentence, answer: Sentence, lines: LineIndex, vague?: VagueQuantities, joint = ' '): Sentence {
  // The joint (a space, or ": " after a table's row label) stands for the end of the question.
  const end = question.offsets[question.text.length] ?? 0;
  const offsets = [...question.offsets.slice(0, question.text.length), ...Array.from(joint, () => end), ...answer.offsets];
  return analyzeSentence(`${question.text}${joint}${answer.text}`, offsets, answer.block, lines, vague);
}

/** The source offset just past character `end - 1` of a block: markup after the sentence (a closing `**`) stays outside. */
function sourceEnd(block: ProseBlock, end: number): number {
  if (end >= block.text.length) return block.offsets[block.text.length] ?? 0;
  return (block.offsets[end - 1] ?? 0) + 1;
}

/** The source span of a range of a sentence's text. */
export function sentenceRangeToSource(sentence: Sentence, start: number, end: number): { start: number; end: number } {
  const from = sentence.offsets[start] ?? 0;
  const to = end >= sentence.text.length ? (sentence.offsets[sentence.text.length] ?? from) : (sentence.offsets[end - 1] ?? from) + 1;
  return { start: from, end: Math.max(from, to) };
}
