import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import fastGlob from 'fast-glob';
import ignore, { type Ignore } from 'ignore';
import { UsageError } from '../errors.js';

/** The extensions audited when a folder is named. */
export const DEFAULT_EXTENSIONS = ['.md', '.markdown', '.mdx', '.txt'];

/** Folders never worth descending into. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn']);
const GLOB_CHARACTERS = /[*?[\]{}!]/;

/** One input to audit: a file path (as shown to the user) or standard input. */
export type Source = { kind: 'file'; path: string; absolute: string } | { kind: 'stdin'; path: string };

/** How standard input is named in reports unless the user names it (`--stdin-filename`). */
export const STDIN_PATH = '<stdin>';

/** Expand paths, folders, globs and `-` (standard input, shown as `stdinPath`) into a sorted, de-duplicated list of sources. */
export function discoverSources(inputs: string[], cwd: string, extensions = DEFAULT_EXTENSIONS, stdinPath = STDIN_PATH): Source[] {
  const found = new Map<string, Source>();
  let stdin = false;
  const add = (absolute: string): void => {
    const shown = display(absolute, cwd);
    if (!found.has(absolute)) found.set(absolute, { kind: 'file', path: shown, absolute });
  };

  for (const input of inputs.length > 0 ? inputs : ['.']) {
    if (input === '-') {
      stdin = true;
      continue;
    }
    const absolute = resolve(cwd, input);
    let stats;
    try {
      stats = statSync(absolute);
    } catch {
      stats = undefined;
    }
    if (stats?.isDirectory()) {
      walkFolder(absolute, cwd, extensions, add);
    } else if (stats) {
      add(absolute);
    } else if (GLOB_CHARACTERS.test(input)) {
      // A glob skips what a folder walk skips: node_modules, and what the .gitignore files on the way ignore.
      const ignorers = new Map<string, Ignore | null>();
      const matches = fastGlob.sync(input.split(sep).join('/'), {
        cwd,
        absolute: true,
        onlyFiles: true,
        dot: false,
        followSymbolicLinks: false,
        ignore: [...SKIPPED_FOLDERS].map((folder) => `**/${folder}/**`),
      });
      const kept = matches.filter((file) => !ignoredOnTheWay(file, cwd, ignorers));
      if (kept.length === 0) throw new UsageError(`no files match the pattern "${input}"`);
      for (const file of kept) add(file);
    } else {
      throw new UsageError(`no such file or folder: ${input}`);
    }
  }
  // Standard input named after a file of the corpus is that file's unsaved text: it replaces the copy on disk.
  if (stdin && stdinPath !== STDIN_PATH) found.delete(resolve(cwd, stdinPath));
  const sources = [...found.values()].sort((a, b) => compareStrings(a.path, b.path));
  return stdin ? [{ kind: 'stdin', path: stdinPath }, ...sources] : sources;
}

/** Walk a folder for documents, honouring every .gitignore met on the way and never looping on symlinks. */
function walkFolder(root: string, cwd: string, extensions: string[], add: (file: string) => void): void {
  const seen = new Set<string>();
  const walk = (folder: string, rules: { base: string; ignorer: Ignore }[]): void => {
    let real: string;
    try {
      real = realpathSync(folder);
    } catch {
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    const own = gitignoreOf(folder);
    const active = own ? [...rules, { base: folder, ignorer: own }] : rules;
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => compareStrings(a.name, b.name));
    for (const entry of entries) {
      const full = join(folder, entry.name);
      if (active.some(({ base, ignorer }) => isIgnored(ignorer, relative(base, full), entry.isDirectory()))) continue;
      let isFolder = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = statSync(full);
          isFolder = target.isDirectory();
          isFile = target.isFile();
        } catch {
          continue;
        }
      }
      if (isFolder) {
        if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) walk(full, active);
      } else if (isFile && extensions.some((extension) => entry.name.toLowerCase().endsWith(extension))) {
        add(full);
      }
    }
  };
  // A folder named on the command line is audited even when an ancestor's .gitignore matches the folder
  // itself (`check build/drafts` with `build/` ignored): the user asked for it by name. Those rules are
  // dropped; the others still apply to what lies inside.
  const inherited = ancestorsGitignore(root, cwd).filter(({ base, ignorer }) => !isIgnored(ignorer, relative(base, root), true));
  walk(root, inherited);
}

/** .gitignore files between the working folder and the audited folder also apply inside it. */
function ancestorsGitignore(folder: string, cwd: string): { base: string; ignorer: Ignore }[] {
  const rules: { base: string; ignorer: Ignore }[] = [];
  const fromCwd = relative(cwd, folder);
  if (fromCwd.startsWith('..') || isAbsolute(fromCwd) || fromCwd === '') return rules;
  let base = cwd;
  for (const part of fromCwd.split(sep).slice(0, -1)) {
    const ignorer = gitignoreOf(base);
    if (ignorer) rules.push({ base, ignorer });
    base = join(base, part);
  }
  const last = gitignoreOf(base);
  if (last && base !== folder) rules.push({ base, ignorer: last });
  return rules;
}

function gitignoreOf(folder: string): Ignore | null {
  try {
    return ignore().add(readFileSync(join(folder, '.gitignore'), 'utf8'));
  } catch {
    return null;
  }
}

/** Whether a .gitignore in the working folder, or in a folder between it and the file, ignores the file. */
function ignoredOnTheWay(file: string, cwd: string, ignorers: Map<string, Ignore | null>): boolean {
  let folder = dirname(file);
  for (;;) {
    const inside = relative(cwd, folder);
    if (inside.startsWith('..') || isAbsolute(inside)) return false;
    let ignorer = ignorers.get(folder);
    if (ignorer === undefined) {
      ignorer = gitignoreOf(folder);
      ignorers.set(folder, ignorer);
    }
    if (isIgnored(ignorer, relative(folder, file))) return true;
    if (inside === '') return false;
    folder = dirname(folder);
  }
}

function isIgnored(ignorer: Ignore | null, path: string, folder = false): boolean {
  if (!ignorer || path === '' || path.startsWith('..') || isAbsolute(path)) return false;
  const posix = path.split(sep).join('/');
  return ignorer.ignores(folder ? `${posix}/` : posix);
}

/** Paths shown to users: relative to the working folder when inside it, with forward slashes. */
export function display(absolute: string, cwd: string): string {
  // Most files sit under the working folder: cutting its path off is the same answer as path.relative, which
  // resolves both paths again on every call (two-thirds of a warm run's folder walk on the 1k bench corpus).
  const base = cwd.endsWith(sep) ? cwd : cwd + sep;
  if (isAbsolute(cwd) && absolute.startsWith(base) && isNormalRelative(absolute.slice(base.length))) return absolute.slice(base.length).split(sep).join('/');
  const shown = relative(cwd, absolute);
  if (shown === '' || shown.startsWith('..') || isAbsolute(shown)) return absolute.split(sep).join('/');
  return shown.split(sep).join('/');
}

/** A relative path with no empty, "." or ".." segment: one `path.normalize` would leave as it is. */
function isNormalRelative(path: string): boolean {
  return path.length > 0 && path.split(sep).every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

/** Code-unit order, independent of locale, so output is the same bytes on every machine. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
