import type { Claim } from '../types.js';
import { claimJson } from './json.js';
import { formatValue } from './values.js';

/** The claim ledger as JSON Lines: one claim per line, for fact-checkers' tools and for sharding. */
export function formatLedgerJsonl(claims: Claim[]): string {
  return claims.map((claim) => `${JSON.stringify(claimJson(claim))}\n`).join('');
}

/** The claim ledger as JSON: `{version, claims}`. */
export function formatLedgerJson(claims: Claim[]): string {
  return `${JSON.stringify({ version: 1, claims: claims.map(claimJson) }, null, 2)}\n`;
}

/** The claim ledger as a plain table, one claim per row, for reading in a terminal. */
export function formatLedgerTable(claims: Claim[]): string {
  const rows = claims.map((claim) => {
    const flags = [claim.polarity === 'negated' ? 'denied' : '', claim.hedged ? 'hedged' : '', claim.cited ? 'cited' : ''].filter(Boolean).join(',');
    const sentence = claim.sentence.replace(/\s+/g, ' ');
    return [
      `${claim.path}:${claim.span.start.line}:${claim.span.start.column}`,
      claim.subject,
      claim.key,
      formatValue(claim.value) || '-',
      flags || '-',
      sentence.length > 90 ? `${sentence.slice(0, 89)}…` : sentence,
    ];
  });
  const header = ['place', 'subject', 'key', 'value', 'flags', 'sentence'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]): string =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  return `${[line(header), ...rows.map(line)].join('\n')}\n${claims.length} claim${claims.length === 1 ? '' : 's'}\n`;
}
