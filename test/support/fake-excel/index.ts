/*
 * A strict in-memory Excel for tests: the office-js object model that 绩效评分助手's adapter uses,
 * with Excel's batch semantics. Plain TypeScript, no Node APIs, so webpack can bundle it as the
 * scripted stand-in host of the browser test.
 *
 * Semantics kept as in Excel:
 * - Every property set, method call and load is queued; nothing reaches the workbook before
 *   `context.sync()`. Reading a property that was not loaded (and synced) throws PropertyNotLoaded;
 *   so does reading `isNullObject` or a ClientResult's `value` before the sync that fills it.
 * - A failing command rejects the sync; commands queued before it have taken effect (Excel batches are
 *   not transactional), the loads of that batch are not filled.
 * - `*OrNullObject` methods give null objects (isNullObject true after load+sync; their properties
 *   read as undefined); objects reached from a null object are null too; writing to one fails.
 * - Requirement sets: each API is tagged with its ExcelApi version; a host built with
 *   `apiVersion: '1.9'` rejects (ApiNotFound, at sync) anything newer, e.g. `worksheet.notes` (1.18)
 *   or `range.getMergedAreasOrNullObject()` (1.13). Methods office-js does not have do not exist here.
 * - Entering text converts it as Excel does (`97%`, `1,200`, `TRUE`, `2019-05-01`, `May 2019`, `=SUM(…)`); a
 *   leading apostrophe keeps text. Writes to a protected sheet fail with AccessDenied. A cell holds
 *   one note or one comment thread; adding a second fails.
 * - Each sync's request and response are measured in UTF-8 bytes of their JSON; either above the
 *   payload limit (5 MB, as Excel on the web) fails that sync with RequestPayloadSizeLimitExceeded /
 *   ResponsePayloadSizeLimitExceeded.
 *
 * Scripting API:
 *   const xl = new FakeExcel({
 *     apiVersion: '1.18',                       // highest ExcelApi set supported (default 1.18)
 *     active: '指标体系',                        // active sheet (default: the first)
 *     sheets: [{
 *       name: '指标体系',
 *       rows: [['一级指标', '得分'], ['预算管理', 4.75], [null, { formula: '=SUM(B2:B2)' }]],
 *       origin: 'A1',                           // where rows[0][0] sits (default A1)
 *       numberFormats: { B2: '0.00' }, fills: { B2: '#FFEB9C' },
 *       merges: ['A2:A3'],
 *       notes: { B2: 'a person’s note' },       // or { content, author }
 *       comments: { A2: { content: 'thread', author: '张三', replies: ['reply'] } },
 *       protected: false, visibility: 'Visible',
 *     }],
 *   });
 *   xl.host()                  → { run, isSetSupported }: what the adapter's ExcelHost needs
 *   xl.cell('指标体系', 'B2')   → { value, formula, numberFormat, fill, note, comment }
 *   xl.dump('指标体系')         → every cell, note and comment of a sheet, for exact comparisons
 *   xl.stats                   → { syncs, runs, batches: [{ requestBytes, responseBytes, commands }] }
 *   xl.resetStats()
 *   xl.save() / FakeExcel.open(text, { userName })   → the file closed and opened again (by another person)
 *   xl.edit(sheet, address, { value?, formula?, numberFormat?, fill? })   → a person typing
 *   xl.addNote / xl.addComment / xl.setProtected / xl.setActive / xl.sheetInfo / xl.selection
 *   xl.pageLayout(sheet) / xl.columnWidth(sheet, 'I') / xl.format(sheet, 'A1')   → print setup, widths, wrap, bold, borders, links
 *
 * Its parts: this file, the application a test scripts (FakeExcel); specs.ts, how a test describes a
 * workbook; context.ts, the request context and the proxies' load/sync machinery; workbook.ts, the
 * workbook, its settings and sheets, their protection and page layout; range.ts, ranges and their
 * formats; notes.ts, notes and comment threads; batch.ts, what a batch weighs and which ExcelApi set a
 * command needs; errors.ts, Excel's errors; model.ts and address.ts, the workbook model under them all;
 * richapi.ts, the host side that answers the real office.js client's requests.
 */
import { colLetters, parseLocal, rectLocal } from './address';
import { findSheet, getCell, key, putCell, recalc, DEFAULT_COLUMN_WIDTH, type ModelCell, type ModelPageLayout, type ModelSheet, type ModelWorkbook, type Scalar } from './model';
import { clone, requestSize, utf8Length, versionAtLeast, type BatchStat, type Command } from './batch';
import { FakeRequestContext } from './context';
import { FakeExcelError, localised } from './errors';
import { buildSheet, type FakeExcelOptions } from './specs';
import { setRunning } from './workbook';

export type { Scalar } from './model';
export type { BatchStat, Command } from './batch';
export { FakeRequestContext } from './context';
export { FakeExcelError } from './errors';
export type { CellSpec, CommentSpec, FakeExcelOptions, SheetSpec } from './specs';

/** A client library running the add-in's batches against a FakeExcel (the real office.js: test/support/office-js). */
export interface ExcelClient {
  run<T>(xl: FakeExcel, batch: (context: any) => Promise<T>, options: { delayForCellEdit?: boolean }): Promise<T>;
}

export interface CellView {
  value: Scalar;
  formula: string | null;
  numberFormat: string;
  fill: string | null;
  note: string | null;
  comment: { content: string; author: string; replies: { content: string; author: string }[] } | null;
}

export class FakeExcel {
  model: ModelWorkbook;
  readonly apiVersion: string;
  readonly payloadLimit: number;
  readonly userName: string;
  readonly messageLanguage: 'en' | 'zh-CN';
  readonly cellEditCode: 'InvalidOperationInCellEditMode' | 'InvalidOperation';
  readonly authorRefusalCode: string;
  selection: string | null = null;
  /** Batches waiting for the person to leave cell edit mode (sent with delayForCellEdit). */
  private editWaiters: (() => void)[] = [];
  /** Counts syncs (never reset): proxies find their object again in each. */
  syncSerial = 0;
  /**
   * What a person does while the add-in waits for Excel (clicking another tab, typing), by the number of
   * the sync it comes before, counted from the call of beforeSync. Excel.run holds no lock on the
   * workbook between syncs; the documents say nothing more (see README.md).
   */
  private pending = new Map<number, () => void>();
  stats: { syncs: number; runs: number; batches: BatchStat[] } = { syncs: 0, runs: 0, batches: [] };

  constructor(options: FakeExcelOptions) {
    this.apiVersion = options.apiVersion ?? '1.18';
    this.payloadLimit = options.payloadLimit ?? 5 * 1024 * 1024;
    this.userName = options.userName ?? '绩效评分助手用户';
    this.messageLanguage = options.messageLanguage ?? 'en';
    this.cellEditCode = options.cellEditCode ?? 'InvalidOperationInCellEditMode';
    this.authorRefusalCode = options.authorRefusalCode ?? 'AccessDenied';
    const sheets = options.sheets.map(buildSheet);
    this.model = { sheets, active: options.active ?? sheets[0]?.name ?? '', nextId: 1, settings: new Map() };
    recalc(this.model);
  }

  /**
   * The requirement sets this host reports (Office.context.requirements.isSetSupported): ExcelApi up to
   * its version; DelayForCellEdit, the capability office.js checks before it asks Excel to hold a batch
   * while a person types (Excel.run({ delayForCellEdit }), excel-web-16.00.debug.js onBeforeExcelRun),
   * from ExcelApi 1.11 — the documents name no set for it (README.md): assumed from the date of its
   * page (2020), when 1.11 shipped.
   */
  isSetSupported(name: string, version?: string): boolean {
    if (name.toLowerCase() === 'excelapi') return versionAtLeast(this.apiVersion, version ?? '1.1');
    if (name.toLowerCase() === 'delayforcelledit') return versionAtLeast(this.apiVersion, '1.11');
    return false;
  }

  /** What the adapter's ExcelHost needs. */
  host(): { run<T>(batch: (context: any) => Promise<T>, options?: { delayForCellEdit?: boolean }): Promise<T>; isSetSupported(name: string, version: string): boolean } {
    return {
      run: (batch, options) => (FakeExcel.client ? FakeExcel.client.run(this, batch, options ?? {}) : this.run(batch, options)),
      isSetSupported: (name, version) => this.isSetSupported(name, version),
    };
  }

  /**
   * The client that runs the adapter's batches. Unset, the stand-in's own proxies; set (test/support/
   * office-js, installed for Jest and the bench), the real office.js client, whose requests this workbook
   * answers (answerRichApi).
   */
  static client: ExcelClient | null = null;

  /** Resolves once the person has left cell edit mode (at once when they are not in it). */
  editEnded(): Promise<void> {
    if (!this.model.cellEditMode) return Promise.resolve();
    return new Promise((resolve) => this.editWaiters.push(resolve));
  }

  async run<T>(batch: (context: FakeRequestContext) => Promise<T>, options: { delayForCellEdit?: boolean } = {}): Promise<T> {
    this.stats.runs++;
    const ctx = new FakeRequestContext(this, options.delayForCellEdit === true && this.isSetSupported('DelayForCellEdit'));
    const result = await batch(ctx);
    if (ctx.commands.length) await ctx.sync(); // Excel.run flushes what is still queued
    return result;
  }

  /** Before the n-th sync from now (1 = the next), the person does `act`. */
  beforeSync(n: number, act: () => void): void {
    this.pending.set(this.runSyncs + n, act);
  }
  private runSyncs = 0;

  /** Counts a sync and lets the person act first, if `beforeSync` scheduled something for it. */
  beginSync(): void {
    const act = this.pending.get(++this.runSyncs);
    if (act) {
      this.pending.delete(this.runSyncs);
      act();
    }
    this.syncSerial++;
    this.stats.syncs++;
  }

  /** A sync through the stand-in's own proxies (the browser test's host, and the stand-in's own tests). */
  async runSync(ctx: FakeRequestContext): Promise<void> {
    await Promise.resolve();
    this.beginSync();
    const commands = ctx.commands.splice(0);
    const requestBytes = requestSize(commands);
    const stat: BatchStat = { requestBytes, responseBytes: 0, commands: commands.length };
    this.stats.batches.push(stat);
    try {
      if (requestBytes > this.payloadLimit) {
        throw new FakeExcelError('RequestPayloadSizeLimitExceeded', `The request payload size (${requestBytes} bytes) has exceeded the limit.`);
      }
      // While a person types in a cell, Excel runs no batch: Excel.ErrorCodes.invalidOperationInCellEditMode
      // (https://learn.microsoft.com/javascript/api/excel/excel.errorcodes). Refused whole, as assumed in
      // README.md — unless the run asked to wait: "the batch request is delayed until the user exits cell
      // edit mode" (Excel.RunOptions.delayForCellEdit), as richapi.ts answers office.js.
      if (this.model.cellEditMode && ctx.delayForCellEdit) {
        stat.waited = true;
        await this.editEnded();
      }
      if (this.model.cellEditMode) {
        throw localised(new FakeExcelError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.'), this.messageLanguage);
      }
      const done = this.execute(commands);
      stat.responseBytes = utf8Length(JSON.stringify(done.responses));
      if (stat.responseBytes > this.payloadLimit) {
        throw new FakeExcelError('ResponsePayloadSizeLimitExceeded', `The response payload size (${stat.responseBytes} bytes) has exceeded the limit.`);
      }
      done.commit();
    } catch (e) {
      stat.error = (e as FakeExcelError).code;
      throw e;
    }
  }

  /**
   * Runs a batch's commands in order against the workbook. The first failure stops it and is thrown
   * (named by the office.js action it served); the commands before it stay applied — Excel's batches are
   * not transactional. Gives each command's response, by action, and the commit that fills the loads.
   */
  execute(commands: readonly Command[]): { responses: unknown[]; byAction: Map<number, unknown>; commit(): void } {
    const responses: unknown[] = [];
    const byAction = new Map<number, unknown>();
    const commits: (() => void)[] = [];
    setRunning(this.model);
    try {
      for (const c of commands) {
        try {
          if (!versionAtLeast(this.apiVersion, c.version)) {
            throw new FakeExcelError('ApiNotFound', `This host supports ExcelApi ${this.apiVersion}; ${JSON.stringify(c.desc)} needs ${c.version}.`);
          }
          const r = c.run();
          if (r && r.response !== undefined) {
            responses.push(r.response);
            if (c.action !== undefined) byAction.set(c.action, r.response);
          }
          if (r && r.commit) commits.push(r.commit);
        } catch (e) {
          if (e instanceof FakeExcelError && c.action !== undefined) e.action = c.action;
          throw localised(e, this.messageLanguage);
        }
      }
    } finally {
      setRunning(null);
      recalc(this.model);
    }
    return { responses, byAction, commit: () => commits.forEach((c) => c()) };
  }

  resetStats(): void {
    this.stats = { syncs: 0, runs: 0, batches: [] };
  }

  private sheet(name: string): ModelSheet {
    const s = findSheet(this.model, name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  cell(sheetName: string, address: string): CellView {
    const s = this.sheet(sheetName);
    const r = parseLocal(address);
    const c = getCell(s, r.top, r.left);
    const note = s.notes.get(key(r.top, r.left));
    const comment = s.comments.find((x) => x.row === r.top && x.col === r.left);
    return {
      value: c.value,
      formula: c.formula,
      numberFormat: c.numberFormat,
      fill: c.fill,
      note: note ? note.content : null,
      comment: comment
        ? { content: comment.content, author: comment.author, replies: comment.replies.map((x) => ({ content: x.content, author: x.author })) }
        : null,
    };
  }

  /** Every cell, column width, note and comment of a sheet, in a stable order: compare two dumps for exactness. */
  dump(sheetName: string): unknown {
    const s = this.sheet(sheetName);
    const order = (a: string, b: string) => {
      const [ar, ac] = a.split(':').map(Number);
      const [br, bc] = b.split(':').map(Number);
      return ar - br || ac - bc;
    };
    const addr = (k: string) => {
      const [row, col] = k.split(':').map(Number);
      return `${colLetters(col)}${row + 1}`;
    };
    return clone({
      name: s.name,
      visibility: s.visibility,
      protected: s.protected,
      cells: [...s.cells.keys()].sort(order).map((k) => [addr(k), s.cells.get(k)]),
      merges: s.merges.map(rectLocal),
      columnWidths: [...s.columnWidths].sort((a, b) => a[0] - b[0]).map(([c, w]) => [colLetters(c), w]),
      notes: [...s.notes.keys()].sort(order).map((k) => [addr(k), s.notes.get(k)]),
      comments: s.comments
        .map((c) => ({ at: `${colLetters(c.col)}${c.row + 1}`, content: c.content, author: c.author, replies: c.replies.map((r) => [r.content, r.author]) }))
        .sort((a, b) => a.at.localeCompare(b.at)),
    });
  }

  /** The sheet's page setup as the person would see it in Page Layout. */
  pageLayout(sheetName: string): { orientation: string; zoom: ModelPageLayout['zoom']; titleRows: string | null; printArea: string | null } {
    const p = this.sheet(sheetName).pageLayout;
    return { orientation: p.orientation, zoom: { ...p.zoom }, titleRows: p.titleRows ? `$${p.titleRows.top + 1}:$${p.titleRows.bottom + 1}` : null, printArea: p.printArea };
  }

  /** The paper the sheet prints on (PageLayout.paperSize): `Letter`, Excel's where none is named, `A4` …. */
  paperSize(sheetName: string): string {
    return this.sheet(sheetName).pageLayout.paperSize;
  }

  /** A column's width in points. */
  columnWidth(sheetName: string, letters: string): number {
    return this.sheet(sheetName).columnWidths.get(parseLocal(`${letters}1`).left) ?? DEFAULT_COLUMN_WIDTH;
  }

  /** A cell's formats beyond value, number format and fill: wrap, bold, borders, hyperlink. */
  format(sheetName: string, address: string): Pick<ModelCell, 'wrap' | 'bold' | 'borders' | 'link'> {
    const r = parseLocal(address);
    const { wrap, bold, borders, link } = getCell(this.sheet(sheetName), r.top, r.left);
    return { wrap, bold, borders, link };
  }

  sheetInfo(name: string): { visibility: string; protected: boolean } | null {
    const s = findSheet(this.model, name);
    return s ? { visibility: s.visibility, protected: s.protected } : null;
  }

  sheetNames(): string[] {
    return this.model.sheets.map((s) => s.name);
  }

  /** A person editing a cell between two runs of the add-in. */
  edit(sheetName: string, address: string, change: { value?: Scalar; formula?: string | null; numberFormat?: string; fill?: string | null }): void {
    const s = this.sheet(sheetName);
    const r = parseLocal(address);
    const next = { ...getCell(s, r.top, r.left), ...change };
    if (change.value !== undefined && change.formula === undefined) next.formula = null;
    putCell(s, r.top, r.left, next);
    recalc(this.model);
  }

  addNote(sheetName: string, address: string, content: string, author = '张三'): void {
    const r = parseLocal(address);
    this.sheet(sheetName).notes.set(key(r.top, r.left), { content, author });
  }

  addComment(sheetName: string, address: string, content: string, author = '张三'): void {
    const r = parseLocal(address);
    this.sheet(sheetName).comments.push({ id: `p${this.model.nextId++}`, row: r.top, col: r.left, content, author, replies: [] });
  }

  setProtected(sheetName: string, on: boolean): void {
    this.sheet(sheetName).protected = on;
  }

  /** Review › Protect Workbook (structure), Excel opened read-only, a person typing in a cell, a dialog open. */
  setWorkbookState(state: { structureProtected?: boolean; readOnly?: boolean; cellEditMode?: boolean; modalDialog?: boolean }): void {
    Object.assign(this.model, state);
    if (!this.model.cellEditMode) for (const wake of this.editWaiters.splice(0)) wake();
  }

  setActive(sheetName: string): void {
    this.model.active = this.sheet(sheetName).name;
  }

  /** The workbook as a file: everything, including very hidden sheets. */
  save(): string {
    return JSON.stringify({
      apiVersion: this.apiVersion,
      payloadLimit: this.payloadLimit,
      userName: this.userName,
      active: this.model.active,
      nextId: this.model.nextId,
      settings: [...this.model.settings],
      sheets: this.model.sheets.map((s) => ({ ...s, cells: [...s.cells], notes: [...s.notes], columnWidths: [...s.columnWidths] })),
    });
  }

  /** Opens a saved workbook (optionally in a host with other capabilities, or as another user). */
  static open(text: string, options: { apiVersion?: string; userName?: string; authorRefusalCode?: string } = {}): FakeExcel {
    const data = JSON.parse(text);
    const xl = new FakeExcel({
      sheets: [],
      apiVersion: options.apiVersion ?? data.apiVersion,
      payloadLimit: data.payloadLimit,
      userName: options.userName ?? data.userName,
      authorRefusalCode: options.authorRefusalCode,
    });
    xl.model = {
      active: data.active,
      nextId: data.nextId,
      settings: new Map(data.settings),
      sheets: data.sheets.map((s: any) => ({ ...s, cells: new Map(s.cells), notes: new Map(s.notes), columnWidths: new Map(s.columnWidths) })),
    };
    return xl;
  }
}
