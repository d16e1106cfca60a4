import { parse as parseYaml } from 'yaml';
import { indexLines } from '../text/locations.js';
import type { Document, DocumentFormat } from '../types.js';
import { markdownBlocks } from './markdown.js';
import { mdxAsMarkdown } from './mdx.js';
import { textBlocks } from './text.js';

const MARKDOWN_EXTENSIONS = /\.(md|markdown|mdx|mdown|mkd)$/i;
const MDX_EXTENSION = /\.mdx$/i;

// The Markdown parser slows down steeply with nesting depth (1,000 nested list items take half a minute);
// articles never nest this deep, so such a document is read as plain text, with a warning.
const MAX_NESTING = 64;
const DEEP_LINE = /^(?:[ \t]*>){65}|^[ \t]{130}[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]/m;
const DEEP_LIST_LINE = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])[ \t]/gm;

/** Whether a Markdown source nests quotes or lists deeper than MAX_NESTING levels. */
function nestsTooDeep(text: string): boolean {
  if (DEEP_LINE.test(text)) return true;
  // Lists can nest with two spaces a level; count distinct indentation steps rather than raw width.
  const widths = new Set<number>();
  for (const found of text.matchAll(DEEP_LIST_LINE)) {
    widths.add((found[1] ?? '').length);
    if (widths.size > MAX_NESTING) return true;
  }
  return false;
}

/** Markdown by extension; everything else (including stdin without a hint) is plain text. */
export function formatOf(path: string): DocumentFormat {
  return MARKDOWN_EXTENSIONS.test(path) ? 'markdown' : 'text';
}

/** Turn decoded source text into a Document: front matter as data, prose blocks with source offsets. */
export function parseDocument(path: string, text: string, format: DocumentFormat = formatOf(path)): Document {
  const lines = indexLines(text);
  const warnings: Document['warnings'] = [];
  if (format === 'text') return { path, format, text, frontMatter: {}, blocks: textBlocks(text), warnings };
  if (nestsTooDeep(text)) {
    warnings.push({ message: `lists or quotes nest deeper than ${MAX_NESTING} levels; read as plain text`, span: lines.span(0, 0) });
    return { path, format, text, frontMatter: {}, blocks: textBlocks(text), warnings };
  }

  const parsed = markdownBlocks(MDX_EXTENSION.test(path) ? mdxAsMarkdown(text) : text);
  // A warning is reported with an empty match, so its span is the empty place where the front matter opens.
  let frontMatter: Record<string, unknown> = {};
  if (parsed.frontMatter) {
    try {
      // logLevel 'error': the yaml package would print warnings (an unknown `!tag`) to stderr from in here.
      const data: unknown = parseYaml(parsed.frontMatter.value, { logLevel: 'error' });
      if (data && typeof data === 'object' && !Array.isArray(data)) frontMatter = data as Record<string, unknown>;
      else if (data !== null && data !== undefined) {
        warnings.push({ message: 'front matter is not a mapping; ignored', span: lines.span(parsed.frontMatter.offset, parsed.frontMatter.offset) });
      }
    } catch (error) {
      // Malformed front matter must not stop the audit of the body: warn and go on.
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      warnings.push({
        message: `malformed front matter YAML, ignored: ${reason}`,
        span: lines.span(parsed.frontMatter.offset, parsed.frontMatter.offset),
      });
    }
  }
  return { path, format, text, frontMatter, blocks: parsed.blocks, warnings };
}
