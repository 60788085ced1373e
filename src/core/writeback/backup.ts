// How scoring is undone. Safety rests on one record, the Backup: for every cell scoring has written,
// the state it had before (the "original") and the state scoring left (the "written"). When scoring
// runs again, a cell whose current state still equals what was written is taken at its original; a
// cell a person has changed since keeps their change as its new original. So rescoring never mistakes
// our own output for a hand score, never loses what a person typed afterwards, and restore is exact.
// Every adapter keeps the backups of a workbook's sheets in one store, on a very hidden sheet.
import { toA1 } from '../address';
import { cellKey, sameState, sameValue, type CellState, type CellWrite } from '../cells';
import type { PrintBackup } from '../print';
import { personsNote, splitNote } from './notes';

export interface BackupEntry {
  readonly row: number;
  readonly col: number;
  readonly original: CellState;
  readonly written: CellState;
  /**
   * What the previous scoring had left in the cell, recorded while this scoring's writes are under way
   * (whileWriting): a write cut short may leave it there, and it is ours, not the person's.
   */
  readonly was?: CellState;
}

export interface Backup {
  readonly version: 1;
  readonly sheet: string;
  readonly entries: readonly BackupEntry[];
  /** The print setup scoring changed (absent where nothing was changed); each adapter may keep more of its own in it. */
  readonly print?: PrintBackup;
}

/** Where every adapter keeps the backup: a very hidden sheet, its JSON in chunks down column A. */
export const BACKUP_SHEET = '绩效评分助手_备份';
/** Characters per backup cell, below Excel's 32,767-character cell limit. */
const BACKUP_CHUNK = 30000;

/**
 * What the backup sheet holds: one Backup per scored sheet, so scoring a second sheet of the workbook
 * never drops the first one's way back.
 */
export interface BackupStore {
  readonly version: 1;
  readonly backups: readonly Backup[];
  /**
   * A sheet the command line added (its 评价结论), with a digest of its part as written: scoring again
   * replaces it and restore removes it while it is as written; changed, it is a person's and stays.
   */
  readonly added?: AddedSheet;
}

export interface AddedSheet {
  readonly sheet: string;
  readonly digest: string;
}

export const EMPTY_STORE: BackupStore = { version: 1, backups: [] };

/** The sheet's backup in the store, or null. */
export function backupFor(store: BackupStore, sheet: string): Backup | null {
  return store.backups.find((b) => b.sheet === sheet) ?? null;
}

/** The store with the sheet's backup replaced (or dropped, when it records nothing). */
export function withBackup(store: BackupStore, sheet: string, backup: Backup | null): BackupStore {
  const others = store.backups.filter((b) => b.sheet !== sheet);
  return { ...store, version: 1, backups: backup && (backup.entries.length || backup.print) ? [...others, backup] : others };
}

/** The store as the cell texts of its sheet, A1 downwards; none when it holds no backup. */
export function storeChunks(store: BackupStore): string[] {
  if (store.backups.length === 0 && !store.added) return [];
  const text = JSON.stringify(store);
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += BACKUP_CHUNK) chunks.push(text.slice(i, i + BACKUP_CHUNK));
  return chunks;
}

/** The store from its sheet's cells (A1 downwards, up to the first that is not text). */
export function storeFromChunks(cells: readonly unknown[]): BackupStore {
  let text = '';
  for (const c of cells) {
    if (typeof c !== 'string' || c === '') break;
    text += c;
  }
  return parseStore(text);
}

/** Parses a stored backup store; an empty store when it is absent or not ours. */
export function parseStore(text: string | null | undefined): BackupStore {
  if (!text) return EMPTY_STORE;
  try {
    const data = JSON.parse(text) as BackupStore;
    const ok = data && data.version === 1 && Array.isArray(data.backups) && data.backups.every(isBackup);
    return ok ? data : EMPTY_STORE;
  } catch {
    return EMPTY_STORE;
  }
}

function isBackup(b: Backup): boolean {
  return b !== null && typeof b === 'object' && b.version === 1 && typeof b.sheet === 'string' && Array.isArray(b.entries);
}

/**
 * The state each cell had before scoring touched it, given the backup from an earlier scoring and
 * the cells' current states. Cells scoring never wrote are their own original.
 */
export function originalStates(
  backup: Backup | null,
  current: ReadonlyMap<string, CellState>,
): Map<string, CellState> {
  const originals = new Map<string, CellState>();
  for (const [k, state] of current) originals.set(k, { ...state, note: splitNote(state.note).person });
  for (const entry of backup?.entries ?? []) {
    const k = cellKey(entry.row, entry.col);
    const now = current.get(k);
    if (!now) continue;
    // A part that holds what we wrote, now or (a write cut short) the time before, is ours.
    const outputs = entry.was ? [entry.written, entry.was] : [entry.written];
    const ours = (same: (w: CellState) => boolean) => outputs.some(same);
    const keepValue = ours((w) => sameValue(now.value, w.value, 'close') && now.formula === w.formula);
    originals.set(k, {
      value: keepValue ? entry.original.value : now.value,
      formula: keepValue ? entry.original.formula : now.formula,
      numberFormat: ours((w) => now.numberFormat === w.numberFormat) ? entry.original.numberFormat : now.numberFormat,
      fill: ours((w) => now.fill === w.fill) ? entry.original.fill : now.fill,
      note: personsNote(now.note, entry.written.note, entry.was?.note ?? null),
    });
  }
  return originals;
}

/**
 * The backup to store before writes that may be cut short (the Excel adapter writes a big sheet in
 * several batches, and a person may start typing between two): every cell the previous scoring wrote
 * that this one changes also records that earlier output (`was`), so that restore and the next scoring
 * know it for ours whichever writes ran. The backup itself replaces it once every write is done.
 */
export function whileWriting(backup: Backup, previous: Backup | null, writes: readonly CellWrite[]): Backup {
  const earlier = new Map((previous?.entries ?? []).map((e) => [cellKey(e.row, e.col), e.written]));
  if (earlier.size === 0) return backup;
  const entries = new Map(backup.entries.map((e) => [cellKey(e.row, e.col), e]));
  let pending = false;
  const out: BackupEntry[] = [];
  for (const w of writes) {
    const k = cellKey(w.row, w.col);
    const was = earlier.get(k);
    // No entry: this scoring leaves the cell at its original, which is then what it writes.
    const entry = entries.get(k) ?? (was ? { row: w.row, col: w.col, original: w.state, written: w.state } : undefined);
    if (!entry) continue;
    if (was && !sameState(was, w.state)) {
      pending = true;
      out.push({ ...entry, was });
    } else if (entries.has(k)) out.push(entry);
  }
  return pending ? { ...backup, entries: out } : backup;
}

/**
 * The backup after a write in which some cells' notes could not be changed (Excel refused a comment
 * another user wrote): those cells record the note they still hold, so that the next scoring and
 * restore start from what is there.
 */
export function withNotesAsFound(backup: Backup, found: readonly { row: number; col: number; note: string | null }[]): Backup {
  if (found.length === 0) return backup;
  const notes = new Map(found.map((f) => [cellKey(f.row, f.col), f.note]));
  const entries = backup.entries
    .map((e) => {
      const k = cellKey(e.row, e.col);
      return notes.has(k) ? { ...e, written: { ...e.written, note: notes.get(k)! } } : e;
    })
    .filter((e) => !sameState(e.original, e.written));
  return { ...backup, entries };
}

/** The writes that put every cell of a backup back as it was before scoring. */
export function planRestore(backup: Backup, current: ReadonlyMap<string, CellState>): CellWrite[] {
  const originals = originalStates(backup, current);
  return backup.entries.map((e) => ({
    row: e.row,
    col: e.col,
    address: toA1(e.row, e.col),
    state: originals.get(cellKey(e.row, e.col)) ?? e.original,
  }));
}
