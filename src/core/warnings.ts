// Every warning the scorer gives — the row or the table is still scored — each with its one code: the code
// and the message are chosen together, never apart, as Failures does for a row's errors. Each constructor
// records its warning at the cell it names.
import type { Messages } from './messages';
import type { Issue, IssueCode } from './types';

export interface Warnings {
  // A row's
  /** A typed score above the indicator's points. */
  scoreAbovePoints(cell: string, typed: string, points: string): void;
  /** A formula in a 得分 cell, which scoring would overwrite (kept unless the user agreed). */
  formulaInScore(cell: string): void;
  /** A typed score the rule cannot give, and why. */
  typedImpossible(cell: string, why: string): void;
  /** A person must score the row; the message says why. */
  manualScoreNeeded(cell: string, message: string): void;
  /** The row's verdict contradicts its typed score; the message says how. */
  verdictContradicts(cell: string, message: string): void;
  /** The computed score replaces a different typed one. */
  scoreChanged(cell: string, typed: string, score: string): void;
  /** The 实际完成值 typed disagrees with the rate the rule computes from 基础数据. */
  inputDisagrees(cell: string, typed: string, computed: string, source: string): void;
  /** The budget block's typed 执行率 disagrees with its amounts. */
  typedRateDisagrees(cell: string, typed: string, computed: string, arithmetic: string): void;
  // The table's
  /** The budget block gives no points, in a cell or in words (named at its header, `budget` its column). */
  budgetNoPoints(cell: string, budget: string): void;
  /** A total typed in the form's header that the scores do not add up to. */
  totalDisagrees(cell: string, typed: string, computed: string): void;
  /** A level's stated points are not the sum of its indicators'. */
  pointsMismatch(cell: string, name: string, stated: string, sum: string): void;
  totalNot100(cell: string, sum: string): void;
  duplicateTask(cell: string, task: string, first: string): void;
  /** A key task's 任务完成率 and 满意度 do not take 40% of its points (its KPIs 60%). */
  taskShare(cell: string, task: string, common: string, points: string, share: string, kpi: string, kpiShare: string): void;
  taskKpiCount(cell: string, task: string, count: number): void;
  taskNoQuantitative(cell: string, task: string): void;
}

export function warningsFor(m: Messages, add: (issue: Issue) => void): Warnings {
  const warn = (code: IssueCode, cell: string, message: string) => add({ severity: 'warning', cell, code, message });
  return {
    scoreAbovePoints: (cell, typed, points) => warn('score-above-points', cell, m.scoreAbovePoints(cell, typed, points)),
    formulaInScore: (cell) => warn('formula-in-score', cell, m.formulaInScore(cell)),
    typedImpossible: (cell, why) => warn('typed-score-impossible', cell, m.typedImpossible(why)),
    manualScoreNeeded: (cell, message) => warn('manual-score-needed', cell, message),
    verdictContradicts: (cell, message) => warn('verdict-contradicts', cell, message),
    // The issue names its cell; the message does not repeat it (a list shows `H12：原得分1…`, not `H12：H12：…`).
    scoreChanged: (cell, typed, score) => warn('score-changed', cell, m.scoreChanged(typed, score)),
    inputDisagrees: (cell, typed, computed, source) => warn('input-disagrees', cell, m.inputDisagrees(cell, typed, computed, source)),
    typedRateDisagrees: (cell, typed, computed, arithmetic) => warn('input-disagrees', cell, m.typedRateDisagrees(cell, typed, computed, arithmetic)),
    budgetNoPoints: (cell, budget) => warn('budget-no-points', cell, m.budgetNoPoints(budget)),
    totalDisagrees: (cell, typed, computed) => warn('total-disagrees', cell, m.totalDisagrees(typed, computed)),
    pointsMismatch: (cell, name, stated, sum) => warn('points-mismatch', cell, m.pointsMismatch(name, stated, sum)),
    totalNot100: (cell, sum) => warn('total-not-100', cell, m.totalNot100(sum)),
    duplicateTask: (cell, task, first) => warn('duplicate-task', cell, m.duplicateTask(task, first)),
    taskShare: (cell, task, common, points, share, kpi, kpiShare) => warn('task-share', cell, m.taskShare(task, common, points, share, kpi, kpiShare)),
    taskKpiCount: (cell, task, count) => warn('task-kpi-count', cell, m.taskKpiCount(task, count)),
    taskNoQuantitative: (cell, task) => warn('task-no-quantitative', cell, m.taskNoQuantitative(task)),
  };
}
