// Family «formula»: `指标得分=(A-B-C)/A*指标分值`, `得分=分值×实际完成任务量/绩效目标设定任务量×100%`.
// The arithmetic is evaluated with figures from 基础数据; the factor beside the points is the row's
// rate, which the row's own 实际完成值 supplies when given (and must, when 基础数据 lacks the names).
// A clause saying a score above the points is full marks (`实际完成任务量大于…得满分`) is read as the cap
// every formula has anyway.
import { D, clamp, formatDecimal, formatPercent, round2, ZERO, type Dec } from '../numbers';
import { labelKey } from '../text';
import type { Family, Outcome } from './context';
import { evaluate, factors, parseExpressionPrefix, product, render, substitute, type Expr } from './expression';
import { actualPercent, definitionsIn, divisionByZero, isFail, lookupAll } from './inputs';
import { POINTS_NAME, SCORE_IS, SHARE_OF, RATIO_WORDS, CAPPED_AT_POINTS, SCORE_LEAD_IN } from './phrases';
import { parseCondition } from './condition';
import { findOutcome } from './outcome';
import { saysHowToScore, without } from './ruleText';
import { ANY_SCORE } from './possible';

export interface FormulaRule {
  readonly expr: Expr;
  /** The factors beside the points (the rate), when the formula is points × rate. */
  readonly rate: Expr | null;
}

const isPointsName = (name: string): boolean => POINTS_NAME.test(name);

/** `支出使用资金占到位资金的比例` is 支出使用资金/到位资金; `实际完成量/目标任务的比值` is the quotient. */
function arithmeticOf(words: string): string {
  return words.replace(SHARE_OF, '($1/$2)').replace(RATIO_WORDS, '');
}
/** `…大于…得满分`, `最高不超过分值`, `满分为止`: above the points is full marks. */
const CAPPED = new RegExp(CAPPED_AT_POINTS);

/** What follows the arithmetic is read when, its cap taken out, it says nothing more about scoring. */
const CAPS = new RegExp(CAPPED.source, 'g');
const onlyCapped = (rest: string): boolean => !saysHowToScore(rest.replace(CAPS, ''));

/** `按…实现程度赋分，即`, `评分标准：`: words that only lead in to the score. */
const LEAD_IN = new RegExp(SCORE_LEAD_IN, 'g');

/** Two whole counts typed as a fraction: `3/4`. */
const COUNTS = /^(\d+)[/／](\d+)$/;

/** The two names of a rate that is one over the other (`A/B`, `A/B×100%`), or null. */
function quotientNames(rate: Expr): [string, string] | null {
  const inner = rate.kind === 'group' ? rate.inner : rate;
  const parts = factors(inner).filter((p) => !(p.expr.kind === 'num' && p.expr.percent && p.expr.value.equals(100)));
  if (parts.length !== 2 || parts[0].divide || !parts[1].divide) return null;
  const [a, b] = parts.map((p) => p.expr);
  return a.kind === 'var' && b.kind === 'var' ? [a.name, b.name] : null;
}

/** `资金到位率=实际到位资金/计划投入资金×100%`: a definition before the score, in the same clause. */
const DEFINITION = /[^\s,;。，；:：=()（）]{2,24}\s*=\s*[^=,，;；。]+/g;

const isPoints = (e: Expr): boolean => (e.kind === 'var' && isPointsName(e.name)) || (e.kind === 'num' && e.points === true);

const isTerm = (e: Expr): boolean => (e.kind === 'group' ? isTerm(e.inner) : e.kind === 'num' || e.kind === 'var');

function rateOf(whole: Expr): Expr | null {
  const expr = whole.kind === 'group' ? whole.inner : whole;
  const parts = factors(expr);
  const at = parts.findIndex((p) => !p.divide && isPoints(p.expr));
  if (at < 0) return null;
  const rest = parts.filter((_, i) => i !== at);
  if (rest.length && rest[0].divide) rest.unshift({ divide: false, expr: { kind: 'num', value: new D(1), percent: false } });
  return product(rest);
}

function fullWithoutFigures(clause: string): boolean {
  const o = findOutcome(clause);
  return o !== null && o.outcome.kind === 'share' && o.outcome.share.equals(1) && !parseCondition(clause) && !saysHowToScore(without(clause, [[o.start, o.end]]));
}

/**
 * A clause that opens with a rate times the points (`执行率*该指标分值…`), and what follows it. A quotient
 * there (`实际值B/目标值A×分值`) compares the row's actual with its target: the proportional family's.
 */
function bareScore(clause: string, labels: readonly string[]): { expr: Expr; rest: string } | null {
  const src = arithmeticOf(labelKey(clause));
  const parsed = parseExpressionPrefix(src, labels);
  if (!parsed || rateOf(parsed.expr)?.kind !== 'var') return null;
  return { expr: parsed.expr, rest: src.slice(parsed.length) };
}

export const formula: Family<FormulaRule> = {
  name: 'formula',
  recognise(text, labels) {
    let rule: FormulaRule | null = null;
    const read = new Set<number>();
    const stumbled: string[] = [];
    const defs = definitionsIn(text.text, labels);
    text.clauses.forEach((clause, i) => {
      const m = SCORE_IS.exec(clause);
      const bare = m ? null : bareScore(clause, labels);
      if (bare && rule !== null) {
        // A second way of scoring after the first (`执行率×分值；完成率×分值`): which one holds is a judgement.
        stumbled.push(clause);
      } else if (bare) {
        // `执行率*该指标分值，最高不得超过分值上限`: the arithmetic alone, only a cap after it.
        rule = { expr: substitute(bare.expr, defs), rate: rateOf(bare.expr) };
        if (onlyCapped(bare.rest)) read.add(i);
        else stumbled.push(clause);
      } else if (m && rule === null) {
        const src = arithmeticOf(labelKey(clause.slice(m.index + m[0].length)));
        const parsed = parseExpressionPrefix(src, labels);
        // `计算得分（满分10分）` is a remark in brackets: a lone name or figure is no arithmetic.
        if (!parsed || isTerm(parsed.expr)) return;
        // A name the rule defines before (`资金到位率=…，得分=资金到位率×分值`) is computed by its definition.
        const expr = substitute(parsed.expr, defs);
        rule = { expr, rate: rateOf(expr) };
        const rest = src.slice(parsed.length);
        // Before the score in its clause: its definitions, or words that do not score (`酌情扣分，得分=…` do).
        const lead = clause.slice(0, m.index).replace(DEFINITION, '').replace(LEAD_IN, '');
        if (onlyCapped(rest) && !saysHowToScore(lead)) read.add(i);
        else stumbled.push(clause);
      } else if (CAPPED.test(clause) || fullWithoutFigures(clause)) {
        // `…大于…得满分`: the cap; `若实施方案没有该项建设任务的，不扣分`: the case with nothing to score.
        read.add(i);
      }
    });
    return rule ? { rule, read, stumbled } : null;
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

    // `3/4` for a rate that is one count over another (`达到预期值的指标个数/全部指标个数`): the two counts.
    const counts = rule.rate && ctx.actual.kind === 'text' ? COUNTS.exec(ctx.actual.text.replace(/\s/g, '')) : null;
    const names = rule.rate ? quotientNames(rule.rate) : null;
    if (counts && names) {
      const given = new Map([[names[0], new D(counts[1])], [names[1], new D(counts[2])]]);
      const byCount = (name: string) => (isPointsName(name) ? points : given.get(name));
      const result = evaluate(rule.expr, byCount);
      if (result.kind === 'divide-by-zero') return divisionByZero(ctx, rule.expr, names[1]);
      if (result.kind === 'value') return finish(result.value, (s) => `${render(rule.expr, byCount)}=${s}`);
    }
    if (rule.rate && ctx.actual.kind !== 'empty') {
      const own = actualPercent(ctx, ctx.m.actualValue);
      if (isFail(own)) return own;
      if (!isFail(data) && ctx.actualCell) {
        const computed = evaluate(rule.rate, valueOf);
        if (computed.kind === 'value' && !round2(computed.value.times(100)).equals(round2(own))) {
          ctx.warn.inputDisagrees(ctx.actualCell, formatPercent(own), formatPercent(round2(computed.value.times(100))), render(rule.rate, valueOf));
        }
      }
      const raw = points.times(own).div(100);
      return finish(raw, (s) => `${ctx.m.actualRate(formatPercent(own))}${formatDecimal(points)}×${formatPercent(own)}=${s}`);
    }
    if (isFail(data)) return data;
    const result = evaluate(rule.expr, valueOf);
    if (result.kind === 'divide-by-zero') return divisionByZero(ctx, rule.expr, result.divisor);
    if (result.kind === 'missing') return ctx.fail.missingLabels(result.missing);
    return finish(result.value, (s) => `${render(rule.expr, valueOf)}=${s}`);
  },

  // Arithmetic on figures: anything from 0 to the points.
  gives: () => ANY_SCORE,
};
