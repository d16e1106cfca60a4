import type { Claim, ClaimValue } from '../../types.js';
import { formatValue } from '../values.js';

/** Duration units, largest first: seconds, singular, plural. */
const UNITS: readonly [number, string, string][] = [
  [365 * 86400, 'year', 'years'],
  [30 * 86400, 'month', 'months'],
  [7 * 86400, 'week', 'weeks'],
  [86400, 'day', 'days'],
  [3600, 'hour', 'hours'],
  [60, 'min', 'min'],
  [1, 's', 's'],
];

/** The unit a duration reads best in: the largest that gives a whole number, else the largest it reaches. */
function durationUnit(seconds: number): readonly [number, string, string] {
  const reached = UNITS.filter(([unit]) => seconds >= unit);
  const whole = reached.find(([unit]) => Math.abs(seconds / unit - Math.round(seconds / unit)) <= 0.02 * (seconds / unit));
  return whole ?? reached[0] ?? (UNITS[UNITS.length - 1] as [number, string, string]);
}

function amount(seconds: number, unit: readonly [number, string, string]): { number: string; word: string } {
  const count = Math.round((seconds / unit[0]) * 10) / 10;
  return { number: String(count), word: count === 1 ? unit[1] : unit[2] };
}

/**
 * A duration interval in the words an editor would use, each end in its own unit when that reads better:
 * "2 weeks – 9 months" rather than "2–38.57 weeks", "9 days" rather than "1.29 weeks".
 */
function durationLabel(value: Extract<ClaimValue, { type: 'interval' }>): string {
  const { min, max } = value;
  const tilde = value.approximate ? '≈ ' : '';
  const one = (seconds: number): string => {
    const { number, word } = amount(seconds, durationUnit(seconds));
    return `${number} ${word}`;
  };
  if (min !== null && max !== null) {
    if (min === max) return `${tilde}${one(min)}`;
    const high = durationUnit(max);
    const low = min === 0 ? high : durationUnit(min);
    if (low === high) {
      const from = amount(min, low);
      const to = amount(max, high);
      return `${tilde}${from.number}–${to.number} ${to.word}`;
    }
    return `${tilde}${one(min)} – ${one(max)}`;
  }
  if (min !== null) return `${value.minInclusive ? '≥' : '>'} ${one(min)}`;
  if (max !== null) return `${value.maxInclusive ? '≤' : '<'} ${one(max)}`;
  return 'any';
}

/** A value as the HTML report shows it; durations get readable mixed units, everything else reads as in the text report. */
export function readableValue(value: ClaimValue): string {
  if (value.type === 'interval' && value.unit === 's') return durationLabel(value);
  return formatValue(value);
}

/** What a claim says, in a figure or a word: "65–75%", "not 80%", "approved", "denies it", "asserts it". */
export function claimValueLabel(claim: Claim): string {
  const value = readableValue(claim.value);
  if (value) return claim.polarity === 'negated' ? `not ${value}` : value;
  return claim.polarity === 'negated' ? 'denies it' : 'asserts it';
}
