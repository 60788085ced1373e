// The .xlsx adapter: opens a workbook file, hands its cells to the core, applies the core's writes,
// print setup and backup, and undoes them. Every decision (what to write, what to keep) is the core's.
//
// The file is read by our own reader (./read, over the parts the loading step checked) and written
// by patching its package (./patch): one parse of each part read, none of the others, and no
// workbook model of every cell (README, 读写 .xlsx 的选择, gives the figures behind the choice).
import { closeSync, fstatSync, openSync, readFileSync } from 'fs';
import { backupFor, closestToTable, MARK_FILLS, planRestore, PRINTABLE_MARK_FILLS, scoreForWriteback, scoreWorkbook, toA1, withBackup } from '../core';
import type { Backup, BackupEntry, CellState, CellWrite, Lang, ScoreResult, SheetGrid } from '../core';
import { BACKUP_SHEET, readStore, writeStore } from './backup';
import { indicatorSheets } from './grid';
import type { FoundSheets } from './grid';
import { inspectXlsx, LIMITS } from './guard';
import type { GuardPass, GuardProblem } from './guard';
import { CONVERT_TIMEOUT_MS, ConvertError, convertToXlsx } from './convert';
import { XmlSyntaxError } from './patch/xml';
import { XlsxPackage } from './patch/package';
import type { SheetEditor } from './patch/package';
import { putBackCell, rawCell, writeCellState } from './patch/cells';
import type { RawCell } from './patch/cells';
import { withMark } from './mark';
import { restorePrint, scorePrint } from './print';
import { writeFileAtomic } from './safeWrite';

export { BACKUP_SHEET, readStore } from './backup';
export { findSheets, indicatorSheets, sheetToGrid } from './grid';
export type { SheetEditor, XlsxPackage } from './patch/package';
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

/** The file each workbook was loaded from and its format, for naming it when a part turns out unreadable. */
const FILES = new WeakMap<XlsxPackage, { file: string; facts: XlsxFileFacts }>();

/** The empty formatted rows `loadXlsx` left out of this workbook's reading (none for most workbooks). */
export function trimmedRows(wb: XlsxPackage): readonly TrimmedRows[] {
  return wb.trimmed.map((t) => ({ sheet: wb.sheetNames.get(t.part) ?? t.part, firstRow: t.firstRow, rows: t.rows }));
}

/**
 * The file's bytes, refused before reading when it is not a file or passes the size limit. Read
 * synchronously: the workbook is parsed at once on this thread anyway, and an asynchronous read
 * would wait in node's pool of I/O threads — shared by every thread of the process — behind the
 * disk syncs of the outputs being written (a folder run measured 5 ms a file of such waiting).
 */
function readWhole(file: string): Buffer {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    throw new XlsxFileError('not-found', file, (e as Error).message);
  }
  let data: Buffer;
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new XlsxFileError('not-a-file', file);
    if (stat.size > LIMITS.fileBytes) throw new XlsxFileError('too-large', file, undefined, { count: stat.size, limit: LIMITS.fileBytes });
    data = readFileSync(fd);
  } catch (e) {
    if (e instanceof XlsxFileError) throw e;
    throw new XlsxFileError('not-found', file, (e as Error).message);
  } finally {
    closeSync(fd);
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

/** The checked parts as a package, read each when first needed; a workbook without worksheets is refused. */
function opened(checked: GuardPass, file: string, format: WorkbookFormat): XlsxPackage {
  const facts: XlsxFileFacts = format !== 'xlsx' ? { format } : {};
  const wb = new XlsxPackage(checked);
  FILES.set(wb, { file, facts });
  if (reading(wb, () => wb.worksheets.length) === 0) throw new XlsxFileError('corrupt', file, 'no worksheets', facts);
  return wb;
}

/** An .xlsx/.xlsm file's bytes as a package: a renamed .xls, an encrypted workbook or a text file is named for what it is. */
function openXlsx(data: Buffer, file: string): XlsxPackage {
  if (data.subarray(0, 8).equals(OLE2)) throw new XlsxFileError(data.indexOf(ENCRYPTED_PACKAGE) >= 0 ? 'encrypted' : 'ole2', file);
  if (!data.subarray(0, 4).equals(ZIP)) throw new XlsxFileError('not-zip', file);
  return opened(inspected(data, file, 'xlsx'), file, 'xlsx');
}

/**
 * Reads an .xlsx/.xlsm workbook file, defensively. The signature is checked first, so a renamed .xls,
 * an encrypted workbook (both OLE2 containers) or a text file is named for what it is; then the zip is
 * examined and unpacked within the limits of `./guard` (no zip bombs, no DOCTYPE, bounded rows,
 * cells and merges); only the parts so checked are read, each when first needed. Its cells read as
 * the file held them: scoring and restoring change what `xlsxBytes` writes, not what they read (its
 * backup store alone reads as last written, so that each sheet scored adds to it).
 */
export async function loadXlsx(file: string): Promise<XlsxPackage> {
  return openXlsx(readWhole(file), file);
}

export interface LoadWorkbookOptions {
  /** LibreOffice, to convert .xls/.et/.ods with; null when there is none. */
  readonly converter: string | null;
  readonly timeoutMs?: number;
}

export interface LoadedWorkbook {
  readonly workbook: XlsxPackage;
  readonly format: WorkbookFormat;
}

/**
 * Reads a workbook file of any format the scorer takes: .xlsx/.xlsm as loadXlsx does; .xls, .et and
 * .ods converted to .xlsx by LibreOffice (`./convert`), after the same size limit and, for an .ods
 * (a zip too), the same zip defences — and the .xlsx it gives is held to every limit of the loading
 * step before it is read. The workbook patched and written is that .xlsx.
 */
export async function loadWorkbook(file: string, options: LoadWorkbookOptions): Promise<LoadedWorkbook> {
  const data = readWhole(file);
  const format = formatOf(data, file);
  if (format === 'xlsx' || format === null) return { workbook: openXlsx(data, file), format: 'xlsx' };
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
  return { workbook: opened(inspected(converted, file, format), file, format), format };
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
 * Writes cells into the sheet's part (and its notes and the style sheet); the cells of column
 * `wrapped` (an appended 扣分原因 column) wrap their text. Returns the states actually written (a
 * note kept for a threaded comment) and the cells as they were.
 */
function writeCells(wb: XlsxPackage, editor: SheetEditor, writes: readonly CellWrite[], wrapped?: number): { written: Map<string, CellState>; raw: Map<string, RawCell>; before: Map<string, CellState>; threaded: string[] } {
  const written = new Map<string, CellState>();
  const raw = new Map<string, RawCell>();
  const before = new Map<string, CellState>();
  const threaded: string[] = [];
  let formulas = false;
  for (const w of writes) {
    const now = editor.state(w.row, w.col);
    const key = `${w.row}:${w.col}`;
    before.set(key, now);
    let state = w.state;
    raw.set(key, rawCell(editor, w.row, w.col));
    const outcome = writeCellState(wb, editor, w.row, w.col, now, w.state, w.col === wrapped);
    if (outcome.noteKept) {
      state = { ...state, note: now.note };
      threaded.push(toA1(w.row, w.col));
    }
    formulas ||= outcome.formulaChanged;
    written.set(key, state);
  }
  if (writes.length) {
    wb.recalculateOnOpen();
    if (formulas) wb.dropCalcChain();
  }
  return { written, raw, before, threaded };
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

/** Runs a step that reads parts of the file: XML that is not well formed makes the file unreadable. */
function reading<T>(wb: XlsxPackage, step: () => T): T {
  try {
    return step();
  } catch (e) {
    if (e instanceof XmlSyntaxError) {
      const loaded = FILES.get(wb);
      throw new XlsxFileError('corrupt', loaded?.file ?? '', e.message, loaded?.facts);
    }
    throw e;
  }
}

/** The sheet closest to holding a table, scored only to say what it lacks; nothing is written. */
function unscored(wb: XlsxPackage, only: SheetEditor | undefined, lang: Lang): XlsxScore {
  const grids = (only ? [only] : wb.worksheets.filter((ws) => ws.name !== BACKUP_SHEET)).map((ws) => ws.grid());
  const grid = closestToTable(grids) ?? grids[0] ?? wb.worksheets[0].grid();
  return { result: scoreWorkbook({ indicatorSheet: grid }, { lang }), grid, writes: 0, threadedCells: [] };
}

/** Scores one indicator sheet and writes its scores, marks, notes, print setup and backup into the package. */
function scoreSheet(wb: XlsxPackage, found: FoundSheets, options: XlsxScoreOptions): XlsxScore {
  const lang = options.lang ?? 'zh';
  const ws = found.worksheet;
  const store = readStore(wb);
  const previous = backupFor(store, ws.name);
  const { result, writeback } = scoreForWriteback(found.workbook, (row, col) => ws.state(row, col), previous, {
    fills: PRINTABLE_MARK_FILLS,
    overwriteFormulas: options.overwriteFormulas ?? false,
    lang,
    appendReasonColumn: options.appendReasonColumn ?? false,
  });
  // Before the cells: a cell written into the appended column takes that column's style.
  const lastRow = found.workbook.indicatorSheet.values.length - 1;
  const print = result.layout && result.rows.length ? scorePrint(wb, ws, result.layout, writeback.appendedColumn, lastRow, previous?.print) : undefined;
  const cells = writeCells(wb, ws, writeback.writes, writeback.appendedColumn);
  writeStore(wb, withBackup(store, ws.name, { ...withRawCells(writeback.backup, previous, cells), ...(print ? { print } : {}) }));
  return { result, grid: found.workbook.indicatorSheet, writes: writeback.writes.length, threadedCells: cells.threaded };
}

/**
 * Scores every indicator sheet of the workbook (or only `options.sheet`) in memory and writes each
 * one's scores, marks, notes and backup into it (the backup keeps one record per sheet). When no
 * sheet holds an indicator table, the sheet closest to one is scored only to say why, and nothing
 * is written.
 */
export function scoreXlsxSheets(wb: XlsxPackage, options: XlsxScoreOptions = {}): XlsxSheetsScore {
  return reading(wb, () => {
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
  });
}

/** Scores the workbook's first indicator sheet (or `options.sheet`), as scoreXlsxSheets does. */
export function scoreXlsx(wb: XlsxPackage, options: XlsxScoreOptions = {}): XlsxScore {
  return reading(wb, () => {
    const all = indicatorSheets(wb);
    const found = options.sheet === undefined ? all[0] : all.find((f) => f.worksheet.name === options.sheet);
    const lang = options.lang ?? 'zh';
    return found ? scoreSheet(wb, found, options) : unscored(wb, options.sheet === undefined ? undefined : (wb.sheet(options.sheet) ?? undefined), lang);
  });
}

/**
 * Puts back every cell scoring wrote, on every sheet it scored, as the backups recorded them
 * (keeping what a person changed since), and the print setup and appended column's format, and
 * removes the backups. A cell still as scoring left it gets back the very element and note the file
 * held; one a person changed since is given the recorded state. Returns the number of cells
 * restored (0 when there is no backup).
 */
export function restoreXlsx(wb: XlsxPackage): number {
  return reading(wb, () => {
    const initial = readStore(wb);
    let store = initial;
    let restored = 0;
    for (const backup of initial.backups) {
      const editor = wb.sheet(backup.sheet);
      if (!editor) continue;
      const current = new Map<string, CellState>();
      for (const e of backup.entries) current.set(`${e.row}:${e.col}`, editor.state(e.row, e.col));
      const writes = planRestore(backup, current);
      // Before the cells: a cell given its recorded state takes its column's style as it was.
      restorePrint(wb, editor, backup.print);
      const stated: CellWrite[] = [];
      let exact = false;
      (backup.entries as readonly XlsxBackupEntry[]).forEach((e, i) => {
        const now = current.get(`${e.row}:${e.col}`)!;
        if (e.xlsx && sameState(now, e.written)) {
          putBackCell(editor, e.row, e.col, e.xlsx);
          exact = true;
        } else stated.push(writes[i]);
      });
      writeCells(wb, editor, stated);
      if (exact) wb.recalculateOnOpen();
      restored += writes.length;
      store = withBackup(store, backup.sheet, null);
    }
    if (restored || initial.backups.length) writeStore(wb, store);
    return restored;
  });
}

/** The workbook as file bytes: the file's package with only the changes scoring and restoring made. */
export function xlsxBytes(wb: XlsxPackage): Buffer {
  return wb.toBuffer();
}

/** Writes the workbook (see xlsxBytes) to a temporary file beside `file`, synced and renamed over it. */
export async function saveXlsx(wb: XlsxPackage, file: string): Promise<void> {
  await writeFileAtomic(file, withMark(xlsxBytes(wb)), { replace: true });
}
