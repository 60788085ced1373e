// What a clause gives when its case holds: full marks, no points, a share of the points, some points,
// or points off — `不扣分`, `不得分`, `按80%打分`, `计4分`, `扣1分`. Shared by every family whose rule is
// a list of cases (bands, yes/no, categories, checklists).
import { D, formatDecimal, formatPercent, type Dec } from '../numbers';
import type { Messages } from '../messages';
import { AWARD, DEDUCT, FULL, NONE, SHARE, plainNumber, BARE_POINTS } from './phrases';

export type CaseOutcome =
  | { readonly kind: 'share'; readonly share: Dec } // 不扣分 = 100%, 按80%打分
  | { readonly kind: 'points'; readonly points: Dec } // 计4分, 不得分 = 0
  | { readonly kind: 'minus'; readonly points: Dec }; // 扣1分

export interface FoundOutcome {
  readonly outcome: CaseOutcome;
  readonly start: number;
  readonly end: number;
}

const NONE_RE = new RegExp(NONE);
const FULL_RE = new RegExp(FULL);
const SHARE_RE = new RegExp(SHARE);
const AWARD_RE = new RegExp(AWARD);
const DEDUCT_RE = new RegExp(DEDUCT);
const BARE_POINTS_RE = new RegExp(BARE_POINTS);

const found = (outcome: CaseOutcome, m: RegExpExecArray): FoundOutcome => ({ outcome, start: m.index, end: m.index + m[0].length });

/**
 * The outcome a clause states, or null. `allowBare` takes a figure with 分 and nothing else as points
 * (only after a condition, where it cannot be the indicator's own points).
 */
export function findOutcome(text: string, allowBare = false): FoundOutcome | null {
  const none = NONE_RE.exec(text);
  if (none) return found({ kind: 'points', points: new D(0) }, none);
  const share = SHARE_RE.exec(text);
  if (share) {
    const figure = share[1] ?? share[2] ?? share[4];
    // 得分系数 0.8 is a fraction; 得分系数 80%, 按80%打分 and 得权重分的50% are percentages.
    const fraction = share[2] !== undefined && share[3] === undefined && new D(plainNumber(figure)).lessThanOrEqualTo(1);
    const value = new D(plainNumber(figure));
    return found({ kind: 'share', share: fraction ? value : value.div(100) }, share);
  }
  const full = FULL_RE.exec(text);
  if (full) return found({ kind: 'share', share: new D(1) }, full);
  const award = AWARD_RE.exec(text);
  if (award) return found({ kind: 'points', points: new D(plainNumber(award[1] ?? award[2])) }, award);
  const deduct = DEDUCT_RE.exec(text);
  if (deduct) return found({ kind: 'minus', points: new D(plainNumber(deduct[1])) }, deduct);
  if (allowBare) {
    const bare = BARE_POINTS_RE.exec(text);
    if (bare) return found({ kind: 'points', points: new D(plainNumber(bare[1])) }, bare);
  }
  return null;
}

/** The points an outcome gives out of the indicator's points (not yet kept within them). */
export function pointsFor(o: CaseOutcome, points: Dec): Dec {
  if (o.kind === 'share') return points.times(o.share);
  if (o.kind === 'points') return o.points;
  return points.minus(o.points);
}

/** The outcome in the explanation's words: `不扣分`, `按80%打分`, `计4分`, `不得分`, `扣1分`. */
export function describeOutcome(m: Messages, o: CaseOutcome): string {
  if (o.kind === 'share') return o.share.equals(1) ? m.outcomeFull : m.outcomeShare(formatPercent(o.share.times(100)));
  if (o.kind === 'minus') return m.outcomeMinus(formatDecimal(o.points));
  return o.points.isZero() ? m.outcomeNone : m.outcomePoints(formatDecimal(o.points));
}
