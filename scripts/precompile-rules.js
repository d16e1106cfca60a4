#!/usr/bin/env node
// Part of `npm run build`: parse the built-in rule sets once and store the result beside the compiled code
// (dist/builtin-rules.json), so a run need not parse their YAML again. A run uses a file's stored parse only
// while the file's text is unchanged (its SHA-256 is stored with it). See src/rules/load.ts.
import { writeFileSync } from 'node:fs';
import { PRECOMPILED_RULES, precompileBuiltinRules } from '../dist/rules/load.js';

writeFileSync(PRECOMPILED_RULES, `${JSON.stringify(precompileBuiltinRules())}\n`);
