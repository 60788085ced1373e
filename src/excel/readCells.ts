// The used range's cells — values, types, formats, formulas, fills, merged areas — asked at once with
// the rest of the read, or part by part after a first batch that gave the used range's size.
import { toA1, cellKey, type Area } from '../core';
import { areaOf, FILL_BRIEF, fillOf } from './cells';
import type { ExcelHost } from './host';
import { inParts, type Shape } from './inParts';
import { COMMAND_BYTES, REQUEST_BUDGET } from './payload';

/** The cells as read, however many batches they took; positions are the sheet's. */
export interface Cells {
  values: unknown[][];
  numberFormat: unknown[][];
  valueTypes: unknown[][];
  formulas: Map<string, string>;
  fills: Map<string, string>;
  merges: Map<string, Area>;
  /** What the print scale is measured from; null where it was not read (below ExcelApi 1.9, or a sheet read in parts). */
  printed: Printed | null;
}

/** The used range's column widths (points) and each row's type size (null where the row mixes sizes), from its top-left cell. */
export interface Printed {
  readonly widths: readonly number[];
  readonly sizes: readonly (number | null)[];
}

const SIZE_FIELDS = 'rowIndex,columnIndex,rowCount,columnCount';
/** Below ExcelApi 1.9 formulas are loaded with the values: getSpecialCells (its formula areas) is 1.9. */
const cellFields = (has19: boolean) => `values,valueTypes,numberFormat${has19 ? '' : ',formulas'}`;

/** The used range, its cells asked in the same load when they are read in one batch (one query, not two). */
export function queueUsedRange(sheet: Excel.Worksheet, has19: boolean, shape: Shape): Excel.Range {
  return sheet.getUsedRange().load(shape.kind === 'one-batch' ? `${cellFields(has19)},${SIZE_FIELDS}` : SIZE_FIELDS);
}

/** A block's fills: whole from ExcelApi 1.9 (colour and pattern), below it each cell's colour, a command a cell. */
type FillsAsked = { whole: OfficeExtension.ClientResult<Excel.CellProperties[][]> } | { byCell: Excel.RangeFill[][] };

const queueWholeFills = (range: Excel.Range) => range.getCellProperties({ format: { fill: FILL_BRIEF } });

const queueFillsByCell = (range: Excel.Range, rows: number, cols: number) =>
  Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => range.getCell(r, c).format.fill.load('color')));

/** The areas holding formulas (ExcelApi 1.9); null where formulas are loaded with the values. */
const queueFormulaAreas = (range: Excel.Range, has19: boolean) =>
  has19 ? range.getSpecialCellsOrNullObject('Formulas').load('areas/items/address,areas/items/formulas') : null;

/** A loaded block of cells, its top-left cell at (top, left), added to what was read. */
function addBlock(into: Cells, range: Excel.Range, fills: FillsAsked, formulaAreas: Excel.RangeAreas | null, top: number, left: number): void {
  for (const line of range.values) into.values.push(line);
  for (const line of range.numberFormat) into.numberFormat.push(line);
  for (const line of range.valueTypes) into.valueTypes.push(line);
  if (formulaAreas) addAreaFormulas(into.formulas, formulaAreas);
  else addFormulas(into.formulas, range.formulas, top, left);
  const props: unknown[][] = 'whole' in fills ? fills.whole.value : fills.byCell.map((line) => line.map((f) => ({ format: { fill: { color: f.color } } })));
  addFills(into.fills, props, top, left);
}

function addFormulas(into: Map<string, string>, formulas: unknown[][], top: number, left: number): void {
  formulas.forEach((line, r) =>
    line.forEach((f, c) => {
      if (typeof f === 'string' && f.startsWith('=')) into.set(cellKey(top + r, left + c), f);
    }),
  );
}

function addAreaFormulas(into: Map<string, string>, areas: Excel.RangeAreas): void {
  if (areas.isNullObject) return;
  for (const area of areas.areas.items) {
    const a = areaOf(area.address);
    if (a) addFormulas(into, area.formulas, a.top, a.left);
  }
}

function addFills(into: Map<string, string>, props: unknown[][], top: number, left: number): void {
  props.forEach((line, r) =>
    line.forEach((p, c) => {
      const f = fillOf(p);
      if (f) into.set(cellKey(top + r, left + c), f);
    }),
  );
}

/** Each merged area from its own address (one long address string is not split apart). */
function addMerges(into: Map<string, Area>, areas: Excel.RangeAreas | null): void {
  if (!areas || areas.isNullObject) return;
  for (const range of areas.areas.items) {
    const a = areaOf(range.address);
    if (a) into.set(`${a.top}:${a.left}:${a.bottom}:${a.right}`, a);
  }
}

/**
 * getMergedAreasOrNullObject "will fail to return the result" above 512 merged areas
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)).
 * A block of at most 512 cells meets at most 512 areas, so a big range is asked block by block. Excel
 * gives a block only the areas whose top-left cell lies in it, each whole (OfficeDev/office-js#3611):
 * the blocks tile the used range, so every area is found once, by the block holding its top-left cell.
 */
function queueMergeBlocks(sheet: Excel.Worksheet, top: number, left: number, rows: number, cols: number): Excel.RangeAreas[] {
  const width = Math.min(cols, 16);
  const height = Math.max(1, Math.floor(512 / width));
  const blocks: Excel.RangeAreas[] = [];
  for (let r = top; r < top + rows; r += height) {
    for (let c = left; c < left + cols; c += width) {
      const bottom = Math.min(r + height, top + rows) - 1;
      const right = Math.min(c + width, left + cols) - 1;
      blocks.push(sheet.getRange(`${toA1(r, c)}:${toA1(bottom, right)}`).getMergedAreasOrNullObject().load('areas/items/address'));
    }
  }
  return blocks;
}

/** The widths getColumnProperties gave (Excel's default, 48 points, where one is missing) and the rows' type sizes (null: mixed). */
function printedOf(columns: Excel.ColumnProperties[], rows: Excel.RowProperties[]): Printed {
  return { widths: columns.map((c) => c.format?.columnWidth ?? 48), sizes: rows.map((r) => r.format?.font?.size ?? null) };
}

const noCells = (): Cells => ({ values: [], numberFormat: [], valueTypes: [], formulas: new Map(), fills: new Map(), merges: new Map(), printed: null });

/** Where the cells are read from: the used range (its size known after the first batch) and the sheet pinned by its id. */
export interface CellsAt {
  context: Excel.RequestContext;
  host: ExcelHost;
  used: Excel.Range;
  pinned: () => Excel.Worksheet;
  /** Merged areas are read only for scoring (ExcelApi 1.13); restore needs none. */
  forScoring: boolean;
}

/** The cells, asked as `shape` says; what it returns reads them once the first batch is back. */
export function queueCells(at: CellsAt, shape: Shape): () => Promise<Cells> {
  return shape.kind === 'one-batch' ? queueAtOnce(at) : () => readInParts(at, shape.firstRows);
}

/**
 * Every cell with the first batch: `used` was loaded with its cells (queueUsedRange). Only what needs
 * the used range's size takes a batch after it: below ExcelApi 1.9, each cell's fill; and the merged
 * areas again, block by block, when the one answer for the whole range cannot be trusted.
 */
function queueAtOnce({ context, host, used, pinned, forScoring }: CellsAt): () => Promise<Cells> {
  const has19 = host.isSetSupported('ExcelApi', '1.9');
  const merges = forScoring && host.isSetSupported('ExcelApi', '1.13') ? used.getMergedAreasOrNullObject().load('areas/items/address') : null;
  const whole = has19 ? queueWholeFills(used) : null;
  // For the print scale (ExcelApi 1.9): each column's width, each row's type (one entry a row, not a
  // cell, so that a sheet of 5,000 rows still answers under 5 MB).
  const columns = has19 && forScoring ? used.getColumnProperties({ format: { columnWidth: true } }) : null;
  const rows = has19 && forScoring ? used.getRowProperties({ format: { font: { size: true } } }) : null;
  const formulaAreas = queueFormulaAreas(used, has19);
  return async () => {
    const fills: FillsAsked = whole ? { whole } : { byCell: queueFillsByCell(used, used.rowCount, used.columnCount) };
    if (!whole) await context.sync();
    // Above 512 areas Excel "will fail to return the result", and a null object then looks like no
    // merges at all. A range of at most 512 cells cannot hold more, so a null answer for one that
    // small is the truth: one more sync, only for a bigger sheet with no merged area found at once.
    const doubtful = merges !== null && merges.isNullObject && used.rowCount * used.columnCount > 512;
    const blocks = doubtful ? queueMergeBlocks(pinned(), used.rowIndex, used.columnIndex, used.rowCount, used.columnCount) : [];
    if (doubtful) await context.sync();
    const cells = noCells();
    addMerges(cells.merges, merges);
    for (const areas of blocks) addMerges(cells.merges, areas);
    addBlock(cells, used, fills, formulaAreas, used.rowIndex, used.columnIndex);
    cells.printed = columns && rows ? printedOf(columns.value, rows.value) : null;
    return cells;
  };
}

/**
 * The cells a part of rows a batch, after the first batch gave the used range's size: `all` rows in
 * the first part (the payload was not the trouble), else half. Merged areas block by block in each part.
 */
async function readInParts({ context, host, used, pinned, forScoring }: CellsAt, first: 'all' | 'half'): Promise<Cells> {
  const has19 = host.isSetSupported('ExcelApi', '1.9');
  const mergesInBlocks = forScoring && host.isSetSupported('ExcelApi', '1.13');
  const { rowIndex: top, columnIndex: left, rowCount, columnCount: cols } = used;
  const right = left + cols - 1;
  const rows = first === 'all' ? rowCount : Math.ceil(rowCount / 2);
  // Below ExcelApi 1.9 each cell's fill is a command of its own, so a part's request weighs as much as
  // its response: its rows are sized to stay under the budget rather than halved after a refusal.
  const size = has19 ? rows : Math.min(rows, Math.floor(REQUEST_BUDGET / (cols * COMMAND_BYTES)));
  const cells = noCells();
  await inParts(context, rowCount, size, (start, count) => {
    const r0 = top + start;
    const merged = mergesInBlocks ? queueMergeBlocks(pinned(), r0, left, count, cols) : [];
    const range = pinned().getRange(`${toA1(r0, left)}:${toA1(r0 + count - 1, right)}`).load(cellFields(has19));
    const fills: FillsAsked = has19 ? { whole: queueWholeFills(range) } : { byCell: queueFillsByCell(range, count, cols) };
    const formulaAreas = queueFormulaAreas(range, has19);
    return () => {
      for (const areas of merged) addMerges(cells.merges, areas);
      addBlock(cells, range, fills, formulaAreas, r0, left);
    };
  });
  return cells;
}
