import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    // The CLI tests spawn no processes, but the corpus tests parse real files: give them room on 2-core CI.
    testTimeout: 20_000,
  },
});
