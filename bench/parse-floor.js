#!/usr/bin/env node
// The parse floor: read every Markdown file under a folder and parse it with unified + remark-parse +
// remark-frontmatter, nothing else. No tool that parses Markdown with remark can audit a corpus faster.
// `node bench/parse-floor.js <dir> [--gfm]` (--gfm adds the full remark-gfm; claim-audit uses its tables,
// footnotes, strikethrough and task lists, without autolink literals).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// Resolve from the repo root: bench/node_modules holds older unified/remark copies that textlint pulls in.
const resolveFromRoot = createRequire(join(ROOT, 'package.json')).resolve;
const load = async (name) => import(pathToFileURL(resolveFromRoot(name)).href);

const args = process.argv.slice(2);
const gfm = args.includes('--gfm');
const dir = args.find((arg) => !arg.startsWith('--'));
if (!dir) {
  process.stderr.write('usage: node bench/parse-floor.js <dir> [--gfm]\n');
  process.exit(2);
}

const { unified } = await load('unified');
const { default: remarkParse } = await load('remark-parse');
const { default: remarkFrontmatter } = await load('remark-frontmatter');
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
if (gfm) processor.use((await load('remark-gfm')).default);

const files = readdirSync(dir, { recursive: true })
  .map(String)
  .filter((name) => name.endsWith('.md'))
  .sort();
let bytes = 0;
let nodes = 0;
for (const name of files) {
  const text = readFileSync(join(dir, name), 'utf8');
  bytes += text.length;
  // Keep a result alive so nothing can be optimised away.
  nodes += processor.parse(text).children.length;
}
process.stdout.write(`${JSON.stringify({ files: files.length, chars: bytes, topLevelNodes: nodes, gfm })}\n`);
