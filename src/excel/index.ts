// The Excel adapter: the only code that touches office-js. It reads the active sheet in one batch,
// hands the cells to the core, and writes the core's plan back in one batch: two syncs per scoring
// and per restore. More only when
// - a batch would pass Excel's 5 MB payload limit (reads and writes are then split: readInParts,
//   applyCommands);
// - a sheet above 512 cells shows no merged area in the one read: Excel gives no result above 512
//   areas, so they are asked again block by block (one more sync: mergesInBlocks);
// - notes or threads must be located first: office-js gives them no address, so a note or thread a
//   person wrote (or one of ours the backup cannot place) costs one more read (locateNotes);
// - our mark replaces a fill a person made: it is read whole first, tint and pattern (readWholeFills);
// - the host is older than ExcelApi 1.9 (no getCellProperties: fills are loaded cell by cell, after
//   a first read of the range's size), or the basic-data sheet's name is spelled unusually;
// - a comment change Excel may refuse (a new thread below ExcelApi 1.18, our earlier thread or reply,
//   which another user may have posted) goes in a batch of its own; one refused costs a read and a retry
//   per comment, and the backup is then stored again as the sheet stands (applyCommands);
// - a rescore changes cells the last one wrote: the backup stored first also knows that earlier output,
//   so that a write Excel cuts short stays restorable, and is stored again plain at the end of the
//   write batch (no sync of its own; whileWriting).
// The print setup (core/print) is read with everything else and set in the write batch; the other
// sheets that hold an indicator table are looked for in the write batch too: neither costs a sync.
// Exports (扣分明细, 评价结论) are a run of their own: two syncs (the names taken, then the new sheet).
// Requirement sets: 1.4 at least (getItemOrNullObject, getUsedRangeOrNullObject); 1.9 fills and
// formula cells in one call, and the page layout; 1.7/1.8 workbook protection and read-only, 1.7
// hyperlinks; 1.13 merged areas; 1.18 notes (threads too), else 1.10 comments, else the 扣分原因 column.
import {
  withBackup,
  whileWriting,
  withNotesAsFound,
  fromA1,
  MARK_FILLS,
  PRINTABLE_MARK_FILLS,
  measureTable,
  framesOf,
  planPrintRestore,
  planRestore,
  planScoring,
  type AppendedColumn,
  type CellState,
  type Lang,
  type Layout,
  type PrintRead,
  type ScoreResult,
  type ScoringPlan,
  type StateAt,
  type TableMeasure,
  cellKey,
} from '../core';
import { candidates, probeSheets } from './otherSheets';
import { printCommands } from './print';
import { notesVia, officeHost, type ExcelHost, type NotesVia } from './host';
import { withShortNotes } from './shortNotes';
import { noTableMessage, otherRunMessage, protectedMessage, refusalMessage, workbookMessage } from './messages';
import { busyOf, mayBeCellEdit, type Busy, type Refusal } from './errors';
import { readSheet, readWholeFills, settleInterchangeable, stateAtOf, type SheetRead } from './read';
import { applyCommands, backupCommands, cellCommands, WriteCutShort, type Applied, type Command } from './write';
import { cutShort } from './cutShort';
import { claim, queueRelease, released } from './runLock';

export { officeHost, type ExcelHost };
export { selectCell } from './select';
/** Writes a sheet to print or hand in (扣分明细, 评价结论) as a new visible sheet: two syncs. */
export { addReportSheet, type LeftOut } from './newSheet';

export interface ScoreOptions {
  lang: Lang;
  overwriteFormulas?: boolean;
  /** Score this sheet (it is activated first) instead of the active one. */
  sheet?: string;
  /** Append a 扣分原因 column for print when the sheet has none. */
  appendReason?: boolean;
}

/** What scoring did to the print setup. */
export type PrintOutcome =
  /** Set: landscape, one page wide, these title rows on every page. */
  | { kind: 'set'; titleRows: string }
  /** The sheet has a print setup of its own: left as it is. */
  | { kind: 'own' }
  /** The host cannot read or set it (below ExcelApi 1.9). */
  | { kind: 'unsupported' };

export type ScoreOutcome =
  | {
      kind: 'scored';
      /** The sheet's first table; `results` holds every table of the sheet (a page holding two projects), top down. */
      result: ScoreResult;
      results: readonly ScoreResult[];
      formulaCells: string[];
      notesVia: 'notes' | 'comments' | 'reason-column';
      /** Cells whose explanation could not be attached as a comment (a person's note is there). */
      notesSkipped?: string[];
      /** Cells whose earlier explanation, a comment another user posted, Excel would not let us replace. */
      notesLeft?: string[];
      print: PrintOutcome;
      /** Where the explanations stand on paper: the sheet's own 扣分原因 column, one appended, or none. */
      reasonColumn: 'own' | 'appended' | 'none';
      /** The workbook's other sheets that hold an indicator table. */
      otherSheets: string[];
    }
  | { kind: 'refused'; reason: Refusal | 'no-table' | 'other-run'; message: string; result?: ScoreResult; otherSheets?: string[] }
  /** Excel stopped the write part-way: `written` of `of` cells were changed; 恢复 undoes them. */
  | { kind: 'partial'; reason: Refusal | 'error'; message: string; written: number; of: number; result: ScoreResult; results: readonly ScoreResult[] };

export type RestoreOutcome =
  /**
   * `titleRowsKept`: title rows scoring set, which no documented call removes. `notesLeft`: cells
   * whose explanation, a comment another user posted, Excel would not let us remove.
   */
  | { kind: 'restored'; cells: number; titleRowsKept?: string; notesLeft?: string[] }
  | { kind: 'nothing-to-restore' }
  | { kind: 'refused'; reason: Refusal | 'other-run'; message: string }
  /** Excel stopped the write part-way: `written` of `of` cells are back; 恢复 again finishes. */
  | { kind: 'partial'; reason: Refusal | 'error'; message: string; written: number; of: number };

/** Another pane is scoring or restoring this workbook (runLock): nothing was read or written. */
export type OtherRun = { kind: 'refused'; reason: 'other-run'; message: string };

export type { Refusal };

/** What stops writing to this sheet now, if anything, with the message to show. */
function refusalOf(read: SheetRead, lang: Lang): { reason: Refusal; message: string } | null {
  if (read.workbookState !== 'writable') return { reason: read.workbookState, message: workbookMessage(read.workbookState, lang) };
  if (read.isProtected) return { reason: 'protected', message: protectedMessage(read.name, lang) };
  return null;
}

/**
 * Runs a scoring or restore run, its writes held while a person types in a cell where Excel can hold
 * them (delayForCellEdit); Excel refusing it because the person is busy — typing in a cell, a dialog of
 * Excel's open — is a refusal in the person's words, not a failure. InvalidOperation means cell edit
 * only if a read that asks nothing of the sheet is refused the same way (errors.ts).
 */
async function unlessBusy<T>(host: ExcelHost, lang: Lang, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T | { kind: 'refused'; reason: Busy; message: string }> {
  try {
    return await host.run(batch, { delayForCellEdit: true });
  } catch (e) {
    const busy = busyOf(e) ?? (mayBeCellEdit(e) && (await editing(host)) ? 'cell-edit' : null);
    if (busy) return { kind: 'refused', reason: busy, message: refusalMessage(busy, '', lang) };
    throw e;
  }
}

/** Whether Excel refuses even a read that asks nothing of the sheet, as it does while a person types. */
async function editing(host: ExcelHost): Promise<boolean> {
  try {
    await host.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().load('name');
      await context.sync();
    });
    return false;
  } catch (e) {
    return busyOf(e) === 'cell-edit' || mayBeCellEdit(e);
  }
}

/** A run's hold on the workbook: `command` takes it away; `done` says the batch carrying it went through. */
interface Hold {
  readonly command: Command;
  done(): void;
}

/**
 * Runs a scoring or restore run holding the workbook (runLock): one sync to claim it first; a run another
 * pane holds is refused. The claim is taken away in the run's last batch; a run that ends otherwise
 * (refused, cut short, failed) takes it away in one more sync — should that fail too, this pane's next
 * run takes it away, and to any other pane it goes stale.
 */
async function holding<T>(context: Excel.RequestContext, host: ExcelHost, lang: Lang, run: (hold: Hold) => Promise<T>): Promise<T | OtherRun> {
  const claimed = await claim(context, host);
  let done = false;
  const hold: Hold = { command: { bytes: 400, queue: (ctx) => queueRelease(ctx, claimed) }, done: () => (done = true) };
  const releaseNow = async () => {
    if (claimed.kind === 'unclaimed') return;
    queueRelease(context, claimed);
    released(
      claimed,
      await context.sync().then(
        () => true,
        () => false,
      ),
    );
  };
  if (claimed.kind === 'taken') {
    await releaseNow();
    return { kind: 'refused', reason: 'other-run', message: otherRunMessage(claimed.since, lang) };
  }
  let out: T;
  try {
    out = await run(hold);
  } catch (e) {
    await releaseNow();
    throw e;
  }
  if (done) released(claimed, true);
  else await releaseNow();
  return out;
}

export async function scoreActiveSheet(opts: ScoreOptions, host: ExcelHost = officeHost()): Promise<ScoreOutcome> {
  const via = notesVia(host);
  return unlessBusy(host, opts.lang, (context) => holding(context, host, opts.lang, async (hold): Promise<ScoreOutcome> => {
    // Activated in the read's own batch, before the read asks for the active sheet.
    if (opts.sheet) context.workbook.worksheets.getItem(opts.sheet).activate();
    const read = await readSheet(context, host, via, true, opts.appendReason === true);
    const stateAt = stateAtOf(read, via);
    const plan = () => planFrom(read, stateAt, opts);
    let planned = plan();
    const others = probeSheets(candidates(read.visibleSheets, read.name));
    if (!planned.print) {
      // The one refusal another sheet may answer: one more sync, to offer the sheets that hold a table.
      const sheet = context.workbook.worksheets.getItem(read.id);
      others.command.queue(context, sheet);
      hold.command.queue(context, sheet);
      await context.sync();
      hold.done();
      return { kind: 'refused', reason: 'no-table', message: noTableMessage(read.name, planned.result, opts.lang), result: planned.result, otherSheets: others.found() };
    }
    const refusal = refusalOf(read, opts.lang);
    if (refusal) return { kind: 'refused', ...refusal, result: planned.result };
    // A person's fill that our mark replaces is kept whole (tint, pattern), so it is read whole first.
    if (await readWholeFills(context, host, read, planned.writeback.writes, stateAt)) planned = plan();
    const { result, results, writeback, backup } = planned;
    // Still a table: the fills read whole change which cells are ours, not where the table is.
    const print = planned.print!;
    // The backup goes first: should a later batch fail, what was already written can be restored. Until
    // every write is in, it also knows our earlier output on the cells this scoring changes.
    const pending = whileWriting(backup, read.backup, writeback.writes);
    await settleInterchangeable(context, read, writeback.writes);
    const commands = [
      ...backupCommands(withBackup(read.store, read.name, pending), read.backupExists),
      ...cellCommands(writeback.writes, stateAt, read, via),
      ...printCommands(print.change),
      others.command,
    ];
    // Last, the backup as the write left the sheet: a comment Excel refused keeps the text it has.
    const settled = (applied: Applied) => {
      const found = [...applied.skipped, ...applied.left].map((cell) => {
        const { row, col } = fromA1(cell)!;
        return { row, col, note: stateAt(row, col).note };
      });
      const done = withNotesAsFound(backup, found);
      return [...(done === pending ? [] : backupCommands(withBackup(read.store, read.name, done), true)), hold.command];
    };
    let applied: Applied;
    try {
      applied = await applyCommands(context, read.id, commands, settled);
      hold.done();
    } catch (e) {
      if (!(e instanceof WriteCutShort)) throw e;
      const cut = await cutShort(context, host, 'score', read, e, opts.lang);
      return cut.kind === 'partial' ? { ...cut, result, results } : { ...cut, result };
    }
    return scored(planned, read, applied, opts, via, others.found());
  }));
}

/** What a scoring that went through tells the pane: every table, where its notes and its print setup stand. */
function scored(plan: ScoringPlan<PrintRead>, read: SheetRead, applied: Applied, opts: ScoreOptions, via: NotesVia, otherSheets: string[]): ScoreOutcome {
  const { result, results, writeback } = plan;
  const page = plan.print?.backup?.page;
  const formulaCells = opts.overwriteFormulas ? [] : results.flatMap((t) => t.rows.filter((r) => r.scoreIsFormula).map((r) => r.cell));
  return {
    kind: 'scored',
    result,
    results,
    formulaCells,
    notesVia: via,
    ...(applied.skipped.length ? { notesSkipped: applied.skipped } : {}),
    ...(applied.left.length ? { notesLeft: applied.left } : {}),
    print: !read.page ? { kind: 'unsupported' } : page ? { kind: 'set', titleRows: page.written.titleRows! } : { kind: 'own' },
    reasonColumn: result.layout?.columns.reason !== undefined ? 'own' : writeback.appended !== undefined ? 'appended' : 'none',
    otherSheets,
  };
}

/** The core's plan (planScoring) from what the read gave: the cells, the previous backup, how the sheet prints. */
function planFrom(read: SheetRead, stateAt: StateAt, opts: ScoreOptions): ScoringPlan<PrintRead> {
  const workbook = { indicatorSheet: read.grid, basicData: read.basicData };
  // Patterned marks need setCellProperties (ExcelApi 1.9); below it, the plain colours.
  const options = { fills: read.cellProperties ? PRINTABLE_MARK_FILLS : MARK_FILLS, overwriteFormulas: opts.overwriteFormulas, lang: opts.lang, appendReasonColumn: opts.appendReason };
  const readPrint = (layout: Layout, appended: AppendedColumn | undefined): PrintRead => {
    const found = appended === undefined ? null : columnFor(appended.col, read);
    return { page: read.page, column: found && { ...found, framed: framesOf(appended) }, table: measured(read, layout.headerTop, appended?.col) };
  };
  return planScoring(workbook, stateAt, read.backup, options, readPrint, (writeback) => withShortNotes(writeback, opts.lang));
}

/** What the table prints, measured as the command line measures a file (core/print measureTable); null where it was not read. */
function measured(read: SheetRead, headerTop: number, appended: number | undefined): TableMeasure | null {
  const p = read.printed;
  if (!p) return null;
  const { row: top, col: left } = read.grid.origin ?? { row: 0, col: 0 };
  // The grid's values from its top-left cell; the table's rows and columns are the sheet's.
  const values = [...Array.from({ length: top }, () => []), ...read.grid.values.map((line) => [...Array.from({ length: left }, () => null), ...line])];
  const widthOf = (col: number) => (col < left ? 0 : (p.widths[col - left] ?? 0));
  const sizeAt = (row: number) => p.sizes[row - top] ?? null;
  return measureTable(values, headerTop, widthOf, sizeAt, appended, 11);
}

/** The appended 扣分原因 column: where the read looked (right of the used range), or where the last scoring put it. */
function columnFor(col: number, read: SheetRead) {
  const before = read.backup?.print?.column;
  if (before && before.col === col) return { col, address: before.address, now: read.nextColumn?.col === col ? read.nextColumn.now : { width: null, wrap: null } };
  return read.nextColumn && read.nextColumn.col === col ? read.nextColumn : null;
}

export async function restoreActiveSheet(opts: { lang: Lang }, host: ExcelHost = officeHost()): Promise<RestoreOutcome> {
  const via = notesVia(host);
  return unlessBusy(host, opts.lang, (context) => holding(context, host, opts.lang, async (hold): Promise<RestoreOutcome> => {
    const read = await readSheet(context, host, via, false);
    const backup = read.backup;
    if (!backup) return { kind: 'nothing-to-restore' };
    const refusal = refusalOf(read, opts.lang);
    if (refusal) return { kind: 'refused', ...refusal };
    const stateAt = stateAtOf(read, via);
    const current = new Map<string, CellState>();
    for (const e of backup.entries) current.set(cellKey(e.row, e.col), stateAt(e.row, e.col));
    const writes = planRestore(backup, current);
    const print = planPrintRestore(backup.print, read.page, { removesTitleRows: false });
    await settleInterchangeable(context, read, writes);
    // The backup goes last: should a batch fail, the backup is still there to try again.
    let applied: Applied;
    try {
      applied = await applyCommands(context, read.id, [...cellCommands(writes, stateAt, read, via), ...printCommands(print)], () => [
        ...backupCommands(withBackup(read.store, read.name, null), read.backupExists),
        hold.command,
      ]);
      hold.done();
    } catch (e) {
      if (!(e instanceof WriteCutShort)) throw e;
      return cutShort(context, host, 'restore', read, e, opts.lang);
    }
    return {
      kind: 'restored',
      cells: writes.length,
      ...(print.titleRowsKept ? { titleRowsKept: print.titleRowsKept } : {}),
      ...(applied.left.length ? { notesLeft: applied.left } : {}),
    };
  }));
}
