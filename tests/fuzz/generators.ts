import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { LONG_FORM } from './settings.js';

const root = join(import.meta.dirname, '..', '..');
const corpusFolder = join(root, 'fixtures', 'example-corpus');

/** The example corpus, file name → text: real articles to mutate. */
export const CORPUS: { name: string; text: string }[] = readdirSync(corpusFolder)
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(corpusFolder, name), 'utf8') }));

/** Prose lines of the corpus: sentences that carry real claims, so generated documents produce findings and contradictions. */
const CLAIM_LINES = CORPUS.flatMap(({ text }) =>
  text
    .split('\n')
    .filter((line) => /^[A-Z]/.test(line))
    .flatMap((line) => line.split(/(?<=[.!?])\s+/)),
);

/** Phrases the built-in rules react to, some with figures that disagree with each other. */
const CLAIM_PHRASES = [
  'It is guaranteed to work.',
  'This treatment is completely safe.',
  'There are no side effects.',
  'It is not FDA approved.',
  'It is FDA approved for depression.',
  'The success rate is between 65 and 75%.',
  'More than 80% of patients respond.',
  'Relief within 2 hours.',
  'Results within minutes.',
  'Relief lasts several months.',
  'A session takes about 45 minutes.',
  'A session takes 3 hours.',
  'It cures depression.',
  '100% natural and risk-free.',
  'without causing hallucinations',
  'It may cause nausea.',
  'It never causes nausea.',
];

/** Odd characters: astral, combining, RTL, zero-width, tabs, lookalikes, typographic punctuation. */
const ODD = ['😀', '👩‍⚕️', '𝔘', 'é', 'e\u0301', '\u200b', '\u200f', '\u2028', '\u2029', '\t', '\u00a0', 'ﬁ', '“', '”', '’', '…', '–', '—', '½', '٣', '\ufeff', '\ufffd', '\\', '&amp;', '&#0;'];

const word = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('the', 'patients', 'ketamine', 'relief', 'safe', 'not', 'never', 'may', 'about', 'within', 'Dr.', 'e.g.', 'i.e.', 'U.S.', '3.5', '45', '%', 'minutes', 'hours', 'weeks') },
  { weight: 1, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
);

const inlineMarkup = (text: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 5, arbitrary: text },
    { weight: 1, arbitrary: text.map((inner) => `*${inner}*`) },
    { weight: 1, arbitrary: text.map((inner) => `**${inner}**`) },
    { weight: 1, arbitrary: text.map((inner) => `\`${inner}\``) },
    { weight: 1, arbitrary: text.map((inner) => `[${inner}](https://example.org/${encodeURIComponent(inner).slice(0, 20)})`) },
    { weight: 1, arbitrary: text.map((inner) => `![${inner}](img.png)`) },
    { weight: 1, arbitrary: text.map((inner) => `${inner}[^1]`) },
    { weight: 1, arbitrary: text.map((inner) => `<span>${inner}</span>`) },
    { weight: 1, arbitrary: text.map((inner) => `~~${inner}~~`) },
  );

/** A line of prose: corpus sentences, claim phrases and random words, with inline markup. */
export const proseLine: fc.Arbitrary<string> = fc
  .array(
    inlineMarkup(
      fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...CLAIM_LINES) },
        { weight: 3, arbitrary: fc.constantFrom(...CLAIM_PHRASES) },
        { weight: 3, arbitrary: fc.array(word, { minLength: 1, maxLength: 8 }).map((words) => words.join(' ')) },
      ),
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((parts) => parts.join(' '));

/** One Markdown block, as lines (joined later with the document's line ending). */
const block: fc.Arbitrary<readonly string[]> = fc.oneof(
  { weight: 6, arbitrary: proseLine.map((line) => [line]) },
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 7 }), proseLine).map(([level, line]) => [`${'#'.repeat(level)} ${line}`]) },
  { weight: 1, arbitrary: fc.tuple(proseLine, fc.constantFrom('===', '---')).map(([line, underline]) => [line, underline]) },
  {
    weight: 2,
    arbitrary: fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.constantFrom('-', '*', '+', '1.', '2)', '- [ ]', '- [x]'), proseLine), { minLength: 1, maxLength: 6 }).map((items) =>
      items.map(([depth, marker, line]) => `${'  '.repeat(depth)}${marker} ${line}`),
    ),
  },
  { weight: 2, arbitrary: fc.array(fc.tuple(fc.integer({ min: 1, max: 5 }), proseLine), { minLength: 1, maxLength: 4 }).map((lines) => lines.map(([depth, line]) => `${'> '.repeat(depth)}${line}`)) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom('```', '~~~', '````'), fc.array(proseLine, { maxLength: 3 }), fc.boolean()).map(([fence, lines, closed]) => [`${fence}js`, ...lines, ...(closed ? [fence] : [])]),
  },
  { weight: 1, arbitrary: fc.array(proseLine, { minLength: 1, maxLength: 2 }).map((lines) => lines.map((line) => `    ${line}`)) },
  {
    weight: 1,
    arbitrary: fc.array(fc.tuple(proseLine, proseLine), { minLength: 1, maxLength: 3 }).map((rows) => ['| a | b |', '| --- | :-: |', ...rows.map(([a, b]) => `| ${a.replaceAll('|', '\\|')} | ${b} |`)]),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('div', 'script', 'details', 'p', '!--'), proseLine)
      .map(([tag, line]) => (tag === '!--' ? [`<!-- ${line} -->`] : [`<${tag}>`, line, `</${tag}>`])),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('claim-audit-disable-next-line', 'claim-audit-disable', 'claim-audit-enable', 'claim-audit-disable safety', 'claim-audit-disable-next-line certainty/guarantee -- ok'), proseLine)
      .map(([directive, line]) => [`<!-- ${directive} -->`, line]),
  },
  { weight: 1, arbitrary: fc.tuple(proseLine, fc.webUrl()).map(([line, url]) => [`[^1]: ${line}`, `[ref]: ${url}`, `<${url}>`]) },
  { weight: 1, arbitrary: fc.constantFrom(['---'], ['***'], ['$$', 'x^2', '$$'], ['<br>'], ['\\'], ['']) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }).map((text) => [text]) },
);

/** Front matter in every shape a user might write, good or broken. */
const frontMatter: fc.Arbitrary<readonly string[]> = fc.oneof(
  { weight: 3, arbitrary: fc.constant<readonly string[]>([]) },
  { weight: 2, arbitrary: fc.constantFrom('ketamine-infusion', 'other', '', '"quoted: colon"').map((subject) => ['---', `title: Test`, `subject: ${subject}`, '---']) },
  { weight: 1, arbitrary: fc.constant(['---', 'title: never closed']) },
  { weight: 1, arbitrary: fc.constantFrom(['---', 'title: [unclosed', '---'], ['---', ': : :', '---'], ['---', '- a list', '---'], ['---', '42', '---'], ['---', '---'], ['+++', 'title = "toml"', '+++']) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }).map((text) => ['---', text, '---']) },
);

/** A generated Markdown-ish document: front matter, blocks, one line-ending style (or a mix). */
export const markdownText: fc.Arbitrary<string> = fc
  .tuple(frontMatter, fc.array(block, { maxLength: 10 }), fc.constantFrom('\n', '\r\n', '\r', 'mixed'), fc.boolean(), fc.boolean())
  .chain(([front, blocks, ending, blankBetween, finalNewline]) => {
    // Without blank lines between them, blocks run into each other (lazy continuation, tables eating lines…).
    const lines = [...front, ...blocks.flatMap((lines) => (blankBetween ? [...lines, ''] : lines))];
    if (ending !== 'mixed') return fc.constant(lines.join(ending) + (finalNewline ? ending : ''));
    return fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: lines.length, maxLength: lines.length }).map((endings) => lines.map((line, at) => line + (endings[at] ?? '\n')).join(''));
  });

/** Edits to apply to a text: insert, delete, duplicate a slice, or swap in odd bytes. Positions are fractions of the length. */
export type Edit =
  | { op: 'insert'; at: number; text: string }
  | { op: 'delete'; at: number; length: number }
  | { op: 'duplicate'; at: number; length: number; to: number };

const fraction = fc.double({ min: 0, max: 1, noNaN: true });
export const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), at: fraction, text: fc.oneof(proseLine, fc.string({ unit: 'binary', maxLength: 20 }), fc.constantFrom('\n', '\r', '\r\n', '---\n', '```\n', '> ', '- ', '|', '<!--', '[', '](', '\\', '*', '#', '\u0000', '\ufeff')) }),
  fc.record({ op: fc.constant('delete' as const), at: fraction, length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ op: fc.constant('duplicate' as const), at: fraction, length: fc.integer({ min: 1, max: 400 }), to: fraction }),
);

/** Apply edits in order; every position is taken as a fraction of the current length, so any edit is valid. */
export function applyEdits(text: string, edits: Edit[]): string {
  let out = text;
  for (const change of edits) {
    const at = Math.floor(change.at * out.length);
    if (change.op === 'insert') out = out.slice(0, at) + change.text + out.slice(at);
    else if (change.op === 'delete') out = out.slice(0, at) + out.slice(at + change.length);
    else {
      const slice = out.slice(at, at + change.length);
      const to = Math.floor(change.to * out.length);
      out = out.slice(0, to) + slice + out.slice(to);
    }
  }
  return out;
}

/** A corpus article with random edits. */
export const mutatedCorpusText: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...CORPUS.map(({ text }) => text)), fc.array(edit, { minLength: 1, maxLength: 8 }))
  .map(([text, edits]) => applyEdits(text, edits));

/** How a document's text becomes bytes on disk. */
export type Encoding = 'utf8' | 'utf8-bom' | 'utf16le' | 'utf16be' | 'raw-mutated';

/** Bytes of a text in an encoding; 'raw-mutated' flips, drops and inserts random bytes in the UTF-8 form. */
export function encode(text: string, encoding: Encoding, noise: number[] = []): Buffer {
  switch (encoding) {
    case 'utf8':
      return Buffer.from(text, 'utf8');
    case 'utf8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf16be': {
      const little = Buffer.from(text, 'utf16le');
      return Buffer.concat([Buffer.from([0xfe, 0xff]), little.swap16()]);
    }
    case 'raw-mutated': {
      const bytes = [...Buffer.from(text, 'utf8')];
      for (let i = 0; i + 1 < noise.length; i += 2) {
        const at = (noise[i] ?? 0) % (bytes.length + 1);
        bytes.splice(at, 0, (noise[i + 1] ?? 0) & 0xff);
      }
      return Buffer.from(bytes);
    }
  }
}

/** One file to audit: a name with a document extension and its bytes. */
export interface GeneratedFile {
  name: string;
  bytes: Buffer;
}

const extension = fc.constantFrom('.md', '.md', '.md', '.txt', '.txt', '.markdown', '.mdx');
const encoding = fc.constantFrom<Encoding>('utf8', 'utf8', 'utf8', 'utf8', 'utf8-bom', 'utf16le', 'utf16be', 'raw-mutated');
const anyText = fc.oneof(
  { weight: 4, arbitrary: markdownText },
  { weight: 3, arbitrary: mutatedCorpusText },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 300 }) },
  // Very long lines: one sentence or one character repeated with no line break (longer in `npm run fuzz`).
  { weight: 1, arbitrary: fc.tuple(proseLine, fc.integer({ min: 50, max: LONG_FORM ? 1000 : 300 })).map(([line, times]) => `${line} `.repeat(times)) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('a', '9', '-', '>', '*', '%', ' '), fc.integer({ min: 1000, max: LONG_FORM ? 30_000 : 10_000 })).map(([char, times]) => char.repeat(times)) },
);

/** A file of any kind the fuzzer writes. */
export const generatedFile: fc.Arbitrary<GeneratedFile> = fc
  .tuple(fc.stringMatching(/^[a-z0-9-]{1,12}$/), extension, anyText, encoding, fc.array(fc.nat(), { maxLength: 12 }))
  .map(([stem, ext, text, how, noise]) => ({ name: `${stem}${ext}`, bytes: encode(text, how, noise) }));

/** A few files with distinct names. */
export const generatedFiles: fc.Arbitrary<GeneratedFile[]> = fc.uniqueArray(generatedFile, { minLength: 1, maxLength: 4, selector: (file) => file.name.toLowerCase() });
