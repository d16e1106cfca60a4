import { closeSync, constants, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { findContradictions } from './analysis/contradictions.js';
import { type Baseline, subtractBaseline } from './baseline.js';
import { compareClaims, compareFindings } from './analysis/order.js';
import { answers, figuresAnswered, measuredByLabel, statusesAnswered } from './claims/answers.js';
import { type PlacedClaim, setsSubjectApart, withoutDistinctions } from './claims/distinctions.js';
import { matchSentence, opensPost, quotedWords, type SentenceContext, usesNamedIn } from './claims/match.js';
import { mentionsSubject, namesSubjectOrSelf, subjectAbbreviations, subjectBrand, subjectName, writesSubjectAsName } from './claims/clauses.js';
import { rivalsNamed, roundupRivals, titleName } from './claims/rivals.js';
import { findSuppressions, isCovered, isSuppressed, type Suppression } from './claims/suppressions.js';
import { isBareDenial, TableCells } from './claims/tables.js';
import { type AuditOptions, resolveSettings, type Settings } from './config/settings.js';
import { decodeDocument } from './documents/decode.js';
import { discoverSources, type Source } from './documents/discover.js';
import { parseDocument } from './documents/parse.js';
import { TOOL } from './package-root.js';
import { comparatorPatterns, compileRules, type CompiledRules } from './rules/compile.js';
import { loadRuleSets } from './rules/load.js';
import { ruleSummary } from './report/rules.js';
import type { RuleCatalog } from './rules/definition.js';
import { analyzeDocument, joinSentences } from './text/analyze.js';
import { indexLines, type LineIndex } from './text/locations.js';
import type { Claim, Contradiction, Document, Finding, RelatedLocation, Report, RuleSummary, Sentence, Span } from './types.js';
import { addTo } from './collections.js';
import { ConfigError } from './errors.js';
import { closest } from './text/suggest.js';

export { TOOL };

/** A document read, parsed and split into sentences; or why it could not be. */
export type LoadedDocument = { ok: true; document: Document; sentences: Sentence[] } | { ok: false; path: string; finding: Finding };

/** Config and rules, loaded once per run (and once per worker thread). */
export interface Prepared {
  settings: Settings;
  catalog: RuleCatalog;
  readonly compiled: CompiledRules;
}

/**
 * Load config and rules once: the part of a run that does not depend on the documents. `verifyBuiltins` checks
 * the built-in rule sets against the schema too, which a check skips to save time.
 */
export function prepare(options: AuditOptions, load: { verifyBuiltins?: boolean } = {}): Prepared {
  const settings = resolveSettings(options);
  const catalog = loadRuleSets(settings.ruleFiles, settings.cwd, load);
  checkRuleIds(settings, catalog);
  // A topic's contradictions: switched off (its claims are still listed) or given another severity by the config.
  catalog.topics = new Map(
    [...catalog.topics].map(([id, topic]) => {
      const name = `contradiction/${id}`;
      const disabled = settings.disabled.has(name) || settings.disabled.has('contradiction');
      const severity = settings.severities.get(name) ?? settings.severities.get('contradiction');
      return [id, disabled || severity ? { ...topic, ...(disabled ? { muted: true as const } : {}), ...(severity ? { severity } : {}) } : topic];
    }),
  );
  catalog.rules = catalog.rules
    .filter((rule) => !settings.disabled.has(rule.id) && !settings.disabled.has(rule.id.slice(0, rule.id.indexOf('/'))))
    .map((rule) => {
      const severity = settings.severities.get(rule.id);
      return severity ? { ...rule, severity } : rule;
    });
  // Compiled on first use: a run whose documents all come from the cache never matches a sentence.
  let compiled: CompiledRules | undefined;
  return {
    settings,
    catalog,
    get compiled(): CompiledRules {
      return (compiled ??= compileRules(catalog));
    },
  };
}

/**
 * Every id the config names in `disable` or `severity` must name something: a rule (`safety/absolute-safety`),
 * a rule set (`safety`), or a topic's contradictions (`contradiction/relief-duration`, or `contradiction` for
 * all). A typo would otherwise switch nothing off and nobody would know.
 */
function checkRuleIds(settings: Settings, catalog: RuleCatalog): void {
  const known = knownIds(catalog.rules.map((rule) => rule.id), catalog.topics.keys());
  for (const id of [...settings.disabled, ...settings.severities.keys()]) {
    if (known.has(id)) continue;
    const guess = closest(id, known);
    throw new ConfigError(`no rule, rule set or contradiction topic ${JSON.stringify(id)}`, {
      ...(settings.ruleIdOrigins.get(id) ? { origin: settings.ruleIdOrigins.get(id) } : {}),
      hint: guess ? `did you mean "${guess}"?` : 'see claim-audit rules list; contradictions are contradiction/<topic>',
    });
  }
}

/** The names a config or a directive may use: rule ids, rule-set ids, `contradiction` and `contradiction/<topic>`. */
function knownIds(ruleIds: Iterable<string>, topics: Iterable<string>): Set<string> {
  const known = new Set<string>(['contradiction']);
  for (const id of ruleIds) {
    known.add(id);
    known.add(id.slice(0, id.indexOf('/')));
  }
  for (const topic of topics) known.add(`contradiction/${topic}`);
  return known;
}

const directiveNames = new WeakMap<CompiledRules, Set<string>>();

/**
 * A directive naming something that does not exist suppresses nothing, silently: "claim-audit-disable
 * efficacy/sucess-rate" would leave the passage flagged and the editor puzzled. Each unknown name is a warning
 * at the directive, with the nearest real name. The config's disabled rules are known too (they are gone from
 * the compiled rules).
 */
function unknownDirectiveNames(suppressions: readonly Suppression[], compiled: CompiledRules, settings: Settings, path: string, source: string): Finding[] {
  if (suppressions.length === 0) return [];
  let known = directiveNames.get(compiled);
  if (!known) {
    known = knownIds([...compiled.rules.map((rule) => rule.definition.id), ...settings.disabled], compiled.topics.keys());
    directiveNames.set(compiled, known);
  }
  const findings: Finding[] = [];
  for (const suppression of suppressions) {
    for (const name of suppression.rules) {
      if (known.has(name)) continue;
      const guess = closest(name, known);
      findings.push({
        ruleId: 'claim-audit/unknown-directive',
        severity: 'warning',
        message: `Directive names no rule, rule set or contradiction topic "${name}", so it suppresses nothing: ${guess ? `did you mean "${guess}"?` : 'see claim-audit rules list.'}`,
        topic: null,
        path,
        span: suppression.span,
        sentence: '',
        // The directive as written: every finding quotes the source text of its span.
        match: source.slice(suppression.span.start.offset, suppression.span.end.offset),
      });
    }
  }
  return findings;
}

/** Whether the paths name documents, but the config's `ignore` takes every one of them (a pre-commit hook on drafts). */
export function allIgnored(settings: Settings): boolean {
  const named = discoverSources(settings.paths, settings.cwd, undefined, settings.stdinFilename);
  return named.length > 0 && named.every((source) => source.kind === 'file' && settings.ignore(source.absolute));
}

/** The documents the settings name, in a stable order, minus what the config ignores. */
export function findSources(settings: Settings): Source[] {
  return discoverSources(settings.paths, settings.cwd, undefined, settings.stdinFilename).filter((source) => source.kind === 'stdin' || !settings.ignore(source.absolute));
}

/** Read every source the settings name: text decoded, Markdown parsed, prose split into analysed sentences. */
export function loadDocuments(settings: Settings): LoadedDocument[] {
  return findSources(settings).map((source) => loadDocument(source, settings));
}

const START: Span = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

function fileProblem(path: string, message: string, fatal: boolean): LoadedDocument & { ok: false } {
  return {
    ok: false,
    path,
    finding: { ruleId: fatal ? 'claim-audit/unreadable' : 'claim-audit/skipped', severity: fatal ? 'error' : 'warning', message, topic: null, path, span: START, sentence: '', match: '', fatal },
  };
}

/** A source's bytes, or why they cannot be audited (too big: a warning; unreadable: a fatal finding). */
export type SourceBytes = { ok: true; path: string; bytes: Uint8Array } | (LoadedDocument & { ok: false });

/** Read one source's bytes, refusing files above the size limit before reading them. */
export function readSource(source: Source, settings: Settings): SourceBytes {
  if (source.kind === 'stdin') return { ok: true, path: source.path, bytes: Buffer.from(settings.stdin ?? '', 'utf8') };
  try {
    const stats = statSync(source.absolute);
    if (stats.isFIFO()) {
      const piped = readPipe(source.absolute, settings.maxFileBytes);
      return typeof piped === 'string' ? fileProblem(source.path, piped, true) : { ok: true, path: source.path, bytes: piped };
    }
    const size = stats.size;
    if (size > settings.maxFileBytes) {
      return fileProblem(source.path, `file is ${(size / 1048576).toFixed(1)} MB, above the ${(settings.maxFileBytes / 1048576).toFixed(1)} MB limit (maxFileBytes); skipped`, false);
    }
    return { ok: true, path: source.path, bytes: readFileSync(source.absolute) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    return fileProblem(source.path, `cannot read file (${code})`, true);
  }
}

/** How long a named pipe may stay silent (no writer yet, or no new data) before it is given up on. */
const PIPE_WAIT_MS = 5_000;

/**
 * Read a named pipe (`check <(curl …)`, or a FIFO named on the command line) without ever hanging: opened
 * non-blocking and read until its writer closes it after writing. Until the first byte, "no writer" is read
 * as "not yet" (a writer may open the pipe after us); a pipe that stays silent for a while is given up on
 * with a message. Returns the bytes, or why not.
 */
function readPipe(path: string, maxBytes: number): Uint8Array | string {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  const chunks: Buffer[] = [];
  let total = 0;
  let quietSince = Date.now();
  const pause = new Int32Array(new SharedArrayBuffer(4));
  try {
    for (;;) {
      const chunk = Buffer.alloc(65536);
      let read: number;
      try {
        read = readSync(fd, chunk, 0, chunk.length, null);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
        read = -1;
      }
      if (read === 0 && total > 0) break;
      if (read <= 0) {
        if (Date.now() - quietSince > PIPE_WAIT_MS) return `nothing came through the pipe for ${PIPE_WAIT_MS / 1000} s; gave up`;
        Atomics.wait(pause, 0, 0, 20);
        continue;
      }
      total += read;
      if (total > maxBytes) return `the pipe gave more than the ${(maxBytes / 1048576).toFixed(1)} MB limit (maxFileBytes); gave up`;
      chunks.push(chunk.subarray(0, read));
      quietSince = Date.now();
    }
  } finally {
    closeSync(fd);
  }
  return Buffer.concat(chunks);
}

/** Bytes → decoded, parsed document split into analysed sentences; binary content is skipped with a warning. */
export function parseSource(path: string, bytes: Uint8Array, settings: Settings): LoadedDocument {
  const decoded = decodeDocument(bytes);
  if (decoded.kind === 'binary') return fileProblem(path, decoded.reason, false);
  const document = parseDocument(path, decoded.text);
  const lines = indexLines(document.text);
  for (const warning of decoded.warnings) document.warnings.push({ message: warning, span: lines.span(0, 0) });
  return { ok: true, document, sentences: analyzeDocument(document, lines, settings.vague) };
}

/** One source → one loaded document. An unreadable file becomes a fatal finding on that file; the run goes on. */
export function loadDocument(source: Source, settings: Settings): LoadedDocument {
  const read = readSource(source, settings);
  return read.ok ? parseSource(read.path, read.bytes, settings) : read;
}

/** What one document contributes to a report. */
export interface DocumentResult {
  path: string;
  findings: Finding[];
  claims: Claim[];
  suppressions: Suppression[];
}

// An earlier model's section ("## What about the old Greenlark R600?"), even when it shares the subject's brand.
const EARLIER_HEADING = /\b(?:old|older|previous|earlier|discontinued|first-generation|last year's)\s+(?:(?:model|version|generation|edition)\b|(?:[A-Z][\w-]*\s+)*[A-Z0-9][\w-]*\d)/;
// Headings that set a section aside for other things than the subject ("Alternatives", "How it compares with other
// peel depths", "The old approach: stripping").
const OTHER_OPTIONS =
  /^\W*(?:(?:other|alternative)\s+(?:options|treatments|therapies|approaches|choices|products|remedies)\s+(?:exist|are\s+available|include)|there\s+are\s+(?:several\s+|some\s+|a\s+few\s+)?other\s+(?:options|treatments|therapies|approaches|choices|products|alternatives)|alternatives\s+(?:exist|include))\b/i;
const OTHERS_HEADING = /\b(?:for comparison|alternatives?|other options|other treatments|other products|competitors|the competition|rivals|compares?\s+(?:with|to)\s+(?:the\s+)?other|(?:compared|comparison)\s+(?:with|to)\s+(?:the\s+)?other|(?:old|older|previous|earlier|former|traditional)\s+(?:approach|method|technique|way|procedure|surgery|operation|treatment|standard)s?)\b/i;

/** A claim that begins no earlier than `start` (a cell or an answer, not the header or question its measure came from), quoting its new span. */
function startingAt(claim: Claim, start: number, text: string, lines: LineIndex): Claim {
  if (claim.span.start.offset >= start) return claim;
  return { ...claim, span: lines.span(start, claim.span.end.offset), match: text.slice(start, claim.span.end.offset) };
}

/** Claims and findings of one loaded document, minus what its inline directives turn off. */
export function auditDocument(loaded: LoadedDocument, compiled: CompiledRules, settings: Settings): DocumentResult {
  if (!loaded.ok) return { path: loaded.path, findings: [loaded.finding], claims: [], suppressions: [] };
  const { document, sentences } = loaded;
  const lines = indexLines(document.text);
  const context: SentenceContext = { path: document.path, subject: settings.subjectFor(document.path, document.frontMatter), source: document.text, lines };
  const findings: Finding[] = document.warnings.map((warning) => ({
    ruleId: 'claim-audit/document',
    severity: 'warning',
    message: warning.message,
    topic: null,
    path: document.path,
    span: warning.span,
    sentence: '',
    match: document.text.slice(warning.span.start.offset, warning.span.end.offset),
  }));
  const placed: PlacedClaim[] = [];
  let previous: Sentence | undefined;
  let beforePrevious: Sentence | undefined;
  let heading: Sentence | undefined;
  let leadIn: Sentence | undefined;
  // The short names the document gives its subject name its table rows: read only when it has a table.
  const hasTable = sentences.some((sentence) => sentence.block.cell !== undefined);
  const tables = new TableCells(hasTable ? subjectAbbreviations(sentences.map((sentence) => sentence.text), context.subject) : new Set());
  for (const sentence of sentences) tables.add(sentence);
  // What the document's comparison tables weigh the subject against ("| | Fat freezing | Laser lipolysis |"):
  // comparators for this document, and a section headed by one ("## Laser lipolysis") is about it.
  // When the document writes its subject as a name ("the Greenlark R800" for `greenlark-r800`), also a table of
  // rivals only and the products its prose sets beside the subject ("the DriftNest Hybrid, the Lumaro Classic and…").
  // In a roundup with an entry for the subject, the other entries ("## 2. Brightwave Go: best battery") are rivals.
  const subjectIsName = sentences.some((sentence) => sentence.block.kind !== 'heading' && writesSubjectAsName(sentence.text, context.subject));
  // The products its prose names beside the subject count once it writes the subject's brand as a name ("Two
  // popular options are Harborlight and Copperline" for "Harborlight HSA"): tables are left to the whole name, or a
  // lender's example table would become one of rivals.
  const brand = subjectBrand(context.subject);
  const writesBrand = subjectIsName || (brand !== null && sentences.some((sentence) => sentence.block.kind !== 'heading' && writesSubjectAsName(sentence.text, brand)));
  // A subject that is a kind of thing ("massage-gun") names no product; the title may ("Thrumwell Pro 2 vs. Kinetra
  // Mini"), and then the products set beside that one are rivals.
  const named = writesBrand ? context.subject : titleName(titleOf(document.frontMatter, sentences), sentences);
  const rivals = [...(named !== null ? rivalsNamed(sentences, named) : []), ...roundupRivals(sentences, context.subject)];
  const alternatives = [...new Set([...tables.alternatives(context.subject, subjectIsName), ...rivals])].sort();
  const rules: CompiledRules = alternatives.length === 0 ? compiled : { ...compiled, comparators: comparatorPatterns([...compiled.comparatorPhrases, ...alternatives]) };
  const alternativeNames = alternatives.length === 0 ? null : comparatorPatterns(alternatives);
  let otherSection = false;
  // The paragraph that turned to other options ("Other options exist."), from that sentence on.
  let othersParagraph: number | undefined;
  // Row labels' claims, until the cell that answers them is read; those of a row no cell answers are dropped
  // (a wide table in which no column is the subject's).
  const rowLabels = new Map<Sentence, Claim[]>();
  // Findings taken back once later text shows they say what the passage does not: a row label's when its cell
  // denies it ("| Foreign transaction fee | None |"), a reply's quotation of what was already flagged.
  const labelFindings = new Map<Sentence, Finding[]>();
  const withdrawn = new Set<Finding>();
  // Paragraphs that open by setting their subject apart from what came before ("X is a different product").
  const setApart = new Set<number>();
  // What the document has said so far, for a reply that quotes it ("> it's not even FDA approved"); only a document
  // with a quotation needs it.
  const quotes = sentences.some((sentence) => sentence.block.kind === 'blockquote');
  let saidSoFar = '';
  let post = false;
  for (const sentence of sentences) {
    if (sentence.block.index !== previous?.block.index) post = opensPost(sentence, previous);
    context.post = post;
    if (sentence.block.index !== previous?.block.index && setsSubjectApart(sentence.text)) setApart.add(sentence.block.index);
    // What speaks for a list item: the heading above it, and the sentence that leads into its list ("Side
    // effects are common:", "People come to us for:").
    if (sentence.block.kind === 'heading') {
      heading = sentence;
      leadIn = undefined;
      // A section its heading gives to an alternative ("## Injectables") or sets aside for others ("## The real
      // drugs, for comparison") claims nothing for the subject, unless the heading names it.
      otherSection =
        EARLIER_HEADING.test(sentence.text) ||
        (((alternativeNames !== null && alternativeNames.anywhere.test(sentence.text)) || OTHERS_HEADING.test(sentence.text)) &&
          !mentionsSubject(sentence.text, subjectName(context.subject)) &&
          !namesSubjectOrSelf(sentence.text, context.subject));
    } else if (sentence.block.kind !== 'listItem') {
      leadIn = sentence.text.trimEnd().endsWith(':') ? sentence : undefined;
    }
    context.heading = heading;
    context.leadIn = leadIn;
    context.previous = previous !== undefined && previous.block.index === sentence.block.index ? previous : undefined;
    const result = matchSentence(sentence, rules, context);
    findings.push(...result.findings);
    const placedBefore = placed.length;
    const block = sentence.block.index;
    const label = tables.labelFor(sentence, context.subject);
    // "| FDA approved for myopia control? | No (off-label) |": the row label names the use of the cell's status.
    const uses = label === undefined ? [] : usesNamedIn(label);
    // Another column of a comparison table speaks of another thing: its risky words are still flagged.
    if (tables.isRowLabel(sentence)) {
      // A row label claims what its cell answers ("| FDA approved | No |"): held until the subject's cell is read.
      rowLabels.set(sentence, result.claims);
      labelFindings.set(sentence, result.findings);
    } else if (!tables.isOtherColumn(sentence, context.subject)) {
      const cellClaims = label === undefined ? result.claims : measuredByLabel(label, sentence, result.claims, rules, context, settings.vague, labelJoint(label));
      for (const claim of cellClaims) {
        const scoped = uses.length > 0 && claim.value.type === 'category' && claim.value.scope.length === 0;
        placed.push({ claim: scoped && claim.value.type === 'category' ? { ...claim, value: { ...claim.value, scope: uses } } : claim, block });
      }
    }
    const labelClaims = label === undefined ? undefined : rowLabels.get(label);
    if (label !== undefined && labelClaims !== undefined) {
      rowLabels.delete(label);
      // "| Annual service | Not required |" is read as "Annual service: Not required", which denies it; any other
      // answer leaves the label's claims as they are.
      const denied = isBareDenial(sentence);
      const joined = (): Claim[] => matchSentence(joinSentences(label, sentence, lines, settings.vague, ': '), rules, context).claims;
      const answered = denied ? joined().filter((claim) => claim.polarity === 'negated') : [...labelClaims, ...statusesAnswered(labelClaims, result.claims, sentence, joined)];
      // "Says the card charges a fee" on a row whose cell says "None" would tell the editor the opposite of the row.
      if (denied) for (const finding of labelFindings.get(label) ?? []) if (!wantsDenial(finding, compiled)) withdrawn.add(finding);
      for (const claim of answered) placed.push({ claim, block: label.block.index });
    }
    if (label !== undefined) {
      for (const claim of figuresAnswered(label, sentence, result.claims, rules, context, settings.vague, labelJoint(label))) placed.push({ claim, block });
    } else {
      // "| Service | Duration |" over "| Standard cupping session | 45 mins |": read as "Standard cupping session Duration 45 mins".
      const variant = tables.variantLabelsFor(sentence, context.subject);
      if (variant !== undefined) {
        const joined = joinSentences(variant[0], variant[1], lines, settings.vague);
        const cellStart = sentence.offsets[0] ?? 0;
        // The rows are variants of one thing (doses, services): like figures in one paragraph, a later row that
        // clashes with an earlier one is set apart, so the table counts as one block.
        const tableBlock = -1 - (sentence.block.cell?.table ?? 0);
        // Placed at the cell, not at the header the measure's name stands in.
        for (const claim of figuresAnswered(joined, sentence, result.claims, rules, context, settings.vague)) {
          placed.push({ claim: startingAt(claim, cellStart, document.text, lines), block: tableBlock });
        }
      }
      // "| Treatment | Typical sessions |" over "| IPL photofacial | 3–5 |": the subject's row, read as "Typical sessions: 3–5".
      const header = variant === undefined ? tables.subjectRowHeaderFor(sentence, context.subject) : undefined;
      if (header !== undefined) {
        for (const claim of figuresAnswered(header, sentence, result.claims, rules, context, settings.vague, labelJoint(header))) {
          placed.push({ claim: startingAt(claim, sentence.offsets[0] ?? 0, document.text, lines), block });
        }
      }
    }
    if (previous && answers(previous, sentence, beforePrevious)) {
      // Placed at the answer, where its figure stands, not at the question the measure's name stands in.
      const answerStart = sentence.offsets[0] ?? 0;
      for (const claim of figuresAnswered(previous, sentence, result.claims, rules, context, settings.vague)) {
        placed.push({ claim: startingAt(claim, answerStart, document.text, lines), block });
      }
    }
    // A section about an alternative claims nothing for the subject; its risky words are still flagged. Nor does a
    // forum reply's quotation of what an earlier post said: the claim stands where it was first made, with the
    // words around it ("My sister says … it's not even FDA approved").
    const said = quotes ? comparable(sentence.text) : '';
    // A reply may put the quoted poster's handle before their words: "> mirela.s: only lasted about five months".
    const quoted = sentence.block.kind === 'blockquote' ? comparable(quotedWords(sentence.text)) : '';
    const repeated = quoted.length >= 12 && saidSoFar.includes(quoted);
    // "Other options exist. Low-dose atropine drops slowed progression by roughly 30%, … causing more light
    // sensitivity.": the rest of a paragraph that turns to other options is about them, unless a sentence names the subject.
    if (OTHER_OPTIONS.test(sentence.text)) othersParagraph = sentence.block.index;
    const aboutOthers = othersParagraph === sentence.block.index && !mentionsSubject(sentence.text, context.subject) && !namesSubjectOrSelf(sentence.text, context.subject);
    if (otherSection || repeated || aboutOthers) placed.length = placedBefore;
    // The quoted words were flagged where they were first said; the quotation repeats them.
    if (repeated && !otherSection) for (const finding of result.findings) withdrawn.add(finding);
    if (quotes) saidSoFar += ` ${said}`;
    beforePrevious = previous;
    previous = sentence;
  }
  // "LED Light Therapy for Acne": what the title says the subject is for is the condition it treats, not a side
  // effect, wherever the article names it ("isn't enough for cystic acne", "at-home acne masks"). So is what the
  // subject's own name says it treats ("acne" in `acne-scar-laser-treatment`, "colds" in `vitamin-c-for-colds`).
  const treated = termsTreated([titlePurpose(document.frontMatter.title), subjectPurpose(context.subject)], compiled);
  const claims = withoutDistinctions(
    treated.size === 0 ? placed : placed.filter(({ claim }) => !treated.has(claim.key)),
    compiled.topics,
    context.subject,
    setApart,
  );
  const suppressions = findSuppressions(document.text, document.format, lines);
  // A suppressed rule's claims go too: the editor has accepted that passage, so it takes no part in contradictions.
  return {
    path: document.path,
    findings: [
      ...findings.filter((finding) => !withdrawn.has(finding) && !isSuppressed(suppressions, finding.ruleId, finding.span.start.offset)),
      ...unknownDirectiveNames(suppressions, compiled, settings, document.path, document.text),
    ],
    claims: dedupeClaims(claims.filter((claim) => !isSuppressed(suppressions, claim.ruleId, claim.span.start.offset))).map((claim) =>
      // Carried on the claim itself so that a claim ledger (`claims --shard`) keeps the editor's decision.
      isCovered(suppressions, `contradiction/${claim.topic}`, claim.span.start.offset) ? { ...claim, contradictionAccepted: true } : claim,
    ),
    suppressions,
  };
}


// What a title says its subject is for: "… for Acne at Solstice Skin Clinic", "Botox for Chronic Migraine | …".
const TITLE_FOR = /\bfor\s+([^|:;,.!?()–—-]+)/i;

/** What a title says its subject is for, or null. */
function titlePurpose(title: unknown): string | null {
  return typeof title === 'string' ? (TITLE_FOR.exec(title)?.[1] ?? null) : null;
}

// The last word of a subject's name that says it treats what the words before it name: `cold-sore-treatment`.
const TREATMENT_HEADS: ReadonlySet<string> = new Set(['treatment', 'treatments', 'therapy', 'surgery', 'removal', 'repair', 'relief', 'remedies', 'remedy', 'medication', 'medications', 'cream', 'creams', 'drops']);

/**
 * What a subject's name says it treats: the words after "for" (`vitamin-c-for-colds`), or the words before a word of
 * treatment that ends it (`acne-scar-laser-treatment`); null for a name of a thing (`no-contract-phone-plans`).
 */
function subjectPurpose(subject: string): string | null {
  const words = subject.toLowerCase().split(/[-_\s]+/);
  const at = words.indexOf('for');
  if (at >= 0 && at < words.length - 1) return words.slice(at + 1).join(' ');
  return words.length > 1 && TREATMENT_HEADS.has(words[words.length - 1] as string) ? words.slice(0, -1).join(' ') : null;
}

/** The keys of terms (`side-effect/acne`) that name what a document's subject is for (see `titlePurpose`, `subjectPurpose`). */
function termsTreated(named: readonly (string | null)[], compiled: CompiledRules): Set<string> {
  const treated = new Set<string>();
  const purposes = named.filter((words): words is string => words !== null).map((words) => ` ${comparable(words)} `);
  if (purposes.length === 0) return treated;
  for (const topic of compiled.topics.values()) {
    for (const [name, synonyms] of Object.entries(topic.terms)) {
      if (synonyms.some((synonym) => purposes.some((purpose) => purpose.includes(` ${comparable(synonym)} `)))) treated.add(`${topic.id}/${name}`);
    }
  }
  return treated;
}

/** Whether a finding's rule reports a denial ("no side effects"), which a row denied by its cell still makes. */
function wantsDenial(finding: Finding, compiled: CompiledRules): boolean {
  const rule = compiled.rules.find((candidate) => candidate.definition.id === finding.ruleId)?.definition;
  return rule?.requirePolarity === 'negated' || rule?.polarity === 'negated';
}

/** A sentence's words, lower-cased and single-spaced, for finding it quoted again. */
function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}%$]+/gu, ' ').trim();
}

/** How a row label is read with its cell: as a label ("Servers: 1,400"), or as a question it already is. */
function labelJoint(label: Sentence): string {
  return /[?:.!]$/.test(label.text.trimEnd()) ? ' ' : ': ';
}

/** Two rules on one topic may find the same claim in one place: keep it once. */
function dedupeClaims(claims: Claim[]): Claim[] {
  const seen = new Set<string>();
  return claims.filter((claim) => {
    const value = claim.value.type === 'interval' ? `${claim.value.min}:${claim.value.max}` : claim.value.type === 'category' ? claim.value.category : '';
    const key = `${claim.key}|${claim.span.start.offset}|${value}|${claim.polarity}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Where a contradiction is reported: its last side, like a duplicate heading after the first. In PR mode, the
 * last side in a changed document, so that the annotation lands in the pull request's diff.
 */
function reportedSide(contradiction: Contradiction, focus?: (path: string) => boolean): Claim {
  const sides = contradiction.sides;
  const last = sides[sides.length - 1] as Claim;
  if (!focus || focus(last.path)) return last;
  return [...sides].reverse().find((side) => focus(side.path)) ?? last;
}

/** A contradiction as a finding on its reported side, pointing at the others. */
function contradictionFinding(contradiction: Contradiction, severity: Finding['severity'], focus?: (path: string) => boolean): Finding {
  const last = reportedSide(contradiction, focus);
  const others = contradiction.sides.filter((side) => side !== last);
  return {
    ruleId: `contradiction/${contradiction.topic}`,
    severity,
    message: contradiction.message,
    topic: contradiction.topic,
    path: last.path,
    span: last.span,
    sentence: last.sentence,
    match: last.match,
    ...(last.sentenceMatch ? { sentenceMatch: last.sentenceMatch } : {}),
    related: [
      ...others.map((side) => relatedPlace(side, 'conflicting claim')),
      ...(contradiction.restatements ?? []).map((claim) => ({ ...relatedPlace(claim, 'the same claim again'), restatement: true })),
    ],
  };
}

function relatedPlace(claim: Claim, message: string): RelatedLocation {
  return {
    path: claim.path,
    span: claim.span,
    message,
    sentence: claim.sentence,
    match: claim.match,
    ...(claim.sentenceMatch ? { sentenceMatch: claim.sentenceMatch } : {}),
  };
}

/** How a report is assembled beyond the documents themselves. */
export interface ReportOptions {
  /** Report directives that suppressed nothing (`--report-unused-disables`). */
  reportUnusedDisables?: boolean;
  /** Findings and contradictions accepted earlier (`--baseline`): only new ones are reported. */
  baseline?: Baseline;
  /**
   * PR mode (`--changed`): report only on the documents this accepts. Their claims are still compared with
   * every document's; what is left out is the other documents' own findings, claims and contradictions.
   */
  focus?: (path: string) => boolean;
}

/** Assemble the report: findings sorted, contradictions found over every claim of every document. */
export function buildReport(files: string[], perDocument: DocumentResult[], catalog: RuleCatalog, options: ReportOptions = {}): Report {
  const { focus } = options;
  const reported = focus ? perDocument.filter((result) => focus(result.path)) : perDocument;
  let findings = reported.flatMap((result) => result.findings);
  const allClaims = perDocument.flatMap((result) => result.claims);
  const claims = (focus ? reported.flatMap((result) => result.claims) : allClaims).sort(compareClaims);
  const found = findContradictions(allClaims, catalog.topics, focus);
  const suppressionsOf = new Map(perDocument.map((result) => [result.path, result.suppressions]));
  // A contradiction reported at a place whose directive names `contradiction/<topic>` is accepted there.
  let contradictions = found.contradictions.filter((contradiction) => {
    if (catalog.topics.get(contradiction.topic)?.muted) return false;
    const last = reportedSide(contradiction, focus);
    // Both tests agree on a document audited in this run; isSuppressed also marks the directive used.
    const accepted = isSuppressed(suppressionsOf.get(last.path) ?? [], `contradiction/${contradiction.topic}`, last.span.start.offset);
    return !accepted && !last.contradictionAccepted;
  });
  const agreements = found.agreements;
  if (options.baseline) ({ findings, contradictions } = subtractBaseline(findings, contradictions, options.baseline));
  for (const contradiction of contradictions) {
    findings.push(contradictionFinding(contradiction, catalog.topics.get(contradiction.topic)?.severity ?? 'error', focus));
  }
  if (options.reportUnusedDisables) {
    for (const result of reported) {
      // A directive that names an unknown id already has its warning there (claim-audit/unknown-directive).
      const misnamed = new Set(result.findings.filter((finding) => finding.ruleId === 'claim-audit/unknown-directive').map((finding) => finding.span.start.offset));
      for (const suppression of result.suppressions) {
        if (suppression.used || misnamed.has(suppression.span.start.offset)) continue;
        findings.push({
          ruleId: 'claim-audit/unused-disable',
          severity: 'warning',
          message: `Unused claim-audit directive${suppression.rules.length > 0 ? ` for ${suppression.rules.join(', ')}` : ''}: nothing here is reported any more.`,
          topic: null,
          path: result.path,
          span: suppression.span,
          sentence: '',
          match: '',
        });
      }
    }
  }
  findings = findingsInReadingOrder(findings);
  const rules: RuleSummary[] = catalog.rules.map(ruleSummary);
  const count = (severity: Finding['severity']): number => findings.filter((finding) => finding.severity === severity).length;
  return {
    version: 1,
    tool: TOOL,
    rules,
    files: [...files].sort(),
    findings,
    claims,
    contradictions,
    agreements,
    counts: { error: count('error'), warning: count('warning'), info: count('info'), files: files.length, claims: claims.length, contradictions: contradictions.length },
  };
}

/**
 * Findings sorted by compareFindings. Sorted file by file and then joined in path order, so that the sort
 * compares positions, not long paths: at 10k articles the report holds 300k findings.
 */
function findingsInReadingOrder(findings: Finding[]): Finding[] {
  const byPath = new Map<string, Finding[]>();
  for (const finding of findings) addTo(byPath, finding.path, finding);
  return [...byPath.keys()].sort().flatMap((path) => (byPath.get(path) as Finding[]).sort(compareFindings));
}

/** The whole pipeline: config → rules → documents → sentences → claims → contradictions → report.
 * Documents are audited one at a time and only their claims and findings are kept, so memory follows the
 * claims, not the corpus. (The CLI adds worker threads and the claim cache on top: see `run.ts`.) */
export function audit(options: AuditOptions & ReportOptions = {}): Report {
  const { settings, catalog, compiled } = prepare(options);
  const results = findSources(settings).map((source) => auditDocument(loadDocument(source, settings), compiled, settings));
  return buildReport(
    results.map((result) => result.path),
    results,
    catalog,
    options,
  );
}

/** A document's title: its front matter's, else its first heading's. */
function titleOf(frontMatter: Record<string, unknown>, sentences: readonly Sentence[]): string | undefined {
  if (typeof frontMatter.title === 'string') return frontMatter.title;
  return sentences.find((sentence) => sentence.block.kind === 'heading')?.text;
}
