/**
 * The page's stylesheet, inlined: system fonts only (nothing to download), colours that pass WCAG AA on white,
 * and a print sheet that drops the controls and keeps cards and findings whole.
 */
export const STYLES = `
:root {
  color-scheme: light;
  --ink: #1b1f24; --muted: #535c66; --line: #d5dae0; --paper: #fff; --wash: #f5f7f9;
  --error: #a3231a; --error-bg: #fdeceb; --warning: #7a4d00; --warning-bg: #fff3d9; --info: #0b569f; --info-bg: #e7f0fa;
  --conflict: #8a1c13; --agree: #1b5e34; --mark: #ffe58a; --focus: #1a4fd6;
}
* { box-sizing: border-box; }
html { font-size: 16px; }
body { margin: 0; color: var(--ink); background: var(--paper); font: 1rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
a { color: #0b4f99; }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, summary:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
code, kbd { font: 0.86em/1.3 ui-monospace, "SF Mono", Menlo, Consolas, monospace; }
kbd { border: 1px solid var(--line); border-bottom-width: 2px; border-radius: 4px; padding: 0 4px; background: var(--wash); }
.skip { position: absolute; left: -9999px; top: 8px; background: var(--paper); padding: 6px 10px; z-index: 10; }
.skip:focus { left: 8px; }
header.page, main, nav.toc { max-width: 1040px; margin: 0 auto; padding: 0 24px; }
header.page { padding-top: 28px; }
h1 { font-size: 1.75rem; line-height: 1.2; margin: 0 0 4px; letter-spacing: -0.01em; }
h2 { font-size: 1.35rem; margin: 40px 0 6px; padding-top: 8px; border-top: 2px solid var(--ink); }
h3 { font-size: 1.05rem; margin: 0; }
.tool { color: var(--muted); margin: 0 0 16px; font-size: 0.9rem; }
.stats { display: flex; flex-wrap: wrap; gap: 10px; margin: 0; padding: 0; list-style: none; }
.stats li { border: 1px solid var(--line); border-radius: 8px; padding: 8px 14px; min-width: 120px; background: var(--wash); }
.stats strong { display: block; font-size: 1.5rem; line-height: 1.1; }
.stats .stat-conflict strong { color: var(--conflict); }
.stats .stat-error strong { color: var(--error); }
nav.toc ul { display: flex; flex-wrap: wrap; gap: 6px 20px; margin: 16px 0 0; padding: 0; list-style: none; }
.section-intro { color: var(--muted); margin: 0 0 16px; max-width: 72ch; }
.agreements { margin: 10px 0 0; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: 6px; }
.agreements li { border: 1px solid #b7dcc2; background: #edf6f0; color: var(--agree); border-radius: 999px; padding: 2px 12px; font-size: 0.9rem; }

.filters { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 16px; margin: 20px 0 0; padding: 10px 14px; background: rgba(255,255,255,0.97); border: 1px solid var(--line); border-radius: 10px; font-size: 0.92rem; }
.filters[hidden] { display: none; }
.filters fieldset { border: 0; margin: 0; padding: 0; display: flex; gap: 10px; align-items: center; }
.filters legend { float: left; margin-right: 6px; font-weight: 600; }
.filters label { display: inline-flex; gap: 6px; align-items: center; }
.filters select { max-width: 15em; }
.filters select, .filters input[type=search], .filters button { font: inherit; padding: 4px 8px; border: 1px solid #8c959f; border-radius: 6px; background: #fff; color: var(--ink); }
.filters input[type=search] { width: 14em; }
.filters .count { color: var(--muted); }
.filters output { margin-left: auto; color: var(--muted); }
.filtered-out { display: none !important; }

.badge { display: inline-block; border-radius: 4px; padding: 0 7px; font-size: 0.78rem; font-weight: 700; text-transform: uppercase; letter-spacing: 0.03em; border: 1px solid currentColor; white-space: nowrap; }
.badge-error { color: var(--error); background: var(--error-bg); }
.badge-warning { color: var(--warning); background: var(--warning-bg); }
.badge-info { color: var(--info); background: var(--info-bg); }

.legend { border: 1px solid var(--line); border-radius: 10px; padding: 12px 16px; margin: 0 0 20px; background: var(--wash); }
.legend-title { font-size: 0.95rem; margin-bottom: 6px; }
.legend ul { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 4px 20px; font-size: 0.88rem; }
.legend li { display: flex; align-items: center; gap: 8px; }
.legend-sample { flex: none; }
.legend-hint { margin: 8px 0 0; font-size: 0.88rem; color: var(--muted); }

figure.line { margin: 0 0 28px; padding: 14px 16px 10px; border: 1px solid var(--line); border-radius: 10px; break-inside: avoid; }
figure.line figcaption { display: flex; flex-wrap: wrap; gap: 4px 12px; align-items: baseline; margin-bottom: 6px; }
figure.line figcaption .status { font-size: 0.9rem; color: var(--muted); }
figure.line figcaption .status.is-conflict { color: var(--conflict); font-weight: 600; }
.line-scroll { overflow-x: auto; }
svg.number-line { display: block; width: 100%; min-width: 600px; height: auto; max-width: 960px; overflow: visible; }
svg text { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
.nl-file { font-size: 13px; fill: var(--ink); }
.nl-value { font-size: 13px; font-weight: 600; fill: var(--ink); }
.nl-value.is-conflict { fill: var(--conflict); }
.nl-tick { font-size: 12px; fill: var(--muted); }
.nl-caption { font-size: 12px; fill: var(--muted); font-style: italic; }
.nl-group { font-size: 12px; font-weight: 600; }
.nl-neq { font-size: 15px; font-weight: 700; }
a.bar { cursor: pointer; outline: none; }
a.bar .focus-ring { fill: none; stroke: none; }
a.bar:hover .focus-ring { fill: rgba(26,79,214,0.06); }
a.bar:focus-visible .focus-ring, a.bar:focus .focus-ring { stroke: var(--focus); stroke-width: 2.5; fill: rgba(26,79,214,0.06); }
a.bar:hover .nl-file, a.bar:focus .nl-file { text-decoration: underline; }
.line-sentences { margin-top: 4px; font-size: 0.9rem; }
.line-sentences summary { cursor: pointer; color: var(--muted); }
.line-sentences ol { margin: 6px 0 0; padding-left: 1.4em; }
.line-sentences li { margin: 4px 0; }
.line-sentences .tags, .tags { color: var(--muted); font-size: 0.85rem; }

#tooltip { position: absolute; z-index: 20; max-width: min(520px, calc(100vw - 16px)); background: #1b1f24; color: #fff; border-radius: 8px; padding: 10px 12px; font-size: 0.9rem; line-height: 1.45; box-shadow: 0 6px 20px rgba(0,0,0,0.25); pointer-events: none; }
#tooltip[hidden] { display: none; }
#tooltip a { color: #b8d4ff; }
#tooltip .value { display: inline-block; margin: 0 4px; }
#tooltip .tags { color: #c9d1d9; }
#tooltip .quote { display: block; margin-top: 4px; }
#tooltip mark { background: #ffe58a; color: #1b1f24; }
#tooltip .tip-hint { display: block; margin-top: 6px; font-size: 0.8rem; color: #c9d1d9; }

q.quote { quotes: "“" "”"; }
blockquote.quote { margin: 6px 0; padding: 6px 12px; border-left: 3px solid var(--line); background: var(--wash); border-radius: 0 6px 6px 0; }
blockquote.quote p { margin: 0; }
mark { background: var(--mark); color: inherit; padding: 0 2px; border-radius: 2px; font-weight: 600; text-decoration: underline; text-decoration-thickness: 2px; text-underline-offset: 2px; }

.contradiction { border: 1px solid #e2b4b0; border-left: 6px solid var(--conflict); border-radius: 10px; padding: 14px 16px; margin: 0 0 20px; break-inside: avoid; }
.contradiction h3 { display: flex; flex-wrap: wrap; gap: 4px 12px; align-items: baseline; }
.contradiction .kind { color: var(--conflict); font-size: 0.82rem; text-transform: uppercase; letter-spacing: 0.04em; }
.contradiction .key { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.98rem; }
.contradiction .subject { color: var(--muted); font-weight: 400; font-size: 0.88rem; }
.contradiction .why { margin: 6px 0 12px; }
.sides { display: flex; align-items: stretch; gap: 10px; }
.side { flex: 1 1 0; min-width: 0; border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px; background: #fff; }
.side-place { margin: 0; font-size: 0.85rem; word-break: break-all; }
.side-value { margin: 4px 0; font-size: 1.3rem; font-weight: 700; color: var(--conflict); }
.versus { align-self: center; font-size: 1.4rem; font-weight: 700; color: var(--conflict); }
.see-line { margin: 10px 0 0; font-size: 0.9rem; }
@media (max-width: 700px) { .sides { flex-direction: column; } .versus { align-self: flex-start; } }

.doc { margin: 0 0 28px; }
.doc h3 { display: flex; flex-wrap: wrap; gap: 4px 14px; align-items: baseline; padding: 8px 0; border-bottom: 1px solid var(--line); }
.doc .path { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.98rem; word-break: break-all; }
.doc-counts { font-weight: 400; color: var(--muted); font-size: 0.88rem; }
.findings { list-style: none; margin: 0; padding: 0; }
.finding { padding: 12px 12px 10px; border-bottom: 1px solid #eceff2; border-left: 4px solid transparent; break-inside: avoid; }
.finding.sev-error { border-left-color: var(--error); }
.finding.sev-warning { border-left-color: #c98a00; }
.finding.sev-info { border-left-color: var(--info); }
.finding:target, .contradiction:target, .doc:target { background: #fffbe6; box-shadow: 0 0 0 3px #f0c000; }
.finding-head { margin: 0; display: flex; flex-wrap: wrap; gap: 4px 10px; align-items: baseline; }
.finding-head .loc { font-size: 0.85rem; color: var(--muted); font-variant-numeric: tabular-nums; }
.finding-head .message { font-weight: 600; }
.meta, .note { margin: 4px 0 0; font-size: 0.85rem; color: var(--muted); }
.related { font-size: 0.9rem; margin-top: 6px; }
.related p { margin: 0; }
.related ul { margin: 2px 0 0; padding: 0; list-style: none; }
.related li { margin: 2px 0; }
.empty { color: var(--muted); font-style: italic; }
footer.page { max-width: 1040px; margin: 40px auto; padding: 16px 24px; color: var(--muted); font-size: 0.85rem; border-top: 1px solid var(--line); }

@media print {
  html { font-size: 11pt; }
  body { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .skip, nav.toc, .filters, #tooltip, .legend-hint, .see-line, .tip-hint { display: none !important; }
  .filtered-out { display: revert !important; }
  header.page, main, footer.page { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  h2 { break-after: avoid; margin-top: 24pt; }
  h3 { break-after: avoid; }
  figure.line, .contradiction, .finding, .legend { break-inside: avoid; }
  .filters, .stats li { box-shadow: none; }
  .finding:target, .contradiction:target { background: none; box-shadow: none; }
  .line-sentences summary { list-style: none; color: var(--ink); font-weight: 600; }
  details::details-content { content-visibility: visible; display: block; }
  .line-scroll { overflow: visible; }
  mark { border: 1px solid #b38f00; }
}
@media (prefers-reduced-motion: no-preference) { html { scroll-behavior: smooth; } }
`;
