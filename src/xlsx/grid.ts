// An ExcelJS worksheet as the core's SheetGrid, and the workbook's indicator and basic-data sheets.
import ExcelJS from 'exceljs';
import { findLayout, isBasicDataSheetName, fromA1, NO_RESULT } from '../core';
import type { Area, CellValue, Layout, SheetGrid, Workbook } from '../core';
import { cellFormula, cellNumberFormat, cellValue } from './cells';
import { BACKUP_SHEET } from './backup';

/** Merged areas, zero-based and inclusive, from ExcelJS's `A1:H1` ranges. */
export function mergesOf(ws: ExcelJS.Worksheet): Area[] {
  const ranges = (ws.model as { merges?: string[] }).merges ?? [];
  const areas: Area[] = [];
  for (const range of ranges) {
    const [a, b = a] = range.split(':');
    const tl = fromA1(a);
    const br = fromA1(b);
    if (!tl || !br) continue;
    areas.push({
      top: Math.min(tl.row, br.row),
      left: Math.min(tl.col, br.col),
      bottom: Math.max(tl.row, br.row),
      right: Math.max(tl.col, br.col),
    });
  }
  return areas;
}

/** The whole used part of a worksheet, from A1. */
export function sheetToGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    while (values.length <= r) {
      values.push([]);
      formulas.push([]);
      numberFormats.push([]);
    }
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1;
      while (values[r].length <= c) {
        values[r].push(null);
        formulas[r].push(null);
        numberFormats[r].push(null);
      }
      const formula = cellFormula(cell);
      const value = cellValue(cell);
      // A formula stored without its result (files written by programs, not Excel) is not empty.
      values[r][c] = formula !== null && value === null ? { error: NO_RESULT } : value;
      formulas[r][c] = formula;
      numberFormats[r][c] = cellNumberFormat(cell);
    });
  });
  return { name: ws.name, origin: { row: 0, col: 0 }, values, formulas, numberFormats, merges: mergesOf(ws) };
}

export interface FoundSheets {
  readonly workbook: Workbook;
  readonly worksheet: ExcelJS.Worksheet;
  readonly layout: Layout;
}

/**
 * Every sheet whose header row the core recognises, in the workbook's order, each with the
 * basic-data sheet; none when no sheet holds an indicator table.
 */
export function indicatorSheets(wb: ExcelJS.Workbook): FoundSheets[] {
  const found: { ws: ExcelJS.Worksheet; grid: SheetGrid; layout: Layout }[] = [];
  let basicData: SheetGrid | undefined;
  for (const ws of wb.worksheets) {
    if (ws.name === BACKUP_SHEET) continue;
    if (!basicData && isBasicDataSheetName(ws.name)) {
      basicData = sheetToGrid(ws);
      continue;
    }
    const grid = sheetToGrid(ws);
    const layout = findLayout(grid);
    if (layout) found.push({ ws, grid, layout });
  }
  return found.map((f) => ({
    workbook: { indicatorSheet: f.grid, ...(basicData ? { basicData } : {}) },
    worksheet: f.ws,
    layout: f.layout,
  }));
}

/** The first sheet whose header row the core recognises, and the basic-data sheet; null when none does. */
export function findSheets(wb: ExcelJS.Workbook): FoundSheets | null {
  return indicatorSheets(wb)[0] ?? null;
}
