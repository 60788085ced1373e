// Which family a rule text belongs to. Families are tried in a fixed order, most specific first;
// text that no family recognises is never guessed at: the row then needs a manual score.
import type { RuleFamily } from '../types';
import type { Family, Outcome, RowContext } from './context';
import { checklist } from './checklist';
import { countedTable } from './countedTable';
import { formula } from './formula';
import { perItem } from './perItem';
import { proportional } from './proportional';
import { qualitative } from './qualitative';
import { steps } from './steps';
import { target } from './target';
import { rangeTiers, rateTiers } from './tiers';

export interface Recognised {
  readonly family: RuleFamily;
  score(ctx: RowContext): Outcome;
}

function bind<R>(family: Family<R>, rule: R): Recognised {
  return { family: family.name, score: (ctx) => family.score(rule, ctx) };
}

/** The families a 评分标准 text can express, in the order they are tried. */
const SCORING_FAMILIES: readonly Family<unknown>[] = [
  formula,
  countedTable,
  steps,
  rateTiers,
  rangeTiers,
  checklist,
  perItem,
  proportional,
  qualitative,
] as Family<unknown>[];

/** A scoring rule (评分标准 text); null when not recognised. */
export function recogniseRule(text: string, labels: readonly string[]): Recognised | null {
  for (const family of SCORING_FAMILIES) {
    const rule = family.recognise(text, labels);
    if (rule !== null) return bind(family, rule);
  }
  return null;
}

/**
 * A row's target or explanation text, used when it has no 评分标准 of its own: a scoring rule
 * written there (`得分=分值×…`), else a target figure (`≥90%`), else prose, which is qualitative.
 */
export function recogniseTarget(text: string, labels: readonly string[]): Recognised {
  const rule = recogniseRule(text, labels);
  if (rule) return rule;
  const figure = target.recognise(text, labels);
  return figure ? bind(target, figure) : bind(qualitative, {});
}

export const qualitativeRule: Recognised = bind(qualitative, {});
