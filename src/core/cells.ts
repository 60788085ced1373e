// A cell's identity and state, one home for what every layer asks of them: the key a cell is kept
// under in a map, whether two values or two states are the same, and a sheet-qualified address.
import type { CellValue } from './types';

/** Everything scoring may change in one cell, as an adapter reads it. */
export interface CellState {
  readonly value: CellValue;
  /** The formula, `=SUM(H4:H25)`, or null. */
  readonly formula: string | null;
  readonly numberFormat: string | null;
  /** The fill, in the adapter's own encoding (opaque here); null for none. */
  readonly fill: string | null;
  /** The note (批注) or comment text on the cell; null for none. */
  readonly note: string | null;
}

export interface CellWrite {
  readonly row: number;
  readonly col: number;
  readonly address: string;
  readonly state: CellState;
}

/** Reads one cell's current state; adapters answer from what they loaded in their one read. */
export type StateAt = (row: number, col: number) => CellState;

/** The key a cell (zero-based row and column) is kept under in a map. */
export const cellKey = (row: number, col: number): string => `${row}:${col}`;

/** The cell a key of cellKey's names. */
export function cellOfKey(key: string): { row: number; col: number } {
  const at = key.indexOf(':');
  return { row: Number(key.slice(0, at)), col: Number(key.slice(at + 1)) };
}

/**
 * How two numbers are compared.
 * - `close`, within 1e-9: whether a cell still holds a figure we wrote. A figure may come back from
 *   another program (or Excel's own arithmetic) changed in its last bits, and it is still ours.
 * - `exact`: whether the .xlsx writer must change a cell. A figure within the tolerance but not equal
 *   is rewritten, so the file holds exactly the figure the backup records as written.
 */
export type NumberMatch = 'close' | 'exact';

/** Two values the same: an error by its text, a number as `numbers` says, anything else strictly. */
export function sameValue(a: CellValue, b: CellValue, numbers: NumberMatch): boolean {
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') return a.error === b.error;
  if (numbers === 'close' && typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) < 1e-9;
  return a === b;
}

/** Two states the same in every part: value (a figure `close`), formula, number format, fill and note. */
export function sameState(a: CellState, b: CellState): boolean {
  return sameValue(a.value, b.value, 'close') && a.formula === b.formula && a.numberFormat === b.numberFormat && a.fill === b.fill && a.note === b.note;
}

/** A sheet name as it stands in a reference: always quoted, a quote in it doubled — Excel accepts that for any name. */
const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

/** `'指标体系'` → `指标体系`: a sheet name as a reference holds it, quoted or not. */
export const unquoteSheet = (s: string): string => (/^'.*'$/.test(s) ? s.slice(1, -1).replace(/''/g, "'") : s);

/** `'指标 体系'!H12`, `'O''Brien'!$1:$3`: a cell or area of a sheet, as a reference Excel reads. */
export const sheetAddress = (sheet: string, local: string): string => `${quoteSheet(sheet)}!${local}`;

/**
 * `基础数据!B7` as a person reads it in a message or a list: unquoted, whatever the name holds (Excel
 * shows a name with a space quoted in a formula, but the place is plainer without); the cell alone
 * when it is on the sheet being spoken of. Never handed to Excel: that takes sheetAddress.
 */
export const shownAddress = (sheet: string | null | undefined, cell: string): string => (sheet ? `${sheet}!${cell}` : cell);
