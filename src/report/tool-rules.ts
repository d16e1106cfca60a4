/**
 * Rule ids claim-audit reports itself, outside any rule set (see audit.ts): what each means, for SARIF rule
 * descriptions and for `claim-audit explain`.
 */
export const TOOL_RULES: Record<string, { severity: string; summary: string; what: string }> = {
  'claim-audit/unreadable': {
    severity: 'error',
    summary: 'A file could not be read, so it was not audited.',
    what: 'The file named was not found, is not a regular file, or could not be read (permissions). The run goes on with the other files and fails.',
  },
  'claim-audit/skipped': {
    severity: 'warning',
    summary: 'A file was skipped: too large, or not text.',
    what: 'Binary files (NUL bytes) and files above maxFileBytes (config, default 20 MB) are left out with this warning.',
  },
  'claim-audit/document': {
    severity: 'warning',
    summary: 'A problem met while reading a document, such as bad front matter or invalid UTF-8.',
    what: 'The document is still audited: malformed front matter is ignored, invalid bytes are replaced, a Markdown file nested too deep is read as plain text.',
  },
  'claim-audit/unused-disable': {
    severity: 'warning',
    summary: 'An inline claim-audit directive that no longer suppresses anything.',
    what: 'Reported with --report-unused-disables: the claim it was written for has changed or gone, so the directive can be removed.',
  },
  'claim-audit/unknown-directive': {
    severity: 'warning',
    summary: 'An inline claim-audit directive names no rule, rule set or contradiction topic.',
    what: 'A directive such as claim-audit-disable-next-line names rule ids (safety/absolute-safety), rule sets (safety) or contradiction/<topic>; a typo suppresses nothing. The message gives the nearest real name.',
  },
};

/** `claim-audit explain` for one of claim-audit's own rule ids. */
export function explainToolRule(id: string): string | undefined {
  const rule = TOOL_RULES[id];
  if (!rule) return undefined;
  return `${id}  (${rule.severity})\n  reported by claim-audit itself, not by a rule set\n  ${rule.summary}\n  ${rule.what}\n`;
}
