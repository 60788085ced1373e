// Family «proportional»: `按完成比例计算得分，满分为止`, `完成指标值的记全部分值，未完成的按完成值与指标值的比例记分`,
// `预算执行率=全年执行数/全年预算数×100%，按完成比例计算得分`. points × actual/target, capped at the points;
// the target is the row's 指标值. Without one, the 实际完成值 (or the rate the rule defines over 基础数据) is
// itself the completion rate.
import { clamp, formatDecimal, formatPercent, formatQuantity, round2, ZERO } from '../numbers';
import type { Family, Outcome } from './context';
import type { Expr } from './expression';
import { actualNumber, definitionIn, isFail, measuredRate } from './inputs';
import { anyOf, FULL, TO_ZERO } from './phrases';
import { onlySubjectLeft } from './ruleText';
import { parseTarget } from './target';

export interface ProportionalRule {
  readonly definition: Expr | null;
}

const PROPORTIONAL = /按(?:实际)?完成(?:比例|比率|程度|情况的比例)|按(?:实际)?完成值与(?:指标值|目标值|计划值)的?比例|按比例(?:计算|计分|记分|得分|扣分|折算)|按(?:实际)?完成率(?:计算|计分|记分|得分|折算)|按(?:实际)?(?:执行率|完成率)(?:乘以|×)(?:分值|权重)/;
/** Around the proportion: the full-marks case (`完成指标值的记全部分值`) and the cap (`满分为止`). */
const AROUND = new RegExp(`(?:[^,，]*?${FULL}|(?:满分|分值)为止|最高(?:得|为)?满分|最高不超过(?:该指标|本项)?(?:分值|满分)|超过的?按满分计|${anyOf(TO_ZERO)})`, 'g');

export const proportional: Family<ProportionalRule> = {
  name: 'proportional',
  recognise(text, labels) {
    const read = new Set<number>();
    const stumbled: string[] = [];
    text.clauses.forEach((clause, i) => {
      const m = PROPORTIONAL.exec(clause);
      if (!m) return;
      const rest = (clause.slice(0, m.index) + clause.slice(m.index + m[0].length)).replace(AROUND, '').replace(/未完成的?|未达到的?|计算得分|记分|计分|得分/g, '');
      if (onlySubjectLeft(rest.replace(/\([^)]*\)/g, '').replace(/[^,，]*=[^,，]*/g, ''))) read.add(i);
      else stumbled.push(clause);
    });
    if (read.size === 0 && stumbled.length === 0) return null;
    text.clauses.forEach((clause, i) => {
      if (!read.has(i) && clause.replace(AROUND, '').replace(/[,，\s]/g, '') === '') read.add(i);
    });
    return { rule: { definition: definitionIn(text.text, labels) }, read, stumbled };
  },

  score(rule, ctx): Outcome {
    const target = parseTarget(ctx.targetText);
    if (!target || target.condition.high !== null || ctx.actual.kind === 'empty') {
      const rate = measuredRate(ctx, rule.definition, ctx.m.actualValue);
      if (isFail(rate)) return rate;
      const raw = round2(ctx.points.times(rate.percent).div(100));
      const arithmetic = `${rule.definition && ctx.actual.kind === 'empty' ? `${rate.shown}，` : ''}${formatDecimal(ctx.points)}×${formatPercent(rate.percent)}=${formatDecimal(raw)}`;
      return { kind: 'scored', score: clamp(raw, ZERO, ctx.points), detail: ctx.m.proportional(arithmetic) };
    }
    const actual = actualNumber(ctx, ctx.m.actualValue);
    if (isFail(actual)) return actual;
    const goal = target.condition.low!.value;
    if (goal.isZero()) return { kind: 'scored', score: ctx.points, detail: ctx.m.targetMet(formatQuantity(actual), target.shown) };
    const raw = round2(ctx.points.times(actual.value).div(goal));
    const arithmetic = `${formatDecimal(ctx.points)}×${formatQuantity(actual)}/${target.figure}=${formatDecimal(raw)}`;
    return { kind: 'scored', score: clamp(raw, ZERO, ctx.points), detail: ctx.m.proportional(arithmetic) };
  },
};
