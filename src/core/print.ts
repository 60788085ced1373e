// How the scored sheet prints. A sheet with no print setup of its own (portrait, 100%, no title rows, no
// print area) is set to print landscape on A4 at the scale measured from its columns and type (zoomFor),
// its title rows (the rows above and including the header) on every page. The setup it had is kept in the backup, so restore puts it back;
// a setup the person changed since is theirs and left alone. An appended 扣分原因 column (when the sheet
// has none and the person asked for one) gets a width and wrapped text, kept the same way. Pure: the
// adapter reads the setup, this decides, the adapter writes.
import { toA1 } from './address';
import type { Layout } from './types';

export interface Zoom {
  readonly scale?: number | null;
  readonly horizontalFitToPages?: number | null;
  readonly verticalFitToPages?: number | null;
}

/** What the add-in reads and sets of a sheet's page layout. */
export interface PageSetup {
  readonly orientation: 'Portrait' | 'Landscape';
  readonly zoom: Zoom;
  /** The rows repeated on every page, `$1:$3`, or null. */
  readonly titleRows: string | null;
  /**
   * The paper, as office-js names it (Excel.PaperType: `A4`, `Letter` …); absent where the host did not
   * read it (a file's adapter keeps its own). Not part of what makes a setup the person's own.
   */
  readonly paper?: string;
}

/** The paper scoring sets: A4, on which Chinese offices print. */
export const PRINT_PAPER = 'A4';

/** Whether a print area is set: a sheet with one has a print setup of its own. */
export interface PageRead extends PageSetup {
  readonly printArea: boolean;
}

export interface ColumnFormat {
  /** Points; null when the host gave none. */
  readonly width: number | null;
  /** Null when the cells differ (the host says so): then it is not set, for it could not be put back. */
  readonly wrap: boolean | null;
}

/** The print setup scoring changed, as the backup keeps it: what was there, and what scoring wrote. */
export interface PrintBackup {
  readonly page?: { readonly original: PageSetup; readonly written: PageSetup };
  /**
   * The appended 扣分原因 column: its cells (`J3:J26`), its column, its format before and after, and the
   * ranges bordered like the table (`J3:J26`, one a table; absent where none were).
   */
  readonly column?: {
    readonly col: number;
    readonly address: string;
    readonly original: ColumnFormat;
    readonly written: ColumnFormat;
    readonly framed?: readonly string[];
  };
}

/** What to set now; absent parts are left as they are. */
export interface PrintChange {
  readonly page?: PageSetup;
  readonly column?: { readonly address: string; readonly format: ColumnFormat };
  /** Title rows the host cannot remove (no documented office-js call does): restore leaves them and says so. */
  readonly titleRowsKept?: string;
  /**
   * Ranges of the appended column to border like the table (`frame`), or to take that border off again
   * (`unframe`); a file's adapter borders cell by cell instead, each cell like its left neighbour.
   */
  readonly borders?: { readonly frame: readonly string[]; readonly unframe: readonly string[] };
}

/** Rows `top` to `bottom`, zero-based and inclusive. */
export interface RowSpan {
  readonly top: number;
  readonly bottom: number;
}

/**
 * An appended 扣分原因 column: where it stands, and the rows of each table it runs down (header to the
 * last indicator row or the 合计), all of them bordered like the table — not only those given a text.
 */
export interface AppendedColumn {
  readonly col: number;
  readonly tables: readonly RowSpan[];
}

/** The ranges of an appended column that its tables run down, header to last row: `J3:J26`. */
export function framesOf(column: AppendedColumn | undefined): string[] {
  return (column?.tables ?? []).map(({ top, bottom }) => `${toA1(top, column!.col)}:${toA1(bottom, column!.col)}`);
}

/** Landscape, every column on one page wide, as many pages tall as it takes (0: the file format's "automatic"). */
export const PRINT_ZOOM: Zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
/**
 * Width of an appended 扣分原因 column, in points: 40 digits of the default font (285 pixels), about
 * 20 Chinese characters a line — wide enough to read, narrow enough that the table beside it can
 * still print one page wide at a readable size (at 300 points a sample table shrank to 6-point type).
 */
export const REASON_WIDTH = 214;

/** What the table prints: its columns' widths in points, left to right, and the size of its type. */
export interface TableMeasure {
  readonly widths: readonly number[];
  readonly fontSize: number;
}

/**
 * What a table prints, measured as an adapter reads the sheet: the width of each used column in points
 * (`appended`, an appended 扣分原因 column, at the width scoring gives it) and the smallest type among
 * the texts from the header down (`fallback` where there is none; a size the host cannot tell, null, is passed over).
 */
export function measureTable(
  values: readonly (readonly unknown[])[],
  headerTop: number,
  widthOf: (col: number) => number,
  sizeAt: (row: number, col: number) => number | null,
  appended: number | undefined,
  fallback: number,
): TableMeasure {
  const used = Math.max(values.reduce((n, row) => Math.max(n, row.length), 0), appended === undefined ? 0 : appended + 1);
  let fontSize = Infinity;
  for (let row = headerTop; row < values.length; row++) {
    (values[row] ?? []).forEach((v, col) => {
      if (typeof v === 'string' && v.trim() !== '') fontSize = Math.min(fontSize, sizeAt(row, col) ?? Infinity);
    });
  }
  const widths = Array.from({ length: used }, (_, col) => (col === appended ? REASON_WIDTH : widthOf(col)));
  return { widths, fontSize: Number.isFinite(fontSize) ? fontSize : fallback };
}

/** A4 landscape's width less Excel's default margins (0.7 inch a side), in points. */
export const A4_LANDSCAPE_WIDTH = 841.89 - 2 * 0.7 * 72;
/** The smallest type a printed table may have, in points. */
export const SMALLEST_TYPE = 9;

/**
 * How the table is zoomed: at the scale that puts all its columns on one page wide (at most 100%)
 * while that keeps its type at 9 points or more; else at the scale that keeps it at 9 points, its
 * last columns (the explanations) printing on a page of their own to the right. A scale, not "fit to
 * one page wide": LibreOffice and WPS read a fit of 1 wide and 0 tall as one page in all, and shrink
 * a long table to a few points. Unmeasured (a host that cannot tell), one page wide.
 */
export function zoomFor(table: TableMeasure | null): Zoom {
  if (!table) return PRINT_ZOOM;
  const width = table.widths.reduce((s, w) => s + w, 0);
  const fit = width > 0 ? Math.min(100, Math.floor((A4_LANDSCAPE_WIDTH / width) * 100)) : 100;
  const readable = Math.ceil((SMALLEST_TYPE / table.fontSize) * 100);
  return { scale: Math.max(fit, Math.min(100, readable)) };
}

const sameZoom = (a: Zoom, b: Zoom): boolean =>
  (a.scale ?? null) === (b.scale ?? null) &&
  (a.horizontalFitToPages ?? null) === (b.horizontalFitToPages ?? null) &&
  (a.verticalFitToPages ?? null) === (b.verticalFitToPages ?? null);

export const samePage = (a: PageSetup, b: PageSetup): boolean => a.orientation === b.orientation && sameZoom(a.zoom, b.zoom) && a.titleRows === b.titleRows;
const sameFormat = (a: ColumnFormat, b: ColumnFormat): boolean => a.width === b.width && a.wrap === b.wrap;

/** Excel's own: portrait, at 100% (or no zoom given), no title rows, no print area. */
export function isDefaultSetup(p: PageRead): boolean {
  const zoomDefault = (p.zoom.scale ?? 100) === 100 && !p.zoom.horizontalFitToPages && !p.zoom.verticalFitToPages;
  return p.orientation === 'Portrait' && zoomDefault && p.titleRows === null && !p.printArea;
}

/** `'指标体系'!$1:$3`, `A1:XFD3`, `1:3` → `$1:$3`: title rows compared by their rows alone. */
export function titleRowsOf(address: string | null): string | null {
  if (address === null) return null;
  const local = address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '');
  const m = /^[A-Z]*(\d+):[A-Z]*(\d+)$/i.exec(local) ?? /^[A-Z]*(\d+)$/i.exec(local);
  return m ? `$${m[1]}:$${m[2] ?? m[1]}` : address;
}

/** The rows repeated on every printed page: the title rows and the header, or the header alone below a project's budget block. */
export function titleRowsFor(layout: Layout): string {
  const top = layout.budget ? layout.headerTop : 0;
  return `$${top + 1}:$${layout.headerRow + 1}`;
}

export interface PrintPlan {
  readonly change: PrintChange;
  readonly backup: PrintBackup | undefined;
}

/**
 * What scoring sets. `page` is the setup now (null when the host cannot read it: nothing is set);
 * `titleRows` the rows to repeat; `column` the appended 扣分原因 column with its format now (its
 * format before any scoring comes from the previous backup when that scoring appended it).
 */
export function planPrint(
  page: PageRead | null,
  titleRows: string,
  column: { readonly col: number; readonly address: string; readonly now: ColumnFormat; readonly framed?: readonly string[] } | null,
  previous: PrintBackup | undefined,
  table: TableMeasure | null = null,
): PrintPlan {
  const change: { page?: PageSetup; column?: PrintChange['column']; borders?: PrintChange['borders'] } = {};
  const backup: { page?: PrintBackup['page']; column?: PrintBackup['column'] } = {};
  if (page) {
    const ours = previous?.page && samePage(page, previous.page.written) ? previous.page.original : null;
    // Ours from an earlier scoring counts as the setup it replaced; a setup the person made is theirs.
    const original: PageSetup | null =
      ours ?? (isDefaultSetup(page) ? { orientation: page.orientation, zoom: page.zoom, titleRows: page.titleRows, ...(page.paper ? { paper: page.paper } : {}) } : null);
    if (original) {
      const written: PageSetup = { orientation: 'Landscape', zoom: zoomFor(table), titleRows, paper: PRINT_PAPER };
      if (!samePage(page, written)) change.page = written;
      backup.page = { original, written };
    }
  }
  const before = previous?.column;
  if (column) {
    const original = before && before.col === column.col ? before.original : column.now;
    const written: ColumnFormat = { width: REASON_WIDTH, wrap: original.wrap === null ? null : true };
    if (!sameFormat(column.now, written)) change.column = { address: column.address, format: written };
    const framed = column.framed ?? [];
    backup.column = { col: column.col, address: column.address, original, written, ...(framed.length ? { framed } : {}) };
  }
  if (before && (!column || before.col !== column.col)) {
    // The column appended last time is appended no more: its format goes back.
    change.column ??= { address: before.address, format: before.original };
  }
  // Borders set last time stay; those of tables that moved are taken off, the new ones set.
  const had = before?.framed ?? [];
  const has = backup.column?.framed ?? [];
  const frame = has.filter((a) => !had.includes(a));
  const unframe = had.filter((a) => !has.includes(a));
  if (frame.length || unframe.length) change.borders = { frame, unframe };
  return { change, backup: backup.page || backup.column ? backup : undefined };
}

/** What the host can undo: office-js has no call that removes title rows; a file's defined name can be removed. */
export interface RestoreHost {
  readonly removesTitleRows: boolean;
}

/** What restore sets: the page setup scoring replaced, if it still stands as scoring left it; the column's format. */
export function planPrintRestore(backup: PrintBackup | undefined, page: PageRead | null, host: RestoreHost): PrintChange {
  if (!backup) return {};
  const out: { page?: PageSetup; column?: PrintChange['column']; titleRowsKept?: string; borders?: PrintChange['borders'] } = {};
  if (backup.page && page && samePage(page, backup.page.written)) {
    const { original, written } = backup.page;
    // Title rows a host cannot remove stay (PageLayout has setPrintTitleRows only).
    const kept = !host.removesTitleRows && original.titleRows === null ? written.titleRows : null;
    out.page = { ...original, titleRows: original.titleRows ?? kept };
    if (kept !== null) out.titleRowsKept = kept;
  }
  if (backup.column) out.column = { address: backup.column.address, format: backup.column.original };
  if (backup.column?.framed?.length) out.borders = { frame: [], unframe: backup.column.framed };
  return out;
}

// ---- How tall a row must be to show its text --------------------------------------------------
// Excel does not grow a row for wrapped text written by a program: the writer sets the height. A
// column's width counts characters of the default font's digits (Calibri 11: 7 pixels); a CJK
// character is about two of them, any other one.

/** Column-width units a text takes: a CJK or other full-width character two, any other character one. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1;
  return w;
}

/**
 * Lines a text takes wrapped in a column `width` units wide at `size` points (a line break starts a
 * line). A character is never split, so a line holds what fits whole; a larger type holds less.
 */
export function wrappedLines(text: string, width: number, size = 11): number {
  // A cell keeps a little padding on each side; a type larger than 11 points is wider in proportion.
  const room = Math.max(2, Math.floor(((width - 1) * 11) / size));
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    let line = 0;
    let count = 1;
    for (const ch of paragraph) {
      const w = textWidth(ch);
      if (line + w > room) {
        count++;
        line = 0;
      }
      line += w;
    }
    lines += count;
  }
  return lines;
}

/**
 * Points a row needs to show `lines` lines of `size`-point type, with 3 points of padding. A line is
 * taken as 1.45 times the type: CJK fonts set their lines that far apart (Noto CJK's ascent and
 * descent add up to 1.448 em; SimSun's to 1.3), so the text shows whichever font prints it.
 */
export function rowHeight(lines: number, size = 11): number {
  return Math.ceil(lines * size * 1.45 + 3);
}

/** A text in a cell that wraps: its column's width in digits of the default font, its type's size in points. */
export interface WrappedText {
  readonly text: string;
  readonly width: number;
  readonly size: number;
}

/** Points a row needs to show each of its wrapped texts whole: the tallest one's (0 for none). */
export function heightToShow(texts: readonly WrappedText[]): number {
  return texts.reduce((h, t) => Math.max(h, rowHeight(wrappedLines(t.text, t.width, t.size), t.size)), 0);
}
