// The .xlsx adapter: opens a workbook file, hands its cells to the core, applies the core's writes,
// print setup and backup, and undoes them. Every decision (what to write, what to keep) is the core's.
//
// The file is read by our own reader (./read, over the parts the loading step checked) and written
// by patching its package (./package): one parse of each part read, none of the others, and no
// workbook model of every cell (README, 读写 .xlsx 的选择, gives the figures behind the choice).
// Loading is ./load, scoring ./score, restoring ./restore, saving ./save.
import { MARK_FILLS } from '../core';

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
export { loadWorkbook, loadXlsx, openWorkbook, trimmedRows } from './load';
export type { LoadedWorkbook, TrimmedRows } from './load';
export { saveXlsx, xlsxBytes } from './save';
export { scoreXlsx, scoreXlsxSheets } from './score';
export type { NotWritten, XlsxScore, XlsxScoreOptions, XlsxSheetsScore } from './score';
export { restoreXlsx } from './restore';

/** Our highlight colours (deductions amber, errors red, manual scores blue), written with a pattern over them. */
export { MARK_FILLS };
