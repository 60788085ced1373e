// The one write: the core's CellWrites and the backup store as commands, in one batch (split only
// before Excel's 5 MB request limit; changes to comments Excel may refuse go in one more).
import {
  joinNote,
  storeChunks,
  type BackupStore,
  BACKUP_SHEET,
  splitNote,
  toA1,
  type CellState,
  type CellWrite,
  cellKey,
  sameValue,
  sheetAddress,
} from '../core';
import { fillToSet, toExcel } from './cells';
import type { NotesVia } from './host';
import { busyOf, isPayloadLimit } from './errors';
import { REQUEST_BUDGET, size } from './payload';
import { COMMENT_FIELDS, threadText, type NoteHandle } from './noteHandles';
import type { SheetRead } from './read';

const TEXT_FORMAT = '@';

export interface Command {
  bytes: number;
  queue(context: Excel.RequestContext, sheet: Excel.Worksheet): void;
  /** The cells of the scored sheet it changes (`H12`): how far a write cut short got is told by them. */
  readonly cells?: readonly string[];
  /** A change to a comment that Excel may refuse on its cell without the scoring being wrong. */
  readonly refusable?: Refusable;
}

/**
 * Such commands go in a batch of their own, after every other change, and one Excel refuses is left
 * out rather than failing the whole run:
 * - `skipped`: a thread added to a cell we cannot see is free (below ExcelApi 1.18 a person's legacy
 *   note is invisible, and Excel refuses a thread on a cell that has one);
 * - `left`: our earlier explanation replaced or removed, when another accountant scored before us:
 *   it is their thread or reply, which Excel may keep from anyone else (the reference is silent:
 *   test/support/fake-excel/README.md). Their text stays, and the cell is named.
 */
export interface Refusable {
  readonly kind: 'skipped' | 'left';
  readonly cell: string;
  /** The text the cell's thread reads as (threadText) once the command has run; null for no thread. */
  readonly want: string | null;
}

/** What a write left out, by cell (`H12`). */
export interface Applied {
  readonly skipped: string[];
  readonly left: string[];
}

/** Excel refused a batch after earlier ones were written: `written` of `of` cells were changed. */
export class WriteCutShort extends Error {
  constructor(
    readonly cause: unknown,
    readonly written: number,
    readonly of: number,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
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

const cellsOfRun = (r: { row: number; col: number; vs: unknown[] }) => r.vs.map((_, i) => toA1(r.row + i, r.col));

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
        commands.push({ bytes: size(f), cells: [w.address], queue: (_, sheet) => void (sheet.getRange(w.address).formulas = [[f]]) });
      }
    } else if (now.formula !== null || !sameValue(want.value, now.value, 'close')) {
      values.push({ row: w.row, col: w.col, v: toExcel(want.value) });
    }
    const wantFormat = want.numberFormat ?? 'General';
    if (wantFormat !== now.numberFormat) formats.push({ row: w.row, col: w.col, v: wantFormat });
    if (want.fill !== now.fill) {
      const fill = want.fill;
      commands.push({
        bytes: size(fill),
        cells: [w.address],
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
      commands.push(noteCommand(read.name, w.address, want.note, read.notes.get(cellKey(w.row, w.col)) ?? null, via));
    }
  }
  // Excel keeps what enters a Text (@) cell as text, so a score must find its 0.00 format already
  // there; a format of Text is set after the value, so restore puts back a number kept in a Text cell
  // as the number it was.
  const formatRuns = (list: typeof formats) =>
    runs(list).map((r) => ({
      bytes: size(r.vs),
      cells: cellsOfRun(r),
      queue: (_: Excel.RequestContext, sheet: Excel.Worksheet) => void (sheet.getRange(rangeOfRun(r)).numberFormat = r.vs.map((v) => [v])),
    }));
  commands.push(...formatRuns(formats.filter((f) => f.v !== TEXT_FORMAT)));
  for (const r of runs(values)) {
    commands.push({ bytes: size(r.vs), cells: cellsOfRun(r), queue: (_, sheet) => void (sheet.getRange(rangeOfRun(r)).values = r.vs.map((v) => [v])) });
  }
  commands.push(...formatRuns(formats.filter((f) => f.v === TEXT_FORMAT)));
  return commands;
}

/** Puts the note text the core wants on a cell, touching nothing a person wrote. */
function noteCommand(sheetName: string, cell: string, want: string | null, have: NoteHandle | null, via: NotesVia): Command {
  const address = sheetAddress(sheetName, cell);
  const ours = splitNote(want).ours;
  const ourText = joinNote(null, ours);
  return {
    bytes: size(want ?? ''),
    cells: [cell],
    ...refusableOf(cell, have, via, ourText, ours),
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
        // A note is one text: a person's part stays word for word above our marker (joinNote). Found by
        // its cell (NoteCollection.getItem): a loaded note is addressed by its position, which an earlier
        // delete in the same batch would shift.
        const note = sheet.notes.getItem(cell);
        if (want === null) note.delete();
        else note.content = want;
      } else if (have.kind === 'our-thread') {
        // Replaced, not edited: an edit is its author's, and deleting it is the one hope when another
        // accountant scored the sheet before.
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

/** Whether Excel may refuse the note command on its cell, and what its thread reads as once it ran. */
function refusableOf(cell: string, have: NoteHandle | null, via: NotesVia, ourText: string | null, ours: string | null): { refusable?: Refusable } {
  if (!have) return via === 'comments' && ourText !== null ? { refusable: { kind: 'skipped', cell, want: ourText } } : {};
  if (have.kind === 'our-thread') return { refusable: { kind: 'left', cell, want: via === 'comments' ? ourText : null } };
  if (have.kind === 'person-thread' && have.ours) return { refusable: { kind: 'left', cell, want: joinNote(have.person, ours) } };
  // A reply added to a person's thread: "anyone viewing the workbook with sufficient permissions can
  // reply" (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-comments).
  return {};
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

/** The commands in batches under the payload budget. */
function inBatches(commands: readonly Command[]): Command[][] {
  const batches: Command[][] = [];
  let bytes = 0;
  for (const c of commands) {
    const open = batches[batches.length - 1];
    if (open && bytes + c.bytes <= REQUEST_BUDGET) {
      open.push(c);
      bytes += c.bytes;
    } else {
      batches.push([c]);
      bytes = c.bytes;
    }
  }
  return batches;
}

const cellCount = (commands: readonly Command[]) => new Set(commands.flatMap((c) => c.cells ?? [])).size;

/**
 * Sends the commands, one sync unless a batch would be too big; the refusable ones in a batch of their
 * own after the others, so that a refusal tells that every other command ran. `last(applied)` is sent
 * after everything, knowing what was left out (the backup as it then stands). Excel refusing a batch
 * after others were written throws WriteCutShort, saying how far the write got.
 */
export async function applyCommands(context: Excel.RequestContext, sheetId: string, commands: readonly Command[], last: (applied: Applied) => Command[] = () => []): Promise<Applied> {
  const none: Applied = { skipped: [], left: [] };
  const sure = commands.filter((c) => !c.refusable);
  const refusable = commands.filter((c) => c.refusable);
  // The scored sheet by its id: the person may have clicked another tab since the read.
  const sheet = context.workbook.worksheets.getItem(sheetId);
  const done: Command[] = [];
  const cutShort = (e: unknown) => new WriteCutShort(e, cellCount(done), cellCount(commands));
  const sendAll = async (list: readonly Command[]) => {
    try {
      for (const batch of inBatches(list)) await send(context, sheet, batch, done);
    } catch (e) {
      throw cutShort(e);
    }
  };
  if (refusable.length === 0) {
    await sendAll([...sure, ...last(none)]);
    return none;
  }
  await sendAll(sure);
  let refused: unknown;
  try {
    for (const batch of inBatches([...refusable, ...last(none)])) await send(context, sheet, batch, done);
    return none;
  } catch (e) {
    // The person busy in Excel refuses the whole batch, whatever it holds: a cut short.
    if (busyOf(e)) throw cutShort(e);
    refused = e;
  }
  // A batch with comment changes was refused, with a code the documents do not give for a comment (none
  // is documented: test/support/fake-excel/README.md). Excel has run the commands before the refused
  // one. Which stand as wanted is read back — never guessed from the error's code or message — and each
  // other one is tried again on its own, then read back again; those that still do not stand are left
  // out: their explanation is in the result panel (and the 扣分原因 column, where there is one). Costs
  // three syncs and one per command to try again, only on this rare path. A sheet protected meanwhile,
  // or Excel refusing even the read, is a cut short.
  const now = await threadTexts(context, sheet).catch((e) => Promise.reject(cutShort(e)));
  if (now.protected) throw cutShort(refused);
  const tried: Command[] = [];
  for (const c of refusable) {
    const r = c.refusable!;
    if ((now.texts.get(r.cell) ?? null) === r.want) continue;
    c.queue(context, sheet);
    try {
      await context.sync();
    } catch (e) {
      if (busyOf(e)) throw cutShort(e);
    }
    tried.push(c);
  }
  const after = tried.length ? await threadTexts(context, sheet).catch((e) => Promise.reject(cutShort(e))) : now;
  if (after.protected) throw cutShort(refused);
  const applied: Applied = { skipped: [], left: [] };
  for (const c of tried) {
    const r = c.refusable!;
    if ((after.texts.get(r.cell) ?? null) === r.want) done.push(c);
    else applied[r.kind].push(r.cell);
  }
  await sendAll(last(applied));
  return applied;
}

/**
 * Sends a batch; one Excel finds too big (RequestPayloadSizeLimitExceeded, Excel on the web) is sent
 * again in halves. Excel refuses an oversized request whole, before running any of it, so nothing
 * runs twice. The commands of each batch that went through are added to `done`.
 */
async function send(context: Excel.RequestContext, sheet: Excel.Worksheet, batch: readonly Command[], done: Command[]): Promise<void> {
  for (const c of batch) c.queue(context, sheet);
  try {
    await context.sync();
    done.push(...batch);
  } catch (e) {
    if (!isPayloadLimit(e) || batch.length < 2) throw e;
    const half = Math.ceil(batch.length / 2);
    await send(context, sheet, batch.slice(0, half), done);
    await send(context, sheet, batch.slice(half), done);
  }
}

/** What the thread on each cell (`H12`) of the sheet reads as now, and whether the sheet is protected. */
async function threadTexts(context: Excel.RequestContext, sheet: Excel.Worksheet): Promise<{ texts: Map<string, string>; protected: boolean }> {
  const protection = sheet.protection.load('protected');
  const threads = sheet.comments.load(COMMENT_FIELDS);
  await context.sync();
  const places = threads.items.map((t) => t.getLocation().load('address'));
  await context.sync();
  const texts = new Map(places.map((p, i) => [p.address.replace(/^.*!/, '').replace(/\$/g, ''), threadText(threads.items[i])]));
  return { texts, protected: protection.protected };
}
