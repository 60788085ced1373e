// The write-back backups inside the workbook: a very hidden sheet whose cells A1, A2 … hold the
// store's JSON in chunks (the same place the Excel add-in keeps it, so either can restore).
import ExcelJS from 'exceljs';
import { BACKUP_SHEET, storeChunks, storeFromChunks } from '../core';
import type { BackupStore } from '../core';

export { BACKUP_SHEET };

export function readStore(wb: ExcelJS.Workbook): BackupStore {
  const ws = wb.getWorksheet(BACKUP_SHEET);
  const cells: unknown[] = [];
  for (let r = 1; ws && r <= ws.rowCount; r++) cells.push(ws.getCell(r, 1).value);
  return storeFromChunks(cells);
}

/** Replaces the backup sheet by the store's (none when the store is empty). */
export function writeStore(wb: ExcelJS.Workbook, store: BackupStore): void {
  const old = wb.getWorksheet(BACKUP_SHEET);
  if (old) wb.removeWorksheet(old.id);
  const chunks = storeChunks(store);
  if (chunks.length === 0) return;
  const ws = wb.addWorksheet(BACKUP_SHEET, { state: 'veryHidden' });
  chunks.forEach((chunk, i) => {
    ws.getCell(i + 1, 1).value = chunk;
  });
}
