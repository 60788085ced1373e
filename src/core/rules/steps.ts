// Family «steps»: a threshold, then a deduction for each complete step of shortfall or excess —
// `达到95%以上得满分。相较95%,每降低5个百分点扣1分,直至扣完`, `≦100%，计5分；每超过一个百分点扣0.5分`,
// `100%计满分，每低于5%扣2分`, `实际完成情况与计划每相差3%，扣1分`, `未完成年度目标任务的,每差1个百分点扣0.25分`,
// `每差1微克/立方米扣0.5分`. Only complete steps count, as written and as offices apply them: 93% against
// 95% in steps of 5 is no step; 89.99% is one. A closing band (`低于60%不得分`) ends the steps at zero.
// Where the rule measures against the target (`与计划`, `未达到年度目标值的`), the row's 年度指标值 is the base.
import { D, clamp, formatDecimal, formatQuantity, ZERO, type Dec } from '../numbers';
import type { Failure, Family, Outcome, RowContext } from './context';
import { countedFrom, holds, parseCondition, type Condition } from './condition';
import type { Expr } from './expression';
import { actualNumber, definitionIn, isFail, measuredRate } from './inputs';
import { findOutcome } from './outcome';
import { anyOf, BASE, CAP, capIn, COUNTERS, plainNumber, findStepDeduction, stepDirectionOf, TO_ZERO, type StepDirection, FIGURE_FULL, AGAINST, MISSED, DESCRIBED, DISCRETION, SUBJECT_BOUND, PERCENT_STEP_UNITS } from './phrases';
import type { Possible } from './possible';
import { onlySubjectLeft, saysHowToScore, without } from './ruleText';
import { parseTarget, targetBound, unstatedReference } from './targetFigure';

export interface StepsRule {
  /** Where full marks stop, or null where the rule measures against the row's own target. */
  readonly base: Dec | null;
  readonly step: Dec;
  /** The step's unit: percentage points (null), or a quantity's unit (`微克/立方米`). */
  readonly unit: string | null;
  readonly perStep: Dec;
  /** `missed`: away from the target the way it can be missed (below a floor, above a ceiling). */
  readonly direction: StepDirection | 'missed';
  readonly cap: Dec | null;
  /** A band that gives no points at all (`低于60%不得分`), checked before the steps. */
  readonly cutoff: Condition | null;
  readonly definition: Expr | null;
}

const EXPLICIT_BASE = new RegExp(BASE);
const CAP_RE = new RegExp(CAP, 'g');
const TO_ZERO_RE = new RegExp(anyOf(TO_ZERO), 'g');

/** What one comma-separated piece of a steps rule says besides the step itself. */
interface Piece {
  readonly base?: Dec;
  readonly cutoff?: Condition;
  /** A condition still waiting for what it gives, in the next piece (`≤100%，计5分`). */
  readonly pending: Condition | null;
  /** Whether it said anything of the rule's (a base, a cut-off, a cap, full marks). */
  readonly used: boolean;
  /** Whether nothing is left over but the subject. */
  readonly whole: boolean;
}

function readPiece(piece: string, pending: Condition | null): Piece {
  let rest = piece;
  let used = false;
  const take = (re: RegExp): boolean => {
    const before = rest;
    rest = rest.replace(re, '');
    used ||= rest !== before;
    return rest !== before;
  };
  const toZero = take(TO_ZERO_RE);
  take(CAP_RE);
  // Whole when only the subject is left: no second condition, and no other way of scoring (`酌情扣分`).
  const finish = (more: Partial<Piece> = {}): Piece => {
    const left = rest.replace(AGAINST, '').replace(SUBJECT_BOUND, '');
    return { pending: null, ...more, used, whole: onlySubjectLeft(left) && !saysHowToScore(left) && !unstatedReference(piece) };
  };

  const explicit = EXPLICIT_BASE.exec(rest);
  const when = parseCondition(rest);
  if (explicit && (!when || explicit.index <= when.start)) {
    rest = without(rest, [[explicit.index, explicit.index + explicit[0].length]]);
    used = true;
    return finish({ base: new D(plainNumber(explicit[1])) });
  }
  const full = FIGURE_FULL.exec(rest);
  if (full && (!when || when.end <= full.index + full[1].length + 1)) {
    // `不低于90%得10分`: the comparison before the figure goes with it.
    const from = when && when.end > full.index ? Math.min(when.start, full.index) : full.index;
    rest = without(rest, [[from, full.index + full[0].length]]);
    used = true;
    return finish({ base: new D(plainNumber(full[1])) });
  }
  if (when || pending) {
    // A condition and what it gives, in this piece or in the next.
    const cond = (when ?? pending)!;
    const from = when ? when.end : 0;
    const then = findOutcome(rest.slice(from), true);
    // A condition waiting for its outcome carries on past a piece that gives none (`低于95%的，…，扣完为止`).
    if (!then && !when) return finish({ pending });
    // `低于80%的扣至0分`: below the figure nothing is left, a cut-off.
    if (!then && toZero) {
      rest = without(rest, [[when!.start, when!.end]]);
      return finish({ cutoff: cond });
    }
    const spans: [number, number][] = when ? [[when.start, when.end]] : [];
    if (then) spans.push([from + then.start, from + then.end]);
    rest = without(rest, spans);
    used = true;
    if (!then) return finish({ pending: cond });
    const o = then.outcome;
    if (o.kind === 'minus') return { pending: null, used, whole: false };
    if (o.kind === 'points' && o.points.isZero()) return finish({ cutoff: cond });
    return finish({ base: (cond.low ?? cond.high)!.value });
  }
  const then = findOutcome(rest);
  if (then?.outcome.kind === 'share' && then.outcome.share.equals(1)) {
    // `在计划时间内完成的，得满分`: the case with nothing to deduct.
    rest = without(rest, [[then.start, then.end]]);
    used = true;
    return finish();
  }
  if (saysHowToScore(rest) && DESCRIBED.test(rest) && !DISCRETION.test(rest)) return { pending: null, used: true, whole: true };
  return finish();
}

export const steps: Family<StepsRule> = {
  name: 'steps',
  recognise(text, labels) {
    // A step counted in items (`每少一项扣0.4分`) is a deduction per item, not a step of difference.
    const at = text.clauses.findIndex((c) => {
      const found = findStepDeduction(c);
      // …but a step of more than one (`每少100人次`) is a step of difference counted in that unit, and so is
      // a step of one from a figure in that unit (`少于2次的，每少1次扣5分`).
      return found !== null && (!COUNTERS.includes(found.unit) || !new D(plainNumber(found.step)).equals(1) || countedFrom(c.slice(0, found.index), found.unit));
    });
    if (at < 0) return null;
    const m = findStepDeduction(text.clauses[at])!;
    const step = new D(plainNumber(m.step));
    if (step.isZero()) return null;
    const read = new Set<number>();
    const stumbled: string[] = [];
    let base: Dec | null = null;
    let cutoff: Condition | null = null;
    text.clauses.forEach((clause, i) => {
      const body = i === at ? `${clause.slice(0, m.index)},${clause.slice(m.index + m.length)}` : clause;
      let used = i === at;
      let whole = true;
      let pending: Condition | null = null;
      for (const piece of body.split(/[,，]/)) {
        const p = readPiece(piece, pending);
        // A second figure that gives points (`低于60%计2分` after `100%计满分`) is a band the steps do not read.
        if (p.base) {
          if (base === null) base = p.base;
          else if (!p.base.equals(base)) whole = false;
        }
        if (p.cutoff) cutoff = p.cutoff;
        pending = p.pending;
        used ||= p.used;
        whole &&= p.whole;
      }
      // A condition left without an outcome (`>0，每超过…`) is where the steps start.
      if (pending && base === null) base = (pending.low ?? pending.high)!.value;
      if (!used) return;
      if (whole) read.add(i);
      else stumbled.push(clause);
    });
    const percent = PERCENT_STEP_UNITS.includes(m.unit);
    const before = text.clauses[at].slice(0, m.index);
    const word = stepDirectionOf(m.direction);
    return {
      rule: {
        // No figure of its own: the row's target when it has one, else 100% (baseOf).
        base,
        step,
        unit: percent ? null : m.unit,
        perStep: new D(plainNumber(m.points)),
        // `未达到95%的，每相差…`, `未完成年度目标的，每相差…`: only a shortfall costs points.
        direction: word === 'apart' && MISSED.test(before) ? 'missed' : word,
        cap: capIn(text.text),
        cutoff,
        definition: definitionIn(text.text, labels),
      },
      read,
      stumbled,
    };
  },

  score(rule, ctx): Outcome {
    const figure = measured(rule, ctx);
    if (isFail(figure)) return figure;
    const v = figure.value;
    if (rule.cutoff && holds(rule.cutoff, v)) return { kind: 'scored', score: ZERO, detail: ctx.m.tierMet(figure.shown, rule.cutoff.text, ctx.m.outcomeNone) };
    const against = baseOf(rule, ctx);
    if (isFail(against)) return against;
    const direction = rule.direction === 'missed' ? (against.ceiling ? 'over' : 'short') : rule.direction;
    const diff = direction === 'short' ? against.value.minus(v) : direction === 'over' ? v.minus(against.value) : v.minus(against.value).abs();
    const base = rule.unit === null ? `${formatDecimal(against.value)}%` : `${formatDecimal(against.value)}${rule.unit}`;
    if (diff.lessThanOrEqualTo(0)) return { kind: 'scored', score: ctx.points, detail: ctx.m.stepsNone(figure.shown, base) };
    const count = diff.div(rule.step).floor();
    const uncapped = count.times(rule.perStep);
    const capped = rule.cap !== null && uncapped.greaterThan(rule.cap);
    const deduction = capped ? rule.cap! : uncapped;
    const say = direction === 'short' ? ctx.m.stepsShort : direction === 'over' ? ctx.m.stepsOver : ctx.m.stepsApart;
    const inUnit = (d: Dec) => (rule.unit === null ? ctx.m.percentagePoints(formatDecimal(d)) : `${formatDecimal(d)}${rule.unit}`);
    const detail = say(figure.shown, base, inUnit(diff), inUnit(rule.step), formatDecimal(rule.perStep), count.toNumber());
    return { kind: 'scored', score: clamp(ctx.points.minus(deduction), ZERO, ctx.points), detail: capped ? detail + ctx.m.deductionCap(formatDecimal(rule.cap!)) : detail };
  },

  // Whole steps off the points, within the cap; a cut-off band gives nothing.
  gives: (rule): Possible => ({ kind: 'deductions', parts: [{ rate: rule.perStep, cap: null }], cap: rule.cap, zero: rule.cutoff !== null }),
};

/** The figure the steps are counted on: a rate rounded to two decimals, or a quantity in the step's unit. */
function measured(rule: StepsRule, ctx: RowContext): { value: Dec; shown: string } | Failure {
  if (rule.unit === null) {
    const rate = measuredRate(ctx, rule.definition, ctx.indicator);
    return isFail(rate) ? rate : { value: rate.percent, shown: rate.shown };
  }
  const q = actualNumber(ctx, ctx.m.actualValue);
  if (isFail(q)) return q;
  if (q.unit !== null && q.unit !== rule.unit) return ctx.fail.stepUnitMismatch(formatQuantity(q), `${formatDecimal(rule.step)}${rule.unit}`);
  return { value: q.value, shown: formatQuantity(q) };
}

/** Where the steps start: the rule's own figure, else the row's target (else 100% for percentage steps). */
function baseOf(rule: StepsRule, ctx: RowContext): { value: Dec; ceiling: boolean } | Failure {
  if (rule.base !== null) return { value: rule.base, ceiling: false };
  const target = parseTarget(ctx.targetText);
  if (target) {
    const { bound, ceiling } = targetBound(target, ctx.indicator);
    return { value: bound.value, ceiling };
  }
  if (rule.unit === null) return { value: new D(100), ceiling: false };
  return ctx.fail.missingTarget();
}
