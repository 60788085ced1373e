// How the scored sheet prints, in the file: what to set is the core's (core/print, the add-in's own
// decision); the package layer reads and writes the elements (package/pageSetup: `<sheetPr>`,
// `<pageSetup>`, the `_xlnm.Print_Titles` name; package/columns: the appended 扣分原因 column's `<col>`).
// The elements as the file held them go into the backup: restore puts them back byte for byte while
// they stand as scoring left them, else sets the recorded setup. Unlike office-js, a file's title rows
// can be removed, and restore removes them.
import { fromA1, measureTable, planPrintRestore, samePage, toA1 } from '../core';
import type { Layout, PageRead, PrintBackup, PrintPlan, PrintRead, TableMeasure } from '../core';
import { columnFormat, columnPoints, putColumnBack, writeColumn, type ColumnXml } from './package/columns';
import type { XlsxPackage } from './package/package';
import { A4, pageRead, pageTarget, pageXml, paperOf, putPage, samePageXml, writePage, type PageTarget, type PageXml, type PageXmls } from './package/pageSetup';
import type { SheetEditor } from './package/sheetEditor';
import { restoreHeights, restoreRows, type RowXml } from './rowHeights';
import { unframe, type PreviousFrame } from './frame';

/** The core's print backup, with the elements as the file held them before scoring and after, and the rows scoring made taller. */
export interface XlsxPrintBackup extends PrintBackup {
  readonly xlsx?: {
    readonly page?: PageXmls;
    readonly column?: ColumnXml;
    /** Absent in a backup written before rows were raised: nothing to put back. */
    readonly rows?: readonly RowXml[];
    /** The same rows in a package another program saved since: matched by their height alone (backup.ts withoutXml). */
    readonly heights?: readonly RowXml[];
    /** The cells added to border the appended column's rows without a text (absent before they were). */
    readonly framed?: PreviousFrame;
  };
}

const colOf = (address: string): number => fromA1(address.split(':')[0])!.col;

/**
 * What the sheet prints, as the core weighs it: each used column's width in points (a hidden one
 * none; the appended column at the width scoring gives it) and the size of its smallest type, over
 * the texts of the table from its header down.
 */
function measure(t: PageTarget, layout: Layout, appended: number | undefined): TableMeasure {
  const sheet = t.editor.sheet;
  const widthOf = (col: number) => columnPoints(t.editor, col);
  const sizeAt = (row: number, col: number) => t.pkg.styles.fontSizeOf(sheet.styleAt(row, col));
  return measureTable(t.editor.grid().values, layout.headerTop, widthOf, sizeAt, appended, t.pkg.styles.fontSizeOf(0));
}

// ---- scoring and restoring ----------------------------------------------------------------------

/** How the sheet prints before scoring: what the core weighs, and the elements as the file holds them, for the backup. */
export interface XlsxPrintRead extends PrintRead {
  readonly page: PageRead;
  readonly table: TableMeasure;
  readonly xml: {
    readonly page: PageXml;
    readonly cols: string | null;
    readonly dimension: string | null;
    /** workbook.xml's `<definedNames>` while it holds no name (null: none; undefined: it holds one). */
    readonly names: string | null | undefined;
  };
}

/**
 * Reads how the sheet prints, before anything is written: its page setup, the appended 扣分原因 column
 * (`appended`) as it stands, and the table's measure. `lastRow`: the sheet's last row, zero-based, so
 * that the column's cells are named as the add-in names them.
 */
export function readPrint(pkg: XlsxPackage, editor: SheetEditor, layout: Layout, appended: number | undefined, lastRow: number): XlsxPrintRead {
  const t = pageTarget(pkg, editor);
  const before = pageXml(t);
  const page = pageRead(t, before);
  const cols = editor.sheet.childXml('cols');
  const dimension = editor.sheet.childXml('dimension');
  const column = appended === undefined ? null : { col: appended, address: `${toA1(0, appended)}:${toA1(lastRow, appended)}`, now: columnFormat(pkg, editor, appended) };
  const names = pkg.workbook.emptyNames();
  return { page, column, table: measure(t, layout, appended), xml: { page: before, cols, dimension, names } };
}

/**
 * Sets the sheet to print as the core plans it, and the appended 扣分原因 column wide and wrapped;
 * returns the print backup with the elements before and after (undefined when nothing is kept).
 */
export function applyPrint(pkg: XlsxPackage, editor: SheetEditor, plan: PrintPlan & { readonly read: XlsxPrintRead }, previous: XlsxPrintBackup | undefined): XlsxPrintBackup | undefined {
  const t = pageTarget(pkg, editor);
  const { change, backup, read } = plan;
  // A4, where scoring sets the page up (restore puts the paper back with the rest).
  if (change.page) writePage(t, change.page, A4);
  if (change.column) {
    const col = colOf(change.column.address);
    // Either this column's new format, or the format of one appended last time and not now.
    if (col === read.column?.col) writeColumn(pkg, editor, col, change.column.format);
    else putColumnBack(pkg, editor, col, change.column.format, previous?.xlsx?.column);
  }
  if (!backup) return undefined;
  const raw = previous?.xlsx;
  const { page: before, cols: colsBefore, dimension: dimensionBefore, names } = read.xml;
  const xlsx: { page?: PageXmls; column?: ColumnXml } = {};
  if (backup.page) {
    // Scoring's own setup from last time stands for the one it replaced (the core's decision), whose
    // elements are exact only while the file still holds what scoring wrote.
    const ours = previous?.page !== undefined && samePage(read.page, previous.page.written);
    const kept = ours && raw?.page && samePageXml(raw.page.written, before) ? raw.page : undefined;
    if (!ours) xlsx.page = { original: before, written: pageXml(t), ...(names !== undefined ? { names } : {}) };
    else if (kept) xlsx.page = { ...kept, written: pageXml(t) };
  }
  if (backup.column) {
    const same = previous?.column?.col === backup.column.col;
    const kept = same && raw?.column && raw.column.written === colsBefore ? raw.column : undefined;
    if (!same) xlsx.column = { original: colsBefore, written: editor.sheet.childXml('cols'), dimension: dimensionBefore };
    else if (kept) xlsx.column = { ...kept, written: editor.sheet.childXml('cols') };
  }
  return xlsx.page || xlsx.column ? { ...backup, xlsx } : backup;
}

/** The print backup (applyPrint's, or none) with the rows scoring made taller and the cells it framed. */
export function withRowsAndFrame(print: XlsxPrintBackup | undefined, rows: readonly RowXml[], framed: PreviousFrame | undefined): XlsxPrintBackup | undefined {
  if (!rows.length && !framed?.cells.length) return print;
  return { ...print, xlsx: { ...print?.xlsx, ...(rows.length ? { rows } : {}), ...(framed?.cells.length ? { framed } : {}) } };
}

/** Puts back what scoring set, as the core plans it: in a file, title rows scoring added are removed too, and rows get their heights back. */
export function restorePrint(pkg: XlsxPackage, editor: SheetEditor, backup: XlsxPrintBackup | undefined): void {
  if (!backup) return;
  restoreRows(editor, backup.xlsx?.rows);
  restoreHeights(editor, backup.xlsx?.heights);
  unframe(editor, backup.xlsx?.framed);
  const t = pageTarget(pkg, editor);
  const now = pageXml(t);
  const change = planPrintRestore(backup, pageRead(t, now), { removesTitleRows: true });
  const raw = backup.xlsx;
  if (change.page) {
    if (raw?.page && samePageXml(now, raw.page.written)) putPage(t, raw.page);
    else writePage(t, change.page, raw?.page ? paperOf(raw.page.original.pageSetup) : null);
  }
  if (change.column) putColumnBack(pkg, editor, colOf(change.column.address), change.column.format, raw?.column);
}
