// One cell of a worksheet being patched: its new `<c>` element from a CellState (value, formula,
// number format, fill) and its note, or the element and note put back exactly as they were.
import { sameValue, toA1 } from '../../core';
import type { CellState } from '../../core';
import { formulaOf } from '../read/cells';
import type { XlsxPackage } from './package';
import type { SheetEditor } from './sheetEditor';
import { escapeSheetText, escapeText, withAttributes } from './xml';

/** A cell as the file held it before scoring, kept in its backup entry for an exact restore. */
export interface RawCell {
  /** Its `<c>` element (null: the cell was not in the file). */
  readonly cell: string | null;
  /** Its `<comment>` element (null: no note). */
  readonly comment: string | null;
  /** The cells that shared its formula, as they were (it was the master of a shared formula). */
  readonly clones?: readonly { readonly row: number; readonly col: number; readonly cell: string }[];
}

/** The raw form of a cell as the input file holds it. */
export function rawCell(editor: SheetEditor, row: number, col: number): RawCell {
  const cell = editor.sheet.cell(row, col);
  const clones = cell ? editor.sheet.sharedClones(cell) : [];
  return {
    cell: editor.sheet.cellXml(row, col),
    comment: editor.existingNotes()?.comments.commentXml(toA1(row, col)) ?? null,
    ...(clones.length ? { clones: clones.map((c) => ({ row: c.row, col: c.col, cell: editor.sheet.cellXml(c.row, c.col)! })) } : {}),
  };
}

/** `t` and the content of a `<c>` holding this value (and formula). */
function content(state: CellState, p: string): { type: string | null; inner: string } {
  const v = state.value;
  const f = state.formula === null ? '' : `<${p}f>${escapeText(state.formula.replace(/^=/, ''))}</${p}f>`;
  if (v === null) return { type: null, inner: f };
  if (typeof v === 'number') return { type: null, inner: `${f}<${p}v>${String(v)}</${p}v>` };
  if (typeof v === 'boolean') return { type: 'b', inner: `${f}<${p}v>${v ? 1 : 0}</${p}v>` };
  if (typeof v === 'object') return { type: 'e', inner: `${f}<${p}v>${escapeText(v.error)}</${p}v>` };
  if (f) return { type: 'str', inner: `${f}<${p}v>${escapeSheetText(v)}</${p}v>` };
  return { type: 'inlineStr', inner: `<${p}is><${p}t xml:space="preserve">${escapeSheetText(v)}</${p}t></${p}is>` };
}

export interface CellWriteOutcome {
  /** The note was not written: the cell holds a threaded comment, whose stand-in note stays as it is. */
  readonly noteKept: boolean;
  /** A formula was added or taken away. */
  readonly formulaChanged: boolean;
}

/**
 * Puts one cell of the sheet into the target state, changing only what differs from its current
 * state (`now`, as read): its value and formula, its format (a cell format appended to the style
 * sheet when needed), its note. `wrap`: the text wraps (an explanation in an appended 扣分原因 column);
 * `dress`, the cell format such a cell takes from the table beside it.
 */
export function writeCellState(
  pkg: XlsxPackage,
  editor: SheetEditor,
  row: number,
  col: number,
  now: CellState,
  target: CellState,
  wrap = false,
  dress?: (style: number) => number,
): CellWriteOutcome {
  const sheet = editor.sheet;
  const ref = toA1(row, col);
  const p = sheet.elementPrefix;
  const valueChanged = !sameValue(now.value, target.value, 'exact') || now.formula !== target.formula;
  const styleChanged = now.numberFormat !== target.numberFormat || now.fill !== target.fill;
  if (valueChanged || styleChanged) {
    const base = sheet.styleAt(row, col);
    let style = base;
    if (styleChanged) {
      const styles = pkg.styles;
      const parts = styles.partsOf(base);
      style = styles.xfWith(base, {
        numFmtId: now.numberFormat === target.numberFormat ? parts.numFmtId : styles.numberFormatId(target.numberFormat),
        fillId: now.fill === target.fill ? parts.fillId : styles.fillId(target.fill),
      });
    }
    if (dress) style = dress(style);
    if (wrap) style = pkg.styles.withWrap(style, true);
    const existing = sheet.cell(row, col);
    if (!valueChanged && existing) {
      sheet.setCell(row, col, withAttributes(sheet.xml, existing.el, { s: style === 0 ? null : String(style) }));
    } else {
      if (existing) {
        // Its clones would lose the formula they share: each gets the formula as it reads there.
        for (const clone of sheet.sharedClones(existing)) {
          const formula = formulaOf(sheet, clone) ?? '=';
          sheet.setFormulaElement(clone, `<${p}f>${escapeText(formula.slice(1))}</${p}f>`);
        }
      }
      const { type, inner } = content(target, p);
      const attrs = `r="${ref}"${style === 0 ? '' : ` s="${style}"`}${type ? ` t="${type}"` : ''}`;
      sheet.setCell(row, col, inner ? `<${p}c ${attrs}>${inner}</${p}c>` : `<${p}c ${attrs}/>`);
    }
  }
  let noteKept = false;
  if (now.note !== target.note) {
    if (editor.threaded.has(ref)) noteKept = true;
    else if (target.note === null) {
      const notes = editor.existingNotes();
      notes?.comments.remove(ref);
      notes?.vml.removeShape(row, col);
    } else {
      const notes = editor.notes();
      notes.comments.setText(ref, target.note);
      if (!notes.vml.hasShape(row, col)) notes.vml.addShape(row, col, target.note.split('\n').length + Math.floor(target.note.length / 40));
    }
  }
  return { noteKept, formulaChanged: (now.formula === null) !== (target.formula === null) };
}

/** Puts a cell back exactly as the file held it before scoring. */
export function putBackCell(editor: SheetEditor, row: number, col: number, raw: RawCell): void {
  const ref = toA1(row, col);
  editor.sheet.setCell(row, col, raw.cell);
  for (const clone of raw.clones ?? []) editor.sheet.setCell(clone.row, clone.col, clone.cell);
  const notes = raw.comment === null ? editor.existingNotes() : editor.notes();
  if (!notes) return;
  if (raw.comment === null) {
    notes.comments.remove(ref);
    notes.vml.removeShape(row, col);
  } else {
    notes.comments.putBack(ref, raw.comment);
    if (!notes.vml.hasShape(row, col)) notes.vml.addShape(row, col, 4);
  }
}
