// Test support for the scoring core: the sample workbook read into SheetGrids (a small ExcelJS
// reader, so tests start from the real file rather than a retyped copy), helpers that change one
// cell of a grid, and fast-check arbitraries for grids of the kinds finance offices produce.
import ExcelJS from 'exceljs';
import * as path from 'path';
import type { Area, CellValue, SheetGrid, Workbook } from '../../src/core';
import { fromA1 } from '../../src/core';

export const SAMPLE_PATH = path.join(__dirname, '..', '..', 'examples', '2019-shezhiwei.xlsx');

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function cellValueOf(cell: ExcelJS.Cell): { value: CellValue; formula: string | null } {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return { value: null, formula: null };
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return { value: v, formula: null };
  if (v instanceof Date) return { value: v.toISOString(), formula: null };
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('formula' in o || 'sharedFormula' in o) {
      const result = o.result as unknown;
      const formula = `=${String(o.formula ?? o.sharedFormula)}`;
      if (result === undefined || result === null) return { value: null, formula };
      if (typeof result === 'object' && result !== null && 'error' in result) {
        return { value: { error: String((result as { error: unknown }).error) }, formula };
      }
      if (typeof result === 'number' || typeof result === 'string' || typeof result === 'boolean') return { value: result, formula };
      return { value: String(result), formula };
    }
    if ('richText' in o && Array.isArray(o.richText)) {
      return { value: (o.richText as { text: string }[]).map((p) => p.text).join(''), formula: null };
    }
    if ('error' in o) return { value: { error: String(o.error) }, formula: null };
    if ('text' in o) return { value: String(o.text), formula: null };
  }
  return { value: String(v), formula: null };
}

function areaOf(range: string): Area {
  const [a, b] = range.split(':');
  const from = fromA1(a)!;
  const to = fromA1(b ?? a)!;
  return { top: from.row, left: from.col, bottom: to.row, right: to.col };
}

/** One ExcelJS worksheet as a SheetGrid: slave cells of merged areas read as empty, as Excel stores them. */
export function gridOfWorksheet(ws: ExcelJS.Worksheet): SheetGrid {
  const merges = ((ws.model as { merges?: string[] }).merges ?? []).map(areaOf);
  const slave = new Set<string>();
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) slave.add(`${r}:${c}`);
  }
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const rowValues: CellValue[] = [];
    const rowFormulas: (string | null)[] = [];
    const rowFormats: (string | null)[] = [];
    for (let c = 1; c <= ws.columnCount; c++) {
      const cell = ws.getCell(r, c);
      const isSlave = slave.has(`${r - 1}:${c - 1}`);
      const { value, formula } = isSlave ? { value: null, formula: null } : cellValueOf(cell);
      rowValues.push(value);
      rowFormulas.push(formula);
      rowFormats.push(cell.numFmt ? cell.numFmt : null);
    }
    values.push(rowValues);
    formulas.push(rowFormulas);
    numberFormats.push(rowFormats);
  }
  return { name: ws.name, values, formulas, numberFormats, merges };
}

let sampleCache: Promise<Workbook> | null = null;

/** The sample workbook (examples/2019-shezhiwei.xlsx): its 指标体系 sheet and its 基础数据 sheet. */
export function loadSample(): Promise<Workbook> {
  sampleCache ??= (async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE_PATH);
    const indicator = wb.getWorksheet('指标体系');
    const basic = wb.getWorksheet('基础数据');
    if (!indicator || !basic) throw new Error('sample workbook lacks 指标体系 or 基础数据');
    return { indicatorSheet: gridOfWorksheet(indicator), basicData: gridOfWorksheet(basic) };
  })();
  return sampleCache;
}

/** A copy of the grid with one cell (A1 address, absolute) set to a value; the formula there is dropped. */
export function withCell(grid: SheetGrid, address: string, value: CellValue): SheetGrid {
  const at = fromA1(address);
  if (!at) throw new Error(`not an address: ${address}`);
  const origin = grid.origin ?? { row: 0, col: 0 };
  const r = at.row - origin.row;
  const c = at.col - origin.col;
  const values = grid.values.map((row) => [...row]);
  while (values.length <= r) values.push([]);
  while (values[r].length <= c) values[r].push(null);
  values[r][c] = value;
  const formulas = grid.formulas?.map((row) => [...row]);
  if (formulas && formulas[r]) formulas[r][c] = null;
  return { ...grid, values, formulas } as SheetGrid;
}

/** A copy of the grid without the row whose first cell reads `label` (e.g. a 基础数据 entry). */
export function withoutRowLabelled(grid: SheetGrid, label: string): SheetGrid {
  const at = grid.values.findIndex((row) => row[0] === label);
  if (at < 0) throw new Error(`no row labelled ${label} on ${grid.name}`);
  const drop = <T>(rows: readonly (readonly T[])[] | undefined) => rows?.filter((_, i) => i !== at).map((r) => [...r]);
  const out: Mutable<SheetGrid> = { ...grid, values: drop(grid.values)! };
  if (grid.formulas) out.formulas = drop(grid.formulas);
  if (grid.numberFormats) out.numberFormats = drop(grid.numberFormats);
  return out;
}

/** The value of a cell (absolute A1 address) as stored in the grid. */
export function cellAt(grid: SheetGrid, address: string): CellValue {
  const at = fromA1(address)!;
  const origin = grid.origin ?? { row: 0, col: 0 };
  return grid.values[at.row - origin.row]?.[at.col - origin.col] ?? null;
}
