// Family «proportional»: `按完成比例计算得分，满分为止`, `完成指标值的记全部分值，未完成的按完成值与指标值的比例记分`.
// points × actual/target, capped at the points; the target is the row's 指标值 (or, when it states
// none, the 实际完成值 is itself the completion rate).
import { clamp, formatDecimal, formatPercent, formatQuantity, round2, ZERO } from '../numbers';
import { normalizeText } from '../text';
import type { Family, Outcome } from './context';
import { actualNumber, actualPercent, isFail } from './inputs';
import { parseTarget } from './target';

export type ProportionalRule = Record<string, never>;

const PROPORTIONAL = /按(?:实际)?完成(?:比例|比率|程度)|按完成值与(?:指标值|目标值)的比例|按比例(?:计算|计分|记分|得分|扣分)|按(?:实际)?完成率(?:计算|计分|记分|得分)/;

export const proportional: Family<ProportionalRule> = {
  name: 'proportional',
  recognise: (text) => (PROPORTIONAL.test(normalizeText(text)) ? {} : null),
  score(_rule, ctx): Outcome {
    const target = parseTarget(ctx.targetText);
    if (!target || target.atMost) {
      const rate = actualPercent(ctx, ctx.m.actualValue);
      if (isFail(rate)) return rate;
      const raw = round2(ctx.points.times(rate).div(100));
      const arithmetic = `${formatDecimal(ctx.points)}×${formatPercent(rate)}=${formatDecimal(raw)}`;
      return { kind: 'scored', score: clamp(raw, ZERO, ctx.points), detail: ctx.m.proportional(arithmetic) };
    }
    const actual = actualNumber(ctx, ctx.m.actualValue);
    if (isFail(actual)) return actual;
    if (target.target.value.isZero()) return { kind: 'scored', score: ctx.points, detail: ctx.m.targetMet(formatQuantity(actual), target.text) };
    const raw = round2(ctx.points.times(actual.value).div(target.target.value));
    const arithmetic = `${formatDecimal(ctx.points)}×${formatQuantity(actual)}/${formatQuantity(target.target)}=${formatDecimal(raw)}`;
    return { kind: 'scored', score: clamp(raw, ZERO, ctx.points), detail: ctx.m.proportional(arithmetic) };
  },
};
