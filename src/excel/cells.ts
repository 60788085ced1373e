// Addresses and cell values between Excel and the core.
import {
  fromA1,
  type Area,
  type CellValue,
} from '../core';


// ---------------------------------------------------------------------------------------------
// Addresses

/** `Sheet!A1:B3` (or `A1`) to a zero-based inclusive area. */
export function areaOf(address: string): Area | null {
  const local = address.slice(address.lastIndexOf('!') + 1).trim();
  const [a, b] = local.split(':');
  const p = fromA1(a);
  const q = b === undefined ? p : fromA1(b);
  if (!p || !q) return null;
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

// ---------------------------------------------------------------------------------------------
// Cell values between Excel and the core

/**
 * A cell's value for the core. An error value (`#DIV/0!`, `#BUSY!`, `#CONNECT!` …) is told by its
 * Range.valueTypes entry, `Error` (https://learn.microsoft.com/javascript/api/excel/excel.rangevaluetype):
 * `values` gives it as text, and the text `#N/A` a person typed looks the same.
 */
export function fromExcel(v: unknown, type?: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  return type === 'Error' ? { error: String(v) } : String(v);
}

/**
 * A value as Excel must receive it to store exactly that: text Excel could read as something else goes
 * in behind an apostrophe, which keeps it text and is not part of the value ("Stop automatically
 * changing numbers to dates": support.microsoft.com/office/452bd2db-cc96-47d1-81e4-72cec11c4ed8).
 * Excel converts numbers, percentages, dates and times, TRUE/FALSE, `=…` and error literals; a text
 * starting with anything but a letter may be one of those. A text starting with a letter can still be
 * a date when a month's name stands before a figure ("May 2019", "Sep-20": month names are dates to
 * Excel, DATEVALUE's examples "22-MAY-2011", "5-JUL"), in English or in the Office language. So such
 * a text is quoted whenever it holds a digit; one with no digit cannot be a number, date or time, and
 * only TRUE and FALSE remain to quote.
 */
export function toExcel(v: CellValue): string | number | boolean {
  if (v === null) return '';
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'object') return v.error;
  if (v === '') return '';
  const first = v.trimStart().charAt(0);
  const plain = /\p{L}/u.test(first) && !/\p{Nd}/u.test(v) && !/^\s*(true|false)\s*$/i.test(v);
  return plain ? v : `'${v}`;
}

// ---------------------------------------------------------------------------------------------
// Fills, in the encoding the backup keeps (CellState.fill is the adapter's own): null for none,
// `#RRGGBB` for a plain solid colour (as the command line writes it), else the JSON of the
// CellPropertiesFill (pattern, its colour, tints), so that restore puts back exactly what was there.

type Fill = Excel.CellPropertiesFill;

/** The fill properties the first read asks of every cell: enough to tell none, white and solid apart. */
export const FILL_BRIEF = { color: true, pattern: true } as const;
/** All of a fill, asked only of cells whose fill scoring changes and that a person filled. */
export const FILL_WHOLE = { color: true, pattern: true, patternColor: true, tintAndShade: true, patternTintAndShade: true } as const;

export function fillOf(props: unknown): string | null {
  const fill = (props as { format?: { fill?: Fill } })?.format?.fill;
  if (!fill?.color) return null;
  const color = fill.color.toUpperCase();
  // Below ExcelApi 1.9 there is no pattern to ask: white then reads as no fill, as it did before.
  if (fill.pattern === undefined) return color === '#FFFFFF' ? null : color;
  if (fill.pattern === 'None') return null;
  const plain = fill.pattern === 'Solid' && !fill.tintAndShade && !fill.patternTintAndShade;
  if (plain) return color;
  const { pattern, patternColor, tintAndShade, patternTintAndShade } = fill;
  return JSON.stringify({ pattern, color, patternColor: patternColor?.toUpperCase(), tintAndShade, patternTintAndShade });
}

/** The fill to set for an encoded one: a plain colour as a solid fill with no tint, or what was kept. */
export function fillToSet(encoded: string): Fill {
  if (encoded.startsWith('#')) return { pattern: 'Solid', color: encoded, tintAndShade: 0, patternTintAndShade: 0 };
  const fill = JSON.parse(encoded) as Fill;
  // Our marks are encoded as the first read sees them (colour and pattern); they are drawn in black.
  return fill.patternColor === undefined ? { patternColor: '#000000', tintAndShade: 0, patternTintAndShade: 0, ...fill } : fill;
}

/** A number format that shows a date (`yyyy/m/d`, `yyyy"年"m"月"d"日"`, `m/d/yy`), not a time or a figure. */
function isDateFormat(format: unknown): boolean {
  if (typeof format !== 'string') return false;
  const bare = format.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '').replace(/\\./g, '');
  return /[yd]/i.test(bare) || /m+[/\-.]d/i.test(bare);
}

/** Dates reach the core as text (`2019-05-01`), as the SPEC asks; Excel gives them as serial numbers. */
export function coreValue(v: unknown, format: unknown, type: unknown): CellValue {
  const value = fromExcel(v, type);
  if (typeof value !== 'number' || !isDateFormat(format) || value < 1 || value > 2958465) return value;
  const d = new Date(Math.round((Math.floor(value) - 25569) * 86400000));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

