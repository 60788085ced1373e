// Mutation testing's test run (npm run mutate): the core's table and unit tests under vitest, which keeps
// modules loaded between runs (no isolation), so each mutant costs its tests and little more. The same
// tests run under jest in `npm test`; they use only the globals both provide. The core's cache of
// recognised rules is emptied before each test (test/support/mutate.setup.ts), or a mutant would be
// judged by readings made under another.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globals: true,
    environment: 'node',
    isolate: false,
    setupFiles: ['test/support/mutate.setup.ts'],
    include: [
      'test/core/families.test.ts',
      'test/core/phrasings.test.ts',
      'test/core/nearMisses.test.ts',
      'test/core/layout.test.ts',
      'test/core/badInput.test.ts',
      'test/core/corpus.test.ts',
      'test/core/units/**/*.test.ts',
    ],
  },
});
