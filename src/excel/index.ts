// The Excel adapter: the only code that touches office-js. It reads the active sheet in one batch,
// hands the cells to the core, and writes the core's plan back in one batch (more only when a batch
// would pass Excel's 5 MB payload limit, or when notes must first be located: see locateNotes).
import {
  fromA1,
  joinNote,
  NOTE_MARKER,
  parseBackup,
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
  type MarkFills,
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
  | { kind: 'scored'; result: ScoreResult; formulaCells: string[]; notesVia: 'notes' | 'comments' | 'reason-column' }
  | { kind: 'refused'; reason: 'protected' | 'no-table'; message: string; result?: ScoreResult };

export type RestoreOutcome =
  | { kind: 'restored'; cells: number }
  | { kind: 'nothing-to-restore' }
  | { kind: 'refused'; reason: 'protected'; message: string };

/** The very hidden sheet that keeps the backup, shared with the command line. */
export const BACKUP_SHEET = '绩效评分助手_备份';
const CHUNK = 30000;
export const FILLS: MarkFills = { deducted: '#FFEB9C', error: '#FFC7CE', manual: '#DDEBF7' };
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

// ---------------------------------------------------------------------------------------------
// The one read

interface ReadHandles {
  sheet: Excel.Worksheet;
  protection: Excel.WorksheetProtection;
  used: Excel.Range;
  fills: { result?: OfficeExtension.ClientResult<Excel.CellProperties[][]>; perCell?: Excel.RangeFill[][] };
  formulaAreas?: Excel.RangeAreas;
  merges?: Excel.RangeAreas;
  basic: { name: string; sheet: Excel.Worksheet; range: Excel.Range }[];
  sheetNames: Excel.WorksheetCollection;
  backupSheet: Excel.Worksheet;
  backupRange: Excel.Range;
  notes?: Excel.NoteCollection;
  comments?: Excel.CommentCollection;
}

function queueRead(context: Excel.RequestContext, host: ExcelHost, via: NotesVia, forScoring: boolean): ReadHandles {
  const api = (v: string) => host.isSetSupported('ExcelApi', v);
  const sheets = context.workbook.worksheets;
  const sheet = sheets.getActiveWorksheet();
  sheet.load('name');
  const protection = sheet.protection;
  protection.load('protected');
  const used = sheet.getUsedRange();
  used.load('values,numberFormat,rowIndex,columnIndex,rowCount,columnCount');
  const handles: ReadHandles = {
    sheet,
    protection,
    used,
    fills: {},
    basic: [],
    sheetNames: sheets,
    backupSheet: sheets.getItemOrNullObject(BACKUP_SHEET),
    backupRange: null as unknown as Excel.Range,
  };
  if (api('1.9')) {
    handles.fills.result = used.getCellProperties({ format: { fill: { color: true } } });
    handles.formulaAreas = used.getSpecialCellsOrNullObject('Formulas');
    handles.formulaAreas.load('areas/items/address,areas/items/formulas');
  } else {
    used.load('formulas');
  }
  if (forScoring && api('1.13')) {
    handles.merges = used.getMergedAreasOrNullObject();
    handles.merges.load('address');
  }
  if (forScoring) {
    sheets.load('items/name');
    for (const name of BASIC_DATA_NAMES) {
      const s = sheets.getItemOrNullObject(name);
      s.load('name');
      const range = s.getUsedRangeOrNullObject(true);
      range.load('values,numberFormat,rowIndex,columnIndex');
      handles.basic.push({ name, sheet: s, range });
    }
  }
  handles.backupSheet.load('name');
  handles.backupRange = handles.backupSheet.getUsedRangeOrNullObject(true);
  handles.backupRange.load('values');
  if (via === 'notes') {
    handles.notes = sheet.notes;
    handles.notes.load('items/content');
  } else if (via === 'comments') {
    handles.comments = sheet.comments;
    handles.comments.load('items/id,items/content,items/authorName,items/replies/items/id,items/replies/items/content');
  }
  return handles;
}

/** Before ExcelApi 1.9 there is no getCellProperties: each cell's fill is loaded on its own. */
function queuePerCellFills(handles: ReadHandles): void {
  const { used } = handles;
  const rows: Excel.RangeFill[][] = [];
  for (let r = 0; r < used.rowCount; r++) {
    const line: Excel.RangeFill[] = [];
    for (let c = 0; c < used.columnCount; c++) {
      const fill = used.getCell(r, c).format.fill;
      fill.load('color');
      line.push(fill);
    }
    rows.push(line);
  }
  handles.fills.perCell = rows;
}

/** A note or comment thread on the indicator sheet, as this adapter sees it. */
type NoteHandle =
  | { kind: 'note'; note: Excel.Note; text: string }
  | { kind: 'our-thread'; comment: Excel.Comment; text: string }
  | { kind: 'person-thread'; comment: Excel.Comment; person: string; ours: Excel.CommentReply | null; text: string };

interface SheetRead {
  name: string;
  isProtected: boolean;
  grid: SheetGrid;
  fills: Map<string, string>;
  backup: Backup | null;
  backupExists: boolean;
  basicData?: SheetGrid;
  notes: Map<string, NoteHandle>;
}

function gridOf(name: string, range: Excel.Range, formulas: Map<string, string> | null, merges: Area[]): SheetGrid {
  const origin = { row: range.rowIndex, col: range.columnIndex };
  const values = range.values.map((line) => line.map(fromExcel));
  const numberFormats = range.numberFormat.map((line) => line.map((f) => (f === undefined ? null : String(f))));
  let formulaGrid: (string | null)[][] | undefined;
  if (formulas) {
    formulaGrid = values.map((line, r) => line.map((_, c) => formulas.get(cellKey(origin.row + r, origin.col + c)) ?? null));
  }
  return { name, origin, values, numberFormats, formulas: formulaGrid, merges };
}

function readBackup(range: Excel.Range): Backup | null {
  if (range.isNullObject) return null;
  const text = range.values
    .map((line) => line[0])
    .filter((v) => typeof v === 'string')
    .join('');
  return parseBackup(text);
}

/** After the first sync: everything the core needs, and the notes that still need locating. */
function collect(handles: ReadHandles): { read: SheetRead; unplaced: NoteHandle[] } {
  const { used } = handles;
  const name = handles.sheet.name;
  // Formula cells: from the formula areas (1.9) or the whole range's formulas.
  const formulas = new Map<string, string>();
  if (handles.formulaAreas) {
    if (!handles.formulaAreas.isNullObject) {
      for (const area of handles.formulaAreas.areas.items) {
        const a = areaOf(area.address)!;
        area.formulas.forEach((line, r) =>
          line.forEach((f, c) => {
            if (typeof f === 'string' && f.startsWith('=')) formulas.set(cellKey(a.top + r, a.left + c), f);
          }),
        );
      }
    }
  } else {
    used.formulas.forEach((line, r) =>
      line.forEach((f, c) => {
        if (typeof f === 'string' && f.startsWith('=')) formulas.set(cellKey(used.rowIndex + r, used.columnIndex + c), f);
      }),
    );
  }
  const merges: Area[] = [];
  if (handles.merges && !handles.merges.isNullObject) {
    for (const part of handles.merges.address.split(',')) {
      const a = areaOf(part);
      if (a) merges.push(a);
    }
  }
  const grid = gridOf(name, used, formulas, merges);

  const fills = new Map<string, string>();
  const fillRows: unknown[][] = handles.fills.result
    ? handles.fills.result.value
    : (handles.fills.perCell ?? []).map((line) => line.map((f) => ({ format: { fill: { color: f.color } } })));
  fillRows.forEach((line, r) =>
    line.forEach((p, c) => {
      const f = fillOf(p);
      if (f) fills.set(cellKey(used.rowIndex + r, used.columnIndex + c), f);
    }),
  );

  let basicData: SheetGrid | undefined;
  const probe = handles.basic.find((b) => !b.sheet.isNullObject && !b.range.isNullObject);
  if (probe) basicData = gridOf(probe.sheet.name, probe.range, null, []);

  const backup = readBackup(handles.backupRange);
  const read: SheetRead = {
    name,
    isProtected: handles.protection.protected,
    grid,
    fills,
    backup,
    backupExists: !handles.backupSheet.isNullObject,
    basicData,
    notes: new Map(),
  };

  // Notes: ours are placed by the backup (the note text we left there); any other needs its location.
  const placedBy = new Map<string, string[]>();
  if (backup && backup.sheet === name) {
    for (const e of backup.entries) {
      if (e.written.note !== null) placedBy.set(e.written.note, [...(placedBy.get(e.written.note) ?? []), cellKey(e.row, e.col)]);
    }
  }
  const all: NoteHandle[] = [];
  if (handles.notes) {
    for (const note of handles.notes.items) all.push({ kind: 'note', note, text: note.content });
  }
  if (handles.comments) {
    for (const comment of handles.comments.items) {
      if (comment.content.startsWith(NOTE_MARKER)) {
        all.push({ kind: 'our-thread', comment, text: comment.content });
      } else {
        const ours = comment.replies.items.find((r) => r.content.startsWith(NOTE_MARKER)) ?? null;
        const text = joinNote(comment.content, ours ? splitNote(ours.content).ours : null)!;
        all.push({ kind: 'person-thread', comment, person: comment.content, ours, text });
      }
    }
  }
  const count = new Map<string, number>();
  for (const h of all) count.set(h.text, (count.get(h.text) ?? 0) + 1);
  const unplaced: NoteHandle[] = [];
  for (const h of all) {
    const cells = h.text.includes(NOTE_MARKER) ? placedBy.get(h.text) : undefined;
    if (cells && cells.length === 1 && count.get(h.text) === 1) read.notes.set(cells[0], h);
    else unplaced.push(h);
  }
  return { read, unplaced };
}

/**
 * A note that is not ours (or that our backup cannot place) has no address until it is asked for:
 * office-js gives notes and comments no address property, only getLocation(). One more read finds them.
 */
async function locateNotes(context: Excel.RequestContext, read: SheetRead, unplaced: NoteHandle[]): Promise<void> {
  if (unplaced.length === 0) return;
  const ranges = unplaced.map((h) => {
    const r = h.kind === 'note' ? h.note.getLocation() : h.comment.getLocation();
    r.load('address');
    return r;
  });
  await context.sync();
  unplaced.forEach((h, i) => {
    const a = areaOf(ranges[i].address);
    if (a) read.notes.set(cellKey(a.top, a.left), h);
  });
}

async function readSheet(context: Excel.RequestContext, host: ExcelHost, via: NotesVia, forScoring: boolean): Promise<SheetRead> {
  const handles = queueRead(context, host, via, forScoring);
  if (!host.isSetSupported('ExcelApi', '1.9')) {
    // Sizes first, then every cell's fill: old hosts only (Excel 2016/2019 without 1.9).
    await context.sync();
    queuePerCellFills(handles);
  }
  await context.sync();
  const { read, unplaced } = collect(handles);
  if (forScoring && !read.basicData) {
    // A basic-data sheet spelled differently (`基础数据 `, full-width letters): read it now.
    const other = handles.sheetNames.items.find((s) => isBasicDataSheetName(s.name) && !BASIC_DATA_NAMES.includes(s.name));
    if (other) {
      const range = other.getUsedRangeOrNullObject(true);
      range.load('values,numberFormat,rowIndex,columnIndex');
      await context.sync();
      if (!range.isNullObject) read.basicData = gridOf(other.name, range, null, []);
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
      value: inside ? grid.values[r][c] : null,
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
      commands.push(noteCommand(w.address, want.note, read.notes.get(cellKey(w.row, w.col)) ?? null, via));
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
        if (ourText === null) have.comment.delete();
        else have.comment.content = ourText;
      } else if (have.kind === 'person-thread') {
        if (have.ours) have.ours.delete();
        if (ourText !== null) have.comment.replies.add(ourText);
      }
    },
  };
}

function backupCommands(backup: Backup | null, existed: boolean): Command[] {
  if (!backup || backup.entries.length === 0) {
    return existed ? [{ bytes: 100, queue: (context) => context.workbook.worksheets.getItem(BACKUP_SHEET).delete() }] : [];
  }
  const text = JSON.stringify(backup);
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += CHUNK) chunks.push(text.slice(i, i + CHUNK));
  return [
    {
      bytes: size(text),
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
async function applyCommands(context: Excel.RequestContext, commands: Command[]): Promise<void> {
  if (commands.length === 0) return;
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  let bytes = 0;
  for (const c of commands) {
    if (bytes > 0 && bytes + c.bytes > WRITE_BUDGET) {
      await context.sync();
      bytes = 0;
    }
    c.queue(context, sheet);
    bytes += c.bytes;
  }
  await context.sync();
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
      fills: FILLS,
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
    // The workbook keeps one backup, of one sheet (the core's format, shared with the command line).
    const commands = [
      ...backupCommands(writeback.backup, read.backupExists),
      ...cellCommands(writeback.writes, stateAt, read, via),
    ];
    await applyCommands(context, commands);
    const formulaCells = opts.overwriteFormulas ? [] : result.rows.filter((r) => r.scoreIsFormula).map((r) => r.cell);
    return { kind: 'scored', result, formulaCells, notesVia: via };
  });
}

export async function restoreActiveSheet(opts: { lang: Lang }, host: ExcelHost = officeHost()): Promise<RestoreOutcome> {
  const via = notesVia(host);
  return host.run(async (context) => {
    const read = await readSheet(context, host, via, false);
    const backup = read.backup;
    if (!backup || backup.sheet !== read.name || backup.entries.length === 0) return { kind: 'nothing-to-restore' };
    if (read.isProtected) return { kind: 'refused', reason: 'protected', message: protectedMessage(read.name, opts.lang) };
    const stateAt = stateAtOf(read, via);
    const current = new Map<string, CellState>();
    for (const e of backup.entries) current.set(cellKey(e.row, e.col), stateAt(e.row, e.col));
    const writes = planRestore(backup, current);
    // The backup goes last: should a command fail, the backup is still there to try again.
    await applyCommands(context, [...cellCommands(writes, stateAt, read, via), ...backupCommands(null, read.backupExists)]);
    return { kind: 'restored', cells: writes.length };
  });
}

export async function selectCell(address: string, host: ExcelHost = officeHost()): Promise<void> {
  await host.run(async (context) => {
    context.workbook.worksheets.getActiveWorksheet().getRange(address).select();
    await context.sync();
  });
}
