// A workbook's indicator and basic-data sheets, as the core's grids.
import { findLayout, isBasicDataSheetName } from '../core';
import type { Layout, SheetGrid, Workbook } from '../core';
import { BACKUP_SHEET } from './backup';
import type { SheetEditor, XlsxPackage } from './patch/package';

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
 * The first sheet whose header row the core recognises, and the basic-data sheet; null when no
 * sheet holds an indicator table. Sheets after both are found are not read at all.
 */
export function findSheets(wb: XlsxPackage): FoundSheets | null {
  let indicator: { ws: SheetEditor; grid: SheetGrid; layout: Layout } | null = null;
  let basicData: SheetGrid | undefined;
  for (const ws of wb.worksheets) {
    if (indicator && basicData) break;
    if (ws.name === BACKUP_SHEET) continue;
    if (!basicData && isBasicDataSheetName(ws.name)) {
      basicData = ws.grid();
      continue;
    }
    if (!indicator) {
      const grid = ws.grid();
      const layout = findLayout(grid);
      if (layout) indicator = { ws, grid, layout };
    }
  }
  if (!indicator) return null;
  return {
    workbook: { indicatorSheet: indicator.grid, ...(basicData ? { basicData } : {}) },
    worksheet: indicator.ws,
    layout: indicator.layout,
  };
}
