// The row's target as a figure — `≥90%`, `不少于150项`, `100%`, `≤5天`, `培训合格率达100%` — read once for
// every family that scores or counts from it (target, proportional, tiers, steps, deductions), beside the
// model of a condition it is made of; and which way a bare figure points, from what the indicator measures.
import { D, formatDecimal } from '../numbers';
import { normalizeText } from '../text';
import { digitsForNumerals } from '../numerals';
import { isCeiling, parseCondition, signed, type Bound, type Condition } from './condition';
import { LOWER_MEASURE, LOWER_RATE, NAMED_REFERENCE, NUMBER, plainNumber, TAILS, TARGET_REFERENCE, BARE_FIGURE, LISTED_TARGETS, TAIL_AS_UNIT, TARGET_TAILS, POINTS_UNIT, POINTS_AFTER, RATE_NAME, TAIL } from './phrases';

export interface TargetFigure {
  readonly condition: Condition;
  /** Whether the text says which way the target points (≥, 不少于, 以内 …); a bare figure does not. */
  readonly stated: boolean;
  /** The figure with its mark, `90%`, `150项`. */
  readonly figure: string;
  /** The target as a bound, `≥90%`, for explanations. */
  readonly shown: string;
}

/** A range followed by a tail (`10-15%以内`). */
const ENDS_IN_TAIL = new RegExp(`${TAIL}$`);
const FIGURES = new RegExp(String.raw`[-+]?${NUMBER}\s*(?:%|‰)?`, 'g');
const BARE = new RegExp(BARE_FIGURE);
/**
 * After a figure, a unit the condition model does not list and a tail word: `100家次以上`, `50名学员以上`.
 * The tail says the direction, as it does after a listed unit (`10个以上`).
 */
const UNLISTED_UNIT_TAIL = new RegExp(String.raw`^([\u4e00-\u9fa5A-Za-z/²]{1,6}?)\s*(${[...TAILS.min, ...TAILS.max].join('|')})`);

/** Reads a target figure with its comparison; null when the text is not a single figure. */
export function parseTarget(text: string): TargetFigure | null {
  const t = digitsForNumerals(normalizeText(text)).trim();
  // A numbered list states several targets: qualitative, not one figure.
  if (LISTED_TARGETS.test(t)) return null;
  const figures = t.match(FIGURES) ?? [];
  if (figures.length === 2) return rangeTarget(t);
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
    const unit = (tail ? tail[1] : m[3].replace(TAIL_AS_UNIT, '')) || null;
    const end = tail ? figureEnd + tail[0].length : start + m[0].length;
    // A bare zero (`0起`) can only be a ceiling.
    const atMost = tail ? TAILS.max.includes(tail[2]) : value.isZero();
    const bound = { value, inclusive: true };
    const span = { unit, percent, text: t.slice(start, end).trim(), worded: false, start, end };
    condition = atMost ? { low: null, high: bound, ...span } : { low: bound, high: null, ...span };
  }
  if (!standsAlone(t, condition)) return null;
  const bound = (condition.low ?? condition.high)!;
  const figure = `${formatDecimal(bound.value)}${condition.percent ? '%' : condition.unit ?? ''}`;
  return { condition, stated: stated !== null || tail !== null || bound.value.isZero(), figure, shown: signed(condition) };
}

/**
 * Whether the figure is the text's one target: prose around it is fine (`培训合格率达100%`), a sentence with
 * an incidental number is not; and points (`(3分)`) are what a criterion is worth, never a target.
 */
function standsAlone(t: string, condition: Condition): boolean {
  const before = t.slice(0, condition.start);
  const after = t.slice(condition.end);
  if (before.replace(/[≥≤<>=]/g, '').length > 24 || after.replace(TARGET_TAILS, '').length > 6) return false;
  return condition.unit !== POINTS_UNIT && !POINTS_AFTER.test(after);
}

/**
 * `3-5天`, `90%-95%`: a range written as the target. Both ends are reached as written; which one bounds
 * the actual depends on what the indicator measures (targetBound). A range with a tail (`10-15%以内`)
 * says more than a range, and is not read as one.
 */
function rangeTarget(t: string): TargetFigure | null {
  const c = parseCondition(t);
  if (!c || !c.low || !c.high || !c.low.value.lessThan(c.high.value) || c.absolute || ENDS_IN_TAIL.test(c.text) || !standsAlone(t, c)) return null;
  const condition = { ...c, low: { value: c.low.value, inclusive: true }, high: { value: c.high.value, inclusive: true } };
  return { condition, stated: false, figure: c.text, shown: c.text };
}

/** Whether the target is a range (`3-5天`): two ends, neither stated as the bound. */
export const isRange = (t: TargetFigure): boolean => !t.stated && t.condition.low !== null && t.condition.high !== null;

/**
 * The target's bound and whether it is a ceiling. A stated bound as written (`≥90%`, `5天以内`); a bare
 * figure, or a range, by what the indicator measures: lower is better for a time or a cost, so a range's
 * far end caps it (`办理时限 3-5天`: at most 5天); for anything else its near end is the floor
 * (`培训次数 3-5次`: at least 3次) — the end a person would not hold against the work.
 */
export function targetBound(t: TargetFigure, indicator: string): { readonly bound: Bound; readonly ceiling: boolean } {
  const c = t.condition;
  const ceiling = t.stated ? isCeiling(c) : lowerIsBetter(indicator);
  const bound = isRange(t) ? (ceiling ? c.high! : c.low!) : (c.low ?? c.high)!;
  return { bound, ceiling };
}

/** The target's bound as a figure with its mark: `5天`, `90%`. */
export function boundFigure(t: TargetFigure, bound: Bound): string {
  return `${formatDecimal(bound.value)}${t.condition.percent ? '%' : t.condition.unit ?? ''}`;
}

/** Whether lower is better for what the indicator measures (`预算调整率`, `办理时限`, `单位成本`). */
export function lowerIsBetter(indicator: string): boolean {
  const name = indicator.replace(/\s/g, '');
  if (RATE_NAME.test(name)) return LOWER_RATE.test(name);
  return LOWER_MEASURE.test(name);
}

/** Steps counted from a figure the rule names and does not give (`与本地上年相比`): not guessed at. */
export function unstatedReference(text: string): boolean {
  const m = NAMED_REFERENCE.exec(text);
  return m !== null && !TARGET_REFERENCE.test(m[1] ?? m[2]);
}
