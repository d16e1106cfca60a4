import type { Formatter } from '../types.js';
import { formatJson } from './json.js';
import { formatText } from './text.js';

/** Every report format by name: `--format <name>`. */
export const FORMATTERS: Record<string, Formatter> = {
  text: formatText,
  json: formatJson,
};

export const FORMAT_NAMES = Object.keys(FORMATTERS);
