import { formatValue } from './values.js';
import type { RuleCatalog, RuleDefinition, Topic } from '../rules/definition.js';
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
  // Plain bullets: a cross before an example that must not match read as a failing example.
  if (rule.examples?.match) lines.push('  examples that match:', ...rule.examples.match.map((example) => `    - ${typeof example === 'string' ? example : example.text}`));
  if (rule.examples?.nomatch) lines.push('  examples that must not match:', ...rule.examples.nomatch.map((text) => `    - ${text}`));
  if (rule.url) lines.push(`  more: ${rule.url}`);
  return `${lines.join('\n')}\n`;
}

/** `explain contradiction/<topic>`: how claims on a topic are compared, and which rules make them. */
export function explainTopic(topic: Topic, catalog: RuleCatalog): string {
  const lines = [`contradiction/${topic.id}  (${topic.severity})`, `  defined at ${topic.origin.file}:${topic.origin.line}:${topic.origin.column}`, `  message: ${topic.message}`];
  if (topic.muted) lines.push('  switched off by the config: claims are read, contradictions not reported');
  const how: Record<Topic['compare'], string> = {
    range: 'figures that do not overlap',
    polarity: 'a term asserted in one place and denied in another',
    exclusive: `categories that cannot both hold (${topic.categories.join(', ')})`,
    none: 'never (claims are listed only)',
  };
  lines.push(`  reported for: ${how[topic.compare]}`);
  if (topic.compare === 'range') {
    // In the topic's unit as a report shows it: "up to 10 years", not 315360000 seconds.
    const shown = (bound: number | null): string =>
      bound === null ? 'any' : formatValue({ type: 'interval', min: bound, max: bound, minInclusive: true, maxInclusive: true, unit: topic.unit, approximate: false, text: '' });
    const unit = topic.unit === 's' ? 'a length of time (in any unit: "2 years" agrees with "24 months")' : topic.unit === '' ? 'a count' : topic.unit;
    lines.push(`  unit: ${unit}`);
    // Both keys at once, named, so two defaults side by side do not read as a choice between them.
    const gap = topic.tolerance === 0 ? '0' : topic.unit === '%' ? `${topic.tolerance} percentage points` : shown(topic.tolerance);
    lines.push(`  rounding: two figures still agree when at most ${gap} apart (tolerance) or within ${topic.relativeTolerance * 100}% of the larger one (relativeTolerance)`);
    lines.push(`  approximate figures ("about 45 minutes"): within ${Math.max(topic.relativeTolerance, topic.approximateTolerance) * 100}% of the larger one (approximateTolerance)`);
    if (topic.unitWords.length > 0) lines.push(`  counts only figures followed by: ${topic.unitWords.join(', ')}`);
    const [least, most] = topic.plausible;
    if (least !== null || most !== null) lines.push(`  plausible figures: from ${shown(least)} to ${shown(most)}`);
    // The readings that most decide what a figure on the topic is: "up to 500" as the limit, "within 30 days" as a window.
    lines.push(topic.limits ? '  limits: "up to X" is the limit X itself' : '  limits: off, so "up to X" is any figure up to X (with limits: true it is X itself)');
    if (topic.windows) lines.push('  windows: "within X" is a window of X');
    if (topic.moments) lines.push('  moments: a figure after "for" is how long something else goes on');
  }
  const measures = Object.keys(topic.measures);
  if (measures.length > 0) lines.push(`  measures (compared only with the same one): ${measures.join(', ')}`);
  const terms = Object.keys(topic.terms);
  if (terms.length > 0) lines.push(`  terms (each its own key): ${terms.join(', ')}`);
  const rules = catalog.rules.filter((rule) => rule.topic === topic.id).map((rule) => rule.id);
  lines.push(`  claims made by: ${rules.join(', ') || 'no rule'}`);
  return `${lines.join('\n')}\n`;
}
