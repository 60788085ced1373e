// The workbook the fake Excel holds: plain data, no office-js, no Node APIs.
import { parseLocal, type Rect } from './address';

export type Scalar = string | number | boolean;

export interface ModelCell {
  /** '' for an empty cell; for an error, the error text (`#DIV/0!`) with `error: true`. */
  value: Scalar;
  error?: boolean;
  formula: string | null;
  numberFormat: string;
  /** `#RRGGBB`: the fill's colour (a white fill is `#FFFFFF`, a deliberate fill); null for none. */
  fill: string | null;
  /** A fill beyond plain solid colour: a pattern, its colour, a tint (RangeFill, ExcelApi 1.9). */
  fillDetail?: FillDetail;
  /** RangeFormat.wrapText (ExcelApi 1.1); absent is false, Excel's default. */
  wrap?: boolean;
  /** RangeFont.bold (ExcelApi 1.1). */
  bold?: boolean;
  /** RangeFont.size in points (ExcelApi 1.1); absent is 11, the size of Excel's default font (Calibri 11). */
  size?: number;
  /** RangeBorder styles by edge (`EdgeTop` … `Continuous`), ExcelApi 1.1; absent edges have none. */
  borders?: Partial<Record<Edge, string>>;
  /** Range.hyperlink (ExcelApi 1.7). */
  link?: { documentReference?: string; address?: string; textToDisplay?: string; screenTip?: string };
}

export type Edge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight';

/** Worksheet.pageLayout (ExcelApi 1.9): what the add-in reads and sets of it. */
export interface ModelPageLayout {
  orientation: 'Portrait' | 'Landscape';
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  /** The rows repeated on every printed page (zero-based, inclusive), or null. */
  titleRows: { top: number; bottom: number } | null;
  /** The print area, or null (the used range prints). */
  printArea: string | null;
  /** PageLayout.paperSize (ExcelApi 1.9), an Excel.PaperType name. */
  paperSize: string;
}

/** A new sheet's page setup, as Excel gives it: portrait, 100%, no title rows, no print area. */
export function defaultPageLayout(): ModelPageLayout {
  // Letter: the paper Excel takes where nothing names another (ST_PaperSize's default, 1).
  return { orientation: 'Portrait', zoom: { scale: 100 }, titleRows: null, printArea: null, paperSize: 'Letter' };
}

/** Excel's default column width in points (8.43 characters of the default font, 64 pixels). */
export const DEFAULT_COLUMN_WIDTH = 48;
/** The size of Excel's default font (Calibri 11), in points. */
export const DEFAULT_FONT_SIZE = 11;

export interface FillDetail {
  pattern: string;
  patternColor: string;
  tintAndShade: number;
  patternTintAndShade: number;
}

/** A cell's fill as getCellProperties reports it (https://learn.microsoft.com/javascript/api/excel/excel.cellpropertiesfill). */
export function fillProperties(c: ModelCell): { color: string } & FillDetail {
  return {
    color: c.fill ?? '#FFFFFF',
    pattern: c.fillDetail?.pattern ?? (c.fill ? 'Solid' : 'None'),
    patternColor: c.fillDetail?.patternColor ?? '#000000',
    tintAndShade: c.fillDetail?.tintAndShade ?? 0,
    patternTintAndShade: c.fillDetail?.patternTintAndShade ?? 0,
  };
}

export interface ModelNote {
  content: string;
  author: string;
}

export interface ModelReply {
  id: string;
  content: string;
  author: string;
}

export interface ModelComment {
  id: string;
  row: number;
  col: number;
  content: string;
  author: string;
  replies: ModelReply[];
}

export interface ModelSheet {
  /** Worksheet.id: stays the same when the sheet is renamed or moved. */
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  protected: boolean;
  cells: Map<string, ModelCell>;
  merges: Rect[];
  /** Keyed `row:col`. */
  notes: Map<string, ModelNote>;
  comments: ModelComment[];
  pageLayout: ModelPageLayout;
  /** Column widths in points where they are not the default. */
  columnWidths: Map<number, number>;
}

export interface ModelWorkbook {
  sheets: ModelSheet[];
  active: string;
  nextId: number;
  /** Review › Protect Workbook: sheets cannot be added, deleted, hidden or shown. */
  structureProtected?: boolean;
  /** Opened read-only (Workbook.readOnly). */
  readOnly?: boolean;
  /** A person is typing in a cell (Excel's Edit mode). */
  cellEditMode?: boolean;
  /** A modal dialog of Excel is open (Format Cells, Find …): Excel on the web takes no write. */
  modalDialog?: boolean;
  /** Workbook.settings (ExcelApi 1.4): the add-in's key/value pairs kept in the file. */
  settings: Map<string, unknown>;
}

export const key = (row: number, col: number): string => `${row}:${col}`;

export function emptyCell(): ModelCell {
  return { value: '', formula: null, numberFormat: 'General', fill: null };
}

export function getCell(sheet: ModelSheet, row: number, col: number): ModelCell {
  return sheet.cells.get(key(row, col)) ?? emptyCell();
}

export function putCell(sheet: ModelSheet, row: number, col: number, cell: ModelCell): void {
  for (const k of ['fillDetail', 'wrap', 'bold', 'borders', 'link'] as const) {
    const v = cell[k];
    if (!v || (typeof v === 'object' && Object.keys(v).length === 0)) delete cell[k];
  }
  const blank = cell.value === '' && cell.formula === null && cell.numberFormat === 'General' && cell.fill === null && Object.keys(cell).length === 4;
  if (blank) sheet.cells.delete(key(row, col));
  else sheet.cells.set(key(row, col), cell);
}

/** A sheet by its name (any case) or its id. */
export function findSheet(wb: ModelWorkbook, name: string): ModelSheet | null {
  const lower = name.toLowerCase();
  return wb.sheets.find((s) => s.name.toLowerCase() === lower || s.id === name) ?? null;
}

/** The bounding box of used cells; null when the sheet is empty. */
export function usedRect(sheet: ModelSheet, valuesOnly: boolean): Rect | null {
  let r: Rect | null = null;
  for (const [k, c] of sheet.cells) {
    const used = c.value !== '' || c.formula !== null || (!valuesOnly && (c.fill !== null || c.numberFormat !== 'General'));
    if (!used) continue;
    const [row, col] = k.split(':').map(Number);
    if (!r) r = { top: row, bottom: row, left: col, right: col };
    else {
      r.top = Math.min(r.top, row);
      r.bottom = Math.max(r.bottom, row);
      r.left = Math.min(r.left, col);
      r.right = Math.max(r.right, col);
    }
  }
  return r;
}

const ERRORS = /^#(DIV\/0!|REF!|N\/A|VALUE!|NAME\?|NUM!|NULL!)$/;

/**
 * What Excel stores when a string is entered into a cell (through `values` or `formulas`): a leading
 * apostrophe keeps text as text; `=…` is a formula; numbers, percentages, TRUE/FALSE, dates and error
 * literals are converted. The add-in must quote text it wants kept as text.
 */
export function enterText(text: string): { value: Scalar; error?: boolean; formula: string | null; format?: string } {
  if (text.startsWith("'")) return { value: text.slice(1), formula: null };
  if (text.length > 1 && text.startsWith('=')) return { value: 0, formula: text };
  const t = text.trim();
  if (ERRORS.test(t)) return { value: t, error: true, formula: null };
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === 'true', formula: null };
  const num = /^([+-]?)((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d+))?(%?)$/.exec(t);
  if (num) {
    let v = Number(`${num[1]}${num[2].replace(/,/g, '')}${num[3] !== undefined ? `e${num[3]}` : ''}`);
    if (num[4] === '%') return { value: v / 100, formula: null, format: '0%' };
    return { value: v, formula: null };
  }
  const date = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(t);
  if (date) return { value: serial(Number(date[1]), Number(date[2]), Number(date[3])), formula: null, format: 'yyyy/m/d' };
  const named = monthNamed(t);
  if (named) return { value: named, formula: null, format: 'mmm-yy' };
  return { value: text, formula: null };
}

const serial = (year: number, month: number, day: number) => Math.round(Date.UTC(year, month - 1, day) / 86400000) + 25569;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A date written with an English month name and a figure: "May 2019", "Sep-20", "May 1, 2019". Excel
 * takes month names as dates (DATEVALUE's own examples, "22-MAY-2011" and "5-JUL":
 * support.microsoft.com/office/datevalue-function-df8b07d4-7761-4a93-bc33-b7471bbff252); entry is
 * assumed to read them the same way, whichever way round. Which serial results is assumed (the first
 * of the month, or the day given, in the year given; a two-digit figure alone is a year): only that the
 * text is no longer text matters here.
 */
function monthNamed(t: string): number | null {
  const m = /^([a-z]{3,9})\.?[\s,/-]*(\d{1,4})(?:[\s,/-]+(\d{2,4}))?$/i.exec(t);
  if (!m) return null;
  const name = m[1].toLowerCase();
  const month = MONTHS.findIndex((p) => name.startsWith(p) && (name.length === 3 || name === 'sept' || FULL_MONTHS.includes(name)));
  if (month < 0) return null;
  const year = (y: number) => (y < 100 ? 2000 + y : y);
  const a = Number(m[2]);
  if (m[3] !== undefined) return serial(year(Number(m[3])), month + 1, a);
  return serial(year(a), month + 1, 1);
}

const FULL_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

// A small formula evaluator: numbers, cell references, SUM(range), + - * / and parentheses.
// Anything else gives #NAME?, as a formula the fake does not know.
export function evaluate(sheet: ModelSheet, formula: string): { value: Scalar; error?: boolean } {
  const src = formula.replace(/^=/, '').replace(/\s+/g, '');
  let i = 0;
  const fail = (): never => {
    throw new Error('#NAME?');
  };
  const numberAt = (row: number, col: number): number => {
    const c = getCell(sheet, row, col);
    if (c.error) throw new Error(String(c.value));
    return typeof c.value === 'number' ? c.value : 0;
  };
  const primary = (): number => {
    if (src[i] === '(') {
      i++;
      const v = expr();
      if (src[i++] !== ')') fail();
      return v;
    }
    if (src[i] === '-') {
      i++;
      return -primary();
    }
    const fn = /^SUM\(([A-Z]+\d+(?::[A-Z]+\d+)?)\)/i.exec(src.slice(i));
    if (fn) {
      i += fn[0].length;
      const r = parseLocal(fn[1]);
      let s = 0;
      for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) s += numberAt(row, col);
      return s;
    }
    const ref = /^\$?[A-Z]{1,3}\$?\d+/i.exec(src.slice(i));
    if (ref) {
      i += ref[0].length;
      const r = parseLocal(ref[0]);
      return numberAt(r.top, r.left);
    }
    const num = /^\d+(\.\d+)?/.exec(src.slice(i));
    if (num) {
      i += num[0].length;
      return Number(num[0]);
    }
    return fail();
  };
  const term = (): number => {
    let v = primary();
    while (src[i] === '*' || src[i] === '/') {
      const op = src[i++];
      const w = primary();
      if (op === '/' && w === 0) throw new Error('#DIV/0!');
      v = op === '*' ? v * w : v / w;
    }
    return v;
  };
  const expr = (): number => {
    let v = term();
    while (src[i] === '+' || src[i] === '-') {
      const op = src[i++];
      const w = term();
      v = op === '+' ? v + w : v - w;
    }
    return v;
  };
  try {
    const v = expr();
    if (i !== src.length) fail();
    return { value: v };
  } catch (e) {
    const msg = (e as Error).message;
    return { value: ERRORS.test(msg) ? msg : '#NAME?', error: true };
  }
}

/** Recomputes every formula cell (row by row), as Excel's recalculation would. */
export function recalc(wb: ModelWorkbook): void {
  for (const sheet of wb.sheets) {
    const formulaCells = [...sheet.cells.entries()].filter(([, c]) => c.formula !== null);
    formulaCells.sort(([a], [b]) => {
      const [ar, ac] = a.split(':').map(Number);
      const [br, bc] = b.split(':').map(Number);
      return ar - br || ac - bc;
    });
    for (const [, c] of formulaCells) {
      const r = evaluate(sheet, c.formula!);
      c.value = r.value;
      if (r.error) c.error = true;
      else delete c.error;
    }
  }
}
