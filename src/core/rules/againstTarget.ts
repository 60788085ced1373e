// Scoring a figure against the row's target, for the families that do (target, proportional): met gives
// full points; else points × actual/target (for a ceiling, target/actual). A bare target takes its
// direction from what the indicator measures: `预算调整率 3%` is at most 3%, `任务完成率 100%` at least
// 100% (SPEC §3); the explanation says which reading was taken.
import { clamp, formatDecimal, formatQuantity, round2, ZERO, type Dec, type Quantity } from '../numbers';
import type { Failure, Outcome, RowContext } from './context';
import { parseCondition } from './condition';
import { actualNumber, checkRate, isFail } from './inputs';
import { CHANGE_RATE, ON_TIME, TAIL, SCALED_UNIT, SCALE } from './phrases';
import { boundFigure, isRange, targetBound, type TargetFigure } from './targetFigure';

/** A figure read with a tail for its unit (`2天以内`): a bound, not a unit of its own. */
const UNIT_WITH_TAIL = new RegExp(`${TAIL}$`);

/** 万/亿 before a unit is a multiplier: `200万` and `2000000` are the same number of users. */
function scaled(q: { value: Dec; unit: string | null }): { value: Dec; unit: string | null } {
  const m = SCALED_UNIT.exec(q.unit ?? '');
  if (!m) return q;
  return { value: q.value.times(SCALE[m[1]]), unit: m[2] === '' ? null : m[2] };
}

export function scoreAgainstTarget(rule: TargetFigure, ctx: RowContext): Outcome {
  const c = rule.condition;
  const { bound, ceiling } = targetBound(rule, ctx.indicator);
  const end = boundFigure(rule, bound);
  const shown = rule.stated ? rule.shown : `${ceiling ? '≤' : '≥'}${end}`;
  const reading = rule.stated ? '' : isRange(rule) ? ctx.m.rangeTarget(rule.figure, end, ceiling) : ctx.m.bareTarget(rule.figure, ceiling);
  const bounded = boundedActual(rule, ctx, bound.value, ceiling, shown);
  if (bounded) return bounded.kind === 'scored' ? { ...bounded, detail: reading + bounded.detail } : bounded;
  // `按时完成`: the target reached, in words (other verdicts read as qualitative before any rule).
  const said = ctx.actual.kind === 'text' ? ctx.actual.text.replace(/\s/g, '') : null;
  if (said !== null && ON_TIME.test(said)) return { kind: 'scored', score: ctx.points, detail: reading + ctx.m.targetMet(said, shown) };
  const actual = readActual(rule, ctx);
  if (isFail(actual)) return actual;
  const written = { value: bound.value, unit: c.unit };
  // 万/亿 matter only when both figures carry a unit; a bare 32 against 30万元 is 32 against 30.
  const [a, t] = actual.unit !== null && c.unit !== null ? [scaled(actual), scaled(written)] : [actual, written];
  // A percentage is no count: `95%` against `1项` (or `20项` against `≥95%`) compares nothing.
  const mixed = (actual.percent && c.unit !== null) || (c.percent && actual.unit !== null);
  if (mixed || (a.unit !== null && t.unit !== null && a.unit !== t.unit)) return ctx.fail.unitMismatch(formatQuantity(actual), rule.shown);
  if (!c.percent && a.value.isNegative() && !CHANGE_RATE.test(ctx.indicator)) return ctx.fail.negativeCount(formatQuantity(actual));
  const strict = !bound.inclusive;
  const got = formatQuantity(actual);
  const met = ceiling ? (strict ? a.value.lessThan(t.value) : a.value.lessThanOrEqualTo(t.value)) : strict ? a.value.greaterThan(t.value) : a.value.greaterThanOrEqualTo(t.value);
  if (met) return { kind: 'scored', score: ctx.points, detail: reading + ctx.m.targetMet(got, shown) };
  const [num, den] = ceiling ? [t.value, a.value] : [a.value, t.value];
  if (den.lessThanOrEqualTo(0)) return { kind: 'scored', score: ZERO, detail: reading + ctx.m.targetMissed(got, shown, '0') };
  const raw = round2(ctx.points.times(num).div(den));
  const arithmetic = `${formatDecimal(ctx.points)}×${formatDecimal(num)}/${formatDecimal(den)}=${formatDecimal(raw)}`;
  return { kind: 'scored', score: clamp(raw, ZERO, ctx.points), detail: reading + ctx.m.targetMissed(got, shown, arithmetic) };
}

/**
 * An actual written as a bound (`≥266米`, `2天以内`), as offices often restate the target: met when the
 * bound itself meets the target the same way; otherwise it says too little, and a person must give the
 * figure. Null when the actual is not written so.
 */
function boundedActual(rule: TargetFigure, ctx: RowContext, t: Dec, ceiling: boolean, shown: string): Outcome | null {
  const a = ctx.actual;
  const text = a.kind === 'text' ? a.text : a.kind === 'number' && a.quantity.unit !== null && UNIT_WITH_TAIL.test(a.quantity.unit) ? formatQuantity(a.quantity) : null;
  if (text === null) return null;
  const c = parseCondition(text);
  if (!c || (c.low !== null && c.high !== null) || c.percent !== rule.condition.percent) return null;
  const same = (c.unit ?? rule.condition.unit) === (rule.condition.unit ?? c.unit);
  const met = same && (ceiling ? c.high !== null && c.high.value.lessThanOrEqualTo(t) : c.low !== null && c.low.value.greaterThanOrEqualTo(t));
  // Stated as written, its figure as a figure (`≥1,000人` is `≥1000人`).
  if (met) return { kind: 'scored', score: ctx.points, detail: ctx.m.targetMet(text.replace(/(\d),(?=\d{3}(?!\d))/g, '$1'), shown) };
  return { kind: 'manual', message: ctx.m.manualBoundActual(ctx.actualCell ?? ctx.scoreCell, text) };
}

function readActual(rule: TargetFigure, ctx: RowContext): Quantity | Failure {
  const q = actualNumber(ctx, ctx.m.actualValue);
  if (isFail(q)) return q;
  if (!rule.condition.percent) return q;
  // A percentage target: a plain number is read as percent (90 = 90%).
  if (q.unit !== null) return ctx.fail.unitMismatch(formatQuantity(q), rule.shown);
  const percent = checkRate(ctx, q.value);
  if (isFail(percent)) return percent;
  return { value: percent, percent: true, unit: null };
}
