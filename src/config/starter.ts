/** What `claim-audit init` writes: every setting, commented, with safe defaults. */
export const STARTER_CONFIG = `# claim-audit configuration (see README, "Configuration").
# This file is found from the folder you run claim-audit in, or any folder above it.

# Extra rule sets (files or folders of .yaml), relative to this file.
rules: []

# Load the built-in rule sets: health and medical (regulatory, safety, efficacy, timing, certainty, marketing, care) and
# what sellers promise on any subject (commerce: warranty, free trial, money-back window), battery-powered
# products' runtime and charging time (battery), and financial products' APR and APY (finance).
builtinRules: true

# Rules to turn off, by id (see \`claim-audit rules list\`), a whole set by its id, or a topic's
# contradictions (contradiction/<topic>). To use an example, delete the line above it and the # before it.
disable: []
# disable:
#   - certainty/certainty-language
#   - contradiction/relief-duration

# Change a rule's (or a topic's contradictions') severity: error, warning or info.
severity: {}
# severity:
#   efficacy/efficacy-figure: error
#   contradiction/session-length: warning

# Claims are compared only within one subject. An article's front matter \`subject:\` wins;
# otherwise the first matching glob below (relative to this file); otherwise \`subject\`.
subject: default
subjects: {}
# subjects:
#   "articles/ketamine/**": ketamine-infusion
#   "articles/tms/**": tms

# Documents never audited (globs relative to this file).
ignore: []
# ignore:
#   - "drafts/**"

# How vague quantities are read, as [low, high] (defaults: several [2, 9], a few [2, 5], a couple of [2, 3]).
vague: {}
# vague:
#   several: [3, 7]

# Larger documents are skipped with a warning.
maxFileBytes: 20971520
`;
