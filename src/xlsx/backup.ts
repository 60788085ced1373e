// The write-back backup inside the workbook: a very hidden sheet whose cells A1, A2 … hold the
// backup's JSON in chunks (the same place the Excel add-in keeps it, so either can restore).
import ExcelJS from 'exceljs';
import { BACKUP_SHEET, backupChunks, backupFromChunks } from '../core';
import type { Backup } from '../core';

export { BACKUP_SHEET };

export function readBackup(wb: ExcelJS.Workbook): Backup | null {
  const ws = wb.getWorksheet(BACKUP_SHEET);
  if (!ws) return null;
  const cells: unknown[] = [];
  for (let r = 1; r <= ws.rowCount; r++) cells.push(ws.getCell(r, 1).value);
  return backupFromChunks(cells);
}

export function removeBackup(wb: ExcelJS.Workbook): void {
  const ws = wb.getWorksheet(BACKUP_SHEET);
  if (ws) wb.removeWorksheet(ws.id);
}

export function writeBackup(wb: ExcelJS.Workbook, backup: Backup): void {
  removeBackup(wb);
  const ws = wb.addWorksheet(BACKUP_SHEET, { state: 'veryHidden' });
  backupChunks(backup).forEach((chunk, i) => {
    ws.getCell(i + 1, 1).value = chunk;
  });
}
