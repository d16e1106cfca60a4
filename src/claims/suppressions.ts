import type { LineIndex } from '../text/locations.js';
import type { Span } from '../types.js';

/**
 * An inline directive that turns rules off for a stretch of a document.
 * Markdown: `<!-- claim-audit-disable rule-id -- reason -->` … `<!-- claim-audit-enable -->`, and
 * `<!-- claim-audit-disable-next-line rule-id -->`. Plain text: the same words on a line of their own
 * after `#` or `//` (e.g. `# claim-audit-disable-next-line safety`).
 */
export interface Suppression {
  /** Rule ids, rule-set ids (`safety`) or `contradiction`/`contradiction/<topic>`; empty = every rule. */
  rules: string[];
  /** Source offsets covered, end exclusive. */
  start: number;
  end: number;
  /** Where the directive itself stands, for --report-unused-disables. */
  span: Span;
  used: boolean;
}

const MARKDOWN_DIRECTIVE = /<!--\s*claim-audit-(disable-next-line|disable|enable)\b([\s\S]*?)-->/g;
const TEXT_DIRECTIVE = /^[ \t]*(?:#|\/\/)[ \t]*claim-audit-(disable-next-line|disable|enable)\b(.*)$/gm;

/** Read the directives of a document and the stretches they cover. */
export function findSuppressions(text: string, format: 'markdown' | 'text', lines: LineIndex): Suppression[] {
  const pattern = format === 'markdown' ? MARKDOWN_DIRECTIVE : TEXT_DIRECTIVE;
  const suppressions: Suppression[] = [];
  const open: Suppression[] = [];
  for (const found of text.matchAll(pattern)) {
    const kind = found[1] as string;
    // Everything after " -- " is the reason, for people.
    const rules = (found[2] ?? '').split(/\s--\s|^--\s?/)[0]!.split(/[\s,]+/).filter(Boolean);
    const start = found.index;
    const end = start + found[0].length;
    const span = lines.span(start, end);
    if (kind === 'disable-next-line') {
      const lineEnd = nextLineBreak(text, end);
      const nextStart = lineEnd < text.length ? lineEnd + (text.startsWith('\r\n', lineEnd) ? 2 : 1) : text.length;
      suppressions.push({ rules, start: nextStart, end: nextLineBreak(text, nextStart), span, used: false });
    } else if (kind === 'disable') {
      const suppression = { rules, start: end, end: text.length, span, used: false };
      suppressions.push(suppression);
      open.push(suppression);
    } else {
      // `enable` closes the open ranges it names (all of them when it names none).
      for (const range of open) {
        if (range.end === text.length && (rules.length === 0 || rules.some((rule) => range.rules.includes(rule)))) range.end = start;
      }
    }
  }
  return suppressions;
}

function nextLineBreak(text: string, from: number): number {
  for (let index = from; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 10 || code === 13) return index;
  }
  return text.length;
}

/** Whether a directive's rule list covers a rule id: exact id, its set (`safety` covers `safety/…`), or everything. */
function covers(rules: string[], ruleId: string): boolean {
  return rules.length === 0 || rules.some((rule) => rule === ruleId || ruleId.startsWith(`${rule}/`));
}

/** Whether a directive covers `ruleId` at `offset`, without marking anything used. */
export function isCovered(suppressions: Suppression[], ruleId: string, offset: number): boolean {
  return suppressions.some((suppression) => offset >= suppression.start && offset < suppression.end && covers(suppression.rules, ruleId));
}

/** Whether something of `ruleId` starting at `offset` is suppressed; marks the directive used. */
export function isSuppressed(suppressions: Suppression[], ruleId: string, offset: number): boolean {
  let suppressed = false;
  for (const suppression of suppressions) {
    if (offset >= suppression.start && offset < suppression.end && covers(suppression.rules, ruleId)) {
      suppression.used = true;
      suppressed = true;
    }
  }
  return suppressed;
}
