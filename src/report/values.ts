import { ENDS, isCurrency, PERMANENT, saysEndless } from '../text/numbers.js';
import { restatesSide } from '../analysis/restatements.js';
import type { Claim, ClaimValue, Contradiction } from '../types.js';

const DURATION_UNITS: [number, string, string][] = [
  [365 * 86400, 'year', 'years'],
  [30 * 86400, 'month', 'months'],
  [7 * 86400, 'week', 'weeks'],
  [86400, 'day', 'days'],
  [3600, 'hour', 'hours'],
  [60, 'min', 'min'],
  [1, 's', 's'],
];

/** The duration unit a value's text is written in, the first one it names ("30 days" → a day), to show it the way the article does. */
const WRITTEN_UNIT = /\b(?:(years?)|(months?)|(weeks?)|(days?|nights?)|(hours?|hrs?)|(minutes?|mins?))\b/i;
const WRITTEN_UNIT_SECONDS = [365 * 86400, 30 * 86400, 7 * 86400, 86400, 3600, 60];

function writtenUnit(text: string): number | undefined {
  const found = WRITTEN_UNIT.exec(text);
  if (!found) return undefined;
  return WRITTEN_UNIT_SECONDS[found.slice(1).findIndex((group) => group !== undefined)];
}

function round(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  // "£50,000", "1,536": thousands grouped as articles write them (fixed, whatever the machine's locale).
  if (Math.abs(rounded) < 1000) return String(rounded);
  const [whole = '', fraction] = String(rounded).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** A claim's value the way an editor reads it: "65–75%", "> 80%", "≈ 45 min", "1–2 weeks", "$75–140", "approved". */
export function formatValue(value: ClaimValue): string {
  return formatValueWith(value, value.type === 'interval' ? value.unitWord : undefined);
}

/** A claim's value as `formatValue` shows it, with `unitWord` after a figure in place of its own ("300 mm/s"). */
export function formatValueWith(value: ClaimValue, unitWord: string | undefined): string {
  if (value.type === 'category') return value.category;
  if (value.type === 'none') return '';
  const figure = figureText(value);
  return unitWord === undefined ? figure : `${figure} ${unitWord}`;
}

// A claim's figure is shown in its listing and again in every contradiction message it is a side of.
const FIGURE_TEXTS = new WeakMap<ClaimValue, string>();

function figureText(value: Extract<ClaimValue, { type: 'interval' }>): string {
  let text = FIGURE_TEXTS.get(value);
  if (text === undefined) {
    text = formatFigure(value);
    FIGURE_TEXTS.set(value, text);
  }
  return text;
}

function formatFigure(value: Extract<ClaimValue, { type: 'interval' }>): string {
  const { min, max, unit } = value;
  // "Results are permanent", "lasts forever": read as at least 50 years, shown as said.
  // A figure as long or longer ("60+ years") is shown as the figure it is.
  if (saysEndless(value) && max === null && min === PERMANENT && value.minInclusive) return /lifetime/i.test(value.text) ? 'lifetime' : 'permanent';
  // "Results are not permanent": some time short of it.
  if (saysEndless(value) && min === null && max === ENDS && !value.maxInclusive) return 'not permanent';
  let scale = 1;
  let suffix = unit === '%' ? '%' : '';
  if (unit === 's') {
    // Pick the largest unit the smaller figure reaches, so 45 minutes stays "45 min" and two weeks "2 weeks".
    // …and of those, the largest in which every bound is a whole or half number ("9 days", not "1.29 weeks").
    const reference = min !== null && min > 0 ? min : (max ?? 1);
    const bounds = [min, max].filter((bound): bound is number => bound !== null && bound > 0);
    const tidy = (seconds: number): boolean => bounds.every((bound) => Number.isInteger((bound / seconds) * 2));
    const reachable = DURATION_UNITS.filter(([seconds]) => reference >= seconds);
    // "30 days" stays "30 days" (not "1 month"), "48 hours" stays "48 hours": the unit the article wrote, where
    // it fits every bound; otherwise the largest tidy one ("2 weeks to 3 months" → "14–90 days").
    const written = writtenUnit(value.text);
    const chosen =
      reachable.find(([seconds]) => seconds === written && tidy(seconds)) ??
      reachable.find(([seconds]) => tidy(seconds)) ??
      reachable[0] ??
      DURATION_UNITS[DURATION_UNITS.length - 1];
    if (chosen) {
      scale = chosen[0];
      const plural = (max ?? min ?? 0) / scale !== 1;
      suffix = ` ${plural ? chosen[2] : chosen[1]}`;
    }
  }
  // Money reads with its symbol in front: "$299", "$75–140".
  const prefix = isCurrency(unit) ? unit : '';
  const show = (number: number): string => `${prefix}${round(number / scale)}`;
  const tilde = value.approximate ? '≈ ' : '';
  if (min !== null && max !== null) {
    if (min === max) return `${tilde}${show(min)}${suffix}`;
    return `${tilde}${show(min)}–${show(max)}${suffix}`;
  }
  if (min !== null) return `${value.minInclusive ? '≥' : '>'} ${show(min)}${suffix}`;
  if (max !== null) return `${value.maxInclusive ? '≤' : '<'} ${show(max)}${suffix}`;
  return 'any';
}

/** A contradiction side's value for an editor: "65–75%", "not approved" (a denied status), "denied", "asserted". */
export function sideValue(side: Pick<Claim, 'value' | 'polarity'>): string {
  if (side.value.type === 'category' && side.polarity === 'negated') return `not ${side.value.category}`;
  return formatValue(side.value) || (side.polarity === 'negated' ? 'denied' : 'asserted');
}

/** Whether a side's "denied" must be said beside its value: a figure denied ("not 6 months"); a status says it already. */
export function deniedBesideValue(side: Pick<Claim, 'value' | 'polarity'>): boolean {
  return side.polarity === 'negated' && side.value.type === 'interval';
}

/** A contradiction's sides in reading order, each followed by the claims that state it again (`again`). */
export function sidesAndRestatements(contradiction: Contradiction): { claim: Claim; again: boolean }[] {
  const rows: { claim: Claim; again: boolean }[] = [];
  const left = [...(contradiction.restatements ?? [])];
  for (const side of contradiction.sides) {
    rows.push({ claim: side, again: false });
    for (const claim of left.filter((candidate) => restatesSide(candidate, side))) {
      rows.push({ claim, again: true });
      left.splice(left.indexOf(claim), 1);
    }
  }
  return rows;
}
