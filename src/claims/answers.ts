import type { CompiledRules } from '../rules/compile.js';
import { joinSentences } from '../text/analyze.js';
import type { VagueQuantities } from '../text/numbers.js';
import type { Claim, Sentence } from '../types.js';
import { isQuestion, matchSentence, type SentenceContext } from './match.js';

/**
 * Whether `answer` answers `question`, the sentence before it: the next sentence of the same paragraph ("How
 * long does a session take? About 30 minutes."), or the first one after a question that stands alone, as a
 * heading or a paragraph of its own ("**Q: How long does it take?**"). `beforeQuestion` is the sentence
 * before the question, if any.
 */
export function answers(question: Sentence, answer: Sentence, beforeQuestion?: Sentence): boolean {
  if (!isQuestion(question) || isQuestion(answer)) return false;
  if (answer.block.index === question.block.index) return true;
  const standsAlone = question.block.kind === 'heading' || beforeQuestion === undefined || beforeQuestion.block.index !== question.block.index;
  return standsAlone && answer.block.index === question.block.index + 1;
}

const IN_CONDITION = /^[^;:]*?\b(?:if|unless|when|once)\b[^,;:]*$/i;

/**
 * The figures of a terse answer, measured by what the question asks: "How long does a session take? About
 * 30 minutes." is a session-length claim although the answer names no session. A table's row label and value
 * cell are read the same way ("| Session length | 30-45 minutes |"). Only an answer that claims
 * nothing on its own is read so (one that does says itself what its figures measure), and only its figures
 * bound to a rule match in the question count: a yes or no is not read, since "No." can deny the question
 * or a premise of it.
 */
export function figuresAnswered(
  question: Sentence,
  answer: Sentence,
  answerClaims: Claim[],
  compiled: CompiledRules,
  context: SentenceContext,
  vague?: VagueQuantities,
  joint = ' ',
): Claim[] {
  if (answer.values.length === 0 || answerClaims.length > 0) return [];
  const joined = joinSentences(question, answer, context.lines, vague, joint);
  const answerStart = question.text.length + joint.length;
  return matchSentence(joined, compiled, context).claims.filter((claim) => {
    if (claim.value.type !== 'interval' || !claim.sentenceMatch) return false;
    const { start, end } = claim.sentenceMatch;
    // "Is the annual fee worth it? If you spend at least $400 a month, …": a figure in the answer's condition
    // answers nothing.
    return start < answerStart - 1 && end > answerStart && !IN_CONDITION.test(answer.text.slice(0, end - answerStart));
  });
}

/** Whether a claim's measure was derived from the words around its figure rather than named by its topic. */
const derivedMeasure = (claim: Claim): boolean => /\/(?:~[^/]*|unspecified)(?:@|$)/.test(claim.key);

/**
 * A value cell's claims, with what its row label says the figures measure: "| Pump pressure | 15 bar |" claims on
 * its own (its "bar" is a rule's word) but only the label names the measure, so it is read as "Pump pressure: 15
 * bar". A claim whose measure the cell's own words name stays as it is.
 */
export function measuredByLabel(
  label: Sentence,
  cell: Sentence,
  cellClaims: Claim[],
  compiled: CompiledRules,
  context: SentenceContext,
  vague: VagueQuantities | undefined,
  joint: string,
): Claim[] {
  // "| Relief from the local anaesthetic | Within minutes, wearing off after 2–6 hours |": the label names what the
  // figure is of, and the rule says it is not its topic ("the anaesthetic wears off").
  const labelHolds = compiled.index.find(label.tokens);
  const describesOther = (claim: Claim): boolean => compiled.rules.find((rule) => rule.definition.id === claim.ruleId)?.notAfterIds.some((id) => labelHolds.has(id)) ?? false;
  if (cellClaims.some(describesOther)) cellClaims = cellClaims.filter((claim) => !describesOther(claim));
  if (!cellClaims.some(derivedMeasure)) return cellClaims;
  const joined = matchSentence(joinSentences(label, cell, context.lines, vague, joint), compiled, context).claims;
  return cellClaims.map((claim) => {
    if (!derivedMeasure(claim) || claim.value.type !== 'interval') return claim;
    const { min, max } = claim.value;
    const named = joined.find(
      (other) => other.topic === claim.topic && !derivedMeasure(other) && other.value.type === 'interval' && other.value.min === min && other.value.max === max && other.polarity === claim.polarity,
    );
    return named === undefined ? claim : { ...claim, key: named.key };
  });
}

/**
 * The statuses a row label and its value cell say only together: "| Pass insurance | Included |" is read as "Pass
 * insurance: Included", which a rule for insurance near "included" takes, though neither cell alone says it; and
 * "| Late fee | Up to $40 |" charges a late fee, which the label alone does not say (a fee is charged only with a
 * figure or a verb). Only an exclusive category, or a yes-or-no term, that neither the label nor the cell claims on
 * its own topic is added; `joined` reads the two as one sentence.
 */
export function statusesAnswered(labelClaims: readonly Claim[], cellClaims: readonly Claim[], cell: Sentence, joined: () => Claim[]): Claim[] {
  // A status is a short answer: "Included", "Add-on", "FDA cleared", "Yes (since 2021)".
  if (cell.tokens.filter((token) => token.word).length > 4) return [];
  const claimed = new Set([...labelClaims, ...cellClaims].map((claim) => claim.topic));
  return joined().filter((claim) => (claim.value.type === 'category' || (claim.value.type === 'none' && claim.key !== claim.topic)) && !claimed.has(claim.topic));
}
