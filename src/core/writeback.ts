// What scoring writes into the sheet, and how it is undone. Pure: adapters read CellStates,
// hand them here, and apply the CellStates that come back in one batch.
//
// Safety rests on one record, the Backup: for every cell scoring has written, the state it had
// before (the "original") and the state scoring left (the "written"). When scoring runs again, a cell
// whose current state still equals what was written is taken at its original; a cell a person has
// changed since keeps their change as its new original. So rescoring never mistakes our own output
// for a hand score, never loses what a person typed afterwards, and restore is exact.
import Decimal from 'decimal.js';
import { toA1 } from './address';
import type { ScoreResult, RowResult, Lang, SheetGrid, Workbook, ScoreOptions } from './types';
import { scoreTables } from './score';
import { formatDecimal } from './numbers';
import { messages } from './messages';
import type { AppendedColumn, PrintBackup, RowSpan } from './print';
import { Grid } from './sheet/grid';
import { cellKey, cellOfKey, sameState, sameValue, type CellState, type StateAt } from './cells';

export type Mark = 'deducted' | 'error' | 'manual';

/** How an adapter encodes our highlights as fills (same encoding as CellState.fill). */
export type MarkFills = Readonly<Record<Mark, string>>;

export interface BackupEntry {
  readonly row: number;
  readonly col: number;
  readonly original: CellState;
  readonly written: CellState;
  /**
   * What the previous scoring had left in the cell, recorded while this scoring's writes are under way
   * (whileWriting): a write cut short may leave it there, and it is ours, not the person's.
   */
  readonly was?: CellState;
}

export interface Backup {
  readonly version: 1;
  readonly sheet: string;
  readonly entries: readonly BackupEntry[];
  /** The print setup scoring changed (absent where nothing was changed); each adapter may keep more of its own in it. */
  readonly print?: PrintBackup;
}

export interface CellWrite {
  readonly row: number;
  readonly col: number;
  readonly address: string;
  readonly state: CellState;
}

/** Where every adapter keeps the backup: a very hidden sheet, its JSON in chunks down column A. */
export const BACKUP_SHEET = '绩效评分助手_备份';
/** Characters per backup cell, below Excel's 32,767-character cell limit. */
const BACKUP_CHUNK = 30000;

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

/**
 * What the backup sheet holds: one Backup per scored sheet, so scoring a second sheet of the workbook
 * never drops the first one's way back.
 */
export interface BackupStore {
  readonly version: 1;
  readonly backups: readonly Backup[];
  /**
   * A sheet the command line added (its 评价结论), with a digest of its part as written: scoring again
   * replaces it and restore removes it while it is as written; changed, it is a person's and stays.
   */
  readonly added?: AddedSheet;
}

export interface AddedSheet {
  readonly sheet: string;
  readonly digest: string;
}

export const EMPTY_STORE: BackupStore = { version: 1, backups: [] };

/** The sheet's backup in the store, or null. */
export function backupFor(store: BackupStore, sheet: string): Backup | null {
  return store.backups.find((b) => b.sheet === sheet) ?? null;
}

/** The store with the sheet's backup replaced (or dropped, when it records nothing). */
export function withBackup(store: BackupStore, sheet: string, backup: Backup | null): BackupStore {
  const others = store.backups.filter((b) => b.sheet !== sheet);
  return { ...store, version: 1, backups: backup && (backup.entries.length || backup.print) ? [...others, backup] : others };
}

/** The store as the cell texts of its sheet, A1 downwards; none when it holds no backup. */
export function storeChunks(store: BackupStore): string[] {
  if (store.backups.length === 0 && !store.added) return [];
  const text = JSON.stringify(store);
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += BACKUP_CHUNK) chunks.push(text.slice(i, i + BACKUP_CHUNK));
  return chunks;
}

/** The store from its sheet's cells (A1 downwards, up to the first that is not text). */
export function storeFromChunks(cells: readonly unknown[]): BackupStore {
  let text = '';
  for (const c of cells) {
    if (typeof c !== 'string' || c === '') break;
    text += c;
  }
  return parseStore(text);
}

/** Our part of a note starts after this line, so a person's note can stand above it untouched. */
export const NOTE_MARKER = '—— 绩效评分助手 ——';

/** Splits a note into the person's part and ours. */
/** Splits a note into the person's part and ours; the person's part comes back character for character. */
export function splitNote(note: string | null): { person: string | null; ours: string | null } {
  if (note === null) return { person: null, ours: null };
  const at = note.indexOf(NOTE_MARKER);
  if (at < 0) return { person: note, ours: null };
  let person = note.slice(0, at);
  // Remove exactly the separator joinNote put there, nothing of the person's own spacing.
  if (person.endsWith(SEPARATOR)) person = person.slice(0, -SEPARATOR.length);
  let ours = note.slice(at + NOTE_MARKER.length);
  if (ours.startsWith('\n')) ours = ours.slice(1);
  return { person: person === '' ? null : person, ours };
}

const SEPARATOR = '\n\n';

export function joinNote(person: string | null, ours: string | null): string | null {
  if (ours === null) return person;
  return person === null ? `${NOTE_MARKER}\n${ours}` : `${person}${SEPARATOR}${NOTE_MARKER}\n${ours}`;
}

/**
 * The person's part of a note we wrote: their text above our marker, plus anything they typed into
 * our part since (below it, or by editing it), so that nothing they wrote is lost.
 */
function personsNote(now: string | null, written: string | null, was: string | null): string | null {
  const { person, ours } = splitNote(now);
  const ourText = splitNote(written).ours;
  if (ours === null || ours === ourText || ours === splitNote(was).ours) return person;
  const added = ourText !== null && ours.startsWith(ourText) ? ours.slice(ourText.length).replace(/^\n/, '') : ours;
  if (added.trim() === '') return person;
  return person === null ? added : `${person}\n${added}`;
}

/**
 * The state each cell had before scoring touched it, given the backup from an earlier scoring and
 * the cells' current states. Cells scoring never wrote are their own original.
 */
function originalStates(
  backup: Backup | null,
  current: ReadonlyMap<string, CellState>,
): Map<string, CellState> {
  const originals = new Map<string, CellState>();
  for (const [k, state] of current) originals.set(k, { ...state, note: splitNote(state.note).person });
  for (const entry of backup?.entries ?? []) {
    const k = cellKey(entry.row, entry.col);
    const now = current.get(k);
    if (!now) continue;
    // A part that holds what we wrote, now or (a write cut short) the time before, is ours.
    const outputs = entry.was ? [entry.written, entry.was] : [entry.written];
    const ours = (same: (w: CellState) => boolean) => outputs.some(same);
    const keepValue = ours((w) => sameValue(now.value, w.value, 'close') && now.formula === w.formula);
    originals.set(k, {
      value: keepValue ? entry.original.value : now.value,
      formula: keepValue ? entry.original.formula : now.formula,
      numberFormat: ours((w) => now.numberFormat === w.numberFormat) ? entry.original.numberFormat : now.numberFormat,
      fill: ours((w) => now.fill === w.fill) ? entry.original.fill : now.fill,
      note: personsNote(now.note, entry.written.note, entry.was?.note ?? null),
    });
  }
  return originals;
}

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
 * The backup to store before writes that may be cut short (the Excel adapter writes a big sheet in
 * several batches, and a person may start typing between two): every cell the previous scoring wrote
 * that this one changes also records that earlier output (`was`), so that restore and the next scoring
 * know it for ours whichever writes ran. The backup itself replaces it once every write is done.
 */
export function whileWriting(backup: Backup, previous: Backup | null, writes: readonly CellWrite[]): Backup {
  const earlier = new Map((previous?.entries ?? []).map((e) => [cellKey(e.row, e.col), e.written]));
  if (earlier.size === 0) return backup;
  const entries = new Map(backup.entries.map((e) => [cellKey(e.row, e.col), e]));
  let pending = false;
  const out: BackupEntry[] = [];
  for (const w of writes) {
    const k = cellKey(w.row, w.col);
    const was = earlier.get(k);
    // No entry: this scoring leaves the cell at its original, which is then what it writes.
    const entry = entries.get(k) ?? (was ? { row: w.row, col: w.col, original: w.state, written: w.state } : undefined);
    if (!entry) continue;
    if (was && !sameState(was, w.state)) {
      pending = true;
      out.push({ ...entry, was });
    } else if (entries.has(k)) out.push(entry);
  }
  return pending ? { ...backup, entries: out } : backup;
}

/**
 * The backup after a write in which some cells' notes could not be changed (Excel refused a comment
 * another user wrote): those cells record the note they still hold, so that the next scoring and
 * restore start from what is there.
 */
export function withNotesAsFound(backup: Backup, found: readonly { row: number; col: number; note: string | null }[]): Backup {
  if (found.length === 0) return backup;
  const notes = new Map(found.map((f) => [cellKey(f.row, f.col), f.note]));
  const entries = backup.entries
    .map((e) => {
      const k = cellKey(e.row, e.col);
      return notes.has(k) ? { ...e, written: { ...e.written, note: notes.get(k)! } } : e;
    })
    .filter((e) => !sameState(e.original, e.written));
  return { ...backup, entries };
}

/** The writes that put every cell of a backup back as it was before scoring. */
export function planRestore(backup: Backup, current: ReadonlyMap<string, CellState>): CellWrite[] {
  const originals = originalStates(backup, current);
  return backup.entries.map((e) => ({
    row: e.row,
    col: e.col,
    address: toA1(e.row, e.col),
    state: originals.get(cellKey(e.row, e.col)) ?? e.original,
  }));
}

/** Parses a stored backup store; an empty store when it is absent or not ours. */
export function parseStore(text: string | null | undefined): BackupStore {
  if (!text) return EMPTY_STORE;
  try {
    const data = JSON.parse(text) as BackupStore;
    const ok = data && data.version === 1 && Array.isArray(data.backups) && data.backups.every(isBackup);
    return ok ? data : EMPTY_STORE;
  } catch {
    return EMPTY_STORE;
  }
}

function isBackup(b: Backup): boolean {
  return b !== null && typeof b === 'object' && b.version === 1 && typeof b.sheet === 'string' && Array.isArray(b.entries);
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
