// The write-back backup inside the workbook: a very hidden sheet whose cells A1, A2 … hold the
// backup's JSON in chunks (the same place the Excel add-in keeps it, so either can restore).
import ExcelJS from 'exceljs';
import { parseBackup } from '../core';
import type { Backup } from '../core';

export const BACKUP_SHEET = '绩效评分助手_备份';
export const BACKUP_CHUNK = 30000;

export function readBackup(wb: ExcelJS.Workbook): Backup | null {
  const ws = wb.getWorksheet(BACKUP_SHEET);
  if (!ws) return null;
  let text = '';
  for (let r = 1; ; r++) {
    const v = ws.getCell(r, 1).value;
    if (typeof v !== 'string' || v === '') break;
    text += v;
  }
  return parseBackup(text);
}

export function removeBackup(wb: ExcelJS.Workbook): void {
  const ws = wb.getWorksheet(BACKUP_SHEET);
  if (ws) wb.removeWorksheet(ws.id);
}

export function writeBackup(wb: ExcelJS.Workbook, backup: Backup): void {
  removeBackup(wb);
  const ws = wb.addWorksheet(BACKUP_SHEET, { state: 'veryHidden' });
  const text = JSON.stringify(backup);
  for (let i = 0, r = 1; i < text.length; i += BACKUP_CHUNK, r++) {
    ws.getCell(r, 1).value = text.slice(i, i + BACKUP_CHUNK);
  }
}
