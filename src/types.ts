/**
 * The one vocabulary of claim-audit. Positions follow the unist convention everywhere:
 * line and column are 1-based (for people), offset is 0-based (for machines), and a span's end is exclusive.
 */

/** A place in an original source file. `offset` counts UTF-16 code units from the start of the decoded text (BOM excluded). */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** A stretch of an original source file; `end` is exclusive. */
export interface Span {
  start: Point;
  end: Point;
}

/** A half-open range of offsets into some string (a sentence's text, a block's text). */
export interface TextRange {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export type DocumentFormat = 'markdown' | 'text';

/**
 * A run of prose from one document, with markup removed. `offsets[i]` is the source offset of `text[i]`;
 * `offsets[text.length]` is the source offset just past the last character.
 */
export interface ProseBlock {
  text: string;
  offsets: number[];
  /** What kind of node the prose came from: paragraph, heading, listItem, tableCell, blockquote… */
  kind: string;
  /** Whether the block (e.g. a paragraph) carries a link, footnote reference or bracketed reference marker. */
  cited: boolean;
  /** Index of the block in its document, so sentences can find their paragraph. */
  index: number;
  /** Where a table cell stands in its table; absent for other blocks. */
  cell?: TableCell;
}

/** A table cell's place: which table of the document, its row (0 is the header) and column, and the table's width. */
export interface TableCell {
  table: number;
  row: number;
  column: number;
  columns: number;
}

/** A source document as read and parsed. */
export interface Document {
  /** Path as given or discovered, relative to the working folder where possible; `<stdin>` for standard input. */
  path: string;
  format: DocumentFormat;
  /** Decoded source text (BOM stripped, line endings kept as they are). */
  text: string;
  frontMatter: Record<string, unknown>;
  blocks: ProseBlock[];
  /** Problems met while reading (bad front matter, invalid UTF-8…): reported as findings on the file. */
  warnings: { message: string; span: Span }[];
}

/** A token of a sentence, with its stem; offsets are into the sentence text. */
export interface Token {
  text: string;
  lower: string;
  stem: string;
  start: number;
  end: number;
  /** True for words (letters/digits), false for punctuation. */
  word: boolean;
}

/** A quantity found in a sentence, as an interval with a unit. Offsets are into the sentence text. */
export interface ValueMention {
  text: string;
  start: number;
  end: number;
  /** `null` means unbounded on that side. */
  min: number | null;
  max: number | null;
  minInclusive: boolean;
  maxInclusive: boolean;
  /** '%' for percentages, 's' for durations (normalised to seconds), a currency symbol for money, '' for plain counts and numbers. */
  unit: string;
  /** "about", "nearly", vague words ("several"): the interval is a reading, not a quotation. */
  approximate: boolean;
}

/** A negation or hedge cue and the stretch of the sentence it governs. Offsets are into the sentence text. */
export interface CueScope {
  cue: string;
  start: number;
  end: number;
  scopeStart: number;
  scopeEnd: number;
}

/** A sentence of prose with everything the matchers need, computed once. */
export interface Sentence {
  text: string;
  span: Span;
  /** `offsets[i]` = source offset of `text[i]`; one extra entry for the end. */
  offsets: number[];
  tokens: Token[];
  values: ValueMention[];
  negations: CueScope[];
  hedges: CueScope[];
  /** The prose block (paragraph, list item…) the sentence belongs to. */
  block: { index: number; kind: string; cited: boolean; cell?: TableCell };
}

/** Where a rule or setting was written, for error messages and `rules list`. */
export interface Origin {
  file: string;
  line: number;
  column: number;
}

/** A place related to a finding: the other side of a contradiction, or a side's claim stated again. */
export interface RelatedLocation {
  path: string;
  span: Span;
  message: string;
  /** The same claim as a side's, stated again in its document: not a conflict of its own. */
  restatement?: boolean;
  sentence: string;
  match: string;
  sentenceMatch?: TextRange;
}

/** Everything a user sees is a Finding. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  topic: string | null;
  path: string;
  span: Span;
  /** The sentence the match sits in, as the tool read it. */
  sentence: string;
  /** Exact source text from span.start to span.end. */
  match: string;
  /** Where the match stands in `sentence` (which has no markup), for highlighting. */
  sentenceMatch?: TextRange;
  note?: string;
  url?: string;
  related?: RelatedLocation[];
  /** The file could not be audited at all (unreadable): the run still goes on, and exits 2 at the end. */
  fatal?: boolean;
}

/** A claim's value: a numeric interval, or a category from an exclusive group, or nothing (a polarity claim). */
export type ClaimValue =
  | {
      type: 'interval';
      min: number | null;
      max: number | null;
      minInclusive: boolean;
      maxInclusive: boolean;
      unit: string;
      approximate: boolean;
      text: string;
      /** A plain number's unit word as the sentence writes it ("GB" in "up to 256 GB"), for a topic that counts in words. */
      unitWord?: string;
    }
  | {
      type: 'category';
      category: string;
      text: string;
      /**
       * Stems of what the claim is "for" ("approved for depression"): claims for different uses do not conflict.
       * `[OTHER_USES]`: uses other than those approved ("Other areas would be off-label").
       */
      scope: string[];
    }
  | { type: 'none' };

/** The scope of a status about uses beyond the approved ones: it meets no other claim's use. */
export const OTHER_USES = 'other uses';

export type Polarity = 'affirmed' | 'negated';

/** A statement a document makes about a subject: what, how much, yes or no, and where. */
export interface Claim {
  subject: string;
  topic: string;
  /** What is compared: topic, then term or measure, e.g. `side-effect/hallucination`, `efficacy/success-rate`. */
  key: string;
  value: ClaimValue;
  polarity: Polarity;
  hedged: boolean;
  cited: boolean;
  ruleId: string;
  path: string;
  span: Span;
  sentence: string;
  match: string;
  /** Where the match stands in `sentence`, for highlighting. */
  sentenceMatch?: TextRange;
  /** A `claim-audit-disable contradiction/<topic>` directive covers this claim: a contradiction reported here is accepted. */
  contradictionAccepted?: boolean;
}

export type ContradictionKind = 'range' | 'polarity' | 'exclusive';

/** Two claims that cannot both be true. */
export interface Contradiction {
  kind: ContradictionKind;
  subject: string;
  topic: string;
  key: string;
  message: string;
  /** In reading order (compareClaims). */
  sides: [Claim, Claim];
  /**
   * Claims that state a side's value again in that side's document ("lasts 90 minutes" … "a 90-minute
   * session"): the same disagreement, listed here rather than reported again. In reading order.
   */
  restatements?: Claim[];
}

/** A key on which several documents agree: editors like to know what was checked. */
export interface Agreement {
  subject: string;
  topic: string;
  key: string;
  claims: number;
  files: number;
}

/** One rule's public description, for reports and `rules list`. */
export interface RuleSummary {
  id: string;
  severity: Severity;
  topic: string | null;
  message: string;
  description: string | null;
  origin: Origin;
}

export interface Report {
  version: 1;
  tool: { name: string; version: string };
  rules: RuleSummary[];
  files: string[];
  findings: Finding[];
  claims: Claim[];
  contradictions: Contradiction[];
  agreements: Agreement[];
  counts: { error: number; warning: number; info: number; files: number; claims: number; contradictions: number };
}

/** How a report is rendered: the caller decides on color. */
export interface FormatOptions {
  color: boolean;
  cwd: string;
}

/** Renders a report. Formatters never print and never decide on color themselves. */
export type Formatter = (report: Report, options: FormatOptions) => string;
