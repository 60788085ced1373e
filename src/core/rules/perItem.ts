// Family «per-item»: a deduction for each problem found — `发现1个项目扣0.5分…直至扣完`,
// `每一点不规范,扣0.5分`, `一项公开工作未完成的扣1分`, `每发现一处扣X分`, `以上情况每出现一例不符合要求的扣1分`.
// The row's 实际完成值 gives the count (one per kind of problem when the kinds cost differently).
import { D, clamp, formatDecimal, ZERO, type Dec } from '../numbers';
import { normalizeText } from '../text';
import type { Family, Outcome } from './context';
import { actualCount, countOf, isFail } from './inputs';
import { clauses } from './tiers';
import { parseNumberText } from '../numbers';

export interface PerItemRule {
  /** Points off for one problem of each kind, in the order the rule lists them. */
  readonly rates: readonly Dec[];
  readonly cap: Dec | null;
}

const COUNTER = '(?:个|项|处|点|例|次|条|份|家|起|笔|件|人次|人)';
const PER_ITEM = new RegExp(
  `(?:每|发现|出现|存在|有)\\s*(?:一|1|每一)?\\s*${COUNTER}|(?:^|[^\\d.])(?:一|1)\\s*${COUNTER}`,
);
const DEDUCT = /扣\s*(\d+(?:\.\d+)?)\s*分/;

/** `扣满15分为止` / `最多扣3分`: the most a rule takes off. */
export function deductionCap(text: string): Dec | null {
  const m = /扣满\s*(\d+(?:\.\d+)?)\s*分|最多扣\s*(\d+(?:\.\d+)?)\s*分|扣分(?:上限|不超过)\s*(\d+(?:\.\d+)?)\s*分/.exec(text);
  return m ? new D(m[1] ?? m[2] ?? m[3]) : null;
}

export const perItem: Family<PerItemRule> = {
  name: 'per-item',
  recognise(text) {
    const t = normalizeText(text);
    const rates: Dec[] = [];
    for (const clause of clauses(t)) {
      const d = DEDUCT.exec(clause);
      if (!d) continue;
      const lead = clause.slice(0, d.index + d[0].length);
      // `每降低5个百分点扣1分` counts percentage points, not problems: that is the steps family.
      if (!PER_ITEM.test(lead) || /每[^扣]*(百分点|%)/.test(lead)) continue;
      rates.push(new D(d[1]));
    }
    return rates.length ? { rates, cap: deductionCap(t) } : null;
  },

  score(rule, ctx): Outcome {
    const counts = readCounts(rule, ctx);
    if (isFail(counts)) return counts;
    let deduction = counts.reduce((sum, n, i) => sum.plus(rule.rates[i].times(n)), ZERO);
    if (rule.cap) deduction = D.min(deduction, rule.cap);
    const parts = counts
      .map((n, i) => ({ n, rate: rule.rates[i] }))
      .filter((p) => p.n > 0)
      .map((p) => ctx.m.perItemPart(String(p.n), formatDecimal(p.rate)));
    const detail = parts.length === 0 ? ctx.m.perItemNone : ctx.m.perItem(parts, formatDecimal(deduction));
    return {
      kind: 'scored',
      score: clamp(ctx.points.minus(deduction), ZERO, ctx.points),
      detail: rule.cap && parts.length ? detail + ctx.m.deductionCap(formatDecimal(rule.cap)) : detail,
    };
  },
};

/** One count for all kinds when they cost the same; else one count per kind, in order (`1,0`). */
function readCounts(rule: PerItemRule, ctx: Parameters<typeof perItem.score>[1]) {
  const sameRate = rule.rates.every((r) => r.equals(rule.rates[0]));
  if (ctx.actual.kind === 'text' && /[,，、;；\s]/.test(ctx.actual.text)) {
    const parts = ctx.actual.text.split(/[,，、;；\s]+/).filter((p) => p !== '');
    if (parts.length > rule.rates.length) {
      return { kind: 'error' as const, cell: ctx.actualCell, code: 'too-many-answers' as const, message: ctx.m.tooManyAnswers(ctx.actualCell, parts.length, rule.rates.length) };
    }
    if (parts.length < rule.rates.length) {
      return { kind: 'error' as const, cell: ctx.actualCell, code: 'too-few-answers' as const, message: ctx.m.countsPerClause(ctx.actualCell, rule.rates.length) };
    }
    const counts: number[] = [];
    for (const p of parts) {
      const q = parseNumberText(p);
      if (!q) return { kind: 'error' as const, cell: ctx.actualCell, code: 'not-a-count' as const, message: ctx.m.notACount(ctx.actualCell, p) };
      const n = countOf(ctx, q);
      if (isFail(n)) return n;
      counts.push(n);
    }
    return counts;
  }
  const n = actualCount(ctx, ctx.m.actualValue);
  if (isFail(n)) return n;
  if (!sameRate && n > 0) {
    return { kind: 'error' as const, cell: ctx.actualCell, code: 'missing-input' as const, message: ctx.m.countsPerClause(ctx.actualCell, rule.rates.length) };
  }
  return [n, ...rule.rates.slice(1).map(() => 0)];
}
