// The reviewer's overview of many workbooks: each file's department, total, grade and counts, as a
// table on the terminal and as the workbook 汇总.xlsx.
import path from 'path';
import type { ScoreResult, SheetGrid } from '../core';
import { tableWorkbook } from '../xlsx/tableBook';
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
export function summaryWorkbook(rows: readonly SummaryRow[], m: CliMessages): Buffer {
  const c = m.summaryColumns;
  const columns = [
    { header: c.file, width: 36 },
    { header: c.department, width: 36 },
    { header: c.total, width: 10, format: '0.00' as const },
    { header: c.maxTotal, width: 8, format: '0.00' as const },
    { header: c.grade, width: 8 },
    { header: c.deductions, width: 10 },
    { header: c.errors, width: 8 },
    { header: c.manual, width: 12 },
    { header: c.output, width: 40 },
    { header: c.note, width: 50 },
  ];
  const table = rows.map((o) => {
    const scored = o.total !== null && o.failure === null;
    return [
      path.basename(o.file),
      o.department,
      scored ? o.total : null,
      scored ? o.maxTotal : null,
      scored ? (o.grade ?? m.incompleteGrade) : null,
      scored ? o.deductions : null,
      scored ? o.errors : null,
      scored ? o.manual : null,
      o.output ? path.basename(o.output) : null,
      o.failure,
    ];
  });
  return tableWorkbook(m.summarySheet, columns, table);
}
