import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { audit } from '../../src/audit.js';
import { formatHtml } from '../../src/report/html.js';
import { escapeHtml, html, trusted } from '../../src/report/html/escape.js';
import { collectNumberLines, layoutNumberLine } from '../../src/report/html/number-line.js';
import { chooseScale } from '../../src/report/html/scale.js';
import { SCRIPT } from '../../src/report/html/script.js';
import { STYLES } from '../../src/report/html/styles.js';
import { readableValue } from '../../src/report/html/value-label.js';
import type { Claim, ClaimValue, Report, Span } from '../../src/types.js';

const SCRIPT_TAG = '<script>alert(1)</script>';
const ATTRIBUTE_BREAK = '"><img src=x onerror=alert(1)>';
const options = { color: false, cwd: process.cwd() };
const example = audit({ paths: ['fixtures/example-corpus'], config: false });
const exampleHtml = formatHtml(example, options);

function span(line: number, start: number, end: number): Span {
  return { start: { line, column: start + 1, offset: start }, end: { line, column: end + 1, offset: end } };
}

function interval(min: number | null, max: number | null, unit = '%', approximate = false): ClaimValue {
  return { type: 'interval', min, max, minInclusive: true, maxInclusive: true, unit, approximate, text: `${min}–${max}` };
}

/** A report whose every text field is hostile: paths, sentences, keys, subjects, messages, notes, a javascript: URL. */
function hostileReport(): Report {
  const side = (path: string, value: ClaimValue, offset: number): Claim => ({
    subject: SCRIPT_TAG,
    topic: `efficacy-rate${ATTRIBUTE_BREAK}`,
    key: `efficacy-rate/${ATTRIBUTE_BREAK}`,
    value,
    polarity: 'affirmed',
    hedged: true,
    cited: false,
    ruleId: `x/${SCRIPT_TAG}`,
    path,
    span: span(3, offset, offset + 6),
    sentence: `It works ${SCRIPT_TAG} for most ${ATTRIBUTE_BREAK} people.`,
    match: 'works',
    sentenceMatch: { start: 3, end: 8 },
  });
  const a = side(`docs/${ATTRIBUTE_BREAK}.md`, interval(10, 20), 4);
  const b = side(`docs/${SCRIPT_TAG}.md`, interval(50, null), 9);
  return {
    version: 1,
    tool: { name: 'claim-audit', version: '0.0.0' },
    rules: [],
    files: [a.path, b.path],
    findings: [
      {
        ruleId: `contradiction/${SCRIPT_TAG}`,
        severity: 'error',
        message: `They disagree ${SCRIPT_TAG}`,
        topic: b.topic,
        path: b.path,
        span: b.span,
        sentence: b.sentence,
        match: b.match,
        note: ATTRIBUTE_BREAK,
        url: 'javascript:alert(1)',
        related: [{ path: a.path, span: a.span, message: SCRIPT_TAG, sentence: a.sentence, match: a.match }],
      },
    ],
    claims: [a, b],
    contradictions: [{ kind: 'range', subject: SCRIPT_TAG, topic: a.topic, key: a.key, message: `Disagree ${ATTRIBUTE_BREAK}`, sides: [a, b] }],
    agreements: [{ subject: SCRIPT_TAG, topic: ATTRIBUTE_BREAK, key: ATTRIBUTE_BREAK, claims: 2, files: 2 }],
    counts: { error: 1, warning: 0, info: 0, files: 2, claims: 2, contradictions: 1 },
  };
}

/** The figure of one key, and its bars' drawn extents from the data attributes. */
function barsOf(page: string, key: string): { x1: number; x2: number; conflict: boolean }[] {
  const figure = page.split('<figure class="line"').find((chunk) => chunk.includes(`-title">${escapeHtml(key)}`));
  expect(figure, `a number line for ${key}`).toBeDefined();
  const bars = [...(figure ?? '').matchAll(/<a class="bar( conflict)?"[^>]*data-x1="([\d.]+)" data-x2="([\d.]+)"/g)];
  return bars.map((bar) => ({ conflict: bar[1] !== undefined, x1: Number(bar[2]), x2: Number(bar[3]) }));
}

describe('escapeHtml and the html tag', () => {
  it.each([
    [SCRIPT_TAG, '&lt;script&gt;alert(1)&lt;/script&gt;'],
    [ATTRIBUTE_BREAK, '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;'],
    [`it's "quoted" & <b>`, 'it&#39;s &quot;quoted&quot; &amp; &lt;b&gt;'],
    ['&amp; stays visible as typed', '&amp;amp; stays visible as typed'],
    ['plain words, 65–75% ≈ café', 'plain words, 65–75% ≈ café'],
    ['', ''],
  ])('escapes %j', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });

  it('escapes every interpolated value, keeps markup it built itself, drops nothing-values', () => {
    const inner = html`<b>${SCRIPT_TAG}</b>`;
    const built = html`<p title="${ATTRIBUTE_BREAK}">${inner} ${[1, ' & ', 2]}${null}${undefined}${false}</p>`;
    expect(built.value).toBe('<p title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"><b>&lt;script&gt;alert(1)&lt;/script&gt;</b> 1 &amp; 2</p>');
    expect(html`${trusted('<i>ours</i>')}`.value).toBe('<i>ours</i>');
  });

  it('the inline script and styles cannot close their own elements early', () => {
    expect(SCRIPT).not.toMatch(/<\/script/i);
    expect(STYLES).not.toMatch(/<\/style/i);
    // The script never turns text into markup.
    expect(SCRIPT).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });
});

describe('HTML report: hostile text stays text', () => {
  const page = formatHtml(hostileReport(), options);

  it('never lets a hostile sentence, path, key or message through unescaped', () => {
    expect(page).not.toContain(SCRIPT_TAG);
    expect(page).not.toContain(ATTRIBUTE_BREAK);
    expect(page).not.toMatch(/<img/i);
    // With every (double-quoted) attribute value blanked, no tag has an event-handler attribute.
    const markup = page.slice(0, page.indexOf('<script>')).replace(/"[^"]*"/g, '""');
    expect(markup).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
    expect(page.match(/<script/gi)).toHaveLength(1);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
  });

  it('drops a javascript: rule URL instead of linking it', () => {
    expect(page).not.toMatch(/javascript:/i);
  });

  it('still draws the hostile claims on a number line and joins the conflict', () => {
    const bars = barsOf(page, `efficacy-rate/${ATTRIBUTE_BREAK}`);
    expect(bars).toHaveLength(2);
    expect(bars.every((bar) => bar.conflict)).toBe(true);
    expect(page).toContain('class="nl-join"');
  });
});

describe('HTML report on the example corpus', () => {
  it('is deterministic: the same report gives the same bytes, whatever the cwd', () => {
    const again = audit({ paths: ['fixtures/example-corpus'], config: false });
    expect(formatHtml(again, options)).toBe(exampleHtml);
    expect(formatHtml(example, { color: true, cwd: '/somewhere/else' })).toBe(exampleHtml);
  });

  it('draws the efficacy figures as two disjoint, conflicting bars', () => {
    const bars = barsOf(exampleHtml, 'efficacy-rate/success').sort((a, b) => a.x1 - b.x1);
    expect(bars).toHaveLength(2);
    const [low, high] = bars as [(typeof bars)[0], (typeof bars)[0]];
    expect(low.x2).toBeGreaterThan(low.x1);
    expect(high.x1).toBeGreaterThan(low.x2);
    expect(bars.every((bar) => bar.conflict)).toBe(true);
  });

  it('has one number line per key with interval claims from two places or more', () => {
    const lines = collectNumberLines(example);
    const keys = lines.map((line) => line.key);
    expect(keys).toEqual(expect.arrayContaining(['efficacy-rate/success', 'relief-duration', 'session-length', 'onset', 'course-length']));
    // Lines with contradictions come first.
    expect(lines.slice(0, 2).every((line) => line.conflicts.length > 0)).toBe(true);
    for (const line of lines) expect(new Set(line.claims.map((item) => `${item.claim.path}:${item.claim.span.start.offset}`)).size).toBeGreaterThanOrEqual(2);
  });

  it('keeps "1–2 weeks" and "several months" apart on a log axis, and groups the agreeing session lengths', () => {
    const lines = collectNumberLines(example);
    const relief = lines.find((line) => line.key === 'relief-duration');
    expect(relief).toBeDefined();
    const layout = layoutNumberLine(relief as NonNullable<typeof relief>);
    expect(layout.scale.kind).toBe('log');
    const [weeks, months] = [...layout.bars].sort((a, b) => a.x1 - b.x1);
    expect((months?.x1 ?? 0) - (weeks?.x2 ?? 0)).toBeGreaterThan(40);
    expect(layout.connectors).toHaveLength(1);

    const session = lines.find((line) => line.key === 'session-length');
    const sessionLayout = layoutNumberLine(session as NonNullable<typeof session>);
    expect(sessionLayout.groups).toHaveLength(1);
    expect(sessionLayout.groups[0]?.consistent).toBe(true);
    expect(sessionLayout.groups[0]?.common).not.toBeNull();
  });

  it('loads nothing from the network: no src at all, and href only to anchors or rule docs', () => {
    expect(exampleHtml).not.toMatch(/\ssrc\s*=/i);
    expect(exampleHtml).not.toMatch(/<link\b/i);
    expect(exampleHtml).not.toMatch(/@import|url\(\s*['"]?(https?:)?\/\//i);
    const hrefs = [...exampleHtml.matchAll(/<a\b[^>]*\bhref="([^"]*)"/g)].map((match) => ({ tag: match[0], href: match[1] ?? '' }));
    expect(hrefs.length).toBeGreaterThan(10);
    for (const { tag, href } of hrefs) {
      if (href.startsWith('#')) continue;
      expect(tag, 'only rule-doc links may leave the page').toContain('class="rule-doc"');
      expect(href).toMatch(/^https?:\/\//);
    }
    expect(exampleHtml).not.toMatch(/\b(?:href|xlink:href)="(?!#|https?:\/\/)/);
  });

  it('shows every finding, contradiction and document without the script, and marks each match', () => {
    expect(exampleHtml.match(/<li class="finding /g)).toHaveLength(example.findings.length);
    expect(exampleHtml.match(/<article class="contradiction"/g)).toHaveLength(example.contradictions.length);
    expect(exampleHtml.match(/<section class="doc"/g)).toHaveLength(example.files.length);
    expect(exampleHtml).toContain('<mark>success rate</mark>');
    // The filters appear only when the script runs; content is never hidden by markup alone.
    expect(exampleHtml).toMatch(/<form class="filters" id="filters"[^>]*hidden/);
    expect(exampleHtml).not.toMatch(/class="[^"]*filtered-out/);
  });
});

describe('number-line axes', () => {
  const extents = (...pairs: [number | null, number | null][]) => pairs.map(([min, max]) => ({ min, max }));

  it('percent: linear 0–100', () => {
    const scale = chooseScale('%', extents([65, 75], [80, null]));
    expect(scale.kind).toBe('linear');
    expect(scale.position(0)).toBe(0);
    expect(scale.position(100)).toBe(1);
    expect(scale.position(50)).toBeCloseTo(0.5);
  });

  it('durations far apart: log scale in which "45 minutes" and "several hours" stand apart', () => {
    const scale = chooseScale('s', extents([2700, 2700], [3 * 3600, 8 * 3600]));
    expect(scale.kind).toBe('log');
    expect(scale.position(3 * 3600) - scale.position(2700)).toBeGreaterThan(0.15);
    expect(scale.caption).toMatch(/minutes to hours, log scale/);
    expect(scale.ticks.map((tick) => tick.label)).toContain('1 h');
  });

  it('durations close together: linear in one readable unit', () => {
    const scale = chooseScale('s', extents([14 * 86400, 21 * 86400], [14 * 86400, 14 * 86400]));
    expect(scale.kind).toBe('linear');
    expect(scale.caption).toMatch(/^weeks/);
    expect(scale.ticks.map((tick) => tick.label)).toContain('2 wk');
  });

  it('durations from zero on a log axis: zero gets its own stub at the left', () => {
    const scale = chooseScale('s', extents([0, 3600], [0, 9 * 86400], [null, 60]));
    expect(scale.zeroStub).toBeGreaterThan(0);
    expect(scale.position(0)).toBe(0);
    expect(scale.position(60)).toBeGreaterThan(scale.zeroStub - 1e-9);
    expect(scale.ticks[0]?.label).toBe('0');
  });

  it('gridlines never crowd: at most a dozen over six orders of magnitude', () => {
    const scale = chooseScale('s', extents([1, 1], [10 * 365 * 86400, 10 * 365 * 86400]));
    expect(scale.ticks.length).toBeLessThanOrEqual(12);
    const positions = scale.ticks.map((tick) => scale.position(tick.value));
    for (let i = 1; i < positions.length; i++) expect((positions[i] ?? 0) - (positions[i - 1] ?? 0)).toBeGreaterThan(0.05);
  });

  it('writes durations in the unit each end reads best in', () => {
    expect(readableValue(interval(14 * 86400, 270 * 86400, 's', true))).toBe('≈ 2 weeks – 9 months');
    expect(readableValue(interval(0, 9 * 86400, 's', true))).toBe('≈ 0–9 days');
    expect(readableValue(interval(2700, 3600, 's'))).toBe('45 min – 1 hour');
    expect(readableValue(interval(7 * 86400, 14 * 86400, 's'))).toBe('1–2 weeks');
    expect(readableValue(interval(65, 75))).toBe('65–75%');
  });
});

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(`[html report] browser test SKIPPED: ${CHROMIUM} not found. Install the Debian package "chromium" (.ci/run does when it can) to run it.`);
}
const browserIt = hasChromium ? it : it.skip;

describe('HTML report in a real browser (headless Chromium)', () => {
  const scratch: string[] = [];
  afterAll(() => {
    for (const folder of scratch) rmSync(folder, { recursive: true, force: true });
  });

  browserIt(
    'renders the example corpus plus a hostile document: inert text, disjoint efficacy bars, keyboard tooltip, filters',
    async () => {
      const { chromium } = await import('playwright-core');
      const corpus = mkdtempSync(join(tmpdir(), 'claim-audit-html-'));
      scratch.push(corpus);
      for (const name of readdirSync('fixtures/example-corpus')) copyFileSync(join('fixtures/example-corpus', name), join(corpus, name));
      writeFileSync(
        join(corpus, 'hostile.txt'),
        'This remedy is completely safe <script>window.__pwned = true</script> and "><img src=x onerror="window.__pwned = true"> is guaranteed.\n',
      );
      let hostileName = 'x<img src=x onerror=window.__pwned=1>.md';
      try {
        writeFileSync(join(corpus, hostileName), '# Notes\n\nOur clinic says the treatment is completely safe for everyone.\n');
      } catch {
        hostileName = ''; // a file system that refuses the name: the prose above still carries the attack
      }
      const report = audit({ paths: [corpus], config: false, cwd: corpus });
      const outputFolder = resolve('test-output');
      mkdirSync(outputFolder, { recursive: true });
      const file = join(outputFolder, 'html-report.html');
      writeFileSync(file, formatHtml(report, { color: false, cwd: corpus }));

      const profile = mkdtempSync(join(tmpdir(), 'claim-audit-chromium-'));
      scratch.push(profile);
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
        viewport: { width: 1200, height: 900 },
      });
      try {
        const page = await context.newPage();
        const requests: string[] = [];
        const errors: string[] = [];
        page.on('request', (request) => requests.push(request.url()));
        page.on('pageerror', (error) => errors.push(error.message));
        await page.goto(pathToFileURL(file).href);

        // Inert: nothing ran, and the attack reads as text.
        expect(await page.evaluate('typeof window.__pwned')).toBe('undefined');
        expect(await page.evaluate('document.querySelectorAll("img").length')).toBe(0);
        expect(await page.evaluate('document.scripts.length')).toBe(1);
        await expect(page.locator('.finding blockquote', { hasText: '<script>window.__pwned = true</script>' }).first().isVisible()).resolves.toBe(true);
        if (hostileName) await expect(page.locator('.doc .path', { hasText: hostileName }).first().isVisible()).resolves.toBe(true);
        expect(errors).toEqual([]);
        expect(requests.filter((url) => !url.startsWith('file:') && !url.startsWith('data:') && !url.startsWith('about:'))).toEqual([]);

        // The efficacy number line: two bars whose boxes do not overlap.
        const efficacy = page.locator('figure.line').filter({ has: page.locator('h3', { hasText: 'efficacy-rate/success' }) });
        const shapes = efficacy.locator('a.bar .bar-shape');
        expect(await shapes.count()).toBe(2);
        const boxes = await Promise.all([0, 1].map(async (index) => shapes.nth(index).boundingBox()));
        const [first, second] = boxes.map((box) => box ?? { x: 0, y: 0, width: 0, height: 0 }).sort((a, b) => a.x - b.x);
        expect(first?.width).toBeGreaterThan(0);
        expect((first?.x ?? 0) + (first?.width ?? 0)).toBeLessThan(second?.x ?? 0);

        // Keyboard: Tab to the first bar; its sentence and place appear in the tooltip.
        let onBar = false;
        for (let presses = 0; presses < 80 && !onBar; presses++) {
          await page.keyboard.press('Tab');
          onBar = (await page.evaluate('document.activeElement?.classList.contains("bar") ?? false')) === true;
        }
        expect(onBar, 'a bar is reachable with Tab').toBe(true);
        const tooltip = page.locator('#tooltip');
        await expect(tooltip.isVisible()).resolves.toBe(true);
        const tipText = (await tooltip.textContent()) ?? '';
        expect(tipText).toMatch(/\.md:\d+:\d+/);
        expect(tipText.length).toBeGreaterThan(40);
        const described = await page.evaluate('document.getElementById(document.activeElement.getAttribute("aria-describedby"))?.textContent ?? ""');
        expect(String(described)).toContain(tipText.slice(0, 20));
        await page.evaluate('document.activeElement.scrollIntoView({ block: "center", behavior: "instant" })');
        await page.screenshot({ path: join(outputFolder, 'html-report-tooltip.png') });

        // Enter follows the bar to its finding below.
        await page.keyboard.press('Enter');
        await page.waitForFunction('location.hash.length > 1');
        expect(await page.evaluate('document.querySelector(location.hash)?.className ?? ""')).toMatch(/finding|contradiction|doc/);
        await page.keyboard.press('Escape');

        // Filters and search narrow the findings; "Show all" brings them back.
        const visibleFindings = async (): Promise<number> => Number(await page.evaluate('[...document.querySelectorAll(".finding")].filter((item) => item.offsetParent !== null).length'));
        const total = await visibleFindings();
        expect(total).toBe(report.findings.length);
        await page.fill('#filter-search', 'guaranteed');
        const searched = await visibleFindings();
        expect(searched).toBeGreaterThan(0);
        expect(searched).toBeLessThan(total);
        await page.click('#filters button[type=reset]');
        await page.uncheck('input[name=severity][value=info]');
        expect(await visibleFindings()).toBe(report.findings.filter((finding) => finding.severity !== 'info').length);
        await page.check('input[name=severity][value=info]');
        await page.evaluate('window.scrollTo(0, 0)');
        await page.screenshot({ path: join(outputFolder, 'html-report.png'), fullPage: true });

        // Without scripts every finding is still there, and the (inert) filters stay out of the way.
        const plain = await context.newPage();
        const session = await context.newCDPSession(plain);
        await session.send('Emulation.setScriptExecutionDisabled', { value: true });
        await plain.goto(pathToFileURL(file).href);
        expect(await plain.locator('.finding').count()).toBe(report.findings.length);
        await expect(plain.locator('#filters').isVisible()).resolves.toBe(false);
        await expect(plain.locator('.finding').last().isVisible()).resolves.toBe(true);
      } finally {
        await context.close();
      }
    },
    60_000,
  );
});
