import type { Formatter, Report } from '../types.js';
import { formatGithub } from './github.js';
import { formatHtml } from './html.js';
import { formatJson, formatJsonChunks } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatRdjsonl } from './rdjsonl.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

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

/** Formats that can also be written piece by piece, for reports too big to hold as one string. */
export const CHUNKED_FORMATTERS: Record<string, (report: Report) => Iterable<string>> = {
  json: formatJsonChunks,
};
