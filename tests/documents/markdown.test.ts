import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../src/documents/decode.js';
import { parseDocument } from '../../src/documents/parse.js';
import { indexLines } from '../../src/text/locations.js';

function read(path: string): string {
  const decoded = decodeDocument(readFileSync(path));
  if (decoded.kind !== 'text') throw new Error(`${path} is not text`);
  return decoded.text;
}

/** Every block character must map to the same character in the source (markup aside). */
function expectFaithfulOffsets(source: string, blocks: { text: string; offsets: number[] }[]): void {
  for (const block of blocks) {
    expect(block.offsets).toHaveLength(block.text.length + 1);
    for (let index = 0; index < block.text.length; index++) {
      const offset = block.offsets[index] as number;
      if (!/\s/.test(block.text[index] as string)) expect(source[offset]).toBe(block.text[index]);
    }
  }
}

describe('Markdown prose blocks', () => {
  const source = read('fixtures/positions/inline-markup.md');
  const document = parseDocument('inline-markup.md', source);

  it('keeps prose (headings, paragraphs, link text, table cells, footnotes) and drops code, HTML, images and URLs', () => {
    const texts = document.blocks.map((block) => block.text);
    expect(texts[0]).toBe('Inline markup sample');
    expect(texts[1]).toContain('more than 80% of patients improved, as the\ninline link explains.');
    expect(texts[1]).not.toContain('dose_mg');
    expect(texts[1]).not.toContain('example.org');
    expect(texts[1]).not.toContain('image alt');
    expect(texts[1]).not.toContain('<!--');
    expect(texts.join(' ')).not.toContain('inside a code block');
    expect(texts).toContain('Intake forms are reviewed.');
    expect(texts).toContain('Reviews moved to Fridays in 2023.');
  });

  it('maps every prose character back to its source offset', () => {
    expectFaithfulOffsets(source, document.blocks);
  });

  it('marks paragraphs with links or footnote references as cited', () => {
    expect(document.blocks[1]?.cited).toBe(true);
    expect(document.blocks[0]?.cited).toBe(false);
  });

  it('reads front matter as data and never as prose, with CRLF line endings', () => {
    const crlf = read('fixtures/positions/crlf.md');
    const parsed = parseDocument('crlf.md', crlf);
    expect(parsed.frontMatter).toEqual({ title: 'CRLF sample' });
    expect(parsed.blocks.map((block) => block.text).join(' ')).not.toContain('title');
    expectFaithfulOffsets(crlf, parsed.blocks);
    const lines = indexLines(crlf);
    const heading = parsed.blocks[0];
    expect(heading?.text).toBe('Clinic notes');
    expect(lines.point(heading?.offsets[0] ?? -1)).toEqual({ line: 4, column: 4, offset: 33 });
  });

  it('warns about malformed front matter and still audits the body', () => {
    const parsed = parseDocument('bad.md', '---\ntitle: [unclosed\n---\n\nThe body is prose.\n');
    expect(parsed.warnings[0]?.message).toMatch(/^malformed front matter YAML/);
    expect(parsed.blocks.map((block) => block.text)).toEqual(['The body is prose.']);
  });

  it('keeps unescaped characters and entities aligned with the source', () => {
    const text = 'Costs \\*fell\\* by 5% &amp; rose again.\n';
    const parsed = parseDocument('escapes.md', text);
    expect(parsed.blocks[0]?.text).toBe('Costs *fell* by 5% & rose again.');
    expectFaithfulOffsets(text, parsed.blocks);
  });
});

describe('decoding and line index', () => {
  it('drops a UTF-8 BOM so offsets and columns start at the first character', () => {
    const decoded = decodeDocument(readFileSync('fixtures/positions/bom.txt'));
    expect(decoded.kind === 'text' && decoded.text.startsWith('Dr. Smith')).toBe(true);
  });

  it('decodes UTF-16 with a BOM and calls NUL-bearing files binary', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hello.', 'utf16le')]);
    expect(decodeDocument(utf16)).toEqual({ kind: 'text', text: 'Hello.', warnings: [] });
    expect(decodeDocument(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])).kind).toBe('binary');
  });

  it('replaces invalid UTF-8 with a warning', () => {
    const decoded = decodeDocument(Buffer.from([0x61, 0xff, 0x62]));
    expect(decoded).toEqual({ kind: 'text', text: 'a\uFFFDb', warnings: ['invalid UTF-8: undecodable bytes were replaced with U+FFFD'] });
  });

  it('counts lines for LF, CRLF and lone CR, and columns in UTF-16 units', () => {
    const lines = indexLines('a\nb\r\nc\rd🌱e');
    expect(lines.point(2)).toEqual({ line: 2, column: 1, offset: 2 });
    expect(lines.point(5)).toEqual({ line: 3, column: 1, offset: 5 });
    expect(lines.point(7)).toEqual({ line: 4, column: 1, offset: 7 });
    expect(lines.point(10)).toEqual({ line: 4, column: 4, offset: 10 });
  });
});
