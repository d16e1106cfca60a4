import type { Sentence } from '../types.js';
import { lowerWords, mentionsSubject, namesSubject, subjectName } from './clauses.js';
import { TIER_LEVELS } from './subgroups.js';

// A product's name as prose writes it: capitalised words and model numbers ("the Lumaro Classic", "Trimbot T5",
// "MowMate 3"), one word only when it has a capital inside ("MowMate") or a digit ("R600").
const NAME = /\b[A-Z][A-Za-z0-9'’-]*(?:\s+(?:[A-Z][A-Za-z0-9'’-]*|\d[\w-]*))*/g;
// What joins the names of a list: a comma, "and" or "or", "vs", with a determiner.
const LIST_JOIN = /^\s*(?:,\s*(?:and\s+|or\s+)?|,?\s*(?:and|or|vs\.?|versus)\s+)(?:the\s+)?$/;
const COMPARED_NAME = new RegExp(String.raw`\b(?:than|unlike|vs\.?|versus|compared\s+(?:with|to)|same\s+as|up\s+against)\s+(?:the\s+)?(${NAME.source.slice(2)})`, 'g');
// One called a rival: "its closest rival, the Makora RD18", "competitors such as the Baristo Mill 2".
const CALLED_RIVAL = new RegExp(String.raw`\b(?:rivals?|competitors?)\b,?\s+(?:(?:like|such\s+as|including|from)\s+)?(?:the\s+)?(${NAME.source.slice(2)})`, 'g');
// A sibling model named as such: "The DX12 Compact is the lighter sibling".
const SIBLING_NAME = new RegExp(String.raw`(?:^|[.;:]\s+)(?:The\s+)?(${NAME.source.slice(2)})\s+is\s+(?:its|the|our|their)\s+(?:[a-z]+\s+)?(?:sibling|sister\s+model|stablemate|little\s+brother|big\s+brother)\b`, 'g');
// The one passed over in a choice: "why I picked the E7 over the Kessler Arc".
const CHOSEN_OVER = new RegExp(String.raw`\b(?:chose|choose|chosen|picked|pick|prefer|preferred|went\s+with)\s[^.,;:]{0,40}?\bover\s+(?:the\s+)?(${NAME.source.slice(2)})`, 'g');
// An earlier model named as such: "the older Marlin P5", "my previous Tallo Rise", "the company's older Pro 1".
const EARLIER_NAME = new RegExp(String.raw`\b(?:the|my|our|its|their|an?|the\s+(?:company|brand|maker|manufacturer)['’]s|[A-Z][\w-]*['’]s)\s+(?:older|previous|earlier|original|old|first-generation|outgoing|discontinued)\s+(${NAME.source.slice(2)})`, 'g');
// A roundup's entry heading: "## 2. Brightwave Go: best battery", "## Tessel Mini — best budget pick" (the name, then
// the label a roundup gives its picks), or a name alone ("## Halo Band 4").
const ROUNDUP_ENTRY = new RegExp(String.raw`^\s*(?:\d+[.)]\s*)?(?:The\s+)?(${NAME.source.slice(2)})\s*(?:(?::|—|–)\s*(.*))?$`);
const ROUNDUP_LABEL = /^(?:the\s+|our\s+)?(?:best|runner-?up|budget|premium|top\s+pick|pick\s+for|also\s+great|honou?rable\s+mention|upgrade\s+pick|editor['’]?s\s+(?:choice|pick))\b/i;
// Words of a review's or guide's section headings, which a Title Case heading capitalises ("## Battery Life").
const SECTION_WORD =
  /^(?:battery|life|price|prices|pricing|availability|design|features?|performance|verdict|sleep|tracking|side|effects?|cost|costs|insurance|safety|results?|recovery|overview|summary|specs|specifications|comfort|setup|app|software|support|warranty|accuracy|value|pros|cons|conclusion|introduction|background|methodology|comparison|alternatives|benefits?|risks?|how|what|who|why|when|where|our|bottom|line|final|thoughts|takeaways?|questions|faq|sound|display|build|quality|fees?|rates?|terms|eligibility|requirements|application|customer|service)$/i;
// Capitalised words that name no product: function words that open a sentence, days and months, agencies.
const NOT_A_NAME =
  /^(?:I|A|An|The|This|That|These|Those|It|Its|Our|Their|His|Her|We|You|Your|My|If|In|On|At|By|For|From|To|Of|As|With|Without|When|While|After|Before|During|Under|Over|But|And|Or|So|Yes|No|Not|All|Every|Each|Some|Most|Many|More|Less|Best|New|Old|One|Two|Three|First|Last|Next|What|Why|How|Who|Where|Which|Q|FAQ|FDA|US|UK|EU|Member|FDIC|NCUA|Inc|LLC|Ltd|Corp|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/**
 * Other products a document sets beside its subject, when the subject is a name the document writes: the other
 * names of a list that holds the subject's ("I narrowed it down to the DriftNest Hybrid, the Lumaro Classic and the
 * Pinecrest Zoned"), a name right after a word of comparison ("far better than the Lumaro Classic"), and the one a
 * choice passed over ("picked the E7 over the Kessler Arc"). Returned as comparator phrases: the whole name, and its
 * first word when that reads as a brand ("pinecrest" for "The Pinecrest has a 365-night trial"). None that shares a
 * word with the subject.
 */
export function rivalsNamed(sentences: readonly Sentence[], subjectText: string): string[] {
  // A rival is a name that shares no word with the subject's name: "Marlow Credit Union" beside "Cindervale Bank
  // home equity line of credit".
  const subject = subjectName(subjectText);
  const found = new Set<string>();
  const usage = lazyWordUsage(sentences);
  for (const sentence of sentences) {
    const named: string[] = [];
    // A heading's list is of sections ("## Price, Battery and Design"); its "vs" names a rival ("# Torvik DX20 Pro vs
    // Makora RD18"), as a sentence's does.
    if (sentence.block.kind === 'heading') {
      for (const compared of sentence.text.matchAll(COMPARED_NAME)) named.push(compared[1] as string);
      addNames(named, subject, found, usage);
      continue;
    }
    const lists = listsOfNames(sentence.text);
    for (const list of lists) if (list.some((name) => mentionsSubject(name, subject))) named.push(...list);
    for (const compared of [...sentence.text.matchAll(COMPARED_NAME), ...sentence.text.matchAll(CHOSEN_OVER), ...sentence.text.matchAll(CALLED_RIVAL), ...sentence.text.matchAll(SIBLING_NAME)]) {
      // With the names listed after it: "puts it up against the Baristo Mill 2 and the Fellin Ode 64".
      const name = compared[1] as string;
      named.push(...(lists.find((list) => list[0] === name) ?? [name]));
    }
    addNames(named, subject, found, usage);
  }
  // An earlier model of the subject's own brand is another product too ("the older Marlin P5 … the P5 sold for
  // $999" beside `marlin-p7`), with its model number alone: the name shares the brand, never every word.
  for (const sentence of sentences) {
    for (const earlier of sentence.text.matchAll(EARLIER_NAME)) {
      const name = (earlier[1] as string).trim();
      if (name.split(/\s+/).some((word) => NOT_A_NAME.test(word)) || namesSubject(name, subject) || isSubjectWithoutModel(name, subject)) continue;
      found.add(name.toLowerCase());
      const model = name.split(/\s+/).pop() as string;
      if (model !== name && /\d/.test(model) && model.length >= 2) found.add(model.toLowerCase());
    }
  }
  return [...found].sort();
}

/**
 * The product a document is about, when its subject is a kind of thing (`massage-gun`, `espresso-grinder`) and its
 * title names one ("Thrumwell Pro 2 vs. Kinetra Mini: Which Massage Gun Should You Buy?", "Korvath Conix 54 review"):
 * the title's first name of two words or more, or with a digit or an inner capital, that the document also writes
 * capitalised inside a sentence. A Title Case phrase ("Hormonal IUDs: What the Research Says"), which prose writes in
 * lower case, names none. Null when the title names no product.
 */
export function titleName(title: string | undefined, sentences: readonly Sentence[]): string | null {
  if (title === undefined) return null;
  for (const found of title.matchAll(NAME)) {
    const words = found[0].split(/\s+/);
    while (words.length > 0 && NOT_A_NAME.test(words[0] as string)) words.shift();
    if (words.length === 0 || words.some((word) => NOT_A_NAME.test(word) || SECTION_WORD.test(word))) continue;
    if (words.length === 1 && !/[a-z][A-Z]|\d/.test(words[0] as string)) continue;
    const name = words.join(' ');
    // Prose may drop the brand: "We bought a Conix 54" for "Korvath Conix 54 review".
    const model = words.slice(1).join(' ');
    const written = [name, ...(words.length > 1 && /\d|[a-z][A-Z]|\s/.test(model) ? [model] : [])].map(
      (form) => new RegExp(String.raw`[a-z,;:]\s+(?:the\s+|an?\s+)?${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\b`),
    );
    if (sentences.some((sentence) => sentence.block.kind !== 'heading' && written.some((form) => form.test(sentence.text)))) return name;
  }
  return null;
}

/**
 * Whether a name is the subject's own words less some that hold no model number: "the old Tunnelfox app" is
 * `tunnelfox-vpn`'s own, while "the original Quillon Ring" is not the "Quillon Ring 2".
 */
function isSubjectWithoutModel(name: string, subject: string): boolean {
  const own = lowerWords(subject);
  const words = lowerWords(name);
  return words.every((word) => own.includes(word)) && !own.some((word) => !words.includes(word) && /\d/.test(word));
}

/**
 * The other entries of a roundup that has one for the subject: "## 1. Cobbleway Pulse 3: best overall" makes
 * "## 2. Brightwave Go: best battery" a rival, whose section speaks of it, and "## Quillon Ring 2" makes "## Halo
 * Band 4" one. Comparator phrases, as rivalsNamed's.
 */
export function roundupRivals(sentences: readonly Sentence[], subjectText: string): string[] {
  const subject = subjectName(subjectText);
  // A name alone counts only in a numbered list of entries ("### 4. GreenGo Meal") or when the subject has a name
  // of its own ("Quillon Ring 2 smart ring", not "ketamine infusion therapy").
  const bareNames = subject !== subjectText;
  const entries: string[] = [];
  for (const sentence of sentences) {
    if (sentence.block.kind !== 'heading') continue;
    const entry = ROUNDUP_ENTRY.exec(sentence.text.trim());
    if (entry === null) continue;
    // No entry holds a word of a section: "## Battery Life: best in its class" is a section too. The subject's own
    // entry may ("## Mosswood Build Secured Card").
    if (!namesSubject(entry[1] as string, subject) && (entry[1] as string).split(/\s+/).some((word) => SECTION_WORD.test(word))) continue;
    const labelled = entry[2] !== undefined && ROUNDUP_LABEL.test(entry[2]);
    const numbered = /^\s*\d+[.)]/.test(sentence.text);
    if (labelled || (entry[2] === undefined && (bareNames || numbered))) entries.push(entry[1] as string);
  }
  if (entries.length < 2 || !entries.some((name) => mentionsSubject(name, subject))) return [];
  const found = new Set<string>();
  addNames(entries, subject, found, lazyWordUsage(sentences));
  return [...found].sort();
}

/**
 * Add the candidates that read as product names other than the subject's, with their brand word, to `found`.
 * `usage`: how the document writes its words, read only for a name of one word.
 */
function addNames(candidates: readonly string[], subject: string, found: Set<string>, usage: () => WordUsage): void {
  for (const candidate of candidates) {
    const words = candidate.split(/\s+/);
    while (words.length > 0 && (NOT_A_NAME.test(words[0] as string) || !/^[A-Z][A-Za-z0-9]/.test(words[0] as string))) words.shift();
    if (words.length === 0 || words.some((word) => NOT_A_NAME.test(word)) || (words.length === 1 && !isNameAlone(words[0] as string, usage()))) continue;
    const name = words.join(' ');
    if (mentionsSubject(name, subject)) continue;
    found.add(name.toLowerCase());
    const brand = (words[0] as string).toLowerCase();
    if (words.length > 1 && brand.length >= 5 && !/\d/.test(brand)) found.add(brand);
  }
}

/**
 * Whether one word alone reads as a name: a capital or a digit inside ("MowMate", "R600"), or a word the document
 * capitalises inside a sentence, never writes in lower case, and no section is called ("Brightlane", "Copperline";
 * not "Installation", which its prose writes as "installation", nor a "Careful," that opens a reply).
 */
function isNameAlone(word: string, usage: WordUsage): boolean {
  if (/[a-z][A-Z]|\d/.test(word)) return true;
  return word.length >= 4 && !SECTION_WORD.test(word) && !TIER_WORD.test(word) && !usage.lower.has(word.toLowerCase()) && usage.capitalisedInside.has(word);
}

// A tier's word names a plan of the subject's own as often as another's: "| Essential | Plus | Unlimited |".
const TIER_WORD = new RegExp(`^(?:${TIER_LEVELS}|Unlimited)$`);

/** How a document writes its words: those it writes in lower case somewhere, and those it capitalises inside a sentence. */
interface WordUsage {
  lower: Set<string>;
  capitalisedInside: Set<string>;
}

/** A document's word usage, read at the first call only: most documents have no one-word candidate to judge. */
function lazyWordUsage(sentences: readonly Sentence[]): () => WordUsage {
  let usage: WordUsage | undefined;
  return () => (usage ??= wordUsage(sentences));
}

/**
 * The words a document writes in lower case, and those it capitalises after a lower-case word ("are Harborlight and
 * Copperline") or writes alone in a table cell.
 */
function wordUsage(sentences: readonly Sentence[]): WordUsage {
  const usage: WordUsage = { lower: new Set(), capitalisedInside: new Set() };
  for (const sentence of sentences) {
    for (const word of sentence.text.matchAll(/\b[a-z][a-z'’-]*/g)) usage.lower.add(word[0]);
    for (const word of sentence.text.matchAll(/[a-z0-9,]\s+([A-Z][A-Za-z0-9'’-]*)/g)) usage.capitalisedInside.add(word[1] as string);
    // A table cell of one name: "| Brightlane | 25% |".
    if (sentence.block.cell !== undefined && /^[A-Z][A-Za-z0-9'’-]*$/.test(sentence.text.trim())) usage.capitalisedInside.add(sentence.text.trim());
  }
  return usage;
}

/** The runs of names a sentence coordinates: "the DriftNest Hybrid, the Lumaro Classic and the Pinecrest Zoned". */
function listsOfNames(text: string): string[][] {
  const lists: string[][] = [];
  let current: string[] = [];
  let end = -1;
  for (const match of text.matchAll(NAME)) {
    const joined = end >= 0 && LIST_JOIN.test(text.slice(end, match.index));
    if (!joined && current.length > 1) lists.push(current);
    if (!joined) current = [];
    current.push(match[0]);
    end = (match.index as number) + match[0].length;
  }
  if (current.length > 1) lists.push(current);
  return lists;
}
