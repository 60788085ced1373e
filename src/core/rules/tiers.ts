// Families «rate-tiers» (`达96%以上,不扣分;达92%以上,按80%打分;…未达到88%,不得分`) and
// «range-tiers» (`≥90%，计5分；80%（含）-90%，计4分；…低于60%不得分`): ordered bands on a rate, the first
// band the rate falls in gives its outcome. Rates are compared after rounding to two decimals.
import { D, clamp, formatDecimal, formatPercent, ZERO, type Dec } from '../numbers';
import { normalizeText } from '../text';
import type { Family, Outcome, RowContext } from './context';
import { parseExpression, type Expr } from './expression';
import { findDefinitions, isFail, measuredRate } from './inputs';
import { holds, parseCondition, type Condition } from './bands';

export type BandOutcome =
  | { readonly kind: 'share'; readonly share: Dec } // 不扣分 = 100%, 按80%打分
  | { readonly kind: 'points'; readonly points: Dec } // 计4分
  | { readonly kind: 'minus'; readonly points: Dec }; // 扣1分

export interface Band {
  readonly when: Condition;
  readonly then: BandOutcome;
}

export interface TiersRule {
  readonly bands: readonly Band[];
  /** How the rate is computed from 基础数据 when the row gives none. */
  readonly definition: Expr | null;
}

function parseOutcome(clause: string): BandOutcome | null {
  if (/不得分|不计分|得0分|计0分|记0分/.test(clause)) return { kind: 'points', points: new D(0) };
  const share = /(?:按|得分系数(?:为)?|按满分的)\s*(\d+(?:\.\d+)?)\s*%\s*(?:打分|计分|记分|得分|计算|折算)?/.exec(clause);
  if (share && /打分|计分|记分|得分|计算|折算|系数|满分的/.test(clause)) return { kind: 'share', share: new D(share[1]).div(100) };
  if (/不扣分|得满分|计满分|记满分|满分/.test(clause)) return { kind: 'share', share: new D(1) };
  const pts = /(?:计|得|记|给)\s*(\d+(?:\.\d+)?)\s*分/.exec(clause);
  if (pts) return { kind: 'points', points: new D(pts[1]) };
  const minus = /扣\s*(\d+(?:\.\d+)?)\s*分/.exec(clause);
  if (minus && !/每/.test(clause)) return { kind: 'minus', points: new D(minus[1]) };
  return null;
}

/** Splits a rule into its clauses (`;` `；` `。` and line breaks; `…` separates too). */
export function clauses(text: string): string[] {
  return normalizeText(text)
    .split(/[;；。\n]|…+|\.{3,}/)
    .map((c) => c.trim())
    .filter((c) => c !== '');
}

function parseBands(text: string): Band[] {
  const bands: Band[] = [];
  for (const clause of clauses(text)) {
    if (/每/.test(clause) || /[=＝]/.test(clause.replace(/^=|[≥≤<>]=/g, ''))) continue;
    const when = parseCondition(clause);
    const then = parseOutcome(clause.slice(when ? clause.indexOf(when.text) + when.text.length : 0));
    if (when && then) bands.push({ when, then });
  }
  return bands;
}

export function definitionIn(text: string, labels: readonly string[]): Expr | null {
  for (const d of findDefinitions(normalizeText(text))) {
    const expr = parseExpression(d.body, labels);
    if (expr && expr.kind !== 'num') return expr;
  }
  return null;
}

function recogniseTiers(worded: boolean) {
  return (text: string, labels: readonly string[]): TiersRule | null => {
    const bands = parseBands(text);
    if (bands.length < 2) return null;
    const isWorded = bands.every((b) => b.when.worded);
    if (isWorded !== worded) return null;
    return { bands, definition: definitionIn(text, labels) };
  };
}

function outcomeText(ctx: RowContext, o: BandOutcome): string {
  if (o.kind === 'share') return o.share.equals(1) ? ctx.m.outcomeFull : ctx.m.outcomeShare(formatPercent(o.share.times(100)));
  if (o.kind === 'minus') return ctx.m.outcomeMinus(formatDecimal(o.points));
  return o.points.isZero() ? ctx.m.outcomeNone : ctx.m.outcomePoints(formatDecimal(o.points));
}

function scoreBands(bands: readonly Band[], definition: Expr | null, ctx: RowContext): Outcome {
  const rate = measuredRate(ctx, definition, ctx.indicator);
  if (isFail(rate)) return rate;
  const band = bands.find((b) => holds(b.when, rate.percent));
  if (!band) return { kind: 'scored', score: ZERO, detail: ctx.m.noBandMet(rate.shown) };
  const o = band.then;
  const raw = o.kind === 'share' ? ctx.points.times(o.share) : o.kind === 'points' ? o.points : ctx.points.minus(o.points);
  return {
    kind: 'scored',
    score: clamp(raw, ZERO, ctx.points),
    detail: ctx.m.tierMet(rate.shown, band.when.text, outcomeText(ctx, o)),
  };
}

export const rateTiers: Family<TiersRule> = {
  name: 'rate-tiers',
  recognise: recogniseTiers(true),
  score: (rule, ctx) => scoreBands(rule.bands, rule.definition, ctx),
};

export const rangeTiers: Family<TiersRule> = {
  name: 'range-tiers',
  recognise: recogniseTiers(false),
  score: (rule, ctx) => scoreBands(rule.bands, rule.definition, ctx),
};
