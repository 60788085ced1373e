// The corpus of published tables scored from their cells, as the core receives them (no file): each
// test scores its own table, so a change in the reader or a family is caught by the table it breaks.
// test/corpus reads the same tables through the .xlsx adapter.
import { scoreTables, scoreWorkbook } from '../../src/core';
import { TABLES } from '../fixtures/real/tables';
import { tableWorkbook } from '../fixtures/real/grid';
import { expectEveryTable, expectRefused, readableTables, refusedTables } from '../fixtures/real/readings';

describe.each(refusedTables(TABLES).map((t) => [t.id, t] as const))('%s', (_id, table) => {
  test('is refused, naming the row that looks like the header and what it lacks', () => expectRefused(table, scoreWorkbook(tableWorkbook(table))));
});

describe.each(readableTables(TABLES).map((t) => [t.id, t] as const))('%s', (_id, table) => {
  test('each of its tables is found, scored row by row as its rules give, each disagreement with a typed score flagged, each typed score the rule cannot give warned', () => {
    expectEveryTable(table, scoreTables(tableWorkbook(table)));
  });
});
