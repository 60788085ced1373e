// A workbook's indicator and basic-data sheets, as the core's grids.
import { findLayout, isBasicDataSheetName } from '../core';
import type { Layout, SheetGrid, Workbook } from '../core';
import { BACKUP_SHEET } from './backup';
import type { XlsxPackage } from './package/package';
import type { SheetEditor } from './package/sheetEditor';

/** The whole used part of a worksheet, from A1. */
export function sheetToGrid(ws: SheetEditor): SheetGrid {
  return ws.grid();
}

export interface FoundSheets {
  readonly workbook: Workbook;
  readonly worksheet: SheetEditor;
  readonly layout: Layout;
}

/**
 * Every sheet whose header row the core recognises, in the workbook's order, each with the
 * basic-data sheet; none when no sheet holds an indicator table.
 */
export function indicatorSheets(wb: XlsxPackage): FoundSheets[] {
  const found: { ws: SheetEditor; grid: SheetGrid; layout: Layout }[] = [];
  let basicData: SheetGrid | undefined;
  for (const ws of wb.worksheets) {
    if (ws.name === BACKUP_SHEET) continue;
    if (!basicData && isBasicDataSheetName(ws.name)) {
      basicData = ws.grid();
      continue;
    }
    const grid = ws.grid();
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
export function findSheets(wb: XlsxPackage): FoundSheets | null {
  return indicatorSheets(wb)[0] ?? null;
}
