// The scoring core's front door for adapters and the task pane.
export * from './types';
export { scoreTables, scoreWorkbook } from './score';
export { BASIC_DATA_SHEET_NAMES, closestToTable, findLayout, isBasicDataSheetName } from './sheet/layout';
export { scoreForWriteback, MARK_FILLS, PRINTABLE_MARK_FILLS } from './writeback/plan';
export type { Mark, MarkFills, Writeback } from './writeback/plan';
export { backupFor, BACKUP_SHEET, EMPTY_STORE, parseStore, planRestore, storeChunks, storeFromChunks, whileWriting, withBackup, withNotesAsFound } from './writeback/backup';
export type { AddedSheet, Backup, BackupEntry, BackupStore } from './writeback/backup';
export { joinNote, NOTE_MARKER, splitNote } from './writeback/notes';
export { cellKey, sameState, sameValue, sheetAddress } from './cells';
export type { CellState, CellWrite, NumberMatch, StateAt } from './cells';
export { toA1, fromA1, columnLetters } from './address';
export { formatDecimal } from './numbers';
export { buildReport, conclusion, reportText, WORDS } from './conclusion';
export type { Report, ReportSection } from './conclusion';
export { freeSheetName } from './newSheet';
export type { NewCell, NewSheet } from './newSheet';
export { framesOf, heightToShow, measureTable, planPrint, planPrintRestore, PRINT_PAPER, REASON_WIDTH, rowHeight, samePage, textWidth, titleRowsFor, titleRowsOf, wrappedLines } from './print';
export type { AppendedColumn, ColumnFormat, PageRead, PageSetup, PrintBackup, PrintChange, PrintPlan, RestoreHost, RowSpan, TableMeasure, WrappedText, Zoom } from './print';
