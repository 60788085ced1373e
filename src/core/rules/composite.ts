// Family «composite»: a rule listing situations, each with its own deduction — `未申报扣0.5分；不规范扣0.5分；
// 不匹配扣1分，直至扣完`. The row gives one count per situation, in the order written (`1,0,2`) or by name
// (`不规范1处`); each is charged at its own rate and the explanation names it.
import type { Family } from './context';
import { deductionsGive, readDeductions, scoreDeductions, type DeductionsRule } from './deductions';

export const composite: Family<DeductionsRule> = {
  name: 'composite',
  recognise(text) {
    const reading = readDeductions(text);
    return reading && reading.rule.parts.some((p) => !p.perOccurrence) ? reading : null;
  },
  score: (rule, ctx) => scoreDeductions(rule, ctx, true),
  gives: deductionsGive,
};
