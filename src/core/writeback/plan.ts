// What scoring writes into the sheet: the scores, marks, notes, the 扣分原因 column and the total,
// planned from a result scored on the cells as they were before our earlier output (./backup). Pure:
// adapters read CellStates, hand them here, and apply the CellStates that come back in one batch.
import Decimal from 'decimal.js';
import { toA1 } from '../address';
import type { ScoreResult, RowResult, Lang, SheetGrid, Workbook, ScoreOptions } from '../types';
import { scoreTables } from '../score';
import { formatDecimal } from '../numbers';
import { messages } from '../messages';
import type { AppendedColumn, RowSpan } from '../print';
import { Grid } from '../sheet/grid';
import { cellKey, cellOfKey, sameState, type CellState, type CellWrite, type StateAt } from '../cells';
import { originalStates, type Backup, type BackupEntry } from './backup';
import { joinNote } from './notes';

export type Mark = 'deducted' | 'error' | 'manual';

/** How an adapter encodes our highlights as fills (same encoding as CellState.fill). */
export type MarkFills = Readonly<Record<Mark, string>>;

/** Our highlights: amber for a deduction, red for an input to fix, blue for a manual score. */
export const MARK_FILLS: MarkFills = { deducted: '#FFEB9C', error: '#FFC7CE', manual: '#DDEBF7' };

/**
 * The same marks as both adapters write them: each colour with a light black pattern over it, so a
 * deduction, an error and a manual score still differ on a black-and-white printout (Gray8 dots, LightUp
 * diagonals, LightHorizontal lines, as Excel.FillPattern names them:
 * https://learn.microsoft.com/javascript/api/excel/excel.fillpattern; the .xlsx adapter writes them as
 * ECMA-376's gray0625, lightUp, lightHorizontal). One encoding for both, so rescoring a sheet the other
 * adapter scored knows its own mark.
 */
export const PRINTABLE_MARK_FILLS: MarkFills = {
  deducted: JSON.stringify({ pattern: 'Gray8', color: MARK_FILLS.deducted }),
  error: JSON.stringify({ pattern: 'LightUp', color: MARK_FILLS.error }),
  manual: JSON.stringify({ pattern: 'LightHorizontal', color: MARK_FILLS.manual }),
};

export interface WritebackOptions {
  readonly fills: MarkFills;
  /** Overwrite a 得分 cell that holds a formula (only with the user's consent). */
  readonly overwriteFormulas?: boolean;
  /**
   * The person asked for the explanations on paper and the sheet has no 扣分原因 column: one is
   * appended right of the table (its header on the header row), and taken away again by restore.
   */
  readonly appendReasonColumn?: boolean;
}

export interface Writeback {
  /** Every cell to set, each to its complete new state. */
  readonly writes: readonly CellWrite[];
  /** The backup to store in the workbook in place of the old one. */
  readonly backup: Backup;
  /** The 扣分原因 column appended, when one was. */
  readonly appended?: AppendedColumn;
}

/** The header of an appended 扣分原因 column. */
const REASON_HEADER: Readonly<Record<Lang, string>> = { zh: '扣分原因', en: 'Reason for deduction' };

const SCORE_FORMAT = '0.00';

/**
 * The figure for the score column and its format: points, or for 得分系数 the score as a percentage
 * of the points — a fraction shown as a percentage where the column already shows percentages
 * (0.8 as 80.00%), else the number of percent (80.00).
 */
function scoreFigure(score: Decimal, points: Decimal, scale: 'points' | 'share', was: string | null): { value: number; numberFormat: string } {
  if (scale === 'points') return { value: score.toNumber(), numberFormat: SCORE_FORMAT };
  const percent = score.div(points).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  return was !== null && was.includes('%')
    ? { value: percent.div(100).toNumber(), numberFormat: '0.00%' }
    : { value: percent.toNumber(), numberFormat: SCORE_FORMAT };
}

function markOf(row: RowResult): Mark | null {
  if (row.status === 'deducted') return 'deducted';
  if (row.status === 'error') return 'error';
  if (row.status === 'manual') return 'manual';
  return null;
}

/**
 * Whether the row's explanation is written beside it (its note, the 扣分原因 column): every row but a
 * full mark computed, or a judgement's typed full mark. A typed score kept unverified says so at full
 * marks too, and so does one the rule cannot give.
 */
function explained(row: RowResult): boolean {
  if (row.status !== 'full') return true;
  return row.kept !== null && (row.kept.because === 'unverified' || !row.kept.possible);
}

function scoreNote(row: RowResult, lang: Lang): string | null {
  const m = messages(lang);
  const lines: string[] = [];
  if (explained(row)) lines.push(row.explanation);
  // A kept score that differs from the typed one (above the points) says so in its explanation.
  if ((row.status === 'deducted' || row.status === 'full') && row.kept === null) {
    const typed = row.typedScore;
    if (typed !== null && !typed.equals(row.score)) {
      lines.push(m.scoreChanged(formatDecimal(typed), formatDecimal(row.score)));
    }
  }
  return lines.length ? lines.join('\n') : null;
}

/**
 * Plans everything scoring writes, given the result (scored on the *original* cell values), the
 * original states of the cells it may touch and the backup of the previous scoring.
 */
function planWriteback(
  results: readonly ScoreResult[],
  originals: ReadonlyMap<string, CellState>,
  previous: Backup | null,
  options: WritebackOptions,
  appended: number | undefined,
): Writeback {
  const planned = new Map<string, CellWrite>();
  const tables: RowSpan[] = [];
  const original = (row: number, col: number): CellState =>
    originals.get(cellKey(row, col)) ?? { value: null, formula: null, numberFormat: null, fill: null, note: null };
  const put = (row: number, col: number, change: (o: CellState) => CellState) => {
    const o = original(row, col);
    planned.set(cellKey(row, col), { row, col, address: toA1(row, col), state: change(o) });
  };

  // Each table of the sheet (a page holding two projects) writes its own cells.
  for (const result of results) {
    const layout = result.layout;
    if (!layout) continue;
    const { score: scoreCol } = layout.columns;
    const reasonCol = layout.columns.reason ?? appended;
    if (appended !== undefined && layout.columns.reason === undefined) {
      put(layout.headerTop, appended, (o) => ({ ...o, value: REASON_HEADER[result.lang], formula: null }));
      // The budget block's row stands above the header, its explanation in its note, not in the column.
      const bottom = result.rows.reduce((b, r) => (r.col === scoreCol ? Math.max(b, r.row) : b), Math.max(layout.totalRow ?? -1, layout.headerRow));
      tables.push({ top: layout.headerTop, bottom });
    }
    for (const r of result.rows) {
      const mark = markOf(r);
      const note = scoreNote(r, result.lang);
      // The budget block's row keeps points in its own 得分 column, whatever the table's scale.
      const scale = r.col === scoreCol ? layout.scoreScale : 'points';
      put(r.row, r.col, (o) => {
        const keepFormula = o.formula !== null && !options.overwriteFormulas;
        const figure = r.score !== null && r.points !== null && !keepFormula ? scoreFigure(r.score, r.points, scale, o.numberFormat) : null;
        return {
          value: figure ? figure.value : o.value,
          formula: figure ? null : o.formula,
          numberFormat: figure ? figure.numberFormat : o.numberFormat,
          fill: mark ? options.fills[mark] : o.fill,
          note: joinNote(o.note, note),
        };
      });
      // Only into an empty cell: one holding our own earlier text is empty here, its original (the backup
      // knows what we wrote); one holding the office's text keeps it, and the note carries ours.
      if (reasonCol !== undefined && r.col === scoreCol && explained(r) && isBlank(original(r.row, reasonCol))) {
        put(r.row, reasonCol, (o) => ({ ...o, value: r.explanation, formula: null, note: o.note }));
      }
    }
    // A partial total is not written: it would read as the department's score. Nor is a total of
    // 得分系数: shares of different points do not add up.
    if (layout.totalRow !== undefined && result.complete && layout.scoreScale === 'points') {
      put(layout.totalRow, scoreCol, (o) => {
        if (o.formula !== null && !options.overwriteFormulas) return o;
        return { ...o, value: result.total.toNumber(), formula: null, numberFormat: SCORE_FORMAT };
      });
    }
  }

  // Cells the previous scoring wrote and this one does not: back to their original state.
  for (const e of previous?.entries ?? []) {
    const k = cellKey(e.row, e.col);
    if (!planned.has(k)) {
      planned.set(k, { row: e.row, col: e.col, address: toA1(e.row, e.col), state: original(e.row, e.col) });
    }
  }

  const writes = [...planned.values()];
  const entries: BackupEntry[] = writes
    .map((w) => ({ row: w.row, col: w.col, original: original(w.row, w.col), written: w.state }))
    .filter((e) => !sameState(e.original, e.written));
  return { writes, backup: { version: 1, sheet: results[0].sheet, entries }, ...(appended !== undefined ? { appended: { col: appended, tables } } : {}) };
}

/** A cell with nothing in it for a person to read (spaces at most), and no formula. */
function isBlank(s: CellState): boolean {
  return s.formula === null && (s.value === null || (typeof s.value === 'string' && s.value.trim() === ''));
}

/**
 * The whole scoring of a workbook for writing back: undo our earlier output in memory, score the
 * sheet as the person left it, and plan the writes and the new backup.
 */
export function scoreForWriteback(
  workbook: Workbook,
  stateAt: StateAt,
  backup: Backup | null,
  options: WritebackOptions & ScoreOptions,
): { result: ScoreResult; results: readonly ScoreResult[]; writeback: Writeback } {
  const usable = backup && backup.sheet === workbook.indicatorSheet.name ? backup : null;
  const touched = new Map<string, CellState>();
  for (const e of usable?.entries ?? []) touched.set(cellKey(e.row, e.col), stateAt(e.row, e.col));
  const undone = originalStates(usable, touched);
  const sheet = withValues(workbook.indicatorSheet, undone);
  // Every table of the sheet is scored and written; `result` is the first, as a sheet's one result.
  const results = scoreTables({ ...workbook, indicatorSheet: sheet }, options);
  const result = results[0];

  const originals = new Map(undone);
  const consider = (row: number, col: number) => {
    const k = cellKey(row, col);
    if (!originals.has(k)) originals.set(k, originalStates(null, new Map([[k, stateAt(row, col)]])).get(k)!);
  };
  const lacking = results.some((r) => r.layout && r.layout.columns.reason === undefined);
  // The appended column stays where the last scoring put it; else it goes right of everything on the sheet.
  const appended = lacking && options.appendReasonColumn ? (usable?.print?.column?.col ?? new Grid(workbook.indicatorSheet).right) : undefined;
  for (const { layout, rows } of results) {
    if (!layout) continue;
    const reasonCol = layout.columns.reason ?? appended;
    for (const r of rows) {
      consider(r.row, r.col);
      if (reasonCol !== undefined) consider(r.row, reasonCol);
    }
    if (appended !== undefined && layout.columns.reason === undefined) consider(layout.headerTop, appended);
    if (layout.totalRow !== undefined) consider(layout.totalRow, layout.columns.score);
  }
  return { result, results, writeback: planWriteback(results, originals, usable, options, appended) };
}

/** A copy of the grid with some cells' values, formulas and number formats replaced by the given states. */
function withValues(grid: SheetGrid, states: ReadonlyMap<string, CellState>): SheetGrid {
  if (states.size === 0) return grid;
  const origin = grid.origin ?? { row: 0, col: 0 };
  const values = grid.values.map((r) => [...r]);
  const formulas = grid.formulas?.map((r) => [...r]);
  const numberFormats = grid.numberFormats?.map((r) => [...r]);
  for (const [k, state] of states) {
    const { row, col } = cellOfKey(k);
    const r = row - origin.row;
    const c = col - origin.col;
    if (r < 0 || c < 0 || r >= values.length) continue;
    values[r][c] = state.value;
    if (formulas) {
      while (formulas.length <= r) formulas.push([]);
      formulas[r][c] = state.formula;
    }
    if (numberFormats) {
      while (numberFormats.length <= r) numberFormats.push([]);
      numberFormats[r][c] = state.numberFormat;
    }
  }
  return { ...grid, values, formulas, numberFormats };
}
