// The reviewer's overview of many workbooks: each file's department, total, grade and counts, as a
// table on the terminal and as the workbook 汇总.xlsx.
import path from 'path';
import ExcelJS from 'exceljs';
import type { ScoreResult, SheetGrid } from '../core';
import { num2 } from './json';
import type { CliMessages } from './messages';

export const SUMMARY_FILE = '汇总.xlsx';

/** One file's line in the summary: plain figures, so a folder's summary keeps no workbook or result. */
export interface SummaryRow {
  readonly file: string;
  readonly output: string | null;
  readonly department: string;
  /** Null when the file was not scored. */
  readonly total: number | null;
  readonly maxTotal: number | null;
  readonly grade: string | null;
  readonly deductions: number;
  readonly errors: number;
  readonly manual: number;
  /** Why the file was not scored (unreadable, no indicator table, not written). */
  readonly failure: string | null;
  /** The same in a word or two, for the summary table. */
  readonly failureMark?: string;
}

/** The summary line of a file scored (result) or not (failure). */
export function summaryRow(
  file: string,
  department: string,
  result: ScoreResult | null,
  failure: { message: string; mark: string } | null,
): SummaryRow {
  const n = counts(result);
  const scored = result !== null && failure === null;
  return {
    file,
    output: null,
    department,
    total: scored ? num2(result!.total) : null,
    maxTotal: scored ? num2(result!.maxTotal) : null,
    grade: scored ? result!.grade : null,
    ...n,
    failure: failure?.message ?? null,
    ...(failure ? { failureMark: failure.mark } : {}),
  };
}

const TEXT_OF = (v: unknown): string => (typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : '');

/** The file name without folder, `.xlsx` and `.scored`. */
export function baseName(file: string): string {
  return path.basename(file).replace(/\.(xlsx|xlsm)$/i, '').replace(/\.scored$/i, '');
}

/**
 * The department a sheet belongs to: from a `单位：…` / `部门：…` line or the title above the
 * header row (`成都市XX局2019年度部门整体支出绩效自评表`), else from the file name.
 */
export function departmentOf(grid: SheetGrid | null, headerRow: number | undefined, file: string): string {
  if (grid) {
    const origin = grid.origin ?? { row: 0, col: 0 };
    const above = headerRow === undefined ? 3 : headerRow - origin.row;
    const texts: string[] = [];
    for (let r = 0; r < Math.min(above, grid.values.length); r++) {
      for (const v of grid.values[r] ?? []) {
        const t = TEXT_OF(v);
        if (t) texts.push(t);
      }
    }
    for (const t of texts) {
      const m = /(?<!金额|计量|货币)(?:填报|预算|评价)?(?:单位|部门)(?:名称)?\s*[:：]\s*(.+)$/.exec(t);
      if (m) {
        const name = m[1].split(/\s{2,}|\s*(?:金额|计量)单位\s*[:：]|\s+(?:填报|日期|时间)/)[0].trim();
        if (name.length >= 2) return name;
      }
    }
    for (const t of texts) {
      if (!/绩效|评价|自评/.test(t)) continue;
      const name = t
        .replace(/[（(]?\d{4}\s*年.*$/, '')
        .replace(/(部门)?整体支出.*$/, '')
        .replace(/(部门)?绩效.*$/, '')
        .replace(/[：:\s]+$/, '')
        .trim();
      if (name.length >= 2) return name;
    }
  }
  return baseName(file);
}

export function counts(result: ScoreResult | null): { deductions: number; errors: number; manual: number } {
  const rows = result?.rows ?? [];
  return {
    deductions: rows.filter((r) => r.status === 'deducted').length,
    errors: rows.filter((r) => r.status === 'error').length,
    manual: rows.filter((r) => r.status === 'manual').length,
  };
}

/** 汇总.xlsx: one row per file, in the order scored. */
export async function summaryWorkbook(rows: readonly SummaryRow[], m: CliMessages): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(m.summarySheet);
  const c = m.summaryColumns;
  ws.columns = [
    { header: c.file, key: 'file', width: 36 },
    { header: c.department, key: 'department', width: 36 },
    { header: c.total, key: 'total', width: 10 },
    { header: c.maxTotal, key: 'maxTotal', width: 8 },
    { header: c.grade, key: 'grade', width: 8 },
    { header: c.deductions, key: 'deductions', width: 10 },
    { header: c.errors, key: 'errors', width: 8 },
    { header: c.manual, key: 'manual', width: 12 },
    { header: c.output, key: 'output', width: 40 },
    { header: c.note, key: 'note', width: 50 },
  ];
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  for (const o of rows) {
    const scored = o.total !== null && o.failure === null;
    const row = ws.addRow({
      file: path.basename(o.file),
      department: o.department,
      total: scored ? o.total : null,
      maxTotal: scored ? o.maxTotal : null,
      grade: scored ? (o.grade ?? m.incompleteGrade) : null,
      deductions: scored ? o.deductions : null,
      errors: scored ? o.errors : null,
      manual: scored ? o.manual : null,
      output: o.output ? path.basename(o.output) : null,
      note: o.failure,
    });
    row.getCell('total').numFmt = '0.00';
    row.getCell('maxTotal').numFmt = '0.00';
  }
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
