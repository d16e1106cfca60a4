import { parse as parseYaml } from 'yaml';
import { indexLines } from '../text/locations.js';
import type { Document, DocumentFormat } from '../types.js';
import { markdownBlocks } from './markdown.js';
import { textBlocks } from './text.js';

const MARKDOWN_EXTENSIONS = /\.(md|markdown|mdx|mdown|mkd)$/i;

/** Markdown by extension; everything else (including stdin without a hint) is plain text. */
export function formatOf(path: string): DocumentFormat {
  return MARKDOWN_EXTENSIONS.test(path) ? 'markdown' : 'text';
}

/** Turn decoded source text into a Document: front matter as data, prose blocks with source offsets. */
export function parseDocument(path: string, text: string, format: DocumentFormat = formatOf(path)): Document {
  const lines = indexLines(text);
  const warnings: Document['warnings'] = [];
  if (format === 'text') return { path, format, text, frontMatter: {}, blocks: textBlocks(text), warnings };

  const parsed = markdownBlocks(text);
  let frontMatter: Record<string, unknown> = {};
  if (parsed.frontMatter) {
    try {
      const data: unknown = parseYaml(parsed.frontMatter.value);
      if (data && typeof data === 'object' && !Array.isArray(data)) frontMatter = data as Record<string, unknown>;
      else if (data !== null && data !== undefined) {
        warnings.push({ message: 'front matter is not a mapping; ignored', span: lines.span(parsed.frontMatter.offset, parsed.frontMatter.offset + 3) });
      }
    } catch (error) {
      // Malformed front matter must not stop the audit of the body: warn and go on.
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      warnings.push({
        message: `malformed front matter YAML, ignored: ${reason}`,
        span: lines.span(parsed.frontMatter.offset, parsed.frontMatter.offset + 3),
      });
    }
  }
  return { path, format, text, frontMatter, blocks: parsed.blocks, warnings };
}
