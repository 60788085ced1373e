// Family «qualitative»: `定性评价`, a target in prose, or one listing several items. A score the person
// typed is kept (checked 0…points); else a verdict of 达成/是/健全/有效 gives full points, and
// 部分达成 or 未达成 without a score needs a person's judgement.
import { formatDecimal } from '../numbers';
import { normalizeText } from '../text';
import type { Family, Outcome } from './context';

export type QualitativeRule = Record<string, never>;

const QUALITATIVE = /定性评价|定性指标|定性分析|定性判断/;
const FULL = /^(达成|已达成|完成|已完成|全部完成|是|健全|有效|达到|已达到|符合|良好|好|优|优秀|明显|效果明显|显著)$/;
/** Verdicts that make any row qualitative, whatever its rule. */
export const VERDICT = /^(达成|已达成|部分达成|基本达成|未达成)$/;

export const qualitative: Family<QualitativeRule> = {
  name: 'qualitative',
  recognise: (text) => (QUALITATIVE.test(normalizeText(text)) ? {} : null),
  score(_rule, ctx): Outcome {
    const v = ctx.typedScore;
    if (v !== null) {
      if (v.isNegative() || v.greaterThan(ctx.points)) {
        return {
          kind: 'error',
          cell: ctx.scoreCell,
          code: 'hand-score-out-of-range',
          message: ctx.m.handScoreOutOfRange(ctx.scoreCell, formatDecimal(v), formatDecimal(ctx.points)),
        };
      }
      return { kind: 'scored', score: v, detail: ctx.m.handScoreKept(formatDecimal(v)) };
    }
    const verdict = ctx.actual.kind === 'text' ? ctx.actual.text.replace(/\s+/g, '') : null;
    if (verdict !== null && FULL.test(verdict)) return { kind: 'scored', score: ctx.points, detail: ctx.m.verdictFull(verdict) };
    if (verdict !== null) return { kind: 'manual', message: ctx.m.manualVerdict(verdict) };
    return { kind: 'manual', message: ctx.m.manualNoVerdict(ctx.hasActualColumn ? ctx.actualCell : ctx.scoreCell) };
  },
};
