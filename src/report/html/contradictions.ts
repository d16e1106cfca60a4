import type { Claim, Contradiction, Report } from '../../types.js';
import type { Anchors } from './anchors.js';
import { html, type Markup } from './escape.js';
import { placeLabel, quoteMarkup } from './quote.js';
import { claimValueLabel } from './value-label.js';
import { sidesAndRestatements } from '../values.js';

const KIND: Record<Contradiction['kind'], string> = {
  range: 'figures that do not overlap',
  polarity: 'asserted and denied',
  exclusive: 'answers that exclude each other',
};

function renderSide(claim: Claim, anchors: Anchors, again: boolean): Markup {
  const tags = [again ? 'the same claim again' : '', claim.hedged ? 'hedged' : '', claim.cited ? 'cited' : ''].filter(Boolean);
  return html`<section class="side" aria-label="${placeLabel(claim)}"><p class="side-place"><a href="${anchors.claimHref(claim)}">${placeLabel(claim)}</a></p><p class="side-value">${claimValueLabel(claim)}</p><blockquote class="quote"><p>${quoteMarkup(claim.sentence, claim.match, claim.sentenceMatch)}</p></blockquote>${tags.length > 0 ? html`<p class="tags">${tags.join(' · ')}</p>` : ''}</section>`;
}

/** One card per contradiction: why it conflicts, then every side next to the others. */
export function renderContradictions(report: Report, anchors: Anchors, lineOf: (contradiction: number) => string | undefined): Markup {
  if (report.contradictions.length === 0) return html`<p class="empty">No contradictions found between the documents.</p>`;
  const cards = report.contradictions.map((contradiction, index) => {
    const files = [...new Set(contradiction.sides.map((side) => anchors.fileIndex(side.path)))].join(' ');
    const sides: Markup[] = [];
    // A restatement stands beside the side it repeats, with "=" between them where the sides have "≠".
    sidesAndRestatements(contradiction).forEach(({ claim, again }, position) => {
      if (position > 0) sides.push(again ? html`<div class="versus" aria-hidden="true">=</div>` : html`<div class="versus" aria-hidden="true">≠</div>`);
      sides.push(renderSide(claim, anchors, again));
    });
    const line = lineOf(index);
    const subject = contradiction.subject === 'default' ? '' : html` <span class="subject">subject: ${contradiction.subject}</span>`;
    return html`<article class="contradiction" id="${anchors.contradictionId(index)}" data-filter="" data-topic="${contradiction.topic}" data-files="${files}" aria-labelledby="${anchors.contradictionId(index)}-title">
<h3 id="${anchors.contradictionId(index)}-title"><span class="kind"><span aria-hidden="true">⚠ </span>${KIND[contradiction.kind]}</span> <span class="key">${contradiction.key}</span>${subject}</h3>
<p class="why">${contradiction.message}</p>
<div class="sides">${sides}</div>${line ? html`<p class="see-line"><a href="#${line}">See these figures on the number line</a></p>` : ''}
</article>`;
  });
  return html`${cards}`;
}
