// The command line and the add-in keep one backup format: a file scored by one is restored by the other.
import ExcelJS from 'exceljs';
import { restoreActiveSheet, scoreActiveSheet } from '../../src/excel';
import { BACKUP_SHEET } from '../../src/core';
import { loadXlsx, restoreXlsx, saveXlsx, scoreXlsx, xlsxBytes } from '../../src/xlsx';
import { sampleCopy, tempDir } from '../fixtures/xlsx';
import path from 'path';
import { FakeExcel } from '../support/fake-excel';
import { SAMPLE, workbookSheets } from './sample';

const SHEET = '指标体系';

async function sampleWorkbook(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  return wb;
}

/** OOXML's names (ECMA-376 ST_PatternType) of the patterns the add-in's marks use. */
const PATTERNS: Record<string, ExcelJS.FillPatterns> = { Gray8: 'gray0625', LightUp: 'lightUp', LightHorizontal: 'lightHorizontal' };

/** A cell's fill as Excel saves it: solid, or a pattern in its pattern colour over the cell's colour. */
function fillOf(c: { fill: string; fillDetail?: { pattern: string; patternColor: string } }): ExcelJS.Fill {
  if (!c.fillDetail) return { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${c.fill.slice(1)}` } };
  return { type: 'pattern', pattern: PATTERNS[c.fillDetail.pattern], fgColor: { argb: `FF${c.fillDetail.patternColor.slice(1)}` }, bgColor: { argb: `FF${c.fill.slice(1)}` } };
}

/** The fake Excel's workbook written out as an .xlsx (cells, formats, type sizes, column widths, fills, notes, merges, hidden sheets). */
function toWorkbook(xl: FakeExcel): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const name of xl.sheetNames()) {
    const dump = xl.dump(name) as any;
    const ws = wb.addWorksheet(name, { state: dump.visibility === 'VeryHidden' ? 'veryHidden' : 'visible' });
    for (const m of dump.merges) ws.mergeCells(m);
    for (const [address, c] of dump.cells) {
      const cell = ws.getCell(address);
      if (c.formula) cell.value = { formula: c.formula.slice(1), result: c.value } as ExcelJS.CellFormulaValue;
      else if (c.error) cell.value = { error: c.value } as ExcelJS.CellErrorValue;
      else if (c.value !== '') cell.value = c.value;
      if (c.numberFormat !== 'General') cell.numFmt = c.numberFormat;
      if (c.fill) cell.fill = fillOf(c);
      if (c.size) cell.font = { size: c.size };
    }
    for (const [letters, width] of dump.columnWidths) ws.getColumn(letters).width = width / 0.75 / 7;
    for (const [address, n] of dump.notes) ws.getCell(address).note = n.content;
  }
  return wb;
}

test('a workbook scored by the add-in is restored exactly by the command line', async () => {
  const xl = new FakeExcel({ sheets: workbookSheets(await sampleWorkbook()), active: SHEET });
  const before = xl.dump(SHEET);
  expect((await scoreActiveSheet({ lang: 'zh' }, xl.host())).kind).toBe('scored');
  const saved = path.join(await tempDir('jixiao-interop-'), 'excel.xlsx');
  await toWorkbook(xl).xlsx.writeFile(saved);
  const wb = await loadXlsx(saved);
  expect(restoreXlsx(wb)).toBeGreaterThan(0);
  const file = new ExcelJS.Workbook();
  await file.xlsx.load(xlsxBytes(wb) as unknown as ExcelJS.Buffer);
  expect(file.getWorksheet(BACKUP_SHEET)).toBeUndefined();
  const back = new FakeExcel({ sheets: workbookSheets(file), active: SHEET });
  expect(back.dump(SHEET)).toEqual(before);
});

test('a file the command line patched (not re-rendered) is read by the add-in as its own, and restored exactly', async () => {
  const original = new FakeExcel({ sheets: workbookSheets(await sampleWorkbook()), active: SHEET });
  const dir = await tempDir('jixiao-interop-');
  const wb = await loadXlsx(await sampleCopy(dir, 'in.xlsx'));
  expect(scoreXlsx(wb).result.total.toString()).toBe('99.25');
  const scoredFile = path.join(dir, 'in.scored.xlsx');
  await saveXlsx(wb, scoredFile);
  const file = new ExcelJS.Workbook();
  await file.xlsx.readFile(scoredFile);
  const xl = new FakeExcel({ sheets: workbookSheets(file), active: SHEET });
  expect(xl.cell(SHEET, 'H12')).toMatchObject({ value: 0.5, fill: '#FFEB9C' });
  expect(xl.sheetInfo(BACKUP_SHEET)?.visibility).toBe('VeryHidden');
  // Scoring again in Excel recognises the command line's marks as its own (the same patterned fills):
  // nothing changes.
  const cliScored = xl.dump(SHEET);
  expect((await scoreActiveSheet({ lang: 'zh' }, xl.host())).kind).toBe('scored');
  expect(xl.stats.syncs).toBe(3);
  expect(xl.dump(SHEET)).toEqual(cliScored);
  expect((xl.dump(SHEET) as any).cells.find(([a]: [string]) => a === 'H12')[1].fillDetail).toMatchObject({ pattern: 'Gray8', patternColor: '#000000' });
  expect(await restoreActiveSheet({ lang: 'zh' }, xl.host())).toMatchObject({ kind: 'restored' });
  expect(xl.dump(SHEET)).toEqual(original.dump(SHEET));
});
