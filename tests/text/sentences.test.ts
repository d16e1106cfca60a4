import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/text/sentences.js';
import type { TextRange } from '../../src/types.js';

const sentences = (text: string): string[] => splitSentences(text).map(({ start, end }) => text.slice(start, end));

/** Every property the caller relies on: exact, trimmed, ordered, non-overlapping, non-empty, and nothing lost. */
function checkInvariants(text: string, ranges: TextRange[]): void {
  const covered = new Array<boolean>(text.length).fill(false);
  let previousEnd = 0;
  for (const { start, end } of ranges) {
    expect(Number.isInteger(start) && Number.isInteger(end)).toBe(true);
    expect(start).toBeGreaterThanOrEqual(previousEnd);
    expect(end).toBeGreaterThan(start);
    expect(end).toBeLessThanOrEqual(text.length);
    expect(/\s/.test(text.charAt(start))).toBe(false);
    expect(/\s/.test(text.charAt(end - 1))).toBe(false);
    for (let i = start; i < end; i++) covered[i] = true;
    previousEnd = end;
  }
  for (let i = 0; i < text.length; i++) {
    if (!covered[i] && !/\s/.test(text.charAt(i))) throw new Error(`character ${i} (${JSON.stringify(text.charAt(i))}) of ${JSON.stringify(text)} is in no sentence`);
  }
}

type Case = [name: string, input: string, expected: string[]];

const cases: Record<string, Case[]> = {
  'plain endings': [
    ['period', 'The trial ended. Nobody was hurt.', ['The trial ended.', 'Nobody was hurt.']],
    ['question mark', 'Does it work? The data say yes.', ['Does it work?', 'The data say yes.']],
    ['exclamation mark', 'It works! We were surprised.', ['It works!', 'We were surprised.']],
    ['doubled and mixed marks', 'Really?! Nobody expected that!! Why??', ['Really?!', 'Nobody expected that!!', 'Why??']],
    ['lower case after a mark continues', 'Shares of Yahoo! rose today.', ['Shares of Yahoo! rose today.']],
    ['sentence starting with a number', 'Sales peaked in 1998. 2001 was worse.', ['Sales peaked in 1998.', '2001 was worse.']],
    ['no final punctuation', 'A heading without a period', ['A heading without a period']],
  ],
  abbreviations: [
    ['title before a name', 'We asked Dr. Patel and Mrs. Okafor. Both agreed.', ['We asked Dr. Patel and Mrs. Okafor.', 'Both agreed.']],
    ['saint and mount', 'The race runs from St. Ives to Mt. Snowdon.', ['The race runs from St. Ives to Mt. Snowdon.']],
    ['e.g. and i.e.', 'Some fruit, e.g. Apples, keep well, i.e. For weeks. Others rot.', ['Some fruit, e.g. Apples, keep well, i.e. For weeks.', 'Others rot.']],
    ['approx. and number', 'The dose is approx. 40 mg per day. Ask first.', ['The dose is approx. 40 mg per day.', 'Ask first.']],
    ['month before a day', 'The law took effect on Feb. 3 last year. It was late.', ['The law took effect on Feb. 3 last year.', 'It was late.']],
    ['No. before a number', 'He wore the No. 9 shirt. Fans loved it.', ['He wore the No. 9 shirt.', 'Fans loved it.']],
    ['no as a word', 'She said no. The vote failed.', ['She said no.', 'The vote failed.']],
    ['page abbreviation', 'Details are on p. 12 of the report.', ['Details are on p. 12 of the report.']],
    ['company inside a sentence', 'Acme Co. hired forty people.', ['Acme Co. hired forty people.']],
    ['company ending a sentence', 'The shares went to Acme Co. They paid cash.', ['The shares went to Acme Co.', 'They paid cash.']],
    ['lower-case abbreviation ending a sentence', 'We invited Sam and co. Nobody else came.', ['We invited Sam and co.', 'Nobody else came.']],
    ['etc. before a capital', 'Bring pens, paper, etc. Lunch is provided.', ['Bring pens, paper, etc.', 'Lunch is provided.']],
    ['possessive after an abbreviation', "It was Smith Jr.'s idea.", ["It was Smith Jr.'s idea."]],
  ],
  'multi-period abbreviations': [
    ['inside a sentence', 'The U.K. economy grew last year.', ['The U.K. economy grew last year.']],
    ['before lower case', 'Prices in the U.S. rose by 2 percent.', ['Prices in the U.S. rose by 2 percent.']],
    ['before a name', 'He joined the U.S. Navy in 2004.', ['He joined the U.S. Navy in 2004.']],
    ['ending a sentence before an opener', 'She moved to the U.S. What changed?', ['She moved to the U.S.', 'What changed?']],
    ['ending a sentence before "The"', 'Sales fell in the E.U. The cause is unclear.', ['Sales fell in the E.U.', 'The cause is unclear.']],
    ['time of day', 'The clinic opens at 8 a.m. and closes at 6 p.m. It is busy.', ['The clinic opens at 8 a.m. and closes at 6 p.m.', 'It is busy.']],
    ['degree', 'She holds a Ph.D. in biology.', ['She holds a Ph.D. in biology.']],
  ],
  'initials and single letters': [
    ['middle initial', 'The paper is by Maria T. Lopez.', ['The paper is by Maria T. Lopez.']],
    ['several initials', 'Her favourite author is C. S. Lewis.', ['Her favourite author is C. S. Lewis.']],
    ['the pronoun I ending a sentence', 'The winner was not I. Did you win?', ['The winner was not I.', 'Did you win?']],
    ['a letter ending a sentence', 'Take vitamin D. It is cheap.', ['Take vitamin D.', 'It is cheap.']],
  ],
  numbers: [
    ['decimal', 'The rate rose to 3.5% this year.', ['The rate rose to 3.5% this year.']],
    ['money inside a sentence', 'Tickets cost $12.50 each.', ['Tickets cost $12.50 each.']],
    ['money ending a sentence', 'Tickets cost $12.50. Children go free.', ['Tickets cost $12.50.', 'Children go free.']],
    ['version numbers', 'Install v2.1 or later. Version 3.0.1 is best.', ['Install v2.1 or later.', 'Version 3.0.1 is best.']],
    ['numbering in a heading', 'Section 2. Methods', ['Section 2. Methods']],
    ['numero sign', 'It is filed as N°. 4411.02. Read it.', ['It is filed as N°. 4411.02.', 'Read it.']],
  ],
  'addresses and references': [
    ['e-mail address', 'Write to Ann.Lee@example.org. She replies fast.', ['Write to Ann.Lee@example.org.', 'She replies fast.']],
    ['URL', 'See https://example.org/a.b/c.html. It explains.', ['See https://example.org/a.b/c.html.', 'It explains.']],
    ['domain name', 'Visit www.example.com. Or call us.', ['Visit www.example.com.', 'Or call us.']],
    ['reference markers after the period', 'It was disputed.[4] Later it was confirmed.[5][6] Done.', ['It was disputed.[4]', 'Later it was confirmed.[5][6]', 'Done.']],
    ['dotted identifier', 'Call Math.Max with two numbers.', ['Call Math.Max with two numbers.']],
  ],
  'quotes and brackets': [
    ['quote closing a sentence', 'He said, "We are done." Then he left.', ['He said, "We are done."', 'Then he left.']],
    ['quote inside a sentence', 'He said, "We are done." and left.', ['He said, "We are done." and left.']],
    ['single quotes inside a sentence', "She wrote 'Never again.' on the wall.", ["She wrote 'Never again.' on the wall."]],
    ['curly quotes', '“It is safe,” they said. “Trust us.” Few did.', ['“It is safe,” they said.', '“Trust us.”', 'Few did.']],
    ['question in quotes then lower case', '"Is it safe?" she asked.', ['"Is it safe?" she asked.']],
    ['parenthesis inside a sentence', 'The drug (It was new.) helped many.', ['The drug (It was new.) helped many.']],
    ['parenthesised sentence', '(Details follow below.) The study began in May.', ['(Details follow below.)', 'The study began in May.']],
  ],
  ellipses: [
    ['three periods before a capital', 'We waited... Then the bus came.', ['We waited...', 'Then the bus came.']],
    ['ellipsis character before a capital', 'We waited… Then the bus came.', ['We waited…', 'Then the bus came.']],
    ['three periods before lower case', 'It was ... well, strange.', ['It was ... well, strange.']],
    ['glued to the next word', 'I thought...maybe not.', ['I thought...maybe not.']],
    ['four periods', 'It never ended.... Then it did.', ['It never ended....', 'Then it did.']],
    ['spaced three points inside a sentence', 'The rule . . . I quote it in full . . . is old.', ['The rule . . . I quote it in full . . . is old.']],
    ['spaced four points end a sentence', 'He paused . . . . Nobody spoke.', ['He paused . . . .', 'Nobody spoke.']],
    ['period, then omission', 'The text ends here. . . . Another part starts.', ['The text ends here.', '. . . Another part starts.']],
    ['omission at the very end', 'And so it goes. . . .', ['And so it goes. . . .']],
    ['omission in brackets', '"We [...] agreed [...]" (Jones 12).', ['"We [...] agreed [...]" (Jones 12).']],
  ],
  'lists on one line': [
    ['numbered with periods', '1. Buy milk 2. Buy bread', ['1. Buy milk', '2. Buy bread']],
    ['numbered with periods and final periods', '1. Buy milk. 2. Buy bread.', ['1. Buy milk.', '2. Buy bread.']],
    ['numbered with parentheses', '1) Buy milk 2) Buy bread 3) Go home', ['1) Buy milk', '2) Buy bread', '3) Go home']],
    ['numbered with period and parenthesis', '1.) Buy milk 2.) Buy bread', ['1.) Buy milk', '2.) Buy bread']],
    ['lettered', 'a. Buy milk b. Buy bread', ['a. Buy milk', 'b. Buy bread']],
    ['after a colon', 'Two steps: 1. Rinse 2. Repeat', ['Two steps:', '1. Rinse', '2. Repeat']],
    ['bullets inside a line', '• 3. Buy milk • 4. Buy bread', ['• 3. Buy milk', '• 4. Buy bread']],
    ['bullet glued to the number', '⁃7. Buy milk ⁃8. Buy bread', ['⁃7. Buy milk', '⁃8. Buy bread']],
    ['a number that is not an item', 'The first item costs 2. Others cost more.', ['The first item costs 2.', 'Others cost more.']],
  ],
  'line breaks': [
    ['wrapped line continues the sentence', 'The patients were followed for\nthree years.', ['The patients were followed for\nthree years.']],
    ['wrapped line after a short line', 'It was a\ncold night.', ['It was a\ncold night.']],
    ['blank line always splits', 'First part without a period\n\nSecond part', ['First part without a period', 'Second part']],
    ['blank line with spaces and CRLF', 'One\r\n  \r\nTwo', ['One', 'Two']],
    ['bullet lines', 'Benefits:\n- faster\n* cheaper\n• safer', ['Benefits:', '- faster', '* cheaper', '• safer']],
    ['numbered lines', 'Do this:\n1. open it\n2) close it', ['Do this:', '1. open it', '2) close it']],
    ['lines without punctuation are a list', 'sugar\nbrown flour\nsalt, pepper\n', ['sugar', 'brown flour', 'salt, pepper']],
    ['a long wrapped line without punctuation stays whole', 'This list item is long enough that an editor wrapped it here\nand it goes on', ['This list item is long enough that an editor wrapped it here\nand it goes on']],
    ['heading line above a sentence', 'Key results\nMore than 80% of patients improved.', ['Key results', 'More than 80% of patients improved.']],
    ['a longer title-case line above a sentence', 'Recovery Week by Week and What to Expect\nAfter about five days, the lens comes out.', ['Recovery Week by Week and What to Expect', 'After about five days, the lens comes out.']],
    ['a long wrapped line in sentence case stays whole', 'Most patients go back to their desk jobs within\nA week or so.', ['Most patients go back to their desk jobs within\nA week or so.']],
    ['line ending with a function word is not a heading', 'The report was written by the\nMinistry of Health.', ['The report was written by the\nMinistry of Health.']],
  ],
  'missing spaces': [
    ['period glued to an opener', 'We won.Then we celebrated.', ['We won.', 'Then we celebrated.']],
    ['after a number', 'The total was 4,200.That was a record.', ['The total was 4,200.', 'That was a record.']],
    ['before a title', 'It was Monday.Dr. Wu arrived.', ['It was Monday.', 'Dr. Wu arrived.']],
    ['abbreviation glued to a name', 'Mr.Brown agreed.', ['Mr.Brown agreed.']],
  ],
  'edge cases': [
    ['empty', '', []],
    ['only whitespace', '  \n\t ', []],
    ['surrounding whitespace is trimmed', '   One.   Two.   ', ['One.', 'Two.']],
    ['punctuation only', '...', ['...']],
    ['ordinary text with a percent sign', 'More than 80% of patients improved.', ['More than 80% of patients improved.']],
    ['non-Latin capital after a period', 'Es war kalt. Über Nacht fror es.', ['Es war kalt.', 'Über Nacht fror es.']],
    ['brand starting in lower case', 'I use Linux. iPhones are rare here.', ['I use Linux.', 'iPhones are rare here.']],
  ],
};

describe('splitSentences', () => {
  for (const [group, table] of Object.entries(cases)) {
    describe(group, () => {
      it.each(table)('%s', (_name, input, expected) => {
        const ranges = splitSentences(input);
        expect(ranges.map(({ start, end }) => input.slice(start, end))).toEqual(expected);
        checkInvariants(input, ranges);
      });
    });
  }

  it('returns offsets into the original text, whitespace untouched', () => {
    const text = '  Alpha  beta.\n\tGamma\u00a0delta!  ';
    expect(splitSentences(text)).toEqual([
      { start: 2, end: 14 },
      { start: 16, end: 28 },
    ]);
    expect(sentences(text)).toEqual(['Alpha  beta.', 'Gamma\u00a0delta!']);
  });

  it('holds its invariants on random prose-like text', () => {
    // A small deterministic generator (mulberry32), so a failure can be replayed.
    let seed = 0x5eed;
    const random = (): number => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const pieces = [
      'word', 'The', 'Dr.', 'U.S.', 'e.g.', '3.5', '1.', '2)', 'a.', '.', '..', '...', '. . .', '…', '?', '!', '?!', '"', '“', '”',
      "'", '(', ')', '[', ']', '[1]', ':', ',', ' ', ' ', ' ', '\n', '\n\n', '\r\n', '\t', '•', '- ', '* ', '\u00a0', 'x@y.z',
      'http://a.b/c', 'I', 'A', 'iPhone', 'Über', '9', '10.', 'etc.', 'No.', 'Jan.', 'St.', 'a.m.',
    ];
    for (let round = 0; round < 2000; round++) {
      let text = '';
      const length = Math.floor(random() * 30);
      for (let k = 0; k < length; k++) text += pieces[Math.floor(random() * pieces.length)] ?? '';
      checkInvariants(text, splitSentences(text));
    }
  });

  // Speed is measured by the benchmark, not here; a quadratic scan would still blow the test timeout on these.
  it('keeps its invariants on pathological input', () => {
    const inputs = ['\n'.repeat(50_000), ' \n'.repeat(50_000), 'a.'.repeat(50_000), '1. Go. '.repeat(10_000), '. '.repeat(50_000)];
    const results: TextRange[][] = [];
    for (const input of inputs) results.push(splitSentences(input));
    inputs.forEach((input, index) => checkInvariants(input, results[index] ?? []));
  });
});
