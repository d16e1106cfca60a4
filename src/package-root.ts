import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * claim-audit's own folder (package.json, rules/, schema/): the nearest one upward with a package.json.
 * Searched rather than fixed at `../..`, because this code runs at several depths: from `src/` in the tests,
 * from `dist/` as a library, and bundled into `dist/bundle/` as the command-line tool.
 */
export const PACKAGE_ROOT = findPackageRoot(dirname(fileURLToPath(import.meta.url)));

/** claim-audit's own name and version, as reports carry them. */
export const TOOL: { name: string; version: string } = (() => {
  const { name, version } = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
  return { name, version };
})();

function findPackageRoot(from: string): string {
  for (let folder = from; ; folder = dirname(folder)) {
    if (existsSync(join(folder, 'package.json'))) return folder;
    if (dirname(folder) === folder) throw new Error(`claim-audit: no package.json above ${from}`);
  }
}
