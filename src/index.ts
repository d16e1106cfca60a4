/** claim-audit's library API: `audit(options)` returns the report every formatter renders. */
export { audit, TOOL } from './audit.js';
export type { AuditOptions } from './config/settings.js';
export { FORMATTERS } from './report/index.js';
export { ConfigError, RuleLoadError, UsageError, UserError } from './errors.js';
export type * from './types.js';
