// The .xlsx adapter: opens a workbook file, hands its cells to the core, applies the core's writes,
// print setup and backup, and undoes them. Every decision (what to write, what to keep) is the core's.
import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import { backupFor, closestToTable, MARK_FILLS, planRestore, PRINTABLE_MARK_FILLS, scoreForWriteback, scoreWorkbook, storeChunks, toA1, withBackup } from '../core';
import type { Backup, BackupEntry, BackupStore, CellState, CellWrite, Lang, ScoreResult, SheetGrid } from '../core';
import { applyState, cellState } from './cells';
import { BACKUP_SHEET, readStore, writeStore } from './backup';
import { indicatorSheets, sheetToGrid } from './grid';
import type { FoundSheets } from './grid';
import { inspectXlsx, LIMITS, storedZip } from './guard';
import type { GuardPass, GuardProblem } from './guard';
import { CONVERT_TIMEOUT_MS, ConvertError, convertToXlsx } from './convert';
import { exceljsView } from './exceljsView';
import { XlsxPackage } from './patch/package';
import { putBackCell, rawCell, writeCellState } from './patch/cells';
import type { RawCell } from './patch/cells';
import { withMark } from './mark';
import { restorePrint, scorePrint } from './print';
import { writeFileAtomic } from './safeWrite';

export { BACKUP_SHEET, readStore } from './backup';
export { cellState, encodeFill, decodeFill, noteText, toCellValue } from './cells';
export { findSheets, indicatorSheets, sheetToGrid, mergesOf } from './grid';
export { declaredUnpackedSize, LIMITS } from './guard';
export { findConverter } from './convert';
export { isOurUnchangedFile, withMark } from './mark';
export { TargetExistsError, writeFileAtomic } from './safeWrite';

/** Our highlight colours (deductions amber, errors red, manual scores blue), written with a pattern over them. */
export { MARK_FILLS };

export type XlsxFileProblem =
  | 'not-found'
  | 'no-converter'
  | 'convert-failed'
  | 'convert-timeout'
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
  /** The file's format when it is not .xlsx: what the message names (`.ods`, not a damaged .xlsx). */
  readonly format?: WorkbookFormat;
  /** A conversion's time limit, in seconds. */
  readonly seconds?: number;
}

/** What a workbook file is: Office Open XML, the binary .xls (or WPS .et), or OpenDocument. */
export type WorkbookFormat = 'xlsx' | 'xls' | 'et' | 'ods';

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
/** The file a workbook was loaded from, as a package: what saveXlsx patches. */
const PACKAGES = new WeakMap<ExcelJS.Workbook, XlsxPackage>();

/** The empty formatted rows `loadXlsx` left out of this workbook (none for most workbooks). */
export function trimmedRows(wb: ExcelJS.Workbook): readonly TrimmedRows[] {
  return TRIMMED.get(wb) ?? [];
}

/** The file's bytes, refused before reading when it is not a file or passes the size limit. */
async function readChecked(file: string): Promise<Buffer> {
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
  return data;
}

const ODS_MIMETYPE = Buffer.from('mimetypeapplication/vnd.oasis.opendocument.spreadsheet', 'latin1');

/**
 * What the bytes are, by their signature (an OpenDocument file starts with its stored `mimetype`),
 * else by the file's extension; null for a zip that is none of them and for anything else.
 */
function formatOf(data: Buffer, file: string): WorkbookFormat | null {
  const extension = /\.(xlsx|xlsm|xls|et|ods)$/i.exec(file)?.[1].toLowerCase();
  if (data.subarray(0, 8).equals(OLE2)) return extension === 'et' ? 'et' : 'xls';
  if (data.subarray(0, 4).equals(ZIP)) {
    if (data.subarray(30, 30 + ODS_MIMETYPE.length).equals(ODS_MIMETYPE) || extension === 'ods') return 'ods';
    return 'xlsx';
  }
  return extension === 'ods' || extension === 'xls' || extension === 'et' ? extension : null;
}

/** The zip checked within the limits of `./guard`, or the refusal as an XlsxFileError. */
function inspected(data: Buffer, file: string, format: WorkbookFormat): GuardPass {
  const checked = inspectXlsx(data);
  if (checked.ok) return checked;
  const names = checked.sheetNames ?? new Map<string, string>();
  const facts: XlsxFileFacts = {
    ...(checked.part ? { part: checked.part } : {}),
    ...(checked.part && names.has(checked.part) ? { sheet: names.get(checked.part) } : {}),
    ...(checked.count !== undefined ? { count: checked.count } : {}),
    ...(checked.limit !== undefined ? { limit: checked.limit } : {}),
    ...(checked.problem === 'merge-too-large' && checked.detail ? { range: checked.detail } : {}),
    ...(checked.detail && ['entries', 'zip64', 'total', 'part'].includes(checked.detail) ? { what: checked.detail } : {}),
    ...(format !== 'xlsx' ? { format } : {}),
  };
  throw new XlsxFileError(checked.problem, file, checked.problem === 'corrupt' ? checked.detail : undefined, facts);
}

/** Hands the checked parts to ExcelJS and keeps the package for patching. */
async function loadChecked(checked: GuardPass, file: string, format: WorkbookFormat): Promise<ExcelJS.Workbook> {
  const facts: XlsxFileFacts = format !== 'xlsx' ? { format } : {};
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(storedZip(exceljsView(checked.parts)) as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new XlsxFileError('corrupt', file, (e as Error).message, facts);
  }
  if (wb.worksheets.length === 0) throw new XlsxFileError('corrupt', file, 'no worksheets', facts);
  PACKAGES.set(wb, new XlsxPackage(checked));
  if (checked.trimmed.length) {
    TRIMMED.set(
      wb,
      checked.trimmed.map((t) => ({ sheet: checked.sheetNames.get(t.part) ?? t.part, firstRow: t.firstRow, rows: t.rows })),
    );
  }
  return wb;
}

/**
 * Reads an .xlsx/.xlsm workbook file, defensively. The signature is checked first, so a renamed .xls,
 * an encrypted workbook (both OLE2 containers) or a text file is named for what it is; then the zip is
 * examined and unpacked within the limits of `./guard` (no zip bombs, no DOCTYPE, bounded rows,
 * cells and merges); only the parts so checked are handed to ExcelJS.
 */
export async function loadXlsx(file: string): Promise<ExcelJS.Workbook> {
  const data = await readChecked(file);
  if (data.subarray(0, 8).equals(OLE2)) throw new XlsxFileError(data.indexOf(ENCRYPTED_PACKAGE) >= 0 ? 'encrypted' : 'ole2', file);
  if (!data.subarray(0, 4).equals(ZIP)) throw new XlsxFileError('not-zip', file);
  return loadChecked(inspected(data, file, 'xlsx'), file, 'xlsx');
}

export interface LoadWorkbookOptions {
  /** LibreOffice, to convert .xls/.et/.ods with; null when there is none. */
  readonly converter: string | null;
  readonly timeoutMs?: number;
}

export interface LoadedWorkbook {
  readonly workbook: ExcelJS.Workbook;
  readonly format: WorkbookFormat;
}

/**
 * Reads a workbook file of any format the scorer takes: .xlsx/.xlsm as loadXlsx does; .xls, .et and
 * .ods converted to .xlsx by LibreOffice (`./convert`), after the same size limit and, for an .ods
 * (a zip too), the same zip defences — and the .xlsx it gives is held to every limit of the loading
 * step before ExcelJS reads it. The workbook patched and written is that .xlsx.
 */
export async function loadWorkbook(file: string, options: LoadWorkbookOptions): Promise<LoadedWorkbook> {
  const data = await readChecked(file);
  const format = formatOf(data, file);
  if (format === 'xlsx' || format === null) return { workbook: await loadXlsx(file), format: 'xlsx' };
  if (format === 'ods') {
    if (!data.subarray(0, 4).equals(ZIP)) throw new XlsxFileError('not-zip', file, undefined, { format });
    inspected(data, file, format);
  } else if (!data.subarray(0, 8).equals(OLE2)) throw new XlsxFileError('not-zip', file, undefined, { format });
  else if (data.indexOf(ENCRYPTED_PACKAGE) >= 0) throw new XlsxFileError('encrypted', file);
  if (options.converter === null) throw new XlsxFileError('no-converter', file, undefined, { format });
  let converted: Buffer;
  try {
    converted = await convertToXlsx(options.converter, data, format === 'ods' ? 'ods' : 'xls', options.timeoutMs ?? CONVERT_TIMEOUT_MS, LIMITS.fileBytes);
  } catch (e) {
    if (!(e instanceof ConvertError)) throw e;
    const f = e.failure;
    if (f.kind === 'timeout') throw new XlsxFileError('convert-timeout', file, undefined, { format, seconds: f.seconds });
    if (f.kind === 'too-large') throw new XlsxFileError('too-large', file, undefined, { format, count: f.bytes, limit: LIMITS.fileBytes });
    throw new XlsxFileError('convert-failed', file, f.detail, { format });
  }
  if (!converted.subarray(0, 4).equals(ZIP)) throw new XlsxFileError('convert-failed', file, 'not an .xlsx', { format });
  return { workbook: await loadChecked(inspected(converted, file, format), file, format), format };
}

export interface XlsxScore {
  readonly result: ScoreResult;
  /** The indicator sheet's grid as read (before writing), for titles and summaries. */
  readonly grid: SheetGrid;
  /** The cells written; 0 when no indicator table was found (then nothing was changed). */
  readonly writes: number;
  /**
   * Cells whose explanation is not in a note because they hold a threaded comment (its stand-in
   * note is left as it is, so the thread stays whole); the explanation is in the result.
   */
  readonly threadedCells: readonly string[];
}

export interface XlsxScoreOptions {
  readonly lang?: Lang;
  readonly overwriteFormulas?: boolean;
  /** Score only this sheet (the command line's --sheet); else every indicator sheet. */
  readonly sheet?: string;
  /** Append a 扣分原因 column for the explanations where the sheet has none (the command line's --explain-column). */
  readonly appendReasonColumn?: boolean;
}

/** What scoring a workbook gives: a result per indicator sheet, or the sheet asked for is not there. */
export type XlsxSheetsScore =
  | { readonly kind: 'scored'; readonly sheets: readonly XlsxScore[] }
  | { readonly kind: 'no-such-sheet'; readonly sheet: string; readonly indicatorSheets: readonly string[] };

/** A backup entry of this adapter: the core's, plus the cell as the file held it, for an exact restore. */
interface XlsxBackupEntry extends BackupEntry {
  readonly xlsx?: RawCell;
}

function sameState(a: CellState, b: CellState): boolean {
  const sameValue =
    a.value !== null && b.value !== null && typeof a.value === 'object' && typeof b.value === 'object'
      ? a.value.error === b.value.error
      : typeof a.value === 'number' && typeof b.value === 'number'
        ? Math.abs(a.value - b.value) < 1e-9
        : a.value === b.value;
  return sameValue && a.formula === b.formula && a.numberFormat === b.numberFormat && a.fill === b.fill && a.note === b.note;
}

/**
 * Writes cells into the workbook read by ExcelJS (so that it reads as the file will) and, for a
 * workbook loaded from a file, into its package; the cells of column `wrapped` (an appended 扣分原因
 * column) wrap their text there. Returns the states actually written (a note kept for a threaded
 * comment) and what the package needs to know.
 */
function writeCells(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, writes: readonly CellWrite[], wrapped?: number): { written: Map<string, CellState>; raw: Map<string, RawCell>; before: Map<string, CellState>; threaded: string[] } {
  const pkg = PACKAGES.get(wb);
  const editor = pkg?.sheet(ws.name) ?? null;
  const written = new Map<string, CellState>();
  const raw = new Map<string, RawCell>();
  const before = new Map<string, CellState>();
  const threaded: string[] = [];
  let formulas = false;
  for (const w of writes) {
    const cell = ws.getCell(w.row + 1, w.col + 1);
    const now = cellState(cell);
    const key = `${w.row}:${w.col}`;
    before.set(key, now);
    let state = w.state;
    if (pkg && editor) {
      raw.set(key, rawCell(editor, w.row, w.col));
      const outcome = writeCellState(pkg, editor, ws, w.row, w.col, now, w.state, w.col === wrapped);
      if (outcome.noteKept) {
        state = { ...state, note: now.note };
        threaded.push(toA1(w.row, w.col));
      }
      formulas ||= outcome.formulaChanged;
    }
    written.set(key, state);
    applyState(cell, state);
  }
  if (pkg && writes.length) {
    pkg.recalculateOnOpen();
    if (formulas) pkg.dropCalcChain();
  }
  return { written, raw, before, threaded };
}

/** Replaces the backup sheet, in the workbook read by ExcelJS and in the package. */
function saveStore(wb: ExcelJS.Workbook, store: BackupStore): void {
  writeStore(wb, store);
  PACKAGES.get(wb)?.writeBackupSheet(BACKUP_SHEET, storeChunks(store));
}

/**
 * The backup entries with the file's own form of each cell: kept from the previous backup while the
 * cell's original is the same, taken from the file when the original is what the file holds.
 */
function withRawCells(backup: Backup, previous: Backup | null, cells: ReturnType<typeof writeCells>): Backup {
  const old = new Map<string, XlsxBackupEntry>();
  for (const e of (previous?.entries ?? []) as XlsxBackupEntry[]) old.set(`${e.row}:${e.col}`, e);
  const entries = backup.entries.map((e): XlsxBackupEntry => {
    const key = `${e.row}:${e.col}`;
    const written = cells.written.get(key) ?? e.written;
    const was = old.get(key);
    const before = cells.before.get(key);
    const raw =
      was?.xlsx && sameState(was.original, e.original) ? was.xlsx : before && sameState(before, e.original) ? cells.raw.get(key) : undefined;
    return { ...e, written, ...(raw ? { xlsx: raw } : {}) };
  });
  return { ...backup, entries };
}

/** The sheet closest to holding a table, scored only to say what it lacks; nothing is written. */
function unscored(wb: ExcelJS.Workbook, only: ExcelJS.Worksheet | undefined, lang: Lang): XlsxScore {
  const grids = (only ? [only] : wb.worksheets.filter((ws) => ws.name !== BACKUP_SHEET)).map(sheetToGrid);
  const grid = closestToTable(grids) ?? grids[0] ?? sheetToGrid(wb.worksheets[0]);
  return { result: scoreWorkbook({ indicatorSheet: grid }, { lang }), grid, writes: 0, threadedCells: [] };
}

/**
 * Scores one indicator sheet and writes its scores, marks, notes, print setup and backup into the
 * workbook (the print setup into a workbook loaded from a file: ExcelJS's own rendering has none).
 */
function scoreSheet(wb: ExcelJS.Workbook, found: FoundSheets, options: XlsxScoreOptions): XlsxScore {
  const lang = options.lang ?? 'zh';
  const ws = found.worksheet;
  const store = readStore(wb);
  const previous = backupFor(store, ws.name);
  const { result, writeback } = scoreForWriteback(
    found.workbook,
    (row, col) => cellState(ws.getCell(row + 1, col + 1)),
    previous,
    { fills: PRINTABLE_MARK_FILLS, overwriteFormulas: options.overwriteFormulas ?? false, lang, appendReasonColumn: options.appendReasonColumn ?? false },
  );
  const pkg = PACKAGES.get(wb);
  const editor = pkg?.sheet(ws.name) ?? null;
  // Before the cells: a cell written into the appended column takes that column's style.
  const lastRow = found.workbook.indicatorSheet.values.length - 1;
  const print =
    pkg && editor && result.layout && result.rows.length
      ? scorePrint(pkg, editor, result.layout, writeback.appendedColumn, lastRow, previous?.print)
      : undefined;
  const cells = writeCells(wb, ws, writeback.writes, writeback.appendedColumn);
  saveStore(wb, withBackup(store, ws.name, { ...withRawCells(writeback.backup, previous, cells), ...(print ? { print } : {}) }));
  return { result, grid: found.workbook.indicatorSheet, writes: writeback.writes.length, threadedCells: cells.threaded };
}

/**
 * Scores every indicator sheet of the workbook (or only `options.sheet`) in memory and writes each
 * one's scores, marks, notes and backup into it (the backup keeps one record per sheet). When no
 * sheet holds an indicator table, the sheet closest to one is scored only to say why, and nothing
 * is written.
 */
export function scoreXlsxSheets(wb: ExcelJS.Workbook, options: XlsxScoreOptions = {}): XlsxSheetsScore {
  const lang = options.lang ?? 'zh';
  const all = indicatorSheets(wb);
  if (options.sheet !== undefined) {
    const ws = wb.worksheets.find((w) => w.name === options.sheet && w.name !== BACKUP_SHEET);
    if (!ws) return { kind: 'no-such-sheet', sheet: options.sheet, indicatorSheets: all.map((f) => f.worksheet.name) };
    const found = all.find((f) => f.worksheet === ws);
    return { kind: 'scored', sheets: [found ? scoreSheet(wb, found, options) : unscored(wb, ws, lang)] };
  }
  if (all.length === 0) return { kind: 'scored', sheets: [unscored(wb, undefined, lang)] };
  return { kind: 'scored', sheets: all.map((found) => scoreSheet(wb, found, options)) };
}

/** Scores the workbook's first indicator sheet (or `options.sheet`), as scoreXlsxSheets does. */
export function scoreXlsx(wb: ExcelJS.Workbook, options: XlsxScoreOptions = {}): XlsxScore {
  const found = options.sheet === undefined ? indicatorSheets(wb)[0] : indicatorSheets(wb).find((f) => f.worksheet.name === options.sheet);
  const lang = options.lang ?? 'zh';
  return found ? scoreSheet(wb, found, options) : unscored(wb, options.sheet === undefined ? undefined : wb.getWorksheet(options.sheet), lang);
}

/**
 * Puts back every cell scoring wrote, on every sheet it scored, as the backups recorded them
 * (keeping what a person changed since), and the print setup and appended column's format, and
 * removes the backups. A cell still as scoring left it
 * gets back the very element and note the file held; one a person changed since is given the
 * recorded state. Returns the number of cells restored (0 when there is no backup).
 */
export function restoreXlsx(wb: ExcelJS.Workbook): number {
  let store = readStore(wb);
  const pkg = PACKAGES.get(wb);
  let restored = 0;
  for (const backup of store.backups) {
    const ws = wb.getWorksheet(backup.sheet);
    if (!ws) continue;
    const current = new Map<string, CellState>();
    for (const e of backup.entries) current.set(`${e.row}:${e.col}`, cellState(ws.getCell(e.row + 1, e.col + 1)));
    const writes = planRestore(backup, current);
    const editor = pkg?.sheet(ws.name) ?? null;
    // Before the cells: a cell given its recorded state takes its column's style as it was.
    if (pkg && editor) restorePrint(pkg, editor, backup.print);
    const exact: CellWrite[] = [];
    const stated: CellWrite[] = [];
    (backup.entries as readonly XlsxBackupEntry[]).forEach((e, i) => {
      const now = current.get(`${e.row}:${e.col}`)!;
      if (editor && e.xlsx && sameState(now, e.written)) {
        putBackCell(editor, e.row, e.col, e.xlsx);
        exact.push(writes[i]);
      } else stated.push(writes[i]);
    });
    for (const w of exact) applyState(ws.getCell(w.row + 1, w.col + 1), w.state);
    writeCells(wb, ws, stated);
    if (exact.length) pkg?.recalculateOnOpen();
    restored += writes.length;
    store = withBackup(store, backup.sheet, null);
  }
  if (restored || readStore(wb).backups.length) saveStore(wb, store);
  return restored;
}

/**
 * The workbook as file bytes: for one loaded from a file, that file's package with only the changes
 * scoring and restoring made (every other part as it was); else ExcelJS's rendering.
 */
export async function xlsxBytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  const pkg = PACKAGES.get(wb);
  return pkg ? pkg.toBuffer() : Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Writes the workbook (see xlsxBytes) to a temporary file beside `file`, synced and renamed over it. */
export async function saveXlsx(wb: ExcelJS.Workbook, file: string): Promise<void> {
  await writeFileAtomic(file, withMark(await xlsxBytes(wb)), { replace: true });
}
