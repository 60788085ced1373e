// What a reviewer compares in 汇总.xlsx beside the computed total (SPEC §5): the office's own typed
// total and its grade, the project a table is about, each level-1 area's score, and the rows that
// leave a sheet 未完成. Plain figures, made where the sheet is scored (this module loads the scorer's
// grading; the summary's own module stays light).
import { grade } from '../core/score';
import { subjectOf } from '../core/report/subject';
import type { Grade, ScoreResult } from '../core';
import { num2 } from './json';
import { ZERO } from '../core/numbers';

export interface SheetReview {
  /** A project table's 项目名称; null for a department's table. */
  readonly project: string | null;
  /** The unit the form names (单位, 主管部门, 实施单位 …), as the report names it; null where it names none. */
  readonly unit: string | null;
  /** Every row's typed 得分 added up, where every row has one; else null (nothing to compare). */
  readonly typedTotal: number | null;
  /** The typed total's grade, on the same basis as the computed one (÷ 满分 × 100 where the points are not 100). */
  readonly typedGrade: Grade | null;
  /** Each level-1 area's score; null where a row of it has none. */
  readonly areas: readonly { readonly name: string; readonly score: number | null }[];
  /** The rows without a score, which keep the total 未完成: their cells, by why. */
  readonly open: { readonly manual: readonly string[]; readonly error: readonly string[] };
}

export function reviewOf(result: ScoreResult): SheetReview {
  const typed = result.rows.length > 0 && result.rows.every((r) => r.typedScore !== null);
  const typedTotal = typed ? result.rows.reduce((s, r) => s.plus(r.typedScore!), ZERO) : null;
  const basis = typedTotal && !result.maxTotal.isZero() && !result.maxTotal.equals(100) ? typedTotal.dividedBy(result.maxTotal).times(100).toDecimalPlaces(2) : typedTotal;
  const subject = result.layout ? subjectOf(result) : null;
  return {
    project: subject?.project ?? null,
    unit: subject?.unit ?? null,
    typedTotal: typedTotal === null ? null : num2(typedTotal),
    typedGrade: basis === null ? null : grade(basis),
    areas: result.level1.map((g) => ({ name: g.name, score: g.complete ? num2(g.score) : null })),
    open: {
      manual: result.rows.filter((r) => r.status === 'manual').map((r) => r.cell),
      error: result.rows.filter((r) => r.status === 'error').map((r) => r.cell),
    },
  };
}
