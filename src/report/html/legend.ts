import { html, type Markup } from './escape.js';
import { barShapes, svgDefinitions } from './number-line.js';

interface Sample {
  words: string;
  draw: (prefix: string) => Markup;
}

const exact = { minInclusive: true, maxInclusive: true, approximate: false };
const bar = { y: 11, arrowLow: false, arrowHigh: false, conflict: false };

const SAMPLES: Sample[] = [
  { words: 'a claimed range (“between 65 and 75%”)', draw: (p) => barShapes(p, { ...bar, x1: 8, x2: 60 }, { ...exact, min: 1, max: 2 }) },
  { words: 'a single figure', draw: (p) => barShapes(p, { ...bar, x1: 28, x2: 40 }, { ...exact, min: 1, max: 1 }) },
  { words: 'approximate (“about”, “several”): soft edges', draw: (p) => barShapes(p, { ...bar, x1: 8, x2: 60 }, { ...exact, approximate: true, min: 1, max: 2 }) },
  { words: 'no limit on that side (“up to”, “over”): arrow to the edge', draw: (p) => barShapes(p, { ...bar, x1: 8, x2: 60, arrowHigh: true }, { ...exact, min: 1, max: null }) },
  { words: 'limit not included (“more than 80%”): hollow end', draw: (p) => barShapes(p, { ...bar, x1: 14, x2: 60 }, { ...exact, minInclusive: false, min: 1, max: 2 }) },
  {
    words: 'in conflict: hatched, ⚠ on the row, joined by ≠',
    draw: (p) =>
      html`${barShapes(p, { ...bar, x1: 4, x2: 22, conflict: true }, { ...exact, min: 1, max: 2 })}<path d="M25 11H38" stroke="#8a1c13" stroke-width="1.6" stroke-dasharray="4 3"/><circle cx="42" cy="11" r="8" fill="#fff" stroke="#8a1c13" stroke-width="1.5"/><text x="42" y="16" text-anchor="middle" class="nl-neq" fill="#8a1c13">≠</text>${barShapes(p, { ...bar, x1: 52, x2: 64, conflict: true }, { ...exact, min: 1, max: 2 })}`,
  },
  {
    words: '✓ claims that agree, grouped; darker where they all overlap',
    draw: () => html`<rect x="1" y="1" width="66" height="20" rx="4" fill="#edf6f0"/><rect x="24" y="1" width="20" height="20" fill="#c6e6cf"/><rect x="8" y="4" width="40" height="6" fill="#2b65a8"/><rect x="20" y="12" width="38" height="6" fill="#2b65a8"/>`,
  },
];

/** What the bars, arrows, soft edges and colours of the number lines mean; every meaning also has a shape. */
export function renderLegend(): Markup {
  const items = SAMPLES.map((sample, index) => {
    const prefix = `lg${index}`;
    return html`<li><svg class="legend-sample" viewBox="0 0 68 22" width="68" height="22" aria-hidden="true" focusable="false">${svgDefinitions(prefix)}${sample.draw(prefix)}</svg> <span>${sample.words}</span></li>`;
  });
  return html`<div class="legend" role="note" aria-label="How to read the number lines"><h3 class="legend-title">How to read the number lines</h3><ul>${items}</ul><p class="legend-hint">Each row is one sentence; hover over it or focus it with <kbd>Tab</kbd> to read it, and follow it to its finding.</p></div>`;
}
