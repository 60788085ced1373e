// Rows as tall as the text scoring wrote into them. Excel does not grow a row for text a program
// wrote, so a row that received an explanation (in the appended 扣分原因 column or the sheet's own)
// gets the height its wrapped texts need, by the estimate 汇总 and 评价结论 take (core/print
// heightToShow: CJK counted double) — only ever raised, never lowered below what the row had. The
// row's start tag as the file held it goes into the backup: restore puts it back verbatim while the
// row is as scoring left it; a height a person set since is theirs. Where another program saved the
// file since (LibreOffice writes every row's height, a pixel apart from ours), the tag no longer fits
// the part: a row still within a pixel of our height gets only its height back.
import { heightToShow, wrappedLines } from '../core';
import type { Area, CellState, WrappedText } from '../core';
import type { XlsxPackage } from './package/package';
import type { SheetEditor } from './package/sheetEditor';
import { areaOf, startAttributes } from './package/sheet';
import { isTrue } from './package/xml';
import { columnDigits } from './package/columns';

/** A row scoring made taller: its start tag as the file held it, and the height scoring gave it (with customHeight="1"). */
export interface RowXml {
  readonly row: number;
  readonly original: string;
  readonly ht: string;
}

/** Whether the row still has the height scoring gave it. */
const asWritten = (attributes: Readonly<Record<string, string>> | null, ht: string): boolean =>
  attributes !== null && attributes.ht === ht && attributes.customHeight === '1';

/**
 * Whether the row has the height scoring gave it as another program wrote it again: set as its own, and
 * less than a pixel (¾ point at 96 dpi) from ours — LibreOffice writes 67 as 66.75 and 35 as 34.5.
 */
const asResaved = (attributes: Readonly<Record<string, string>> | null, ht: string): boolean =>
  attributes !== null && isTrue(attributes.customHeight) && Math.abs(Number(attributes.ht) - Number(ht)) < 0.75;

/** The merged areas of more than one cell crossing each row: a text in one is laid out over the area, not over its own row. */
function mergesByRow(editor: SheetEditor): Map<number, Area[]> {
  const out = new Map<number, Area[]>();
  for (const ref of editor.sheet.merges) {
    const a = areaOf(ref);
    if (a === null || (a.bottom === a.top && a.right === a.left)) continue;
    for (let row = a.top; row <= a.bottom; row++) out.set(row, [...(out.get(row) ?? []), a]);
  }
  return out;
}

/** What a row shows: the states written where scoring wrote (by column), the sheet's values elsewhere. */
interface RowTexts {
  readonly values: readonly unknown[];
  readonly written: ReadonlyMap<number, CellState>;
  readonly merged: readonly Area[];
}

/** The row's wrapped texts, less any a row of the default height shows already (`fullHeight`: the row has that height or more). */
function wrappedTexts(pkg: XlsxPackage, editor: SheetEditor, row: number, cells: RowTexts, wrapped: number | undefined, fullHeight: boolean): WrappedText[] {
  const texts: WrappedText[] = [];
  for (const col of new Set([...cells.values.keys(), ...cells.written.keys()])) {
    const state = cells.written.get(col);
    const value = state ? state.value : cells.values[col];
    if (typeof value !== 'string' || value.trim() === '') continue;
    const style = editor.sheet.styleAt(row, col);
    if ((col !== wrapped && !pkg.styles.wraps(style)) || cells.merged.some((a) => a.left <= col && col <= a.right)) continue;
    const width = columnDigits(editor, col);
    const size = pkg.styles.fontSizeOf(style);
    // A line of the default type shows in a row of the default height: Excel sizes that row to that type.
    const oneLine = fullHeight && size <= pkg.styles.fontSizeOf(0) && wrappedLines(value, width, size) === 1;
    if (width > 0 && !oneLine) texts.push({ text: value, width, size });
  }
  return texts;
}

/**
 * Raises each row that received a text (`written`, by `row:col`) to the height its wrapped texts need
 * where that is more than it has; a row raised by the last scoring (`previous`) that needs it no more
 * gets its height back. Column `wrapped` is the appended 扣分原因 column, wrapped whatever its cells'
 * style. Returns the rows raised, for the backup.
 */
export function raiseRows(
  pkg: XlsxPackage,
  editor: SheetEditor,
  written: ReadonlyMap<string, CellState>,
  wrapped: number | undefined,
  previous: readonly RowXml[] | undefined,
): RowXml[] {
  const sheet = editor.sheet;
  const before = new Map((previous ?? []).map((r) => [r.row, r]));
  // Each row's writes, found once: a sheet may hold 20,000 rows.
  const byRow = new Map<number, Map<number, CellState>>();
  for (const [key, state] of written) {
    const at = key.indexOf(':');
    const row = Number(key.slice(0, at));
    byRow.set(row, (byRow.get(row) ?? new Map()).set(Number(key.slice(at + 1)), state));
  }
  const texts = new Set([...byRow].filter(([, cells]) => [...cells.values()].some((s) => typeof s.value === 'string' && s.value.trim() !== '')).map(([row]) => row));
  const values = texts.size ? editor.grid().values : [];
  const merges = texts.size ? mergesByRow(editor) : new Map<number, Area[]>();
  const raised: RowXml[] = [];
  for (const row of [...new Set([...texts, ...before.keys()])].sort((a, b) => a - b)) {
    const now = sheet.rowAttributes(row);
    if (now === null) continue;
    const last = before.get(row);
    // Our height from last time stands for the one it replaced; a height set since is the person's.
    const ours = last !== undefined && asWritten(now, last.ht);
    const original = ours ? last.original : sheet.rowStart(row)!;
    const base = ours ? startAttributes(last.original) : now;
    const has = base.ht !== undefined && Number(base.ht) > 0 ? Number(base.ht) : sheet.defaultRowHeight;
    // A row that holds no text of ours now is not ours to size; the others' wrapped texts count too, so that none is cut.
    const cells: RowTexts = { values: values[row] ?? [], written: byRow.get(row) ?? new Map(), merged: merges.get(row) ?? [] };
    const needs = texts.has(row) ? heightToShow(wrappedTexts(pkg, editor, row, cells, wrapped, has >= sheet.defaultRowHeight)) : 0;
    if (needs > has) {
      const ht = String(needs);
      sheet.setRowAttributes(row, { ht, customHeight: '1' });
      raised.push({ row, original, ht });
    } else if (ours) sheet.setRowAttributes(row, { ht: base.ht ?? null, customHeight: base.customHeight ?? null });
  }
  return raised;
}

/** Puts back each row's start tag as the file held it, where the row still has the height scoring gave it. */
export function restoreRows(editor: SheetEditor, rows: readonly RowXml[] | undefined): void {
  for (const r of rows ?? []) if (asWritten(editor.sheet.rowAttributes(r.row), r.ht)) editor.sheet.setRowStart(r.row, r.original);
}

/**
 * In a package another program saved since scoring (its start tags rewritten, so ours no longer fit):
 * each row still within a pixel of the height scoring gave it gets back the height it had, and no more.
 */
export function restoreHeights(editor: SheetEditor, rows: readonly RowXml[] | undefined): void {
  for (const r of rows ?? []) {
    if (!asResaved(editor.sheet.rowAttributes(r.row), r.ht)) continue;
    const was = startAttributes(r.original);
    editor.sheet.setRowAttributes(r.row, { ht: was.ht ?? null, customHeight: was.customHeight ?? null });
  }
}
