// Family «yes-no»: two cases, one the denial of the other — `有…计2分，没有不得分`, `是否…，是得满分，
// 否不得分`, `建立了…的得1分，未建立的不得分` — or one criterion and its worth, `…是否完整可行(3分)`.
// 实际完成值 answers 是/否, 有/无, or repeats a case's words.
import { clamp, D, ZERO } from '../numbers';
import type { Family, Outcome } from './context';
import { caseKey, caseNamed, caseShown, readCases, type Case } from './cases';
import { describeOutcome, pointsFor } from './outcome';
import { outcomes } from './possible';
import { NEGATION, NO, YES, WORTH_IN_BRACKETS, NO_ANSWER } from './phrases';
import { saysHowToScore, type RuleReading, type RuleText } from './ruleText';

export interface YesNoRule {
  readonly yes: Case;
  readonly no: Case;
}

const DENIAL = new RegExp(`^${NEGATION}`);

/** `年度工作计划是否完整可行(3分)`: one criterion and its worth, met or not. */
const ONE_CRITERION = new RegExp(String.raw`^(.+?)\s*${WORTH_IN_BRACKETS}$`);

function oneCriterion(text: RuleText): RuleReading<YesNoRule> | null {
  if (text.clauses.length !== 1) return null;
  const m = ONE_CRITERION.exec(text.clauses[0]);
  // A criterion is words: `年度目标1:(80分)` is a heading with its points.
  if (!m || saysHowToScore(m[1]) || /\d/.test(m[1])) return null;
  const yes: Case = { when: m[1], key: caseKey(m[1]), shown: caseShown(m[1]), then: { kind: 'points', points: new D(m[2]) } };
  const no: Case = { when: NO_ANSWER, key: NO_ANSWER, shown: NO_ANSWER, then: { kind: 'points', points: new D(0) } };
  return { rule: { yes, no }, read: new Set([0]), stumbled: [] };
}

export const yesNo: Family<YesNoRule> = {
  name: 'yes-no',
  recognise(text) {
    const reading = readCases(text);
    if (!reading) return oneCriterion(text);
    if (reading.rule.length !== 2) return null;
    const [a, b] = reading.rule;
    const no = [a, b].find((c) => DENIAL.test(c.key));
    const yes = [a, b].find((c) => c !== no);
    if (!no || !yes || DENIAL.test(yes.key)) return null;
    // The denial gives no more than the affirmation (`齐全的得2分，不齐全的扣2分`: 0 against 2).
    const stake = yes.then.kind === 'points' ? yes.then.points : new D(100);
    if (pointsFor(no.then, stake).greaterThan(pointsFor(yes.then, stake))) return null;
    return { rule: { yes, no }, read: reading.read, stumbled: reading.stumbled };
  },

  score(rule, ctx): Outcome {
    const a = ctx.actual;
    if (a.kind === 'empty') return ctx.fail.missingActual(ctx.m.yesOrNo);
    if (a.kind === 'error') return ctx.fail.cellError(a.error);
    const answer = a.kind === 'text' ? a.text.replace(/\s+/g, '') : String(a.quantity.value);
    let chosen: Case | null = YES.test(answer) ? rule.yes : NO.test(answer) ? rule.no : null;
    if (!chosen) {
      const named = caseNamed([rule.yes, rule.no], answer, ctx);
      if ('kind' in named) return named;
      chosen = named;
    }
    const shown = a.kind === 'text' ? a.text : answer;
    return {
      kind: 'scored',
      score: clamp(pointsFor(chosen.then, ctx.points), ZERO, ctx.points),
      detail: ctx.m.yesNo(caseKey(rule.yes.when), caseKey(rule.no.when), shown, describeOutcome(ctx.m, chosen.then)),
    };
  },

  gives: (rule, points) => outcomes([pointsFor(rule.yes.then, points), pointsFor(rule.no.then, points)]),
};
