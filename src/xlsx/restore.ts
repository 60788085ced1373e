// Restoring a scored workbook: every cell scoring wrote, on every sheet it scored, put back as the
// backup recorded it (keeping what a person changed since), the print setup and the appended
// column's format with it, the notes parts scoring added taken away once empty, the 评价结论 sheet
// scoring added taken away while it is as written, and the backup sheet removed. A cell still as
// scoring left it, in a package still as we wrote it, gets back the very element and note the file
// held; anywhere else it is given its recorded state.
import { cellKey, planRestore, sameState, withBackup } from '../core';
import type { BackupStore, CellState, CellWrite } from '../core';
import { asWritten, backupOrRefusal, writeStore, type XlsxBackupEntry } from './backup';
import { reading } from './load';
import { putBackCell } from './package/cells';
import type { XlsxPackage } from './package/package';
import { restorePrint } from './print';
import { removeAddedSheet } from './reportSheet';
import { writeCells } from './writeCells';

/**
 * Puts back every cell scoring wrote, on every sheet it scored, as the backups recorded them
 * (keeping what a person changed since), and the print setup and appended column's format, and
 * removes the backups. Returns the number of cells restored (0 when there is no backup). A backup
 * that does not hold together is refused (XlsxFileError), and nothing is restored.
 */
export function restoreXlsx(wb: XlsxPackage): number {
  return reading(wb, () => {
    const initial = backupOrRefusal(wb);
    const { added, ...kept } = initial;
    let store: BackupStore = kept;
    let restored = 0;
    for (const backup of initial.backups) {
      const editor = wb.sheet(backup.sheet);
      if (!editor) continue;
      const current = new Map<string, CellState>();
      for (const e of backup.entries) current.set(cellKey(e.row, e.col), asWritten(editor.state(e.row, e.col), e));
      const writes = planRestore(backup, current);
      // Before the cells: a cell given its recorded state takes its column's style as it was.
      restorePrint(wb, editor, backup.print);
      const stated: CellWrite[] = [];
      let exact = false;
      (backup.entries as readonly XlsxBackupEntry[]).forEach((e, i) => {
        const now = current.get(cellKey(e.row, e.col))!;
        if (e.xlsx && sameState(now, e.written)) {
          putBackCell(editor, e.row, e.col, e.xlsx);
          exact = true;
        } else stated.push(writes[i]);
      });
      writeCells(wb, editor, stated, null);
      if (exact) wb.recalculateOnOpen();
      editor.dropEmptiedNotes();
      restored += writes.length;
      store = withBackup(store, backup.sheet, null);
    }
    if (added) removeAddedSheet(wb, added);
    if (restored || initial.backups.length || added) writeStore(wb, store);
    return restored;
  });
}
