// Family «steps»: a threshold, then a deduction for each complete step of shortfall or excess —
// `达到95%以上得满分。相较95%,每降低5个百分点扣1分,直至扣完`, `≦100%，计5分；每超过一个百分点扣0.5分`,
// `100%计满分，每低于5%扣2分`, `实际完成情况与计划每相差3%，扣1分`. Only complete steps count, as
// written and as offices apply them: 93% against 95% in steps of 5 is no step; 89.99% is one.
// A closing band (`低于60%不得分`) ends the steps at zero.
import { D, clamp, formatDecimal, formatPercent, ZERO, type Dec } from '../numbers';
import type { Family, Outcome } from './context';
import { holds, parseCondition, type Condition } from './condition';
import type { Expr } from './expression';
import { definitionIn, isFail, measuredRate } from './inputs';
import { findOutcome } from './outcome';
import { anyOf, BASE_WORDS, CAP, capIn, DEDUCT, NUMBER, plainNumber, STEP_WORD, stepDirectionOf, TO_ZERO, type StepDirection } from './phrases';
import { onlySubjectLeft, without } from './ruleText';

export interface StepsRule {
  readonly base: Dec;
  readonly step: Dec;
  readonly perStep: Dec;
  readonly direction: StepDirection;
  readonly cap: Dec | null;
  /** A band that gives no points at all (`低于60%不得分`), checked before the steps. */
  readonly cutoff: Condition | null;
  readonly definition: Expr | null;
}

const STEP = new RegExp(String.raw`每\s*(${STEP_WORD})\s*(${NUMBER})\s*(?:个)?\s*(?:百分点|%)\s*[,，]?\s*(?:的)?\s*(?:,|，)?\s*${DEDUCT}`);
const EXPLICIT_BASE = new RegExp(String.raw`(?:${anyOf(BASE_WORDS)})\s*(${NUMBER})\s*%?\s*(?:为标准|为基准|为基数|为准)?`);
const CAP_RE = new RegExp(CAP);
const TO_ZERO_RE = new RegExp(anyOf(TO_ZERO));
/** `100%计满分`: a bare figure that gives full marks. */
const BARE_FULL = new RegExp(String.raw`^\s*(${NUMBER})\s*%\s*[,，]?\s*(?:计满分|得满分|满分|不扣分)`);


/** What one comma-separated piece of a steps rule says besides the step itself. */
interface Piece {
  base?: Dec;
  cutoff?: Condition;
  /** Whether it said anything of the rule's (a base, a cut-off, a cap). */
  used: boolean;
  /** Whether nothing is left over but the subject. */
  whole: boolean;
}

/** Words naming what the steps are counted against, which say nothing more. */
const AGAINST = /与计划|与目标值?|与预算|与年初目标|实际完成情况|完成情况|实际完成值/g;

function readPiece(piece: string, pending: Condition | null): Piece & { pending: Condition | null } {
  let rest = piece;
  let used = false;
  const out: Piece = { used: false, whole: true };
  const strip = (re: RegExp) => {
    const before = rest;
    rest = rest.replace(re, '');
    if (rest !== before) used = true;
  };
  strip(new RegExp(TO_ZERO_RE.source, 'g'));
  strip(new RegExp(CAP_RE.source, 'g'));
  const explicit = EXPLICIT_BASE.exec(rest);
  const bare = BARE_FULL.exec(rest);
  const when = parseCondition(rest);
  if (explicit && (!when || explicit.index <= when.start)) {
    out.base = new D(plainNumber(explicit[1]));
    rest = without(rest, [[explicit.index, explicit.index + explicit[0].length]]);
    used = true;
  } else if (bare) {
    out.base = new D(plainNumber(bare[1]));
    rest = without(rest, [[bare.index, bare.index + bare[0].length]]);
    used = true;
  } else if (when || pending) {
    // A condition and what it gives, in this piece or in the next (`≤100%，计5分`).
    const cond = (when ?? pending)!;
    const from = when ? when.end : 0;
    const then = findOutcome(rest.slice(from), true);
    const spans: [number, number][] = when ? [[when.start, when.end]] : [];
    if (then) {
      const o = then.outcome;
      if (o.kind === 'points' && o.points.isZero()) out.cutoff = cond;
      else if (o.kind === 'minus') return { used: true, whole: false, pending: null };
      else out.base = (cond.low ?? cond.high)!.value;
      spans.push([from + then.start, from + then.end]);
    } else if (!when) {
      return { ...out, used, whole: onlySubjectLeft(rest.replace(AGAINST, '')), pending: null };
    }
    rest = without(rest, spans);
    used = true;
    if (!then) return { ...out, used, whole: onlySubjectLeft(rest.replace(AGAINST, '')), pending: when };
  }
  return { ...out, used, whole: onlySubjectLeft(rest.replace(AGAINST, '')), pending: null };
}

export const steps: Family<StepsRule> = {
  name: 'steps',
  recognise(text, labels) {
    const at = text.clauses.findIndex((c) => STEP.test(c));
    if (at < 0) return null;
    const m = STEP.exec(text.clauses[at])!;
    const step = new D(plainNumber(m[2]));
    if (step.isZero()) return null;
    const read = new Set<number>();
    const stumbled: string[] = [];
    let base: Dec | null = null;
    let cutoff: Condition | null = null;
    text.clauses.forEach((clause, i) => {
      const body = i === at ? `${clause.slice(0, m.index)},${clause.slice(m.index + m[0].length)}` : clause;
      let used = i === at;
      let whole = true;
      let pending: Condition | null = null;
      for (const piece of body.split(/[,，]/).map((p) => p.trim()).filter((p) => p !== '')) {
        const p = readPiece(piece, pending);
        if (p.base && base === null) base = p.base;
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
    return {
      rule: {
        base: base ?? new D(100),
        step,
        perStep: new D(plainNumber(m[3])),
        direction: stepDirectionOf(m[1]),
        cap: capIn(text.text),
        cutoff,
        definition: definitionIn(text.text, labels),
      },
      read,
      stumbled,
    };
  },

  score(rule, ctx): Outcome {
    const rate = measuredRate(ctx, rule.definition, ctx.indicator);
    if (isFail(rate)) return rate;
    const v = rate.percent;
    if (rule.cutoff && holds(rule.cutoff, v)) return { kind: 'scored', score: ZERO, detail: ctx.m.tierMet(rate.shown, rule.cutoff.text, ctx.m.outcomeNone) };
    const diff = rule.direction === 'short' ? rule.base.minus(v) : rule.direction === 'over' ? v.minus(rule.base) : v.minus(rule.base).abs();
    const base = formatPercent(rule.base);
    if (diff.lessThanOrEqualTo(0)) return { kind: 'scored', score: ctx.points, detail: ctx.m.stepsNone(rate.shown, base) };
    const count = diff.div(rule.step).floor();
    let deduction = count.times(rule.perStep);
    if (rule.cap) deduction = D.min(deduction, rule.cap);
    const say = rule.direction === 'short' ? ctx.m.stepsShort : rule.direction === 'over' ? ctx.m.stepsOver : ctx.m.stepsApart;
    const detail = say(rate.shown, base, formatDecimal(diff), formatDecimal(rule.step), formatDecimal(rule.perStep), count.toNumber());
    return { kind: 'scored', score: clamp(ctx.points.minus(deduction), ZERO, ctx.points), detail: rule.cap ? detail + ctx.m.deductionCap(formatDecimal(rule.cap)) : detail };
  },
};
