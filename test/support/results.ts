// Result rows built by hand, for tests of what shows a ScoreResult (the task pane, the 评价结论)
// apart from the scoring core.
import Decimal from 'decimal.js';
import type { Figure, KeptScore, RowResult } from '../../src/core/types';

export const d = (x: number | string) => new Decimal(x);

/** What a row may carry besides its score: the typed score, a kept score, a review, the figures read. */
export interface RowExtras {
  readonly level2?: string;
  /** The score typed in the 得分 cell (default: the points). */
  readonly typed?: string | null;
  readonly kept?: KeptScore;
  readonly review?: boolean;
  readonly figures?: readonly Figure[];
  /** The text the row was scored by (default: none). */
  readonly ruleText?: string;
  /** The office's reasoning for the row (偏差原因…). */
  readonly remark?: string;
}

/** Row n of column I: a scored row (deduction = points − score), or a manual/error row without a score. */
export function row(
  n: number,
  level1: string,
  indicator: string,
  points: number,
  status: RowResult['status'],
  score: string | null,
  explanation = '',
  extras: RowExtras = {},
): RowResult {
  const typed = extras.typed === undefined ? d(points) : extras.typed === null ? null : d(extras.typed);
  const base = {
    row: n - 1,
    cell: `I${n}`,
    col: 8,
    level1,
    level2: extras.level2 ?? '',
    indicator,
    points: d(points),
    previous: typed === null ? null : typed.toNumber(),
    typedScore: typed,
    scoreIsFormula: false,
    family: null,
    ruleText: extras.ruleText ?? '',
    remark: extras.remark ?? null,
  };
  if (status === 'manual') return { ...base, status, score: null, deduction: null, explanation, review: extras.review ?? false };
  if (status === 'error') return { ...base, status, score: null, deduction: null, explanation };
  return { ...base, status, score: d(score!), deduction: d(points).minus(score!), kept: extras.kept ?? null, explanation, figures: extras.figures ?? [] };
}
