// How the scored sheet prints, in the file: what to set is the core's (core/print, the add-in's own
// decision); here it is read from and written into the sheet's `<sheetPr><pageSetUpPr fitToPage>`,
// its `<pageSetup>`, its `_xlnm.Print_Titles` name in workbook.xml and, for an appended 扣分原因 column,
// that column's `<col>`. The elements as the file held them go into the backup: restore puts them
// back byte for byte while they stand as scoring left them, else sets the recorded setup. Unlike
// office-js, a file's title rows can be removed, and restore removes them.
import { fromA1, measureTable, planPrint, planPrintRestore, samePage, sheetAddress, titleRowsFor, titleRowsOf, toA1 } from '../core';
import type { ColumnFormat, Layout, PageRead, PageSetup, PrintBackup, TableMeasure } from '../core';
import type { SheetEditor, XlsxPackage } from './patch/package';
import { widenedRef } from './patch/sheet';
import { applySplices, elementsOf, escapeText, setAttributes, startTag } from './patch/xml';
import type { XmlElement } from './patch/xml';
import { restoreRows, type RowXml } from './rowHeights';
import { unframe, type PreviousFrame } from './frame';

const PRINT_TITLES = '_xlnm.Print_Titles';
const PRINT_AREA = '_xlnm.Print_Area';

/** A sheet's print elements as the file holds them; null where it has none. */
export interface PageXml {
  readonly sheetPr: string | null;
  readonly pageSetup: string | null;
  /** Its `_xlnm.Print_Titles` defined name. */
  readonly titles: string | null;
}

/** The appended column's `<cols>` before scoring and after, and the sheet's `<dimension>` before (scoring widens it to the column). */
export interface ColumnXml {
  readonly original: string | null;
  readonly written: string | null;
  readonly dimension: string | null;
}

/** The page setup's elements before scoring and after, and workbook.xml's `<definedNames>` before when it held no name (null: none). */
export interface PageXmls {
  readonly original: PageXml;
  readonly written: PageXml;
  readonly names?: string | null;
}

/** The core's print backup, with the elements as the file held them before scoring and after, and the rows scoring made taller. */
export interface XlsxPrintBackup extends PrintBackup {
  readonly xlsx?: {
    readonly page?: PageXmls;
    readonly column?: ColumnXml;
    /** Absent in a backup written before rows were raised: nothing to put back. */
    readonly rows?: readonly RowXml[];
    /** The cells added to border the appended column's rows without a text (absent before they were). */
    readonly framed?: PreviousFrame;
  };
}

/** One sheet of the package: its part, and its place among the sheets (a defined name's localSheetId). */
interface Target {
  readonly pkg: XlsxPackage;
  readonly editor: SheetEditor;
  readonly index: number;
}

const targetOf = (pkg: XlsxPackage, editor: SheetEditor): Target => ({ pkg, editor, index: pkg.workbook.sheets.findIndex((s) => s.name === editor.name) });

function pageXml(t: Target): PageXml {
  return { sheetPr: t.editor.sheet.childXml('sheetPr'), pageSetup: t.editor.sheet.childXml('pageSetup'), titles: t.pkg.workbook.definedName(PRINT_TITLES, t.index) };
}

const samePageXml = (a: PageXml, b: PageXml): boolean => a.sheetPr === b.sheetPr && a.pageSetup === b.pageSetup && a.titles === b.titles;

const isTrue = (v: string | undefined): boolean => v === '1' || v === 'true';

/** The `<pageSetUpPr>` inside a `<sheetPr>`, if any. */
function pageSetUpPrOf(sheetPr: string | null): XmlElement | undefined {
  if (sheetPr === null) return undefined;
  const [root, ...children] = elementsOf(sheetPr);
  return children.find((el) => el.local === 'pageSetUpPr' && el.parent === root);
}

/** Whether a reference names several areas (`'表'!$A:$A,'表'!$1:$3`): a comma outside a quoted sheet name. */
function severalAreas(ref: string): boolean {
  let quoted = false;
  for (const ch of ref) {
    if (ch === "'") quoted = !quoted;
    else if (ch === ',' && !quoted) return true;
  }
  return false;
}

/** The title rows as the core compares them (`$1:$3`); titles of several areas (columns too) stay as written: the sheet's own. */
function titleRowsIn(name: string): string {
  const ref = elementsOf(name, { textOf: new Set(['definedName']) })[0].text;
  return severalAreas(ref) ? ref : titleRowsOf(ref)!;
}

/** The setup as Excel reports it: a scale or pages to fit, as fitToPage says (ECMA-376 §18.3.1.65, §18.3.1.63). */
function pageRead(t: Target, xml: PageXml): PageRead {
  const setup = xml.pageSetup === null ? {} : elementsOf(xml.pageSetup)[0].attributes;
  const count = (v: string | undefined, absent: number) => (v === undefined ? absent : Number(v));
  return {
    // ST_Orientation's `default` is portrait.
    orientation: setup.orientation === 'landscape' ? 'Landscape' : 'Portrait',
    zoom: isTrue(pageSetUpPrOf(xml.sheetPr)?.attributes.fitToPage)
      ? { horizontalFitToPages: count(setup.fitToWidth, 1), verticalFitToPages: count(setup.fitToHeight, 1) }
      : { scale: count(setup.scale, 100) },
    titleRows: xml.titles === null ? null : titleRowsIn(xml.titles),
    printArea: t.pkg.workbook.definedName(PRINT_AREA, t.index) !== null,
  };
}

/** An element's text with attributes set (null removes one), or a new empty element when there is none. */
function withChanges(xml: string | null, name: string, changes: Readonly<Record<string, string | null>>): string {
  if (xml !== null) return applySplices(xml, [setAttributes(elementsOf(xml)[0], changes)]);
  const attributes: Record<string, string> = {};
  for (const [k, v] of Object.entries(changes)) if (v !== null) attributes[k] = v;
  return startTag(name, attributes, true);
}

/** The `<sheetPr>` with fitToPage set (or removed), its other attributes and children kept. */
function sheetPrWith(sheetPr: string | null, p: string, fit: boolean): string | null {
  const fitToPage = fit ? '1' : null;
  const child = `<${p}pageSetUpPr fitToPage="1"/>`;
  if (sheetPr === null) return fit ? `<${p}sheetPr>${child}</${p}sheetPr>` : null;
  const pr = pageSetUpPrOf(sheetPr);
  // A fitToPage already off (LibreOffice writes `false`) stays as written.
  if (pr && !fit && !isTrue(pr.attributes.fitToPage)) return sheetPr;
  if (pr) return applySplices(sheetPr, [setAttributes(pr, { fitToPage })]);
  if (!fit) return sheetPr;
  // pageSetUpPr is the last child of CT_SheetPr (after tabColor and outlinePr).
  const root = elementsOf(sheetPr)[0];
  if (root.selfClosing) return `${startTag(root.name, root.attributes)}${child}</${root.name}>`;
  const at = root.end - `</${root.name}>`.length;
  return applySplices(sheetPr, [{ from: at, to: at, text: child }]);
}

/**
 * Sets the page setup as stated: orientation, a scale or pages to fit, and the title rows (or none);
 * `paper`, the paper size as ST_PaperSize numbers it (9: A4), or null to leave it as it is.
 */
function writePage(t: Target, page: PageSetup, paper: string | null = null): void {
  const sheet = t.editor.sheet;
  const p = sheet.elementPrefix;
  const { scale, horizontalFitToPages: wide, verticalFitToPages: tall } = page.zoom;
  const fit = wide != null || tall != null;
  const setup: Record<string, string | null> = { orientation: page.orientation === 'Landscape' ? 'landscape' : 'portrait' };
  if (paper !== null) setup.paperSize = paper;
  if (fit) Object.assign(setup, { fitToWidth: String(wide ?? 1), fitToHeight: String(tall ?? 1) });
  if (scale != null) setup.scale = String(scale);
  sheet.setChild('pageSetup', withChanges(sheet.childXml('pageSetup'), `${p}pageSetup`, setup));
  sheet.setChild('sheetPr', sheetPrWith(sheet.childXml('sheetPr'), p, fit));
  const wp = t.pkg.workbook.prefix;
  const titles =
    page.titleRows === null
      ? null
      : `<${wp}definedName name="${PRINT_TITLES}" localSheetId="${t.index}">${escapeText(sheetAddress(t.editor.name, page.titleRows))}</${wp}definedName>`;
  t.pkg.workbook.setDefinedName(PRINT_TITLES, t.index, titles);
}

function putPage(t: Target, raw: PageXmls): void {
  t.editor.sheet.setChild('sheetPr', raw.original.sheetPr);
  t.editor.sheet.setChild('pageSetup', raw.original.pageSetup);
  t.pkg.workbook.setDefinedName(PRINT_TITLES, t.index, raw.original.titles);
  if (raw.names !== undefined) t.pkg.workbook.whenNoNames(raw.names);
}

// ---- the appended 扣分原因 column ---------------------------------------------------------------

/**
 * A `<col width>` counts digits of the Normal font, 7 pixels each in Excel's default (Calibri 11), with
 * the cell's padding: width = Truncate(pixels / 7 × 256) / 256, and back, pixels =
 * Truncate((256 × width + Truncate(128 / 7)) / 256 × 7) (ECMA-376 §18.3.1.13). A point is ¾ pixel's
 * worth at 96 dpi. With another Normal font the column is a little wider or narrower on screen.
 */
const DIGIT_PIXELS = 7;
const fileWidth = (points: number): number => Math.trunc((Math.round((points * 4) / 3) / DIGIT_PIXELS) * 256) / 256;
const pointsOf = (width: number): number => Math.trunc(((256 * width + Math.trunc(128 / DIGIT_PIXELS)) / 256) * DIGIT_PIXELS) * 0.75;

/** The `<col>` elements of a `<cols>`, offsets into its text. */
const colsIn = (cols: string | null): XmlElement[] => (cols === null ? [] : elementsOf(cols).filter((el) => el.local === 'col' && el.parent?.parent === null));

/** Whether a `<col>` spans the zero-based column. */
const covers = (el: XmlElement, col: number): boolean => Number(el.attributes.min) <= col + 1 && col + 1 <= Number(el.attributes.max);

/** A column's width in digits of the default font, as text fills it: its `<col>`'s, else the sheet's default (Excel's 8.43); a hidden one 0. */
export function columnDigits(editor: SheetEditor, col: number): number {
  const el = colsIn(editor.sheet.childXml('cols')).find((c) => covers(c, col));
  if (el && isTrue(el.attributes.hidden)) return 0;
  return el?.attributes.width !== undefined ? Number(el.attributes.width) : (editor.sheet.defaultColumnWidth ?? 8.43);
}

/** The column's width in points (null: the sheet's default) and whether its style wraps. */
function columnFormat(t: Target, col: number): ColumnFormat {
  const el = colsIn(t.editor.sheet.childXml('cols')).find((c) => covers(c, col));
  const width = el?.attributes.width;
  return { width: width === undefined ? null : pointsOf(Number(width)), wrap: t.pkg.styles.wraps(Number(el?.attributes.style ?? 0)) };
}

/** Attributes with some set and some removed (null), the others kept in their order. */
function merged(attributes: Readonly<Record<string, string>>, changes: Readonly<Record<string, string | null>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(attributes)) if (!(k in changes)) out[k] = v;
  for (const [k, v] of Object.entries(changes)) if (v !== null) out[k] = v;
  const ordered: Record<string, string> = {};
  for (const k of Object.keys(attributes)) if (k in out) ordered[k] = out[k];
  return Object.assign(ordered, out);
}

/**
 * Sets the column's width and wrap as stated (a null part is left as it is; a null width is the sheet's
 * default). A `<col>` spanning more columns is split around it; one left with nothing of its own goes.
 */
function writeColumn(t: Target, col: number, format: ColumnFormat): void {
  const sheet = t.editor.sheet;
  const p = sheet.elementPrefix;
  const cols = sheet.childXml('cols');
  const list = colsIn(cols);
  const at = list.find((el) => covers(el, col));
  const attributes = at?.attributes ?? {};
  const changes: Record<string, string | null> = { min: String(col + 1), max: String(col + 1) };
  if (format.width !== null) Object.assign(changes, { width: String(fileWidth(format.width)), customWidth: '1' });
  else Object.assign(changes, { width: null, customWidth: null });
  if (format.wrap !== null) {
    const style = t.pkg.styles.withWrap(Number(attributes.style ?? 0), format.wrap);
    changes.style = style === 0 ? null : String(style);
  }
  const own = merged(attributes, changes);
  const name = at?.name ?? `${p}col`;
  let text = Object.keys(own).some((k) => k !== 'min' && k !== 'max') ? startTag(name, own, true) : '';
  if (at && Number(at.attributes.min) < col + 1) text = startTag(name, merged(attributes, { max: String(col) }), true) + text;
  if (at && Number(at.attributes.max) > col + 1) text += startTag(name, merged(attributes, { min: String(col + 2) }), true);
  if (cols === null) {
    if (text) sheet.setChild('cols', `<${p}cols>${text}</${p}cols>`);
    return;
  }
  const root = elementsOf(cols)[0];
  // A new `<col>` goes in column order.
  const from = at?.start ?? list.find((el) => Number(el.attributes.min) > col + 1)?.start ?? root.end - `</${root.name}>`.length;
  const changed = applySplices(cols, [{ from, to: at?.end ?? from, text }]);
  // The schema wants a `<cols>` to hold a `<col>`.
  sheet.setChild('cols', colsIn(changed).length ? changed : null);
}

/**
 * Puts the column's format back: its `<cols>` as the file held it while it stands as scoring left it
 * (and the sheet's dimension, while it differs only by reaching the column), else as recorded.
 */
function putColumnBack(t: Target, col: number, format: ColumnFormat, raw: ColumnXml | undefined): void {
  const sheet = t.editor.sheet;
  if (!raw || sheet.childXml('cols') !== raw.written) {
    writeColumn(t, col, format);
    return;
  }
  sheet.setChild('cols', raw.original);
  const now = sheet.childXml('dimension');
  if (now === null || raw.dimension === null) return;
  const was = elementsOf(raw.dimension)[0].attributes.ref ?? '';
  const top = fromA1(was.split(':')[0])?.row ?? 0;
  if (elementsOf(now)[0].attributes.ref === widenedRef(was, top, col)) sheet.setChild('dimension', raw.dimension);
}

const colOf = (address: string): number => fromA1(address.split(':')[0])!.col;

/** ST_PaperSize's A4. */
const A4 = '9';

/**
 * What the sheet prints, as the core weighs it: each used column's width in points (a hidden one
 * none; the appended column at the width scoring gives it) and the size of its smallest type, over
 * the texts of the table from its header down.
 */
function measure(t: Target, layout: Layout, appended: number | undefined): TableMeasure {
  const sheet = t.editor.sheet;
  // Excel's default column: 8.43 digits (64 pixels) of the default font.
  const standard = pointsOf(sheet.defaultColumnWidth ?? 8.43);
  const cols = colsIn(sheet.childXml('cols'));
  const widthOf = (col: number) => {
    const el = cols.find((c) => covers(c, col));
    if (el && isTrue(el.attributes.hidden)) return 0;
    return el?.attributes.width === undefined ? standard : pointsOf(Number(el.attributes.width));
  };
  const sizeAt = (row: number, col: number) => t.pkg.styles.fontSizeOf(sheet.styleAt(row, col));
  return measureTable(t.editor.grid().values, layout.headerTop, widthOf, sizeAt, appended, t.pkg.styles.fontSizeOf(0));
}

// ---- scoring and restoring ----------------------------------------------------------------------

/**
 * Sets the sheet to print as the core plans it, and the appended 扣分原因 column (`appended`) wide and
 * wrapped; returns the print backup (undefined when nothing is kept). `lastRow`: the sheet's last
 * row, zero-based, so that the column's cells are named as the add-in names them.
 */
export function scorePrint(
  pkg: XlsxPackage,
  editor: SheetEditor,
  layout: Layout,
  appended: number | undefined,
  lastRow: number,
  previous: XlsxPrintBackup | undefined,
): XlsxPrintBackup | undefined {
  const t = targetOf(pkg, editor);
  const before = pageXml(t);
  const page = pageRead(t, before);
  const colsBefore = editor.sheet.childXml('cols');
  const dimensionBefore = editor.sheet.childXml('dimension');
  const column = appended === undefined ? null : { col: appended, address: `${toA1(0, appended)}:${toA1(lastRow, appended)}`, now: columnFormat(t, appended) };
  const names = pkg.workbook.emptyNames();
  const { change, backup } = planPrint(page, titleRowsFor(layout), column, previous, measure(t, layout, appended));
  // A4, where scoring sets the page up (restore puts the paper back with the rest).
  if (change.page) writePage(t, change.page, A4);
  if (change.column) {
    const col = colOf(change.column.address);
    // Either this column's new format, or the format of one appended last time and not now.
    if (col === column?.col) writeColumn(t, col, change.column.format);
    else putColumnBack(t, col, change.column.format, previous?.xlsx?.column);
  }
  if (!backup) return undefined;
  const raw = previous?.xlsx;
  const xlsx: { page?: PageXmls; column?: ColumnXml } = {};
  if (backup.page) {
    // Scoring's own setup from last time stands for the one it replaced (the core's decision), whose
    // elements are exact only while the file still holds what scoring wrote.
    const ours = previous?.page !== undefined && samePage(page, previous.page.written);
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

/** The paper a `<pageSetup>` names, or the schema's default (1: Letter) where it names none. */
const paperOf = (pageSetup: string | null): string => (pageSetup === null ? '1' : (elementsOf(pageSetup)[0].attributes.paperSize ?? '1'));

/** The print backup (scorePrint's, or none) with the rows scoring made taller and the cells it framed. */
export function withRowsAndFrame(print: XlsxPrintBackup | undefined, rows: readonly RowXml[], framed: PreviousFrame | undefined): XlsxPrintBackup | undefined {
  if (!rows.length && !framed?.cells.length) return print;
  return { ...print, xlsx: { ...print?.xlsx, ...(rows.length ? { rows } : {}), ...(framed?.cells.length ? { framed } : {}) } };
}

/** Puts back what scoring set, as the core plans it: in a file, title rows scoring added are removed too, and rows get their heights back. */
export function restorePrint(pkg: XlsxPackage, editor: SheetEditor, backup: XlsxPrintBackup | undefined): void {
  if (!backup) return;
  restoreRows(editor, backup.xlsx?.rows);
  unframe(editor, backup.xlsx?.framed);
  const t = targetOf(pkg, editor);
  const now = pageXml(t);
  const change = planPrintRestore(backup, pageRead(t, now), { removesTitleRows: true });
  const raw = backup.xlsx;
  if (change.page) {
    if (raw?.page && samePageXml(now, raw.page.written)) putPage(t, raw.page);
    else writePage(t, change.page, raw?.page ? paperOf(raw.page.original.pageSetup) : null);
  }
  if (change.column) putColumnBack(t, colOf(change.column.address), change.column.format, raw?.column);
}
