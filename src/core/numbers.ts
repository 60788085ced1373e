// Figures as they appear in cells: numbers, `3,184.21`, `97.38%`, `９７.３８％`, `8.68万元`, `192项`.
// Every figure becomes a Decimal; binary floating point never touches a score.
import Decimal from 'decimal.js';
import { dateText, isDateFormat } from './dates';
import { chineseNumber, digitsForNumerals } from './numerals';
import { normalizeText } from './text';
import type { CellValue } from './types';

export const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = Decimal;

export const ZERO = new D(0);

/** A figure read from a cell or a rule: its value, whether it was a percentage, and its unit. */
export interface Quantity {
  /** For a percentage, the number of percent (97.38 for 97.38%). */
  readonly value: Decimal;
  readonly percent: boolean;
  /** The unit as written (万元, 项, 天…), or null. */
  readonly unit: string | null;
}

export type CellReading =
  | { readonly kind: 'empty' }
  | { readonly kind: 'number'; readonly quantity: Quantity }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'error'; readonly error: string };

const NUMBER_TEXT =
  /^([+-]?)\s*((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)\s*(%|‰)?\s*([\u4e00-\u9fffA-Za-z/]{0,6})$/;

/** A number from a JavaScript number without binary noise (0.1 + 0.2 style values read as written). */
function decimalOf(n: number): Decimal {
  return new D(Number.isInteger(n) ? n : Number(n.toPrecision(15)));
}

/** Reads a number written as text (`3,184.21`, `97.38%`, `两项`, `百分之九十`); null when it is not a figure. */
export function parseNumberText(text: string): Quantity | null {
  const t = normalizeText(text).trim();
  const m = NUMBER_TEXT.exec(t) ?? NUMBER_TEXT.exec(inDigits(t));
  if (!m) return null;
  let value = new D(m[2].replace(/,/g, ''));
  if (m[1] === '-') value = value.negated();
  const unit = m[4] === '' ? null : m[4];
  if (m[3] === '‰') return { value: value.div(10), percent: true, unit };
  return { value, percent: m[3] === '%', unit };
}

/** A figure typed in Chinese numerals, in digits: `三` → `3`, `两项` → `2项`, `百分之九十` → `90%`. */
function inDigits(text: string): string {
  return chineseNumber(text) ?? digitsForNumerals(text);
}

/** Reads a cell. A number shown with a percent format (0.9738 as `97.38%`) reads as 97.38 percent. */
export function readCell(value: CellValue, numberFormat?: string | null): CellReading {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'object') return { kind: 'error', error: value.error };
  if (typeof value === 'boolean') return { kind: 'text', text: value ? '是' : '否' };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { kind: 'error', error: String(value) };
    // A date cell reads as the date it shows (a deadline's actual), not as its serial number.
    const date = isDateFormat(numberFormat) ? dateText(value, numberFormat!) : null;
    if (date !== null) return { kind: 'text', text: date };
    if (numberFormat && /%/.test(numberFormat.replace(/"[^"]*"/g, ''))) {
      return { kind: 'number', quantity: { value: decimalOf(value).times(100), percent: true, unit: null } };
    }
    return { kind: 'number', quantity: { value: decimalOf(value), percent: false, unit: null } };
  }
  // Error values reach the core as CellError, told apart by the adapters (Excel's valueTypes, the file's
  // cell type); a text such as "#N/A" a person typed is text.
  const trimmed = normalizeText(value).trim();
  if (trimmed === '') return { kind: 'empty' };
  const quantity = parseNumberText(trimmed);
  return quantity ? { kind: 'number', quantity } : { kind: 'text', text: trimmed };
}

/** Half-up to two decimals, as reports state rates and scores. */
export function round2(d: Decimal): Decimal {
  return d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** A figure as a person writes it: no exponent, no trailing zeros (4.75, 5, 0.5). */
export function formatDecimal(d: Decimal): string {
  return d.toFixed();
}

/** A percentage as reports state it: `97.38%`. */
export function formatPercent(percent: Decimal): string {
  return `${formatDecimal(percent)}%`;
}

export function formatQuantity(q: Quantity): string {
  return `${formatDecimal(q.value)}${q.percent ? '%' : ''}${q.unit ?? ''}`;
}

export function clamp(d: Decimal, low: Decimal, high: Decimal): Decimal {
  return Decimal.min(Decimal.max(d, low), high);
}
