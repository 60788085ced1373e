// Where the parts of an original table stand — its header, its columns by meaning, its indicator rows,
// its 合计 and its budget block — in the original's coordinates. The variants are built from these;
// the golden reading of the original (test/fixtures/real) vouches for them.
import type { ScoreResult, SheetGrid } from '../../../src/core';
import { fromA1 } from '../../../src/core';
import { Grid } from '../../../src/core/sheet/grid';
import { headerMeaning, type HeaderKey } from '../../../src/core/sheet/headers';

export type ColumnRole = HeaderKey | 'initialTarget';

export interface Roles {
  readonly headerTop: number;
  readonly headerRow: number;
  /** Each meaning's column (original columns). */
  readonly columns: Readonly<Partial<Record<ColumnRole, number>>>;
  /** A target written over several columns (指标性质 | 指标值 | 度量单位). */
  readonly targetParts: readonly number[] | null;
  /** The rows read as indicators (the budget block's row is not among them). */
  readonly indicatorRows: readonly number[];
  readonly totalRow: number | null;
  /** The table's last row: its 合计, else its last indicator row. */
  readonly end: number;
  /** The columns the table spans, from its header. */
  readonly left: number;
  readonly right: number;
  /** A project table's 预算执行率 block: its header, its rows (to the last one with figures), its columns. */
  readonly budget: {
    readonly headerRow: number;
    readonly row: number;
    readonly last: number;
    readonly columns: Readonly<Record<string, number | undefined>>;
  } | null;
}

function span(grid: Grid, top: number, bottom: number): { left: number; right: number } {
  let left = Infinity;
  let right = -Infinity;
  for (let r = top; r <= bottom; r++) {
    for (let c = grid.left; c < grid.right; c++) {
      if (grid.rawText(r, c) === '') continue;
      const m = grid.merge(r, c);
      left = Math.min(left, c);
      right = Math.max(right, m ? m.right : c);
    }
  }
  return { left, right };
}

/** The roles as the original was read: from its layout, or (a refused table) from its header's words. */
export function rolesOf(sheet: SheetGrid, result: ScoreResult, headerRow: number): Roles {
  const grid = new Grid(sheet);
  const layout = result.layout;
  const top = layout?.headerTop ?? headerRow - 1;
  const bottom = layout?.headerRow ?? headerRow - 1;
  const columns: Partial<Record<ColumnRole, number>> = {};
  if (layout) {
    for (const [k, v] of Object.entries(layout.columns)) if (typeof v === 'number') columns[k as ColumnRole] = v;
  } else {
    for (let c = grid.left; c < grid.right; c++) {
      const m = headerMeaning(grid.text(top, c));
      if (m && columns[m.key] === undefined) columns[m.key] = c;
    }
  }
  const budget = layout?.budget;
  const rows = result.rows.map((r) => fromA1(r.cell)!.row).filter((r) => r > bottom);
  let indicatorRows = rows;
  if (!layout) {
    // Refused: the rows below the header that name an indicator.
    const col = columns.indicator ?? grid.left;
    indicatorRows = [];
    for (let r = bottom + 1; r < grid.bottom && !/合计|总计|总分/.test(grid.rawText(r, grid.left)); r++) {
      if (grid.text(r, col) !== '' && !grid.merge(r, col)?.right) indicatorRows.push(r);
    }
  }
  const totalRow = layout?.totalRow ?? null;
  const { left, right } = span(grid, top, bottom);
  let budgetRows = null;
  if (budget) {
    let last = budget.row;
    while (last + 1 < top && grid.rawText(last + 1, budget.columns.spent) !== '') last++;
    budgetRows = { headerRow: budget.headerRow, row: budget.row, last, columns: budget.columns };
  }
  return {
    headerTop: top,
    headerRow: bottom,
    columns,
    targetParts: layout?.columns.targetParts ?? null,
    indicatorRows,
    totalRow,
    end: totalRow ?? indicatorRows[indicatorRows.length - 1] ?? bottom,
    left,
    right,
    budget: budgetRows,
  };
}
