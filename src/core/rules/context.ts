// What a rule family gets to score one row, and what it gives back.
import type { BasicData } from '../basicData';
import type { Messages } from '../messages';
import type { Warnings } from '../warnings';
import type { CellReading, Dec } from '../numbers';
import type { IssueCode, Lang, Needed, RuleFamily } from '../types';
import type { Possible } from './possible';
import type { RuleReading, RuleText } from './ruleText';

export interface RowContext {
  readonly lang: Lang;
  readonly m: Messages;
  readonly indicator: string;
  readonly points: Dec;
  /** The cell the rule text came from, and the text as written. */
  readonly ruleCell: string;
  readonly ruleText: string;
  /** The row's target (年度指标值, or 指标解释 when it states one), for target and proportional rules. */
  readonly targetText: string;
  readonly actual: CellReading;
  /** Where the row's 实际完成值 is; null when the table has no such column. */
  readonly actualCell: string | null;
  /** The score the person typed in the 得分 cell, in points; null when it holds no figure. */
  readonly typedScore: Dec | null;
  readonly scoreCell: string;
  readonly basic: BasicData;
  /** Failures with their codes fixed, naming this row's cells. */
  readonly fail: Failures;
  /** Warnings about this row (the row is still scored), each with its code fixed. */
  readonly warn: Warnings;
}

/** The codes of an input that is missing: with a typed score, the row is kept rather than in error. */
export type MissingCode = 'missing-input' | 'missing-label';

interface ErrorBase {
  readonly kind: 'error';
  readonly cell: string;
  readonly sheet?: string;
  readonly message: string;
}

/** An error on the row; one for a missing input says what is missing, so that a typed score can say what verifies it. */
type ErrorOutcome = (ErrorBase & { readonly code: Exclude<IssueCode, MissingCode> }) | (ErrorBase & { readonly code: MissingCode; readonly needs: Needed });

export type Outcome =
  /** `kept`: the score is the typed one, kept as typed (a judgement), not computed. */
  | { readonly kind: 'scored'; readonly score: Dec; readonly detail: string; readonly kept?: true }
  /** `review`: a typed score is there, but the row's own verdict contradicts it. */
  | { readonly kind: 'manual'; readonly message: string; readonly review?: true }
  | ErrorOutcome;

export type Failure = Extract<Outcome, { kind: 'error' } | { kind: 'manual' }>;

/** Whether a step gave a failure (an error or a manual score) rather than its value. */
export function isFail<T>(x: T | Failure): x is Failure {
  return typeof x === 'object' && x !== null && 'kind' in x && (x.kind === 'error' || x.kind === 'manual');
}

/** A rule family: how its phrasings are read, and how a rule read scores a row. */
export interface Family<Rule> {
  readonly name: RuleFamily;
  /** Null when nothing in the text is this family's; else what it read and what it could not. */
  recognise(text: RuleText, labels: readonly string[]): RuleReading<Rule> | null;
  score(rule: Rule, ctx: RowContext): Outcome;
  /** The scores a rule read can give out of these points: what a typed score kept unverified is checked against. */
  gives(rule: Rule, points: Dec): Possible;
}

/**
 * Every failure a family can report, each with its one code: the code and the message are chosen
 * together, never separately. Cells are the row's own unless given.
 */
export interface Failures {
  /** The row's input is needed and empty (or the table has no 实际完成值 column). */
  missingActual(what: string): ErrorOutcome;
  /** A cell of the row's own that the rule reads (a budget block's amounts) is empty. */
  missingCell(cell: string, what: string): ErrorOutcome;
  notANumber(text: string, what: string, cell?: string, sheet?: string): ErrorOutcome;
  /** A date was needed (a deadline's actual), and the cell holds none. */
  notADate(text: string): ErrorOutcome;
  notACount(text: string): ErrorOutcome;
  negativeCount(text: string): ErrorOutcome;
  negativeRate(text: string, cell?: string): ErrorOutcome;
  rateAbove100(text: string, cell?: string): ErrorOutcome;
  cellError(error: string, cell?: string, sheet?: string): ErrorOutcome;
  tooManyAnswers(given: number, expected: number): ErrorOutcome;
  tooFewAnswers(given: number, expected: number): ErrorOutcome;
  countsPerPart(parts: number): ErrorOutcome;
  /** Parts measured and parts counted: one entry each, in order (the entries as entriesPerPart says them). */
  entriesPerPart(entries: readonly string[]): ErrorOutcome;
  tooManyCounts(given: number, parts: number): ErrorOutcome;
  unitMismatch(actual: string, target: string): ErrorOutcome;
  /** The actual's unit is not the unit the rule steps in (`每少1天扣1分` against `5元`). */
  stepUnitMismatch(actual: string, step: string): ErrorOutcome;
  /** The actual's unit is not the unit of the rule's own bands (`≥0.9得5分` against `85%`). */
  bandUnitMismatch(actual: string, band: string): ErrorOutcome;
  /** Labels a rule names that 基础数据 lacks, or holds empty (named at that cell). */
  missingLabels(labels: readonly string[], cell?: string, sheet?: string): ErrorOutcome;
  unknownAnswer(text: string, choices: readonly string[]): ErrorOutcome;
  /** Criteria named by numbers the checklist does not have. */
  unknownCriterion(numbers: readonly number[], criteria: number): ErrorOutcome;
  /** The rule counts from the row's target, and the row has none. */
  missingTarget(): ErrorOutcome;
  /**
   * A divisor of zero in `expression`: named at the cell that holds it (on `sheet`, for 基础数据) when
   * there is one, else at the rule.
   */
  divisionByZero(expression: string, divisor: string, at?: { readonly cell: string; readonly sheet?: string }): ErrorOutcome;
}

export function failuresFor(
  m: Messages,
  cells: { readonly actual: string | null; readonly rule: string; readonly score: string; readonly indicator: string },
): Failures {
  const at = cells.actual ?? cells.score;
  const error = (code: Exclude<IssueCode, MissingCode>, message: string, cell = at, sheet?: string): ErrorOutcome =>
    sheet ? { kind: 'error', cell, sheet, code, message } : { kind: 'error', cell, code, message };
  const missing = (code: MissingCode, needs: Needed, message: string, cell = at, sheet?: string): ErrorOutcome =>
    sheet ? { kind: 'error', cell, sheet, code, message, needs } : { kind: 'error', cell, code, message, needs };
  return {
    missingActual: (what) => missing('missing-input', { kind: 'actual', cell: cells.actual }, m.missingActual(cells.actual, what)),
    missingCell: (cell, what) => missing('missing-input', { kind: 'cell', cell, what }, m.missingActual(cell, what), cell),
    notANumber: (text, what, cell = at, sheet) => error('not-a-number', m.notANumber(sheet ? `${sheet}!${cell}` : cell, text, what), cell, sheet),
    notACount: (text) => error('not-a-count', m.notACount(at, text)),
    notADate: (text) => error('not-a-number', m.notADate(at, text)),
    negativeCount: (text) => error('negative-value', m.negative(at, text)),
    negativeRate: (text, cell = at) => error('negative-value', m.negativeRate(cell, text), cell),
    rateAbove100: (text, cell = at) => error('rate-above-100', m.rateAbove100(cell, text, cells.indicator), cell),
    cellError: (e, cell = at, sheet) => error('cell-error', m.cellError(sheet ? `${sheet}!${cell}` : cell, e), cell, sheet),
    tooManyAnswers: (given, expected) => error('too-many-answers', m.tooManyAnswers(at, given, expected)),
    tooFewAnswers: (given, expected) => error('too-few-answers', m.tooFewAnswers(at, given, expected)),
    countsPerPart: (parts) => error('too-few-answers', m.countsPerClause(at, parts)),
    entriesPerPart: (entries) => error('too-few-answers', m.entriesPerPart(at, entries)),
    tooManyCounts: (given, parts) => error('too-many-answers', m.tooManyCounts(at, given, parts)),
    unitMismatch: (actual, target) => error('unit-mismatch', m.unitMismatch(at, actual, target)),
    stepUnitMismatch: (actual, step) => error('unit-mismatch', m.stepUnitMismatch(at, actual, step)),
    bandUnitMismatch: (actual, band) => error('unit-mismatch', m.bandUnitMismatch(at, actual, band)),
    missingLabels: (labels, cell = cells.rule, sheet) => missing('missing-label', { kind: 'labels', labels }, m.missingLabels([...labels], cells.actual), cell, sheet),
    unknownAnswer: (text, choices) => error('unknown-answer', m.unknownAnswer(at, text, choices)),
    unknownCriterion: (numbers, criteria) => error('unknown-answer', m.unknownCriterion(at, numbers, criteria)),
    missingTarget: () => missing('missing-input', { kind: 'target' }, m.missingTarget(cells.score), cells.score),
    divisionByZero: (expression, divisor, place) => {
      if (!place) return error('division-by-zero', m.divisionByZero(expression, divisor), cells.rule);
      const where = place.sheet ? `${place.sheet}!${place.cell}` : place.cell;
      return error('division-by-zero', m.divisionByZero(expression, `${divisor}（${where}）`), place.cell, place.sheet);
    },
  };
}
