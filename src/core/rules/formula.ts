// Family «formula»: `指标得分=(A-B-C)/A*指标分值`, `得分=分值×实际完成任务量/绩效目标设定任务量×100%`.
// The arithmetic is evaluated with figures from 基础数据; the factor beside the points is the row's
// rate, which the row's own 实际完成值 supplies when given (and must, when 基础数据 lacks the names).
import { D, clamp, formatDecimal, formatPercent, round2, ZERO, type Dec } from '../numbers';
import { normalizeText } from '../text';
import type { Family, Outcome } from './context';
import { evaluate, factors, parseExpression, product, render, type Expr } from './expression';
import { actualPercent, divisionByZero, isFail, lookupAll } from './inputs';

export interface FormulaRule {
  readonly expr: Expr;
  /** The factors beside the points (the rate), when the formula is points × rate. */
  readonly rate: Expr | null;
}

const POINTS_NAME = /^(该|本)?(指标)?(分值|权重|满分|标准分值|指标分值)$|^指标权重$/;
const isPointsName = (name: string): boolean => POINTS_NAME.test(name);

function rateOf(expr: Expr): Expr | null {
  const parts = factors(expr);
  const at = parts.findIndex((p) => !p.divide && p.expr.kind === 'var' && isPointsName(p.expr.name));
  if (at < 0) return null;
  const rest = parts.filter((_, i) => i !== at);
  if (rest.length && rest[0].divide) rest.unshift({ divide: false, expr: { kind: 'num', value: new D(1), percent: false } });
  return product(rest);
}

export const formula: Family<FormulaRule> = {
  name: 'formula',
  recognise(text, labels) {
    const t = normalizeText(text);
    const m = /(?:^|[^\u4e00-\u9fa5])?(?:指标)?得分\s*[=＝]\s*/.exec(t);
    if (!m) return null;
    const expr = parseExpression(t.slice(m.index + m[0].length), labels);
    if (!expr || expr.kind === 'num' || expr.kind === 'var') return null;
    return { expr, rate: rateOf(expr) };
  },

  score(rule, ctx): Outcome {
    const points = ctx.points;
    const finish = (raw: Dec, arithmetic: (score: string) => string): Outcome => {
      const score = clamp(round2(raw), ZERO, points);
      const text = arithmetic(formatDecimal(round2(raw)));
      return { kind: 'scored', score, detail: raw.greaterThan(points) ? ctx.m.formulaCapped(text) : text };
    };
    const data = lookupAll(ctx, rule.expr, isPointsName);
    const valueOf = (name: string) => (isPointsName(name) ? points : isFail(data) ? undefined : data.get(name)?.value);

    if (rule.rate && ctx.actual.kind !== 'empty') {
      const own = actualPercent(ctx, ctx.m.actualValue);
      if (isFail(own)) return own;
      if (!isFail(data)) {
        const computed = evaluate(rule.rate, valueOf);
        if (computed.kind === 'value' && !round2(computed.value.times(100)).equals(round2(own))) {
          ctx.warn('input-disagrees', ctx.actualCell, ctx.m.inputDisagrees(ctx.actualCell, formatPercent(own), formatPercent(round2(computed.value.times(100))), render(rule.rate, valueOf)));
        }
      }
      const raw = points.times(own).div(100);
      return finish(raw, (s) => `${ctx.m.actualRate(formatPercent(own))}${formatDecimal(points)}×${formatPercent(own)}=${s}`);
    }
    if (isFail(data)) return data;
    const result = evaluate(rule.expr, valueOf);
    if (result.kind === 'divide-by-zero') return divisionByZero(ctx, rule.expr, result.divisor);
    if (result.kind === 'missing') {
      return { kind: 'error', cell: ctx.ruleCell, code: 'missing-label', message: ctx.m.missingLabels(result.missing, ctx.hasActualColumn ? ctx.actualCell : null) };
    }
    return finish(result.value, (s) => `${render(rule.expr, valueOf)}=${s}`);
  },
};
