// Which family a rule text belongs to. Every family reads the text; a rule is taken only when a family
// read all of it that says how to score. When more than one did, PRECEDENCE decides, and says why.
// A text some family read only in part is never scored: the row needs a manual score, and the warning
// quotes what was not understood. A text that says nothing about scoring is not a rule at all (guidance,
// a description) and the row looks for its rule elsewhere.
import type { Dec } from '../numbers';
import type { RuleFamily } from '../types';
import type { Family, Outcome, RowContext } from './context';
import { categorical } from './categorical';
import { checklist } from './checklist';
import { composite } from './composite';
import { countedTable } from './countedTable';
import { deadline } from './deadline';
import { formula } from './formula';
import { perItem } from './perItem';
import { proportional } from './proportional';
import { qualitative } from './qualitative';
import type { Possible } from './possible';
import { notUnderstood, ruleText, saysHowToScore, type RuleText } from './ruleText';
import { steps } from './steps';
import { target } from './target';
import { rangeTiers, rateTiers } from './tiers';
import { yesNo } from './yesNo';

export interface Recognised {
  readonly family: RuleFamily;
  score(ctx: RowContext): Outcome;
  /** The scores the rule can give out of these points. */
  gives(points: Dec): Possible;
}

/**
 * The families a rule text can express, in the order that decides when two read the same text whole,
 * with the reason. Each family reads only what is its own, so such ties are rare; the phrasing tests
 * list every one they meet.
 */
export const PRECEDENCE: readonly { readonly family: Family<unknown>; readonly why: string }[] = [
  { family: formula as Family<unknown>, why: 'an explicit formula is exact; its other clauses only cap it' },
  { family: countedTable as Family<unknown>, why: '`一项…扣0.5分，两项扣1分` sets the deduction by the number of items, not per item' },
  { family: steps as Family<unknown>, why: 'a step of percentage points beats the full-marks band it starts from' },
  { family: rateTiers as Family<unknown>, why: 'bands on a figure, in words' },
  { family: rangeTiers as Family<unknown>, why: 'bands on a figure, in symbols and ranges' },
  { family: checklist as Family<unknown>, why: 'criteria that add up; before categories, which exclude each other' },
  { family: yesNo as Family<unknown>, why: 'two cases, one the denial of the other: the narrowest kind of categories' },
  { family: categorical as Family<unknown>, why: 'cases in words that exclude each other' },
  { family: perItem as Family<unknown>, why: 'a deduction for each occurrence' },
  { family: composite as Family<unknown>, why: 'deductions for named situations' },
  { family: proportional as Family<unknown>, why: 'a share of the points in proportion to completion' },
  { family: qualitative as Family<unknown>, why: 'a judgement, with a typed score or a verdict' },
];

/** How a text was read. */
export type Recognition =
  | { readonly kind: 'rule'; readonly rule: Recognised }
  /** It says how to score, and no family read all of it: the parts not understood, as written. */
  | { readonly kind: 'partial'; readonly family: RuleFamily | null; readonly unread: readonly string[] }
  /** It says nothing about scoring: guidance or a description. */
  | { readonly kind: 'none' };

/** What one family made of a text: the rule it read, and the clauses it left not understood. */
export interface FamilyReading {
  readonly family: Family<unknown>;
  readonly rule: unknown;
  readonly unread: readonly string[];
}

function bind<R>(family: Family<R>, rule: R): Recognised {
  return { family: family.name, score: (ctx) => family.score(rule, ctx), gives: (points) => family.gives(rule, points) };
}

/** What every family made of a text: the families that read it, and what each left unread. */
export function readingsOf(text: RuleText, labels: readonly string[]): FamilyReading[] {
  const out: FamilyReading[] = [];
  for (const { family } of PRECEDENCE) {
    const reading = family.recognise(text, labels);
    if (reading) out.push({ family, rule: reading.rule, unread: notUnderstood(text, reading) });
  }
  return out;
}

/** A scoring rule (评分标准 text, or a rule written in the target or explanation). */
export function recogniseRule(source: string, labels: readonly string[]): Recognition {
  const text = ruleText(source);
  const found = readingsOf(text, labels);
  const whole = found.find((v) => v.unread.length === 0);
  if (whole) return { kind: 'rule', rule: bind(whole.family, whole.rule) };
  if (found.length) {
    // What no family understood; where each part was understood by some family but none read it all
    // (a rule mixing two kinds), every part some family could not read.
    const best = [...found].sort((a, b) => a.unread.length - b.unread.length)[0];
    const common = best.unread.filter((u) => found.every((f) => f.unread.includes(u)));
    const unread = common.length ? common : [...new Set(found.flatMap((f) => f.unread))];
    return { kind: 'partial', family: best.family.name, unread };
  }
  if (saysHowToScore(text.text)) return { kind: 'partial', family: null, unread: text.clauses.filter(saysHowToScore) };
  return { kind: 'none' };
}

/** A target figure (`≥90%`, `不少于150项`, `3%`) or deadline (`2023年12月`, `6月底前`): the target family, or null. */
export function recogniseFigure(source: string): Recognised | null {
  const text = ruleText(source);
  // A deadline first: `≥9月前` is a month to be done by, not a floor of 9.
  const due = deadline.recognise(text, []);
  if (due) return bind(deadline, due.rule);
  const reading = target.recognise(text, []);
  return reading ? bind(target, reading.rule) : null;
}

/** A row with nothing but prose to go by, or a verdict in its 实际完成值: qualitative. */
export const qualitativeRule: Recognised = bind(qualitative, {});
