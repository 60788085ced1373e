// The write-back backups inside the workbook: a very hidden sheet whose cells A1, A2 … hold the
// store's JSON in chunks (the same place the Excel add-in keeps it, so either can restore).
//
// The file adapter keeps more in it than the add-in: each cell's own XML, for an exact restore. That
// XML names the workbook's shared strings and cell formats by number, so it is only good in the
// package it was written in: each backup carries digests of the shared strings, the style sheet and
// the cell metadata as written, and where the package read no longer has those very parts (Excel,
// WPS, LibreOffice or openpyxl saved it again and renumbered them), its XML is set aside and restore
// works from the recorded states. A sheet of that name that holds no store of ours is a person's:
// never written over (scoring refuses), never removed.
import { BACKUP_SHEET, joinNote, sameState, sameValue, splitNote, storeChunks, toA1 } from '../core';
import type { AddedSheet, Backup, BackupEntry, BackupStore, CellState } from '../core';
import { checkAdded, checkBackup, checkStoreSize, TamperedBackup } from './backupCheck';
import { XlsxFileError } from './files';
import { loadedFrom } from './load';
import { sameDigests, type PartDigests } from './package/digests';
import type { XlsxPackage } from './package/package';
import type { SheetEditor } from './package/sheetEditor';
import type { RawCell } from './package/cells';
import type { CellAt } from './package/sheet';
import { elementsOf, prefixOf, unescapeSheetText } from './package/xml';
import type { XmlElement } from './package/xml';
import { valueOf } from './read/cells';
import type { XlsxPrintBackup } from './print';

export { BACKUP_SHEET };

/** A backup entry of this adapter: the core's, plus the cell as the file held it, for an exact restore. */
export interface XlsxBackupEntry extends BackupEntry {
  readonly xlsx?: RawCell;
}

/** A backup of this adapter: the core's, with the digests of the package its stored XML belongs to. */
interface XlsxBackup extends Backup {
  readonly entries: readonly XlsxBackupEntry[];
  readonly xlsxParts?: PartDigests;
}


/** The store each workbook was read with, and the one it was last given (scoring several sheets adds one sheet's backup at a time). */
const READ = new WeakMap<XlsxPackage, BackupStore>();
const WRITTEN = new WeakMap<XlsxPackage, BackupStore>();

/** The backup sheet's text, A1 downwards up to the first cell that is not text; null when there is no such worksheet. */
function storedText(wb: XlsxPackage): string | null {
  if (!wb.workbook.sheet(BACKUP_SHEET)) return null;
  const editor = wb.sheet(BACKUP_SHEET);
  if (!editor) return '';
  let text = '';
  for (const row of editor.grid().values) {
    const c = row[0];
    if (typeof c !== 'string' || c === '') break;
    text += c;
  }
  return text;
}

/** Raised when a sheet under the backup sheet's name is a person's own. */
export class BackupNameTaken extends Error {
  constructor() {
    super(`a sheet of its own is named ${BACKUP_SHEET}`);
    this.name = 'BackupNameTaken';
  }
}

/**
 * A backup without the XML it stored: restore and the next scoring work from its recorded states. The
 * rows scoring made taller are kept as heights to match (a re-saved row's start tag is not ours).
 */
function withoutXml(b: XlsxBackup): Backup {
  const { xlsxParts: _, ...rest } = b;
  const entries = rest.entries.map((e) => {
    const { xlsx: __, ...state } = e;
    return state;
  });
  const print = rest.print as XlsxPrintBackup | undefined;
  const { xlsx, ...setup } = print ?? {};
  const heights = xlsx?.rows?.length ? { xlsx: { heights: xlsx.rows } } : {};
  return { ...rest, entries, ...(print ? { print: { ...setup, ...heights } } : {}) };
}

/**
 * The store as read from the workbook, checked: empty when there is no backup sheet; a person's sheet
 * of that name raises BackupNameTaken, a store that is ours but does not hold together raises
 * TamperedBackup. Each backup keeps its stored XML only while the package has the very parts it was
 * written with.
 */
function readChecked(wb: XlsxPackage): BackupStore {
  const text = storedText(wb);
  if (text === null) return { version: 1, backups: [] };
  // Our store always starts so (JSON.stringify of { version, backups }); anything else is the person's sheet, never parsed.
  if (!text.startsWith('{"version":')) throw new BackupNameTaken();
  checkStoreSize(text);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    data = undefined;
  }
  // Our JSON, cut or broken.
  const ours = typeof data === 'object' && data !== null && (data as BackupStore).version === 1 && Array.isArray((data as BackupStore).backups);
  if (!ours) throw new TamperedBackup('the backup is not readable');
  const digests = wb.digests();
  const backups = (data as { backups: XlsxBackup[] }).backups.map((b) => {
    const exact = sameDigests(b?.xlsxParts, digests);
    checkBackup(b, exact);
    const editor = exact ? wb.sheet(b.sheet) : null;
    // What the stored XML says against the package it would go back into: a cell's own state, the parts' numbering.
    for (const e of editor ? b.entries : []) {
      const raw = e.xlsx;
      if (raw) checkFits(wb, editor!, e, raw, b.sheet);
    }
    return exact ? b : withoutXml(b);
  });
  const added = (data as { added?: unknown }).added;
  if (added === undefined) return { version: 1, backups };
  checkAdded(added);
  return { version: 1, backups, added: added as AddedSheet };
}

/**
 * Whether a stored cell fits the package it goes back into — written in the sheet's prefix, its
 * cell format and shared string among the workbook's, its note's author among the note part's —
 * as it always does in a package still as we wrote it; a backup that says otherwise was edited.
 */
function checkFits(wb: XlsxPackage, editor: SheetEditor, e: BackupEntry, raw: RawCell, sheet: string): void {
  const fail = (reason: string) => {
    throw new TamperedBackup(reason, sheet, toA1(e.row, e.col));
  };
  const prefix = editor.sheet.elementPrefix;
  const cells = [{ row: e.row, col: e.col, xml: raw.cell }, ...(raw.clones ?? []).map((c) => ({ row: c.row, col: c.col, xml: c.cell }))];
  for (const { row, col, xml } of cells) {
    if (xml === null) continue;
    const [c, ...inside] = elementsOf(xml, { textOf: TEXTS });
    if ([c, ...inside].some((el) => prefixOf(el.name) !== prefix)) fail('stored cell is not in the sheet’s namespace prefix');
    const style = c.attributes.s === undefined ? 0 : Number(c.attributes.s);
    if (!Number.isInteger(style) || style < 0 || style >= wb.styles.cellFormats) fail('stored cell names a cell format the workbook lacks');
    const v = inside.find((el) => el.local === 'v' && el.parent === c);
    if (c.attributes.t === 's' && v && !(Number(v.text) >= 0 && Number(v.text) < wb.readContext.strings().length)) fail('stored cell names a shared string the workbook lacks');
    if (row === e.row && col === e.col && !agrees(wb, editor, { row, col }, c, inside, e.original)) fail('stored cell does not hold what the backup says the cell held');
  }
  if (raw.comment !== null) {
    const [comment, ...inside] = elementsOf(raw.comment, { textOf: TEXTS });
    if (Number(comment.attributes.authorId) >= (editor.existingNotes()?.comments.authorCount ?? 0)) fail('stored note names an author the workbook lacks');
    const text = unescapeSheetText(inside.filter((el) => el.local === 't' && el.parent?.local !== 'rPh').map((el) => el.text).join(''));
    if (text !== e.original.note) fail('stored note does not say what the backup says the note said');
  } else if (e.original.note !== null) fail('the backup records a note it does not store');
}

const TEXTS: ReadonlySet<string> = new Set(['v', 'f', 't']);

/** Whether a stored `<c>` holds the value and formula the backup records for the cell (read as the sheet reads them). */
function agrees(wb: XlsxPackage, editor: SheetEditor, at: { row: number; col: number }, c: XmlElement, inside: readonly XmlElement[], original: CellState): boolean {
  const child = (local: string) => inside.find((el) => el.local === local && el.parent === c);
  const f = child('f');
  const v = child('v');
  const is = child('is');
  const inline = is ? inside.filter((el) => el.local === 't' && (el.parent === is || el.parent?.parent === is) && el.parent?.local !== 'rPh').map((el) => el.text).join('') : undefined;
  const cell: CellAt = { el: c, row: at.row, col: at.col, ...(f ? { formula: f } : {}), ...(v ? { value: v.text } : {}), ...(inline !== undefined ? { inline } : {}) };
  const value = valueOf(cell, wb.readContext);
  // A shared formula's clone holds no text of its own, and an array's member no formula: the sheet gives them theirs.
  const sameFormula = f && f.text !== '' ? `=${f.text}` === original.formula : f ? original.formula !== null : original.formula === null || editor.arrayOf(at.row, at.col) !== undefined;
  return sameValue(value, original.value, 'exact') && sameFormula;
}

/** The store as the workbook will be saved: as it was read, until scoring or restoring gives it another. */
export function readStore(wb: XlsxPackage): BackupStore {
  const written = WRITTEN.get(wb);
  if (written) return written;
  let read = READ.get(wb);
  if (!read) READ.set(wb, (read = readChecked(wb)));
  return read;
}

/** Whether a backup holds stored XML (cells, notes or print elements as the file held them). */
function holdsXml(b: Backup): boolean {
  return b.entries.some((e: XlsxBackupEntry) => e.xlsx !== undefined) || (b.print as XlsxPrintBackup | undefined)?.xlsx !== undefined;
}

/** Replaces the backup sheet by the store's (none when the store is empty), its stored XML stamped with the package's digests as saved. */
export function writeStore(wb: XlsxPackage, store: BackupStore): void {
  WRITTEN.set(wb, store);
  wb.writeBackupSheet(BACKUP_SHEET, (digests) =>
    storeChunks({
      version: 1,
      backups: store.backups.map((b) => {
        const { xlsxParts: _, ...rest } = b as XlsxBackup;
        return holdsXml(b) ? { ...rest, xlsxParts: digests } : rest;
      }),
      ...(store.added ? { added: store.added } : {}),
    }),
  );
}

/**
 * The store as read, or the workbook refused: a person's own sheet under the backup sheet's name is
 * never written over, and a backup that does not hold together is never used.
 */
export function backupOrRefusal(wb: XlsxPackage): BackupStore {
  try {
    return readStore(wb);
  } catch (e) {
    const { file, facts } = loadedFrom(wb);
    if (e instanceof BackupNameTaken) throw new XlsxFileError('backup-name-taken', file, undefined, facts);
    if (e instanceof TamperedBackup) {
      throw new XlsxFileError('backup-tampered', file, e.reason, { ...facts, ...(e.sheet ? { sheet: e.sheet } : {}), ...(e.cell ? { cell: e.cell } : {}) });
    }
    throw e;
  }
}

/**
 * Our part of a note as another program saved it, given back as we wrote it: LibreOffice breaks the
 * lines of a long note and keeps one character less than Excel's 32,767. Recognised by its text
 * without line breaks being the start of ours; the person's part above it stays as it now reads.
 */
function ourNoteAgain(now: string | null, written: string | null): string | null {
  const theirs = splitNote(now);
  const mine = splitNote(written);
  if (theirs.ours === null || mine.ours === null || theirs.ours === mine.ours) return now;
  const flat = (t: string) => t.replace(/\n/g, '');
  return theirs.ours !== '' && flat(mine.ours).startsWith(flat(theirs.ours)) ? joinNote(theirs.person, mine.ours) : now;
}

/**
 * A cell's state as it reads against the last scoring's record of it. A cell the backup has no stored
 * XML for is in a package another program saved since (or one the add-in scored). What that program
 * changed of our own output is taken for ours: a fill written another way (LibreOffice saves our
 * patterned marks as plain colours), a formula's result it recalculated, our note's lines broken or
 * its end cut. A cell whose value, formula, number format and note are otherwise what scoring wrote
 * is still as scoring left it.
 */
export function asWritten(now: CellState, entry: XlsxBackupEntry | undefined): CellState {
  if (!entry || entry.xlsx !== undefined) return now;
  for (const ours of entry.was ? [entry.written, entry.was] : [entry.written]) {
    const recalculated = now.formula !== null && now.formula === ours.formula;
    const read = { ...now, ...(recalculated ? { value: ours.value } : {}), note: ourNoteAgain(now.note, ours.note) };
    // Our part of the note as we wrote it; the person's part above it is theirs however it now reads.
    const ourPart = splitNote(read.note).ours === splitNote(ours.note).ours;
    if (ourPart && sameState({ ...read, fill: ours.fill, note: ours.note }, ours)) return { ...read, fill: ours.fill };
  }
  return now;
}
