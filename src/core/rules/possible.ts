// What a rule can give (SPEC §2.3): the scores a person applying it could have arrived at. A typed score
// kept while the input that would verify it is missing is checked against it — yes/no: 0 or the points;
// a checklist: a sum of its criteria; per-item and steps: the points less whole steps, within the cap;
// tiers and categories: one of their outcomes; a formula, a proportion, a target or a judgement: anything
// from 0 to the points. Every score is taken within [0, points], as scoring keeps it.
import { clamp, D, formatDecimal, ZERO, type Dec } from '../numbers';
import type { Messages } from '../messages';

/** One kind of deduction: points off per occurrence, and the most it takes (null for no cap of its own). */
export interface Deduction {
  readonly rate: Dec;
  readonly cap: Dec | null;
}

export type Possible =
  /** Anything from 0 to the points. */
  | { readonly kind: 'range' }
  /** One of these (before they are kept within the points). */
  | { readonly kind: 'outcomes'; readonly scores: readonly Dec[] }
  /**
   * The points less what the deductions take together, within the rule's cap; `zero`: a band of the rule
   * gives nothing at all (`低于60%不得分`).
   */
  | { readonly kind: 'deductions'; readonly parts: readonly Deduction[]; readonly cap: Dec | null; readonly zero: boolean };

export const ANY_SCORE: Possible = { kind: 'range' };

export const outcomes = (scores: readonly Dec[]): Possible => ({ kind: 'outcomes', scores });

/** Every sum of some of the values (the empty sum, 0, included): what a checklist's criteria add up to. */
export function subsetSums(values: readonly Dec[]): Dec[] {
  let sums = new Map<string, Dec>([[ZERO.toString(), ZERO]]);
  for (const v of values) {
    const next = new Map(sums);
    for (const s of sums.values()) {
      const t = s.plus(v);
      next.set(t.toString(), t);
    }
    sums = next;
  }
  return [...sums.values()];
}

/** Finer than a ten-thousandth of a point, or more figures than this to try, and the scores are not listed. */
const MAX_PLACES = 4;
const MAX_UNITS = 200_000;

/** The scores a rule can give, ascending, each within [0, points]; null when it may give anything there. */
export function scoresOf(possible: Possible, points: Dec): Dec[] | null {
  if (possible.kind === 'range') return null;
  const within = possible.kind === 'outcomes' ? possible.scores.map((s) => clamp(s, ZERO, points)) : deductionScores(possible, points);
  if (within === null) return null;
  const distinct = new Map(within.map((s) => [s.toString(), s]));
  return [...distinct.values()].sort((a, b) => a.comparedTo(b));
}

/**
 * The points less every total the deductions can take: each part a whole number of occurrences at its
 * rate (or its cap, once reached), a total at the rule's cap or the points counting as that. Counted in
 * the smallest unit the figures are written in.
 */
function deductionScores(p: Extract<Possible, { kind: 'deductions' }>, points: Dec): Dec[] | null {
  const figures = [points, ...(p.cap ? [p.cap] : []), ...p.parts.flatMap((d) => (d.cap ? [d.rate, d.cap] : [d.rate]))];
  const places = Math.max(...figures.map((f) => f.decimalPlaces()));
  if (places > MAX_PLACES) return null;
  const scale = new D(10).pow(places);
  const units = (d: Dec) => d.times(scale).toNumber();
  const top = Math.min(units(points), p.cap ? units(p.cap) : Infinity);
  if (top > MAX_UNITS) return null;
  let reach = new Uint8Array(top + 1);
  reach[0] = 1;
  for (const part of p.parts) {
    const rate = units(part.rate);
    if (rate <= 0) continue;
    if (part.cap === null) {
      // Any number of occurrences: each reachable total reaches the next one up (ascending, so repeats add up).
      for (let s = 0; s <= top; s++) if (reach[s]) reach[Math.min(s + rate, top)] = 1;
      continue;
    }
    const cap = units(part.cap);
    const takes: number[] = [];
    for (let t = 0; t < cap; t += rate) takes.push(t);
    takes.push(cap);
    const next = new Uint8Array(top + 1);
    for (let s = 0; s <= top; s++) if (reach[s]) for (const t of takes) next[Math.min(s + t, top)] = 1;
    reach = next;
  }
  const scores: Dec[] = [];
  for (let d = 0; d <= top; d++) if (reach[d]) scores.push(points.minus(new D(d).div(scale)));
  if (p.zero) scores.push(ZERO);
  return scores;
}

/** What a typed score is, against what the rule can give. */
export type TypedCheck =
  | { readonly kind: 'possible' }
  /** Above the points: the row counts its points. */
  | { readonly kind: 'above' }
  /** Below zero: the row counts 0. */
  | { readonly kind: 'below' }
  /** Within [0, points] but not a score the rule gives; `scores` lists them (null when too many to list). */
  | { readonly kind: 'not-given'; readonly scores: readonly Dec[] | null };

export function checkTyped(possible: Possible, points: Dec, typed: Dec): TypedCheck {
  if (typed.greaterThan(points)) return { kind: 'above' };
  if (typed.isNegative()) return { kind: 'below' };
  const scores = scoresOf(possible, points);
  if (scores === null || scores.some((s) => s.equals(typed))) return { kind: 'possible' };
  return { kind: 'not-given', scores: scores.length <= MAX_LISTED ? scores : null };
}

/** Scores listed in a message, at most; beyond, the rule's arithmetic is said instead. */
const MAX_LISTED = 12;

/** Why a typed score is not one the rule gives, in the result's language; null when it is one. */
export function whyNotGiven(check: TypedCheck, possible: Possible, points: Dec, typed: Dec, m: Messages): string | null {
  const f = formatDecimal;
  switch (check.kind) {
    case 'possible':
      return null;
    case 'above':
      return m.typedAbove(f(points), f(typed));
    case 'below':
      return m.typedBelow(f(typed));
    case 'not-given':
      if (check.scores) return m.typedNotAmong(check.scores.map(f), f(typed));
      if (possible.kind === 'deductions') return m.typedNotSteps(f(points), [...new Set(possible.parts.map((d) => f(d.rate)))], possible.cap ? f(possible.cap) : null, f(typed));
      return m.typedNotSums(f(typed));
  }
}
