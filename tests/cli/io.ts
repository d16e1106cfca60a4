import type { CliIo } from '../../src/cli.js';

/** A fake terminal: collects what the CLI writes. */
export function fakeIo(overrides: Partial<CliIo> & { stdinText?: string } = {}): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    readStdin: async () => overrides.stdinText ?? '',
    env: {},
    cwd: process.cwd(),
    stdoutIsTTY: false,
    ...overrides,
    out: () => out,
    err: () => err,
  };
}
