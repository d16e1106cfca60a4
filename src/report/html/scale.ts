/** An axis for one number line: where a value sits (0–1 along the axis), its gridlines and what the unit is. */
export interface Scale {
  kind: 'linear' | 'log';
  /** Fraction of the axis (0 at the left edge, 1 at the right) for a value, clamped to the axis. */
  position: (value: number) => number;
  ticks: { value: number; label: string }[];
  /** Words under the axis: the unit and the kind of scale. */
  caption: string;
  /** On a log axis with zero values: the fraction at the left kept for 0, drawn with an axis break. */
  zeroStub: number;
}

/** The extent of one claimed interval; `null` is unbounded on that side. */
export interface Extent {
  min: number | null;
  max: number | null;
}

const MINUTE = 60;
const HOUR = 3600;
const DAY = 86400;
const WEEK = 7 * DAY;
// Months and years as the value extractor counts them (values.ts shows them the same way).
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

/** Units an axis may be written in, largest first: [seconds, short label]. */
const DURATION_UNITS: readonly [number, string, string][] = [
  [YEAR, 'yr', 'years'],
  [MONTH, 'mo', 'months'],
  [WEEK, 'wk', 'weeks'],
  [DAY, 'd', 'days'],
  [HOUR, 'h', 'hours'],
  [MINUTE, 'min', 'minutes'],
  [1, 's', 'seconds'],
];

/**
 * Gridline candidates for a log duration axis: round figures people say ("15 min", "6 h", "2 wk", "3 mo").
 * `major` ones (one of each unit) are kept first when thinning, so the axis always shows its unit steps.
 */
const DURATION_TICKS: readonly { value: number; label: string; major: boolean }[] = [
  [1, '1 s', true], [5, '5 s', false], [15, '15 s', false], [30, '30 s', false],
  [MINUTE, '1 min', true], [2 * MINUTE, '2 min', false], [5 * MINUTE, '5 min', false], [10 * MINUTE, '10 min', false], [15 * MINUTE, '15 min', false], [30 * MINUTE, '30 min', false],
  [HOUR, '1 h', true], [2 * HOUR, '2 h', false], [3 * HOUR, '3 h', false], [6 * HOUR, '6 h', false], [12 * HOUR, '12 h', false],
  [DAY, '1 day', true], [2 * DAY, '2 days', false], [3 * DAY, '3 days', false],
  [WEEK, '1 wk', true], [2 * WEEK, '2 wk', false],
  [MONTH, '1 mo', true], [2 * MONTH, '2 mo', false], [3 * MONTH, '3 mo', false], [6 * MONTH, '6 mo', false],
  [YEAR, '1 yr', true], [2 * YEAR, '2 yr', false], [5 * YEAR, '5 yr', false], [10 * YEAR, '10 yr', false], [20 * YEAR, '20 yr', false], [50 * YEAR, '50 yr', false],
].map(([value, label, major]) => ({ value: value as number, label: label as string, major: major as boolean }));

/** Gridlines closer than this (as a fraction of the axis) crowd their labels. */
const MIN_TICK_GAP = 0.085;
/** Share of a log axis kept at the left for zero ("within an hour" starts at 0, which a log scale cannot place). */
const ZERO_STUB = 0.07;
/** Above this ratio between the largest and smallest figure, a linear axis would squash the small ones. */
const LOG_RATIO = 8;

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** The smallest "nice" figure (1, 2, 2.5, 5 × 10^k) at or above `value`. */
export function niceCeil(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= value - 1e-9) return round(step * power);
  return round(10 * power);
}

/** A step giving about `count` gridlines over `span`. */
function niceStep(span: number, count: number): number {
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].find((candidate) => candidate * power >= raw) ?? 10;
  return round(step * power);
}

function formatNumber(value: number): string {
  const rounded = round(value);
  if (Math.abs(rounded) >= 10000) return rounded.toLocaleString('en-US');
  return String(rounded);
}

function finiteOf(extents: readonly Extent[]): number[] {
  return extents.flatMap((extent) => [extent.min, extent.max]).filter((value): value is number => value !== null && Number.isFinite(value));
}

function linearTicks(low: number, high: number, label: (value: number) => string, count = 6): Scale['ticks'] {
  const step = niceStep(high - low, count);
  const ticks: Scale['ticks'] = [];
  for (let value = Math.ceil(low / step) * step; value <= high + step * 1e-6; value += step) ticks.push({ value: round(value), label: label(round(value)) });
  return ticks;
}

function linear(low: number, high: number, ticks: Scale['ticks'], caption: string): Scale {
  const span = high - low || 1;
  return {
    kind: 'linear',
    position: (value) => Math.min(1, Math.max(0, (value - low) / span)),
    ticks,
    caption,
    zeroStub: 0,
  };
}

function logarithmic(low: number, high: number, candidates: readonly { value: number; label: string; major: boolean }[], withZero: boolean, caption: string): Scale {
  const stub = withZero ? ZERO_STUB : 0;
  const from = Math.log(low);
  const span = Math.log(high) - from || 1;
  const position = (value: number): number => {
    if (value <= 0) return 0;
    return Math.min(1, Math.max(stub, stub + ((1 - stub) * (Math.log(value) - from)) / span));
  };
  const inside = candidates.filter((tick) => tick.value >= low * (1 - 1e-9) && tick.value <= high * (1 + 1e-9));
  // Majors first, then the others wherever they leave room: a readable axis, never a crowded one.
  const kept: { value: number; label: string }[] = [];
  const fits = (value: number): boolean => kept.every((tick) => Math.abs(position(tick.value) - position(value)) >= MIN_TICK_GAP);
  for (const pass of [true, false]) {
    for (const tick of inside) if (tick.major === pass && fits(tick.value)) kept.push({ value: tick.value, label: tick.label });
  }
  kept.sort((a, b) => a.value - b.value);
  if (withZero) kept.unshift({ value: 0, label: '0' });
  return { kind: 'log', position, ticks: kept, caption, zeroStub: stub };
}

/** Log gridline candidates for plain numbers: 1, 2, 5 × 10^k. */
function numberTicks(low: number, high: number): { value: number; label: string; major: boolean }[] {
  const ticks: { value: number; label: string; major: boolean }[] = [];
  for (let power = Math.floor(Math.log10(low)); power <= Math.ceil(Math.log10(high)); power++) {
    for (const step of [1, 2, 5]) {
      const value = round(step * 10 ** power);
      ticks.push({ value, label: formatNumber(value), major: step === 1 });
    }
  }
  return ticks;
}

/** The unit a linear duration axis is written in: the largest one the biggest figure reaches one and a half of. */
function durationUnit(largest: number): readonly [number, string, string] {
  return DURATION_UNITS.find(([seconds]) => largest / seconds >= 1.5) ?? (DURATION_UNITS[DURATION_UNITS.length - 1] as [number, string, string]);
}

/** The unit a duration is best read in: the largest one it reaches. */
function unitName(seconds: number): string {
  return (DURATION_UNITS.find(([unit]) => seconds >= unit) ?? DURATION_UNITS[DURATION_UNITS.length - 1])?.[2] ?? 'seconds';
}

function durationScale(extents: readonly Extent[]): Scale {
  const finite = finiteOf(extents);
  const positive = finite.filter((value) => value > 0);
  const smallest = positive.length > 0 ? Math.min(...positive) : MINUTE;
  const largest = positive.length > 0 ? Math.max(...positive) : MINUTE;
  const openAbove = extents.some((extent) => extent.max === null);
  const touchesZero = finite.some((value) => value <= 0) || extents.some((extent) => extent.min === null);
  if (largest / smallest <= LOG_RATIO) {
    // Close figures ("2–3 weeks" and "about 2 weeks"): a linear axis in one unit reads best.
    const [seconds, short, long] = durationUnit(largest);
    const high = niceCeil((largest * (openAbove ? 1.5 : 1.2)) / seconds) * seconds;
    const ticks = linearTicks(0, high / seconds, (value) => (value === 0 ? '0' : `${formatNumber(value)} ${short}`)).map((tick) => ({ value: tick.value * seconds, label: tick.label }));
    return linear(0, high, ticks, `${long}, linear scale`);
  }
  // Far-apart figures ("45 minutes" and "several hours", "1–2 weeks" and "several months"): a log scale gives
  // each its own room; the axis runs between round figures a little beyond the claims.
  const below = [...DURATION_TICKS].reverse().find((tick) => tick.value <= smallest / 1.5) ?? DURATION_TICKS[0];
  const above = DURATION_TICKS.find((tick) => tick.value >= largest * (openAbove ? 3 : 1.25)) ?? DURATION_TICKS[DURATION_TICKS.length - 1];
  const low = below?.value ?? 1;
  const high = Math.max(above?.value ?? low * 10, low * 10);
  const scale = logarithmic(low, high, DURATION_TICKS, touchesZero, '');
  // Name the axis by the units its gridlines are written in: "minutes to hours", "days to years".
  const named = scale.ticks.filter((tick) => tick.value > 0).map((tick) => unitName(tick.value));
  const first = named[0] ?? 'duration';
  const last = named[named.length - 1] ?? first;
  scale.caption = `${first === last ? first : `${first} to ${last}`}, log scale (each gridline step multiplies)`;
  return scale;
}

function percentScale(extents: readonly Extent[]): Scale {
  const finite = finiteOf(extents);
  // A share lives in 0–100%; only a figure outside it ("150% more") widens the axis.
  const low = Math.min(0, ...finite.filter((value) => value < 0).map((value) => -niceCeil(-value)));
  const high = Math.max(100, ...finite.map((value) => niceCeil(value)));
  const ticks = linearTicks(low, high, (value) => `${formatNumber(value)}%`, 10);
  return linear(low, high, ticks, 'percent, linear scale');
}

function numberScale(extents: readonly Extent[]): Scale {
  const finite = finiteOf(extents);
  const largest = finite.length > 0 ? Math.max(...finite) : 1;
  const smallest = finite.length > 0 ? Math.min(...finite) : 0;
  const openAbove = extents.some((extent) => extent.max === null);
  if (smallest > 0 && largest / smallest > 50) {
    const low = 10 ** Math.floor(Math.log10(smallest / 1.5));
    const high = niceCeil(largest * (openAbove ? 3 : 1.5));
    return logarithmic(low, high, numberTicks(low, high), extents.some((extent) => extent.min === null), 'log scale');
  }
  const low = smallest < 0 ? -niceCeil(-smallest * 1.2) : 0;
  const high = niceCeil(Math.max(largest, 1) * (openAbove ? 1.5 : 1.2));
  return linear(low, high, linearTicks(low, high, formatNumber), 'linear scale');
}

/**
 * The axis for a set of intervals in one unit ('%', 's' for seconds, '' for plain numbers): percent linear 0–100,
 * durations on a log scale when they are far apart (else linear in one readable unit), numbers likewise.
 */
export function chooseScale(unit: string, extents: readonly Extent[]): Scale {
  if (unit === '%') return percentScale(extents);
  if (unit === 's') return durationScale(extents);
  return numberScale(extents);
}
