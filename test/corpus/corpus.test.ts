// The corpus of published tables (test/fixtures/real): each written as an .xlsx, read back through the
// .xlsx adapter, and scored. Every table must be found as a person finds it — its header, every
// indicator row and no template row — and every row must come out as its rule text gives it.
import { scoreWorkbook } from '../../src/core';
import type { ScoreResult } from '../../src/core';
import { findSheets, loadXlsx, sheetToGrid } from '../../src/xlsx';
import { TABLES, writeTable } from '../fixtures/real';
import { tempDir } from '../fixtures/xlsx';

const results = new Map<string, ScoreResult>();
beforeAll(async () => {
  const dir = await tempDir('jixiao-corpus-');
  for (const table of TABLES) {
    // A sheet without a complete header is still scored, for the refusal that names what it lacks.
    const wb = await loadXlsx(await writeTable(table, dir));
    const found = findSheets(wb);
    results.set(table.id, scoreWorkbook(found ? found.workbook : { indicatorSheet: sheetToGrid(wb.worksheets[0]) }));
  }
});

const two = (d: { toFixed(n: number): string } | null) => (d === null ? null : Number(d.toFixed(2)));

const readable = TABLES.filter((t) => t.refused === undefined);
const refused = TABLES.filter((t) => t.refused !== undefined);

describe.each(refused.map((t) => [t.id, t] as const))('%s', (id, table) => {
  test('is refused, naming the row that looks like the header and what it lacks', () => {
    const result = results.get(id);
    expect(result?.layout).toBeUndefined();
    expect(result?.issues.map((i) => i.message).join('')).toContain(table.refused);
  });
});

describe.each(readable.map((t) => [t.id, t] as const))('%s', (id, table) => {
  test('the table is found: its header row, and exactly its indicator rows', () => {
    const result = results.get(id);
    expect(result?.layout).toBeDefined();
    const { headerTop, headerRow } = result!.layout!;
    expect(table.headerRow).toBeGreaterThanOrEqual(headerTop + 1);
    expect(table.headerRow).toBeLessThanOrEqual(headerRow + 1);
    expect(result!.rows.map((r) => r.cell)).toEqual(table.expected.map((e) => e.cell));
  });

  test('every row is scored as its rule text gives it', () => {
    const result = results.get(id)!;
    const got = result.rows.map((r) => ({ cell: r.cell, status: r.status, score: two(r.score) }));
    expect(got).toEqual(table.expected.map((e) => ({ cell: e.cell, status: e.status, score: e.score })));
  });

  test('where the office typed another score than its rule gives, the scorer says so on that cell', () => {
    const result = results.get(id)!;
    const changed = new Set(result.issues.filter((i) => i.code === 'score-changed').map((i) => i.cell));
    const disagree = table.expected.filter((e) => e.score !== null && e.published !== null && e.published !== e.score).map((e) => e.cell);
    expect([...changed].sort()).toEqual([...disagree].sort());
  });
});
