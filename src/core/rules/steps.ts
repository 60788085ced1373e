// Family «steps»: a threshold, then a deduction for each complete step of shortfall or excess —
// `达到95%以上得满分。相较95%,每降低5个百分点扣1分,直至扣完`, `≦100%，计5分；每超过一个百分点扣0.5分`,
// `100%计满分，每低于5%扣2分`, `实际完成情况与计划每相差3%，扣1分`. Only complete steps count, as
// written and as offices apply them: 93% against 95% in steps of 5 is no step; 89.99% is one.
import { D, clamp, formatDecimal, formatPercent, ZERO, type Dec } from '../numbers';
import { normalizeText, parseSmallInteger, SMALL_INTEGER } from '../text';
import type { Family, Outcome } from './context';
import type { Expr } from './expression';
import { isFail, measuredRate } from './inputs';
import { definitionIn } from './tiers';
import { deductionCap } from './perItem';

type Direction = 'short' | 'over' | 'apart';

export interface StepsRule {
  readonly base: Dec;
  readonly step: Dec;
  readonly perStep: Dec;
  readonly direction: Direction;
  readonly cap: Dec | null;
  readonly definition: Expr | null;
}

const STEP = new RegExp(
  `每\\s*(降低|下降|低于|低|减少|少|超过|超出|高于|多|相差|偏离|偏差)\\s*(${SMALL_INTEGER}|\\d+(?:\\.\\d+)?)\\s*(?:个)?\\s*(百分点|%)\\s*[,，]?\\s*(?:的)?\\s*扣\\s*(\\d+(?:\\.\\d+)?)\\s*分`,
);

function directionOf(word: string): Direction {
  if (/超|高|多/.test(word)) return 'over';
  if (/差|偏/.test(word)) return 'apart';
  return 'short';
}

/** Where full marks stop: `相较95%`, `以100%为标准`, `达到95%以上得满分`, `≦100%，计5分`, `100%计满分`. */
function findBase(text: string): Dec {
  const explicit = /(?:相较|相比|较|以)\s*(\d+(?:\.\d+)?)\s*%?\s*(?:为标准|为基准)?/.exec(text);
  if (explicit) return new D(explicit[1]);
  const full = /(?:[≥≤<>=]|达到|达|不低于|不超过)?\s*(\d+(?:\.\d+)?)\s*%?\s*(?:\((?:含)\))?\s*(?:以上|以下)?\s*[,，]?\s*(?:得满分|计满分|满分|不扣分|计\s*\d+(?:\.\d+)?\s*分|得\s*\d+(?:\.\d+)?\s*分)/.exec(text);
  if (full) return new D(full[1]);
  return new D(100);
}

export const steps: Family<StepsRule> = {
  name: 'steps',
  recognise(text, labels) {
    const t = normalizeText(text);
    const m = STEP.exec(t);
    if (!m) return null;
    const stepSize = parseSmallInteger(m[2]) ?? Number.NaN;
    const step = Number.isNaN(stepSize) ? new D(m[2]) : new D(stepSize);
    if (step.isZero()) return null;
    return {
      base: findBase(t.slice(0, m.index) || t),
      step,
      perStep: new D(m[4]),
      direction: directionOf(m[1]),
      cap: deductionCap(t),
      definition: definitionIn(t, labels),
    };
  },

  score(rule, ctx): Outcome {
    const rate = measuredRate(ctx, rule.definition, ctx.indicator);
    if (isFail(rate)) return rate;
    const v = rate.percent;
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
