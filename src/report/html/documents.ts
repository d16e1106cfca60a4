import { compareFindings } from '../../analysis/order.js';
import { type Finding, type Report, SEVERITIES, type Severity } from '../../types.js';
import type { Anchors } from './anchors.js';
import { html, type Markup } from './escape.js';
import { placeLabel, quoteMarkup } from './quote.js';

/** Severity as words and a shape, so the badge does not speak by colour alone. */
export const SEVERITY_BADGE: Record<Severity, { icon: string; word: string }> = {
  error: { icon: '✖', word: 'error' },
  warning: { icon: '▲', word: 'warning' },
  info: { icon: 'ℹ', word: 'info' },
};

export function severityBadge(severity: Severity): Markup {
  const badge = SEVERITY_BADGE[severity];
  return html`<span class="badge badge-${severity}"><span aria-hidden="true">${badge.icon}</span> ${badge.word}</span>`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 || word === 'info' ? '' : 's'}`;
}

/** Only http(s) links to rule docs are kept: a rule file is user input, and `javascript:` must never become a link. */
function safeUrl(url: string | undefined): string | null {
  return url && /^https?:\/\/[^\s"'<>]+$/i.test(url) ? url : null;
}

function renderFinding(finding: Finding, index: number, anchors: Anchors): Markup {
  const id = anchors.findingId(index);
  const url = safeUrl(finding.url);
  const contradiction = anchors.contradictionOfFinding(index);
  const related = (finding.related ?? []).map((other) => {
    const href = anchors.relatedHref(other);
    const where = placeLabel(other);
    return html`<li><span aria-hidden="true">↔ </span>${other.message ? html`${other.message}: ` : ''}${href ? html`<a href="${href}">${where}</a>` : where} <q class="quote">${quoteMarkup(other.sentence, other.match, other.sentenceMatch)}</q></li>`;
  });
  return html`<li class="finding sev-${finding.severity}" id="${id}" data-filter="" data-severity="${finding.severity}" data-topic="${finding.topic ?? ''}" data-files="${anchors.fileIndex(finding.path)}">
<p class="finding-head">${severityBadge(finding.severity)} <a class="loc" href="#${id}" title="${placeLabel(finding)}">line ${finding.span.start.line}:${finding.span.start.column}</a> <span class="message">${finding.message}</span></p>
${finding.sentence ? html`<blockquote class="quote"><p>${quoteMarkup(finding.sentence, finding.match, finding.sentenceMatch)}</p></blockquote>` : ''}
<p class="meta"><code class="rule">${finding.ruleId}</code>${finding.topic ? html` · <span class="topic">topic: ${finding.topic}</span>` : ''}${url ? html` · <a class="rule-doc" href="${url}" rel="noreferrer">rule docs</a>` : ''}${finding.fatal ? html` · <strong>the file could not be audited</strong>` : ''}</p>
${finding.note ? html`<p class="note">Note: ${finding.note}</p>` : ''}${related.length > 0 ? html`<div class="related"><ul>${related}</ul>${contradiction !== undefined ? html`<p><a href="#${anchors.contradictionId(contradiction)}">See the contradiction side by side</a></p>` : ''}</div>` : ''}
</li>`;
}

/** One section per document: its findings in reading order, each with the sentence quoted and the match marked. */
export function renderDocuments(report: Report, anchors: Anchors): Markup {
  const indexed = report.findings.map((finding, index) => ({ finding, index }));
  const claimsPerFile = new Map<string, number>();
  for (const claim of report.claims) claimsPerFile.set(claim.path, (claimsPerFile.get(claim.path) ?? 0) + 1);
  const sections = anchors.files.map((path, fileIndex) => {
    const findings = indexed.filter(({ finding }) => finding.path === path).sort((a, b) => compareFindings(a.finding, b.finding) || a.index - b.index);
    const counts = SEVERITIES.map((severity) => ({ severity, count: findings.filter(({ finding }) => finding.severity === severity).length })).filter(({ count }) => count > 0);
    const summary = counts.length === 0 ? 'no findings' : counts.map(({ severity, count }) => plural(count, severity)).join(' · ');
    const claims = claimsPerFile.get(path) ?? 0;
    return html`<section class="doc" id="${anchors.documentId(fileIndex)}" data-file="${fileIndex}" aria-labelledby="${anchors.documentId(fileIndex)}-title">
<h3 id="${anchors.documentId(fileIndex)}-title"><span class="path">${path}</span> <span class="doc-counts">${summary} · ${plural(claims, 'claim')}</span></h3>
${findings.length === 0 ? html`<p class="empty">Nothing to report in this document.</p>` : html`<ol class="findings">${findings.map(({ finding, index }) => renderFinding(finding, index, anchors))}</ol>`}
<p class="empty filtered-note" hidden>Every finding in this document is hidden by the filters.</p>
</section>`;
  });
  return html`${sections}`;
}

/** Filters by severity, topic and file, and a search box. Hidden until the script shows it: without scripts, everything is shown. */
export function renderFilters(report: Report, anchors: Anchors): Markup {
  const topics = [...new Set([...report.findings.map((finding) => finding.topic), ...report.claims.map((claim) => claim.topic), ...report.contradictions.map((contradiction) => contradiction.topic)])]
    .filter((topic): topic is string => Boolean(topic))
    .sort();
  const severityBoxes = SEVERITIES.map((severity) => {
    const count = report.findings.filter((finding) => finding.severity === severity).length;
    return html`<label class="check"><input type="checkbox" name="severity" value="${severity}" checked=""> ${severityBadge(severity)} <span class="count">${count}</span></label>`;
  });
  return html`<form class="filters" id="filters" role="search" aria-label="Filter the report" hidden="">
<fieldset class="severity"><legend>Severity</legend>${severityBoxes}</fieldset>
<label>Topic <select id="filter-topic"><option value="">All topics</option>${topics.map((topic) => html`<option value="${topic}">${topic}</option>`)}</select></label>
<label>File <select id="filter-file"><option value="">All files</option>${anchors.files.map((path, index) => html`<option value="${index}">${path}</option>`)}</select></label>
<label class="search">Search <input type="search" id="filter-search" placeholder="words, rule id, file…" autocomplete="off"></label>
<button type="reset">Show all</button>
<output id="filter-status" aria-live="polite"></output>
</form>`;
}
