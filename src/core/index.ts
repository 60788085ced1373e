// The scoring core's front door for adapters and the task pane.
export * from './types';
export { scoreTables, scoreWorkbook } from './score';
export { BASIC_DATA_SHEET_NAMES, closestToTable, findLayout, isBasicDataSheetName } from './sheet/layout';
export {
  scoreForWriteback,
  planRestore,
  parseStore,
  splitNote,
  joinNote,
  NOTE_MARKER,
  BACKUP_SHEET,
  MARK_FILLS,
  PRINTABLE_MARK_FILLS,
  backupFor,
  withBackup,
  whileWriting,
  withNotesAsFound,
  storeChunks,
  storeFromChunks,
  EMPTY_STORE,
} from './writeback';
export type { AddedSheet, CellWrite, Backup, BackupEntry, BackupStore, Mark, MarkFills, Writeback } from './writeback';
export { cellKey, sameState, sameValue, sheetAddress } from './cells';
export type { CellState, NumberMatch, StateAt } from './cells';
export { toA1, fromA1, columnLetters } from './address';
export { formatDecimal } from './numbers';
export { buildReport, conclusion, reportText, WORDS } from './conclusion';
export type { Report, ReportSection } from './conclusion';
export { freeSheetName } from './newSheet';
export type { NewCell, NewSheet } from './newSheet';
export { framesOf, heightToShow, measureTable, planPrint, planPrintRestore, PRINT_PAPER, REASON_WIDTH, rowHeight, samePage, textWidth, titleRowsFor, titleRowsOf, wrappedLines } from './print';
export type { AppendedColumn, ColumnFormat, PageRead, PageSetup, PrintBackup, PrintChange, RestoreHost, RowSpan, TableMeasure, WrappedText, Zoom } from './print';
