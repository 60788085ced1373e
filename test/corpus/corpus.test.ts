// The corpus of published tables (test/fixtures/real): each written as an .xlsx, read back through the
// .xlsx adapter, and scored. Every table must be found as a person finds it — its header, every
// indicator row and no template row — and every row must come out as its rule text gives it.
// test/core/corpus.test.ts scores the same tables from their cells, without a file.
import { readdirSync } from 'fs';
import path from 'path';
import { scoreTables } from '../../src/core';
import type { ScoreResult } from '../../src/core';
import { findSheets, loadXlsx, sheetToGrid } from '../../src/xlsx';
import { TABLES, writeTable } from '../fixtures/real';
import { expectDisagreementsFlagged, expectFound, expectImpossibleWarned, expectOfficesReading, expectReading, expectRefused, expectScored, readableTables, refusedTables } from '../fixtures/real/readings';
import { partsOf, type TablePart } from '../fixtures/real/types';
import { tempDir } from '../fixtures/xlsx';

const results = new Map<string, ScoreResult[]>();
beforeAll(async () => {
  const dir = await tempDir('jixiao-corpus-');
  for (const table of TABLES) {
    // A sheet without a complete header is still scored, for the refusal that names what it lacks.
    const wb = await loadXlsx(await writeTable(table, dir));
    const found = findSheets(wb);
    results.set(table.id, scoreTables(found ? found.workbook : { indicatorSheet: sheetToGrid(wb.worksheets[0]) }));
  }
});

describe.each(refusedTables(TABLES).map((t) => [t.id, t] as const))('%s', (id, table) => {
  test('is refused, naming the row that looks like the header and what it lacks', () => expectRefused(table, results.get(id)![0]));
});

describe.each(readableTables(TABLES).map((t) => [t.id, t] as const))('%s', (id, table) => {
  const each = (check: (part: TablePart, result: ScoreResult) => void) => () => {
    expect(results.get(id)).toHaveLength(partsOf(table).length);
    partsOf(table).forEach((part, i) => check(part, results.get(id)![i]));
  };
  test('each table is found: its header row, and exactly its indicator rows', each(expectFound));
  test('every row is scored as its rule text gives it', each(expectScored));
  test('every row is read by the family, and explained with the figures, its golden reading names', each(expectReading));
  test('where the office typed another score than its rule gives, the scorer says so on that cell', each(expectDisagreementsFlagged));
  test('a typed score kept that the rule cannot give is warned on its cell', each(expectImpossibleWarned));
  test('a table filled without inputs reads as the office’s: its total and grade; 数据有误 only where a row is in error', each(expectOfficesReading));
});

test('every table file of the corpus is in the list the tests run', () => {
  const files = readdirSync(path.join(__dirname, '../fixtures/real/tables')).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
  expect(TABLES.map((t) => `${t.id}.ts`).sort()).toEqual(files.sort());
});
