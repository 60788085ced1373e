// The appended 扣分原因 column bordered on every row of its table, not only on the rows given a text:
// printed, a column bordered in patches reads as a table cut up. A row without a text of ours gets a
// cell holding only a format — its own with the border of the cell to its left on that row, as the
// texts are dressed (writeCells). Each such cell goes into the backup by its style; restore, and the
// next scoring, take away those still as scoring left them, so the part comes back as it was.
import { cellKey, toA1 } from '../core';
import type { AppendedColumn, CellState } from '../core';
import type { XlsxPackage } from './package/package';
import type { SheetEditor } from './package/sheetEditor';

/** A cell scoring added to border its row of the appended column: its row and its cell format (`s`). */
export interface FramedCell {
  readonly row: number;
  readonly s: number;
}

/** The element scoring writes for a framed cell: a cell with a format and nothing in it. */
const framedXml = (editor: SheetEditor, row: number, col: number, s: number): string =>
  `<${editor.sheet.elementPrefix}c r="${toA1(row, col)}"${s === 0 ? '' : ` s="${s}"`}/>`;

/** Whether the cell as the file holds it is the one scoring framed there, untouched since. */
function isFramed(editor: SheetEditor, col: number, framed: FramedCell): boolean {
  return editor.sheet.cellXml(framed.row, col) === framedXml(editor, framed.row, col, framed.s);
}

/**
 * Borders each row of the column's tables that received no text (`written`, by `row:col`) as the cell
 * to its left: a new cell with only that format where the row has none in the column, or where the one
 * there is what the last scoring framed (`previous`); a cell a person put there since is theirs. The
 * last scoring's framed cells that this one does not frame again are taken away. Returns the cells framed.
 */
export function frameColumn(
  pkg: XlsxPackage,
  editor: SheetEditor,
  column: AppendedColumn | undefined,
  written: ReadonlyMap<string, CellState>,
  previous: PreviousFrame | undefined,
): FramedCell[] {
  const sheet = editor.sheet;
  const ours = new Map((previous?.cells ?? []).filter((f) => isFramed(editor, previous!.col, f)).map((f) => [f.row, f]));
  const framed: FramedCell[] = [];
  if (column) {
    const { col } = column;
    const same = previous?.col === col;
    for (const { top, bottom } of column.tables) {
      for (let row = top; row <= bottom; row++) {
        if (written.has(cellKey(row, col))) continue;
        const last = same ? ours.get(row) : undefined;
        if (last) {
          // Framed by the last scoring and untouched since: it stays as it is.
          framed.push(last);
          ours.delete(row);
        } else if (sheet.cellXml(row, col) === null) {
          // The cell format it would show, with the border of the cell to its left as the office left it.
          const s = pkg.styles.withBorderOf(sheet.styleAt(row, col), col > 0 ? sheet.styleAt(row, col - 1) : 0);
          sheet.setCell(row, col, framedXml(editor, row, col, s));
          framed.push({ row, s });
        }
      }
    }
  }
  // What the last scoring framed and this one does not: taken away, unless a text of ours now stands there.
  for (const row of ours.keys()) if (!written.has(cellKey(row, previous!.col))) sheet.setCell(row, previous!.col, null);
  return framed;
}

/** The framed cells of an earlier scoring and the column they stand in. */
export interface PreviousFrame {
  readonly col: number;
  readonly cells: readonly FramedCell[];
}

/** Takes away each framed cell still as scoring left it (restore). */
export function unframe(editor: SheetEditor, previous: PreviousFrame | undefined): void {
  for (const f of previous?.cells ?? []) if (isFramed(editor, previous!.col, f)) editor.sheet.setCell(f.row, previous!.col, null);
}

/** Whether a cell's element as the file holds it is one an earlier scoring framed: its original is then no cell. */
export function wasFramed(editor: SheetEditor, row: number, col: number, previous: PreviousFrame | undefined): boolean {
  return previous !== undefined && previous.col === col && previous.cells.some((f) => f.row === row && isFramed(editor, col, f));
}
