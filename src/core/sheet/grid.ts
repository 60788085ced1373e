// Reading a SheetGrid by absolute position, with merged areas resolved: every cell of a merged area
// reads as the area's top-left value, as a person sees it.
import type { Area, CellValue, SheetGrid } from '../types';

export class Grid {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  /** One past the last row / column that holds anything. */
  readonly bottom: number;
  readonly right: number;
  private readonly mergeAt = new Map<number, Area>();

  constructor(private readonly sheet: SheetGrid) {
    this.name = sheet.name;
    this.top = sheet.origin?.row ?? 0;
    this.left = sheet.origin?.col ?? 0;
    this.bottom = this.top + sheet.values.length;
    let width = 0;
    for (const row of sheet.values) width = Math.max(width, row.length);
    this.right = this.left + width;
    for (const area of sheet.merges ?? []) {
      // Only the part inside the grid matters; a merge reaching row 1,048,576 must not cost a million entries.
      const top = Math.max(area.top, this.top);
      const bottom = Math.min(area.bottom, this.bottom - 1);
      const left = Math.max(area.left, this.left);
      const right = Math.min(area.right, this.right - 1);
      for (let r = top; r <= bottom; r++) {
        for (let c = left; c <= right; c++) this.mergeAt.set(this.key(r, c), area);
      }
    }
  }

  private key(row: number, col: number): number {
    return row * 20000 + col;
  }

  /** The cell's own value (null inside a merged area except its top-left). */
  raw(row: number, col: number): CellValue {
    const r = this.sheet.values[row - this.top];
    const v = r?.[col - this.left];
    return v === undefined ? null : v;
  }

  /** The value a person sees at the cell: a merged area's value shows in all its cells. */
  value(row: number, col: number): CellValue {
    const area = this.mergeAt.get(this.key(row, col));
    return area ? this.raw(area.top, area.left) : this.raw(row, col);
  }

  merge(row: number, col: number): Area | undefined {
    return this.mergeAt.get(this.key(row, col));
  }

  isFormula(row: number, col: number): boolean {
    const f = this.sheet.formulas?.[row - this.top]?.[col - this.left];
    return f !== undefined && f !== null && f !== false && f !== '';
  }

  numberFormat(row: number, col: number): string | null {
    return this.sheet.numberFormats?.[row - this.top]?.[col - this.left] ?? null;
  }

  /** The cell's value as text, trimmed ('' for empty, errors and booleans as shown). */
  text(row: number, col: number): string {
    return cellText(this.value(row, col));
  }

  /** The cell's own value as text ('' inside a merged area except its top-left). */
  rawText(row: number, col: number): string {
    return cellText(this.raw(row, col));
  }
}

function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return v.error;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v).trim();
}
