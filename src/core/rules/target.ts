// Family «target»: a quantitative KPI whose target is a figure — `≥90%`, `不少于150项`, `100%`, `≤5天`,
// `培训合格率达100%` (read by targetFigure), scored against it (againstTarget).
import type { Family } from './context';
import { scoreAgainstTarget } from './againstTarget';
import { ANY_SCORE } from './possible';
import { parseTarget, type TargetFigure } from './targetFigure';

export const target: Family<TargetFigure> = {
  name: 'target',
  recognise(text) {
    const rule = parseTarget(text.source);
    return rule ? { rule, read: new Set(text.clauses.map((_, i) => i)), stumbled: [] } : null;
  },
  score: scoreAgainstTarget,

  // Full marks, or the points in proportion: anything from 0 to them.
  gives: () => ANY_SCORE,
};
