// The sample workbook's cells as plain data (values as Excel reports them, formulas, number
// formats, merges), read with ExcelJS. The conclusion test scores them with the core; the browser
// test hands them to the stand-in Excel host.
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import type { Area, CellValue, SheetGrid } from '../../src/core/types';

export const SAMPLE = join(__dirname, '..', '..', 'examples', '2019-shezhiwei.xlsx');

function cellValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('formula' in v || 'sharedFormula' in v) {
      const r = (v as ExcelJS.CellFormulaValue).result;
      if (r && typeof r === 'object' && 'error' in r) return { error: String(r.error) };
      return cellValue(r as ExcelJS.CellValue);
    }
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('error' in v) return { error: String(v.error) };
    if ('text' in v) return String((v as { text: unknown }).text);
  }
  return String(v);
}

function decode(range: string): Area {
  const [a, b = a] = range.split(':');
  const pos = (ref: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
    let col = 0;
    for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
    return { row: Number(m[2]) - 1, col: col - 1 };
  };
  const p = pos(a);
  const q = pos(b);
  return { top: p.row, left: p.col, bottom: q.row, right: q.col };
}

function grid(ws: ExcelJS.Worksheet): SheetGrid {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  const merges = ((ws.model as { merges?: string[] }).merges ?? []).map(decode);
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    values.push([]);
    formulas.push([]);
    numberFormats.push([]);
    for (let c = 1; c <= ws.columnCount; c++) {
      const cell = row.getCell(c);
      const master = cell.isMerged && cell.master.address !== cell.address;
      values[r - 1].push(master ? null : cellValue(cell.value));
      const f = cell.formula ? `=${cell.formula}` : null;
      formulas[r - 1].push(master ? null : f);
      numberFormats[r - 1].push(cell.numFmt || null);
    }
  }
  return { name: ws.name, origin: { row: 0, col: 0 }, values, formulas, numberFormats, merges };
}

/** Every sheet of the sample, in workbook order. */
export async function sampleSheets(): Promise<SheetGrid[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  return wb.worksheets.map(grid);
}
