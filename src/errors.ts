import type { Origin } from './types.js';

/**
 * A problem the user can fix (bad flag, missing path, invalid rule file or config): printed as one line, exit code 2.
 * Anything else that is thrown is a bug in claim-audit.
 */
export class UserError extends Error {
  readonly origin: Origin | undefined;
  readonly hint: string | undefined;

  constructor(message: string, options: { origin?: Origin; hint?: string } = {}) {
    super(message);
    this.name = 'UserError';
    this.origin = options.origin;
    this.hint = options.hint;
  }

  /** `file:line:column: message (hint)`, the one line the CLI prints, whatever the user's text held. */
  describe(): string {
    const place = this.origin ? `${this.origin.file}:${this.origin.line}:${this.origin.column}: ` : '';
    return oneLine(`${place}${this.message}${this.hint ? ` (${this.hint})` : ''}`);
  }
}

/** A bad command-line flag or argument. */
export class UsageError extends UserError {
  override readonly name = 'UsageError';
}

/** A bad configuration file or setting. */
export class ConfigError extends UserError {
  override readonly name = 'ConfigError';
}

/** A rule set that cannot be loaded: YAML syntax, schema violation, invalid regex, duplicate id. */
export class RuleLoadError extends UserError {
  override readonly name = 'RuleLoadError';
}

/** Control characters (a line break in a file name or a YAML key) shown as escapes, so a message stays one line. */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  return text.replace(/[\u0000-\u001f\u007f]/g, (character) => {
    const escapes: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
    return escapes[character] ?? `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
