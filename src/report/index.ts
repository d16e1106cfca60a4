import type { FormatOptions, Formatter, Report } from '../types.js';
import { formatGithub, formatGithubChunks } from './github.js';
import { formatHtml } from './html.js';
import { formatJson, formatJsonChunks } from './json.js';
import { formatJunit, formatJunitChunks } from './junit.js';
import { formatMarkdown, formatMarkdownChunks } from './markdown.js';
import { formatRdjsonl, formatRdjsonlChunks } from './rdjsonl.js';
import { formatSarif, formatSarifChunks } from './sarif.js';
import { formatText, formatTextChunks } from './text.js';

/** Every report format by name: `--format <name>`. */
export const FORMATTERS: Record<string, Formatter> = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  markdown: formatMarkdown,
  rdjsonl: formatRdjsonl,
  junit: formatJunit,
  html: formatHtml,
};

export const FORMAT_NAMES = Object.keys(FORMATTERS);

/**
 * Formats that can also be written piece by piece, for reports too big to hold as one string (a whole
 * catalogue's). The same bytes as FORMATTERS gives; html is built whole (and refused when too large).
 */
export const CHUNKED_FORMATTERS: Record<string, (report: Report, options: FormatOptions) => Iterable<string>> = {
  text: formatTextChunks,
  json: formatJsonChunks,
  sarif: formatSarifChunks,
  github: formatGithubChunks,
  markdown: formatMarkdownChunks,
  rdjsonl: formatRdjsonlChunks,
  junit: formatJunitChunks,
};
