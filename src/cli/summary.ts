// The reviewer's overview of many workbooks: each file's department, total, grade and counts, as a
// table on the terminal and as the workbook 汇总.xlsx.
import path from 'path';
import { deflateRawSync, inflateRawSync } from 'zlib';
import type { Grade, ScoreResult, SheetGrid } from '../core';
import { tableWorkbook, type TableValue } from '../xlsx/tableBook';
import { num2 } from './json';
import { counts, whyNotComputed, type NotComputed } from './counts';
import type { CliMessages } from './messages';

export const SUMMARY_FILE = '汇总.xlsx';

/** One deduction, as the 扣分明细 sheet lists it. */
export interface DeductionLine {
  readonly indicator: string;
  readonly points: number | null;
  readonly score: number | null;
  readonly deduction: number | null;
  readonly reason: string;
  /** The 得分 cell, on the sheet scored. */
  readonly cell: string;
}

/**
 * A sheet's deductions as deflated JSON. A folder's 扣分明细 waits for 汇总.xlsx, written when every
 * file is scored: kept as objects, they put a folder of 8 × 50,000-row workbooks 43 MB higher at its
 * peak (measured); deflated, 286 KB a workbook. Made where the sheet is scored, so only the bytes
 * cross to this thread.
 */
export interface PackedDeductions {
  readonly count: number;
  readonly deflated: Uint8Array;
}

function packDeductions(lines: readonly DeductionLine[]): PackedDeductions {
  return { count: lines.length, deflated: lines.length ? deflateRawSync(JSON.stringify(lines)) : new Uint8Array() };
}

function unpackDeductions(packed: PackedDeductions): DeductionLine[] {
  return packed.count ? (JSON.parse(inflateRawSync(packed.deflated).toString('utf8')) as DeductionLine[]) : [];
}

/**
 * One scored sheet's line in the summary (or one file's, when it was not scored): plain figures, so
 * a folder's summary keeps no workbook or result.
 */
export interface SummaryRow {
  readonly file: string;
  readonly output: string | null;
  /** The indicator sheet; null when the file was not scored. */
  readonly sheet: string | null;
  readonly department: string;
  /** Null when the file was not scored. */
  readonly total: number | null;
  readonly maxTotal: number | null;
  readonly grade: Grade | null;
  readonly deductions: number;
  readonly errors: number;
  readonly manual: number;
  /** Rows computed by their rules, and typed scores only kept (SPEC §2.3). */
  readonly computed: number;
  readonly kept: number;
  /** Why no row could be computed (said `未能核算：缺少实际完成值列`), when none could; null otherwise. */
  readonly notComputed: NotComputed | null;
  /** Why the file was not scored (unreadable, no indicator table, not written). */
  readonly failure: string | null;
  /** The same in a word or two, for the summary table. */
  readonly failureMark?: string;
  /** Every deduction of the sheet, for the 扣分明细 sheet. */
  readonly deductionList: PackedDeductions;
}

function deductionLines(result: ScoreResult): DeductionLine[] {
  return result.rows
    .filter((r) => r.status === 'deducted')
    .map((r) => ({
      indicator: r.indicator,
      points: r.points === null ? null : num2(r.points),
      score: r.score === null ? null : num2(r.score),
      deduction: r.deduction === null ? null : num2(r.deduction),
      reason: r.explanation,
      cell: r.cell,
    }));
}

/** The summary line of a sheet scored (result) or of a file not scored (failure). */
export function summaryRow(
  file: string,
  department: string,
  result: ScoreResult | null,
  failure: { message: string; mark: string } | null,
): SummaryRow {
  const n = counts(result);
  const scored = result !== null && failure === null;
  const why = scored ? whyNotComputed(result) : null;
  return {
    file,
    output: null,
    sheet: scored ? result!.sheet : null,
    department,
    total: scored ? num2(result!.total) : null,
    maxTotal: scored ? num2(result!.maxTotal) : null,
    grade: scored ? result!.grade : null,
    deductions: n.deductions,
    errors: n.errors,
    manual: n.manual,
    computed: n.computed,
    kept: n.kept,
    notComputed: why,
    failure: failure?.message ?? null,
    ...(failure ? { failureMark: failure.mark } : {}),
    deductionList: packDeductions(scored ? deductionLines(result!) : []),
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

/**
 * 汇总.xlsx: a line per scored sheet (or file not scored), in the order scored; and 扣分明细, every
 * deduction of every file. Both print on pages one wide, their header on each.
 */
export function summaryWorkbook(rows: readonly SummaryRow[], m: CliMessages, at: Date): Buffer {
  const c = m.summaryColumns;
  const d = m.deductionColumns;
  return tableWorkbook([
    {
      name: m.summarySheet,
      columns: [
        { header: c.file, width: 30, wrap: true },
        { header: c.sheet, width: 16, wrap: true },
        { header: c.department, width: 30, wrap: true },
        { header: c.total, width: 9, format: '0.00' },
        { header: c.maxTotal, width: 9, format: '0.00' },
        { header: c.grade, width: 12 },
        { header: c.deductions, width: 9 },
        { header: c.errors, width: 8 },
        { header: c.manual, width: 12 },
        { header: c.computed, width: 8 },
        { header: c.kept, width: 12 },
        { header: c.output, width: 30, wrap: true },
        { header: c.note, width: 50, wrap: true },
      ],
      rows: rows.map((o) => {
        const scored = o.total !== null && o.failure === null;
        return [
          path.basename(o.file),
          o.sheet,
          o.department,
          scored ? o.total : null,
          scored ? o.maxTotal : null,
          scored ? m.grade(o.grade) : null,
          scored ? o.deductions : null,
          scored ? o.errors : null,
          scored ? o.manual : null,
          scored ? o.computed : null,
          scored ? o.kept : null,
          o.output ? path.basename(o.output) : null,
          o.failure ?? (o.notComputed ? m.notComputed(o.notComputed) : null),
        ];
      }),
    },
    {
      name: m.deductionSheet,
      columns: [
        { header: d.file, width: 24, wrap: true },
        { header: d.sheet, width: 14, wrap: true },
        { header: d.indicator, width: 24, wrap: true },
        { header: d.points, width: 8, format: '0.00' },
        { header: d.score, width: 8, format: '0.00' },
        { header: d.deduction, width: 8, format: '0.00' },
        { header: d.reason, width: 60, wrap: true },
        { header: d.cell, width: 8 },
      ],
      rows: deductionRows(rows),
    },
  ], at);
}

/** The 扣分明细 rows, one sheet's deductions unpacked at a time. */
function* deductionRows(rows: readonly SummaryRow[]): Generator<readonly TableValue[]> {
  for (const o of rows) {
    for (const l of unpackDeductions(o.deductionList)) yield [path.basename(o.file), o.sheet, l.indicator, l.points, l.score, l.deduction, l.reason, l.cell];
  }
}
