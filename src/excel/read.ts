// The one read: everything scoring or restoring needs, in one batch (in parts beyond Excel's 5 MB).
import {
  joinNote,
  NOTE_MARKER,
  backupFor,
  EMPTY_STORE,
  storeFromChunks,
  type BackupStore,
  BACKUP_SHEET,
  splitNote,
  toA1,
  isBasicDataSheetName,
  type Area,
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
import { areaOf, coreValue, FILL_BRIEF, FILL_WHOLE, fillOf, fromExcel } from './cells';
import { busyOf, isPayloadLimit } from './errors';
import type { ExcelHost, NotesVia } from './host';
import { COMMAND_BYTES, REQUEST_BUDGET } from './payload';

/** A note or comment thread on the indicator sheet, as this adapter sees it. */
export type NoteHandle =
  | { kind: 'note'; note: Excel.Note; text: string }
  | { kind: 'our-thread'; comment: Excel.Comment; text: string }
  | { kind: 'person-thread'; comment: Excel.Comment; person: string; ours: Excel.CommentReply | null; text: string };

function noteHandle(note: Excel.Note): NoteHandle {
  return { kind: 'note', note, text: note.content };
}

/** A thread's text as a note's: the person's comment, then our reply's text below our marker. */
export const threadText = (comment: Excel.Comment): string => threadHandle(comment).text;

/** Our comment is a thread we started (it opens with our marker) or our reply in a person's thread. */
function threadHandle(comment: Excel.Comment): NoteHandle {
  if (comment.content.startsWith(NOTE_MARKER)) return { kind: 'our-thread', comment, text: comment.content };
  const ours = comment.replies.items.find((r) => r.content.startsWith(NOTE_MARKER)) ?? null;
  const text = joinNote(comment.content, ours ? splitNote(ours.content).ours : null)!;
  return { kind: 'person-thread', comment, person: comment.content, ours, text };
}

/**
 * Threads are read with notes too: a cell holds a note or a thread, never both, and a person's
 * "New Comment" (the default kind in Microsoft 365) on a cell we mark must not make our note fail.
 */
const loadsThreads = (via: NotesVia) => via !== 'reason-column';

export const COMMENT_FIELDS = 'id,content,authorName,replies/items/id,replies/items/content';
const RANGE_FIELDS = 'values,valueTypes,numberFormat,rowIndex,columnIndex';

/** What the read gives, however many batches it took. */
interface RawRead {
  /** Worksheet.id: every batch after the first finds the sheet by it, not as the active sheet. */
  id: string;
  name: string;
  isProtected: boolean;
  workbookState: WorkbookState;
  origin: { row: number; col: number };
  values: unknown[][];
  numberFormat: unknown[][];
  valueTypes: unknown[][];
  formulas: Map<string, string>;
  fills: Map<string, string>;
  merges: Map<string, Area>;
  basicData?: SheetGrid;
  sheetNames: string[];
  /** The workbook's visible sheets, in tab order (when scoring). */
  visibleSheets: string[];
  store: BackupStore;
  backupExists: boolean;
  notes: NoteHandle[];
  page: PageRead | null;
  nextColumn: NextColumn | null;
  /** What the print scale is measured from; null where it was not read (below ExcelApi 1.9, or a sheet read in parts). */
  printed: Printed | null;
}

/** The used range's column widths (points) and each row's type size (null where the row mixes sizes), from its top-left cell (`origin`). */
export interface Printed {
  readonly widths: readonly number[];
  readonly sizes: readonly (number | null)[];
}

/** The column right of the used range, where a 扣分原因 column would be appended, and its format now. */
export interface NextColumn {
  readonly col: number;
  /** Its cells beside the used range (`J1:J26`): the range whose format is read, set and restored. */
  readonly address: string;
  readonly now: ColumnFormat;
}

function addFormulas(into: Map<string, string>, formulas: unknown[][], top: number, left: number): void {
  formulas.forEach((line, r) =>
    line.forEach((f, c) => {
      if (typeof f === 'string' && f.startsWith('=')) into.set(cellKey(top + r, left + c), f);
    }),
  );
}

function addAreaFormulas(into: Map<string, string>, areas: Excel.RangeAreas): void {
  if (areas.isNullObject) return;
  for (const area of areas.areas.items) {
    const a = areaOf(area.address);
    if (a) addFormulas(into, area.formulas, a.top, a.left);
  }
}

function addFills(into: Map<string, string>, props: unknown[][], top: number, left: number): void {
  props.forEach((line, r) =>
    line.forEach((p, c) => {
      const f = fillOf(p);
      if (f) into.set(cellKey(top + r, left + c), f);
    }),
  );
}

/** Each merged area from its own address (one long address string is not split apart). */
function addMerges(into: Map<string, Area>, areas: Excel.RangeAreas | undefined): void {
  if (!areas || areas.isNullObject) return;
  for (const range of areas.areas.items) {
    const a = areaOf(range.address);
    if (a) into.set(`${a.top}:${a.left}:${a.bottom}:${a.right}`, a);
  }
}

/**
 * getMergedAreasOrNullObject "will fail to return the result" above 512 merged areas
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)).
 * A block of at most 512 cells meets at most 512 areas, so a big range is asked block by block. Excel
 * gives a block only the areas whose top-left cell lies in it, each whole (OfficeDev/office-js#3611):
 * the blocks tile the used range, so every area is found once, by the block holding its top-left cell.
 */
function queueMergeBlocks(sheet: Excel.Worksheet, top: number, left: number, rows: number, cols: number): Excel.RangeAreas[] {
  const width = Math.min(cols, 16);
  const height = Math.max(1, Math.floor(512 / width));
  const blocks: Excel.RangeAreas[] = [];
  for (let r = top; r < top + rows; r += height) {
    for (let c = left; c < left + cols; c += width) {
      const bottom = Math.min(r + height, top + rows) - 1;
      const right = Math.min(c + width, left + cols) - 1;
      blocks.push(sheet.getRange(`${toA1(r, c)}:${toA1(bottom, right)}`).getMergedAreasOrNullObject().load('areas/items/address'));
    }
  }
  return blocks;
}

function gridOf(name: string, range: Excel.Range): SheetGrid {
  return {
    name,
    origin: { row: range.rowIndex, col: range.columnIndex },
    values: range.values.map((line, r) => line.map((v, c) => coreValue(v, range.numberFormat[r]?.[c], range.valueTypes[r]?.[c]))),
    numberFormats: range.numberFormat.map((line) => line.map((f) => (f === undefined ? null : String(f)))),
  };
}

/** The widths getColumnProperties gave (Excel's default, 48 points, where one is missing) and the rows' type sizes (null: mixed). */
function printedOf(columns: Excel.ColumnProperties[], rows: Excel.RowProperties[]): Printed {
  return { widths: columns.map((c) => c.format?.columnWidth ?? 48), sizes: rows.map((r) => r.format?.font?.size ?? null) };
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
  merges?: Excel.RangeAreas;
  basic: { sheet: Excel.Worksheet; range: Excel.Range }[];
  backupSheet: Excel.Worksheet;
  page: PageProbe | null;
}

/** The small things every read needs: the sheet, its protection, 基础数据, the backup sheet. */
/** `mergesOf`: the range whose merged areas to ask for at once, or null when they are read in blocks. */
function queueCommon(context: Excel.RequestContext, host: ExcelHost, forScoring: boolean, mergesOf: Excel.Range | null): Common {
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
    if (mergesOf && host.isSetSupported('ExcelApi', '1.13')) {
      common.merges = mergesOf.getMergedAreasOrNullObject();
      common.merges.load('areas/items/address');
    }
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

function mergesOf(areas: Excel.RangeAreas | undefined): Map<string, Area> {
  const merges = new Map<string, Area>();
  addMerges(merges, areas);
  return merges;
}

function commonPart(common: Common, forScoring: boolean) {
  const probe = common.basic.find((b) => !b.sheet.isNullObject && !b.range.isNullObject);
  return {
    id: common.sheet.id,
    name: common.sheet.name,
    isProtected: common.protection.protected,
    workbookState: workbookStateOf(common),
    merges: mergesOf(common.merges),
    basicData: probe ? gridOf(probe.sheet.name, probe.range) : undefined,
    sheetNames: forScoring ? common.sheets.items.map((s) => s.name) : [],
    visibleSheets: forScoring ? common.sheets.items.filter((s) => s.visibility === 'Visible').map((s) => s.name) : [],
    backupExists: !common.backupSheet.isNullObject,
    page: pageOf(common.page),
  };
}

/** Everything in one batch (two on hosts before ExcelApi 1.9, which load fills cell by cell). */
async function readAtOnce(context: Excel.RequestContext, host: ExcelHost, via: NotesVia, forScoring: boolean, nextColumn: boolean): Promise<RawRead> {
  const has19 = host.isSetSupported('ExcelApi', '1.9');
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  const used = sheet.getUsedRange();
  used.load(`${RANGE_FIELDS},rowCount,columnCount${has19 ? '' : ',formulas'}`);
  const common = queueCommon(context, host, forScoring, used);
  const next = nextColumn ? queueNextColumn(used) : null;
  const props = has19 ? used.getCellProperties({ format: { fill: FILL_BRIEF } }) : null;
  // For the print scale, in the same batch (ExcelApi 1.9): each column's width, each row's type (one
  // entry a row, not a cell, so that a sheet of 5,000 rows still answers under 5 MB).
  const columns = has19 && forScoring ? used.getColumnProperties({ format: { columnWidth: true } }) : null;
  const rows = has19 && forScoring ? used.getRowProperties({ format: { font: { size: true } } }) : null;
  const formulaAreas = has19 ? used.getSpecialCellsOrNullObject('Formulas') : null;
  formulaAreas?.load('areas/items/address,areas/items/formulas');
  const backupRange = common.backupSheet.getUsedRangeOrNullObject(true);
  backupRange.load('values');
  const notes = via === 'notes' ? sheet.notes.load('items/content') : null;
  const comments = loadsThreads(via) ? sheet.comments.load(COMMENT_FIELDS) : null;
  await context.sync();

  let perCell: Excel.RangeFill[][] | null = null;
  if (!has19) {
    perCell = [];
    for (let r = 0; r < used.rowCount; r++) {
      const line: Excel.RangeFill[] = [];
      for (let c = 0; c < used.columnCount; c++) line.push(used.getCell(r, c).format.fill.load('color'));
      perCell.push(line);
    }
    await context.sync();
  }
  const blocks = mergesInBlocks(common, used);
  if (blocks) await context.sync();
  const formulas = new Map<string, string>();
  if (formulaAreas) addAreaFormulas(formulas, formulaAreas);
  else addFormulas(formulas, used.formulas, used.rowIndex, used.columnIndex);
  const fills = new Map<string, string>();
  const fillRows: unknown[][] = props ? props.value : perCell!.map((line) => line.map((f) => ({ format: { fill: { color: f.color } } })));
  addFills(fills, fillRows, used.rowIndex, used.columnIndex);
  const raw = {
    ...commonPart(common, forScoring),
    origin: { row: used.rowIndex, col: used.columnIndex },
    values: used.values,
    numberFormat: used.numberFormat,
    valueTypes: used.valueTypes,
    formulas,
    fills,
    store: backupRange.isNullObject ? EMPTY_STORE : storeFromChunks(backupRange.values.map((l) => l[0])),
    notes: [...(notes?.items.map(noteHandle) ?? []), ...(comments?.items.map(threadHandle) ?? [])],
    nextColumn: nextColumnOf(used, next),
    printed: columns && rows ? printedOf(columns.value, rows.value) : null,
  };
  if (blocks) for (const areas of blocks) addMerges(raw.merges, areas);
  return raw;
}

/**
 * The merged areas again, block by block, when the one answer for the whole used range cannot be
 * trusted: above 512 areas Excel "will fail to return the result", and a null object then looks like
 * no merges at all. A range of at most 512 cells cannot hold more, so a null answer for one that small
 * is the truth. One more sync, only for a sheet above 512 cells with no merged area found at once.
 */
function mergesInBlocks(common: Common, used: Excel.Range): Excel.RangeAreas[] | null {
  if (!common.merges || !common.merges.isNullObject || used.rowCount * used.columnCount <= 512) return null;
  const pinned = common.sheets.getItem(common.sheet.id);
  return queueMergeBlocks(pinned, used.rowIndex, used.columnIndex, used.rowCount, used.columnCount);
}



/** Queues a part of `total` items per batch, halving a part whenever Excel finds its payload too big. */
async function inParts(context: Excel.RequestContext, total: number, first: number, queue: (start: number, count: number) => () => void): Promise<void> {
  let size = Math.max(1, first);
  let start = 0;
  while (start < total) {
    const count = Math.min(size, total - start);
    const done = queue(start, count);
    try {
      await context.sync();
    } catch (e) {
      if (isPayloadLimit(e) && count > 1) {
        size = Math.ceil(count / 2);
        continue;
      }
      throw e;
    }
    done();
    start += count;
  }
}

/**
 * The same read for a sheet beyond what one batch can carry (Excel's 5 MB payload, more than 512
 * merged areas): sizes first, then rows (with their merged areas, block by block), backup and notes
 * in parts. `whole`: try all rows in one part first (the payload was not the trouble).
 */
async function readInParts(context: Excel.RequestContext, host: ExcelHost, via: NotesVia, forScoring: boolean, nextColumn: boolean, whole: boolean): Promise<RawRead> {
  const has19 = host.isSetSupported('ExcelApi', '1.9');
  const mergesInBlocks = forScoring && host.isSetSupported('ExcelApi', '1.13');
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  const used = sheet.getUsedRange();
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  const common = queueCommon(context, host, forScoring, null);
  const next = nextColumn ? queueNextColumn(used) : null;
  const backupRange = common.backupSheet.getUsedRangeOrNullObject(true);
  backupRange.load('rowIndex,rowCount');
  const noteCount = via === 'notes' ? sheet.notes.getCount() : null;
  const threadCount = loadsThreads(via) ? sheet.comments.getCount() : null;
  await context.sync();
  // From here on the sheet is the one just read, even if the person has clicked another tab since.
  const pinned = common.sheets.getItem(common.sheet.id);

  const top = used.rowIndex;
  const left = used.columnIndex;
  const right = left + used.columnCount - 1;
  const raw: RawRead = {
    ...commonPart(common, forScoring),
    origin: { row: top, col: left },
    values: [],
    valueTypes: [],
    numberFormat: [],
    formulas: new Map(),
    fills: new Map(),
    store: EMPTY_STORE,
    notes: [],
    nextColumn: nextColumnOf(used, next),
    printed: null,
  };
  // Below ExcelApi 1.9 each cell's fill is a command of its own, so a part's request weighs as much as
  // its response: its rows are sized to stay under the budget rather than halved after a refusal.
  const rows = whole ? used.rowCount : Math.ceil(used.rowCount / 2);
  const first = has19 ? rows : Math.min(rows, Math.floor(REQUEST_BUDGET / (used.columnCount * COMMAND_BYTES)));
  await inParts(context, used.rowCount, first, (start, count) => {
    const r0 = top + start;
    const merged = mergesInBlocks ? queueMergeBlocks(pinned, r0, left, count, used.columnCount) : [];
    const range = pinned.getRange(`${toA1(r0, left)}:${toA1(r0 + count - 1, right)}`);
    range.load(`values,valueTypes,numberFormat${has19 ? '' : ',formulas'}`);
    const props = has19 ? range.getCellProperties({ format: { fill: FILL_BRIEF } }) : null;
    const areas = has19 ? range.getSpecialCellsOrNullObject('Formulas') : null;
    areas?.load('areas/items/address,areas/items/formulas');
    const perCell = has19
      ? null
      : Array.from({ length: count }, (_, r) => Array.from({ length: used.columnCount }, (_, c) => range.getCell(r, c).format.fill.load('color')));
    return () => {
      for (const areas of merged) addMerges(raw.merges, areas);
      raw.values.push(...range.values);
      raw.numberFormat.push(...range.numberFormat);
      raw.valueTypes.push(...range.valueTypes);
      if (areas) addAreaFormulas(raw.formulas, areas);
      else addFormulas(raw.formulas, range.formulas, r0, left);
      addFills(raw.fills, props ? props.value : perCell!.map((line) => line.map((f) => ({ format: { fill: { color: f.color } } }))), r0, left);
    };
  });
  if (!backupRange.isNullObject) {
    const chunks: unknown[] = [];
    const b0 = backupRange.rowIndex;
    await inParts(context, backupRange.rowCount, 32, (start, count) => {
      const range = common.backupSheet.getRange(`A${b0 + start + 1}:A${b0 + start + count}`);
      range.load('values');
      return () => chunks.push(...range.values.map((l) => l[0]));
    });
    raw.store = storeFromChunks(chunks);
  }
  if (noteCount) {
    await inParts(context, noteCount.value, 1000, (start, count) => {
      const items = Array.from({ length: count }, (_, i) => pinned.notes.getItemAt(start + i).load('content'));
      return () => raw.notes.push(...items.map(noteHandle));
    });
  }
  if (threadCount) {
    await inParts(context, threadCount.value, 1000, (start, count) => {
      const items = Array.from({ length: count }, (_, i) => pinned.comments.getItemAt(start + i).load(COMMENT_FIELDS));
      return () => raw.notes.push(...items.map(threadHandle));
    });
  }
  return raw;
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
  /** What the print scale is measured from (see RawRead). */
  printed: Printed | null;
  /** The workbook's visible sheets (when scoring): the others the pane may offer. */
  visibleSheets: string[];
}

/** The core's view of the sheet, and the notes that still need locating. */
function collect(raw: RawRead, cellProperties: boolean): { read: SheetRead; unplaced: NoteHandle[] } {
  const { origin } = raw;
  const values = raw.values.map((line, r) => line.map((v, c) => coreValue(v, raw.numberFormat[r]?.[c], raw.valueTypes[r]?.[c])));
  const grid: SheetGrid = {
    name: raw.name,
    origin,
    values,
    numberFormats: raw.numberFormat.map((line) => line.map((f) => (f === undefined || f === null ? null : String(f)))),
    formulas: values.map((line, r) => line.map((_, c) => raw.formulas.get(cellKey(origin.row + r, origin.col + c)) ?? null)),
    merges: [...raw.merges.values()],
  };
  const backup = backupFor(raw.store, raw.name);
  const read: SheetRead = {
    cellProperties,
    id: raw.id,
    name: raw.name,
    isProtected: raw.isProtected,
    workbookState: raw.workbookState,
    grid,
    cellValues: raw.values.map((line, r) => line.map((v, c) => fromExcel(v, raw.valueTypes[r]?.[c]))),
    fills: raw.fills,
    store: raw.store,
    backup,
    backupExists: raw.backupExists,
    basicData: raw.basicData,
    notes: new Map(),
    interchangeable: [],
    page: raw.page,
    nextColumn: raw.nextColumn,
    printed: raw.printed,
    visibleSheets: raw.visibleSheets,
  };

  // Our notes are placed by the backup (the text we left on each cell); any other needs its location.
  const placedBy = new Map<string, string[]>();
  if (backup) {
    for (const e of backup.entries) {
      if (e.written.note !== null) placedBy.set(e.written.note, [...(placedBy.get(e.written.note) ?? []), cellKey(e.row, e.col)]);
    }
  }
  // Notes with the same text (the same deduction in several rows) are placed on the backup's cells for
  // that text in any order; they are interchangeable unless the writes give them different texts.
  const byText = new Map<string, NoteHandle[]>();
  for (const h of raw.notes) byText.set(h.text, [...(byText.get(h.text) ?? []), h]);
  const unplaced: NoteHandle[] = [];
  for (const [text, handles] of byText) {
    const cells = text.includes(NOTE_MARKER) ? (placedBy.get(text) ?? []) : [];
    if (cells.length !== handles.length) {
      unplaced.push(...handles);
      continue;
    }
    handles.forEach((h, i) => read.notes.set(cells[i], h));
    if (cells.length > 1) read.interchangeable.push(cells);
  }
  return { read, unplaced };
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
    raw = await readAtOnce(context, host, via, forScoring, nextColumn);
  } catch (e) {
    // Too big for one batch: Excel's payload limit, or (as it tells no more) more than 512 merged
    // areas. A read changes nothing, so it is simply asked again in parts; a real fault fails again there.
    if (busyOf(e) === 'cell-edit') throw e;
    raw = await readInParts(context, host, via, forScoring, nextColumn, !isPayloadLimit(e));
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

