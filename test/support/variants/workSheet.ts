// A sheet held as a person edits it — rows and columns inserted, columns moved, cells merged — where
// every cell remembers the original cell it came from, so that what the scorer reads of a variant can
// be compared with what it read of the original, cell for cell.
import { fromA1, toA1 } from '../../../src/core';
import type { Area, CellValue, SheetGrid } from '../../../src/core';

export interface WorkCell {
  value: CellValue;
  format: string | null;
  /** The original cell (A1) this one is, or null for a cell the variant added. */
  readonly from: string | null;
  /** In a copy of the table stacked below it (a second project): the original cell this one copies. */
  readonly copyOf?: string | null;
}

const blank = (): WorkCell => ({ value: null, format: null, from: null });

export class WorkSheet {
  private index: Map<string, { row: number; col: number }> | null = null;

  private constructor(
    readonly name: string,
    private rows: WorkCell[][],
    private areas: Area[],
  ) {}

  /** The original: every cell of its used range, empty ones too, knows its own address. */
  static fromGrid(grid: SheetGrid): WorkSheet {
    const top = grid.origin?.row ?? 0;
    const left = grid.origin?.col ?? 0;
    const width = left + Math.max(0, ...grid.values.map((r) => r.length));
    const rows: WorkCell[][] = [];
    for (let r = 0; r < top + grid.values.length; r++) {
      const row: WorkCell[] = [];
      for (let c = 0; c < width; c++) {
        const value = grid.values[r - top]?.[c - left] ?? null;
        const format = grid.numberFormats?.[r - top]?.[c - left] ?? null;
        row.push({ value, format, from: toA1(r, c) });
      }
      rows.push(row);
    }
    return new WorkSheet(grid.name, rows, [...(grid.merges ?? [])]);
  }

  clone(): WorkSheet {
    return new WorkSheet(
      this.name,
      this.rows.map((r) => r.map((c) => ({ ...c }))),
      this.areas.map((a) => ({ ...a })),
    );
  }

  get height(): number {
    return this.rows.length;
  }

  get width(): number {
    return Math.max(0, ...this.rows.map((r) => r.length));
  }

  get merges(): readonly Area[] {
    return this.areas;
  }

  /** The cell at a position, made (empty, added) when the sheet does not reach it yet. */
  at(row: number, col: number): WorkCell {
    while (this.rows.length <= row) this.rows.push([]);
    const r = this.rows[row];
    while (r.length <= col) r.push(blank());
    return r[col];
  }

  set(row: number, col: number, value: CellValue, format: string | null = null): void {
    const cell = this.at(row, col);
    cell.value = value;
    cell.format = format;
  }

  private positions(): Map<string, { row: number; col: number }> {
    if (!this.index) {
      const index = new Map<string, { row: number; col: number }>();
      this.rows.forEach((r, row) => r.forEach((c, col) => c.from && index.set(c.from, { row, col })));
      this.index = index;
    }
    return this.index;
  }

  /** Where the original cell stands now. */
  where(from: string): { row: number; col: number } {
    const at = this.positions().get(from);
    if (!at) throw new Error(`the variant lost the original cell ${from}`);
    return at;
  }

  /** Whether the original cell is still on the sheet (a column deleted takes its cells). */
  has(from: string): boolean {
    return this.positions().has(from);
  }

  /** Where the original cell at (row, col) stands now. */
  place(row: number, col: number): { row: number; col: number } {
    return this.where(toA1(row, col));
  }

  /** The original address of what now stands at an address (in the copy, of what it copies), or null for an added cell. */
  origin(address: string, copy = false): string | null {
    const at = fromA1(address);
    const cell = at ? this.rows[at.row]?.[at.col] : undefined;
    return (copy ? cell?.copyOf : cell?.from) ?? null;
  }

  /** The original row of a row that holds any original cell (in the copy, any copied one), or null for an added row. */
  originRow(row: number, copy = false): number | null {
    const from = this.rows[row]?.map((c) => (copy ? c.copyOf : c.from)).find((f) => f);
    return from ? fromA1(from)!.row : null;
  }

  /**
   * Stacks a copy of the rows `top..bottom` below the sheet, after `gap` blank rows (a page holding a
   * second project): its cells know what they copy; its merged areas come along.
   */
  appendCopy(top: number, bottom: number, gap: number): number {
    this.index = null;
    const start = this.rows.length + gap;
    while (this.rows.length < start) this.rows.push([]);
    for (let r = top; r <= bottom; r++) this.rows.push((this.rows[r] ?? []).map((c) => ({ value: c.value, format: c.format, from: null, copyOf: c.from })));
    for (const a of [...this.areas]) {
      if (a.top >= top && a.bottom <= bottom) this.areas.push({ ...a, top: a.top - top + start, bottom: a.bottom - top + start });
    }
    return start;
  }

  /** The merged area a position lies in. */
  mergeAt(row: number, col: number): Area | undefined {
    return this.areas.find((a) => a.top <= row && row <= a.bottom && a.left <= col && col <= a.right);
  }

  /** Whether a row inserted at `at` would fall inside a merged area (it would have to widen it). */
  cutsRows(at: number): boolean {
    return this.areas.some((a) => a.top < at && at <= a.bottom);
  }

  merge(area: Area): void {
    if (area.top === area.bottom && area.left === area.right) return;
    if (this.areas.some((a) => a.top <= area.bottom && area.top <= a.bottom && a.left <= area.right && area.left <= a.right)) {
      throw new Error(`overlapping merge ${toA1(area.top, area.left)}:${toA1(area.bottom, area.right)}`);
    }
    this.areas.push(area);
  }

  unmerge(area: Area): void {
    this.areas = this.areas.filter((a) => a !== area);
  }

  /** Inserts empty rows before `at`; a merged area the insertion falls inside grows. */
  insertRows(at: number, count = 1): void {
    this.index = null;
    this.rows.splice(at, 0, ...Array.from({ length: count }, () => [] as WorkCell[]));
    this.areas = this.areas.map((a) =>
      a.top >= at ? { ...a, top: a.top + count, bottom: a.bottom + count } : a.bottom >= at ? { ...a, bottom: a.bottom + count } : a,
    );
  }

  /** Inserts an empty column before `at` on every row; a merged area the insertion falls inside grows. */
  insertColumn(at: number): void {
    this.index = null;
    for (const r of this.rows) {
      while (r.length < at) r.push(blank());
      r.splice(at, 0, blank());
    }
    this.areas = this.areas.map((a) =>
      a.left >= at ? { ...a, left: a.left + 1, right: a.right + 1 } : a.right >= at ? { ...a, right: a.right + 1 } : a,
    );
  }

  /**
   * Moves the columns `first..last` to stand before column `before` (an index of the sheet as it is),
   * on the rows `top..bottom` only — the rest of the sheet is another block, laid out on its own.
   * Merged areas must not cross the moved block's edges, nor the band's rows with a moved column.
   */
  moveColumns(top: number, bottom: number, first: number, last: number, before: number): void {
    if (before >= first && before <= last + 1) return;
    const width = Math.max(this.width, before);
    const order = [...Array(width).keys()];
    const moved = order.splice(first, last - first + 1);
    order.splice(before > last ? before - moved.length : before, 0, ...moved);
    const newIndex = new Map(order.map((old, i) => [old, i]));
    for (const a of this.areas) {
      const inside = a.top >= top && a.bottom <= bottom;
      const touches = a.bottom >= top && a.top <= bottom;
      const shifts = [...Array(a.right - a.left + 1).keys()].some((k) => newIndex.get(a.left + k) !== a.left + k);
      if (touches && !inside && shifts) throw new Error(`a merged area crosses the band moved: ${toA1(a.top, a.left)}`);
      if (inside && shifts && newIndex.get(a.right)! - newIndex.get(a.left)! !== a.right - a.left) {
        throw new Error(`a merged area is cut by the move: ${toA1(a.top, a.left)}`);
      }
    }
    this.index = null;
    for (let r = top; r <= bottom && r < this.rows.length; r++) {
      const row = this.rows[r];
      while (row.length < width) row.push(blank());
      this.rows[r] = order.map((old) => row[old]);
    }
    this.areas = this.areas.map((a) =>
      a.top >= top && a.bottom <= bottom ? { ...a, left: newIndex.get(a.left)!, right: newIndex.get(a.right)! } : a,
    );
  }

  toGrid(): SheetGrid {
    return {
      name: this.name,
      values: this.rows.map((r) => r.map((c) => c.value)),
      numberFormats: this.rows.map((r) => r.map((c) => c.format)),
      merges: this.areas.map((a) => ({ ...a })),
    };
  }

  /** The sheet as a small text table: row numbers, column letters, ‹merged› cells marked. */
  render(maxWidth = 10): string {
    const width = this.width;
    const text = (v: CellValue) => (v === null || v === undefined ? '' : typeof v === 'object' ? v.error : String(v)).replace(/\s+/g, ' ');
    const cut = (s: string) => (s.length > maxWidth ? `${s.slice(0, maxWidth - 1)}…` : s);
    const lines = [['', ...[...Array(width).keys()].map((c) => toA1(0, c).replace(/\d+$/, ''))].join(' | ')];
    this.rows.forEach((r, row) => {
      const cells = [...Array(width).keys()].map((col) => {
        const area = this.mergeAt(row, col);
        if (area && (area.top !== row || area.left !== col)) return area.top === row ? '←' : '↑';
        return cut(text(r[col]?.value ?? null));
      });
      lines.push([String(row + 1), ...cells].join(' | '));
    });
    return lines.join('\n');
  }
}
