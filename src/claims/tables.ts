import type { Sentence } from '../types.js';
import { lowerWords, mentionsSubject, namesSubject, subjectWordsIn } from './clauses.js';

/**
 * The cells of a document's tables seen so far, by place, so that a value cell can be read with the label of
 * its row: "| Charging time | 3 to 4 hours |" says what 3 to 4 hours measures only with its first cell.
 */
export class TableCells {
  private readonly cells = new Map<string, Sentence>();

  /** `aliases`: the short names the document gives the subject ("UFE" after "uterine fibroid embolization (UFE)"). */
  constructor(private readonly aliases: ReadonlySet<string> = new Set()) {}

  /** Whether a cell's text mentions the subject: a word of its slug, or a short name the document gives it. */
  private mentions(text: string, subject: string): boolean {
    return mentionsSubject(text, subject) || this.aliases.has(text.trim());
  }

  /** Remember a sentence's cell (the first sentence of each cell speaks for it). */
  add(sentence: Sentence): void {
    const cell = sentence.block.cell;
    if (cell === undefined) return;
    const key = `${cell.table}:${cell.row}:${cell.column}`;
    if (!this.cells.has(key)) this.cells.set(key, sentence);
  }

  /** Whether a sentence is a row's label: the first cell of a body row, with a cell beside it that answers it. */
  isRowLabel(sentence: Sentence): boolean {
    const cell = sentence.block.cell;
    return cell !== undefined && cell.row > 0 && cell.column === 0 && cell.columns >= 2;
  }

  /**
   * Whether a cell stands in a column of a comparison table that is not the subject's: what it says ("No
   * (off-label)" under another lens) is about another thing, whatever its own words claim.
   */
  isOtherColumn(sentence: Sentence, subject: string): boolean {
    const cell = sentence.block.cell;
    if (cell === undefined || cell.row === 0 || cell.column === 0 || cell.columns <= 2) return false;
    return this.subjectColumn(cell.table, cell.columns, subject) !== cell.column;
  }

  /**
   * The row label a value cell is read with, or nothing. A two-column table is label and value ("| Session
   * length | 30-45 minutes |"). A wider one compares things column by column ("| | Steroid | Gel | PRP |"):
   * only the one column whose header names the subject is the subject's.
   */
  labelFor(sentence: Sentence, subject: string): Sentence | undefined {
    const cell = sentence.block.cell;
    if (cell === undefined || cell.row === 0 || cell.column === 0) return undefined;
    const label = this.cells.get(`${cell.table}:${cell.row}:0`);
    if (label === undefined || cell.columns <= 2) return label;
    return this.subjectColumn(cell.table, cell.columns, subject) === cell.column ? label : undefined;
  }

  /**
   * The row label and column header a value cell is read with in a table of the subject's variants: its first
   * header names what the rows are ("| Dose | Typical chair time | Price |", "| Service | Duration | Price |") and
   * the other headers name measures, not products. Only then: in "| Treatment | Success rate |" the rows may be
   * other treatments.
   */
  variantLabelsFor(sentence: Sentence, subject: string): [Sentence, Sentence] | undefined {
    const around = this.wideCellHeaders(sentence);
    if (around === undefined || !VARIANTS.test(around.corner.text)) return undefined;
    return this.subjectColumn(around.table, around.columns, subject) === -1 ? [around.row, around.header] : undefined;
  }

  /**
   * The column header a value cell of the subject's own row is read with, in a table whose first header makes the
   * rows things ("| Treatment | Typical sessions | Downtime |" over "| IPL photofacial | 3–5 | 0–2 days |"): read as
   * "Typical sessions: 3–5". The other rows are other things, and none of their cells is read.
   */
  subjectRowHeaderFor(sentence: Sentence, subject: string): Sentence | undefined {
    const around = this.wideCellHeaders(sentence);
    if (around === undefined || !THINGS.test(around.corner.text) || !this.mentions(around.row.text, subject)) return undefined;
    return around.header;
  }

  /** A value cell of a table of more than two columns, with its table's first header, its row label and its column header. */
  private wideCellHeaders(sentence: Sentence): { table: number; columns: number; corner: Sentence; row: Sentence; header: Sentence } | undefined {
    const cell = sentence.block.cell;
    if (cell === undefined || cell.row === 0 || cell.column === 0 || cell.columns <= 2) return undefined;
    const corner = this.cells.get(`${cell.table}:0:0`);
    const row = this.cells.get(`${cell.table}:${cell.row}:0`);
    const header = this.cells.get(`${cell.table}:0:${cell.column}`);
    if (corner === undefined || row === undefined || header === undefined) return undefined;
    return { table: cell.table, columns: cell.columns, corner, row, header };
  }

  /**
   * What the other columns of the document's comparison tables name ("Laser lipolysis (e.g., SculptLight 1060)",
   * "Injectable (deoxycholic acid)"): the alternatives the article weighs its subject against. Only tables with
   * one column that is the subject's count. Call once every sentence has been added.
   */
  alternatives(subject: string, subjectIsName = false): string[] {
    const found = new Set<string>();
    for (const [key, header] of this.cells) {
      const [table, row, column] = key.split(':').map(Number) as [number, number, number];
      const columns = header.block.cell?.columns ?? 0;
      if (row !== 0 || column === 0 || columns <= 2) continue;
      const own = this.subjectColumn(table, columns, subject);
      if (own === column) continue;
      // A table of rivals only ("| | Trimbot T5 | MowMate 3 |" in a review of the Greenlark R800): every column is
      // an alternative, when the subject is a name the document writes and no header mentions it.
      // Not when the first header makes the rows the things ("| Treatment | Typical sessions | Downtime |"): then
      // the columns are measures.
      const corner = this.cells.get(`${table}:0:0`)?.text ?? '';
      if (own === -1 && !(subjectIsName && this.headersNaming(table, columns, subject).any.length === 0 && !VARIANTS.test(corner) && !THINGS.test(corner))) continue;
      for (const phrase of namedIn(header.text)) if (!this.mentions(phrase, subject)) found.add(phrase);
    }
    // "| Treatment | Typical cost per visit |" over "| Dry needling | … |" and "| Acupuncture | … |": rows of
    // things, one of them the subject's. So are a comparison's options ("| Option | Typical downtime |" over
    // "| Deoxycholic acid injections |" and "| Submental liposuction |"), once one row names the subject.
    for (const [key, corner] of this.cells) {
      const [table, row, column] = key.split(':').map(Number) as [number, number, number];
      if (row !== 0 || column !== 0 || !(THINGS.test(corner.text) || OPTIONS.test(corner.text))) continue;
      const labels: Sentence[] = [];
      for (let at = 1; this.cells.has(`${table}:${at}:0`); at++) labels.push(this.cells.get(`${table}:${at}:0`) as Sentence);
      // A roundup of products of the subject's kind ("| RedDusk Tart Cherry Powder |" beside "| RubyRest |" for
      // `tart-cherry-extract`): the row that shares words with the subject is one product among them, and no row is
      // an alternative to the kind.
      if (!labels.some((label) => this.mentions(label.text, subject) && !isProductOfKind(label.text, subject))) continue;
      for (const label of labels) if (!this.mentions(label.text, subject)) for (const phrase of namedIn(label.text)) found.add(phrase);
    }
    return [...found].sort();
  }

  /** The columns of a wide table whose header mentions a word of the subject, and those that name every word of it. */
  private headersNaming(table: number, columns: number, subject: string): { any: number[]; all: number[] } {
    const any: number[] = [];
    const all: number[] = [];
    for (let column = 1; column < columns; column++) {
      const header = this.cells.get(`${table}:0:${column}`);
      if (header === undefined || !this.mentions(header.text, subject)) continue;
      any.push(column);
      if (namesSubject(header.text, subject) || this.aliases.has(header.text.trim())) all.push(column);
    }
    return { any, all };
  }

  /**
   * The one column of a wide table whose header names the subject, or -1: the one that names every word of it
   * ("Tunnelfox VPN" for `tunnelfox-vpn`, beside "Harborline VPN"), else the one that names any, else the one that
   * names a word of it no other header does ("Summit Pass" beside "Weekday Pass" for `tamarack-summit-pass`: a
   * maker's own table drops the brand, and the sibling shares the kind of thing).
   */
  private subjectColumn(table: number, columns: number, subject: string): number {
    const { any, all } = this.headersNaming(table, columns, subject);
    if (all.length === 1) return all[0] as number;
    if (any.length === 1) return any[0] as number;
    // "| | Corvane P2 | Corvane P2 Max |" for `corvane-p2`: the header that is the subject's name and nothing more.
    if (all.length > 1) {
      const exact = all.filter((column) => wordsOf(this.cells.get(`${table}:0:${column}`)?.text ?? '') === wordsOf(subject));
      return exact.length === 1 ? (exact[0] as number) : -1;
    }
    const words = any.map((column) => subjectWordsIn(this.cells.get(`${table}:0:${column}`)?.text ?? '', subject));
    const distinctive = any.filter((_, index) => (words[index] as number[]).some((word) => words.every((other, at) => at === index || !other.includes(word))));
    return distinctive.length === 1 ? (distinctive[0] as number) : -1;
  }
}

/** A name's words, lower-cased, in order: "Corvane P2" and `corvane-p2` both give "corvane p2". */
function wordsOf(text: string): string {
  return lowerWords(text).join(' ');
}

// Head nouns too broad to stand for an alternative on their own ("behavioral therapy" is not every therapy).
const GENERIC_HEADS = new Set(['therapy', 'therapies', 'treatment', 'treatments', 'training', 'option', 'options', 'method', 'methods', 'device', 'devices', 'product', 'products', 'plan', 'plans', 'program', 'programs', 'programme', 'service', 'services', 'procedure', 'procedures', 'care', 'clinic', 'clinics', 'system', 'systems', 'app', 'apps', 'model', 'models', 'version', 'approach', 'surgery', 'injection', 'injections', 'pill', 'pills', 'drug', 'drugs']);

/**
 * The names a column header holds: "Laser lipolysis (e.g., SculptLight 1060)" names "laser lipolysis",
 * "sculptlight 1060" and its head noun "lipolysis"; "Behavioral therapy / parent training" two phrases; "Botox
 * injections" also "botox".
 */
function namedIn(header: string): string[] {
  // "Manipulation under anaesthesia (MUA)": the short name in brackets, which prose goes on to use ("**MUA** requires
  // a general anaesthetic"), though it is too short to stand as a phrase of its own below.
  const names: string[] = [...header.matchAll(/\(([A-Z]{2,5})\)/g)].map((found) => (found[1] as string).toLowerCase());
  for (const part of header.toLowerCase().split(/[()/,;]|\be\.g\.|\bsuch as\b/)) {
    const phrase = part.replace(/[^a-z0-9+&' -]/g, ' ').replace(/\s+/g, ' ').trim();
    if (phrase.length < 4) continue;
    names.push(phrase);
    const words = phrase.split(' ');
    const head = words[words.length - 1] as string;
    if (head !== phrase && head.length >= 5 && !GENERIC_HEADS.has(head)) names.push(head);
    // "Botox injections": a name before a generic noun names the thing alone too ("Botox is FDA-approved for…").
    if (words.length === 2 && GENERIC_HEADS.has(head) && (words[0] as string).length >= 4) names.push(words[0] as string);
  }
  return names;
}

/** First headers that make the rows different things: "| Treatment | Cost |", "| Brand | Price |". */
const THINGS = /^\W*(?:treatments?|therap(?:y|ies)|alternatives?|products?|brands?|devices?|methods?|approach(?:es)?|procedures?|competitors?|providers?)\W*$/i;

/** First headers that make the rows variants of one thing: a dose, a service, a package, a plan. */
const OPTIONS = /^\W*options?\W*$/i;

/**
 * Whether a row label that shares words with the subject is a product named with a brand of its own: a word written
 * in camel case, or a capitalised word after the first, that the subject does not have ("RedDusk Tart Cherry Powder"
 * for `tart-cherry-extract`; not "Deoxycholic acid injections" for `deoxycholic-chin-injections`).
 */
function isProductOfKind(label: string, subject: string): boolean {
  const own = new Set(subject.toLowerCase().split(/[^a-z0-9]+/));
  const words = label.split(/[^A-Za-z0-9]+/).filter((word) => word.length > 0);
  return words.some((word, index) => (/[a-z][A-Z]/.test(word) || (index > 0 && /^[A-Z][a-z]/.test(word))) && !own.has(word.toLowerCase()));
}
const VARIANTS = /^\W*(?:dose|dosage|service|services|package|packages|plan|plans|option|options|area|treatment area|size|tier|membership|session type|visit type)\W*$/i;

/** A cell that only denies its row's label: "No", "None", "Not required", "✗". */
export function isBareDenial(sentence: Sentence): boolean {
  return /^\s*(?:no|none|not required|not needed|not necessary|not included|never|✗|✘|❌)\s*[.!]?\s*$/i.test(sentence.text);
}
