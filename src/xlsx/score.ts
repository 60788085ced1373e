// Scoring a loaded workbook: every indicator sheet (or the one asked for) handed to the core's
// planScoring, and its writes, print setup and backup applied to the package. Every decision (what to write,
// what to keep) is the core's; what the workbook would not let a cell show is ./writeCells'.
import { backupFor, buildReport, cellKey, closestToTable, planScoring, sameState, scoreWorkbook, PRINTABLE_MARK_FILLS, withBackup } from '../core';
import type { Backup, CellState, Lang, ScoreResult, SheetGrid } from '../core';
import { asWritten, BACKUP_SHEET, backupOrRefusal, readStore, writeStore, type XlsxBackupEntry } from './backup';
import { indicatorSheets } from './grid';
import type { FoundSheets } from './grid';
import { reading } from './load';
import type { XlsxPackage } from './package/package';
import type { SheetEditor } from './package/sheetEditor';
import { frameColumn, wasFramed, type PreviousFrame } from './frame';
import { applyPrint, readPrint, withRowsAndFrame, type XlsxPrintBackup } from './print';
import { raiseRows } from './rowHeights';
import { writeReportSheet } from './reportSheet';
import { writeCells } from './writeCells';
import type { CellsWritten, NotWritten } from './writeCells';

export type { NotWritten } from './writeCells';

export interface XlsxScore {
  readonly result: ScoreResult;
  /** The indicator sheet's grid as read (before writing), for titles and summaries. */
  readonly grid: SheetGrid;
  /** The cells written; 0 when no indicator table was found (then nothing was changed). */
  readonly writes: number;
  /**
   * Cells not written as planned (a threaded comment's stand-in note kept, a note Excel could not
   * hold, an array formula's cell, a cell under a merged area); their explanation is in the result.
   */
  readonly notWritten: readonly NotWritten[];
  /** The sheet is protected against changes (Excel's Review › Protect Sheet); its scored copy still is. */
  readonly sheetProtected: boolean;
}

export interface XlsxScoreOptions {
  readonly lang?: Lang;
  readonly overwriteFormulas?: boolean;
  /** Score only this sheet (the command line's --sheet); else every indicator sheet. */
  readonly sheet?: string;
  /** Append a 扣分原因 column for the explanations where the sheet has none (the command line's --explain-column). */
  readonly appendReasonColumn?: boolean;
  /** Write the 评价结论 sheet: each scored table's report (the command line's default; --no-report). */
  readonly reportSheet?: boolean;
}

/** What scoring a workbook gives: a result per table of each indicator sheet, or the sheet asked for is not there. */
export type XlsxSheetsScore =
  | { readonly kind: 'scored'; readonly sheets: readonly XlsxScore[]; readonly structureProtected: boolean }
  | { readonly kind: 'no-such-sheet'; readonly sheet: string; readonly indicatorSheets: readonly string[] };

/**
 * The backup entries with the file's own form of each cell: kept from the previous backup while the
 * cell's original is the same, taken from the file when the original is what the file holds.
 */
function withRawCells(backup: Backup, previous: Backup | null, cells: CellsWritten, editor: SheetEditor, framed: PreviousFrame | undefined): Backup {
  const old = new Map<string, XlsxBackupEntry>();
  for (const e of (previous?.entries ?? []) as XlsxBackupEntry[]) old.set(cellKey(e.row, e.col), e);
  const entries = backup.entries.map((e): XlsxBackupEntry => {
    const key = cellKey(e.row, e.col);
    const written = cells.written.get(key) ?? e.written;
    const was = old.get(key);
    const before = cells.before.get(key);
    const found = cells.raw.get(key);
    // A cell the last scoring added to border its row was no cell before it.
    const fromFile = found && wasFramed(editor, e.row, e.col, framed) ? { ...found, cell: null } : found;
    const raw = was?.xlsx && sameState(was.original, e.original) ? was.xlsx : before && sameState(before, e.original) ? fromFile : undefined;
    return { ...e, written, ...(raw ? { xlsx: raw } : {}) };
  });
  return { ...backup, entries };
}

/** The sheet closest to holding a table, scored only to say what it lacks; nothing is written. */
function unscored(wb: XlsxPackage, only: SheetEditor | undefined, lang: Lang): XlsxScore {
  const grids = (only ? [only] : wb.worksheets.filter((ws) => ws.name !== BACKUP_SHEET)).map((ws) => ws.grid());
  const grid = closestToTable(grids) ?? grids[0] ?? wb.worksheets[0].grid();
  return { result: scoreWorkbook({ indicatorSheet: grid }, { lang }), grid, writes: 0, notWritten: [], sheetProtected: false };
}

/**
 * Scores one indicator sheet and writes its scores, marks, notes, print setup and backup into the
 * package: one XlsxScore a table on it (a page holding two projects), the first counting the writes.
 */
function scoreSheet(wb: XlsxPackage, found: FoundSheets, options: XlsxScoreOptions): XlsxScore[] {
  const lang = options.lang ?? 'zh';
  const ws = found.worksheet;
  const store = readStore(wb);
  const previous = backupFor(store, ws.name);
  // A cell still as the last scoring left it reads as that, whatever another program did to its fill.
  const last = new Map((previous?.entries ?? []).map((e) => [cellKey(e.row, e.col), e]));
  const stateAt = (row: number, col: number): CellState => asWritten(ws.state(row, col), last.get(cellKey(row, col)));
  const lastRow = found.workbook.indicatorSheet.values.length - 1;
  const plan = planScoring(
    found.workbook,
    stateAt,
    previous,
    { fills: PRINTABLE_MARK_FILLS, overwriteFormulas: options.overwriteFormulas ?? false, lang, appendReasonColumn: options.appendReasonColumn ?? false },
    (layout, appended) => readPrint(wb, ws, layout, appended?.col, lastRow),
  );
  const { result, results, writeback } = plan;
  const appended = writeback.appended?.col;
  const lastXml = (previous?.print as XlsxPrintBackup | undefined)?.xlsx;
  // Before the cells: a cell written into the appended column takes that column's style.
  const print = plan.print ? applyPrint(wb, ws, plan.print, previous?.print) : undefined;
  const cells = writeCells(wb, ws, writeback.writes, lang, appended, result.layout?.headerTop);
  // The column's other rows of the table, bordered as its texts are.
  const framed = frameColumn(wb, ws, writeback.appended, cells.written, lastXml?.framed);
  // After the cells and the column's width: rows as tall as the texts written into them.
  const rows = raiseRows(wb, ws, cells.written, appended, lastXml?.rows);
  const printed = withRowsAndFrame(print, rows, appended === undefined ? undefined : { col: appended, cells: framed });
  const backup = withRawCells(plan.backup, previous, cells, ws, lastXml?.framed);
  writeStore(wb, withBackup(store, ws.name, { ...backup, ...(printed ? { print: printed } : {}) }));
  return results.map((r, i) => ({
    result: r,
    grid: found.workbook.indicatorSheet,
    writes: i === 0 ? writeback.writes.length : 0,
    notWritten: i === 0 ? cells.notWritten : [],
    sheetProtected: ws.sheet.isProtected,
  }));
}

/**
 * The 评价结论 sheet for the tables just scored, when asked for; without it, an earlier one of ours is
 * taken away (it would speak of the scores before), a sheet a person changed staying.
 */
function withReports(wb: XlsxPackage, sheets: readonly XlsxScore[], options: XlsxScoreOptions): void {
  const reports = options.reportSheet ? sheets.flatMap((s) => {
    const report = buildReport(s.result);
    return report ? [{ sheet: s.result.sheet, report }] : [];
  }) : [];
  if (reports.length || readStore(wb).added) writeReportSheet(wb, reports, options.lang ?? 'zh');
}

/**
 * Scores every indicator sheet of the workbook (or only `options.sheet`) in memory and writes each
 * one's scores, marks, notes and backup into it (the backup keeps one record per sheet). When no
 * sheet holds an indicator table, the sheet closest to one is scored only to say why, and nothing
 * is written. A workbook whose backup sheet's name a person's own sheet has, or whose backup does not
 * hold together, is refused (XlsxFileError).
 */
export function scoreXlsxSheets(wb: XlsxPackage, options: XlsxScoreOptions = {}): XlsxSheetsScore {
  return reading(wb, () => {
    backupOrRefusal(wb);
    const lang = options.lang ?? 'zh';
    const all = indicatorSheets(wb);
    const structureProtected = wb.workbook.structureLocked;
    if (options.sheet !== undefined) {
      const ws = wb.worksheets.find((w) => w.name === options.sheet && w.name !== BACKUP_SHEET);
      if (!ws) return { kind: 'no-such-sheet', sheet: options.sheet, indicatorSheets: all.map((f) => f.worksheet.name) };
      const found = all.find((f) => f.worksheet === ws);
      const sheets = found ? scoreSheet(wb, found, options) : [unscored(wb, ws, lang)];
      if (found) withReports(wb, sheets, options);
      return { kind: 'scored', sheets, structureProtected };
    }
    if (all.length === 0) return { kind: 'scored', sheets: [unscored(wb, undefined, lang)], structureProtected };
    const sheets = all.flatMap((found) => scoreSheet(wb, found, options));
    withReports(wb, sheets, options);
    return { kind: 'scored', sheets, structureProtected };
  });
}

/** Scores the workbook's first indicator sheet (or `options.sheet`), as scoreXlsxSheets does. */
export function scoreXlsx(wb: XlsxPackage, options: XlsxScoreOptions = {}): XlsxScore {
  return reading(wb, () => {
    backupOrRefusal(wb);
    const all = indicatorSheets(wb);
    const found = options.sheet === undefined ? all[0] : all.find((f) => f.worksheet.name === options.sheet);
    const lang = options.lang ?? 'zh';
    return found ? scoreSheet(wb, found, options)[0] : unscored(wb, options.sheet === undefined ? undefined : (wb.sheet(options.sheet) ?? undefined), lang);
  });
}
