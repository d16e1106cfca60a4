import type { Formatter, Report } from '../types.js';
import { type Anchors, buildAnchors } from './html/anchors.js';
import { renderContradictions } from './html/contradictions.js';
import { renderDocuments, renderFilters } from './html/documents.js';
import { html, type Markup, trusted } from './html/escape.js';
import { renderLegend } from './html/legend.js';
import { collectNumberLines, layoutNumberLine, type NumberLine, renderLineSentences, renderNumberLine } from './html/number-line.js';
import { SCRIPT } from './html/script.js';
import { STYLES } from './html/styles.js';
import { plural } from '../text/plural.js';

function renderFigure(line: NumberLine, anchors: Anchors): Markup {
  const layout = layoutNumberLine(line);
  const files = [...new Set(line.claims.map((item) => anchors.fileIndex(item.claim.path)))];
  const contradictions = new Set(line.conflicts.map((pair) => pair.contradiction)).size;
  const agreeing = layout.groups.some((group) => group.consistent);
  const status =
    contradictions > 0 ? html`<span class="status is-conflict"><span aria-hidden="true">⚠ </span>${plural(contradictions, 'contradiction')}</span>`
    : agreeing ? html`<span class="status">✓ consistent</span>`
    : html`<span class="status">no contradiction found</span>`;
  const subject = line.subject === 'default' ? '' : html` <span class="subject">· ${line.subject}</span>`;
  return html`<figure class="line" id="${line.id}" data-filter="" data-topic="${line.topic}" data-files="${files.join(' ')}" aria-labelledby="${line.id}-title">
<figcaption><h3 id="${line.id}-title">${line.key}${subject}</h3> ${status} <span class="status">${plural(line.claims.length, 'claim')} in ${plural(files.length, 'file')}</span></figcaption>
<div class="line-scroll">${renderNumberLine(line, layout, anchors)}</div>
${renderLineSentences(line, layout, anchors)}
</figure>`;
}

/**
 * One self-contained HTML page: number lines of every figure claimed in two places or more, contradictions side
 * by side, and each document's findings with filters. No network, no timestamps: the same report gives the same
 * bytes. Every piece of document text goes through `escapeHtml` (via the `html` tag).
 */
export const formatHtml: Formatter = (report: Report) => {
  const anchors = buildAnchors(report);
  const lines = collectNumberLines(report);
  const lineOfContradiction = new Map<number, string>();
  for (const line of lines) for (const pair of line.conflicts) if (!lineOfContradiction.has(pair.contradiction)) lineOfContradiction.set(pair.contradiction, line.id);

  const { error, warning, info, files, claims, contradictions } = report.counts;
  const findings = report.findings.length;
  const title = `Claim audit: ${plural(contradictions, 'contradiction')}, ${plural(findings, 'finding')} in ${plural(files, 'file')}`;
  const agreements = report.agreements.map(
    (agreement) => html`<li>✓ ${agreement.key}${agreement.subject === 'default' ? '' : html` (${agreement.subject})`}: ${plural(agreement.claims, 'claim')} in ${plural(agreement.files, 'file')}</li>`,
  );

  const page = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${report.tool.name} ${report.tool.version}">
<title>${title}</title>
<style>${trusted(STYLES)}</style>
</head>
<body>
<a class="skip" href="#documents">Skip to the findings</a>
<header class="page">
<h1>Claim audit</h1>
<p class="tool">${report.tool.name} ${report.tool.version} · ${plural(files, 'document')} audited</p>
<ul class="stats" aria-label="Summary">
<li class="stat-conflict"><strong>${contradictions}</strong> ${contradictions === 1 ? 'contradiction' : 'contradictions'}</li>
<li class="stat-error"><strong>${error}</strong> ${error === 1 ? 'error' : 'errors'}</li>
<li><strong>${warning}</strong> ${warning === 1 ? 'warning' : 'warnings'}</li>
<li><strong>${info}</strong> info</li>
<li><strong>${claims}</strong> ${claims === 1 ? 'claim' : 'claims'}</li>
<li><strong>${files}</strong> ${files === 1 ? 'file' : 'files'}</li>
</ul>
${agreements.length > 0 ? html`<ul class="agreements" aria-label="Checked and consistent">${agreements}</ul>` : ''}
</header>
<nav class="toc" aria-label="Sections"><ul>
<li><a href="#figures">Figures compared (${lines.length})</a></li>
<li><a href="#contradictions">Contradictions (${report.contradictions.length})</a></li>
<li><a href="#documents">Documents (${anchors.files.length})</a></li>
</ul></nav>
<main>
${renderFilters(report, anchors)}
<section id="figures" aria-labelledby="figures-title">
<h2 id="figures-title">Figures compared across documents</h2>
<p class="section-intro">Every figure claimed in two places or more, one line per subject and measure. Each bar is what one sentence claims.</p>
${lines.length > 0 ? html`${renderLegend()}${lines.map((line) => renderFigure(line, anchors))}` : html`<p class="empty">No figure is claimed in two places, so there is nothing to compare.</p>`}
</section>
<section id="contradictions" aria-labelledby="contradictions-title">
<h2 id="contradictions-title">Contradictions</h2>
<p class="section-intro">Claims that cannot all be true, with both quotes next to each other.</p>
${renderContradictions(report, anchors, (index) => lineOfContradiction.get(index))}
</section>
<section id="documents" aria-labelledby="documents-title">
<h2 id="documents-title">Findings by document</h2>
<p class="section-intro">Each document's findings in reading order; the words that triggered a finding are marked in the sentence.</p>
${renderDocuments(report, anchors)}
</section>
</main>
<footer class="page">Made by ${report.tool.name} ${report.tool.version}. This file is self-contained: it loads nothing from the network.</footer>
<div id="tooltip" role="tooltip" hidden=""></div>
<script>${trusted(SCRIPT)}</script>
</body>
</html>
`;
  return page.value;
};
