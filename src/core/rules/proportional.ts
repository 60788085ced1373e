// Family «proportional»: `按完成比例计算得分，满分为止`, `完成指标值的记全部分值，未完成的按完成值与指标值的比例记分`,
// `预算执行率=全年执行数/全年预算数×100%，按完成比例计算得分`, and the national template's note on
// quantitative indicators (`正向指标…得分=权重*B/A，反向指标…得分=权重*A/B，得分不得突破权重总额`).
// Against the row's 指标值 it scores as a target does: met gives full points, else points × actual/target
// (for a ceiling, target/actual). Without a target, the 实际完成值 (or the rate the rule defines over
// 基础数据) is itself the completion rate: points × rate, capped.
import { clamp, formatDecimal, formatPercent, round2, ZERO } from '../numbers';
import type { Family, Outcome } from './context';
import type { Expr } from './expression';
import { definitionIn, isFail, measuredRate } from './inputs';
import { anyOf, FULL, POINTS_STATEMENT, TO_ZERO } from './phrases';
import { scoreAgainstTarget } from './againstTarget';
import { ANY_SCORE } from './possible';
import { saysHowToScore } from './ruleText';
import { parseTarget, type TargetFigure } from './targetFigure';

export interface ProportionalRule {
  readonly definition: Expr | null;
}

const PROPORTIONAL = /按(?:实际)?完成(?:比例|比率|程度|情况的比例)|按(?:实际)?完成值与(?:指标值|目标值|计划值)的?比例|按比例(?:计算|计分|记分|得分|扣分|折算)|按(?:实际)?完成率(?:计算|计分|记分|得分|折算)|按(?:实际)?(?:执行率|完成率)(?:乘以|×)(?:分值|权重)|按(?:实际)?比例计分|按B\/A或A\/B/;
/** The ways a rule says "in proportion to the target" and what goes with it, each read as such. */
const SAID = new RegExp(
  [
    PROPORTIONAL.source,
    // `得分=权重*B/A`, `全年实际值(B)/年度指标值(A)*该指标分值`: the ratio, written with the template's letters.
    String.raw`(?:得分\s*=\s*)?(?:权重|分值|该指标分值)\s*[*×]\s*[AB]\s*\/\s*[AB]`,
    String.raw`(?:则得分计算方法应用)?[\u4e00-\u9fa5]*\(?[AB]\)?\s*\/\s*[\u4e00-\u9fa5]*\(?[AB]\)?\s*[*×]\s*(?:该指标|该项|指标)?(?:分值|权重)`,
    String.raw`(?:若为|若)?(?:定量指标)?(?:若为|为)?(?:正向|反向)指标`,
    String.raw`\(?即(?:目标值|指标值)为[≥≤]\s*(?:X|\*|\S)\)?`,
    '定量指标计分原则',
    '若为定量指标',
    // Full marks when the target is met, and never above the points.
    String.raw`(?:完成值)?(?:达到|完成)(?:指标值|目标值)的?[,，]?\s*(?:记|计|得)?满分`,
    String.raw`未(?:达到|完成)(?:指标值|目标值)的?`,
    String.raw`得分不得突破(?:权重|分值)(?:总额)?`,
    `[^,，]*?${FULL}`,
    String.raw`(?:满分|分值)为止`,
    String.raw`最高(?:得|为)?满分`,
    String.raw`最高不超过(?:该指标|本项)?(?:分值|满分)`,
    String.raw`超过的?按满分计`,
    anyOf(TO_ZERO),
    String.raw`未完成的?|计算得分|记分|计分|得分`,
  ].join('|'),
  'g',
);

/** Whether a clause says only that the score goes in proportion to the target (and what goes with it). */
function saysOnlyProportion(clause: string): boolean {
  const rest = clause
    // `（满分10分）` only states the points.
    .replace(/\(([^)]*)\)/g, (bracket, inner: string) => (POINTS_STATEMENT.test(inner) ? '' : bracket))
    .replace(SAID, '')
    // `(B)`, `(1)`, `(按实际)`: brackets that neither score nor hold a figure go; `(低于60%的)` is a condition.
    .replace(/\(([^)]*)\)/g, (_bracket, inner: string) => (saysHowToScore(inner) || /\d/.test(inner.replace(/^\d$/, '')) ? inner : ''))
    .replace(/[^,，]*=[^,，]*/g, '');
  return !saysHowToScore(rest) && !/\d/.test(rest);
}

export const proportional: Family<ProportionalRule> = {
  name: 'proportional',
  recognise(text, labels) {
    const read = new Set<number>();
    const stumbled: string[] = [];
    let anchored = false;
    text.clauses.forEach((clause, i) => {
      const anchor = PROPORTIONAL.test(clause) || /正向指标|反向指标|[AB]\)?\s*\/\s*[\u4e00-\u9fa5]*\(?[AB]/.test(clause);
      anchored ||= anchor;
      // A clause that says nothing about scoring needs no reading (isIgnorable); read it all the same.
      if (saysOnlyProportion(clause)) read.add(i);
      else if (anchor) {
        stumbled.push(clause);
      }
    });
    if (!anchored) return null;
    return { rule: { definition: definitionIn(text.text, labels) }, read, stumbled };
  },

  score(rule, ctx): Outcome {
    const goal = parseTarget(ctx.targetText);
    if (goal && ctx.actual.kind !== 'empty') return scoreAgainstTarget(asPercentIfFraction(goal, ctx.actual), ctx);
    const rate = measuredRate(ctx, rule.definition, ctx.m.actualValue);
    if (isFail(rate)) return rate;
    const raw = round2(ctx.points.times(rate.percent).div(100));
    const arithmetic = `${rule.definition && ctx.actual.kind === 'empty' ? `${rate.shown}，` : ''}${formatDecimal(ctx.points)}×${formatPercent(rate.percent)}=${formatDecimal(raw)}`;
    return { kind: 'scored', score: clamp(raw, ZERO, ctx.points), detail: ctx.m.proportional(arithmetic) };
  },

  // A share of the points: anything from 0 to them.
  gives: () => ANY_SCORE,
};

/** A target of `1` against an actual of `95%` is 100%: a fraction where the actual is a percentage. */
function asPercentIfFraction(goal: TargetFigure, actual: Parameters<typeof proportional.score>[1]['actual']): TargetFigure {
  const c = goal.condition;
  const bound = (c.low ?? c.high)!;
  const actualPercent = actual.kind === 'number' && actual.quantity.percent;
  if (!actualPercent || c.percent || c.unit !== null || bound.value.greaterThan(1)) return goal;
  const value = bound.value.times(100);
  const scaled = { value, inclusive: bound.inclusive };
  const figure = `${formatDecimal(value)}%`;
  return {
    ...goal,
    condition: { ...c, percent: true, low: c.low ? scaled : null, high: c.high ? scaled : null },
    figure,
    shown: goal.shown.replace(formatDecimal(bound.value), figure),
  };
}

