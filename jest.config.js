/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: { '^.+\\.tsx?$': 'ts-jest' },
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  // The adapter's tests run through the real office.js client, the stand-in Excel as its host.
  setupFiles: ['<rootDir>/test/support/office-js/install.ts'],
};
