// The one read: everything scoring or restoring needs, in one batch (in parts beyond Excel's 5 MB),
// and where each note stands.
import {
  NOTE_MARKER,
  backupFor,
  EMPTY_STORE,
  storeFromChunks,
  type BackupStore,
  BACKUP_SHEET,
  toA1,
  isBasicDataSheetName,
  type Backup,
  type CellState,
  type CellValue,
  type CellWrite,
  type SheetGrid,
  BASIC_DATA_SHEET_NAMES,
  titleRowsOf,
  type ColumnFormat,
  type PageRead,
  cellKey,
} from '../core';
import { areaOf, coreValue, FILL_WHOLE, fillOf, fromExcel } from './cells';
import { busyOf, isPayloadLimit } from './errors';
import type { ExcelHost, NotesVia } from './host';
import { inParts, type Shape } from './inParts';
import { queueNoteHandles, type NoteHandle } from './noteHandles';
import { queueCells, queueUsedRange, type Cells, type Printed } from './readCells';

const RANGE_FIELDS = 'values,valueTypes,numberFormat,rowIndex,columnIndex';

/** What the read gives, however many batches it took. */
interface RawRead {
  /** Worksheet.id: every batch after the first finds the sheet by it, not as the active sheet. */
  id: string;
  name: string;
  isProtected: boolean;
  workbookState: WorkbookState;
  origin: { row: number; col: number };
  cells: Cells;
  basicData?: SheetGrid;
  sheetNames: string[];
  /** The workbook's visible sheets, in tab order (when scoring). */
  visibleSheets: string[];
  store: BackupStore;
  backupExists: boolean;
  notes: NoteHandle[];
  page: PageRead | null;
  nextColumn: NextColumn | null;
}

/** The column right of the used range, where a 扣分原因 column would be appended, and its format now. */
export interface NextColumn {
  readonly col: number;
  /** Its cells beside the used range (`J1:J26`): the range whose format is read, set and restored. */
  readonly address: string;
  readonly now: ColumnFormat;
}

function gridOf(name: string, range: Excel.Range): SheetGrid {
  return {
    name,
    origin: { row: range.rowIndex, col: range.columnIndex },
    values: range.values.map((line, r) => line.map((v, c) => coreValue(v, range.numberFormat[r]?.[c], range.valueTypes[r]?.[c]))),
    numberFormats: range.numberFormat.map((line) => line.map((f) => (f === undefined ? null : String(f)))),
  };
}

/** Why the workbook as a whole takes no change now; checked before anything is written. */
export type WorkbookState = 'writable' | 'structure-protected' | 'read-only';

/** The sheet's print setup, asked in the same batch as everything else (ExcelApi 1.9). */
interface PageProbe {
  layout: Excel.PageLayout;
  titles: Excel.Range;
  area: Excel.RangeAreas;
}

function queuePage(sheet: Excel.Worksheet, host: ExcelHost): PageProbe | null {
  if (!host.isSetSupported('ExcelApi', '1.9')) return null;
  const layout = sheet.pageLayout.load('orientation,zoom,paperSize');
  const titles = layout.getPrintTitleRowsOrNullObject().load('address');
  const area = layout.getPrintAreaOrNullObject().load('address');
  return { layout, titles, area };
}

function pageOf(p: PageProbe | null): PageRead | null {
  if (!p) return null;
  const z = p.layout.zoom;
  return {
    orientation: p.layout.orientation === 'Landscape' ? 'Landscape' : 'Portrait',
    zoom: { scale: z.scale ?? null, horizontalFitToPages: z.horizontalFitToPages ?? null, verticalFitToPages: z.verticalFitToPages ?? null },
    titleRows: p.titles.isNullObject ? null : titleRowsOf(p.titles.address),
    printArea: !p.area.isNullObject,
    ...(p.layout.paperSize ? { paper: p.layout.paperSize } : {}),
  };
}

/** The format of the column right of the used range (Range.getColumnsAfter, ExcelApi 1.2). */
function queueNextColumn(used: Excel.Range): Excel.RangeFormat {
  return used.getColumnsAfter(1).format.load('columnWidth,wrapText');
}

function nextColumnOf(used: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }, format: Excel.RangeFormat | null): NextColumn | null {
  if (!format) return null;
  const col = used.columnIndex + used.columnCount;
  const address = `${toA1(used.rowIndex, col)}:${toA1(used.rowIndex + used.rowCount - 1, col)}`;
  return { col, address, now: { width: format.columnWidth ?? null, wrap: format.wrapText ?? null } };
}

interface Common {
  sheet: Excel.Worksheet;
  protection: Excel.WorksheetProtection;
  structure: Excel.WorkbookProtection | null;
  workbook: Excel.Workbook | null;
  sheets: Excel.WorksheetCollection;
  basic: { sheet: Excel.Worksheet; range: Excel.Range }[];
  backupSheet: Excel.Worksheet;
  page: PageProbe | null;
}

/** The small things every read needs: the sheet, its protection, 基础数据, the backup sheet. */
function queueCommon(context: Excel.RequestContext, host: ExcelHost, forScoring: boolean): Common {
  const sheets = context.workbook.worksheets;
  const sheet = sheets.getActiveWorksheet();
  sheet.load('id,name');
  const protection = sheet.protection;
  protection.load('protected');
  // Scoring adds (and restore deletes) the backup sheet, which a protected structure forbids; a
  // read-only workbook would lose the scores and their backup on closing.
  const structure = host.isSetSupported('ExcelApi', '1.7') ? context.workbook.protection.load('protected') : null;
  const workbook = host.isSetSupported('ExcelApi', '1.8') ? context.workbook.load('readOnly') : null;
  const common: Common = { sheet, protection, structure, workbook, sheets, basic: [], backupSheet: sheets.getItemOrNullObject(BACKUP_SHEET), page: queuePage(sheet, host) };
  common.backupSheet.load('name');
  if (forScoring) {
    sheets.load('items/name,items/visibility');
    for (const name of BASIC_DATA_SHEET_NAMES) {
      const s = sheets.getItemOrNullObject(name);
      s.load('name');
      const range = s.getUsedRangeOrNullObject(true);
      range.load(RANGE_FIELDS);
      common.basic.push({ sheet: s, range });
    }
  }
  return common;
}

function workbookStateOf(common: Common): WorkbookState {
  if (common.structure?.protected) return 'structure-protected';
  return common.workbook?.readOnly ? 'read-only' : 'writable';
}

function commonPart(common: Common, forScoring: boolean) {
  const probe = common.basic.find((b) => !b.sheet.isNullObject && !b.range.isNullObject);
  return {
    id: common.sheet.id,
    name: common.sheet.name,
    isProtected: common.protection.protected,
    workbookState: workbookStateOf(common),
    basicData: probe ? gridOf(probe.sheet.name, probe.range) : undefined,
    sheetNames: forScoring ? common.sheets.items.map((s) => s.name) : [],
    visibleSheets: forScoring ? common.sheets.items.filter((s) => s.visibility === 'Visible').map((s) => s.name) : [],
    backupExists: !common.backupSheet.isNullObject,
    page: pageOf(common.page),
  };
}

/** Every scored sheet's backup: its column A, whole with the first batch, or 32 rows a batch after it. */
function queueStore(context: Excel.RequestContext, backupSheet: Excel.Worksheet, shape: Shape): () => Promise<BackupStore> {
  const whole = shape.kind === 'one-batch';
  const used = backupSheet.getUsedRangeOrNullObject(true);
  used.load(whole ? 'values' : 'rowIndex,rowCount');
  return async () => {
    if (used.isNullObject) return EMPTY_STORE;
    if (whole) return storeFromChunks(used.values.map((l) => l[0]));
    const chunks: unknown[] = [];
    await inParts(context, used.rowCount, 32, (start, count) => {
      const range = backupSheet.getRange(`A${used.rowIndex + start + 1}:A${used.rowIndex + start + count}`);
      range.load('values');
      return () => chunks.push(...range.values.map((l) => l[0]));
    });
    return storeFromChunks(chunks);
  };
}

/**
 * The one read: the sheet's facts, then its cells, the backup, the notes, each asked as `shape` says —
 * with the facts in the first batch, or sized there and read in parts after it.
 */
async function readRaw(context: Excel.RequestContext, host: ExcelHost, via: NotesVia, forScoring: boolean, nextColumn: boolean, shape: Shape): Promise<RawRead> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  const used = queueUsedRange(sheet, host.isSetSupported('ExcelApi', '1.9'), shape);
  const common = queueCommon(context, host, forScoring);
  const next = nextColumn ? queueNextColumn(used) : null;
  // After the first batch, the sheet is the one read, even if the person has clicked another tab since.
  let pinnedSheet: Excel.Worksheet | undefined;
  const pinned = () => (pinnedSheet ??= common.sheets.getItem(common.sheet.id));
  const cells = queueCells({ context, host, used, pinned, forScoring }, shape);
  const store = queueStore(context, common.backupSheet, shape);
  const notes = queueNoteHandles(context, via, { sheet, pinned }, shape);
  await context.sync();
  const facts = { ...commonPart(common, forScoring), origin: { row: used.rowIndex, col: used.columnIndex }, nextColumn: nextColumnOf(used, next) };
  // Then what each still asks, in turn.
  return { ...facts, cells: await cells(), store: await store(), notes: await notes() };
}

export interface SheetRead {
  /** The host has getCellProperties/setCellProperties (ExcelApi 1.9): fills are read and set whole. */
  cellProperties: boolean;
  id: string;
  name: string;
  isProtected: boolean;
  workbookState: WorkbookState;
  grid: SheetGrid;
  /** The cells' values as Excel holds them (dates as serial numbers), for the backup and restore. */
  cellValues: CellValue[][];
  fills: Map<string, string>;
  /** Every scored sheet's backup, and this sheet's. */
  store: BackupStore;
  backup: Backup | null;
  backupExists: boolean;
  basicData?: SheetGrid;
  notes: Map<string, NoteHandle>;
  /** Groups of cells whose notes share one text, placed in an arbitrary order. */
  interchangeable: string[][];
  /** The print setup; null below ExcelApi 1.9, where it is neither read nor set. */
  page: PageRead | null;
  /** Where an asked-for 扣分原因 column would go, when it was asked for. */
  nextColumn: NextColumn | null;
  /** What the print scale is measured from (see Cells). */
  printed: Printed | null;
  /** The workbook's visible sheets (when scoring): the others the pane may offer. */
  visibleSheets: string[];
}

/** The core's view of the sheet, and the notes that still need locating. */
function collect(raw: RawRead, cellProperties: boolean): { read: SheetRead; unplaced: NoteHandle[] } {
  const { origin, cells } = raw;
  const values = cells.values.map((line, r) => line.map((v, c) => coreValue(v, cells.numberFormat[r]?.[c], cells.valueTypes[r]?.[c])));
  const grid: SheetGrid = {
    name: raw.name,
    origin,
    values,
    numberFormats: cells.numberFormat.map((line) => line.map((f) => (f === undefined || f === null ? null : String(f)))),
    formulas: values.map((line, r) => line.map((_, c) => cells.formulas.get(cellKey(origin.row + r, origin.col + c)) ?? null)),
    merges: [...cells.merges.values()],
  };
  const backup = backupFor(raw.store, raw.name);
  const { unplaced, ...placed } = placedByBackup(raw.notes, backup);
  const read: SheetRead = {
    cellProperties,
    id: raw.id,
    name: raw.name,
    isProtected: raw.isProtected,
    workbookState: raw.workbookState,
    grid,
    cellValues: cells.values.map((line, r) => line.map((v, c) => fromExcel(v, cells.valueTypes[r]?.[c]))),
    fills: cells.fills,
    store: raw.store,
    backup,
    backupExists: raw.backupExists,
    basicData: raw.basicData,
    ...placed,
    page: raw.page,
    nextColumn: raw.nextColumn,
    printed: cells.printed,
    visibleSheets: raw.visibleSheets,
  };
  return { read, unplaced };
}

/** The notes by cell, the groups of cells whose notes are interchangeable, and the notes whose cell is still to ask. */
type Placed = Pick<SheetRead, 'notes' | 'interchangeable'> & { unplaced: NoteHandle[] };

/**
 * Our notes are placed by the backup (the text we left on each cell); any other needs its location.
 * Notes with the same text (the same deduction in several rows) are placed on the backup's cells for
 * that text in any order; they are interchangeable unless the writes give them different texts.
 */
function placedByBackup(handles: readonly NoteHandle[], backup: Backup | null): Placed {
  const placedBy = new Map<string, string[]>();
  for (const e of backup?.entries ?? []) {
    if (e.written.note !== null) placedBy.set(e.written.note, [...(placedBy.get(e.written.note) ?? []), cellKey(e.row, e.col)]);
  }
  const byText = new Map<string, NoteHandle[]>();
  for (const h of handles) byText.set(h.text, [...(byText.get(h.text) ?? []), h]);
  const placed: Placed = { notes: new Map(), interchangeable: [], unplaced: [] };
  for (const [text, same] of byText) {
    const cells = text.includes(NOTE_MARKER) ? (placedBy.get(text) ?? []) : [];
    if (cells.length !== same.length) {
      placed.unplaced.push(...same);
      continue;
    }
    same.forEach((h, i) => placed.notes.set(cells[i], h));
    if (cells.length > 1) placed.interchangeable.push(cells);
  }
  return placed;
}

/**
 * A note that is not ours (or that our backup cannot place) has no address until it is asked for:
 * office-js gives notes and comments no address property, only getLocation(). One more read finds them.
 */
async function locateNotes(context: Excel.RequestContext, read: SheetRead, unplaced: NoteHandle[]): Promise<void> {
  if (unplaced.length === 0) return;
  const located: { h: NoteHandle; range: Excel.Range }[] = [];
  await inParts(context, unplaced.length, unplaced.length, (start, count) => {
    const part = unplaced.slice(start, start + count).map((h) => {
      const range = h.kind === 'note' ? h.note.getLocation() : h.comment.getLocation();
      range.load('address');
      return { h, range };
    });
    return () => located.push(...part);
  });
  for (const { h, range } of located) {
    const a = areaOf(range.address);
    if (a) read.notes.set(cellKey(a.top, a.left), h);
  }
}

/**
 * Notes placed in an arbitrary order within a group of equal texts are fine as long as every cell of
 * the group gets the same new text; otherwise their real cells are asked for (one more read).
 */
export async function settleInterchangeable(context: Excel.RequestContext, read: SheetRead, writes: readonly CellWrite[]): Promise<void> {
  const wanted = new Map<string, string | null>();
  for (const w of writes) wanted.set(cellKey(w.row, w.col), w.state.note);
  const doubtful = read.interchangeable.filter((cells) => {
    const texts = new Set(cells.map((k) => (wanted.has(k) ? wanted.get(k) : read.notes.get(k)!.text)));
    return texts.size > 1;
  });
  if (doubtful.length === 0) return;
  const handles = doubtful.flat().map((k) => read.notes.get(k)!);
  for (const k of doubtful.flat()) read.notes.delete(k);
  await locateNotes(context, read, handles);
}

/** `nextColumn`: read the format of the column right of the table too (a 扣分原因 column was asked for). */
export async function readSheet(context: Excel.RequestContext, host: ExcelHost, via: NotesVia, forScoring: boolean, nextColumn = false): Promise<SheetRead> {
  let raw: RawRead;
  try {
    raw = await readRaw(context, host, via, forScoring, nextColumn, { kind: 'one-batch' });
  } catch (e) {
    // Too big for one batch: Excel's payload limit, or (as it tells no more) more than 512 merged
    // areas. A read changes nothing, so it is simply asked again in parts; a real fault fails again there.
    if (busyOf(e) === 'cell-edit') throw e;
    raw = await readRaw(context, host, via, forScoring, nextColumn, { kind: 'in-parts', firstRows: isPayloadLimit(e) ? 'half' : 'all' });
  }
  const { read, unplaced } = collect(raw, host.isSetSupported('ExcelApi', '1.9'));
  if (forScoring && !read.basicData) {
    // A basic-data sheet spelled differently (`基础数据 `, full-width letters): read it now.
    const other = raw.sheetNames.find((n) => isBasicDataSheetName(n) && !BASIC_DATA_SHEET_NAMES.includes(n));
    if (other) {
      const range = context.workbook.worksheets.getItem(other).getUsedRangeOrNullObject(true);
      range.load(RANGE_FIELDS);
      await context.sync();
      if (!range.isNullObject) read.basicData = gridOf(other, range);
    }
  }
  await locateNotes(context, read, unplaced);
  return read;
}

/**
 * The whole fill of the cells whose fill the writes change and that a person filled (not with our
 * mark): the first read asked only colour and pattern, which leave out a tint and a pattern's colour.
 * One more sync, only when there are such cells; false when there were none.
 */
export async function readWholeFills(
  context: Excel.RequestContext,
  host: ExcelHost,
  read: SheetRead,
  writes: readonly CellWrite[],
  stateAt: (row: number, col: number) => CellState,
): Promise<boolean> {
  if (!host.isSetSupported('ExcelApi', '1.9')) return false;
  const ours = new Set((read.backup?.entries ?? []).map((e) => `${cellKey(e.row, e.col)}=${e.written.fill}`));
  const cells = writes.filter((w) => {
    const now = stateAt(w.row, w.col).fill;
    return now !== null && now !== w.state.fill && !ours.has(`${cellKey(w.row, w.col)}=${now}`);
  });
  if (cells.length === 0) return false;
  const sheet = context.workbook.worksheets.getItem(read.id);
  const props = cells.map((w) => sheet.getRange(w.address).getCellProperties({ format: { fill: FILL_WHOLE } }));
  await context.sync();
  cells.forEach((w, i) => {
    const f = fillOf(props[i].value[0][0]);
    if (f === null) read.fills.delete(cellKey(w.row, w.col));
    else read.fills.set(cellKey(w.row, w.col), f);
  });
  return true;
}

export function stateAtOf(read: SheetRead, via: NotesVia): (row: number, col: number) => CellState {
  const { grid } = read;
  const origin = grid.origin ?? { row: 0, col: 0 };
  return (row, col) => {
    const r = row - origin.row;
    const c = col - origin.col;
    const inside = r >= 0 && c >= 0 && r < grid.values.length && c < (grid.values[r]?.length ?? 0);
    const formula = inside ? grid.formulas?.[r]?.[c] : null;
    return {
      value: inside ? read.cellValues[r][c] : null,
      formula: typeof formula === 'string' ? formula : null,
      numberFormat: inside ? (grid.numberFormats?.[r]?.[c] ?? 'General') : 'General',
      fill: read.fills.get(cellKey(row, col)) ?? null,
      note: via === 'reason-column' ? null : (read.notes.get(cellKey(row, col))?.text ?? null),
    };
  };
}

