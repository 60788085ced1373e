// A variant in the making: the sheet, the original's roles, and where those roles stand now.
import { toA1, type Area } from '../../../src/core';
import type { ColumnRole, Roles } from './roles';
import type { WorkSheet } from './workSheet';

/** Thrown by a transformation that cannot be applied so (its parameters do not fit this table). */
export class NotApplicable extends Error {}

export class Variant {
  /** Rows added under the header that belong to it (a one-row header made two). */
  extraHeaderRows = 0;
  /** How many tables the sheet holds: 2 once the table is stacked again below itself. */
  tables = 1;
  readonly steps: string[] = [];
  /** The original columns a target is written over, until a variant joins them into one cell. */
  targetParts: readonly number[] | null;

  constructor(
    public sheet: WorkSheet,
    readonly roles: Roles,
  ) {
    this.targetParts = roles.targetParts;
  }

  /** Where an original row stands now. */
  row(original: number): number {
    return this.sheet.place(original, 0).row;
  }

  /** Where a column of the table stands now (found by its header cell). */
  col(role: ColumnRole): number | undefined {
    const c = this.roles.columns[role];
    return c === undefined ? undefined : this.columnAt(c);
  }

  /** Where an original column of the table stands now. */
  columnAt(original: number): number {
    return this.sheet.place(this.roles.headerRow, original).col;
  }

  get headerTop(): number {
    return this.row(this.roles.headerTop);
  }

  get headerBottom(): number {
    return this.row(this.roles.headerRow) + this.extraHeaderRows;
  }

  /** The table's rows as they stand: header to 合计 (or its last indicator row). */
  get band(): { top: number; bottom: number } {
    return { top: this.headerTop, bottom: this.row(this.roles.end) };
  }

  /** The table's columns as they stand. */
  get span(): { left: number; right: number } {
    const cols: number[] = [];
    for (let c = this.roles.left; c <= this.roles.right; c++) if (this.sheet.has(toA1(this.roles.headerRow, c))) cols.push(this.columnAt(c));
    return { left: Math.min(...cols), right: Math.max(...cols) };
  }

  get indicatorRows(): number[] {
    return this.roles.indicatorRows.map((r) => this.row(r));
  }

  /** Merged areas that reach into the table's rows. */
  bandMerges(): Area[] {
    const { top, bottom } = this.band;
    return this.sheet.merges.filter((a) => a.bottom >= top && a.top <= bottom);
  }

  /** Whether a column inserted before `at` would fall inside a merged area of the table's rows. */
  cutsColumns(at: number): boolean {
    return this.bandMerges().some((a) => a.left < at && at <= a.right);
  }
}
