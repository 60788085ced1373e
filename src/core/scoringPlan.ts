// One scoring of a sheet, planned whole: its tables scored as the person left them, the cells to
// write, the print setup to set and the backup that undoes both. Both adapters call it: what differs
// between them is only how they read the sheet (stateAt, the previous backup, how it prints) and how
// they write the plan out.
import type { StateAt } from './cells';
import { planPrint, titleRowsFor, type AppendedColumn, type ColumnFormat, type PageRead, type PrintPlan, type TableMeasure } from './print';
import type { Layout, ScoreOptions, ScoreResult, Workbook } from './types';
import type { Backup } from './writeback/backup';
import { scoreForWriteback, type Writeback, type WritebackOptions } from './writeback/plan';

/** How the sheet prints as the adapter read it, for the table found; what core/print's planPrint weighs. */
export interface PrintRead {
  /** Null where the host cannot read the page layout: nothing is set. */
  readonly page: PageRead | null;
  /**
   * The appended 扣分原因 column, its cells and its format now (null where none is appended, or where
   * the host did not read it); `framed`, the ranges to border like the table, where the host borders
   * by range.
   */
  readonly column: { readonly col: number; readonly address: string; readonly now: ColumnFormat; readonly framed?: readonly string[] } | null;
  /** What the table prints; null where the host did not measure it (then one page wide). */
  readonly table: TableMeasure | null;
}

export interface ScoringPlan<R extends PrintRead> {
  /** The sheet's first table; `results` holds every table of the sheet (a page holding two projects), top down. */
  readonly result: ScoreResult;
  readonly results: readonly ScoreResult[];
  readonly writeback: Writeback;
  /** The print setup as read and what to set of it; null where the sheet holds no table (nothing is read or set). */
  readonly print: (PrintPlan & { readonly read: R }) | null;
  /** The backup to store: the writeback's, with the print setup's where scoring sets one. */
  readonly backup: Backup;
}

/**
 * Scores the sheet and plans what to write. `readPrint` reads how the sheet prints, given the table's
 * layout and the 扣分原因 column appended (asked only where the sheet holds a table); `adjust` changes
 * the writes before the backup is taken from them (the add-in cuts long notes short).
 */
export function planScoring<R extends PrintRead>(
  workbook: Workbook,
  stateAt: StateAt,
  previous: Backup | null,
  options: WritebackOptions & ScoreOptions,
  readPrint: (layout: Layout, appended: AppendedColumn | undefined) => R,
  adjust: (writeback: Writeback) => Writeback = (w) => w,
): ScoringPlan<R> {
  const scored = scoreForWriteback(workbook, stateAt, previous, options);
  const { result, results } = scored;
  const writeback = adjust(scored.writeback);
  if (!result.layout || result.rows.length === 0) return { result, results, writeback, print: null, backup: writeback.backup };
  const read = readPrint(result.layout, writeback.appended);
  const print = { ...planPrint(read.page, titleRowsFor(result.layout), read.column, previous?.print, read.table), read };
  const backup = { ...writeback.backup, ...(print.backup ? { print: print.backup } : {}) };
  return { result, results, writeback, print, backup };
}
