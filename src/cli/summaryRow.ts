// A scored sheet's line in the reviewer's overview (or a file's, when it was not scored): its
// department, total, grade, counts and the rows a reviewer looks at — plain figures, made where the
// sheet is scored, so that a folder's summary keeps no workbook or result.
import path from 'path';
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import type { Grade, ScoreResult, SheetGrid } from '../core';
import { num2 } from './json';
import { counts, whyNotComputed, type NotComputed } from './counts';
import type { SheetReview } from './review';

/** Why a row is in 扣分明细: a deduction, a typed score the rules changed, an input in error, a score to give by hand. */
export type DetailKind = 'deducted' | 'changed' | 'error' | 'manual';

/** One row of a sheet as the 扣分明细 sheet lists it. */
export interface DetailLine {
  /** The 得分 cell, on the sheet scored. */
  readonly cell: string;
  readonly indicator: string;
  readonly kinds: readonly DetailKind[];
  readonly points: number | null;
  /** The score the office typed, where it typed one. */
  readonly typed: number | null;
  /** The score by the rules (or the typed one kept); null where none could be given. */
  readonly score: number | null;
  readonly deduction: number | null;
  /** The explanation: the arithmetic, or what to fix. */
  readonly reason: string;
}

/**
 * A sheet's detail lines as deflated JSON. A folder's 扣分明细 waits for 汇总.xlsx, written when every
 * file is scored: kept as objects, they put a folder of 8 × 50,000-row workbooks 43 MB higher at its
 * peak (measured); deflated, 286 KB a workbook. Made where the sheet is scored, so only the bytes
 * cross to this thread.
 */
export interface PackedDetails {
  readonly count: number;
  readonly deflated: Uint8Array;
}

function packDetails(lines: readonly DetailLine[]): PackedDetails {
  return { count: lines.length, deflated: lines.length ? deflateSync(strToU8(JSON.stringify(lines))) : new Uint8Array() };
}

export function unpackDetails(packed: PackedDetails): DetailLine[] {
  return packed.count ? (JSON.parse(strFromU8(inflateSync(packed.deflated))) as DetailLine[]) : [];
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
  /** Every row of the sheet a reviewer looks at, for the 扣分明细 sheet. */
  readonly details: PackedDetails;
  /** The typed total, the project, each level-1 area and the open rows; null when the file was not scored. */
  readonly review: SheetReview | null;
}

function detailLines(result: ScoreResult): DetailLine[] {
  const lines: DetailLine[] = [];
  for (const r of result.rows) {
    const kinds: DetailKind[] = [];
    if (r.status === 'deducted') kinds.push('deducted');
    if (r.typedScore !== null && r.score !== null && !r.typedScore.equals(r.score)) kinds.push('changed');
    if (r.status === 'error' || r.status === 'manual') kinds.push(r.status);
    if (kinds.length === 0) continue;
    lines.push({
      cell: r.cell,
      indicator: r.indicator,
      kinds,
      points: r.points === null ? null : num2(r.points),
      typed: r.typedScore === null ? null : num2(r.typedScore),
      score: r.score === null ? null : num2(r.score),
      deduction: r.deduction === null ? null : num2(r.deduction),
      reason: r.explanation,
    });
  }
  return lines;
}

/** The summary line of a sheet scored (result) or of a file not scored (failure). */
export function summaryRow(
  file: string,
  department: string,
  result: ScoreResult | null,
  failure: { message: string; mark: string } | null,
  review: SheetReview | null = null,
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
    details: packDetails(scored ? detailLines(result!) : []),
    review: scored ? review : null,
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
