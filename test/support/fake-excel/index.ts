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
 */
import { colLetters, contains, MAX_COLS, parseLocal, quoteSheet, rectLocal, splitSheet, type Rect } from './address';
import {
  emptyCell,
  enterText,
  findSheet,
  getCell,
  key,
  putCell,
  recalc,
  usedRect,
  fillProperties,
  defaultPageLayout,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_FONT_SIZE,
  type Edge,
  type ModelCell,
  type ModelPageLayout,
  type ModelComment,
  type ModelSheet,
  type ModelWorkbook,
  type Scalar,
} from './model';

export type { Scalar } from './model';

export class FakeExcelError extends Error {
  /** The request action (RichApi action id) whose command failed, when the batch came from office.js. */
  action?: number;
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

export type CellSpec =
  | Scalar
  | null
  | { formula: string; value?: Scalar; numberFormat?: string; fill?: string }
  | { value: Scalar; numberFormat?: string; fill?: string }
  /** An error value (`#DIV/0!`, `#BUSY!` …), as a formula leaves it; a plain `'#N/A'` string is text. */
  | { error: string };

export interface CommentSpec {
  content: string;
  author?: string;
  replies?: (string | { content: string; author?: string })[];
}

export interface SheetSpec {
  name: string;
  rows?: CellSpec[][];
  origin?: string;
  numberFormats?: Record<string, string>;
  /** `#RRGGBB` (solid; `#FFFFFF` is a white fill, not none) or the properties of CellPropertiesFill. */
  fills?: Record<string, string | { color: string; pattern?: string; patternColor?: string; tintAndShade?: number; patternTintAndShade?: number }>;
  merges?: string[];
  notes?: Record<string, string | { content: string; author?: string }>;
  comments?: Record<string, string | CommentSpec>;
  protected?: boolean;
  visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
  /** A print setup of the sheet's own (default: Excel's, portrait at 100% with no title rows). */
  pageLayout?: { orientation?: 'Portrait' | 'Landscape'; zoom?: ModelPageLayout['zoom']; titleRows?: string; printArea?: string; paperSize?: string };
  /** Column widths in points, by letter (`{ I: 120 }`). */
  columnWidths?: Record<string, number>;
  /** Font sizes in points, by cell (`{ A1: 16 }`); a cell not named has 11. */
  fontSizes?: Record<string, number>;
}

export interface FakeExcelOptions {
  sheets: SheetSpec[];
  active?: string;
  apiVersion?: string;
  /** Bytes per request and per response (default 5 MB). */
  payloadLimit?: number;
  /** Author of notes and comments the add-in creates. */
  userName?: string;
  /**
   * The language of Excel's error messages (default English). OfficeExtension.Error.message is "the
   * error message passed through from the Office application", in its UI language; only `code` is
   * fixed (https://learn.microsoft.com/javascript/api/office/officeextension.error).
   */
  messageLanguage?: 'en' | 'zh-CN';
  /**
   * How a batch sent while a person types in a cell is refused. The documents give two codes:
   * InvalidOperationInCellEditMode (Excel-specific error codes, learn.microsoft.com/office/dev/add-ins/
   * testing/application-specific-api-error-handling) and InvalidOperation ("Delay execution while cell
   * is being edited", learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-delay-in-cell-edit).
   * Default the former.
   */
  cellEditCode?: 'InvalidOperationInCellEditMode' | 'InvalidOperation';
  /**
   * The code another author's comment or reply is refused with. Whether Excel refuses it at all is not
   * documented, nor with which code (README.md): AccessDenied unless a test asks for another, so the
   * add-in is held to deciding by reading back, not by a list of codes.
   */
  authorRefusalCode?: string;
}

/** A Chinese Excel's wording, by code: the add-in must decide by the code, never by these texts. */
const ZH_MESSAGES: Record<string, string> = {
  InvalidArgument: '参数无效或缺失，或格式不正确。',
  InvalidOperation: '不允许执行此操作。',
  AccessDenied: '无法执行请求的操作。',
  ItemNotFound: '请求的资源不存在。',
  ItemAlreadyExists: '正在创建的资源已存在。',
};

function localised(e: unknown, language: 'en' | 'zh-CN'): unknown {
  if (language === 'en' || !(e instanceof FakeExcelError)) return e;
  const zh = new FakeExcelError(e.code, ZH_MESSAGES[e.code] ?? '发生内部错误。');
  zh.action = e.action;
  return zh;
}

export interface BatchStat {
  requestBytes: number;
  responseBytes: number;
  commands: number;
  /** The code Excel refused the batch with, if it did. */
  error?: string;
  /** Excel held the batch until the person left cell edit mode (delayForCellEdit). */
  waited?: boolean;
}

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

function versionAtLeast(have: string, need: string): boolean {
  const a = have.split('.').map(Number);
  const b = need.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}
const maxVersion = (a: string, b: string) => (versionAtLeast(a, b) ? a : b);

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

const clone = <T>(v: T): T => (v === undefined ? v : JSON.parse(JSON.stringify(v)));

export interface Command {
  readonly desc: unknown;
  readonly version: string;
  /** The office.js request action this command serves (its response is that action's result). */
  readonly action?: number;
  /** Runs against the workbook; returns what goes back to the add-in (for the response size) and a commit. */
  run(): { response?: unknown; commit?: () => void } | void;
}

/**
 * What a batch weighs on the wire. office-js sends each object a command reaches as an object path
 * (with an Instantiate action) and each command as an action with its arguments; the shape is not
 * documented (README.md), so each command's own JSON is counted, plus OBJECT_BYTES for every object
 * path it names that the batch has not named yet and ACTION_BYTES for the command's action — sizes
 * of office-js requests as they are seen in a browser's network panel.
 */
export const OBJECT_BYTES = 150;
export const ACTION_BYTES = 60;

function requestSize(commands: readonly Command[]): number {
  const paths = new Set<string>();
  let bytes = 2;
  for (const c of commands) {
    bytes += utf8Length(JSON.stringify(c.desc)) + 1 + ACTION_BYTES;
    const path = (c.desc as { o?: string }).o ?? '';
    // `ws(S).range(A1).format.fill` names ws(S), ws(S).range(A1), ….format and ….format.fill.
    let depth = 0;
    for (let i = 0; i <= path.length; i++) {
      const ch = path[i];
      if (ch === '(') depth++;
      else if (ch === ')') depth--;
      else if ((ch === '.' && depth === 0) || i === path.length) {
        const prefix = path.slice(0, i);
        if (!paths.has(prefix)) {
          paths.add(prefix);
          bytes += OBJECT_BYTES;
        }
      }
    }
  }
  return bytes;
}

// ---------------------------------------------------------------------------------------------
// Request context and proxies

export class FakeRequestContext {
  readonly commands: Command[] = [];
  readonly workbook: WorkbookProxy;
  /** Set while an office.js request's action is translated: the commands queued serve it. */
  action: number | undefined = undefined;
  constructor(
    readonly excel: FakeExcel,
    /** Excel.run({ delayForCellEdit }), where the host reports the DelayForCellEdit capability (as office.js asks). */
    readonly delayForCellEdit = false,
  ) {
    this.workbook = new WorkbookProxy(this, () => excel.model, 'workbook', '1.1');
  }
  sync(): Promise<void> {
    return this.excel.runSync(this);
  }
  queue(version: string, desc: unknown, run: Command['run']): void {
    this.commands.push({ desc, version, run, action: this.action });
  }
}

type LoadArg = string | string[] | { select?: string; expand?: string } | undefined;

function loadPaths(arg: LoadArg): string[][] | null {
  if (arg === undefined) return null;
  let list: string[];
  if (typeof arg === 'string') list = arg.split(',');
  else if (Array.isArray(arg)) list = arg;
  else list = (arg.select ?? '').split(',');
  return list.map((p) => p.trim()).filter((p) => p !== '').map((p) => p.split('/'));
}

export abstract class ProxyBase<T> {
  private target: T | null | undefined = undefined;
  private resolvedIn = -1;
  private loaded = new Map<string, unknown>();
  private nullState: boolean | undefined = undefined;
  private navCache = new Map<string, ProxyBase<any>>();
  constructor(
    readonly ctx: FakeRequestContext,
    private readonly resolver: () => T | null,
    readonly path: string,
    readonly needs: string,
  ) {}

  /** Scalar properties: name → [api version, read]. */
  protected abstract scalars(): Record<string, [string, (t: T) => unknown]>;
  /** Navigation properties that `load` may go through. */
  protected navs(): Record<string, () => ProxyBase<any>> {
    return {};
  }

  /**
   * The object this proxy stands for, found again in every batch until it has been loaded: office-js
   * sends an object's path (getActiveWorksheet(), getItemAt(3) …) with each request, so a proxy can mean
   * another sheet once the person has clicked another tab between two syncs; a loaded object is kept
   * by the reference Excel returned for it (assumed: README.md).
   */
  resolve(): T | null {
    const serial = this.ctx.excel.syncSerial;
    if (this.target === undefined || (this.resolvedIn !== serial && this.nullState === undefined)) {
      this.target = this.resolver();
      this.resolvedIn = serial;
    }
    return this.target;
  }
  /** The target, for a command that changes it: a null object cannot be changed. */
  must(): T {
    const t = this.resolve();
    if (t === null) throw new FakeExcelError('ItemNotFound', `${this.path} does not exist (null object).`);
    return t;
  }
  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded('isNullObject', this.path);
    return this.nullState;
  }
  protected read<V>(name: string): V {
    if (this.nullState === true) return undefined as V;
    if (!this.loaded.has(name)) throw notLoaded(name, this.path);
    return this.loaded.get(name) as V;
  }
  protected setLocal(name: string, v: unknown): void {
    this.loaded.set(name, v);
  }
  protected nav<P extends ProxyBase<any>>(name: string, make: () => P): P {
    let p = this.navCache.get(name) as P | undefined;
    if (!p) {
      p = make();
      this.navCache.set(name, p);
    }
    return p;
  }
  protected queueSet(version: string, name: string, value: unknown, apply: (t: T) => void): void {
    this.ctx.queue(maxVersion(version, this.needs), { o: this.path, set: name, v: value }, () => apply(this.must()));
  }
  protected queueCall(version: string, name: string, args: unknown[], apply: (t: T) => void): void {
    this.ctx.queue(maxVersion(version, this.needs), { o: this.path, m: name, a: args }, () => apply(this.must()));
  }

  load(arg?: LoadArg): this {
    const paths = loadPaths(arg);
    this.ctx.queue(this.needs, { o: this.path, load: arg ?? '*' }, () => this.loadNow(paths));
    return this;
  }

  /**
   * Reads the requested properties now; the returned commit fills them in once the sync succeeds. The
   * response is what Excel sends back for a query, as office.js reads it: property names as on the wire
   * (`Values`, `RowIndex`), a collection as `{ _Items: [...] }`, a null object as null.
   */
  loadNow(paths: string[][] | null): { response: unknown; commit: () => void } {
    const t = this.resolve();
    if (t === null) return { response: null, commit: () => void (this.nullState = true) };
    const scalars = this.scalars();
    const navs = this.navs();
    const values: Record<string, unknown> = {};
    const commits: (() => void)[] = [];
    const byNav = new Map<string, string[][]>();
    const wanted = paths ?? Object.keys(scalars).map((k) => [k]);
    for (const p of wanted) {
      const [head, ...rest] = p;
      if (rest.length === 0 && head in scalars) {
        const [version, get] = scalars[head];
        if (!versionAtLeast(this.ctx.excel.apiVersion, version)) {
          throw new FakeExcelError('ApiNotFound', `${head} needs ExcelApi ${version}.`);
        }
        values[head] = clone(get(t));
      } else if (head in navs) {
        byNav.set(head, [...(byNav.get(head) ?? []), ...(rest.length ? [rest] : [])]);
      } else {
        throw new FakeExcelError('PropertyNotFound', `${this.path} has no property ${p.join('/')}.`);
      }
    }
    const responses: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(values)) responses[wireName(k)] = v;
    for (const [name, rest] of byNav) {
      const child = navs[name]();
      const r = child.loadNow(rest.length ? rest : null);
      responses[wireName(name)] = r.response;
      commits.push(r.commit);
    }
    return {
      response: responses,
      commit: () => {
        this.nullState = false;
        for (const [k, v] of Object.entries(values)) this.loaded.set(k, v);
        for (const c of commits) c();
      },
    };
  }

  toJSON(): unknown {
    return Object.fromEntries(this.loaded);
  }
}

/** A property's name in a request or a response (`rowIndex` → `RowIndex`), as office.js sends it. */
export const wireName = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

function notLoaded(name: string, path: string): FakeExcelError {
  return new FakeExcelError(
    'PropertyNotLoaded',
    `The property '${name}' of ${path} is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

/** A collection: `load('items/x')` or `load('x')` loads x on every item. */
abstract class CollectionProxy<T, I extends ProxyBase<any>> extends ProxyBase<T> {
  private itemProxies: I[] | undefined;
  protected abstract itemsOf(t: T): unknown[];
  protected abstract makeItem(item: unknown, index: number): I;
  /** An item proxy whose target `find` gives when a command runs. */
  protected abstract itemProxy(find: () => any, path: string): I;
  /**
   * The item standing at `index` when the command that reaches it runs (GetItemAt). office.js addresses
   * the items of a loaded collection this way when they carry no id (ranges of an area, notes), so an
   * index names whatever stands there by then: deleting an earlier item in the same batch shifts it.
   */
  getItemAt(index: number): I {
    return this.itemProxy(() => {
      const items = this.itemsOf(this.must());
      if (!Number.isInteger(index) || index < 0 || index >= items.length) throw new FakeExcelError('ItemNotFound', `No item at index ${index} of ${this.path}.`);
      return this.makeItem(items[index], index).resolve();
    }, `${this.path}[@${index}]`);
  }
  protected scalars(): Record<string, [string, (t: T) => unknown]> {
    return {};
  }
  get items(): I[] {
    if (this.itemProxies === undefined) throw notLoaded('items', this.path);
    return this.itemProxies;
  }
  override loadNow(paths: string[][] | null): { response: unknown; commit: () => void } {
    const t = this.resolve();
    if (t === null) return super.loadNow(paths);
    const itemPaths = paths?.map((p) => (p[0] === 'items' ? p.slice(1) : p)).filter((p) => p.length > 0);
    const items = this.itemsOf(t).map((it, i) => this.makeItem(it, i));
    const loads = items.map((p) => p.loadNow(itemPaths && itemPaths.length ? itemPaths : null));
    const base = super.loadNow([]);
    return {
      response: { _Items: loads.map((l) => l.response) },
      commit: () => {
        base.commit();
        this.itemProxies = items;
        for (const l of loads) l.commit();
      },
    };
  }
}

export class ClientResult<V> {
  private v: V | undefined;
  private set = false;
  get value(): V {
    if (!this.set) throw notLoaded('value', 'ClientResult');
    return this.v as V;
  }
  fill(v: V): void {
    this.v = v;
    this.set = true;
  }
}

// -- Workbook and worksheets ------------------------------------------------------------------

class WorkbookProxy extends ProxyBase<ModelWorkbook> {
  protected scalars(): Record<string, [string, (t: ModelWorkbook) => unknown]> {
    // Workbook.readOnly, ExcelApi 1.8: https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-readonly-member
    return { readOnly: ['1.8', (t) => !!t.readOnly] };
  }
  get readOnly(): boolean {
    return this.read('readOnly');
  }
  get worksheets(): WorksheetCollectionProxy {
    return this.nav('worksheets', () => new WorksheetCollectionProxy(this.ctx, () => this.resolve(), 'workbook.worksheets', '1.1'));
  }
  get protection(): WorkbookProtectionProxy {
    return this.nav('protection', () => new WorkbookProtectionProxy(this.ctx, () => this.resolve(), 'workbook.protection', '1.7'));
  }
  /** Workbook.settings, ExcelApi 1.4: https://learn.microsoft.com/javascript/api/excel/excel.settingcollection */
  get settings(): SettingCollectionProxy {
    return this.nav('settings', () => new SettingCollectionProxy(this.ctx, () => this.resolve(), 'workbook.settings', '1.4'));
  }
  protected override navs() {
    return { worksheets: () => this.worksheets, protection: () => this.protection, settings: () => this.settings };
  }
}

interface SettingTarget {
  wb: ModelWorkbook;
  key: string;
}

/**
 * The add-in's settings in the workbook: "unique to a single Excel file and add-in pairing"
 * (learn.microsoft.com/office/dev/add-ins/develop/persisting-add-in-state-and-settings). `add` "sets or adds
 * the specified setting" (SettingCollection.add); values are JSON. A workbook open read-only refuses the
 * change (the documents are silent: assumed, AccessDenied, as every other write here).
 */
class SettingCollectionProxy extends CollectionProxy<ModelWorkbook, SettingProxy> {
  protected itemsOf(t: ModelWorkbook) {
    return [...t.settings.keys()];
  }
  protected makeItem(item: unknown, i: number): SettingProxy {
    const wb = this.resolve()!;
    const key = item as string;
    return new SettingProxy(this.ctx, () => (wb.settings.has(key) ? { wb, key } : null), `${this.path}[${i}]`, this.needs);
  }
  protected itemProxy(find: () => SettingTarget | null, path: string): SettingProxy {
    return new SettingProxy(this.ctx, find, path, this.needs);
  }
  add(key: string, value: unknown): SettingProxy {
    this.ctx.queue(this.needs, { o: this.path, m: 'add', a: [key, value] }, () => {
      const wb = this.must();
      guardReadOnly();
      if (typeof key !== 'string' || key === '') throw new FakeExcelError('InvalidArgument', 'A setting needs a key.');
      wb.settings.set(key, clone(value));
    });
    return this.getItemOrNullObject(key);
  }
  /**
   * SettingCollection.getItem: "Gets a setting entry via the key" (ExcelApi 1.4); for a key not there the
   * reference is silent: ItemNotFound, as every getItem of the API answers a missing item (assumed).
   */
  getItem(key: string): SettingProxy {
    return new SettingProxy(this.ctx, () => {
      const wb = this.must();
      if (!wb.settings.has(key)) throw new FakeExcelError('ItemNotFound', `No setting named ${key}.`);
      return { wb, key };
    }, `${this.path}[${JSON.stringify(key)}]`, this.needs);
  }
  getItemOrNullObject(key: string): SettingProxy {
    return new SettingProxy(this.ctx, () => {
      const wb = this.must();
      return wb.settings.has(key) ? { wb, key } : null;
    }, `${this.path}?(${key})`, this.needs);
  }
}

class SettingProxy extends ProxyBase<SettingTarget> {
  protected scalars(): Record<string, [string, (t: SettingTarget) => unknown]> {
    return { key: ['1.4', (t) => t.key], value: ['1.4', (t) => t.wb.settings.get(t.key)] };
  }
  get key(): string {
    return this.read('key');
  }
  get value(): unknown {
    return this.read('value');
  }
  delete(): void {
    this.queueCall('1.4', 'delete', [], (t) => {
      guardReadOnly();
      t.wb.settings.delete(t.key);
    });
  }
}

/** WorkbookProtection.protected, ExcelApi 1.7: https://learn.microsoft.com/javascript/api/excel/excel.workbookprotection */
class WorkbookProtectionProxy extends ProxyBase<ModelWorkbook> {
  protected scalars(): Record<string, [string, (t: ModelWorkbook) => unknown]> {
    return { protected: ['1.7', (t) => !!t.structureProtected] };
  }
  get protected(): boolean {
    return this.read('protected');
  }
}

/**
 * A protected workbook structure refuses adding, deleting, hiding and showing sheets. The code is not
 * documented (README.md): AccessDenied, as for a protected sheet.
 */
function guardStructure(wb: ModelWorkbook): void {
  if (wb.structureProtected) throw new FakeExcelError('AccessDenied', 'The workbook structure is protected.');
}

class WorksheetCollectionProxy extends CollectionProxy<ModelWorkbook, WorksheetProxy> {
  protected itemsOf(t: ModelWorkbook) {
    return t.sheets;
  }
  protected makeItem(item: unknown): WorksheetProxy {
    const s = item as ModelSheet;
    return new WorksheetProxy(this.ctx, () => s, `ws(${s.name})`, '1.1');
  }
  protected itemProxy(find: () => ModelSheet | null, path: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, find, path, '1.1');
  }
  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(
      this.ctx,
      () => {
        const wb = this.resolve()!;
        return findSheet(wb, wb.active);
      },
      'activeWorksheet',
      '1.1',
    );
  }
  /** By name or by id, as WorksheetCollection.getItem(key) takes either. */
  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(
      this.ctx,
      () => {
        const s = findSheet(this.must(), name);
        if (!s) throw new FakeExcelError('ItemNotFound', `No sheet named ${name}.`);
        return s;
      },
      `ws(${name})`,
      '1.1',
    );
  }
  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => findSheet(this.must(), name), `ws?(${name})`, '1.4');
  }
  add(name?: string): WorksheetProxy {
    let created: ModelSheet | null = null;
    const proxy = new WorksheetProxy(
      this.ctx,
      () => {
        if (!created) throw new FakeExcelError('InvalidOperation', 'The sheet was not added yet.');
        return created;
      },
      `ws+(${name})`,
      '1.1',
    );
    this.ctx.queue('1.1', { o: this.path, m: 'add', a: [name] }, () => {
      const wb = this.must();
      guardStructure(wb);
      guardReadOnly();
      const sheetName = name ?? `Sheet${wb.sheets.length + 1}`;
      if (findSheet(wb, sheetName)) throw new FakeExcelError('ItemAlreadyExists', `A sheet named ${sheetName} exists.`);
      created = newSheet(sheetName);
      wb.sheets.push(created);
    });
    return proxy;
  }
}

let sheetIds = 0;

function newSheet(name: string): ModelSheet {
  return {
    id: `{00000000-0001-0000-${String(++sheetIds).padStart(4, '0')}-000000000000}`,
    name,
    visibility: 'Visible',
    protected: false,
    cells: new Map(),
    merges: [],
    notes: new Map(),
    comments: [],
    pageLayout: defaultPageLayout(),
    columnWidths: new Map(),
  };
}

/** The workbook whose batch is running (set by runSync), for checks that concern the whole workbook. */
let running: ModelWorkbook | null = null;

/** A workbook opened read-only takes no change here (documents silent on the code: README.md). */
function guardReadOnly(): void {
  if (running?.readOnly) throw new FakeExcelError('AccessDenied', 'The workbook is read-only.');
}

function guardProtected(sheet: ModelSheet): void {
  guardReadOnly();
  if (sheet.protected) {
    throw new FakeExcelError('AccessDenied', `The cell or chart you're trying to change is on a protected sheet (${sheet.name}).`);
  }
}

class WorksheetProxy extends ProxyBase<ModelSheet> {
  protected scalars(): Record<string, [string, (t: ModelSheet) => unknown]> {
    return {
      id: ['1.1', (t) => t.id],
      name: ['1.1', (t) => t.name],
      visibility: ['1.1', (t) => t.visibility],
      position: ['1.1', (t) => this.ctx.excel.model.sheets.indexOf(t)],
    };
  }
  protected override navs() {
    return { protection: () => this.protection, notes: () => this.notes, comments: () => this.comments };
  }
  get id(): string {
    return this.read('id');
  }
  get name(): string {
    return this.read('name');
  }
  get visibility(): string {
    return this.read('visibility');
  }
  set visibility(v: string) {
    this.setLocal('visibility', v);
    this.queueSet('1.1', 'visibility', v, (t) => {
      if (!['Visible', 'Hidden', 'VeryHidden'].includes(v)) throw new FakeExcelError('InvalidArgument', `visibility ${v}`);
      const wb = this.ctx.excel.model;
      guardStructure(wb);
      guardReadOnly();
      if (v !== 'Visible' && wb.sheets.filter((s) => s.visibility === 'Visible' && s !== t).length === 0) {
        throw new FakeExcelError('InvalidOperation', 'A workbook must keep at least one visible sheet.');
      }
      t.visibility = v as ModelSheet['visibility'];
    });
  }
  get protection(): WorksheetProtectionProxy {
    return this.nav('protection', () => new WorksheetProtectionProxy(this.ctx, () => this.resolve(), `${this.path}.protection`, maxVersion('1.2', this.needs)));
  }
  /** Worksheet.pageLayout, ExcelApi 1.9: https://learn.microsoft.com/javascript/api/excel/excel.pagelayout */
  get pageLayout(): PageLayoutProxy {
    return this.nav('pageLayout', () => new PageLayoutProxy(this.ctx, () => this.resolve(), `${this.path}.pageLayout`, maxVersion('1.9', this.needs)));
  }
  get notes(): NoteCollectionProxy {
    return this.nav('notes', () => new NoteCollectionProxy(this.ctx, () => this.resolve(), `${this.path}.notes`, maxVersion('1.18', this.needs)));
  }
  get comments(): CommentCollectionProxy {
    return this.nav('comments', () => new CommentCollectionProxy(this.ctx, () => this.resolve(), `${this.path}.comments`, maxVersion('1.10', this.needs)));
  }
  getRange(address?: string): RangeProxy {
    const rect = (() => {
      if (address === undefined) return null;
      const { sheet, local } = splitSheet(address);
      if (sheet !== null) throw new FakeExcelError('InvalidArgument', `Worksheet.getRange takes a local address, got ${address}.`);
      try {
        return parseLocal(local);
      } catch {
        throw new FakeExcelError('InvalidArgument', `Bad address ${address}.`);
      }
    })();
    return new RangeProxy(
      this.ctx,
      () => {
        const s = this.resolve();
        if (!s) return null;
        return { sheet: s, rect: rect ?? { top: 0, left: 0, bottom: 1048575, right: 16383 } };
      },
      `${this.path}.range(${address ?? ''})`,
      this.needs,
    );
  }
  getUsedRange(valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(
      this.ctx,
      () => {
        const s = this.resolve();
        if (!s) return null;
        return { sheet: s, rect: usedRect(s, !!valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
      },
      `${this.path}.used(${!!valuesOnly})`,
      maxVersion(valuesOnly === undefined ? '1.1' : '1.2', this.needs),
    );
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(
      this.ctx,
      () => {
        const s = this.resolve();
        const r = s && usedRect(s, !!valuesOnly);
        return s && r ? { sheet: s, rect: r } : null;
      },
      `${this.path}.used?(${!!valuesOnly})`,
      maxVersion('1.4', this.needs),
    );
  }
  delete(): void {
    this.queueCall('1.1', 'delete', [], (t) => {
      const wb = this.ctx.excel.model;
      // "if the worksheet's visibility is set to "VeryHidden", the delete operation will fail with an
      // InvalidOperation exception" — Worksheet.delete, https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1)
      guardStructure(wb);
      guardReadOnly();
      if (t.visibility === 'VeryHidden') throw new FakeExcelError('InvalidOperation', `${t.name} is very hidden: make it visible or hidden before deleting it.`);
      if (wb.sheets.filter((s) => s !== t && s.visibility === 'Visible').length === 0) {
        throw new FakeExcelError('InvalidOperation', 'Cannot delete the last visible sheet.');
      }
      wb.sheets.splice(wb.sheets.indexOf(t), 1);
      if (wb.active === t.name) wb.active = wb.sheets.find((s) => s.visibility === 'Visible')!.name;
    });
  }
  activate(): void {
    this.queueCall('1.1', 'activate', [], (t) => {
      if (t.visibility !== 'Visible') throw new FakeExcelError('InvalidOperation', 'Cannot activate a hidden sheet.');
      this.ctx.excel.model.active = t.name;
    });
  }
}

class WorksheetProtectionProxy extends ProxyBase<ModelSheet> {
  protected scalars(): Record<string, [string, (t: ModelSheet) => unknown]> {
    return { protected: ['1.2', (t) => t.protected] };
  }
  get protected(): boolean {
    return this.read('protected');
  }
}


// -- Page layout (ExcelApi 1.9) -----------------------------------------------------------------

/**
 * Worksheet.pageLayout, as https://learn.microsoft.com/javascript/api/excel/excel.pagelayout describes it:
 * `zoom` "must be set as a JSON object" (a scale "between 10 and 400", or pages to fit), print title rows
 * "must span the entire row to be valid". The reference names no way to remove title rows once set, so
 * setPrintTitleRows takes only whole rows here, never an empty text (README.md).
 */
/** Excel.PaperType's names the fake accepts (https://learn.microsoft.com/javascript/api/excel/excel.papertype; the rest are refused as unknown). */
const PAPER_TYPES = ['A3', 'A4', 'A5', 'B4', 'B5', 'Letter', 'Legal'];

class PageLayoutProxy extends ProxyBase<ModelSheet> {
  protected scalars(): Record<string, [string, (t: ModelSheet) => unknown]> {
    return {
      orientation: ['1.9', (t) => t.pageLayout.orientation],
      zoom: ['1.9', (t) => ({ ...t.pageLayout.zoom })],
      paperSize: ['1.9', (t) => t.pageLayout.paperSize],
    };
  }
  /** PageLayout.paperSize, an Excel.PaperType (https://learn.microsoft.com/javascript/api/excel/excel.papertype): `A4`, `Letter` …; ExcelApi 1.9. */
  get paperSize(): string {
    return this.read('paperSize');
  }
  set paperSize(v: string) {
    this.setLocal('paperSize', v);
    this.queueSet('1.9', 'paperSize', v, (t) => {
      guardProtected(t);
      if (!PAPER_TYPES.includes(v)) throw new FakeExcelError('InvalidArgument', `paperSize ${v}`);
      t.pageLayout.paperSize = v;
    });
  }
  get orientation(): string {
    return this.read('orientation');
  }
  set orientation(v: string) {
    this.setLocal('orientation', v);
    this.queueSet('1.9', 'orientation', v, (t) => {
      guardProtected(t);
      if (v !== 'Portrait' && v !== 'Landscape') throw new FakeExcelError('InvalidArgument', `orientation ${v}`);
      t.pageLayout.orientation = v;
    });
  }
  get zoom(): ModelPageLayout['zoom'] {
    return this.read('zoom');
  }
  set zoom(v: ModelPageLayout['zoom']) {
    this.setLocal('zoom', v);
    this.queueSet('1.9', 'zoom', v, (t) => {
      guardProtected(t);
      if (typeof v !== 'object' || v === null || Object.keys(v).some((k) => !['scale', 'horizontalFitToPages', 'verticalFitToPages'].includes(k))) {
        throw new FakeExcelError('InvalidArgument', `zoom ${JSON.stringify(v)}`);
      }
      const { scale, horizontalFitToPages: wide, verticalFitToPages: tall } = v;
      if (scale !== undefined && (scale < 10 || scale > 400)) throw new FakeExcelError('InvalidArgument', `scale ${scale} is outside 10…400`);
      // Pages to fit: whole numbers, 0 for "as many as needed" (the file format's fitToHeight="0",
      // ECMA-376 §18.3.1.63; the office-js reference is silent: README.md).
      for (const n of [wide, tall]) if (n !== undefined && (!Number.isInteger(n) || n < 0)) throw new FakeExcelError('InvalidArgument', `pages ${n}`);
      if (scale !== undefined && (wide !== undefined || tall !== undefined)) throw new FakeExcelError('InvalidArgument', 'a scale or pages to fit, not both');
      t.pageLayout.zoom = { ...v };
    });
  }
  setPrintTitleRows(rows: string | RangeProxy): void {
    this.queueCall('1.9', 'setPrintTitleRows', [typeof rows === 'string' ? rows : rows.path], (t) => {
      guardProtected(t);
      let rect: Rect;
      try {
        rect = typeof rows === 'string' ? parseLocal(splitSheet(rows).local) : rows.must().rect;
      } catch {
        throw new FakeExcelError('InvalidArgument', `Print title rows ${String(rows)} are not rows.`);
      }
      if (rect.left !== 0 || rect.right !== MAX_COLS - 1) throw new FakeExcelError('InvalidArgument', 'The range must span the entire row to be valid.');
      t.pageLayout.titleRows = { top: rect.top, bottom: rect.bottom };
    });
  }
  getPrintTitleRowsOrNullObject(): RangeProxy {
    return new RangeProxy(
      this.ctx,
      () => {
        const t = this.resolve();
        const rows = t?.pageLayout.titleRows;
        return t && rows ? { sheet: t, rect: { top: rows.top, bottom: rows.bottom, left: 0, right: MAX_COLS - 1 } } : null;
      },
      `${this.path}.titleRows?`,
      this.needs,
    );
  }
  getPrintAreaOrNullObject(): RangeAreasProxy {
    return new RangeAreasProxy(
      this.ctx,
      () => {
        const t = this.resolve();
        return t && t.pageLayout.printArea ? { sheet: t, rects: t.pageLayout.printArea.split(',').map((a) => parseLocal(a)) } : null;
      },
      `${this.path}.printArea?`,
      this.needs,
    );
  }
}

// -- Ranges -------------------------------------------------------------------------------------

interface RangeTarget {
  sheet: ModelSheet;
  rect: Rect;
}

function grid<V>(r: Rect, f: (row: number, col: number) => V): V[][] {
  const out: V[][] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const line: V[] = [];
    for (let col = r.left; col <= r.right; col++) line.push(f(row, col));
    out.push(line);
  }
  return out;
}

function checkShape(r: Rect, v: unknown, name: string): unknown[][] | null {
  const rows = r.bottom - r.top + 1;
  const cols = r.right - r.left + 1;
  if (!Array.isArray(v)) return null; // a single value applies to every cell
  if (v.length !== rows || v.some((line) => !Array.isArray(line) || line.length !== cols)) {
    throw new FakeExcelError('InvalidArgument', `The ${name} array does not match the size of the range (${rows}×${cols}).`);
  }
  return v as unknown[][];
}

function enter(sheet: ModelSheet, row: number, col: number, input: unknown, asFormula: boolean): void {
  if (input === null || input === undefined) return; // null leaves the cell as it is
  const cell = { ...getCell(sheet, row, col) };
  if (cell.numberFormat === '@' && (typeof input === 'number' || typeof input === 'string')) {
    // A cell formatted as Text keeps what it is given as text, numbers and `=…` included ("Format
    // numbers as text", support.microsoft.com; issue 11). The documents do not say what values= does
    // there (README.md): modelled as Excel's typing does. Only an apostrophe is still taken off.
    const text = String(input);
    Object.assign(cell, { value: text.startsWith("'") ? text.slice(1) : text, formula: null });
    delete cell.error;
    putCell(sheet, row, col, cell);
    return;
  }
  if (typeof input === 'number' || typeof input === 'boolean') {
    Object.assign(cell, { value: input, formula: null });
    delete cell.error;
  } else if (typeof input === 'string') {
    if (input === '') {
      Object.assign(cell, { value: '', formula: null });
      delete cell.error;
    }
    else {
      const e = enterText(input);
      cell.value = e.value;
      if (e.error) cell.error = true;
      else delete cell.error;
      cell.formula = e.formula;
      if (e.format && cell.numberFormat === 'General') cell.numberFormat = e.format;
    }
  } else {
    throw new FakeExcelError('InvalidArgument', `Cannot enter ${JSON.stringify(input)} (${asFormula ? 'formulas' : 'values'}).`);
  }
  putCell(sheet, row, col, cell);
}

const FILL_PROPERTIES = ['color', 'pattern', 'patternColor', 'tintAndShade', 'patternTintAndShade'];

/** A cell with a fill set as setCellProperties sets it: what is given changes, the rest stays. */
function withFill(cell: ModelCell, fill: Record<string, unknown>): ModelCell {
  if (Object.keys(fill).some((k) => !FILL_PROPERTIES.includes(k))) throw new FakeExcelError('InvalidArgument', `Unknown fill property in ${JSON.stringify(fill)}.`);
  const now = fillProperties(cell);
  const next = { ...now, ...fill } as typeof now;
  if (typeof next.color !== 'string' || !/^#[0-9A-Fa-f]{6}$/.test(next.color)) throw new FakeExcelError('InvalidArgument', `The fake Excel takes #RRGGBB colours, not ${next.color}.`);
  if (next.pattern === 'None') return { ...cell, fill: null, fillDetail: undefined };
  const plain = next.pattern === 'Solid' && next.tintAndShade === 0 && next.patternTintAndShade === 0 && next.patternColor.toUpperCase() === '#000000';
  const { color, ...detail } = next;
  return { ...cell, fill: color.toUpperCase(), fillDetail: plain ? undefined : { ...detail, patternColor: detail.patternColor.toUpperCase() } };
}

function valueType(c: ReturnType<typeof getCell>): string {
  if (c.error) return 'Error';
  if (c.value === '') return 'Empty';
  return typeof c.value === 'number' ? 'Double' : typeof c.value === 'boolean' ? 'Boolean' : 'String';
}

class RangeProxy extends ProxyBase<RangeTarget> {
  protected scalars(): Record<string, [string, (t: RangeTarget) => unknown]> {
    const at = (t: RangeTarget) => (row: number, col: number) => getCell(t.sheet, row, col);
    return {
      address: ['1.1', (t) => `${quoteSheet(t.sheet.name)}!${rectLocal(t.rect)}`],
      values: ['1.1', (t) => grid(t.rect, (r, c) => at(t)(r, c).value)],
      formulas: ['1.1', (t) => grid(t.rect, (r, c) => at(t)(r, c).formula ?? at(t)(r, c).value)],
      numberFormat: ['1.1', (t) => grid(t.rect, (r, c) => at(t)(r, c).numberFormat)],
      valueTypes: ['1.1', (t) => grid(t.rect, (r, c) => valueType(at(t)(r, c)))],
      rowCount: ['1.1', (t) => t.rect.bottom - t.rect.top + 1],
      columnCount: ['1.1', (t) => t.rect.right - t.rect.left + 1],
      rowIndex: ['1.1', (t) => t.rect.top],
      columnIndex: ['1.1', (t) => t.rect.left],
    };
  }
  protected override navs() {
    return { format: () => this.format };
  }
  get address(): string {
    return this.read('address');
  }
  get values(): Scalar[][] {
    return this.read('values');
  }
  set values(v: Scalar[][]) {
    this.setLocal('values', v);
    this.queueSet('1.1', 'values', v, (t) => this.enterAll(t, v, false));
  }
  get formulas(): Scalar[][] {
    return this.read('formulas');
  }
  set formulas(v: Scalar[][]) {
    this.setLocal('formulas', v);
    this.queueSet('1.1', 'formulas', v, (t) => this.enterAll(t, v, true));
  }
  get numberFormat(): string[][] {
    return this.read('numberFormat');
  }
  set numberFormat(v: string[][]) {
    this.setLocal('numberFormat', v);
    this.queueSet('1.1', 'numberFormat', v, (t) => {
      guardProtected(t.sheet);
      const g = checkShape(t.rect, v, 'numberFormat');
      for (let row = t.rect.top; row <= t.rect.bottom; row++) {
        for (let col = t.rect.left; col <= t.rect.right; col++) {
          const f = g ? g[row - t.rect.top][col - t.rect.left] : v;
          if (f === null || f === undefined) continue;
          if (typeof f !== 'string') throw new FakeExcelError('InvalidArgument', 'numberFormat must be text.');
          putCell(t.sheet, row, col, { ...getCell(t.sheet, row, col), numberFormat: f });
        }
      }
    });
  }
  get valueTypes(): string[][] {
    return this.read('valueTypes');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  private enterAll(t: RangeTarget, v: unknown, asFormula: boolean): void {
    guardProtected(t.sheet);
    const g = checkShape(t.rect, v, asFormula ? 'formulas' : 'values');
    for (let row = t.rect.top; row <= t.rect.bottom; row++) {
      for (let col = t.rect.left; col <= t.rect.right; col++) {
        enter(t.sheet, row, col, g ? g[row - t.rect.top][col - t.rect.left] : v, asFormula);
      }
    }
  }
  get format(): RangeFormatProxy {
    return this.nav('format', () => new RangeFormatProxy(this.ctx, () => this.resolve(), `${this.path}.format`, this.needs));
  }
  /** The columns to the right, over the same rows (Range.getColumnsAfter, ExcelApi 1.2). */
  getColumnsAfter(count = 1): RangeProxy {
    return new RangeProxy(
      this.ctx,
      () => {
        const t = this.resolve();
        if (!t) return null;
        if (t.rect.right + count >= MAX_COLS) throw new FakeExcelError('InvalidArgument', 'No columns after the last one.');
        return { sheet: t.sheet, rect: { ...t.rect, left: t.rect.right + 1, right: t.rect.right + count } };
      },
      `${this.path}.after(${count})`,
      maxVersion('1.2', this.needs),
    );
  }
  /**
   * Range.hyperlink (ExcelApi 1.7, https://learn.microsoft.com/javascript/api/excel/excel.rangehyperlink):
   * `textToDisplay` is what the top-left cell shows. A documentReference must name a sheet that exists
   * (assumed; the reference is silent on a dangling one: README.md).
   */
  set hyperlink(v: { documentReference?: string; address?: string; textToDisplay?: string; screenTip?: string }) {
    this.queueSet('1.7', 'hyperlink', v, (t) => {
      guardProtected(t.sheet);
      if (v.documentReference !== undefined) {
        const { sheet } = splitSheet(v.documentReference);
        if (sheet === null || !findSheet(this.ctx.excel.model, sheet)) throw new FakeExcelError('InvalidArgument', `No sheet for ${v.documentReference}.`);
      }
      const cell = { ...getCell(t.sheet, t.rect.top, t.rect.left), link: { ...v } };
      if (v.textToDisplay !== undefined) Object.assign(cell, { value: v.textToDisplay, formula: null });
      putCell(t.sheet, t.rect.top, t.rect.left, cell);
    });
  }
  /** Range.getRow(row), ExcelApi 1.1 (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getrow-member(1)). */
  getRow(row: number): RangeProxy {
    return this.derived(`row(${row})`, '1.1', (t) => {
      if (!Number.isInteger(row) || row < 0 || t.rect.top + row > t.rect.bottom) throw new FakeExcelError('InvalidArgument', `No row ${row} in the range.`);
      return { ...t.rect, top: t.rect.top + row, bottom: t.rect.top + row };
    });
  }
  /**
   * Range.getBoundingRect(anotherRange), ExcelApi 1.1: "the smallest range object that encompasses the
   * given ranges" (reference). office.js's own Range.values setter sends large arrays in blocks of rows
   * built this way (excel-web-16.00.debug.js setRangePropertiesInBulk, 1,500 cells a block).
   */
  getBoundingRect(other: RangeProxy | string): RangeProxy {
    return this.derived('bounding', '1.1', (t) => {
      const o = typeof other === 'string' ? { sheet: t.sheet, rect: parseLocal(splitSheet(other).local) } : other.must();
      if (o.sheet !== t.sheet) throw new FakeExcelError('InvalidArgument', 'The ranges are on different sheets.');
      const a = t.rect;
      const b = o.rect;
      return { top: Math.min(a.top, b.top), bottom: Math.max(a.bottom, b.bottom), left: Math.min(a.left, b.left), right: Math.max(a.right, b.right) };
    });
  }
  /**
   * The check office.js adds before it sends a large array in blocks (Range._ValidateArraySize, private:
   * the documents are silent). Assumed to refuse, as setting the whole array would, an array whose size
   * is not the range's ("InvalidArgument", Range.values: the array must match the range's dimensions).
   */
  _ValidateArraySize(rows: number, columns: number): void {
    this.queueCall('1.3', '_ValidateArraySize', [rows, columns], (t) => {
      if (rows !== t.rect.bottom - t.rect.top + 1 || columns !== t.rect.right - t.rect.left + 1) {
        throw new FakeExcelError('InvalidArgument', `The array (${rows}×${columns}) does not match the size of the range.`);
      }
    });
  }
  private derived(name: string, version: string, rect: (t: RangeTarget) => Rect): RangeProxy {
    return new RangeProxy(
      this.ctx,
      () => {
        const t = this.resolve();
        return t ? { sheet: t.sheet, rect: rect(t) } : null;
      },
      `${this.path}.${name}`,
      maxVersion(version, this.needs),
    );
  }
  getCell(row: number, column: number): RangeProxy {
    return new RangeProxy(
      this.ctx,
      () => {
        const t = this.resolve();
        if (!t) return null;
        const r = t.rect.top + row;
        const c = t.rect.left + column;
        return { sheet: t.sheet, rect: { top: r, bottom: r, left: c, right: c } };
      },
      `${this.path}.cell(${row},${column})`,
      this.needs,
    );
  }
  /**
   * getColumnProperties (ExcelApi 1.9, https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getcolumnproperties-member(1)):
   * one entry per column of the range, "a single-dimensional array"; only `format.columnWidth` (points) is modelled.
   */
  getColumnProperties(options: { format?: { columnWidth?: boolean } }): ClientResult<unknown[]> {
    const result = new ClientResult<unknown[]>();
    this.ctx.queue(maxVersion('1.9', this.needs), { o: this.path, m: 'getColumnProperties', a: [options] }, () => {
      const t = this.must();
      if (Object.keys(options).some((k) => k !== 'format') || Object.keys(options.format ?? {}).some((k) => k !== 'columnWidth')) {
        throw new FakeExcelError('NotImplemented', `The fake Excel does not model getColumnProperties(${JSON.stringify(options)}).`);
      }
      const props: unknown[] = [];
      for (let c = t.rect.left; c <= t.rect.right; c++) props.push({ format: { columnWidth: t.sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH } });
      return { response: props, commit: () => result.fill(props) };
    });
    return result;
  }
  /**
   * getRowProperties (ExcelApi 1.9, https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getrowproperties-member(1)):
   * one entry per row of the range; only `format.font.size` is modelled, the size of the row's cells in
   * the range, or null where they differ (as RangeFont.size answers for such a range: assumed, the reference is silent).
   */
  getRowProperties(options: { format?: { font?: { size?: boolean } } }): ClientResult<unknown[]> {
    const result = new ClientResult<unknown[]>();
    this.ctx.queue(maxVersion('1.9', this.needs), { o: this.path, m: 'getRowProperties', a: [options] }, () => {
      const t = this.must();
      if (Object.keys(options).some((k) => k !== 'format') || Object.keys(options.format ?? {}).some((k) => k !== 'font') || Object.keys(options.format?.font ?? {}).some((k) => k !== 'size')) {
        throw new FakeExcelError('NotImplemented', `The fake Excel does not model getRowProperties(${JSON.stringify(options)}).`);
      }
      const props: unknown[] = [];
      for (let r = t.rect.top; r <= t.rect.bottom; r++) {
        const sizes = new Set<number>();
        for (let c = t.rect.left; c <= t.rect.right && sizes.size < 2; c++) sizes.add(getCell(t.sheet, r, c).size ?? DEFAULT_FONT_SIZE);
        props.push({ format: { font: { size: sizes.size === 1 ? [...sizes][0] : null } } });
      }
      return { response: props, commit: () => result.fill(props) };
    });
    return result;
  }
  getCellProperties(options: { address?: boolean; format?: { fill?: { color?: boolean; pattern?: boolean } } }): ClientResult<unknown[][]> {
    const result = new ClientResult<unknown[][]>();
    const known = (o: object, allowed: string[]) => Object.keys(o).every((k) => allowed.includes(k));
    this.ctx.queue(maxVersion('1.9', this.needs), { o: this.path, m: 'getCellProperties', a: [options] }, () => {
      const t = this.must();
      if (!known(options, ['address', 'format']) || (options.format && !known(options.format, ['fill'])) || (options.format?.fill && !known(options.format.fill, FILL_PROPERTIES))) {
        throw new FakeExcelError('NotImplemented', `The fake Excel does not model getCellProperties(${JSON.stringify(options)}).`);
      }
      const props = grid(t.rect, (row, col) => {
        const c = getCell(t.sheet, row, col);
        const p: Record<string, unknown> = {};
        if (options.address) p.address = `${quoteSheet(t.sheet.name)}!${colLetters(col)}${row + 1}`;
        const fill = options.format?.fill;
        if (fill) {
          const all = fillProperties(c) as unknown as Record<string, unknown>;
          const f: Record<string, unknown> = {};
          for (const k of FILL_PROPERTIES) if ((fill as Record<string, unknown>)[k]) f[k] = all[k];
          p.format = { fill: f };
        }
        return p;
      });
      return { response: props, commit: () => result.fill(props) };
    });
    return result;
  }
  /** setCellProperties (ExcelApi 1.9): only `format.fill` is modelled; anything else is refused as unknown. */
  setCellProperties(data: unknown): void {
    this.queueCall('1.9', 'setCellProperties', [data], (t) => {
      guardProtected(t.sheet);
      const g = checkShape(t.rect, data, 'cellProperties');
      if (!g) throw new FakeExcelError('InvalidArgument', 'setCellProperties takes a 2-D array.');
      for (let row = t.rect.top; row <= t.rect.bottom; row++) {
        for (let col = t.rect.left; col <= t.rect.right; col++) {
          const p = g[row - t.rect.top][col - t.rect.left] as { format?: { fill?: Record<string, unknown> } } | null;
          const keys = Object.keys(p ?? {});
          if (keys.some((k) => k !== 'format') || Object.keys(p?.format ?? {}).some((k) => k !== 'fill')) {
            throw new FakeExcelError('NotImplemented', `The fake Excel models only format.fill in setCellProperties.`);
          }
          const fill = p?.format?.fill;
          if (fill) putCell(t.sheet, row, col, withFill(getCell(t.sheet, row, col), fill));
        }
      }
    });
  }
  getMergedAreasOrNullObject(): RangeAreasProxy {
    return new RangeAreasProxy(
      this.ctx,
      () => {
        const t = this.resolve();
        if (!t) return null;
        // Only the areas whose top-left cell lies in the range asked (OfficeDev/office-js#3611, open,
        // desktop and web), each whole (its full address, #1590).
        const rects = t.sheet.merges.filter((m) => contains(t.rect, m.top, m.left));
        // "if the merged areas count in this range is more than 512, then this method will fail to return
        // the result" (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)).
        // How it fails is not documented (README.md): a null object, as if there were none — the reading
        // that gives a wrong layout with no error, so the add-in must not trust it.
        if (rects.length > 512) return null;
        return rects.length ? { sheet: t.sheet, rects } : null;
      },
      `${this.path}.merged?`,
      maxVersion('1.13', this.needs),
    );
  }
  getSpecialCellsOrNullObject(cellType: string): RangeAreasProxy {
    return new RangeAreasProxy(
      this.ctx,
      () => {
        const t = this.resolve();
        if (!t) return null;
        if (cellType !== 'Formulas') throw new FakeExcelError('NotImplemented', `The fake Excel models only Formulas special cells, not ${cellType}.`);
        // Formula cells, as vertical runs per column.
        const rects: Rect[] = [];
        for (let col = t.rect.left; col <= t.rect.right; col++) {
          let start = -1;
          for (let row = t.rect.top; row <= t.rect.bottom + 1; row++) {
            const isF = row <= t.rect.bottom && getCell(t.sheet, row, col).formula !== null;
            if (isF && start < 0) start = row;
            if (!isF && start >= 0) {
              rects.push({ top: start, bottom: row - 1, left: col, right: col });
              start = -1;
            }
          }
        }
        return rects.length ? { sheet: t.sheet, rects } : null;
      },
      `${this.path}.special?(${cellType})`,
      maxVersion('1.9', this.needs),
    );
  }
  select(): void {
    this.queueCall('1.1', 'select', [], (t) => {
      if (this.ctx.excel.model.active !== t.sheet.name) throw new FakeExcelError('InvalidSelection', 'Select works on the active sheet only.');
      this.ctx.excel.selection = `${quoteSheet(t.sheet.name)}!${rectLocal(t.rect)}`;
    });
  }
  clear(applyTo: 'All' | 'Contents' | 'Formats' = 'All'): void {
    this.queueCall('1.1', 'clear', [applyTo], (t) => {
      guardProtected(t.sheet);
      for (const [k, c] of [...t.sheet.cells]) {
        const [row, col] = k.split(':').map(Number);
        if (row < t.rect.top || row > t.rect.bottom || col < t.rect.left || col > t.rect.right) continue;
        const next = { ...c };
        if (applyTo !== 'Formats') {
          Object.assign(next, { value: '', formula: null });
          delete next.error;
        }
        if (applyTo !== 'Contents') Object.assign(next, { numberFormat: 'General', fill: null, fillDetail: undefined });
        putCell(t.sheet, row, col, next);
      }
    });
  }
}

/**
 * A format read over a range: the one value every cell has, or null when they differ (RangeFormat's
 * columnWidth and wrapText say so). Cells never formatted have `none`; a whole column is not walked.
 */
function uniformOver<V>(t: RangeTarget, of: (c: ModelCell) => V, none: V): V | null {
  const seen = new Set<V>();
  let stored = 0;
  for (const [k, c] of t.sheet.cells) {
    const [row, col] = k.split(':').map(Number);
    if (row < t.rect.top || row > t.rect.bottom || col < t.rect.left || col > t.rect.right) continue;
    stored++;
    seen.add(of(c));
  }
  if (stored < (t.rect.bottom - t.rect.top + 1) * (t.rect.right - t.rect.left + 1)) seen.add(none);
  return seen.size === 1 ? [...seen][0] : null;
}

/** Sets a property on every cell of a range (a whole column only over the cells that hold anything). */
function forEachCell(t: RangeTarget, change: (c: ModelCell, row: number, col: number) => ModelCell): void {
  guardProtected(t.sheet);
  const height = t.rect.bottom - t.rect.top + 1;
  if (height > 100000) throw new FakeExcelError('NotImplemented', 'The fake Excel formats at most 100,000 rows at once.');
  for (let row = t.rect.top; row <= t.rect.bottom; row++) {
    for (let col = t.rect.left; col <= t.rect.right; col++) putCell(t.sheet, row, col, change({ ...getCell(t.sheet, row, col) }, row, col));
  }
}

class RangeFormatProxy extends ProxyBase<RangeTarget> {
  protected scalars(): Record<string, [string, (t: RangeTarget) => unknown]> {
    return {
      // RangeFormat.columnWidth (ExcelApi 1.2): "If the column widths are not uniform, null will be returned."
      // The reference gives no unit; points are modelled, as the Excel UI's width in points.
      columnWidth: ['1.2', (t) => {
        const widths = new Set<number>();
        for (let c = t.rect.left; c <= t.rect.right && widths.size < 2; c++) widths.add(t.sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH);
        return widths.size === 1 ? [...widths][0] : null;
      }],
      // RangeFormat.wrapText (ExcelApi 1.1): null when the cells differ.
      wrapText: ['1.1', (t) => uniformOver(t, (c) => c.wrap === true, false)],
    };
  }
  protected override navs() {
    return { fill: () => this.fill, font: () => this.font };
  }
  get fill(): RangeFillProxy {
    return this.nav('fill', () => new RangeFillProxy(this.ctx, () => this.resolve(), `${this.path}.fill`, this.needs));
  }
  get font(): RangeFontProxy {
    return this.nav('font', () => new RangeFontProxy(this.ctx, () => this.resolve(), `${this.path}.font`, this.needs));
  }
  get borders(): RangeBorderCollectionProxy {
    return this.nav('borders', () => new RangeBorderCollectionProxy(this.ctx, () => this.resolve(), `${this.path}.borders`, this.needs));
  }
  get columnWidth(): number | null {
    return this.read('columnWidth');
  }
  set columnWidth(v: number | null) {
    this.setLocal('columnWidth', v);
    this.queueSet('1.2', 'columnWidth', v, (t) => {
      guardProtected(t.sheet);
      // Excel's widest column is 255 characters (https://support.microsoft.com/office/1b8cc9f6-a3b4-4f12-a3ed-f2f7b70b9a24);
      // at 7 points a character that is about 1,800 points.
      if (typeof v !== 'number' || !(v >= 0) || v > 1800) throw new FakeExcelError('InvalidArgument', `columnWidth ${v}`);
      for (let c = t.rect.left; c <= t.rect.right; c++) {
        if (v === DEFAULT_COLUMN_WIDTH) t.sheet.columnWidths.delete(c);
        else t.sheet.columnWidths.set(c, v);
      }
    });
  }
  get wrapText(): boolean | null {
    return this.read('wrapText');
  }
  set wrapText(v: boolean | null) {
    this.setLocal('wrapText', v);
    this.queueSet('1.1', 'wrapText', v, (t) => {
      if (typeof v !== 'boolean') throw new FakeExcelError('InvalidArgument', `wrapText ${v}`);
      forEachCell(t, (c) => ({ ...c, wrap: v }));
    });
  }
}

class RangeFontProxy extends ProxyBase<RangeTarget> {
  protected scalars(): Record<string, [string, (t: RangeTarget) => unknown]> {
    return { bold: ['1.1', (t) => uniformOver(t, (c) => c.bold === true, false)] };
  }
  get bold(): boolean | null {
    return this.read('bold');
  }
  set bold(v: boolean | null) {
    this.setLocal('bold', v);
    this.queueSet('1.1', 'bold', v, (t) => {
      if (typeof v !== 'boolean') throw new FakeExcelError('InvalidArgument', `bold ${v}`);
      forEachCell(t, (c) => ({ ...c, bold: v }));
    });
  }
}

/** The border indexes of Excel.BorderIndex (https://learn.microsoft.com/javascript/api/excel/excel.borderindex) the fake models. */
const BORDER_INDEXES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'];
/** Excel.BorderLineStyle (https://learn.microsoft.com/javascript/api/excel/excel.borderlinestyle). */
const LINE_STYLES = ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'];

class RangeBorderCollectionProxy extends ProxyBase<RangeTarget> {
  protected scalars() {
    return {};
  }
  getItem(index: string): RangeBorderProxy {
    if (!BORDER_INDEXES.includes(index)) throw new FakeExcelError('InvalidArgument', `border ${index}`);
    return new RangeBorderProxy(this.ctx, () => this.resolve(), `${this.path}(${index})`, this.needs, index);
  }
}

/**
 * A border of a range (RangeBorder.style, ExcelApi 1.1). The edges are kept on each cell: an inside
 * border is the bottom (or right) edge of every cell but the last row (or column) of the range.
 */
class RangeBorderProxy extends ProxyBase<RangeTarget> {
  constructor(ctx: FakeRequestContext, resolver: () => RangeTarget | null, path: string, needs: string, private readonly index: string) {
    super(ctx, resolver, path, needs);
  }
  protected scalars() {
    return {};
  }
  set style(v: string) {
    this.queueSet('1.1', 'style', v, (t) => {
      if (!LINE_STYLES.includes(v)) throw new FakeExcelError('InvalidArgument', `border style ${v}`);
      const r = t.rect;
      forEachCell(t, (c, row, col) => {
        const edges: Edge[] = [];
        if (this.index === 'EdgeTop' && row === r.top) edges.push('EdgeTop');
        if (this.index === 'EdgeBottom' && row === r.bottom) edges.push('EdgeBottom');
        if (this.index === 'EdgeLeft' && col === r.left) edges.push('EdgeLeft');
        if (this.index === 'EdgeRight' && col === r.right) edges.push('EdgeRight');
        if (this.index === 'InsideHorizontal' && row < r.bottom) edges.push('EdgeBottom');
        if (this.index === 'InsideVertical' && col < r.right) edges.push('EdgeRight');
        if (edges.length === 0) return c;
        const borders = { ...c.borders };
        for (const e of edges) {
          if (v === 'None') delete borders[e];
          else borders[e] = v;
        }
        return { ...c, borders };
      });
    });
  }
}

function uniform<V>(t: RangeTarget, f: (row: number, col: number) => V): V | null {
  const vals = grid(t.rect, f).flat();
  return vals.every((v) => v === vals[0]) ? vals[0] : null;
}

class RangeFillProxy extends ProxyBase<RangeTarget> {
  protected scalars(): Record<string, [string, (t: RangeTarget) => unknown]> {
    return {
      color: ['1.1', (t) => uniform(t, (r, c) => fillProperties(getCell(t.sheet, r, c)).color)],
      pattern: ['1.9', (t) => uniform(t, (r, c) => fillProperties(getCell(t.sheet, r, c)).pattern)],
    };
  }
  get color(): string {
    return this.read('color');
  }
  set color(v: string) {
    this.setLocal('color', v);
    this.queueSet('1.1', 'color', v, (t) => {
      guardProtected(t.sheet);
      if (!/^#[0-9A-Fa-f]{6}$/.test(v)) throw new FakeExcelError('InvalidArgument', `The fake Excel takes #RRGGBB colours, not ${v}.`);
      for (let row = t.rect.top; row <= t.rect.bottom; row++) {
        // Setting the colour alone: what Excel does to a pattern or a tint then is not documented
        // (README.md); modelled as a plain solid fill of that colour.
        for (let col = t.rect.left; col <= t.rect.right; col++) putCell(t.sheet, row, col, { ...getCell(t.sheet, row, col), fill: v.toUpperCase(), fillDetail: undefined });
      }
    });
  }
  get pattern(): string {
    return this.read('pattern');
  }
  clear(): void {
    this.queueCall('1.1', 'clear', [], (t) => {
      guardProtected(t.sheet);
      for (let row = t.rect.top; row <= t.rect.bottom; row++) {
        for (let col = t.rect.left; col <= t.rect.right; col++) putCell(t.sheet, row, col, { ...getCell(t.sheet, row, col), fill: null, fillDetail: undefined });
      }
    });
  }
}

interface AreasTarget {
  sheet: ModelSheet;
  rects: Rect[];
}

class RangeAreasProxy extends ProxyBase<AreasTarget> {
  protected scalars(): Record<string, [string, (t: AreasTarget) => unknown]> {
    return {
      address: ['1.9', (t) => t.rects.map((r) => `${quoteSheet(t.sheet.name)}!${rectLocal(r)}`).join(',')],
      areaCount: ['1.9', (t) => t.rects.length],
    };
  }
  protected override navs() {
    return { areas: () => this.areas };
  }
  get address(): string {
    return this.read('address');
  }
  get areaCount(): number {
    return this.read('areaCount');
  }
  get areas(): RangeCollectionProxy {
    return this.nav('areas', () => new RangeCollectionProxy(this.ctx, () => this.resolve(), `${this.path}.areas`, this.needs));
  }
}

class RangeCollectionProxy extends CollectionProxy<AreasTarget, RangeProxy> {
  private sheetOf: ModelSheet | null = null;
  protected itemsOf(t: AreasTarget) {
    this.sheetOf = t.sheet;
    return t.rects;
  }
  protected makeItem(item: unknown, i: number): RangeProxy {
    const target = { sheet: this.sheetOf!, rect: item as Rect };
    return new RangeProxy(this.ctx, () => target, `${this.path}[${i}]`, this.needs);
  }
  protected itemProxy(find: () => RangeTarget | null, path: string): RangeProxy {
    return new RangeProxy(this.ctx, find, path, this.needs);
  }
}

// -- Notes (ExcelApi 1.18) ----------------------------------------------------------------------

function cellOf(ctx: FakeRequestContext, sheet: ModelSheet, address: unknown): { row: number; col: number } {
  let a: string;
  if (address instanceof RangeProxy) {
    const t = address.must();
    if (t.sheet !== sheet) throw new FakeExcelError('InvalidArgument', 'The range is on another sheet.');
    if (t.rect.top !== t.rect.bottom || t.rect.left !== t.rect.right) throw new FakeExcelError('InvalidArgument', 'A single cell is needed.');
    return { row: t.rect.top, col: t.rect.left };
  }
  if (typeof address !== 'string') throw new FakeExcelError('InvalidArgument', 'cellAddress must be text or a Range.');
  a = address;
  const { sheet: named, local } = splitSheet(a);
  if (named !== null && findSheet(ctx.excel.model, named) !== sheet) throw new FakeExcelError('InvalidArgument', `${a} is not on ${sheet.name}.`);
  let r: Rect;
  try {
    r = parseLocal(local);
  } catch {
    throw new FakeExcelError('InvalidArgument', `Bad cell address ${a}.`);
  }
  if (r.top !== r.bottom || r.left !== r.right) throw new FakeExcelError('InvalidArgument', 'A single cell is needed.');
  return { row: r.top, col: r.left };
}

interface NoteTarget {
  sheet: ModelSheet;
  key: string;
}

/** The last order computed for a sheet's notes: office.js reaches each of 6,000 notes by its position. */
const noteOrders = new WeakMap<Map<string, unknown>, { keys: string[]; sorted: string[] }>();

/** A sheet's notes in Excel's order, row by row. */
function notesInOrder(notes: Map<string, unknown>): string[] {
  const keys = [...notes.keys()];
  const last = noteOrders.get(notes);
  if (last && last.keys.length === keys.length && last.keys.every((k, i) => k === keys[i])) return last.sorted;
  const at = (k: string) => k.split(':').map(Number);
  const sorted = keys
    .map((k) => ({ k, p: at(k) }))
    .sort((a, b) => a.p[0] - b.p[0] || a.p[1] - b.p[1])
    .map((e) => e.k);
  noteOrders.set(notes, { keys, sorted });
  return sorted;
}

class NoteCollectionProxy extends CollectionProxy<ModelSheet, NoteProxy> {
  private sheetOf: ModelSheet | null = null;
  protected itemsOf(t: ModelSheet) {
    this.sheetOf = t;
    return notesInOrder(t.notes);
  }
  protected makeItem(item: unknown, i: number): NoteProxy {
    const target = { sheet: this.sheetOf!, key: item as string };
    return new NoteProxy(this.ctx, () => (target.sheet.notes.has(target.key) ? target : null), `${this.path}[${i}]`, this.needs);
  }
  add(cellAddress: string | RangeProxy, content: string): NoteProxy {
    let target: NoteTarget | null = null;
    this.ctx.queue(this.needs, { o: this.path, m: 'add', a: [typeof cellAddress === 'string' ? cellAddress : cellAddress.path, content] }, () => {
      const sheet = this.must();
      guardProtected(sheet);
      const { row, col } = cellOf(this.ctx, sheet, cellAddress);
      // A cell holds a note or a thread, never both ("The difference between threaded comments and notes",
      // https://support.microsoft.com/office/75a51eec-4092-42ab-abf8-7669077b7be3); the code of the
      // refusal is not documented (README.md): InvalidArgument here.
      if (sheet.notes.has(key(row, col))) throw new FakeExcelError('InvalidArgument', 'The cell already has a note.');
      if (sheet.comments.some((c) => c.row === row && c.col === col)) throw new FakeExcelError('InvalidArgument', 'The cell has a comment thread.');
      if (typeof content !== 'string') throw new FakeExcelError('InvalidArgument', 'Note content must be text.');
      sheet.notes.set(key(row, col), { content, author: this.ctx.excel.userName });
      target = { sheet, key: key(row, col) };
    });
    return new NoteProxy(this.ctx, () => target, `${this.path}.added`, this.needs);
  }
  getItem(cellAddress: string): NoteProxy {
    return new NoteProxy(
      this.ctx,
      () => {
        const sheet = this.must();
        const { row, col } = cellOf(this.ctx, sheet, cellAddress);
        if (!sheet.notes.has(key(row, col))) throw new FakeExcelError('ItemNotFound', `No note at ${cellAddress}.`);
        return { sheet, key: key(row, col) };
      },
      `${this.path}(${cellAddress})`,
      this.needs,
    );
  }
  protected itemProxy(find: () => NoteTarget | null, path: string): NoteProxy {
    return new NoteProxy(this.ctx, find, path, this.needs);
  }
  getItemOrNullObject(cellAddress: string): NoteProxy {
    return new NoteProxy(
      this.ctx,
      () => {
        const sheet = this.resolve();
        if (!sheet) return null;
        const { row, col } = cellOf(this.ctx, sheet, cellAddress);
        return sheet.notes.has(key(row, col)) ? { sheet, key: key(row, col) } : null;
      },
      `${this.path}?(${cellAddress})`,
      this.needs,
    );
  }
  getCount(): ClientResult<number> {
    const r = new ClientResult<number>();
    this.ctx.queue(this.needs, { o: this.path, m: 'getCount' }, () => {
      const n = this.must().notes.size;
      return { response: n, commit: () => r.fill(n) };
    });
    return r;
  }
}

class NoteProxy extends ProxyBase<NoteTarget> {
  protected scalars(): Record<string, [string, (t: NoteTarget) => unknown]> {
    return {
      content: ['1.18', (t) => t.sheet.notes.get(t.key)!.content],
      authorName: ['1.18', (t) => t.sheet.notes.get(t.key)!.author],
    };
  }
  get content(): string {
    return this.read('content');
  }
  set content(v: string) {
    this.setLocal('content', v);
    this.queueSet('1.18', 'content', v, (t) => {
      guardProtected(t.sheet);
      const note = t.sheet.notes.get(t.key);
      if (!note) throw new FakeExcelError('ItemNotFound', 'The note was deleted.');
      note.content = v;
    });
  }
  get authorName(): string {
    return this.read('authorName');
  }
  delete(): void {
    this.queueCall('1.18', 'delete', [], (t) => {
      guardProtected(t.sheet);
      if (!t.sheet.notes.delete(t.key)) throw new FakeExcelError('ItemNotFound', 'The note was deleted.');
    });
  }
  getLocation(): RangeProxy {
    return new RangeProxy(
      this.ctx,
      () => {
        const t = this.resolve();
        if (!t) return null;
        const [row, col] = t.key.split(':').map(Number);
        return { sheet: t.sheet, rect: { top: row, bottom: row, left: col, right: col } };
      },
      `${this.path}.location`,
      this.needs,
    );
  }
}

// -- Comments (ExcelApi 1.10) -------------------------------------------------------------------

interface CommentTarget {
  sheet: ModelSheet;
  comment: ModelComment;
}

class CommentCollectionProxy extends CollectionProxy<ModelSheet, CommentProxy> {
  private sheetOf: ModelSheet | null = null;
  protected itemsOf(t: ModelSheet) {
    this.sheetOf = t;
    return [...t.comments];
  }
  protected makeItem(item: unknown, i: number): CommentProxy {
    const target = { sheet: this.sheetOf!, comment: item as ModelComment };
    return new CommentProxy(this.ctx, () => (target.sheet.comments.includes(target.comment) ? target : null), `${this.path}[${i}]`, this.needs);
  }
  add(cellAddress: string | RangeProxy, content: string, contentType?: string): CommentProxy {
    let target: CommentTarget | null = null;
    this.ctx.queue(this.needs, { o: this.path, m: 'add', a: [typeof cellAddress === 'string' ? cellAddress : cellAddress.path, content, contentType] }, () => {
      const sheet = this.must();
      guardProtected(sheet);
      if (contentType !== undefined && contentType !== 'Plain') throw new FakeExcelError('ApiNotFound', 'Mentions need ExcelApi 1.11.');
      const { row, col } = cellOf(this.ctx, sheet, cellAddress);
      if (sheet.comments.some((c) => c.row === row && c.col === col)) throw new FakeExcelError('InvalidArgument', 'The cell already has a comment thread.');
      if (sheet.notes.has(key(row, col))) throw new FakeExcelError('InvalidArgument', 'The cell has a note.');
      const comment: ModelComment = { id: `c${this.ctx.excel.model.nextId++}`, row, col, content, author: this.ctx.excel.userName, replies: [] };
      sheet.comments.push(comment);
      target = { sheet, comment };
    });
    return new CommentProxy(this.ctx, () => target, `${this.path}.added`, this.needs);
  }
  protected itemProxy(find: () => CommentTarget | null, path: string): CommentProxy {
    return new CommentProxy(this.ctx, find, path, this.needs);
  }
  /** CommentCollection.getItem(commentId): how office.js finds again a thread it loaded with its id. */
  getItem(commentId: string): CommentProxy {
    return new CommentProxy(
      this.ctx,
      () => {
        const sheet = this.must();
        const comment = sheet.comments.find((c) => c.id === commentId);
        if (!comment) throw new FakeExcelError('ItemNotFound', `No comment ${commentId}.`);
        return { sheet, comment };
      },
      `${this.path}(${commentId})`,
      this.needs,
    );
  }
  getItemByCell(cellAddress: string): CommentProxy {
    return new CommentProxy(
      this.ctx,
      () => {
        const sheet = this.must();
        const { row, col } = cellOf(this.ctx, sheet, cellAddress);
        const comment = sheet.comments.find((c) => c.row === row && c.col === col);
        if (!comment) throw new FakeExcelError('ItemNotFound', `No comment at ${cellAddress}.`);
        return { sheet, comment };
      },
      `${this.path}(${cellAddress})`,
      this.needs,
    );
  }
  getCount(): ClientResult<number> {
    const r = new ClientResult<number>();
    this.ctx.queue(this.needs, { o: this.path, m: 'getCount' }, () => {
      const n = this.must().comments.length;
      return { response: n, commit: () => r.fill(n) };
    });
    return r;
  }
}

class CommentProxy extends ProxyBase<CommentTarget> {
  protected scalars(): Record<string, [string, (t: CommentTarget) => unknown]> {
    return {
      id: ['1.10', (t) => t.comment.id],
      content: ['1.10', (t) => t.comment.content],
      authorName: ['1.10', (t) => t.comment.author],
    };
  }
  protected override navs() {
    return { replies: () => this.replies };
  }
  get id(): string {
    return this.read('id');
  }
  get content(): string {
    return this.read('content');
  }
  set content(v: string) {
    this.setLocal('content', v);
    this.queueSet('1.10', 'content', v, (t) => {
      guardProtected(t.sheet);
      // Not documented either way (README.md): only the author may edit, the stricter reading.
      if (t.comment.author !== this.ctx.excel.userName) throw new FakeExcelError(this.ctx.excel.authorRefusalCode, 'Only the author can edit a comment.');
      t.comment.content = v;
    });
  }
  get authorName(): string {
    return this.read('authorName');
  }
  get replies(): CommentReplyCollectionProxy {
    return this.nav('replies', () => new CommentReplyCollectionProxy(this.ctx, () => this.resolve(), `${this.path}.replies`, this.needs));
  }
  delete(): void {
    this.queueCall('1.10', 'delete', [], (t) => {
      guardProtected(t.sheet);
      // The reference sets no condition on Comment.delete; whether Excel lets one user delete a thread
      // another started is not documented (README.md): refused, the stricter reading, as a reply's delete.
      if (t.comment.author !== this.ctx.excel.userName) throw new FakeExcelError(this.ctx.excel.authorRefusalCode, 'Only the author can delete a comment.');
      const i = t.sheet.comments.indexOf(t.comment);
      if (i < 0) throw new FakeExcelError('ItemNotFound', 'The comment was deleted.');
      t.sheet.comments.splice(i, 1);
    });
  }
  getLocation(): RangeProxy {
    return new RangeProxy(
      this.ctx,
      () => {
        const t = this.resolve();
        if (!t) return null;
        const { row, col } = t.comment;
        return { sheet: t.sheet, rect: { top: row, bottom: row, left: col, right: col } };
      },
      `${this.path}.location`,
      this.needs,
    );
  }
}

interface ReplyTarget {
  sheet: ModelSheet;
  comment: ModelComment;
  id: string;
}

class CommentReplyCollectionProxy extends CollectionProxy<CommentTarget, CommentReplyProxy> {
  private of: CommentTarget | null = null;
  protected itemsOf(t: CommentTarget) {
    this.of = t;
    return t.comment.replies.map((r) => r.id);
  }
  protected makeItem(item: unknown, i: number): CommentReplyProxy {
    const target = { ...this.of!, id: item as string };
    return new CommentReplyProxy(this.ctx, () => (target.comment.replies.some((r) => r.id === target.id) ? target : null), `${this.path}[${i}]`, this.needs);
  }
  protected itemProxy(find: () => ReplyTarget | null, path: string): CommentReplyProxy {
    return new CommentReplyProxy(this.ctx, find, path, this.needs);
  }
  /** CommentReplyCollection.getItem(commentReplyId): a reply found again by the id office.js loaded. */
  getItem(replyId: string): CommentReplyProxy {
    return new CommentReplyProxy(
      this.ctx,
      () => {
        const t = this.must();
        if (!t.comment.replies.some((r) => r.id === replyId)) throw new FakeExcelError('ItemNotFound', `No reply ${replyId}.`);
        return { ...t, id: replyId };
      },
      `${this.path}(${replyId})`,
      this.needs,
    );
  }
  add(content: string, contentType?: string): CommentReplyProxy {
    let target: ReplyTarget | null = null;
    this.ctx.queue(this.needs, { o: this.path, m: 'add', a: [content, contentType] }, () => {
      const t = this.must();
      guardProtected(t.sheet);
      if (contentType !== undefined && contentType !== 'Plain') throw new FakeExcelError('ApiNotFound', 'Mentions need ExcelApi 1.11.');
      const id = `r${this.ctx.excel.model.nextId++}`;
      t.comment.replies.push({ id, content, author: this.ctx.excel.userName });
      target = { ...t, id };
    });
    return new CommentReplyProxy(this.ctx, () => target, `${this.path}.added`, this.needs);
  }
}

class CommentReplyProxy extends ProxyBase<ReplyTarget> {
  private reply(t: ReplyTarget) {
    const r = t.comment.replies.find((x) => x.id === t.id);
    if (!r) throw new FakeExcelError('ItemNotFound', 'The reply was deleted.');
    return r;
  }
  protected scalars(): Record<string, [string, (t: ReplyTarget) => unknown]> {
    return {
      id: ['1.10', (t) => t.id],
      content: ['1.10', (t) => this.reply(t).content],
      authorName: ['1.10', (t) => this.reply(t).author],
    };
  }
  get id(): string {
    return this.read('id');
  }
  get content(): string {
    return this.read('content');
  }
  get authorName(): string {
    return this.read('authorName');
  }
  delete(): void {
    this.queueCall('1.10', 'delete', [], (t) => {
      guardProtected(t.sheet);
      const r = this.reply(t);
      // CommentReply.delete is documented with no condition; whether another user's reply may be deleted
      // is not said (README.md): refused, the stricter reading.
      if (r.author !== this.ctx.excel.userName) throw new FakeExcelError(this.ctx.excel.authorRefusalCode, 'Only the author can delete a reply.');
      t.comment.replies.splice(t.comment.replies.indexOf(r), 1);
    });
  }
}

// ---------------------------------------------------------------------------------------------
// The fake application

function buildSheet(spec: SheetSpec): ModelSheet {
  const s = newSheet(spec.name);
  s.visibility = spec.visibility ?? 'Visible';
  const origin = parseLocal(spec.origin ?? 'A1');
  (spec.rows ?? []).forEach((line, r) =>
    line.forEach((v, c) => {
      const row = origin.top + r;
      const col = origin.left + c;
      if (v === null || v === undefined) return;
      const cell = emptyCell();
      if (typeof v === 'object' && 'error' in v) {
        Object.assign(cell, { value: v.error, error: true });
      } else if (typeof v === 'object') {
        if ('formula' in v) cell.formula = v.formula;
        if (v.value !== undefined) cell.value = v.value;
        if (v.numberFormat) cell.numberFormat = v.numberFormat;
        if (v.fill) cell.fill = v.fill;
      } else cell.value = v;
      putCell(s, row, col, cell);
    }),
  );
  const at = (a: string) => {
    const r = parseLocal(a);
    return { row: r.top, col: r.left };
  };
  for (const [a, f] of Object.entries(spec.numberFormats ?? {})) {
    const { row, col } = at(a);
    putCell(s, row, col, { ...getCell(s, row, col), numberFormat: f });
  }
  for (const [a, f] of Object.entries(spec.fills ?? {})) {
    const { row, col } = at(a);
    const cell = getCell(s, row, col);
    putCell(s, row, col, typeof f === 'string' ? { ...cell, fill: f.toUpperCase() } : withFill(cell, f as Record<string, unknown>));
  }
  s.merges = (spec.merges ?? []).map(parseLocal);
  for (const [a, n] of Object.entries(spec.notes ?? {})) {
    const { row, col } = at(a);
    s.notes.set(key(row, col), typeof n === 'string' ? { content: n, author: '张三' } : { content: n.content, author: n.author ?? '张三' });
  }
  let id = 1;
  for (const [a, c] of Object.entries(spec.comments ?? {})) {
    const { row, col } = at(a);
    const cs = typeof c === 'string' ? { content: c } : c;
    s.comments.push({
      id: `p${id++}`,
      row,
      col,
      content: cs.content,
      author: cs.author ?? '张三',
      replies: (cs.replies ?? []).map((r) => (typeof r === 'string' ? { content: r } : r)).map((r) => ({ id: `p${id++}`, content: r.content, author: r.author ?? '张三' })),
    });
  }
  s.protected = !!spec.protected;
  if (spec.pageLayout) {
    const { titleRows, ...rest } = spec.pageLayout;
    const rows = titleRows ? parseLocal(titleRows) : null;
    s.pageLayout = { ...s.pageLayout, ...rest, printArea: spec.pageLayout.printArea ?? null, titleRows: rows ? { top: rows.top, bottom: rows.bottom } : null };
  }
  for (const [letters, width] of Object.entries(spec.columnWidths ?? {})) s.columnWidths.set(parseLocal(`${letters}1`).left, width);
  for (const [a, size] of Object.entries(spec.fontSizes ?? {})) {
    const at = parseLocal(a);
    putCell(s, at.top, at.left, { ...getCell(s, at.top, at.left), size });
  }
  return s;
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
    running = this.model;
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
      running = null;
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
