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
import { POINTS_STATEMENT, PROPORTIONAL, PROPORTION_NOTE, SAID_IN_PROPORTION } from './phrases';
import { scoreAgainstTarget } from './againstTarget';
import { ANY_SCORE } from './possible';
import { saysHowToScore } from './ruleText';
import { parseTarget, type TargetFigure } from './targetFigure';

export interface ProportionalRule {
  readonly definition: Expr | null;
}

const SAID = new RegExp(SAID_IN_PROPORTION, 'g');

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
      const anchor = PROPORTIONAL.test(clause) || PROPORTION_NOTE.test(clause);
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

