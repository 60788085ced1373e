// A backup read from a file is data from outside: anyone can edit the hidden sheet's JSON. Before
// scoring or restoring uses it, every record is checked — references inside Excel's sheet, states
// of the shapes the adapters write, no two records for one cell, a written state scoring could have
// left, and every stored piece of XML a single element of the kind it stands for (a `<c>` for that
// very cell, a `<comment>` for it, a worksheet child of its own name) — so that a tampered backup is
// refused with a message instead of being pasted into the workbook. (No record can prove where it
// came from: a formula a person had, recorded consistently, reads the same as one typed in later.)
import { fromA1, toA1 } from '../core';
import type { CellState } from '../core';
import { elementsOf, XmlSyntaxError } from './package/xml';
import type { XmlElement } from './package/xml';

/** Excel's sheet: 1,048,576 rows of 16,384 columns (zero-based here). */
const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;
/** Excel's limit on a workbook's unique cell formats (Excel specifications and limits): a format's index is below it. */
const MAX_STYLE = 65_489;
/** Excel's limits on what a cell holds: 32,767 characters of text, 8,192 of formula. */
const MAX_TEXT = 32_767;
const MAX_FORMULA = 8_192;

/** Why a backup was refused: what is wrong, and where (a sheet and a cell, when known). */
export class TamperedBackup extends Error {
  constructor(
    readonly reason: string,
    readonly sheet?: string,
    readonly cell?: string,
  ) {
    super(`backup ${sheet ?? ''} ${cell ?? ''}: ${reason}`);
    this.name = 'TamperedBackup';
  }
}

type Json = unknown;
const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIndex = (v: Json, max: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max;
const isText = (v: Json, max: number): boolean => typeof v === 'string' && v.length <= max;
const orNull = (v: Json, check: (v: Json) => boolean): boolean => v === null || check(v);

function isValue(v: Json): boolean {
  if (v === null || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (typeof v === 'string') return v.length <= MAX_TEXT;
  return isObject(v) && Object.keys(v).length === 1 && isText(v.error, 32) && /^#[A-Z0-9/!?.]+$/i.test(v.error as string);
}

/** A fill as the adapters encode it: `#RRGGBB`, or the JSON of a fill model. */
function isFill(v: Json): boolean {
  if (typeof v !== 'string' || v.length > 2000) return false;
  if (/^#[0-9A-F]{6}$/i.test(v)) return true;
  try {
    return isObject(JSON.parse(v));
  } catch {
    return false;
  }
}

function isState(v: Json): v is CellState {
  return (
    isObject(v) &&
    isValue(v.value) &&
    orNull(v.formula, (f) => isText(f, MAX_FORMULA)) &&
    orNull(v.numberFormat, (f) => isText(f, 255)) &&
    orNull(v.fill, isFill) &&
    orNull(v.note, (n) => isText(n, MAX_TEXT))
  );
}

/** The elements of a stored piece of XML, its root first; a tampered backup when it is not one element. */
function oneElement(xml: Json, sheet: string, cell: string): XmlElement[] {
  if (typeof xml !== 'string') throw new TamperedBackup('stored XML is not text', sheet, cell);
  let list: XmlElement[];
  try {
    list = elementsOf(xml);
  } catch (e) {
    if (e instanceof XmlSyntaxError) throw new TamperedBackup(`stored XML is not well formed (${e.message})`, sheet, cell);
    throw e;
  }
  const root = list[0];
  // One element and nothing around it but the element itself.
  if (!root || root.start !== 0 || root.end !== xml.length) throw new TamperedBackup('stored XML is not a single element', sheet, cell);
  return list;
}

/** What may stand inside a cell's `<c>` or a note's `<comment>`: its value, formula and rich text, nothing that is a sheet's. */
const INSIDE = new Set(['f', 'v', 'is', 't', 'r', 'rPr', 'rPh', 'phoneticPr', 'text', 'extLst', 'ext', 'b', 'i', 'strike', 'condense', 'extend', 'outline', 'shadow', 'u', 'vertAlign', 'sz', 'color', 'rFont', 'family', 'charset', 'scheme']);

/** A stored `<c>`: one cell element for that very cell (or one without `r`, placed by its order). */
export function checkCellXml(xml: Json, row: number, col: number, sheet: string): void {
  const ref = toA1(row, col);
  const [c, ...inside] = oneElement(xml, sheet, ref);
  if (c.local !== 'c' || (c.attributes.r !== undefined && c.attributes.r !== ref)) throw new TamperedBackup(`stored cell is not ${ref}`, sheet, ref);
  const stray = inside.find((el) => !INSIDE.has(el.local) || el.local === 'text');
  if (stray) throw new TamperedBackup(`stored cell holds <${stray.name}>`, sheet, ref);
}

/** A stored `<comment>`: one note for that cell. */
export function checkCommentXml(xml: Json, ref: string, sheet: string): void {
  const [comment, ...inside] = oneElement(xml, sheet, ref);
  if (comment.local !== 'comment' || comment.attributes.ref !== ref) throw new TamperedBackup(`stored note is not ${ref}'s`, sheet, ref);
  if (!/^\d{1,5}$/.test(comment.attributes.authorId ?? '')) throw new TamperedBackup('stored note names no author', sheet, ref);
  const stray = inside.find((el) => !INSIDE.has(el.local) || el.local === 'f' || el.local === 'v' || el.local === 'is');
  if (stray) throw new TamperedBackup(`stored note holds <${stray.name}>`, sheet, ref);
}

/** A stored child of a worksheet or workbook (`<pageSetup>`, `<cols>` …), or null. */
function checkChild(xml: Json, local: string, sheet: string): void {
  if (xml === null || xml === undefined) return;
  const [root] = oneElement(xml, sheet, local);
  if (root.local !== local) throw new TamperedBackup(`stored <${local}> is <${root.name}>`, sheet);
}

function checkPrint(print: Json, sheet: string): void {
  if (print === undefined) return;
  if (!isObject(print)) throw new TamperedBackup('print setup is not a record', sheet);
  const column = print.column;
  if (column !== undefined && !(isObject(column) && isIndex(column.col, MAX_COL) && typeof column.address === 'string' && fromA1(column.address.split(':')[0]) !== null)) {
    throw new TamperedBackup('appended column is not a column', sheet);
  }
  const raw = print.xlsx;
  if (raw === undefined) return;
  if (!isObject(raw)) throw new TamperedBackup('print XML is not a record', sheet);
  if (raw.page !== undefined) {
    const page = raw.page as Record<string, Record<string, Json>>;
    for (const side of [page.original, page.written]) {
      if (!isObject(side)) throw new TamperedBackup('page XML is not a record', sheet);
      checkChild(side.sheetPr, 'sheetPr', sheet);
      checkChild(side.pageSetup, 'pageSetup', sheet);
      checkChild(side.titles, 'definedName', sheet);
    }
    checkChild(page.names, 'definedNames', sheet);
  }
  if (raw.column !== undefined) {
    const c = raw.column as Record<string, Json>;
    checkChild(c.original, 'cols', sheet);
    checkChild(c.written, 'cols', sheet);
    checkChild(c.dimension, 'dimension', sheet);
  }
  if (raw.rows !== undefined) checkRows(raw.rows, sheet);
  if (raw.heights !== undefined) checkRows(raw.heights, sheet);
  if (raw.framed !== undefined) checkFramed(raw.framed, sheet);
}

/** The cells framed in the appended column: a column, and each a row of the sheet, once, with a cell format's index. */
function checkFramed(framed: Json, sheet: string): void {
  const f = framed as Record<string, Json>;
  if (!isObject(framed) || !isIndex(f.col, MAX_COL) || !Array.isArray(f.cells)) throw new TamperedBackup('framed cells are not a column’s', sheet);
  const seen = new Set<number>();
  for (const c of f.cells) {
    if (!isObject(c) || !isIndex(c.row, MAX_ROW) || seen.has(c.row as number) || !isIndex(c.s, MAX_STYLE)) throw new TamperedBackup('a framed cell names no cell of the sheet, or one twice', sheet);
    seen.add(c.row as number);
  }
}

/**
 * The rows scoring made taller: each a row of the sheet, once, its height a number of points, and its
 * start tag a single `<row>` start tag for that row (restore splices it into the sheet as it stands).
 */
function checkRows(rows: Json, sheet: string): void {
  if (!Array.isArray(rows)) throw new TamperedBackup('raised rows are not a list', sheet);
  const seen = new Set<number>();
  for (const r of rows) {
    if (!isObject(r) || !isIndex(r.row, MAX_ROW) || seen.has(r.row as number)) throw new TamperedBackup('a raised row names no row of the sheet, or one twice', sheet);
    seen.add(r.row as number);
    const ref = `${(r.row as number) + 1}`;
    if (typeof r.ht !== 'string' || !/^\d{1,3}(\.\d+)?$/.test(r.ht)) throw new TamperedBackup('a raised row’s height is not a height', sheet, ref);
    const start = r.original;
    if (typeof start !== 'string' || !start.startsWith('<') || !start.endsWith('>') || start.indexOf('<', 1) >= 0 || start.endsWith('/>')) {
      throw new TamperedBackup('a raised row’s stored tag is not a start tag', sheet, ref);
    }
    const [row] = oneElement(`${start}</${start.slice(1).split(/[\s>]/, 1)[0]}>`, sheet, ref);
    if (row.local !== 'row' || (row.attributes.r !== undefined && row.attributes.r !== ref)) throw new TamperedBackup('a raised row’s stored tag is not that row’s', sheet, ref);
  }
}

/**
 * The most JSON values a store of ours holds, counted by their commas and opening brackets. The
 * largest table the limits admit (20,000 scored rows) writes 360,016; a workbook's 200,000 cells at
 * 20 a record is 4,000,000, and parsing that many of the costliest kind (2,000,000 empty objects)
 * takes about 230 MB and 2 s. A store past it was not written by scoring, and parsing it could hold a
 * run for minutes and take gigabytes (96 MB of `{},`: 85 s and 3.1 GB to restore).
 */
export const MAX_STORE_VALUES = 4_000_000;

/**
 * Refuses a store's text holding more JSON values than scoring ever writes, before it is parsed:
 * counted by its commas and brackets outside strings, a pass over the text that allocates nothing.
 */
export function checkStoreSize(text: string): void {
  let values = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if ((c === 0x2c || c === 0x7b || c === 0x5b) && ++values > MAX_STORE_VALUES) throw new TamperedBackup('the backup holds more than scoring ever writes');
  }
}

/**
 * Checks one sheet's backup as read from the file, records and stored XML alike; throws
 * TamperedBackup naming what is wrong. `cells`: whether the stored cell XML will be used (a package
 * provably as we wrote it), so is to be checked too.
 */
export function checkBackup(backup: Json, cells: boolean): void {
  if (!isObject(backup) || typeof backup.sheet !== 'string' || !Array.isArray(backup.entries)) throw new TamperedBackup('not a backup record');
  const sheet = backup.sheet;
  const seen = new Set<string>();
  for (const e of backup.entries as Json[]) {
    if (!isObject(e) || !isIndex(e.row, MAX_ROW) || !isIndex(e.col, MAX_COL)) throw new TamperedBackup('a record names no cell of the sheet', sheet);
    const ref = toA1(e.row, e.col);
    if (seen.has(ref)) throw new TamperedBackup('two records for one cell', sheet, ref);
    seen.add(ref);
    if (!isState(e.original) || !isState(e.written) || (e.was !== undefined && !isState(e.was))) throw new TamperedBackup('a cell state is not one', sheet, ref);
    // Scoring writes figures and text, never a formula of its own.
    if (e.written.formula !== null && e.written.formula !== e.original.formula) throw new TamperedBackup('a formula scoring never writes', sheet, ref);
    const raw = e.xlsx;
    if (raw === undefined || !cells) continue;
    if (!isObject(raw)) throw new TamperedBackup('stored cell is not a record', sheet, ref);
    if (raw.cell !== null) checkCellXml(raw.cell, e.row, e.col, sheet);
    if (raw.comment !== null) checkCommentXml(raw.comment, ref, sheet);
    if (raw.clones !== undefined) {
      if (!Array.isArray(raw.clones)) throw new TamperedBackup('stored clones are not a list', sheet, ref);
      for (const c of raw.clones as Json[]) {
        if (!isObject(c) || !isIndex(c.row, MAX_ROW) || !isIndex(c.col, MAX_COL)) throw new TamperedBackup('a stored clone names no cell', sheet, ref);
        const at = toA1(c.row, c.col);
        if (seen.has(`clone ${at}`)) throw new TamperedBackup('two stored clones for one cell', sheet, at);
        seen.add(`clone ${at}`);
        checkCellXml(c.cell, c.row, c.col, sheet);
      }
    }
  }
  checkPrint(backup.print, sheet);
}

/** The record of a sheet scoring added (the 评价结论): a sheet's name and a SHA-256 of its part. */
export function checkAdded(added: Json): void {
  const ok = isObject(added) && isText(added.sheet, 31) && added.sheet !== '' && typeof added.digest === 'string' && /^[0-9a-f]{64}$/.test(added.digest);
  if (!ok) throw new TamperedBackup('the added sheet is not named');
}
