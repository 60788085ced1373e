// The one write: the core's CellWrites and the backup store as commands, in one batch (split only
// before Excel's 5 MB request limit).
import {
  joinNote,
  storeChunks,
  type BackupStore,
  BACKUP_SHEET,
  splitNote,
  toA1,
  type CellState,
  type CellValue,
  type CellWrite,
} from '../core';
import { cellKey, fillToSet, isPayloadLimit, quoteSheet, toExcel } from './cells';
import type { NotesVia } from './host';
import type { NoteHandle, SheetRead } from './read';

const TEXT_FORMAT = '@';

/** Excel on the web refuses a request above 5 MB; a write batch is split before it gets there. */
const WRITE_BUDGET = 4 * 1024 * 1024;

export interface Command {
  bytes: number;
  queue(context: Excel.RequestContext, sheet: Excel.Worksheet): void;
  /**
   * Adds a comment thread to a cell we cannot see is free: below ExcelApi 1.18 a person's legacy
   * note is invisible, and Excel refuses a thread on a cell that has one. Such commands go last,
   * and one that fails is left out rather than failing the whole scoring.
   */
  readonly mayFailOn?: string;
}

/**
 * What one command adds to a request besides its value: office-js sends the objects it reaches (a
 * range, its format, its fill: an object path and an Instantiate action each) and the command's own
 * action. Measured on the stand-in's model of that request (test/excel/adapter.test.ts, "the write
 * estimate"): 450–650 bytes for a fill or a run of values; 700 keeps every batch under its estimate.
 */
export const COMMAND_BYTES = 700;

/** UTF-8 bytes of a value's JSON, plus the command's own overhead: what the batch will weigh. */
function size(v: unknown): number {
  const s = JSON.stringify(v);
  let n = COMMAND_BYTES;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
  }
  return n;
}

function sameValue(a: CellValue, b: CellValue): boolean {
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') return a.error === b.error;
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) < 1e-9;
  return a === b;
}

/** Vertical runs of consecutive rows in one column, so a score column goes in as one array. */
function runs<T>(cells: { row: number; col: number; v: T }[]): { row: number; col: number; vs: T[] }[] {
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const out: { row: number; col: number; vs: T[] }[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && last.col === c.col && last.row + last.vs.length === c.row) last.vs.push(c.v);
    else out.push({ row: c.row, col: c.col, vs: [c.v] });
  }
  return out;
}

const rangeOfRun = (r: { row: number; col: number; vs: unknown[] }) =>
  r.vs.length === 1 ? toA1(r.row, r.col) : `${toA1(r.row, r.col)}:${toA1(r.row + r.vs.length - 1, r.col)}`;

export function cellCommands(writes: readonly CellWrite[], current: (row: number, col: number) => CellState, read: SheetRead, via: NotesVia): Command[] {
  const values: { row: number; col: number; v: string | number | boolean }[] = [];
  const formats: { row: number; col: number; v: string }[] = [];
  const commands: Command[] = [];
  for (const w of writes) {
    const now = current(w.row, w.col);
    const want = w.state;
    if (want.formula !== null) {
      if (want.formula !== now.formula) {
        const f = want.formula;
        commands.push({ bytes: size(f), queue: (_, sheet) => void (sheet.getRange(w.address).formulas = [[f]]) });
      }
    } else if (now.formula !== null || !sameValue(want.value, now.value)) {
      values.push({ row: w.row, col: w.col, v: toExcel(want.value) });
    }
    const wantFormat = want.numberFormat ?? 'General';
    if (wantFormat !== now.numberFormat) formats.push({ row: w.row, col: w.col, v: wantFormat });
    if (want.fill !== now.fill) {
      const fill = want.fill;
      commands.push({
        bytes: size(fill),
        queue: (_, sheet) => {
          const range = sheet.getRange(w.address);
          if (fill === null) range.format.fill.clear();
          // Pattern, its colour and tints too (setCellProperties, ExcelApi 1.9); below that, a colour only.
          else if (read.cellProperties) range.setCellProperties([[{ format: { fill: fillToSet(fill) } }]]);
          else range.format.fill.color = fill;
        },
      });
    }
    if (via !== 'reason-column' && want.note !== now.note) {
      commands.push(noteCommand(`${quoteSheet(read.name)}!${w.address}`, want.note, read.notes.get(cellKey(w.row, w.col)) ?? null, via));
    }
  }
  // Excel keeps what enters a Text (@) cell as text, so a score must find its 0.00 format already
  // there; a format of Text is set after the value, so restore puts back a number kept in a Text cell
  // as the number it was.
  const formatRuns = (list: typeof formats) =>
    runs(list).map((r) => ({ bytes: size(r.vs), queue: (_: Excel.RequestContext, sheet: Excel.Worksheet) => void (sheet.getRange(rangeOfRun(r)).numberFormat = r.vs.map((v) => [v])) }));
  commands.push(...formatRuns(formats.filter((f) => f.v !== TEXT_FORMAT)));
  for (const r of runs(values)) {
    commands.push({ bytes: size(r.vs), queue: (_, sheet) => void (sheet.getRange(rangeOfRun(r)).values = r.vs.map((v) => [v])) });
  }
  commands.push(...formatRuns(formats.filter((f) => f.v === TEXT_FORMAT)));
  return commands;
}

/** Puts the note text the core wants on a cell, touching nothing a person wrote. */
function noteCommand(address: string, want: string | null, have: NoteHandle | null, via: NotesVia): Command {
  const bytes = size(want ?? '');
  const ours = splitNote(want).ours;
  const ourText = joinNote(null, ours);
  return {
    bytes,
    ...(via === 'comments' && !have && ourText !== null ? { mayFailOn: address } : {}),
    // What the cell holds decides, not the host: with notes, a cell may still carry a thread (a cell
    // holds a note or a thread, never both), where our text can only be a reply.
    queue: (_, sheet) => {
      // A new note carries the whole text; a new thread only ours (a person's part is never ours to post).
      const add = () => {
        if (via === 'notes' && want !== null) sheet.notes.add(address, want);
        else if (via === 'comments' && ourText !== null) sheet.comments.add(address, ourText);
      };
      if (!have) {
        add();
      } else if (have.kind === 'note') {
        // A note is one text: a person's part stays word for word above our marker (joinNote).
        if (want === null) have.note.delete();
        else have.note.content = want;
      } else if (have.kind === 'our-thread') {
        // Replaced, not edited: only a comment's author may edit it, and another accountant may have
        // scored the sheet before.
        have.comment.delete();
        add();
      } else {
        // A person's thread is never edited: our text is our own reply in it.
        if (have.ours) have.ours.delete();
        if (ourText !== null) have.comment.replies.add(ourText);
      }
    },
  };
}

/** Writes the backup store into its very hidden sheet, or deletes the sheet when the store is empty. */
export function backupCommands(store: BackupStore, existed: boolean): Command[] {
  const chunks = storeChunks(store);
  if (chunks.length === 0) {
    // Excel refuses to delete a VeryHidden sheet (InvalidOperation, documented on Worksheet.delete:
    // https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1)),
    // so it is made Hidden first, in the same batch.
    if (!existed) return [];
    return [
      {
        bytes: 100,
        queue: (context) => {
          const sheet = context.workbook.worksheets.getItem(BACKUP_SHEET);
          sheet.visibility = 'Hidden';
          sheet.delete();
        },
      },
    ];
  }
  // The sheet first, then each chunk on its own, so a batch too big for Excel can be split between them.
  const prepare: Command = {
    bytes: size(''),
    queue: (context) => {
      const sheets = context.workbook.worksheets;
      const sheet = existed ? sheets.getItem(BACKUP_SHEET) : sheets.add(BACKUP_SHEET);
      if (existed) sheet.getRange('A:A').clear();
      sheet.visibility = 'VeryHidden';
    },
  };
  return [
    prepare,
    ...chunks.map((chunk, i) => ({
      bytes: size(chunk),
      // The apostrophe keeps each chunk text, whatever character it starts with.
      queue: (context: Excel.RequestContext) => void (context.workbook.worksheets.getItem(BACKUP_SHEET).getRange(`A${i + 1}`).values = [[`'${chunk}`]]),
    })),
  ];
}

/** Queues the commands in batches under the payload budget; one sync unless a batch would be too big. */
export async function applyCommands(context: Excel.RequestContext, sheetId: string, commands: Command[]): Promise<string[]> {
  const sure = commands.filter((c) => !c.mayFailOn);
  const risky = commands.filter((c) => c.mayFailOn);
  if (sure.length === 0 && risky.length === 0) return [];
  // The scored sheet by its id: the person may have clicked another tab since the read.
  const sheet = context.workbook.worksheets.getItem(sheetId);
  const batches: Command[][] = [[]];
  let bytes = 0;
  for (const c of [...sure, ...risky]) {
    if (bytes > 0 && bytes + c.bytes > WRITE_BUDGET) {
      batches.push([]);
      bytes = 0;
    }
    batches[batches.length - 1].push(c);
    bytes += c.bytes;
  }
  try {
    for (const batch of batches) await send(context, sheet, batch);
    return [];
  } catch (e) {
    if (risky.length === 0 || !isRefusal(e)) throw e;
  }
  // A thread was refused (a person's note on the cell, most likely). Excel has run the commands
  // before the refused one. Which threads stand now is read back — never guessed from the error's
  // message, which Excel words in the user's language — and each missing one is tried again on its
  // own; those refused are left out: their explanation stays in the 扣分原因 column and the result
  // panel. Costs two syncs and one per missing thread, only on this rare path.
  const present = await threadCells(context, sheet);
  const skipped: string[] = [];
  for (const c of risky) {
    const cell = c.mayFailOn!.replace(/^.*!/, '');
    if (present.has(cell)) continue;
    c.queue(context, sheet);
    try {
      await context.sync();
    } catch (e) {
      if (!isRefusal(e)) throw e;
      skipped.push(cell);
    }
  }
  return skipped;
}

/**
 * Sends a batch; one Excel finds too big (RequestPayloadSizeLimitExceeded, Excel on the web) is sent
 * again in halves. Excel refuses an oversized request whole, before running any of it, so nothing
 * runs twice.
 */
async function send(context: Excel.RequestContext, sheet: Excel.Worksheet, batch: readonly Command[]): Promise<void> {
  for (const c of batch) c.queue(context, sheet);
  try {
    await context.sync();
  } catch (e) {
    if (!isPayloadLimit(e) || batch.length < 2) throw e;
    const half = Math.ceil(batch.length / 2);
    await send(context, sheet, batch.slice(0, half));
    await send(context, sheet, batch.slice(half));
  }
}

/**
 * The codes with which Excel refuses one thread on one cell. The documents name none for a thread on
 * a cell holding a note (test/support/fake-excel/README.md); any other code fails the scoring.
 */
function isRefusal(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === 'InvalidArgument' || code === 'InvalidOperation' || code === 'UnsupportedOperation';
}

/** The cells (`H12`) of the sheet that hold a comment thread now. */
async function threadCells(context: Excel.RequestContext, sheet: Excel.Worksheet): Promise<Set<string>> {
  const threads = sheet.comments.load('items/id');
  await context.sync();
  const places = threads.items.map((t) => t.getLocation().load('address'));
  await context.sync();
  return new Set(places.map((p) => p.address.replace(/^.*!/, '').replace(/\$/g, '')));
}
