// Ranges: values and formulas entered as Excel converts them, formats, fonts, borders, fills, merged
// and special-cell areas.
import { colLetters, contains, MAX_COLS, parseLocal, quoteSheet, rectLocal, splitSheet, type Rect } from './address';
import { enterText, findSheet, getCell, putCell, fillProperties, DEFAULT_COLUMN_WIDTH, DEFAULT_FONT_SIZE, type Edge, type ModelCell, type ModelSheet, type Scalar } from './model';
import { maxVersion } from './batch';
import type { FakeRequestContext } from './context';
import { ClientResult, CollectionProxy, ProxyBase } from './proxy';
import { FakeExcelError } from './errors';
import { guardProtected } from './workbook';


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
export function withFill(cell: ModelCell, fill: Record<string, unknown>): ModelCell {
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

export class RangeProxy extends ProxyBase<RangeTarget> {
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

export class RangeAreasProxy extends ProxyBase<AreasTarget> {
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
