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

  /** `file:line:column: message (hint)`, the one line the CLI prints. */
  describe(): string {
    const place = this.origin ? `${this.origin.file}:${this.origin.line}:${this.origin.column}: ` : '';
    return `${place}${this.message}${this.hint ? ` (${this.hint})` : ''}`;
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
