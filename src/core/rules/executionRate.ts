// The 预算执行率 row of a project table (SPEC §2.1a): 执行率 = 全年执行数 ÷ 全年预算数, as a percentage
// rounded half-up to two decimals; score = points × 执行率, capped at the points. The rate the office
// typed in the block is checked against it.
import { clamp, formatDecimal, formatPercent, formatQuantity, readCell, round2, ZERO, type Dec } from '../numbers';
import type { CellRef } from '../sheet/table';
import type { Failure, Outcome, RowContext } from './context';
import { isFail } from './inputs';
import type { Recognition } from './recognise';

export interface ExecutionRule {
  readonly budget: CellRef;
  readonly spent: CellRef;
  readonly rate: CellRef | null;
  /** The divisor is 年初预算数 (the block has no 全年预算数). */
  readonly initial: boolean;
  /** The block's own 得分计算方法, scored on the rate: a rule read whole, or what in it was not understood. */
  readonly method: { readonly cell: string; readonly reading: Extract<Recognition, { kind: 'rule' | 'partial' }> } | null;
}

function amount(ref: CellRef, what: string, ctx: RowContext): { value: Dec; shown: string } | Failure {
  const r = readCell(ref.value, ref.format);
  switch (r.kind) {
    case 'empty':
      return ctx.fail.missingCell(ref.cell, what);
    case 'error':
      return ctx.fail.cellError(r.error, ref.cell);
    case 'text':
      return ctx.fail.notANumber(r.text, what, ref.cell);
    case 'number':
      if (r.quantity.percent || r.quantity.value.isNegative()) return ctx.fail.notANumber(formatQuantity(r.quantity), what, ref.cell);
      return { value: r.quantity.value, shown: formatDecimal(r.quantity.value) };
  }
}

export const executionRate = {
  name: 'execution-rate' as const,
  score(rule: ExecutionRule, ctx: RowContext): Outcome {
    const method = rule.method;
    if (method?.reading.kind === 'partial') return { kind: 'manual', message: ctx.m.manualNotUnderstood(method.cell, method.reading.unread) };
    const budgetName = rule.initial ? ctx.m.initialBudget : ctx.m.fullYearBudget;
    const budget = amount(rule.budget, budgetName, ctx);
    if (isFail(budget)) return budget;
    const spent = amount(rule.spent, ctx.m.fullYearSpent, ctx);
    if (isFail(spent)) return spent;
    if (budget.value.isZero()) {
      return ctx.fail.divisionByZero(`${ctx.m.fullYearSpent}÷${budgetName}`, budgetName, { cell: rule.budget.cell });
    }
    const rate = round2(spent.value.div(budget.value).times(100));
    if (rule.rate) {
      const typed = readCell(rule.rate.value, rule.rate.format);
      if (typed.kind === 'number') {
        // 0.95 in a percent format and 95 typed as a number both mean 95%; 0.95 unformatted is a fraction.
        const q = typed.quantity;
        const percent = q.percent ? q.value : q.value.lessThanOrEqualTo(1) && rate.greaterThan(1) ? q.value.times(100) : q.value;
        if (!round2(percent).equals(rate)) ctx.warn.typedRateDisagrees(rule.rate.cell, formatPercent(round2(percent)), formatPercent(rate), `${spent.shown}÷${budget.shown}`);
      }
    }
    if (method) {
      // The block's own method, on the rate as its input (`执行率≥90%得满分…`).
      const own = method.reading.rule.score({ ...ctx, actual: { kind: 'number', quantity: { value: rate, percent: true, unit: null } }, actualCell: rule.rate?.cell ?? null, targetText: '' });
      return own.kind === 'scored' ? { ...own, detail: ctx.m.executionRateBy(spent.shown, budget.shown, formatPercent(rate), own.detail) } : own;
    }
    const raw = round2(ctx.points.times(rate).div(100));
    const detail = ctx.m.executionRate(spent.shown, budget.shown, formatPercent(rate), `${formatDecimal(ctx.points)}×${formatPercent(rate)}=${formatDecimal(raw)}`);
    return { kind: 'scored', score: clamp(raw, ZERO, ctx.points), detail: raw.greaterThan(ctx.points) ? ctx.m.formulaCapped(detail) : detail };
  },
};
