// Families «rate-tiers» (`达96%以上,不扣分;达92%以上,按80%打分;…未达到88%,不得分`) and «range-tiers»
// (`≥90%，计5分；80%（含）-90%，计4分；…低于60%不得分`): ordered bands on a figure; the first band the
// figure falls in gives its outcome. Rates are compared after rounding to two decimals. A band may be
// written over two commas (`≥90%，计5分`) or close the list without a figure (`否则不得分`).
import { clamp, formatDecimal, formatQuantity, ZERO, type Dec } from '../numbers';
import type { Family, Failure, Outcome, RowContext } from './context';
import { boundFor, holds, parseCondition, type Condition } from './condition';
import type { Expr } from './expression';
import { actualNumber, definitionIn, isFail, measuredRate } from './inputs';
import { describeOutcome, findOutcome, pointsFor, type CaseOutcome } from './outcome';
import { boundOf, type BoundKind, OTHERWISE, EACH, VS_TARGET } from './phrases';
import { outcomes, type Possible } from './possible';
import { onlySubjectLeft, without, type RuleReading, type RuleText } from './ruleText';
import { parseTarget, targetBound } from './targetFigure';

/** `小于或等于年度目标值`, `达到年度目标值`: a bound on the row's own target rather than a figure of the rule's. */
export interface VsTarget {
  readonly relation: BoundKind;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface Band {
  /** Null for the closing band that takes every figure no other band took (`否则不得分`). */
  readonly when: Condition | VsTarget | null;
  readonly then: CaseOutcome;
  /** The closing band's words (`未达要求的`), for explanations. */
  readonly otherwise?: string;
}

export interface TiersRule {
  readonly bands: readonly Band[];
  /** How the rate is computed from 基础数据 when the row gives none. */
  readonly definition: Expr | null;
}


const isVsTarget = (w: Band['when']): w is VsTarget => w !== null && 'relation' in w;

function conditionIn(segment: string): Condition | VsTarget | null {
  const figure = parseCondition(segment);
  if (figure) return figure;
  const m = VS_TARGET.exec(segment);
  return m ? { relation: boundOf(m[1])!, text: m[0], start: m.index, end: m.index + m[0].length } : null;
}

function bandsOf(clause: string): { bands: Band[]; whole: boolean } | null {
  // A step (`每降低1%扣1分`) is counted, not banded.
  if (EACH.test(clause)) return null;
  const bands: Band[] = [];
  let pending: { when: Condition | VsTarget; rest: string } | null = null;
  let prose = ''; // words since the last band
  let leftover = ''; // what the bands left unread
  for (const seg of clause.split(/[,，]/)) {
    const when = conditionIn(seg);
    const after = when ? seg.slice(when.end) : seg;
    const closing = OTHERWISE.exec((prose + seg).trim());
    // Bare points (`5分`) are an outcome where a band is being read: after its condition, or in the closing band (`其余1分`).
    const then = findOutcome(after, when !== null || pending !== null || closing !== null);
    if (when && then) {
      bands.push({ when, then: then.outcome });
      leftover += prose + without(seg, [[when.start, when.end], [then.start + when.end, then.end + when.end]]);
      pending = null;
    } else if (when) {
      if (pending) return null; // two conditions and no outcome between them
      pending = { when, rest: prose + without(seg, [[when.start, when.end]]) };
    } else if (then && pending) {
      bands.push({ when: pending.when, then: then.outcome });
      leftover += pending.rest + prose + without(seg, [[then.start, then.end]]);
      pending = null;
    } else if (then && closing) {
      bands.push({ when: null, then: then.outcome, otherwise: closing[0].replace(/[,，]$/, '') });
      leftover += (prose + without(seg, [[then.start, then.end]])).trim().replace(OTHERWISE, '');
    } else if (then) {
      return bands.length ? { bands, whole: false } : null;
    } else {
      prose += seg;
      continue;
    }
    prose = '';
  }
  if (bands.length === 0) return null;
  return { bands, whole: pending === null && onlySubjectLeft(leftover + prose) };
}

function read(text: RuleText, labels: readonly string[]): RuleReading<TiersRule> | null {
  const bands: Band[] = [];
  const readSet = new Set<number>();
  const stumbled: string[] = [];
  text.clauses.forEach((clause, i) => {
    const found = bandsOf(clause);
    if (!found) return;
    bands.push(...found.bands);
    if (found.whole) readSet.add(i);
    else stumbled.push(clause);
  });
  if (bands.length < 2 || bands.slice(0, -1).some((b) => b.when === null)) return null;
  return { rule: { bands, definition: definitionIn(text.text, labels) }, read: readSet, stumbled };
}

const allWorded = (rule: TiersRule) => rule.bands.every((b) => b.when === null || isVsTarget(b.when) || b.when.worded);

/** Each band's outcome; and nothing, for a figure in no band, unless a closing band takes every other figure. */
function bandsGive(rule: TiersRule, points: Dec): Possible {
  const closed = rule.bands[rule.bands.length - 1].when === null;
  return outcomes([...rule.bands.map((b) => pointsFor(b.then, points)), ...(closed ? [] : [ZERO])]);
}

export const rateTiers: Family<TiersRule> = {
  name: 'rate-tiers',
  recognise(text, labels) {
    const r = read(text, labels);
    return r && allWorded(r.rule) ? r : null;
  },
  score: (rule, ctx) => scoreBands(rule, ctx),
  gives: bandsGive,
};

export const rangeTiers: Family<TiersRule> = {
  name: 'range-tiers',
  recognise(text, labels) {
    const r = read(text, labels);
    return r && !allWorded(r.rule) ? r : null;
  },
  score: (rule, ctx) => scoreBands(rule, ctx),
  gives: bandsGive,
};

/** The bands' conditions as figures: a bound on the target becomes one on the row's 年度指标值. */
type Resolved = { readonly when: Condition | null; readonly then: CaseOutcome; readonly otherwise?: string };

function resolved(rule: TiersRule, ctx: RowContext): Resolved[] | Failure {
  if (!rule.bands.some((b) => isVsTarget(b.when))) return rule.bands as Resolved[];
  const target = parseTarget(ctx.targetText);
  if (!target) return ctx.fail.missingTarget();
  const t = target.condition;
  const figure = { value: targetBound(target, ctx.indicator).bound.value, percent: t.percent, unit: t.unit };
  const shown = `${formatDecimal(figure.value)}${t.percent ? '%' : t.unit ?? ''}`;
  return rule.bands.map((b) =>
    isVsTarget(b.when)
      ? { when: { ...boundFor(b.when.relation, figure.value), unit: t.unit, percent: t.percent, text: `${b.when.text}(${shown})`, worded: true, start: b.when.start, end: b.when.end }, then: b.then }
      : { when: b.when, then: b.then, otherwise: b.otherwise },
  );
}

/** The figure the bands are on: a rate (rounded to two decimals), or a count or amount with its unit. */
function measured(bands: readonly { when: Condition | null }[], definition: Expr | null, ctx: RowContext): { value: Dec; shown: string } | Failure {
  const onRate = bands.some((b) => b.when?.percent) || definition !== null;
  const mismatch = (shown: string) => ctx.fail.bandUnitMismatch(shown, bands.find((b) => b.when)?.when?.text ?? '');
  // Bands written as fractions (`≥0.9得5分，0.8-0.9得3分`) against a percentage: 85% is not ≥ 0.9 in
  // any reading a person would take; a person must write both the same way.
  if (onRate) {
    const rate = measuredRate(ctx, definition, ctx.indicator);
    if (isFail(rate)) return rate;
    return fractionBands(bands) ? mismatch(rate.shown) : { value: rate.percent, shown: rate.shown };
  }
  const q = actualNumber(ctx, ctx.m.actualValue);
  if (isFail(q)) return q;
  if (q.percent && fractionBands(bands)) return mismatch(formatQuantity(q));
  const unit = bands.find((b) => b.when?.unit)?.when?.unit ?? null;
  // A percentage against bands in 万元 or 项 compares nothing, as does another unit.
  if (unit !== null && (q.percent || (q.unit !== null && q.unit !== unit))) return mismatch(formatQuantity(q));
  return { value: q.value, shown: formatQuantity(q) };
}

/** Every band's figures plain, none above 1, and some between 0 and 1: fractions, not percent. */
function fractionBands(bands: readonly { when: Condition | null }[]): boolean {
  const figures = bands.flatMap((b) => (b.when ? [b.when.low, b.when.high] : [])).flatMap((bound) => (bound ? [bound.value] : []));
  const plain = bands.every((b) => b.when === null || (!b.when.percent && b.when.unit === null));
  return plain && figures.every((v) => v.lessThanOrEqualTo(1)) && figures.some((v) => !v.isInteger());
}

function scoreBands(rule: TiersRule, ctx: RowContext): Outcome {
  const bands = resolved(rule, ctx);
  if (isFail(bands)) return bands;
  const figure = measured(bands, rule.definition, ctx);
  if (isFail(figure)) return figure;
  const band = bands.find((b) => b.when === null || holds(b.when, figure.value));
  if (!band) return { kind: 'scored', score: ZERO, detail: ctx.m.noBandMet(figure.shown) };
  return {
    kind: 'scored',
    score: clamp(pointsFor(band.then, ctx.points), ZERO, ctx.points),
    detail: ctx.m.tierMet(figure.shown, band.when ? band.when.text : band.otherwise ?? ctx.m.otherwise, describeOutcome(ctx.m, band.then)),
  };
}
