import { matchSentence } from '../claims/match.js';
import { parseDocument } from '../documents/parse.js';
import { analyzeDocument } from '../text/analyze.js';
import { indexLines } from '../text/locations.js';
import { compileRules } from './compile.js';
import type { RuleCatalog } from './definition.js';

/** A rule example that did not behave as written. */
export interface ExampleFailure {
  ruleId: string;
  expected: 'match' | 'nomatch';
  text: string;
  file: string;
  line: number;
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
        const fired = analyzeDocument(document, lines).some((sentence) => {
          const result = matchSentence(sentence, compiled, context);
          return result.findings.some((finding) => finding.ruleId === rule.id) || result.claims.some((claim) => claim.ruleId === rule.id);
        });
        if (fired === (expected === 'match')) passed++;
        else failures.push({ ruleId: rule.id, expected, text, file: rule.origin.file, line: rule.origin.line });
      }
    }
  }
  return { passed, failures };
}
