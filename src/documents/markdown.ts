import type { Nodes, Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { ProseBlock } from '../types.js';
import { remarkLeanGfm } from './gfm.js';
import { CITATION_MARKER } from './text.js';

// Built once: a frozen processor parses any number of documents.
const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkLeanGfm).freeze();

/** Block containers whose children are walked; their own text comes from the leaf blocks inside them. */
const CONTAINERS = new Set(['root', 'blockquote', 'list', 'listItem', 'footnoteDefinition']);
/** Leaf blocks whose inline content is prose. */
const PROSE_LEAVES = new Set(['paragraph', 'heading', 'tableCell']);

/** The parsed parts of a Markdown document: front matter source (if any) and prose blocks. */
export interface ParsedMarkdown {
  frontMatter: { value: string; offset: number } | null;
  blocks: ProseBlock[];
}

/** Parse Markdown and collect its prose: paragraphs, headings, list items, quotes and table cells, markup removed. */
export function markdownBlocks(source: string): ParsedMarkdown {
  const tree = parser.parse(source) as Root;
  const blocks: ProseBlock[] = [];
  let frontMatter: ParsedMarkdown['frontMatter'] = null;
  let tables = 0;

  const visit = (node: Nodes, context: string): void => {
    if (node.type === 'yaml') {
      if (frontMatter === null && node.position) frontMatter = { value: node.value, offset: node.position.start.offset ?? 0 };
      return;
    }
    if (node.type === 'table') {
      // Cells keep their place, so that a value cell can be read with its row's label ("| Charging time | 3 to 4 hours |").
      const table = tables++;
      const columns = node.children[0]?.children.length ?? 0;
      node.children.forEach((row, rowIndex) => {
        row.children.forEach((cell, column) => {
          const block = collectInline(source, cell.children as RootContent[], context === 'root' ? 'tableCell' : context);
          if (block) blocks.push({ ...block, index: blocks.length, cell: { table, row: rowIndex, column, columns } });
        });
      });
      return;
    }
    if (PROSE_LEAVES.has(node.type) && 'children' in node) {
      const block = collectInline(source, node.children as RootContent[], context === 'root' ? node.type : context);
      if (block) blocks.push({ ...block, index: blocks.length });
      return;
    }
    if (CONTAINERS.has(node.type) && 'children' in node) {
      const inner = node.type === 'root' || node.type === 'list' ? context : node.type;
      for (const child of node.children as RootContent[]) visit(child, inner);
    }
  };
  visit(tree, 'root');
  return { frontMatter, blocks };
}

/** Concatenate the prose of inline nodes, mapping each character back to its source offset. */
function collectInline(source: string, children: RootContent[], kind: string): Omit<ProseBlock, 'index'> | null {
  let text = '';
  const offsets: number[] = [];
  let cited = false;
  let lastEnd = 0;

  const walk = (nodes: RootContent[]): void => {
    for (const node of nodes) {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      switch (node.type) {
        case 'text':
          if (start !== undefined && end !== undefined) {
            appendAligned(node.value, source, start, end);
            lastEnd = end;
          }
          break;
        case 'break':
          if (start !== undefined) {
            text += '\n';
            offsets.push(start);
            lastEnd = end ?? start + 1;
          }
          break;
        case 'link':
        case 'linkReference':
          cited = true;
          walk(node.children as RootContent[]);
          break;
        case 'footnoteReference':
          cited = true;
          break;
        // Code, HTML and images are not prose: an editor's claims live in the words around them.
        case 'inlineCode':
        case 'html':
        case 'image':
        case 'imageReference':
          break;
        default:
          if ('children' in node) walk(node.children as RootContent[]);
      }
    }
  };

  // The parser unescapes (\*), decodes entities (&amp;) and drops line prefixes ("> ") from text values;
  // walk value and source together so every character still points at its own source position.
  const appendAligned = (value: string, src: string, start: number, end: number): void => {
    if (src.slice(start, end) === value) {
      for (let i = 0; i < value.length; i++) offsets.push(start + i);
      text += value;
      return;
    }
    let j = start;
    for (let i = 0; i < value.length; i++) {
      const wanted = value[i];
      let k = j;
      while (k < end && src[k] !== wanted) k++;
      if (k < end) {
        offsets.push(k);
        j = k + 1;
      } else {
        offsets.push(Math.min(j, end - 1));
      }
    }
    text += value;
  };

  walk(children);
  // Trim: a block never starts or ends with whitespace, so its sentences do not either.
  let from = 0;
  let to = text.length;
  while (from < to && /\s/.test(text[from] ?? '')) from++;
  while (to > from && /\s/.test(text[to - 1] ?? '')) to--;
  if (to <= from) return null;
  const lastOffset = offsets[to - 1] ?? lastEnd;
  const trimmedOffsets = offsets.slice(from, to);
  trimmedOffsets.push(lastOffset + 1);
  const prose = text.slice(from, to);
  return { text: prose, offsets: trimmedOffsets, kind, cited: cited || CITATION_MARKER.test(prose) };
}
