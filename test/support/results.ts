// Result rows built by hand, for tests of what shows a ScoreResult (the task pane, the 评价结论)
// apart from the scoring core.
import Decimal from 'decimal.js';
import type { RowResult } from '../../src/core/types';

export const d = (x: number | string) => new Decimal(x);

/** Row n of column I: a scored row (deduction = points − score), or a manual/error row without a score. */
export function row(
  n: number,
  level1: string,
  indicator: string,
  points: number,
  status: RowResult['status'],
  score: string | null,
  explanation = '',
): RowResult {
  const base = {
    row: n - 1,
    cell: `I${n}`,
    col: 8,
    level1,
    level2: '',
    indicator,
    points: d(points),
    previous: points,
    typedScore: d(points),
    scoreIsFormula: false,
    family: null,
  };
  if (status === 'manual' || status === 'error') {
    return { ...base, status, score: null, deduction: null, explanation };
  }
  return { ...base, status, score: d(score!), deduction: d(points).minus(score!), kept: false, explanation };
}
