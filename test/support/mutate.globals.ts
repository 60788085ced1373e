// Mutation testing (npm run mutate) runs the core's tests on mocha: Stryker's mocha runner loads
// them once and, for each mutant, runs again in the same process only the tests that reach it —
// no new worker, no reloading of the core. The tests are written for jest (`npm test`); this file
// gives them, on mocha, the jest globals they use, and starts every test with nothing remembered.
import { expect } from 'expect';
import { format, inspect } from 'util';
import { forgetRecognisedRules } from '../../src/core/score';

type Body = (...args: never[]) => unknown;
type Define = (title: string, body: () => unknown) => unknown;

/** A jest `each` title: `%s`, `%d`, `%p`… take the row's values in order; `$name` a field of an object row. */
function eachTitle(template: string, row: unknown, index: number): string {
  if (row !== null && typeof row === 'object' && !Array.isArray(row)) {
    const fields = row as Record<string, unknown>;
    return template.replace(/\$(\w+)/g, (_, name: string) => inspect(fields[name]));
  }
  const values = Array.isArray(row) ? [...row] : [row];
  return template.replace(/%[sdifjop#%]/g, (token) => {
    if (token === '%%') return '%';
    if (token === '%#') return String(index);
    const value = values.shift();
    return token === '%p' ? inspect(value, { breakLength: Infinity }) : format(token, value);
  });
}

/** jest's `test.each(rows)(title, body)`: one test (or suite) a row, the row spread into the body. */
function withEach<F extends Define>(define: F): F & { each: (rows: readonly unknown[]) => (title: string, body: Body) => void } {
  const each = (rows: readonly unknown[]) => (title: string, body: Body) =>
    rows.forEach((row, index) => {
      const args = (Array.isArray(row) ? row : [row]) as never[];
      define(eachTitle(title, row, index), () => body(...args));
    });
  return Object.assign(define, { each });
}

// mocha runs every file's top-level tests before any file's `describe` blocks, so a file of
// top-level tests would run ahead of the spec order stryker.config.json gives (cheap, targeted
// tests first: a mutant stops at its first failing test). A top-level test is put in a block named
// for its file, and every test then runs in the order of its file in the spec list.
let blockDepth = 0;
const countingBlocks = (describe: Define): Define => (title, body) =>
  describe(title, function (this: unknown) {
    blockDepth += 1;
    try {
      return body.call(this);
    } finally {
      blockDepth -= 1;
    }
  });
const testFileOf = (stack = ''): string => /\/(test\/[^\s:()]+\.test\.ts)/.exec(stack)?.[1] ?? 'test';
const inFileBlock = (it: Define): Define => (title, body) =>
  blockDepth > 0 ? it(title, body) : describeNow(testFileOf(new Error().stack), () => it(title, body));

// mocha sets `describe` and `it` afresh on the global object for every test file it loads; give
// each the `each` jest has as it arrives, and name jest's other globals after mocha's own.
let describeNow: Define;
let itNow: Define;
Object.defineProperty(globalThis, 'describe', {
  configurable: true,
  get: () => describeNow,
  set: (define: Define) => (describeNow = withEach(countingBlocks(define))),
});
Object.defineProperty(globalThis, 'it', {
  configurable: true,
  get: () => itNow,
  set: (define: Define) => (itNow = withEach(inFileBlock(define))),
});
const mochaGlobal = (name: string) => () => (globalThis as unknown as Record<string, unknown>)[name];
Object.defineProperty(globalThis, 'test', { configurable: true, get: mochaGlobal('it') });
Object.defineProperty(globalThis, 'beforeAll', { configurable: true, get: mochaGlobal('before') });
Object.defineProperty(globalThis, 'afterAll', { configurable: true, get: mochaGlobal('after') });
Object.assign(globalThis, { expect });

/** The core keeps recognised rules between calls; under a mutant they must be recognised again. */
export const mochaHooks = {
  beforeEach(): void {
    forgetRecognisedRules();
  },
};
