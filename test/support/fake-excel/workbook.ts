// The workbook, its settings and protection, the worksheets and each sheet's protection and page layout.
import { MAX_COLS, parseLocal, splitSheet, type Rect } from './address';
import { findSheet, usedRect, defaultPageLayout, type ModelPageLayout, type ModelSheet, type ModelWorkbook } from './model';
import { clone, maxVersion } from './batch';
import { CollectionProxy, ProxyBase } from './proxy';
import { FakeExcelError } from './errors';
import { CommentCollectionProxy, NoteCollectionProxy } from './notes';
import { RangeAreasProxy, RangeProxy } from './range';


export class WorkbookProxy extends ProxyBase<ModelWorkbook> {
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

export function newSheet(name: string): ModelSheet {
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

export function setRunning(workbook: ModelWorkbook | null): void {
  running = workbook;
}

/** A workbook opened read-only takes no change here (documents silent on the code: README.md). */
function guardReadOnly(): void {
  if (running?.readOnly) throw new FakeExcelError('AccessDenied', 'The workbook is read-only.');
}

export function guardProtected(sheet: ModelSheet): void {
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
