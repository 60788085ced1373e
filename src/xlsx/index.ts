// The .xlsx adapter: opens a workbook file, hands its cells to the core, applies the core's writes
// and backup, and undoes them. Every decision (what to write, what to keep) is the core's.
import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import { backupFor, closestToTable, MARK_FILLS, planRestore, scoreForWriteback, scoreWorkbook, withBackup } from '../core';
import type { CellState, CellWrite, Lang, ScoreResult, SheetGrid } from '../core';
import { applyState, cellState } from './cells';
import { BACKUP_SHEET, readStore, writeStore } from './backup';
import { findSheets, sheetToGrid } from './grid';
import { inspectXlsx, LIMITS, storedZip } from './guard';
import type { GuardProblem } from './guard';

export { BACKUP_SHEET, readStore } from './backup';
export { cellState, encodeFill, decodeFill, noteText, toCellValue } from './cells';
export { findSheets, sheetToGrid, mergesOf } from './grid';
export { LIMITS } from './guard';

/** Our highlights, as solid fills: deductions amber, errors red, manual scores blue. */
export { MARK_FILLS };

export type XlsxFileProblem =
  | 'not-found'
  | 'not-a-file'
  | 'empty'
  | 'ole2'
  | 'encrypted'
  | 'not-zip'
  | 'corrupt'
  | Exclude<GuardProblem, 'corrupt'>;

/** What a refusal is about: the sheet (or part) and the figures against the limit. */
export interface XlsxFileFacts {
  readonly sheet?: string;
  readonly part?: string;
  readonly count?: number;
  readonly limit?: number;
  /** A merged range, for merge-too-large. */
  readonly range?: string;
  /** What was over: `entries`, `zip64`, `total` or `part` (else the file itself). */
  readonly what?: string;
}

/** A file that is not a readable .xlsx workbook, or one the loading step refuses to unpack. */
export class XlsxFileError extends Error {
  constructor(
    readonly problem: XlsxFileProblem,
    readonly file: string,
    readonly detail?: string,
    readonly facts: XlsxFileFacts = {},
  ) {
    super(`${file}: ${problem}${detail ? ` (${detail})` : ''}`);
    this.name = 'XlsxFileError';
  }
}

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** The stream Excel keeps an encrypted (password-protected) workbook in, inside an OLE2 file. */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

/** Formatting-only rows the loading step did not load, by sheet: the scored copy lacks them. */
export interface TrimmedRows {
  readonly sheet: string;
  /** One-based number of the first row not loaded. */
  readonly firstRow: number;
  readonly rows: number;
}

const TRIMMED = new WeakMap<ExcelJS.Workbook, readonly TrimmedRows[]>();

/** The empty formatted rows `loadXlsx` left out of this workbook (none for most workbooks). */
export function trimmedRows(wb: ExcelJS.Workbook): readonly TrimmedRows[] {
  return TRIMMED.get(wb) ?? [];
}

/**
 * Reads a workbook file, defensively. The signature is checked first, so a renamed .xls, an
 * encrypted workbook (both OLE2 containers) or a text file is named for what it is; then the zip is
 * examined and unpacked within the limits of `./guard` (no zip bombs, no DOCTYPE, bounded rows,
 * cells and merges); only the parts so checked are handed to ExcelJS.
 */
export async function loadXlsx(file: string): Promise<ExcelJS.Workbook> {
  let data: Buffer;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) throw new XlsxFileError('not-a-file', file);
    if (stat.size > LIMITS.fileBytes) throw new XlsxFileError('too-large', file, undefined, { count: stat.size, limit: LIMITS.fileBytes });
    data = await fs.readFile(file);
  } catch (e) {
    if (e instanceof XlsxFileError) throw e;
    throw new XlsxFileError('not-found', file, (e as Error).message);
  }
  if (data.length === 0) throw new XlsxFileError('empty', file);
  if (data.subarray(0, 8).equals(OLE2)) throw new XlsxFileError(data.indexOf(ENCRYPTED_PACKAGE) >= 0 ? 'encrypted' : 'ole2', file);
  if (!data.subarray(0, 4).equals(ZIP)) throw new XlsxFileError('not-zip', file);
  const checked = inspectXlsx(data);
  if (!checked.ok) {
    const names = checked.sheetNames ?? new Map<string, string>();
    const facts: XlsxFileFacts = {
      ...(checked.part ? { part: checked.part } : {}),
      ...(checked.part && names.has(checked.part) ? { sheet: names.get(checked.part) } : {}),
      ...(checked.count !== undefined ? { count: checked.count } : {}),
      ...(checked.limit !== undefined ? { limit: checked.limit } : {}),
      ...(checked.problem === 'merge-too-large' && checked.detail ? { range: checked.detail } : {}),
      ...(checked.detail && ['entries', 'zip64', 'total', 'part'].includes(checked.detail) ? { what: checked.detail } : {}),
    };
    throw new XlsxFileError(checked.problem, file, checked.problem === 'corrupt' ? checked.detail : undefined, facts);
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(storedZip(checked.parts) as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new XlsxFileError('corrupt', file, (e as Error).message);
  }
  if (wb.worksheets.length === 0) throw new XlsxFileError('corrupt', file, 'no worksheets');
  if (checked.trimmed.length) {
    TRIMMED.set(
      wb,
      checked.trimmed.map((t) => ({ sheet: checked.sheetNames.get(t.part) ?? t.part, firstRow: t.firstRow, rows: t.rows })),
    );
  }
  return wb;
}

export interface XlsxScore {
  readonly result: ScoreResult;
  /** The indicator sheet's grid as read (before writing), for titles and summaries. */
  readonly grid: SheetGrid;
  /** The cells written; 0 when no indicator table was found (then nothing was changed). */
  readonly writes: number;
}

export interface XlsxScoreOptions {
  readonly lang?: Lang;
  readonly overwriteFormulas?: boolean;
}

function applyWrites(ws: ExcelJS.Worksheet, writes: readonly CellWrite[]): void {
  for (const w of writes) applyState(ws.getCell(w.row + 1, w.col + 1), w.state);
}

/**
 * Scores the workbook in memory and writes the scores, marks, notes and backup into it. When no
 * sheet holds an indicator table, the first sheet is scored only to say why, and nothing is written.
 */
export function scoreXlsx(wb: ExcelJS.Workbook, options: XlsxScoreOptions = {}): XlsxScore {
  const lang = options.lang ?? 'zh';
  const found = findSheets(wb);
  if (!found) {
    // Say what is missing about the sheet that comes closest to holding the table.
    const grids = wb.worksheets.filter((ws) => ws.name !== BACKUP_SHEET).map(sheetToGrid);
    const grid = closestToTable(grids) ?? sheetToGrid(wb.worksheets[0]);
    return { result: scoreWorkbook({ indicatorSheet: grid }, { lang }), grid, writes: 0 };
  }
  const ws = found.worksheet;
  const store = readStore(wb);
  const { result, writeback } = scoreForWriteback(
    found.workbook,
    (row, col) => cellState(ws.getCell(row + 1, col + 1)),
    backupFor(store, ws.name),
    { fills: MARK_FILLS, overwriteFormulas: options.overwriteFormulas ?? false, lang },
  );
  applyWrites(ws, writeback.writes);
  writeStore(wb, withBackup(store, ws.name, writeback.backup));
  return { result, grid: found.workbook.indicatorSheet, writes: writeback.writes.length };
}

/**
 * Puts back every cell scoring wrote, on every sheet it scored, as the backups recorded them
 * (keeping what a person changed since), and removes the backups. Returns the number of cells
 * restored (0 when there is no backup).
 */
export function restoreXlsx(wb: ExcelJS.Workbook): number {
  let store = readStore(wb);
  let restored = 0;
  for (const backup of store.backups) {
    const ws = wb.getWorksheet(backup.sheet);
    if (!ws) continue;
    const current = new Map<string, CellState>();
    for (const e of backup.entries) current.set(`${e.row}:${e.col}`, cellState(ws.getCell(e.row + 1, e.col + 1)));
    const writes = planRestore(backup, current);
    applyWrites(ws, writes);
    restored += writes.length;
    store = withBackup(store, backup.sheet, null);
  }
  writeStore(wb, store);
  return restored;
}

export async function saveXlsx(wb: ExcelJS.Workbook, file: string): Promise<void> {
  await wb.xlsx.writeFile(file);
}
