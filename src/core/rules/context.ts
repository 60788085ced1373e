// What a rule family gets to score one row, and what it gives back.
import type { BasicData } from '../basicData';
import type { Messages } from '../messages';
import type { Dec, Reading } from '../numbers';
import type { IssueCode, Lang, RuleFamily } from '../types';

export interface RowContext {
  readonly lang: Lang;
  readonly m: Messages;
  readonly indicator: string;
  readonly points: Dec;
  /** The cell the rule text came from, and the text (normalised). */
  readonly ruleCell: string;
  readonly ruleText: string;
  /** The row's target (年度指标值, or 指标解释 when it states one), for target and proportional rules. */
  readonly targetText: string;
  readonly actual: Reading;
  /** Where the row's 实际完成值 is (or would be); the 得分 cell when the sheet has no such column. */
  readonly actualCell: string;
  readonly hasActualColumn: boolean;
  /** The score the person typed in the 得分 cell, in points; null when it holds no figure. */
  readonly typedScore: Dec | null;
  readonly scoreCell: string;
  readonly basic: BasicData;
  /** Adds a warning about this row (the row is still scored). */
  warn(code: IssueCode, cell: string, message: string): void;
}

export type Outcome =
  | { readonly kind: 'scored'; readonly score: Dec; readonly detail: string }
  | { readonly kind: 'manual'; readonly message: string }
  | {
      readonly kind: 'error';
      readonly cell: string;
      readonly sheet?: string;
      readonly code: IssueCode;
      readonly message: string;
    };

export type Failure = Extract<Outcome, { kind: 'error' } | { kind: 'manual' }>;

/** Whether a step gave a failure (an error or a manual score) rather than its value. */
export function isFail<T>(x: T | Failure): x is Failure {
  return typeof x === 'object' && x !== null && 'kind' in x && (x.kind === 'error' || x.kind === 'manual');
}

/** A rule family: how its phrasings are recognised, and how a recognised rule scores a row. */
export interface Family<Rule> {
  readonly name: RuleFamily;
  recognise(text: string, labels: readonly string[]): Rule | null;
  score(rule: Rule, ctx: RowContext): Outcome;
}

