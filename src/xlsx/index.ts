// The .xlsx adapter: opens a workbook file, hands its cells to the core, applies the core's writes,
// print setup and backup, and undoes them. Every decision (what to write, what to keep) is the core's.
//
// The file is read by our own reader (./read, over the parts the loading step checked) and written
// by patching its package (./package): one parse of each part read, none of the others, and no
// workbook model of every cell (README, 读写 .xlsx 的选择, gives the figures behind the choice).
// Loading is ./load, scoring ./score, restoring ./restore.
import { MARK_FILLS } from '../core';
import type { XlsxPackage } from './package/package';
import { withMark } from './mark';
import { writeFileAtomic } from './safeWrite';

export { BACKUP_SHEET, readStore } from './backup';
export { findSheets, indicatorSheets, sheetToGrid } from './grid';
export type { XlsxPackage } from './package/package';
export type { SheetEditor } from './package/sheetEditor';
export { declaredUnpackedSize, LIMITS } from './guard';
export { findConverter } from './convert';
export { carriesOurMark, isOurUnchangedFile, withMark } from './mark';
export { TargetExistsError, writeFileAtomic } from './safeWrite';
export { formatOfFile, prepareWorkbook, XlsxFileError } from './files';
export type { LoadWorkbookOptions, PreparedWorkbook, WorkbookFormat, XlsxFileFacts, XlsxFileProblem } from './files';
export { loadWorkbook, loadXlsx, openWorkbook } from './load';
export type { LoadedWorkbook } from './load';
export { scoreXlsx, scoreXlsxSheets } from './score';
export type { NotWritten, XlsxScore, XlsxScoreOptions, XlsxSheetsScore } from './score';
export { restoreXlsx } from './restore';

/** Our highlight colours (deductions amber, errors red, manual scores blue), written with a pattern over them. */
export { MARK_FILLS };

/** Formatting-only rows the loading step did not load, by sheet: the scored copy lacks them. */
export interface TrimmedRows {
  readonly sheet: string;
  /** One-based number of the first row not loaded. */
  readonly firstRow: number;
  readonly rows: number;
}

/** The empty formatted rows `loadXlsx` left out of this workbook's reading (none for most workbooks). */
export function trimmedRows(wb: XlsxPackage): readonly TrimmedRows[] {
  return wb.trimmed.map((t) => ({ sheet: wb.sheetNames.get(t.part) ?? t.part, firstRow: t.firstRow, rows: t.rows }));
}

/** The workbook as file bytes: the file's package with only the changes scoring and restoring made. */
export function xlsxBytes(wb: XlsxPackage): Buffer {
  return wb.toBuffer();
}

/** Writes the workbook (see xlsxBytes) to a temporary file beside `file`, synced and renamed over it. */
export async function saveXlsx(wb: XlsxPackage, file: string): Promise<void> {
  await writeFileAtomic(file, withMark(xlsxBytes(wb)), { replace: true });
}
