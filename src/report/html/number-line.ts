import type { Claim, ClaimValue, Report } from '../../types.js';
import type { Anchors } from './anchors.js';
import { html, type Markup, trusted } from './escape.js';
import { baseName, placeLabel, quoteMarkup } from './quote.js';
import { chooseScale, type Scale } from './scale.js';
import { claimValueLabel, readableValue } from './value-label.js';
import { addTo } from '../../collections.js';

type Interval = Extract<ClaimValue, { type: 'interval' }>;

/** One claim drawn on a number line. */
export interface LineClaim {
  claim: Claim;
  /** Index of the claim in `report.claims`. */
  index: number;
  value: Interval;
}

/** All interval claims on one subject and key (and unit): what one number line shows. */
export interface NumberLine {
  id: string;
  subject: string;
  key: string;
  topic: string;
  unit: string;
  claims: LineClaim[];
  /** Pairs of positions in `claims` that a range contradiction sets against each other. */
  conflicts: { a: number; b: number; contradiction: number }[];
}

/** A bar's place on the drawing, in SVG user units. */
export interface Bar {
  item: LineClaim;
  y: number;
  /** Drawn extent of the bar, arrowheads and markers included. */
  x1: number;
  x2: number;
  /** Numeric reading of the interval (open sides become the unit's natural bounds), for grouping. */
  low: number;
  high: number;
  arrowLow: boolean;
  arrowHigh: boolean;
  conflict: boolean;
}

/** Rows whose intervals overlap one another, drawn together. */
export interface Group {
  bars: Bar[];
  top: number;
  bottom: number;
  /** Two or more claims that overlap and that no contradiction sets apart. */
  consistent: boolean;
  /** Where every interval of the group overlaps, if anywhere. */
  common: { low: number; high: number } | null;
}

export interface LineLayout {
  scale: Scale;
  bars: Bar[];
  groups: Group[];
  connectors: { from: Bar; to: Bar }[];
  axisY: number;
  height: number;
}

const WIDTH = 960;
const FILE_X = 14;
const VALUE_RIGHT = 384;
const PLOT_LEFT = 400;
const PLOT_RIGHT = 938;
const TOP = 6;
const ROW = 26;
const BAR = 12;
const ARROW = 10;
const GROUP_GAP = 10;
const CAPTION = 18;
/** Width of a single approximate figure ("about 45 minutes"), drawn as a short soft bar. */
const APPROXIMATE_POINT = 22;
const EXACT_POINT = 6;

const place = (claim: Claim): string => `${claim.path}\u0000${claim.span.start.offset}\u0000${claim.span.end.offset}\u0000${claim.key}`;

/**
 * One number line per subject, key and unit with interval claims from at least two places, lines with
 * contradictions first, then by key.
 */
export function collectNumberLines(report: Report): NumberLine[] {
  const groups = new Map<string, LineClaim[]>();
  report.claims.forEach((claim, index) => {
    if (claim.value.type !== 'interval') return;
    const groupKey = `${claim.subject}\u0000${claim.key}\u0000${claim.value.unit}`;
    addTo(groups, groupKey, { claim, index, value: claim.value });
  });
  const lines: Omit<NumberLine, 'id'>[] = [];
  for (const claims of groups.values()) {
    const first = claims[0];
    if (!first || new Set(claims.map((item) => `${item.claim.path}\u0000${item.claim.span.start.offset}`)).size < 2) continue;
    const positions = new Map(claims.map((item, position) => [place(item.claim), position]));
    const conflicts: NumberLine['conflicts'] = [];
    report.contradictions.forEach((contradiction, index) => {
      if (contradiction.kind !== 'range' || contradiction.subject !== first.claim.subject || contradiction.key !== first.claim.key) return;
      const sides = contradiction.sides.map((side) => positions.get(place(side))).filter((position): position is number => position !== undefined);
      for (let i = 0; i < sides.length; i++) for (let j = i + 1; j < sides.length; j++) conflicts.push({ a: sides[i] as number, b: sides[j] as number, contradiction: index });
    });
    lines.push({ subject: first.claim.subject, key: first.claim.key, topic: first.claim.topic, unit: first.value.unit, claims, conflicts });
  }
  lines.sort((a, b) => Number(b.conflicts.length > 0) - Number(a.conflicts.length > 0) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) || (a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : 0) || (a.unit < b.unit ? -1 : 1));
  return lines.map((line, index) => ({ ...line, id: `n${index}` }));
}

function numericBounds(value: Interval): { low: number; high: number } {
  // As the contradiction finder reads them: a share stays in 0–100, durations and counts start at zero.
  const floor = value.unit === '%' || value.unit === 's' ? 0 : -Infinity;
  const ceiling = value.unit === '%' ? 100 : Infinity;
  return { low: value.min ?? floor, high: value.max ?? ceiling };
}

const x = (scale: Scale, value: number): number => PLOT_LEFT + scale.position(value) * (PLOT_RIGHT - PLOT_LEFT);
const fixed = (value: number): number => Math.round(value * 10) / 10;

/** Where every bar goes: sorted by value, overlapping claims grouped, contradictions joined. */
export function layoutNumberLine(line: NumberLine): LineLayout {
  const scale = chooseScale(line.unit, line.claims.map((item) => ({ min: item.value.min, max: item.value.max })));
  const conflicted = new Set(line.conflicts.flatMap((pair) => [pair.a, pair.b]));
  const order = line.claims.map((item, position) => ({ item, position, ...numericBounds(item.value) }));
  order.sort((a, b) => a.low - b.low || a.high - b.high || a.item.index - b.item.index);

  const barOf = new Map<number, Bar>();
  const bars: Bar[] = order.map(({ item, position, low, high }) => {
    const { min, max, approximate } = item.value;
    let x1 = min === null ? PLOT_LEFT : x(scale, min);
    let x2 = max === null ? PLOT_RIGHT : x(scale, max);
    if (min !== null && max !== null && x2 - x1 < 2) {
      // One figure: a marker, soft and a little wider when it is approximate.
      const half = (approximate ? APPROXIMATE_POINT : 2 * EXACT_POINT) / 2;
      const middle = Math.min(PLOT_RIGHT - half, Math.max(PLOT_LEFT + half, (x1 + x2) / 2));
      x1 = middle - half;
      x2 = middle + half;
    }
    const bar: Bar = { item, y: 0, x1: fixed(x1), x2: fixed(x2), low, high, arrowLow: min === null, arrowHigh: max === null, conflict: conflicted.has(position) };
    barOf.set(position, bar);
    return bar;
  });

  // Sweep by lower bound: a bar starting inside the running group's reach joins it.
  const groups: Group[] = [];
  let current: Bar[] = [];
  let reach = -Infinity;
  const close = (): void => {
    if (current.length > 0) groups.push({ bars: current, top: 0, bottom: 0, consistent: false, common: null });
    current = [];
  };
  for (const bar of bars) {
    if (current.length > 0 && bar.low > reach) close();
    current.push(bar);
    reach = Math.max(current.length === 1 ? -Infinity : reach, bar.high);
  }
  close();

  let y = TOP;
  for (const group of groups) {
    const members = new Set(group.bars);
    const split = line.conflicts.some((pair) => members.has(barOf.get(pair.a) as Bar) && members.has(barOf.get(pair.b) as Bar));
    const places = new Set(group.bars.map((bar) => `${bar.item.claim.path}\u0000${bar.item.claim.span.start.offset}`));
    group.consistent = places.size >= 2 && !split;
    const low = Math.max(...group.bars.map((bar) => bar.low));
    const high = Math.min(...group.bars.map((bar) => bar.high));
    group.common = group.consistent && low <= high ? { low, high } : null;
    y += GROUP_GAP;
    group.top = y;
    if (group.consistent) y += CAPTION;
    for (const bar of group.bars) {
      bar.y = y + ROW / 2;
      y += ROW;
    }
    group.bottom = y;
  }
  const axisY = y + GROUP_GAP;
  const connectors = line.conflicts.map((pair) => {
    const a = barOf.get(pair.a) as Bar;
    const b = barOf.get(pair.b) as Bar;
    return a.x1 + a.x2 <= b.x1 + b.x2 ? { from: a, to: b } : { from: b, to: a };
  });
  return { scale, bars, groups, connectors, axisY, height: axisY + 44 };
}

const COLORS = { bar: '#2b65a8', conflict: '#c4362b', conflictDark: '#8a1c13', band: '#edf6f0', common: '#c6e6cf', consistent: '#1b5e34', grid: '#dde1e6', axis: '#59636e' };

/** Patterns and masks one drawing needs, ids prefixed so several drawings can share a page. */
export function svgDefinitions(prefix: string): Markup {
  const fade = (name: string, left: boolean, right: boolean): string =>
    `<linearGradient id="${prefix}-${name}-g" x1="0" x2="1" y1="0" y2="0">` +
    `<stop offset="0" stop-color="#fff" stop-opacity="${left ? 0.12 : 1}"/><stop offset="${left ? 0.3 : 0}" stop-color="#fff"/>` +
    `<stop offset="${right ? 0.7 : 1}" stop-color="#fff"/><stop offset="1" stop-color="#fff" stop-opacity="${right ? 0.12 : 1}"/></linearGradient>` +
    `<mask id="${prefix}-${name}" maskContentUnits="objectBoundingBox"><rect width="1" height="1" fill="url(#${prefix}-${name}-g)"/></mask>`;
  return trusted(
    `<defs><pattern id="${prefix}-hatch" width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
      `<rect width="7" height="7" fill="${COLORS.conflict}"/><rect width="3" height="7" fill="${COLORS.conflictDark}"/></pattern>` +
      fade('soft', true, true) + fade('soft-l', true, false) + fade('soft-r', false, true) + `</defs>`,
  );
}

/** The shapes of one bar: the interval (hatched when in conflict, soft-edged when approximate), arrows, open ends. */
export function barShapes(prefix: string, bar: Pick<Bar, 'x1' | 'x2' | 'y' | 'arrowLow' | 'arrowHigh' | 'conflict'>, value: Pick<Interval, 'min' | 'max' | 'minInclusive' | 'maxInclusive' | 'approximate'>): Markup {
  const fill = bar.conflict ? `url(#${prefix}-hatch)` : COLORS.bar;
  const stroke = bar.conflict ? COLORS.conflictDark : COLORS.bar;
  const { y } = bar;
  const parts: string[] = [];
  const point = value.min !== null && value.max !== null && value.min === value.max;
  if (point && !value.approximate) {
    const middle = (bar.x1 + bar.x2) / 2;
    parts.push(`<path class="bar-shape" d="M${fixed(middle)} ${y - 8}L${fixed(middle + EXACT_POINT + 1)} ${y}L${fixed(middle)} ${y + 8}L${fixed(middle - EXACT_POINT - 1)} ${y}Z" fill="${fill}" stroke="${stroke}"/>`);
    return trusted(parts.join(''));
  }
  const left = bar.arrowLow ? bar.x1 + ARROW : bar.x1;
  const right = bar.arrowHigh ? bar.x2 - ARROW : bar.x2;
  const mask = !value.approximate ? '' : bar.arrowLow ? 'soft-r' : bar.arrowHigh ? 'soft-l' : 'soft';
  const masked = mask ? ` mask="url(#${prefix}-${mask})"` : '';
  parts.push(`<rect class="bar-shape" x="${fixed(left)}" y="${y - BAR / 2}" width="${fixed(Math.max(1, right - left))}" height="${BAR}" rx="2" fill="${fill}"${masked}/>`);
  if (bar.arrowLow) parts.push(`<path d="M${fixed(bar.x1)} ${y}L${fixed(bar.x1 + ARROW + 1)} ${y - 9}L${fixed(bar.x1 + ARROW + 1)} ${y + 9}Z" fill="${stroke}"/>`);
  if (bar.arrowHigh) parts.push(`<path d="M${fixed(bar.x2)} ${y}L${fixed(bar.x2 - ARROW - 1)} ${y - 9}L${fixed(bar.x2 - ARROW - 1)} ${y + 9}Z" fill="${stroke}"/>`);
  // A bound that is not itself included ("more than 80%") gets a hollow end.
  if (value.min !== null && !value.minInclusive) parts.push(`<circle cx="${fixed(left)}" cy="${y}" r="5" fill="#fff" stroke="${stroke}" stroke-width="2"/>`);
  if (value.max !== null && !value.maxInclusive) parts.push(`<circle cx="${fixed(right)}" cy="${y}" r="5" fill="#fff" stroke="${stroke}" stroke-width="2"/>`);
  return trusted(parts.join(''));
}

/**
 * Rough width of row-label text at 13px, measured on DejaVu Sans (a wide fallback font, so narrower system fonts
 * only leave more room): enough to keep the file and value labels from overlapping.
 */
function textWidth(text: string, bold = false): number {
  let width = 0;
  for (const character of text) {
    if (/[ijlI.:,;'|!·f\-rt ]/.test(character)) width += character === ' ' ? 4.2 : 4.6;
    else if (/[mwMW%…]/.test(character)) width += 12.6;
    else if (/[≈≥≤<>⚠]/.test(character)) width += 10.9;
    else if (/[A-Z]/.test(character)) width += 9.3;
    else width += 8.1;
  }
  return bold ? width * 1.1 : width;
}

/** A file name and line that fits `room`, shortened in the middle of the name so the start, extension and line stay. */
function fitPlace(name: string, line: number, room: number): string {
  const suffix = `:${line}`;
  if (textWidth(name + suffix) <= room) return name + suffix;
  let keep = name.length;
  let shortened = name;
  while (keep > 4 && textWidth(shortened + suffix) > room) {
    keep -= 1;
    const head = Math.ceil(keep / 2);
    shortened = `${name.slice(0, head)}…${name.slice(name.length - (keep - head))}`;
  }
  return shortened + suffix;
}

function intervalOf(low: number, high: number, unit: string): ClaimValue {
  const lowBound = (unit === '%' || unit === 's') && low <= 0 ? null : Number.isFinite(low) ? low : null;
  const highBound = (unit === '%' && high >= 100) || !Number.isFinite(high) ? null : high;
  return { type: 'interval', min: lowBound, max: highBound, minInclusive: true, maxInclusive: true, unit, approximate: false, text: '' };
}

function renderAxis(layout: LineLayout): string {
  const { scale, axisY } = layout;
  const parts: string[] = [];
  for (const tick of scale.ticks) {
    const at = fixed(x(scale, tick.value));
    parts.push(`<line x1="${at}" x2="${at}" y1="${TOP}" y2="${axisY}" stroke="${COLORS.grid}"/>`);
  }
  parts.push(`<line x1="${PLOT_LEFT}" x2="${PLOT_RIGHT}" y1="${axisY}" y2="${axisY}" stroke="${COLORS.axis}" stroke-width="1.5"/>`);
  if (scale.zeroStub > 0) {
    // An axis break between 0 and the first log gridline: the distance there is not to scale.
    const at = fixed(PLOT_LEFT + (scale.zeroStub / 2) * (PLOT_RIGHT - PLOT_LEFT));
    parts.push(`<path d="M${at - 5} ${axisY + 5}l6 -10M${at} ${axisY + 5}l6 -10" stroke="${COLORS.axis}" stroke-width="1.5" fill="none"/>`);
  }
  for (const tick of scale.ticks) {
    const at = fixed(x(scale, tick.value));
    parts.push(`<line x1="${at}" x2="${at}" y1="${axisY}" y2="${axisY + 5}" stroke="${COLORS.axis}" stroke-width="1.5"/>`);
    parts.push(html`<text x="${at}" y="${axisY + 19}" text-anchor="middle" class="nl-tick">${tick.label}</text>`.value);
  }
  parts.push(html`<text x="${PLOT_RIGHT}" y="${axisY + 37}" text-anchor="end" class="nl-caption">${scale.caption}</text>`.value);
  return parts.join('');
}

/** The inline SVG of one number line, plus the list of its sentences that tooltips and screen readers use. */
export function renderNumberLine(line: NumberLine, layout: LineLayout, anchors: Anchors): Markup {
  const { scale } = layout;
  const prefix = line.id;
  const background: Markup[] = [];
  for (const group of layout.groups) {
    if (!group.consistent) continue;
    const height = group.bottom - group.top + 4;
    background.push(html`<rect class="nl-band" x="4" y="${group.top - 2}" width="${WIDTH - 8}" height="${height}" rx="6" fill="${COLORS.band}"/>`);
    const words = `✓ ${group.bars.length} claims agree`;
    let common = '';
    if (group.common) {
      const from = fixed(x(scale, group.common.low));
      const to = fixed(x(scale, group.common.high));
      const left = Math.min(from, to - 3);
      background.push(html`<rect class="nl-common" x="${left}" y="${group.top + CAPTION - 3}" width="${fixed(Math.max(3, to - left))}" height="${group.bottom - group.top - CAPTION + 3}" fill="${COLORS.common}"/>`);
      common = ` · common ground ${readableValue(intervalOf(group.common.low, group.common.high, line.unit))}`;
    }
    background.push(html`<text x="${FILE_X}" y="${group.top + 13}" class="nl-group" fill="${COLORS.consistent}">${words}${common}</text>`);
  }

  const rows = layout.bars.map((bar) => {
    const { claim, index } = bar.item;
    const others = line.conflicts
      .filter((pair) => line.claims[pair.a] === bar.item || line.claims[pair.b] === bar.item)
      .map((pair) => line.claims[pair.a] === bar.item ? line.claims[pair.b] : line.claims[pair.a])
      .map((other) => (other ? `${baseName(other.claim.path)}:${other.claim.span.start.line}` : ''));
    const where = `${baseName(claim.path)}:${claim.span.start.line}`;
    const label = `${where}, ${claimValueLabel(claim)}${bar.item.value.approximate ? ' (approximate)' : ''}${others.length > 0 ? `, contradicts ${others.join(' and ')}` : ''}`;
    const marker = bar.conflict ? '⚠ ' : '';
    const value = claimValueLabel(claim);
    const room = VALUE_RIGHT - FILE_X - textWidth(value, true) - 14 - (bar.conflict ? 16 : 0);
    const shown = fitPlace(baseName(claim.path), claim.span.start.line, room);
    return html`<a class="bar${bar.conflict ? ' conflict' : ''}" href="${anchors.claimHref(claim)}" data-claim="${anchors.claimId(index)}" data-tip="${anchors.claimId(index)}" data-x1="${bar.x1}" data-x2="${bar.x2}" aria-label="${label}" aria-describedby="${anchors.claimId(index)}"><title>${placeLabel(claim)}: ${claim.sentence.replace(/\s+/g, ' ')}</title>
<rect class="hit" x="4" y="${bar.y - ROW / 2}" width="${WIDTH - 8}" height="${ROW}" fill="transparent"/><rect class="focus-ring" x="5" y="${bar.y - ROW / 2 + 1}" width="${WIDTH - 10}" height="${ROW - 2}" rx="4"/>
<text x="${FILE_X}" y="${bar.y + 4}" class="nl-file">${bar.conflict ? html`<tspan class="nl-warn" fill="${COLORS.conflictDark}">${marker}</tspan>` : ''}${shown}</text><text x="${VALUE_RIGHT}" y="${bar.y + 4}" text-anchor="end" class="nl-value${bar.conflict ? ' is-conflict' : ''}">${value}</text>
${barShapes(prefix, bar, bar.item.value)}</a>`;
  });

  const joins = layout.connectors.map(({ from, to }) => {
    const start = from.x2 + 3;
    const end = to.x1 - 3;
    const middle = fixed(end > start ? (start + end) / 2 : (from.x2 + to.x1) / 2);
    const labelY = (from.y + to.y) / 2;
    return trusted(
      `<path class="nl-join" d="M${fixed(start)} ${from.y}H${middle}V${to.y}H${fixed(end)}" fill="none" stroke="${COLORS.conflictDark}" stroke-width="1.6" stroke-dasharray="4 3"/>` +
        `<circle cx="${middle}" cy="${labelY}" r="9" fill="#fff" stroke="${COLORS.conflictDark}" stroke-width="1.5"/>` +
        `<text x="${middle}" y="${labelY + 5}" text-anchor="middle" class="nl-neq" fill="${COLORS.conflictDark}">≠</text>`,
    );
  });

  return html`<svg class="number-line" viewBox="0 0 ${WIDTH} ${layout.height}" width="${WIDTH}" height="${layout.height}" role="group" aria-labelledby="${prefix}-title" data-scale="${scale.kind}" data-unit="${line.unit}">
${svgDefinitions(prefix)}${background}${trusted(renderAxis(layout))}${joins}
${rows}
</svg>`;
}

/** The sentences on a line, one list item per bar: the tooltip's content, and the record when scripts are off. */
export function renderLineSentences(line: NumberLine, layout: LineLayout, anchors: Anchors): Markup {
  const items = layout.bars.map(({ item, conflict }) => {
    const { claim } = item;
    const tags = [claim.polarity === 'negated' ? 'denied' : '', claim.hedged ? 'hedged' : '', claim.cited ? 'cited' : '', conflict ? 'in conflict' : ''].filter(Boolean);
    return html`<li id="${anchors.claimId(item.index)}"><a class="place" href="${anchors.claimHref(claim)}">${placeLabel(claim)}</a> <strong class="value">${claimValueLabel(claim)}</strong>${tags.length > 0 ? html` <span class="tags">(${tags.join(', ')})</span>` : ''} <q class="quote">${quoteMarkup(claim.sentence, claim.match, claim.sentenceMatch)}</q></li>`;
  });
  return html`<details class="line-sentences"><summary>The ${line.claims.length} sentences on this line</summary><ol>${items}</ol></details>`;
}
