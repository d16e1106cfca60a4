import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { UsageError } from './errors.js';

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
}

function tryGit(cwd: string, args: string[]): string | null {
  try {
    return git(cwd, args).trim();
  } catch {
    return null;
  }
}

// Where a pull request usually merges, in the order CI checkouts and local clones tend to have them.
const DEFAULT_BASES = ['origin/HEAD', 'origin/main', 'origin/master', 'main', 'master'];

/**
 * Documents changed since the base: committed since the merge-base, staged, unstaged and untracked.
 * Absolute paths. The base defaults to the merge-base with the default branch.
 */
export function changedFiles(cwd: string, base: string | undefined): Set<string> {
  const root = tryGit(cwd, ['rev-parse', '--show-toplevel']);
  if (root === null) throw new UsageError('--changed needs a git repository (no .git found here or above)');
  let ref = base;
  if (ref === undefined) {
    ref = DEFAULT_BASES.find((candidate) => tryGit(cwd, ['rev-parse', '--verify', '--quiet', `${candidate}^{commit}`]) !== null);
    if (ref === undefined) {
      throw new UsageError('--changed could not find the default branch (origin/HEAD, origin/main, main…)', { hint: 'name it with --base <ref>' });
    }
  } else if (tryGit(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]) === null) {
    throw new UsageError(`base "${ref}" is not in this clone`, {
      hint: `in a shallow CI checkout fetch it first, e.g. git fetch --no-tags --depth=100 origin ${ref.replace(/^origin\//, '')}`,
    });
  }
  const mergeBase = tryGit(cwd, ['merge-base', 'HEAD', ref]);
  if (mergeBase === null) {
    throw new UsageError(`no common ancestor of HEAD and "${ref}" in this clone`, { hint: 'the clone is too shallow: git fetch --deepen=100 (or --unshallow)' });
  }
  const split = (output: string): string[] => output.split('\0').filter(Boolean);
  const changed = [
    ...split(git(root, ['diff', '--name-only', '-z', '--diff-filter=ACMRT', mergeBase])),
    ...split(git(root, ['ls-files', '--others', '--exclude-standard', '-z'])),
  ];
  return new Set(changed.map((path) => join(root, path)));
}
