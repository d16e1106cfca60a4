import { matchSentence } from '../claims/match.js';
import { parseDocument } from '../documents/parse.js';
import { analyzeDocument } from '../text/analyze.js';
import { indexLines } from '../text/locations.js';
import { compileRules, type CompiledRule, type CompiledRules, runPattern } from './compile.js';
import type { RuleCatalog } from './definition.js';
import type { Sentence } from '../types.js';

/** A rule example that did not behave as written. */
export interface ExampleFailure {
  ruleId: string;
  expected: 'match' | 'nomatch';
  text: string;
  file: string;
  line: number;
  /** Why a "match" example did not: no pattern matched, or one did and what the rule needs was missing. */
  reason?: string;
}

/** Run every rule's embedded examples against the full pipeline (sentences, values, negation, other rules' values). */
export function runRuleExamples(catalog: RuleCatalog): { passed: number; failures: ExampleFailure[] } {
  const compiled = compileRules(catalog);
  const failures: ExampleFailure[] = [];
  let passed = 0;
  for (const rule of catalog.rules) {
    for (const expected of ['match', 'nomatch'] as const) {
      for (const text of rule.examples?.[expected] ?? []) {
        const document = parseDocument('example.txt', text, 'text');
        const lines = indexLines(text);
        const context = { path: 'example.txt', subject: 'example', source: text, lines };
        const sentences = analyzeDocument(document, lines);
        const fired = sentences.some((sentence) => {
          const result = matchSentence(sentence, compiled, context);
          return result.findings.some((finding) => finding.ruleId === rule.id) || result.claims.some((claim) => claim.ruleId === rule.id);
        });
        if (fired === (expected === 'match')) {
          passed++;
          continue;
        }
        const failure: ExampleFailure = { ruleId: rule.id, expected, text, file: rule.origin.file, line: rule.origin.line };
        if (expected === 'match') failure.reason = whyNot(compiled.rules.find((candidate) => candidate.definition === rule), sentences, compiled);
        failures.push(failure);
      }
    }
  }
  return { passed, failures };
}

/** Why a rule did not fire on an example it should match: the first of its reasons that applies. */
function whyNot(rule: CompiledRule | undefined, sentences: Sentence[], compiled: CompiledRules): string {
  if (rule === undefined) return 'the rule did not compile';
  const matched = sentences.some((sentence) => {
    const occurrences = compiled.index.find(sentence.tokens);
    return rule.match.some((pattern) => runPattern(pattern, sentence, occurrences).length > 0);
  });
  if (!matched) return 'no pattern matched';
  if (rule.definition.requireValue && rule.topic?.compare === 'range') {
    return `a pattern matched, but no figure in the topic's unit ("${rule.topic.unit || 'a plain number'}"${rule.topic.unitWords.length > 0 ? ` followed by ${rule.topic.unitWords.join('/')}` : ''}) was bound to it within ${rule.topic.window} words`;
  }
  return 'a pattern matched, but the sentence denies, questions, reports or disclaims it, or an unless pattern matched';
}
