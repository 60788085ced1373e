// A sheet's `<cols>`: a column's width and wrap as the file states them (the appended 扣分原因 column's,
// set and put back), and each column's width as text fills it and as it prints.
import { fromA1 } from '../../core';
import type { ColumnFormat } from '../../core';
import type { XlsxPackage } from './package';
import { widenedRef } from './sheet';
import type { SheetEditor } from './sheetEditor';
import { applySplices, elementsOf, isTrue, startTag } from './xml';
import type { XmlElement } from './xml';

/** The appended column's `<cols>` before scoring and after, and the sheet's `<dimension>` before (scoring widens it to the column). */
export interface ColumnXml {
  readonly original: string | null;
  readonly written: string | null;
  readonly dimension: string | null;
}

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
export function columnFormat(pkg: XlsxPackage, editor: SheetEditor, col: number): ColumnFormat {
  const el = colsIn(editor.sheet.childXml('cols')).find((c) => covers(c, col));
  const width = el?.attributes.width;
  return { width: width === undefined ? null : pointsOf(Number(width)), wrap: pkg.styles.wraps(Number(el?.attributes.style ?? 0)) };
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
export function writeColumn(pkg: XlsxPackage, editor: SheetEditor, col: number, format: ColumnFormat): void {
  const sheet = editor.sheet;
  const p = sheet.elementPrefix;
  const cols = sheet.childXml('cols');
  const list = colsIn(cols);
  const at = list.find((el) => covers(el, col));
  const attributes = at?.attributes ?? {};
  const changes: Record<string, string | null> = { min: String(col + 1), max: String(col + 1) };
  if (format.width !== null) Object.assign(changes, { width: String(fileWidth(format.width)), customWidth: '1' });
  else Object.assign(changes, { width: null, customWidth: null });
  if (format.wrap !== null) {
    const style = pkg.styles.withWrap(Number(attributes.style ?? 0), format.wrap);
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
export function putColumnBack(pkg: XlsxPackage, editor: SheetEditor, col: number, format: ColumnFormat, raw: ColumnXml | undefined): void {
  const sheet = editor.sheet;
  if (!raw || sheet.childXml('cols') !== raw.written) {
    writeColumn(pkg, editor, col, format);
    return;
  }
  sheet.setChild('cols', raw.original);
  const now = sheet.childXml('dimension');
  if (now === null || raw.dimension === null) return;
  const was = elementsOf(raw.dimension)[0].attributes.ref ?? '';
  const top = fromA1(was.split(':')[0])?.row ?? 0;
  if (elementsOf(now)[0].attributes.ref === widenedRef(was, top, col)) sheet.setChild('dimension', raw.dimension);
}

/** A column's printed width in points: its `<col>`'s, else the sheet's default (Excel's 8.43 digits, 64 pixels); a hidden one none. */
export function columnPoints(editor: SheetEditor, col: number): number {
  return pointsOf(columnDigits(editor, col));
}
