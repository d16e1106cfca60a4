import type { RuleCatalog, RuleDefinition } from '../rules/definition.js';
import type { RuleSummary } from '../types.js';

/** A rule's public description. */
export function ruleSummary(rule: RuleDefinition): RuleSummary {
  return {
    id: rule.id,
    severity: rule.severity,
    topic: rule.topic ?? null,
    message: rule.message,
    description: rule.description ?? null,
    origin: rule.origin,
  };
}

/** `rules list`: one rule per line, id, severity, topic and where it is defined. */
export function formatRuleList(catalog: RuleCatalog): string {
  const rows = catalog.rules.map((rule) => [rule.id, rule.severity, rule.topic ?? '-', `${rule.origin.file}:${rule.origin.line}`]);
  const header = ['rule', 'severity', 'topic', 'source'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]): string => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd();
  return `${[line(header), ...rows.map(line)].join('\n')}\n${rows.length} rules from ${catalog.files.length} files\n`;
}

function describePattern(pattern: RuleDefinition['match'][number]): string {
  if ('phrase' in pattern) return `phrase "${pattern.phrase}"${pattern.slop ? ` (up to ${pattern.slop} words between)` : ''}`;
  if ('near' in pattern) return `near ${pattern.near.map((term) => `"${term}"`).join(' + ')} within ${pattern.distance ?? 5} words`;
  if ('regex' in pattern) return `regex /${pattern.regex}/i`;
  return `any term of topic ${pattern.terms}`;
}

/** `explain <rule>`: everything an author or editor needs to understand a rule. */
export function explainRule(rule: RuleDefinition, catalog: RuleCatalog): string {
  const lines = [`${rule.id}  (${rule.severity})`, `  defined at ${rule.origin.file}:${rule.origin.line}:${rule.origin.column}`, `  message: ${rule.message}`];
  if (rule.description) lines.push(`  ${rule.description.trim().replace(/\s+/g, ' ')}`);
  if (rule.topic) {
    const topic = catalog.topics.get(rule.topic);
    lines.push(`  topic: ${rule.topic}${topic ? ` (compared by ${topic.compare}${topic.unit ? `, unit ${topic.unit}` : ''})` : ''}${rule.category ? `, category ${rule.category}` : ''}`);
  }
  const flags = [
    rule.claimOnly ? 'records claims only' : '',
    rule.requireValue ? 'needs a figure' : '',
    rule.requireCitation ? 'cited matches become info' : '',
    rule.requirePolarity ? `only when ${rule.requirePolarity}` : '',
    rule.polarity ? `claims are ${rule.polarity}` : '',
  ].filter(Boolean);
  if (flags.length > 0) lines.push(`  ${flags.join('; ')}`);
  lines.push('  matches:', ...rule.match.map((pattern) => `    - ${describePattern(pattern)}`));
  if (rule.unless) lines.push('  unless:', ...rule.unless.map((pattern) => `    - ${describePattern(pattern)}`));
  if (rule.examples?.match) lines.push('  examples that match:', ...rule.examples.match.map((text) => `    ✔ ${text}`));
  if (rule.examples?.nomatch) lines.push('  examples that do not:', ...rule.examples.nomatch.map((text) => `    ✘ ${text}`));
  if (rule.url) lines.push(`  more: ${rule.url}`);
  return `${lines.join('\n')}\n`;
}
