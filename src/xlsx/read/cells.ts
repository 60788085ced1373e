// What a cell of a worksheet part holds, as the core reads it: its value (a shared string looked
// up, a serial number shown as a date read as that date, a formula's cached result), its formula
// (a shared formula's clone given its own), its number format and its fill. No decisions are made
// here.
import { NO_RESULT } from '../../core';
import type { Area, CellState, CellValue, SheetGrid } from '../../core';
import { encodeFill } from '../fills';
import { areaOf } from '../package/sheet';
import type { CellAt, SheetPart } from '../package/sheet';
import type { StylePart } from '../package/styles';
import { unescapeSheetText } from '../package/xml';
import { movedFormula } from './formula';
import { serialDateText } from './formats';

/** What a cell's content is read against: the workbook's shared strings, styles and date system. */
export interface ReadContext {
  readonly strings: () => readonly string[];
  readonly styles: () => StylePart | null;
  readonly date1904: boolean;
}

/** A number as the cell shows it: a date where its format shows one; an error where it is not a number. */
function numberOf(text: string, style: number, ctx: ReadContext): CellValue {
  const n = Number(text.trim());
  if (text.trim() === '' || !Number.isFinite(n)) return { error: '#NUM!' };
  return ctx.styles()?.showsDate(style) ? serialDateText(n, ctx.date1904) : n;
}

/** The cached result of a formula, or the value of a plain cell, from its `t` and content. */
export function valueOf(cell: CellAt, ctx: ReadContext): CellValue {
  const type = cell.el.attributes.t;
  const style = Number(cell.el.attributes.s ?? 0);
  const v = cell.value;
  if (cell.formula) {
    if (v === undefined || v === '') return null;
    if (type === 'str') return unescapeSheetText(v);
    if (type === 'b') return Number(v) !== 0;
    if (type === 'e') return { error: v };
    return numberOf(v, style, ctx);
  }
  switch (type) {
    case 's': {
      const text = v === undefined ? undefined : ctx.strings()[Number(v)];
      return text ?? null;
    }
    case 'inlineStr':
      return cell.inline ? unescapeSheetText(cell.inline) : null;
    case 'str':
      return v ? unescapeSheetText(v) : null;
    case 'b':
      return v === undefined || v === '' ? null : Number(v) !== 0;
    case 'e':
      return v ? { error: v } : null;
    case 'd':
      // An ISO 8601 date (a few writers store dates so): its calendar date.
      return v ? v.slice(0, 10) : null;
    default:
      return v === undefined || v === '' ? null : numberOf(v, style, ctx);
  }
}

/**
 * `=B2+B3`, or null for a cell without a formula. A clone of a shared formula gets the master's
 * formula moved to where it stands; a member of an array formula, the array's formula (as Excel shows
 * it in every cell of the array).
 */
export function formulaOf(sheet: SheetPart, cell: CellAt): string | null {
  const f = cell.formula;
  if (!f) {
    const array = sheet.arrayAt(cell.row, cell.col);
    return array && array.master !== cell && array.master.formula!.text !== '' ? `=${array.master.formula!.text}` : null;
  }
  if (f.text !== '') return `=${f.text}`;
  if (f.attributes.t !== 'shared' || f.attributes.si === undefined) return null;
  const master = sheet.sharedGroup(f.attributes.si).find((c) => c.formula!.text !== '');
  return master ? `=${movedFormula(master.formula!.text, cell.row - master.row, cell.col - master.col)}` : null;
}

/** The merged areas of a sheet, zero-based and inclusive. */
export function areasOf(sheet: SheetPart): Area[] {
  return sheet.merges.map(areaOf).filter((a): a is Area => a !== null);
}


/**
 * One worksheet part read: its used part as the core's grid, and any cell's state. A cell inside a
 * merged area but not its top-left cell reads as empty: Excel shows the area's value there, and
 * that lives in the top-left cell only.
 */
export class SheetCells {
  private readonly merges: Area[];
  /** The merged areas crossing each row. */
  private readonly mergesByRow = new Map<number, Area[]>();

  constructor(
    private readonly sheet: SheetPart,
    private readonly ctx: ReadContext,
  ) {
    this.merges = areasOf(sheet);
    for (const a of this.merges) {
      for (let r = a.top; r <= a.bottom; r++) {
        const list = this.mergesByRow.get(r) ?? [];
        list.push(a);
        this.mergesByRow.set(r, list);
      }
    }
  }

  private covered(row: number, col: number): boolean {
    return this.coveringArea(row, col) !== undefined;
  }

  /** The merged area a cell is inside of but not its top-left cell (Excel shows nothing of its own there); undefined otherwise. */
  coveringArea(row: number, col: number): Area | undefined {
    return (this.mergesByRow.get(row) ?? []).find((a) => a.left <= col && col <= a.right && (a.top !== row || a.left !== col));
  }

  /** The used part of the sheet from A1: the cells holding a value or a formula. */
  grid(name: string): SheetGrid {
    const values: CellValue[][] = [];
    const formulas: (string | null)[][] = [];
    const numberFormats: (string | null)[][] = [];
    const styles = this.ctx.styles();
    for (const cell of this.sheet.cells()) {
      if (this.covered(cell.row, cell.col)) continue;
      const formula = formulaOf(this.sheet, cell);
      const value = valueOf(cell, this.ctx);
      if (value === null && formula === null) continue;
      const { row: r, col: c } = cell;
      while (values.length <= r) {
        values.push([]);
        formulas.push([]);
        numberFormats.push([]);
      }
      while (values[r].length <= c) {
        values[r].push(null);
        formulas[r].push(null);
        numberFormats[r].push(null);
      }
      // A formula stored without its result (files written by programs, not Excel) is not empty.
      values[r][c] = formula !== null && value === null ? { error: NO_RESULT } : value;
      formulas[r][c] = formula;
      numberFormats[r][c] = styles?.numberFormatOf(Number(cell.el.attributes.s ?? 0)) ?? null;
    }
    return { name, origin: { row: 0, col: 0 }, values, formulas, numberFormats, merges: this.merges };
  }

  /** One cell's full state (its note given), whether the part holds an element for it or not. */
  state(row: number, col: number, note: string | null): CellState {
    const cell = this.sheet.cell(row, col);
    const own = cell !== undefined && !this.covered(row, col) ? cell : undefined;
    const styles = this.ctx.styles();
    const style = this.sheet.styleAt(row, col);
    // A member of an array formula without an element of its own still shows the array's formula.
    const array = own || this.covered(row, col) ? undefined : this.sheet.arrayAt(row, col);
    return {
      value: own ? valueOf(own, this.ctx) : null,
      formula: own ? formulaOf(this.sheet, own) : array ? `=${array.master.formula!.text}` : null,
      numberFormat: styles?.numberFormatOf(style) ?? null,
      fill: encodeFill(styles?.fillOf(style)),
      note,
    };
  }
}
