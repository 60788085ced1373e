// The Excel adapter: the only code that touches office-js. It reads the active sheet in one batch,
// hands the cells to the core, and writes the core's plan back in one batch: two syncs per scoring
// and per restore. More only when
// - a batch would pass Excel's 5 MB payload limit (reads and writes are then split: readInParts,
//   applyCommands);
// - notes or comments must be located first: office-js gives them no address, so a note a person
//   wrote (or one of ours the backup cannot place) costs one more read (locateNotes);
// - the host is older than ExcelApi 1.9 (no getCellProperties: fills are loaded cell by cell, after
//   a first read of the range's size), or the basic-data sheet's name is spelled unusually.
// Requirement sets: 1.4 at least (getItemOrNullObject, getUsedRangeOrNullObject); 1.9 fills and
// formula cells in one call; 1.13 merged areas; 1.18 notes, else 1.10 comments, else the 扣分原因 column.
import {
  fromA1,
  joinNote,
  NOTE_MARKER,
  backupFor,
  EMPTY_STORE,
  storeChunks,
  storeFromChunks,
  withBackup,
  type BackupStore,
  BACKUP_SHEET,
  MARK_FILLS,
  planRestore,
  scoreForWriteback,
  splitNote,
  toA1,
  isBasicDataSheetName,
  type Area,
  type Backup,
  type CellState,
  type CellValue,
  type CellWrite,
  type Lang,
  type ScoreResult,
  type SheetGrid,
} from '../core';

/** What the adapter needs from the host; defaults to the real globals (Excel.run, Office.context). */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
}

export function officeHost(): ExcelHost {
  return {
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
}

export type ScoreOutcome =
  | {
      kind: 'scored';
      result: ScoreResult;
      formulaCells: string[];
      notesVia: 'notes' | 'comments' | 'reason-column';
      /** Cells whose explanation could not be attached as a comment (a person's note is there). */
      notesSkipped?: string[];
    }
  | { kind: 'refused'; reason: 'protected' | 'no-table'; message: string; result?: ScoreResult };

export type RestoreOutcome =
  | { kind: 'restored'; cells: number }
  | { kind: 'nothing-to-restore' }
  | { kind: 'refused'; reason: 'protected'; message: string };

/** The very hidden sheet that keeps the backup, shared with the command line. */
const BASIC_DATA_NAMES = ['基础数据', '基础数据表', '评价数据'];
/** Excel on the web refuses a request above 5 MB; a write batch is split before it gets there. */
const WRITE_BUDGET = 4 * 1024 * 1024;

type NotesVia = 'notes' | 'comments' | 'reason-column';

function notesVia(host: ExcelHost): NotesVia {
  if (host.isSetSupported('ExcelApi', '1.18')) return 'notes';
  if (host.isSetSupported('ExcelApi', '1.10')) return 'comments';
  return 'reason-column';
}

// ---------------------------------------------------------------------------------------------
// Addresses

/** `Sheet!A1:B3` (or `A1`) to a zero-based inclusive area. */
function areaOf(address: string): Area | null {
  const local = address.slice(address.lastIndexOf('!') + 1).trim();
  const [a, b] = local.split(':');
  const p = fromA1(a);
  const q = b === undefined ? p : fromA1(b);
  if (!p || !q) return null;
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

const cellKey = (row: number, col: number) => `${row}:${col}`;

/** A sheet name as it stands in an address: always quoted, which Excel accepts for any name. */
const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

// ---------------------------------------------------------------------------------------------
// Cell values between Excel and the core

const ERROR_TEXT = /^#(DIV\/0!|REF!|N\/A|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/;

function fromExcel(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  const s = String(v);
  return ERROR_TEXT.test(s) ? { error: s } : s;
}

/**
 * A value as Excel must receive it to store exactly that: text that Excel would convert (numbers,
 * percentages, dates, TRUE/FALSE, `=…`, error literals, `(5)`) goes in behind an apostrophe.
 */
function toExcel(v: CellValue): string | number | boolean {
  if (v === null) return '';
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'object') return v.error;
  if (v === '') return '';
  const first = v.trimStart().charAt(0);
  const plainStart = /[\p{L}]/u.test(first) && !/^\s*(true|false)\s*$/i.test(v);
  return plainStart ? v : `'${v}`;
}

function fillOf(props: unknown): string | null {
  const color = (props as { format?: { fill?: { color?: string } } })?.format?.fill?.color;
  if (!color || color.toUpperCase() === '#FFFFFF') return null;
  return color.toUpperCase();
}

/** A number format that shows a date (`yyyy/m/d`, `yyyy"年"m"月"d"日"`, `m/d/yy`), not a time or a figure. */
function isDateFormat(format: unknown): boolean {
  if (typeof format !== 'string') return false;
  const bare = format.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '').replace(/\\./g, '');
  return /[yd]/i.test(bare) || /m+[/\-.]d/i.test(bare);
}

/** Dates reach the core as text (`2019-05-01`), as the SPEC asks; Excel gives them as serial numbers. */
function coreValue(v: unknown, format: unknown): CellValue {
  const value = fromExcel(v);
  if (typeof value !== 'number' || !isDateFormat(format) || value < 1 || value > 2958465) return value;
  const d = new Date(Math.round((Math.floor(value) - 25569) * 86400000));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

// ---------------------------------------------------------------------------------------------
// The one read

/** A note or comment thread on the indicator sheet, as this adapter sees it. */
type NoteHandle =
  | { kind: 'note'; note: Excel.Note; text: string }
  | { kind: 'our-thread'; comment: Excel.Comment; text: string }
  | { kind: 'person-thread'; comment: Excel.Comment; person: string; ours: Excel.CommentReply | null; text: string };

function noteHandle(note: Excel.Note): NoteHandle {
  return { kind: 'note', note, text: note.content };
}

/** Our comment is a thread we started (it opens with our marker) or our reply in a person's thread. */
function threadHandle(comment: Excel.Comment): NoteHandle {
  if (comment.content.startsWith(NOTE_MARKER)) return { kind: 'our-thread', comment, text: comment.content };
  const ours = comment.replies.items.find((r) => r.content.startsWith(NOTE_MARKER)) ?? null;
  const text = joinNote(comment.content, ours ? splitNote(ours.content).ours : null)!;
  return { kind: 'person-thread', comment, person: comment.content, ours, text };
}

const COMMENT_FIELDS = 'id,content,authorName,replies/items/id,replies/items/content';
const RANGE_FIELDS = 'values,numberFormat,rowIndex,columnIndex';

/** What the read gives, however many batches it took. */
interface RawRead {
  name: string;
  isProtected: boolean;
  origin: { row: number; col: number };
  values: unknown[][];
  numberFormat: unknown[][];
  formulas: Map<string, string>;
  fills: Map<string, string>;
  merges: Area[];
  basicData?: SheetGrid;
  sheetNames: string[];
  store: BackupStore;
  backupExists: boolean;
  notes: NoteHandle[];
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

function mergesOf(areas: Excel.RangeAreas | undefined): Area[] {
  if (!areas || areas.isNullObject) return [];
  return areas.address
    .split(',')
    .map(areaOf)
    .filter((a): a is Area => a !== null);
}

function gridOf(name: string, range: Excel.Range): SheetGrid {
  return {
    name,
    origin: { row: range.rowIndex, col: range.columnIndex },
    values: range.values.map((line, r) => line.map((v, c) => coreValue(v, range.numberFormat[r]?.[c]))),
    numberFormats: range.numberFormat.map((line) => line.map((f) => (f === undefined ? null : String(f)))),
  };
}

interface Common {
  sheet: Excel.Worksheet;
  protection: Excel.WorksheetProtection;
  sheets: Excel.WorksheetCollection;
  merges?: Excel.RangeAreas;
  basic: { sheet: Excel.Worksheet; range: Excel.Range }[];
  backupSheet: Excel.Worksheet;
}

/** The small things every read needs: the sheet, its protection, 基础数据, the backup sheet. */
function queueCommon(context: Excel.RequestContext, host: ExcelHost, forScoring: boolean, used: Excel.Range): Common {
  const sheets = context.workbook.worksheets;
  const sheet = sheets.getActiveWorksheet();
  sheet.load('name');
  const protection = sheet.protection;
  protection.load('protected');
  const common: Common = { sheet, protection, sheets, basic: [], backupSheet: sheets.getItemOrNullObject(BACKUP_SHEET) };
  common.backupSheet.load('name');
  if (forScoring) {
    if (host.isSetSupported('ExcelApi', '1.13')) {
      common.merges = used.getMergedAreasOrNullObject();
      common.merges.load('address');
    }
    sheets.load('items/name');
    for (const name of BASIC_DATA_NAMES) {
      const s = sheets.getItemOrNullObject(name);
      s.load('name');
      const range = s.getUsedRangeOrNullObject(true);
      range.load(RANGE_FIELDS);
      common.basic.push({ sheet: s, range });
    }
  }
  return common;
}

function commonPart(common: Common, forScoring: boolean) {
  const probe = common.basic.find((b) => !b.sheet.isNullObject && !b.range.isNullObject);
  return {
    name: common.sheet.name,
    isProtected: common.protection.protected,
    merges: mergesOf(common.merges),
    basicData: probe ? gridOf(probe.sheet.name, probe.range) : undefined,
    sheetNames: forScoring ? common.sheets.items.map((s) => s.name) : [],
    backupExists: !common.backupSheet.isNullObject,
  };
}

/** Everything in one batch (two on hosts before ExcelApi 1.9, which load fills cell by cell). */
async function readAtOnce(context: Excel.RequestContext, host: ExcelHost, via: NotesVia, forScoring: boolean): Promise<RawRead> {
  const has19 = host.isSetSupported('ExcelApi', '1.9');
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  const used = sheet.getUsedRange();
  used.load(`${RANGE_FIELDS},rowCount,columnCount${has19 ? '' : ',formulas'}`);
  const common = queueCommon(context, host, forScoring, used);
  const props = has19 ? used.getCellProperties({ format: { fill: { color: true } } }) : null;
  const formulaAreas = has19 ? used.getSpecialCellsOrNullObject('Formulas') : null;
  formulaAreas?.load('areas/items/address,areas/items/formulas');
  const backupRange = common.backupSheet.getUsedRangeOrNullObject(true);
  backupRange.load('values');
  const notes = via === 'notes' ? sheet.notes.load('items/content') : null;
  const comments = via === 'comments' ? sheet.comments.load(COMMENT_FIELDS) : null;
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
  const formulas = new Map<string, string>();
  if (formulaAreas) addAreaFormulas(formulas, formulaAreas);
  else addFormulas(formulas, used.formulas, used.rowIndex, used.columnIndex);
  const fills = new Map<string, string>();
  const fillRows: unknown[][] = props ? props.value : perCell!.map((line) => line.map((f) => ({ format: { fill: { color: f.color } } })));
  addFills(fills, fillRows, used.rowIndex, used.columnIndex);
  return {
    ...commonPart(common, forScoring),
    origin: { row: used.rowIndex, col: used.columnIndex },
    values: used.values,
    numberFormat: used.numberFormat,
    formulas,
    fills,
    store: backupRange.isNullObject ? EMPTY_STORE : storeFromChunks(backupRange.values.map((l) => l[0])),
    notes: notes ? notes.items.map(noteHandle) : comments ? comments.items.map(threadHandle) : [],
  };
}

const isPayloadLimit = (e: unknown) => /PayloadSizeLimitExceeded/.test(String((e as { code?: unknown })?.code));

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

/** The same read for a sheet beyond Excel's 5 MB payload: sizes first, then rows, backup and notes in parts. */
async function readInParts(context: Excel.RequestContext, host: ExcelHost, via: NotesVia, forScoring: boolean): Promise<RawRead> {
  const has19 = host.isSetSupported('ExcelApi', '1.9');
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  const used = sheet.getUsedRange();
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  const common = queueCommon(context, host, forScoring, used);
  const backupRange = common.backupSheet.getUsedRangeOrNullObject(true);
  backupRange.load('rowIndex,rowCount');
  const noteCount = via === 'notes' ? sheet.notes.getCount() : via === 'comments' ? sheet.comments.getCount() : null;
  await context.sync();

  const top = used.rowIndex;
  const left = used.columnIndex;
  const right = left + used.columnCount - 1;
  const raw: RawRead = {
    ...commonPart(common, forScoring),
    origin: { row: top, col: left },
    values: [],
    numberFormat: [],
    formulas: new Map(),
    fills: new Map(),
    store: EMPTY_STORE,
    notes: [],
  };
  await inParts(context, used.rowCount, Math.ceil(used.rowCount / 2), (start, count) => {
    const r0 = top + start;
    const range = sheet.getRange(`${toA1(r0, left)}:${toA1(r0 + count - 1, right)}`);
    range.load(`values,numberFormat${has19 ? '' : ',formulas'}`);
    const props = has19 ? range.getCellProperties({ format: { fill: { color: true } } }) : null;
    const areas = has19 ? range.getSpecialCellsOrNullObject('Formulas') : null;
    areas?.load('areas/items/address,areas/items/formulas');
    const perCell = has19
      ? null
      : Array.from({ length: count }, (_, r) => Array.from({ length: used.columnCount }, (_, c) => range.getCell(r, c).format.fill.load('color')));
    return () => {
      raw.values.push(...range.values);
      raw.numberFormat.push(...range.numberFormat);
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
      const items = Array.from({ length: count }, (_, i) =>
        via === 'notes' ? sheet.notes.getItemAt(start + i).load('content') : sheet.comments.getItemAt(start + i).load(COMMENT_FIELDS),
      );
      return () => raw.notes.push(...items.map((it) => (via === 'notes' ? noteHandle(it as Excel.Note) : threadHandle(it as Excel.Comment))));
    });
  }
  return raw;
}

interface SheetRead {
  name: string;
  isProtected: boolean;
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
}

/** The core's view of the sheet, and the notes that still need locating. */
function collect(raw: RawRead): { read: SheetRead; unplaced: NoteHandle[] } {
  const { origin } = raw;
  const values = raw.values.map((line, r) => line.map((v, c) => coreValue(v, raw.numberFormat[r]?.[c])));
  const grid: SheetGrid = {
    name: raw.name,
    origin,
    values,
    numberFormats: raw.numberFormat.map((line) => line.map((f) => (f === undefined || f === null ? null : String(f)))),
    formulas: values.map((line, r) => line.map((_, c) => raw.formulas.get(cellKey(origin.row + r, origin.col + c)) ?? null)),
    merges: raw.merges,
  };
  const backup = backupFor(raw.store, raw.name);
  const read: SheetRead = {
    name: raw.name,
    isProtected: raw.isProtected,
    grid,
    cellValues: raw.values.map((line) => line.map(fromExcel)),
    fills: raw.fills,
    store: raw.store,
    backup,
    backupExists: raw.backupExists,
    basicData: raw.basicData,
    notes: new Map(),
    interchangeable: [],
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
async function settleInterchangeable(context: Excel.RequestContext, read: SheetRead, writes: readonly CellWrite[]): Promise<void> {
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

async function readSheet(context: Excel.RequestContext, host: ExcelHost, via: NotesVia, forScoring: boolean): Promise<SheetRead> {
  let raw: RawRead;
  try {
    raw = await readAtOnce(context, host, via, forScoring);
  } catch (e) {
    if (!isPayloadLimit(e)) throw e;
    raw = await readInParts(context, host, via, forScoring);
  }
  const { read, unplaced } = collect(raw);
  if (forScoring && !read.basicData) {
    // A basic-data sheet spelled differently (`基础数据 `, full-width letters): read it now.
    const other = raw.sheetNames.find((n) => isBasicDataSheetName(n) && !BASIC_DATA_NAMES.includes(n));
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

function stateAtOf(read: SheetRead, via: NotesVia): (row: number, col: number) => CellState {
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

// ---------------------------------------------------------------------------------------------
// The one write

interface Command {
  bytes: number;
  queue(context: Excel.RequestContext, sheet: Excel.Worksheet): void;
  /**
   * Adds a comment thread to a cell we cannot see is free: below ExcelApi 1.18 a person's legacy
   * note is invisible, and Excel refuses a thread on a cell that has one. Such commands go last,
   * and one that fails is left out rather than failing the whole scoring.
   */
  readonly mayFailOn?: string;
}

/** UTF-8 bytes of a value's JSON, plus the command's own overhead: what the batch will weigh. */
function size(v: unknown): number {
  const s = JSON.stringify(v);
  let n = 80;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
  }
  return n;
}

function sameValue(a: CellValue, b: CellValue): boolean {
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') return a.error === b.error;
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) < 1e-9;
  return a === b;
}

/** Vertical runs of consecutive rows in one column, so a score column goes in as one array. */
function runs<T>(cells: { row: number; col: number; v: T }[]): { row: number; col: number; vs: T[] }[] {
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const out: { row: number; col: number; vs: T[] }[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && last.col === c.col && last.row + last.vs.length === c.row) last.vs.push(c.v);
    else out.push({ row: c.row, col: c.col, vs: [c.v] });
  }
  return out;
}

const rangeOfRun = (r: { row: number; col: number; vs: unknown[] }) =>
  r.vs.length === 1 ? toA1(r.row, r.col) : `${toA1(r.row, r.col)}:${toA1(r.row + r.vs.length - 1, r.col)}`;

function cellCommands(writes: readonly CellWrite[], current: (row: number, col: number) => CellState, read: SheetRead, via: NotesVia): Command[] {
  const values: { row: number; col: number; v: string | number | boolean }[] = [];
  const formats: { row: number; col: number; v: string }[] = [];
  const commands: Command[] = [];
  for (const w of writes) {
    const now = current(w.row, w.col);
    const want = w.state;
    if (want.formula !== null) {
      if (want.formula !== now.formula) {
        const f = want.formula;
        commands.push({ bytes: size(f), queue: (_, sheet) => void (sheet.getRange(w.address).formulas = [[f]]) });
      }
    } else if (now.formula !== null || !sameValue(want.value, now.value)) {
      values.push({ row: w.row, col: w.col, v: toExcel(want.value) });
    }
    const wantFormat = want.numberFormat ?? 'General';
    if (wantFormat !== now.numberFormat) formats.push({ row: w.row, col: w.col, v: wantFormat });
    if (want.fill !== now.fill) {
      const fill = want.fill;
      commands.push({
        bytes: size(fill),
        queue: (_, sheet) => {
          const f = sheet.getRange(w.address).format.fill;
          if (fill === null) f.clear();
          else f.color = fill;
        },
      });
    }
    if (via !== 'reason-column' && want.note !== now.note) {
      commands.push(noteCommand(`${quoteSheet(read.name)}!${w.address}`, want.note, read.notes.get(cellKey(w.row, w.col)) ?? null, via));
    }
  }
  for (const r of runs(values)) {
    commands.push({ bytes: size(r.vs), queue: (_, sheet) => void (sheet.getRange(rangeOfRun(r)).values = r.vs.map((v) => [v])) });
  }
  for (const r of runs(formats)) {
    commands.push({ bytes: size(r.vs), queue: (_, sheet) => void (sheet.getRange(rangeOfRun(r)).numberFormat = r.vs.map((v) => [v])) });
  }
  return commands;
}

/** Puts the note text the core wants on a cell, touching nothing a person wrote. */
function noteCommand(address: string, want: string | null, have: NoteHandle | null, via: NotesVia): Command {
  const bytes = size(want ?? '');
  const ours = splitNote(want).ours;
  const ourText = joinNote(null, ours);
  return {
    bytes,
    ...(via === 'comments' && !have && ourText !== null ? { mayFailOn: address } : {}),
    queue: (_, sheet) => {
      if (via === 'notes') {
        // A note is one text: a person's part stays word for word above our marker (joinNote).
        if (have && have.kind === 'note') {
          if (want === null) have.note.delete();
          else have.note.content = want;
        } else if (want !== null) sheet.notes.add(address, want);
        return;
      }
      // Comments: our text is our own thread, or our reply in a person's thread; theirs is never edited.
      if (!have) {
        if (ourText !== null) sheet.comments.add(address, ourText);
      } else if (have.kind === 'our-thread') {
        // Replaced, not edited: only a comment's author may edit it, and another accountant may have
        // scored the sheet before.
        have.comment.delete();
        if (ourText !== null) sheet.comments.add(address, ourText);
      } else if (have.kind === 'person-thread') {
        if (have.ours) have.ours.delete();
        if (ourText !== null) have.comment.replies.add(ourText);
      }
    },
  };
}

/** Writes the backup store into its very hidden sheet, or deletes the sheet when the store is empty. */
function backupCommands(store: BackupStore, existed: boolean): Command[] {
  const chunks = storeChunks(store);
  if (chunks.length === 0) {
    return existed ? [{ bytes: 100, queue: (context) => context.workbook.worksheets.getItem(BACKUP_SHEET).delete() }] : [];
  }
  return [
    {
      bytes: size(chunks.join('')),
      queue: (context) => {
        const sheets = context.workbook.worksheets;
        let sheet: Excel.Worksheet;
        if (existed) {
          sheet = sheets.getItem(BACKUP_SHEET);
          sheet.getRange('A:A').clear();
        } else {
          sheet = sheets.add(BACKUP_SHEET);
        }
        sheet.visibility = 'VeryHidden';
        // The apostrophe keeps each chunk text, whatever character it starts with.
        sheet.getRange(`A1:A${chunks.length}`).values = chunks.map((c) => [`'${c}`]);
      },
    },
  ];
}

/** Queues the commands in batches under the payload budget; one sync unless a batch would be too big. */
async function applyCommands(context: Excel.RequestContext, commands: Command[]): Promise<string[]> {
  const sure = commands.filter((c) => !c.mayFailOn);
  const risky = commands.filter((c) => c.mayFailOn);
  if (sure.length === 0 && risky.length === 0) return [];
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  let bytes = 0;
  for (const c of [...sure, ...risky]) {
    if (bytes > 0 && bytes + c.bytes > WRITE_BUDGET) {
      await context.sync();
      bytes = 0;
    }
    c.queue(context, sheet);
    bytes += c.bytes;
  }
  try {
    await context.sync();
    return [];
  } catch (e) {
    if (risky.length === 0 || !isInvalidArgument(e)) throw e;
  }
  // A thread was refused (a person's note on the cell, most likely). Excel has run the commands
  // before the refused one; each thread is tried again on its own, and those refused are left out:
  // their explanation stays in the 扣分原因 column and the result panel. Costs one sync per thread,
  // only on this rare path.
  const skipped: string[] = [];
  for (const c of risky) {
    c.queue(context, sheet);
    try {
      await context.sync();
    } catch (e) {
      if (!isInvalidArgument(e)) throw e;
      if (!commentExistsError(e)) skipped.push(c.mayFailOn!.replace(/^.*!/, ''));
    }
  }
  return skipped;
}

function isInvalidArgument(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 'InvalidArgument';
}

/** The thread is already there (added by the batch before it failed). */
function commentExistsError(e: unknown): boolean {
  return /already has a comment/i.test((e as { message?: string }).message ?? '');
}

// ---------------------------------------------------------------------------------------------
// Messages

function protectedMessage(sheet: string, lang: Lang): string {
  return lang === 'en'
    ? `Sheet "${sheet}" is protected, so nothing was written. Unprotect it (Review → Unprotect Sheet) and try again.`
    : `工作表“${sheet}”受保护，未写入任何内容。请先撤销工作表保护（审阅 → 撤销工作表保护），再试一次。`;
}

function noTableMessage(sheet: string, result: ScoreResult, lang: Lang): string {
  const issue = result.issues.find((i) => i.severity === 'error');
  if (issue) return issue.message;
  return lang === 'en'
    ? `No indicator table was found on sheet "${sheet}": it needs a header row with 三级指标, 分值 and 得分 columns.`
    : `工作表“${sheet}”中没有找到指标表：需要一行表头，含“三级指标”“分值”“得分”列。`;
}

// ---------------------------------------------------------------------------------------------
// The module's API

export async function scoreActiveSheet(opts: { lang: Lang; overwriteFormulas?: boolean }, host: ExcelHost = officeHost()): Promise<ScoreOutcome> {
  const via = notesVia(host);
  return host.run(async (context) => {
    const read = await readSheet(context, host, via, true);
    const stateAt = stateAtOf(read, via);
    const workbook = { indicatorSheet: read.grid, basicData: read.basicData };
    const { result, writeback } = scoreForWriteback(workbook, stateAt, read.backup, {
      fills: MARK_FILLS,
      overwriteFormulas: opts.overwriteFormulas,
      lang: opts.lang,
    });
    if (!result.layout || result.rows.length === 0) {
      return { kind: 'refused', reason: 'no-table', message: noTableMessage(read.name, result, opts.lang), result };
    }
    if (read.isProtected) {
      return { kind: 'refused', reason: 'protected', message: protectedMessage(read.name, opts.lang), result };
    }
    // The backup goes first: should a later command fail, what was already written can be restored.
    await settleInterchangeable(context, read, writeback.writes);
    const commands = [
      ...backupCommands(withBackup(read.store, read.name, writeback.backup), read.backupExists),
      ...cellCommands(writeback.writes, stateAt, read, via),
    ];
    const notesSkipped = await applyCommands(context, commands);
    const formulaCells = opts.overwriteFormulas ? [] : result.rows.filter((r) => r.scoreIsFormula).map((r) => r.cell);
    return { kind: 'scored', result, formulaCells, notesVia: via, ...(notesSkipped.length ? { notesSkipped } : {}) };
  });
}

export async function restoreActiveSheet(opts: { lang: Lang }, host: ExcelHost = officeHost()): Promise<RestoreOutcome> {
  const via = notesVia(host);
  return host.run(async (context) => {
    const read = await readSheet(context, host, via, false);
    const backup = read.backup;
    if (!backup) return { kind: 'nothing-to-restore' };
    if (read.isProtected) return { kind: 'refused', reason: 'protected', message: protectedMessage(read.name, opts.lang) };
    const stateAt = stateAtOf(read, via);
    const current = new Map<string, CellState>();
    for (const e of backup.entries) current.set(cellKey(e.row, e.col), stateAt(e.row, e.col));
    const writes = planRestore(backup, current);
    await settleInterchangeable(context, read, writes);
    // The backup goes last: should a command fail, the backup is still there to try again.
    await applyCommands(context, [...cellCommands(writes, stateAt, read, via), ...backupCommands(withBackup(read.store, read.name, null), read.backupExists)]);
    return { kind: 'restored', cells: writes.length };
  });
}

export async function selectCell(address: string, host: ExcelHost = officeHost()): Promise<void> {
  await host.run(async (context) => {
    context.workbook.worksheets.getActiveWorksheet().getRange(address).select();
    await context.sync();
  });
}
