import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverSources, display } from '../../src/documents/discover.js';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'claim-audit-discover-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return root;
}

const paths = (inputs: string[], cwd: string): string[] => discoverSources(inputs, cwd).map((source) => source.path);

describe('discovery and .gitignore', () => {
  const cwd = tree({
    '.gitignore': 'build/\n*.draft.md\n',
    'a.md': 'A.',
    'notes.draft.md': 'Draft.',
    'build/out.md': 'Built.',
    'build/inner/deep.md': 'Deep.',
    'docs/.gitignore': 'private.md\n',
    'docs/b.md': 'B.',
    'docs/private.md': 'Private.',
    'docs/image.png': 'not a document',
    'node_modules/pkg/readme.md': 'Dependency.',
  });

  it('honours .gitignore files in the folder and below, and skips node_modules and non-documents', () => {
    expect(paths(['.'], cwd)).toEqual(['a.md', 'docs/b.md']);
  });

  it('applies the .gitignore of the working folder to a subfolder named on the command line', () => {
    expect(paths(['docs'], cwd)).toEqual(['docs/b.md']);
  });

  it('audits a folder named on the command line even when an ancestor .gitignore ignores that folder', () => {
    expect(paths(['build'], cwd)).toEqual(['build/inner/deep.md', 'build/out.md']);
    expect(paths(['build/inner'], cwd)).toEqual(['build/inner/deep.md']);
  });

  it('skips in a glob what a folder walk skips: node_modules and what any .gitignore on the way ignores', () => {
    expect(paths(['**/*.md'], cwd)).toEqual(['a.md', 'docs/b.md']);
  });

  it('audits a file named on the command line whatever the ignore files say', () => {
    expect(paths(['notes.draft.md', 'docs/private.md'], cwd)).toEqual(['docs/private.md', 'notes.draft.md']);
  });
});

describe('paths as reports show them', () => {
  // Made-up folders: display() only compares the strings.
  const site = join(tmpdir(), 'site');
  const other = join(tmpdir(), 'other');

  it('shows a file under the working folder relative to it, and one elsewhere by its full path', () => {
    expect(display(join(site, 'docs', 'a.md'), site)).toBe('docs/a.md');
    expect(display(join(site, 'docs', 'a.md'), site + sep)).toBe('docs/a.md');
    expect(display(join(other, 'a.md'), site)).toBe(join(other, 'a.md').split(sep).join('/'));
    expect(display(`${site}-old${sep}a.md`, site)).toBe(`${site}-old${sep}a.md`.split(sep).join('/'));
  });

  it('resolves "." and ".." in a path under the working folder as path.relative would', () => {
    for (const path of [`${site}${sep}docs${sep}..${sep}a.md`, `${site}${sep}.${sep}a.md`, `${site}${sep}docs${sep}${sep}a.md`]) {
      expect(display(path, site)).toBe(relative(site, path));
    }
  });
});
