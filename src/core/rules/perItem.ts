// Family «per-item»: a deduction for each problem found — `发现1个项目扣0.5分…直至扣完`,
// `每一点不规范,扣0.5分`, `一项公开工作未完成的扣1分`, `每发现一处扣X分`, `以上情况每出现一例不符合要求的扣1分`.
// The row's 实际完成值 gives the count (one per kind of problem when the kinds cost differently).
import type { Family } from './context';
import { deductionsGive, readDeductions, scoreDeductions, type DeductionsRule } from './deductions';

export const perItem: Family<DeductionsRule> = {
  name: 'per-item',
  recognise(text) {
    const reading = readDeductions(text);
    return reading && reading.rule.parts.every((p) => p.perOccurrence) ? reading : null;
  },
  // Kinds counted one by one are named in the explanation; a single count is not.
  score: (rule, ctx) => scoreDeductions(rule, ctx, rule.parts.length > 1),
  gives: deductionsGive,
};
