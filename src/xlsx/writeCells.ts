// Applying the core's writes to a sheet of the file, as far as the workbook lets a cell show them: a
// cell inside an array formula over several cells keeps its value (Excel computes it from the array
// and would throw ours away), a cell hidden under a merged area keeps its content (nothing written
// there would show), a note beside a threaded comment stays the thread's stand-in, and no text or note
// passes Excel's 32,767 characters. What was not written as planned is said, cell by cell; the states
// returned are what the cells hold now, for the backup.
import { cellKey, joinNote, sameValue, splitNote, toA1 } from '../core';
import type { CellState, CellWrite, Lang } from '../core';
import { rawCell, writeCellState } from './package/cells';
import type { RawCell } from './package/cells';
import type { XlsxPackage } from './package/package';
import type { SheetEditor } from './package/sheetEditor';

/** A cell whose write was not made as planned, and why: its explanation is in the result and the JSON. */
export type NotWritten =
  | { readonly cell: string; readonly why: 'thread' }
  | { readonly cell: string; readonly why: 'note-full' }
  | { readonly cell: string; readonly why: 'array'; readonly range: string }
  | { readonly cell: string; readonly why: 'merged'; readonly range: string };

export interface CellsWritten {
  /** The state each cell was left in. */
  readonly written: Map<string, CellState>;
  /** Each cell as the file held it before, for an exact restore. */
  readonly raw: Map<string, RawCell>;
  readonly before: Map<string, CellState>;
  readonly notWritten: NotWritten[];
}

/** Excel's limit on the characters of a cell's text and of a note (Excel specifications and limits). */
export const EXCEL_TEXT_LIMIT = 32_767;

/** What ends a text cut at that limit: the whole of it is in the deduction list (扣分明细) and the JSON. */
const CUT: Readonly<Record<Lang, string>> = { zh: '…（全文见扣分明细）', en: '… (full text in the deduction list)' };

/** The text cut to `room` characters, ending in the mark that says so. */
function cutTo(text: string, room: number, lang: Lang): string {
  if (text.length <= room) return text;
  const mark = CUT[lang];
  let end = room - mark.length;
  // Not between the halves of a surrogate pair.
  if (/[\uD800-\uDBFF]/.test(text[end - 1])) end--;
  return text.slice(0, end) + mark;
}

/**
 * A note within Excel's limit: the person's part never cut, ours cut to the room left; undefined when
 * their part leaves ours no room.
 */
function fittingNote(note: string | null, lang: Lang): string | null | undefined {
  if (note === null || note.length <= EXCEL_TEXT_LIMIT) return note;
  const { person, ours } = splitNote(note);
  // Longer than Excel takes, and all the person's: theirs, as they wrote it.
  if (ours === null) return note;
  const room = EXCEL_TEXT_LIMIT - (joinNote(person, '') ?? '').length;
  return room > CUT[lang].length ? joinNote(person, cutTo(ours, room, lang)) : undefined;
}

/**
 * The state a cell can take: the planned one, less what the workbook would not show or keep (see the
 * file's head), and why, when something was held back.
 */
function feasible(editor: SheetEditor, w: CellWrite, now: CellState, lang: Lang | null): { state: CellState; notWritten?: NotWritten } {
  const cell = toA1(w.row, w.col);
  let state = w.state;
  const contentChanges = !sameValue(state.value, now.value, 'exact') || state.formula !== now.formula;
  const covered = editor.coveredBy(w.row, w.col);
  if (covered) return { state: now, ...(contentChanges || state.note !== now.note ? { notWritten: { cell, why: 'merged', range: covered } } : {}) };
  let notWritten: NotWritten | undefined;
  const array = editor.arrayOf(w.row, w.col);
  if (array && contentChanges) {
    state = { ...state, value: now.value, formula: now.formula };
    notWritten = { cell, why: 'array', range: array };
  }
  // Restoring puts back what the file held, uncut.
  if (lang === null) return { state, ...(notWritten ? { notWritten } : {}) };
  if (typeof state.value === 'string') state = { ...state, value: cutTo(state.value, EXCEL_TEXT_LIMIT, lang) };
  const note = fittingNote(state.note, lang);
  if (note === undefined) {
    state = { ...state, note: now.note };
    notWritten ??= { cell, why: 'note-full' };
  } else state = { ...state, note };
  return { state, ...(notWritten ? { notWritten } : {}) };
}

/**
 * How a cell of the appended 扣分原因 column looks like the table beside it: on the header row, the
 * cell format of the header to its left (the same one, where it wraps); below, bordered as the cell to
 * its left is. Read before anything is written, from the cells as the office left them.
 */
function tableLook(wb: XlsxPackage, editor: SheetEditor, col: number, headerRow: number | undefined): (row: number) => (style: number) => number {
  const left = (row: number) => (col > 0 ? editor.sheet.styleAt(row, col - 1) : 0);
  const header = headerRow === undefined ? undefined : left(headerRow);
  return (row) => (style) => (row === headerRow && header !== undefined ? wb.styles.withWrap(header, true) : wb.styles.withBorderOf(style, left(row)));
}

/**
 * Writes cells into the sheet's part (and its notes and the style sheet); the cells of column
 * `wrapped` (an appended 扣分原因 column) wrap their text. `lang`: the language of the mark that ends
 * a text cut at Excel's limit — null when restoring, which cuts nothing. Returns the states the cells
 * were left in, the cells as they were, and what was not written as planned.
 */
export function writeCells(wb: XlsxPackage, editor: SheetEditor, writes: readonly CellWrite[], lang: Lang | null, wrapped?: number, headerRow?: number): CellsWritten {
  const dress = wrapped === undefined ? undefined : tableLook(wb, editor, wrapped, headerRow);
  const written = new Map<string, CellState>();
  const raw = new Map<string, RawCell>();
  const before = new Map<string, CellState>();
  const notWritten: NotWritten[] = [];
  let formulas = false;
  for (const w of writes) {
    const now = editor.state(w.row, w.col);
    const key = cellKey(w.row, w.col);
    before.set(key, now);
    raw.set(key, rawCell(editor, w.row, w.col));
    const planned = feasible(editor, w, now, lang);
    let state = planned.state;
    if (planned.notWritten) notWritten.push(planned.notWritten);
    const outcome = writeCellState(wb, editor, w.row, w.col, now, state, w.col === wrapped, w.col === wrapped ? dress?.(w.row) : undefined);
    if (outcome.noteKept) {
      state = { ...state, note: now.note };
      notWritten.push({ cell: toA1(w.row, w.col), why: 'thread' });
    }
    formulas ||= outcome.formulaChanged;
    written.set(key, state);
  }
  if (writes.length) {
    wb.recalculateOnOpen();
    if (formulas) wb.dropCalcChain();
  }
  return { written, raw, before, notWritten };
}
