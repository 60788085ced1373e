// Loads an .xlsx (the bundled sample) into the fake Excel, as Excel would show it: values only in
// the top-left cell of a merged area, formulas with their cached results, number formats, fills, notes.
import ExcelJS from 'exceljs';
import path from 'path';
import { columnLetters } from '../../src/core/address';
import { FakeExcel, type CellSpec, type FakeExcelOptions, type SheetSpec } from '../support/fake-excel';

export const SAMPLE = path.join(__dirname, '..', '..', 'examples', '2019-shezhiwei.xlsx');

export async function sampleSheets(file = SAMPLE): Promise<SheetSpec[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return workbookSheets(wb);
}

type FillSpec = NonNullable<SheetSpec['fills']>[string];

/** Excel.FillPattern's names for the OOXML patterns (ECMA-376 ST_PatternType) our marks use. */
const EXCEL_PATTERN: Readonly<Record<string, string>> = { gray0625: 'Gray8', lightUp: 'LightUp', lightHorizontal: 'LightHorizontal' };

/** A solid fill as its colour; a pattern as Excel shows it (the pattern colour over the cell's colour). */
function fillSpec(fill: ExcelJS.Fill | undefined): FillSpec | null {
  if (fill?.type !== 'pattern') return null;
  const argb = (c: Partial<ExcelJS.Color> | undefined) => (c?.argb ? `#${c.argb.slice(-6).toUpperCase()}` : null);
  const fg = argb(fill.fgColor);
  if (fill.pattern === 'solid') return fg;
  const bg = argb(fill.bgColor);
  const pattern = EXCEL_PATTERN[fill.pattern];
  return pattern && fg && bg ? { color: bg, pattern, patternColor: fg } : null;
}

/**
 * A file's column width (digits of Calibri 11, 7 pixels each) in points, as Excel shows it:
 * pixels = Truncate((256 × width + Truncate(128 / 7)) / 256 × 7) (ECMA-376 §18.3.1.13), ¾ point a pixel.
 */
const pointsOf = (width: number): number => Math.trunc(((256 * width + Math.trunc(128 / 7)) / 256) * 7) * 0.75;

/** An ExcelJS workbook (as a file holds it) as the fake Excel's sheets. */
export function workbookSheets(wb: ExcelJS.Workbook): SheetSpec[] {
  return wb.worksheets.map((ws) => {
    const rows: CellSpec[][] = [];
    const numberFormats: Record<string, string> = {};
    const fills: Record<string, FillSpec> = {};
    const notes: Record<string, string> = {};
    const fontSizes: Record<string, number> = {};
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      const line: CellSpec[] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        let spec: CellSpec = null;
        const isSlave = cell.isMerged && cell.master.address !== cell.address;
        const v = cell.value as unknown;
        if (!isSlave && v !== null && v !== undefined) {
          if (typeof v === 'object' && v !== null && 'formula' in v) {
            const f = v as { formula: string; result?: unknown };
            spec = { formula: `=${f.formula}`, value: (f.result ?? 0) as number };
          } else if (typeof v === 'object' && v !== null && 'richText' in v) {
            spec = (v as { richText: { text: string }[] }).richText.map((t) => t.text).join('');
          } else if (v instanceof Date) {
            spec = v.toISOString().slice(0, 10);
          } else spec = v as string | number | boolean;
        }
        line[c - 1] = spec;
        if (cell.numFmt && cell.numFmt !== 'General') numberFormats[cell.address] = cell.numFmt;
        const fill = fillSpec(cell.fill);
        if (fill) fills[cell.address] = fill;
        if (cell.font?.size && cell.font.size !== 11) fontSizes[cell.address] = cell.font.size;
        if (cell.note) notes[cell.address] = typeof cell.note === 'string' ? cell.note : (cell.note.texts ?? []).map((t) => t.text).join('');
      });
      rows[r - 1] = Array.from(line, (x) => x ?? null);
    });
    const merges = Object.values((ws as unknown as { _merges: Record<string, { range: string }> })._merges).map((m) => m.range);
    const visibility = ws.state === 'veryHidden' ? 'VeryHidden' : ws.state === 'hidden' ? 'Hidden' : 'Visible';
    const columnWidths: Record<string, number> = {};
    (ws.columns ?? []).forEach((c, i) => {
      if (c.width !== undefined) columnWidths[columnLetters(i)] = pointsOf(c.width);
    });
    return { name: ws.name, rows: Array.from(rows, (x) => x ?? []), numberFormats, fills, notes, merges, visibility, columnWidths, fontSizes };
  });
}

export async function sampleExcel(options: Partial<FakeExcelOptions> = {}): Promise<FakeExcel> {
  return new FakeExcel({ sheets: await sampleSheets(), active: '指标体系', ...options });
}

/**
 * A page holding two project tables, one below the other (SPEC 2.1a: each read as its own table): 甲's
 * met in full (20 of 20), 乙's 宣传场次 short of its target (80 of 100 → 8 of 10: 18 of 20).
 */
export function twoProjectSheet(name = '自评表'): SheetSpec {
  const project = (title: string, indicator: string, actual: number): CellSpec[][] => [
    ['项目支出绩效自评表'],
    [`项目名称：${title}`],
    ['三级指标', '年度指标值', '实际完成值', '分值', '得分'],
    [indicator, '≥100', actual, 10, null],
    ['满意度', '≥90%', '95%', 10, null],
    ['总分', null, null, 20, null],
  ];
  return { name, rows: [...project('甲培训项目', '培训人次', 100), [], ...project('乙宣传项目', '宣传场次', 80)] };
}
