import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/documents/parse.js';
import { auditMarkdown } from '../helpers.js';

const MDX = [
  '---',
  'title: Test',
  '---',
  "import { Callout } from '../components/Callout'",
  "export const meta = {",
  "  author: 'x',",
  '}',
  '',
  '# Knee injections',
  '',
  '<Callout type="warning">',
  'It is guaranteed to work, with no side effects.',
  '</Callout>',
  '',
  '{props.disclaimer}',
  '',
  'Success rates are 65 to 75%.',
  '',
  '<Note>The results are 100% guaranteed.</Note>',
  '',
  '```js',
  "import { guaranteed } from 'x'",
  '```',
  '',
].join('\n');

describe('MDX documents', () => {
  const document = parseDocument('post.mdx', MDX);

  it('reads the prose inside components and leaves out module lines, tag lines, expressions and code', () => {
    expect(document.blocks.map((block) => block.text)).toEqual([
      'Knee injections',
      'It is guaranteed to work, with no side effects.',
      'Success rates are 65 to 75%.',
      'The results are 100% guaranteed.',
    ]);
  });

  it('keeps every offset pointing into the original file', () => {
    for (const block of document.blocks) {
      for (let index = 0; index < block.text.length; index++) {
        const offset = block.offsets[index] as number;
        if (!/\s/.test(block.text[index] as string)) expect(MDX[offset]).toBe(block.text[index]);
      }
    }
  });

  it('reports a claim inside a component at its line and column in the .mdx file', () => {
    const report = auditMarkdown({ 'post.mdx': MDX });
    const guarantee = report.findings.find((finding) => finding.ruleId === 'certainty/guarantee');
    expect(guarantee?.span.start).toMatchObject({ line: 12, column: 7 });
  });

  it('reads a .md file with the same text as Markdown, so its JSX-like lines stay HTML', () => {
    expect(parseDocument('post.md', MDX).blocks.map((block) => block.text)).not.toContain('It is guaranteed to work, with no side effects.');
  });
});
