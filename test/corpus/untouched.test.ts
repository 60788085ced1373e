// Nothing of the office's is written (SPEC §4): every table of the corpus is scored through the command
// line and through the add-in (against the stand-in Excel), with --explain-column / the pane's option off
// and on, and every cell outside the 得分 cells, the 合计 and our own column — a 扣分原因/扣分说明 column,
// or the one appended right of the table — comes out as it went in: its value, and in the file its XML,
// byte for byte. The office's reasoning columns (偏差原因分析及改进措施, 未完成原因…, 偏差及原因分析) are
// the form's and stay as typed. The tables are taken as published, and again with every such column
// filled with the office's text and every other 扣分原因 cell too (what a person reads the same way): our
// text may go only into a 扣分原因 cell that is empty.
import path from 'path';
import ExcelJS from 'exceljs';
import { fromA1, scoreTables, toA1, type Layout } from '../../src/core';
import { restoreActiveSheet, scoreActiveSheet } from '../../src/excel';
import { loadXlsx, sheetToGrid } from '../../src/xlsx';
import { RelsPart, relsPathOf } from '../../src/xlsx/package/rels';
import { WorkbookPart } from '../../src/xlsx/package/workbook';
import { TABLES, writeTable } from '../fixtures/real';
import { tableWorkbook } from '../fixtures/real/grid';
import { readableTables } from '../fixtures/real/readings';
import type { RealTable } from '../fixtures/real/types';
import type { Cell, SheetSpec } from '../fixtures/xlsx';
import { tempDir } from '../fixtures/xlsx';
import { json, runInProcess } from '../hard/support/cli';
import { changedRowHeights, partsOf, without, withoutRowHeights } from '../support/package-diff';
import { FakeExcel } from '../support/fake-excel';
import { workbookSheets } from '../excel/sample';

jest.setTimeout(180_000);

const OFFICE_TEXT = '加强技术指导,加大宣传力度;加大项目支持力度';
/** A column we may write: a 扣分原因/扣分说明 one (SPEC §2.1). */
const OURS = /扣分原因|扣分说明/;
/** A column of the office's reasoning: never written. */
const OFFICES = /偏差|原因|改进措施/;

const headerTexts = (table: RealTable): string[] => {
  const sheet = table.sheets[0];
  const row = sheet.rows[table.headerRow - 1 - ((sheet.startRow ?? 1) - 1)] ?? [];
  return row.map((c) => (typeof c === 'string' ? c.replace(/\s+/g, '') : ''));
};

/**
 * The table with the office's text in every cell of its reasoning columns on the indicator rows, and in
 * every other row's 扣分原因 cell (the others left empty, for our text).
 */
function filledIn(table: RealTable): RealTable {
  const headers = headerTexts(table);
  const offices = headers.flatMap((h, c) => (OFFICES.test(h) && !OURS.test(h) ? [c] : []));
  const ours = headers.flatMap((h, c) => (OURS.test(h) ? [c] : []));
  const sheet = table.sheets[0];
  const start = (sheet.startRow ?? 1) - 1;
  const rows = sheet.rows.map((r) => [...r]) as Cell[][];
  table.expected.forEach((e, i) => {
    const at = fromA1(e.cell)!.row - start;
    if (!rows[at]) return;
    for (const c of offices) if (rows[at][c] === undefined || rows[at][c] === null || rows[at][c] === '') rows[at][c] = OFFICE_TEXT;
    for (const c of ours) if (i % 2 === 0) rows[at][c] = OFFICE_TEXT;
  });
  const indicator: SheetSpec = { ...sheet, rows };
  return { ...table, id: `${table.id}-filled`, sheets: [indicator, ...table.sheets.slice(1)] };
}

/** The cells scoring may write: the rows' 得分 cells, the 合计, our own column, and any column right of the input's. */
function writable(table: RealTable, lastColumn: number): (address: string) => boolean {
  // Every table of the sheet (a page holding two projects) writes its own 得分 cells and 合计.
  const layouts: Layout[] = scoreTables(tableWorkbook(table)).map((r) => r.layout!);
  const layout = layouts[0];
  const scores = new Set([table, ...(table.more ?? [])].flatMap((part) => part.expected.map((e) => e.cell)));
  for (const l of layouts) if (l.totalRow !== undefined) scores.add(toA1(l.totalRow, l.columns.score));
  const own = headerTexts(table).flatMap((h, c) => (OURS.test(h) ? [c] : []));
  return (address) => {
    if (scores.has(address)) return true;
    const { row, col } = fromA1(address)!;
    return col > lastColumn || (own.includes(col) && row > layout.headerRow);
  };
}

const TABLE_SETS = readableTables(TABLES).flatMap((t) => [t, filledIn(t)]);

test('the filled-in tables carry the office’s text in every reasoning and 扣分原因 column the published ones left empty', () => {
  const withColumn = readableTables(TABLES).filter((t) => headerTexts(t).some((h) => OFFICES.test(h) || OURS.test(h)));
  const withText = TABLE_SETS.filter((t) => t.id.endsWith('-filled') && JSON.stringify(t.sheets[0].rows).includes(OFFICE_TEXT));
  // 临翔's 偏差原因 column already holds the office's 无 on every row: nothing to fill.
  expect(withText.map((t) => t.id.replace(/-filled$/, '')).sort()).toEqual(withColumn.map((t) => t.id).filter((id) => id !== 'yunnan-linxiang-maluken-2023').sort());
  // Not a vacuous check: most of the corpus has such a column (9 tables when this was written).
  expect(withText.length).toBeGreaterThanOrEqual(9);
});

/** The worksheet part of a sheet, by name. */
function sheetPart(parts: ReadonlyMap<string, string>, name: string): string {
  const workbook = new WorkbookPart(parts.get('xl/workbook.xml')!);
  const rels = new RelsPart('xl/workbook.xml', parts.get(relsPathOf('xl/workbook.xml')) ?? null);
  return rels.byId(workbook.sheet(name)!.relId)!.part!;
}

/**
 * The sheet's XML with the writable cells, the print setup and its width hints taken out (what scoring
 * sets on a sheet without one of its own: sheetPr, pageSetup, cols, dimension, row spans) and the notes'
 * drawing reference: what is left must not change at all.
 */
function skeleton(xml: string, ok: (address: string) => boolean): string {
  const top = (el: { parent: { parent: unknown } | null }) => el.parent?.parent === null;
  const stripped = without(
    xml,
    (el) =>
      (el.local === 'c' && ok(el.attributes.r)) ||
      (['sheetPr', 'pageSetup', 'cols', 'dimension', 'legacyDrawing'].includes(el.local) && top(el)),
  );
  return stripped.replace(/ spans="[^"]*"/g, '');
}

describe.each([false, true])('through the command line, --explain-column %p', (explain) => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir('jixiao-untouched-');
  });

  test.each(TABLE_SETS.map((t) => [t.id, t] as const))('%s: every cell but ours as it was, value and XML', async (_id, table) => {
    const input = await writeTable(table, dir);
    const out = path.join(dir, `out-${explain}`);
    const run = await runInProcess([input, '--out', out, '--json', ...(explain ? ['--explain-column'] : [])]);
    const doc = json(run);
    const output = doc.files[0].output!;
    const sheet = table.sheets[0].name;

    const before = sheetToGrid((await loadXlsx(input)).sheet(sheet)!);
    const after = sheetToGrid((await loadXlsx(output)).sheet(sheet)!);
    const lastColumn = Math.max(...before.values.map((r) => r.length)) - 1;
    const ok = writable(table, lastColumn);
    const rows = Math.max(before.values.length, after.values.length);
    const changed: string[] = [];
    for (let r = 0; r < rows; r++) {
      const width = Math.max(before.values[r]?.length ?? 0, after.values[r]?.length ?? 0);
      for (let c = 0; c < width; c++) {
        const address = toA1(r, c);
        if (ok(address)) continue;
        if ((before.values[r]?.[c] ?? null) !== (after.values[r]?.[c] ?? null)) changed.push(`${address}: ${before.values[r]?.[c]} → ${after.values[r]?.[c]}`);
      }
    }
    expect(changed).toEqual([]);

    const partsIn = await partsOf(input);
    const partsOut = await partsOf(output);
    const part = sheetPart(partsIn, sheet);
    // Rows made taller for the text written into them: only raised, only where a cell of ours stands.
    const raised = changedRowHeights(partsIn.get(part)!, partsOut.get(part)!);
    for (const [n, h] of raised) expect([n, h.now > h.was, after.values[n - 1]?.some((v, c) => typeof v === 'string' && ok(toA1(n - 1, c)))]).toEqual([n, true, true]);
    const tall = new Set(raised.keys());
    expect(skeleton(withoutRowHeights(partsOut.get(part)!, tall), ok)).toBe(skeleton(withoutRowHeights(partsIn.get(part)!, tall), ok));
    // The office's other sheets (基础数据) and the shared strings: not a byte changed.
    for (const s of table.sheets.slice(1)) expect(partsOut.get(sheetPart(partsOut, s.name))).toBe(partsIn.get(sheetPart(partsIn, s.name)));
    expect(partsOut.get('xl/sharedStrings.xml')).toBe(partsIn.get('xl/sharedStrings.xml'));
    // What the office typed in its own 扣分原因 cells is still there, and its reasoning columns hold no text of ours.
    if (table.id.endsWith('-filled')) expect(JSON.stringify(after.values).split(OFFICE_TEXT).length).toBe(JSON.stringify(before.values).split(OFFICE_TEXT).length);
  });
});

/** The fake workbook's cells, as the add-in leaves them, by address (notes beside: a note is ours only on a 得分 cell). */
function cellsOf(xl: FakeExcel, sheet: string): Map<string, unknown> {
  const dump = xl.dump(sheet) as { cells: [string, unknown][]; notes: [string, unknown][] };
  const out = new Map<string, unknown>(dump.cells);
  for (const [at, note] of dump.notes) out.set(`${at} note`, note);
  return out;
}

describe.each([false, true])('through the add-in (the stand-in Excel), a 扣分原因 column appended %p', (appendReason) => {
  test.each(TABLE_SETS.map((t) => [t.id, t] as const))('%s: every cell but ours as it was; restored exactly', async (_id, table) => {
    const dir = await tempDir('jixiao-untouched-addin-');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await writeTable(table, dir));
    const sheet = table.sheets[0].name;
    const xl = new FakeExcel({ sheets: workbookSheets(wb), active: sheet });
    const others = table.sheets.slice(1).map((s) => [s.name, xl.dump(s.name)] as const);
    const before = cellsOf(xl, sheet);
    const lastColumn = Math.max(...[...before.keys()].map((a) => fromA1(a.split(' ')[0])!.col));
    const ok = writable(table, lastColumn);

    const outcome = await scoreActiveSheet({ lang: 'zh', appendReason }, xl.host());
    expect(outcome.kind).toBe('scored');
    const after = cellsOf(xl, sheet);
    const changed = [...new Set([...before.keys(), ...after.keys()])]
      .filter((k) => !ok(k.split(' ')[0]))
      .filter((k) => JSON.stringify(before.get(k) ?? null) !== JSON.stringify(after.get(k) ?? null));
    expect(changed).toEqual([]);
    for (const [name, dump] of others) expect(xl.dump(name)).toEqual(dump);
    // The office's own text in its 扣分原因 cells is still there.
    const officeTexts = (cells: Map<string, unknown>) => JSON.stringify([...cells.values()]).split(OFFICE_TEXT).length;
    expect(officeTexts(after)).toBe(officeTexts(before));

    expect(await restoreActiveSheet({ lang: 'zh' }, xl.host())).toMatchObject({ kind: 'restored' });
    expect(cellsOf(xl, sheet)).toEqual(before);
  });
});
