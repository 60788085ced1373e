// Family «target»: a quantitative KPI whose target is a figure — `≥90%`, `不少于150项`, `100%`, `≤5天`,
// `培训合格率达100%`. Met gives full points; else points × actual/target (for a ceiling, target/actual).
// A bare figure takes its direction from what the indicator measures: `预算调整率 3%` is at most 3%,
// `任务完成率 100%` at least 100% (SPEC §3); the explanation says which reading was taken.
import { D, clamp, formatDecimal, formatQuantity, round2, ZERO, type Dec, type Quantity } from '../numbers';
import { normalizeText } from '../text';
import { digitsForNumerals } from '../numerals';
import type { Family, Failure, Outcome, RowContext } from './context';
import { isCeiling, parseCondition, signed, type Condition } from './condition';
import { actualNumber, checkRate, isFail } from './inputs';
import { CHANGE_RATE, LOWER_MEASURE, LOWER_RATE, NUMBER, ON_TIME, plainNumber, TAIL, TAILS } from './phrases';
import { ANY_SCORE } from './possible';

export interface TargetRule {
  readonly condition: Condition;
  /** Whether the text says which way the target points (≥, 不少于, 以内 …); a bare figure does not. */
  readonly stated: boolean;
  /** The figure with its mark, `90%`, `150项`. */
  readonly figure: string;
  /** The target as a bound, `≥90%`, for explanations. */
  readonly shown: string;
}

/** A figure read with a tail for its unit (`2天以内`): a bound, not a unit of its own. */
const UNIT_WITH_TAIL = new RegExp(`${TAIL}$`);
const FIGURES = new RegExp(String.raw`[-+]?${NUMBER}\s*(?:%|‰)?`, 'g');
/** A numbered list (`1、…; 2、…`, `①…②`) states several targets: qualitative, not one figure. */
const LIST = /(^|[;；\s,，。])\s*[1-9]\s*(?:[、)]|[.．](?!\d))|[①②③④⑤⑥⑦⑧⑨⑩]/;
const BARE = new RegExp(String.raw`([-+]?${NUMBER})\s*(%|‰|百分比)?\s*([\u4e00-\u9fa5A-Za-z/²]{0,4})`);
/**
 * After a figure, a unit the condition model does not list and a tail word: `100家次以上`, `50名学员以上`.
 * The tail says the direction, as it does after a listed unit (`10个以上`).
 */
const UNLISTED_UNIT_TAIL = new RegExp(String.raw`^([\u4e00-\u9fa5A-Za-z/²]{1,6}?)\s*(${[...TAILS.min, ...TAILS.max].join('|')})`);

/** Reads a target figure with its comparison; null when the text is not a single figure. */
export function parseTarget(text: string): TargetRule | null {
  const t = digitsForNumerals(normalizeText(text)).trim();
  if (LIST.test(t)) return null;
  const figures = t.match(FIGURES) ?? [];
  if (figures.length !== 1) return null;
  // `=100%` only says what the figure is, like a bare `100%`: its direction comes from the indicator.
  const written = parseCondition(t);
  const stated = written && !(written.low && written.high && written.low.value.equals(written.high.value)) ? written : null;
  let condition: Condition;
  let tail: RegExpExecArray | null = null;
  if (stated) {
    condition = stated;
  } else {
    const m = BARE.exec(t)!;
    const value = m[2] === '‰' ? new D(plainNumber(m[1])).div(10) : new D(plainNumber(m[1]));
    const percent = m[2] !== undefined;
    const start = m.index;
    const figureEnd = start + m[0].length - m[3].length;
    tail = UNLISTED_UNIT_TAIL.exec(t.slice(figureEnd));
    const unit = (tail ? tail[1] : m[3].replace(/^(以上|以下|以内|及以上|及以下)$/, '')) || null;
    const end = tail ? figureEnd + tail[0].length : start + m[0].length;
    // A bare zero (`0起`) can only be a ceiling.
    const atMost = tail ? TAILS.max.includes(tail[2]) : value.isZero();
    const bound = { value, inclusive: true };
    const span = { unit, percent, text: t.slice(start, end).trim(), worded: false, start, end };
    condition = atMost ? { low: null, high: bound, ...span } : { low: bound, high: null, ...span };
  }
  const before = t.slice(0, condition.start);
  const after = t.slice(condition.end);
  // Prose around the figure is fine (`培训合格率达100%`); a sentence with an incidental number is not.
  if (before.replace(/[≥≤<>=]/g, '').length > 24 || after.replace(/以上|以下|以内/g, '').length > 6) return null;
  // Points (`(3分)`) are what a criterion is worth, never a target.
  if (condition.unit === '分' || /^\s*分/.test(t.slice(condition.end))) return null;
  const bound = (condition.low ?? condition.high)!;
  const figure = `${formatDecimal(bound.value)}${condition.percent ? '%' : condition.unit ?? ''}`;
  return { condition, stated: stated !== null || tail !== null || bound.value.isZero(), figure, shown: signed(condition) };
}

/** Whether lower is better for what the indicator measures (`预算调整率`, `办理时限`, `单位成本`). */
export function lowerIsBetter(indicator: string): boolean {
  const name = indicator.replace(/\s/g, '');
  if (/[率度]$/.test(name)) return LOWER_RATE.test(name);
  return LOWER_MEASURE.test(name);
}

/** 万/亿 before a unit is a multiplier: `200万` and `2000000` are the same number of users. */
function scaled(q: { value: Dec; unit: string | null }): { value: Dec; unit: string | null } {
  const m = /^(万|亿)(.*)/.exec(q.unit ?? '');
  if (!m) return q;
  return { value: q.value.times(m[1] === '万' ? 10000 : 100000000), unit: m[2] === '' ? null : m[2] };
}

export const target: Family<TargetRule> = {
  name: 'target',
  recognise(text) {
    const rule = parseTarget(text.source);
    return rule ? { rule, read: new Set(text.clauses.map((_, i) => i)), stumbled: [] } : null;
  },
  score(rule, ctx): Outcome {
    const c = rule.condition;
    const ceiling = rule.stated ? isCeiling(c) : lowerIsBetter(ctx.indicator);
    const shown = rule.stated ? rule.shown : `${ceiling ? '≤' : '≥'}${rule.figure}`;
    const reading = rule.stated ? '' : ctx.m.bareTarget(rule.figure, ceiling);
    const bounded = boundedActual(rule, ctx, ceiling, shown);
    if (bounded) return bounded.kind === 'scored' ? { ...bounded, detail: reading + bounded.detail } : bounded;
    // `按时完成`: the target reached, in words (other verdicts read as qualitative before any rule).
    const said = ctx.actual.kind === 'text' ? ctx.actual.text.replace(/\s/g, '') : null;
    if (said !== null && ON_TIME.test(said)) return { kind: 'scored', score: ctx.points, detail: reading + ctx.m.targetMet(said, shown) };
    const actual = readActual(rule, ctx);
    if (isFail(actual)) return actual;
    const written = { value: (c.low ?? c.high)!.value, unit: c.unit };
    // 万/亿 matter only when both figures carry a unit; a bare 32 against 30万元 is 32 against 30.
    const [a, t] = actual.unit !== null && c.unit !== null ? [scaled(actual), scaled(written)] : [actual, written];
    // A percentage is no count: `95%` against `1项` (or `20项` against `≥95%`) compares nothing.
    const mixed = (actual.percent && c.unit !== null) || (c.percent && actual.unit !== null);
    if (mixed || (a.unit !== null && t.unit !== null && a.unit !== t.unit)) return ctx.fail.unitMismatch(formatQuantity(actual), rule.shown);
    if (!c.percent && a.value.isNegative() && !CHANGE_RATE.test(ctx.indicator)) return ctx.fail.negativeCount(formatQuantity(actual));
    const bound = (c.low ?? c.high)!;
    const strict = !bound.inclusive;
    const got = formatQuantity(actual);
    const met = ceiling ? (strict ? a.value.lessThan(t.value) : a.value.lessThanOrEqualTo(t.value)) : strict ? a.value.greaterThan(t.value) : a.value.greaterThanOrEqualTo(t.value);
    if (met) return { kind: 'scored', score: ctx.points, detail: reading + ctx.m.targetMet(got, shown) };
    const [num, den] = ceiling ? [t.value, a.value] : [a.value, t.value];
    if (den.lessThanOrEqualTo(0)) return { kind: 'scored', score: ZERO, detail: reading + ctx.m.targetMissed(got, shown, '0') };
    const raw = round2(ctx.points.times(num).div(den));
    const arithmetic = `${formatDecimal(ctx.points)}×${formatDecimal(num)}/${formatDecimal(den)}=${formatDecimal(raw)}`;
    return { kind: 'scored', score: clamp(raw, ZERO, ctx.points), detail: reading + ctx.m.targetMissed(got, shown, arithmetic) };
  },

  // Full marks, or the points in proportion: anything from 0 to them.
  gives: () => ANY_SCORE,
};

/**
 * An actual written as a bound (`≥266米`, `2天以内`), as offices often restate the target: met when the
 * bound itself meets the target the same way; otherwise it says too little, and a person must give the
 * figure. Null when the actual is not written so.
 */
function boundedActual(rule: TargetRule, ctx: RowContext, ceiling: boolean, shown: string): Outcome | null {
  const a = ctx.actual;
  const text = a.kind === 'text' ? a.text : a.kind === 'number' && a.quantity.unit !== null && UNIT_WITH_TAIL.test(a.quantity.unit) ? formatQuantity(a.quantity) : null;
  if (text === null) return null;
  const c = parseCondition(text);
  if (!c || (c.low !== null && c.high !== null) || c.percent !== rule.condition.percent) return null;
  const t = (rule.condition.low ?? rule.condition.high)!.value;
  const same = (c.unit ?? rule.condition.unit) === (rule.condition.unit ?? c.unit);
  const met = same && (ceiling ? c.high !== null && c.high.value.lessThanOrEqualTo(t) : c.low !== null && c.low.value.greaterThanOrEqualTo(t));
  // Stated as written, its figure as a figure (`≥1,000人` is `≥1000人`).
  if (met) return { kind: 'scored', score: ctx.points, detail: ctx.m.targetMet(text.replace(/(\d),(?=\d{3}(?!\d))/g, '$1'), shown) };
  return { kind: 'manual', message: ctx.m.manualBoundActual(ctx.actualCell ?? ctx.scoreCell, text) };
}

function readActual(rule: TargetRule, ctx: RowContext): Quantity | Failure {
  const q = actualNumber(ctx, ctx.m.actualValue);
  if (isFail(q)) return q;
  if (!rule.condition.percent) return q;
  // A percentage target: a plain number is read as percent (90 = 90%).
  if (q.unit !== null) return ctx.fail.unitMismatch(formatQuantity(q), rule.shown);
  const percent = checkRate(ctx, q.value);
  if (isFail(percent)) return percent;
  return { value: percent, percent: true, unit: null };
}
