// Family «categorical»: cases in words that exclude each other — `无结余的得3分；有结余但不超过上年结转的得2分；
// 超过的不得分`. The row's 实际完成值 names the case (`有结余但不超过上年结转`, or words only one case holds);
// the explanation quotes it.
import { clamp, ZERO } from '../numbers';
import type { Family, Outcome } from './context';
import { caseNamed, opposed, readCases, type Case } from './cases';
import { describeOutcome, pointsFor } from './outcome';
import { outcomes } from './possible';

export type CategoricalRule = readonly Case[];

export const categorical: Family<CategoricalRule> = {
  name: 'categorical',
  recognise(text) {
    const reading = readCases(text);
    if (!reading) return null;
    const cases = reading.rule;
    const keys = new Set(cases.map((c) => c.key));
    if (keys.size !== cases.length) return null;
    // Cases exclude each other where one gives nothing or two deny each other; otherwise points for
    // each clause add up, and that is a checklist.
    const exclusive = cases.some((c) => c.then.kind === 'points' && c.then.points.isZero()) || cases.some((c, i) => cases.some((d, j) => i < j && opposed(c.key, d.key)));
    return exclusive ? reading : null;
  },

  score(rule, ctx): Outcome {
    const a = ctx.actual;
    if (a.kind === 'empty') return ctx.fail.missingActual(ctx.m.caseOf(rule.map((c) => c.shown)));
    if (a.kind === 'error') return ctx.fail.cellError(a.error);
    if (a.kind === 'number') return ctx.fail.unknownAnswer(String(a.quantity.value), rule.map((c) => c.shown));
    const chosen = caseNamed(rule, a.text, ctx);
    if ('kind' in chosen) return chosen;
    return {
      kind: 'scored',
      score: clamp(pointsFor(chosen.then, ctx.points), ZERO, ctx.points),
      detail: ctx.m.caseMet(chosen.key, describeOutcome(ctx.m, chosen.then)),
    };
  },

  gives: (rule, points) => outcomes(rule.map((c) => pointsFor(c.then, points))),
};
