// Family «qualitative»: `定性评价`, a target in prose, or one listing several items. A score the person
// typed is kept and reported as kept (the row checks it against 0…points); else a verdict of
// 达成/是/健全/有效, or an actual that repeats the target word for word, gives full points, and 部分达成 or
// 未达成 without a score needs a person's judgement.
import { formatDecimal } from '../numbers';
import { normalizeText } from '../text';
import type { Family, Outcome } from './context';
import { anyOf, isFullVerdict, QUALITATIVE_WORDS, VERDICT } from './phrases';
import { ANY_SCORE } from './possible';

export type QualitativeRule = Record<string, never>;

const QUALITATIVE = new RegExp(anyOf(QUALITATIVE_WORDS));

/** The same words, whatever their width, spaces and closing stop (`显著提升。` and `显著提升`). */
const sameWords = (a: string, b: string): boolean => {
  const words = (s: string) => normalizeText(s).replace(/\s/g, '').replace(/[。.;；,，!！]+$/, '');
  return words(a) === words(b);
};

export const qualitative: Family<QualitativeRule> = {
  name: 'qualitative',
  recognise(text) {
    const read = new Set(text.clauses.map((c, i) => (QUALITATIVE.test(c) ? i : -1)).filter((i) => i >= 0));
    return read.size ? { rule: {}, read, stumbled: [] } : null;
  },
  score(_rule, ctx): Outcome {
    const v = ctx.typedScore;
    const verdict = ctx.actual.kind === 'text' ? ctx.actual.text.replace(/\s/g, '') : null;
    if (v !== null) {
      // Full marks (or more) typed beside a verdict short of achieved (部分达成, 未达成) contradict each other.
      if (verdict !== null && VERDICT.test(verdict) && !isFullVerdict(verdict) && v.greaterThanOrEqualTo(ctx.points)) {
        return { kind: 'manual', message: ctx.m.verdictContradicts(verdict, formatDecimal(v), ctx.scoreCell), review: true };
      }
      return { kind: 'scored', score: v, detail: ctx.m.handScoreKept(), kept: true };
    }
    if (verdict !== null && isFullVerdict(verdict)) return { kind: 'scored', score: ctx.points, detail: ctx.m.verdictFull(verdict) };
    // An actual that says the target word for word (`显著提升` against `显著提升`) reached it.
    if (verdict !== null && sameWords(verdict, ctx.targetText)) return { kind: 'scored', score: ctx.points, detail: ctx.m.verdictAsTarget(verdict) };
    if (verdict !== null) return { kind: 'manual', message: ctx.m.manualVerdict(verdict) };
    return { kind: 'manual', message: ctx.m.manualNoVerdict(ctx.actualCell ?? ctx.scoreCell) };
  },

  // A judgement: any score from 0 to the points.
  gives: () => ANY_SCORE,
};
