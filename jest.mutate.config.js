// The tests mutation testing runs (npm run mutate): the core's own unit and table tests, each fast and
// each computing what it checks inside the test (no beforeAll), so a mutant runs only the tests that
// reach it. The suites that score whole workbooks through the adapters stay in `npm test`.
const base = require('./jest.config');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testMatch: [
    '<rootDir>/test/core/families.test.ts',
    '<rootDir>/test/core/phrasings.test.ts',
    '<rootDir>/test/core/nearMisses.test.ts',
    '<rootDir>/test/core/layout.test.ts',
    '<rootDir>/test/core/badInput.test.ts',
    '<rootDir>/test/core/units/**/*.test.ts',
  ],
};
