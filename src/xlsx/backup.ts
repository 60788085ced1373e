// The write-back backups inside the workbook: a very hidden sheet whose cells A1, A2 … hold the
// store's JSON in chunks (the same place the Excel add-in keeps it, so either can restore).
import { BACKUP_SHEET, storeChunks, storeFromChunks } from '../core';
import type { BackupStore } from '../core';
import type { XlsxPackage } from './patch/package';

export { BACKUP_SHEET };

/** The store each workbook was last given: scoring several sheets adds one sheet's backup at a time. */
const WRITTEN = new WeakMap<XlsxPackage, BackupStore>();

/** The store as the workbook will be saved: as it was loaded, until scoring or restoring gives it another. */
export function readStore(wb: XlsxPackage): BackupStore {
  const written = WRITTEN.get(wb);
  if (written) return written;
  const values = wb.sheet(BACKUP_SHEET)?.grid().values ?? [];
  return storeFromChunks(values.map((row) => row[0] ?? null));
}

/** Replaces the backup sheet by the store's (none when the store is empty). */
export function writeStore(wb: XlsxPackage, store: BackupStore): void {
  WRITTEN.set(wb, store);
  wb.writeBackupSheet(BACKUP_SHEET, storeChunks(store));
}
