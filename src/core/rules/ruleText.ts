// A rule text prepared once for every family: normalised (half-width, figures in digits) and split into
// clauses, with what decides whether a family read all of it. A family reads some clauses whole and may
// stumble on others; a clause nobody read that still says how to score (扣…分, 得…分, 满分 …) is what
// was not understood, and a rule with such a clause is never scored.
import { digitsForNumerals } from '../numerals';
import { normalizeText } from '../text';
import { findOutcome } from './outcome';
import { anyOf, MORE_CONDITIONS, POINTS_ARITHMETIC, POINTS_STATEMENT, SCORING_WORDS, TO_ZERO, OTHER_WAYS, SMALL_WORDS, DENYING } from './phrases';

export interface RuleText {
  /** As written in the cell. */
  readonly source: string;
  /** Normalised: half-width, `≦` as `≤`, Chinese numerals as digits. */
  readonly text: string;
  readonly clauses: readonly string[];
  /** Where each clause starts in `text`. */
  readonly starts: readonly number[];
}

const CLAUSE_END = /[;；。\n\r]|…+|\.{3,}/;

export function ruleText(source: string): RuleText {
  // A line break after a comma (a cell wrapped by hand) continues the clause; elsewhere it ends one.
  const text = digitsForNumerals(normalizeText(source))
    .replace(/([,，、:：])\s*[\r\n]+\s*/g, '$1')
    .replace(/[ \t\u00a0]+/g, ' ')
    .trim();
  const clauses: string[] = [];
  const starts: number[] = [];
  const ends = new RegExp(CLAUSE_END.source, 'g');
  let at = 0;
  for (let m = ends.exec(text); ; m = ends.exec(text)) {
    const end = m ? m.index : text.length;
    const raw = text.slice(at, end);
    const lead = raw.length - raw.replace(/^[\s,，、]+/, '').length;
    const clause = raw.replace(/^[\s,，、]+|[\s,，、]+$/g, '');
    if (clause !== '') {
      clauses.push(clause);
      starts.push(at + lead);
    }
    if (!m) break;
    at = m.index + m[0].length;
  }
  return { source, text, clauses, starts };
}

/** Whether a text says how to score (a deduction, an award, full or no marks). */
export const saysHowToScore = (text: string): boolean => SCORING_WORDS.test(text);

/**
 * Whether the condition of a case is itself another way of scoring (`按完成比例计算得分`, `酌情扣分`), not a
 * situation — which may well speak of scoring (`评价计分正确的`).
 */
export const scoresOtherwise = (condition: string): boolean => findOutcome(condition) !== null || OTHER_WAYS.test(condition) || POINTS_ARITHMETIC.test(condition);

const TO_ZERO_ONLY = new RegExp(`^(?:${anyOf(TO_ZERO)})$`);

/** Only that deductions stop at zero (`扣完为止`, `至0分为止`): harmless to every family. */
export const onlyToZero = (text: string): boolean => TO_ZERO_ONLY.test(text.replace(/[\s,，、:：]/g, ''));

/** A clause no family needs to read: it scores nothing, or only says deductions stop at zero. */
export function isIgnorable(clause: string): boolean {
  return !saysHowToScore(clause) || onlyToZero(clause) || POINTS_STATEMENT.test(clause.replace(/[\s,，、:：]/g, ''));
}

/** What a family made of a rule: the rule, the clauses it read whole, and those it could not read. */
export interface RuleReading<R> {
  readonly rule: R;
  readonly read: ReadonlySet<number>;
  /** Clauses it took up but could not read whole, as written. */
  readonly stumbled: readonly string[];
}

/** The clauses of a reading that were not understood: stumbled on, or unread and saying how to score. */
export function notUnderstood(text: RuleText, reading: RuleReading<unknown>): string[] {
  const left = text.clauses.filter((c, i) => !reading.read.has(i) && !isIgnorable(c));
  return [...new Set([...reading.stumbled, ...left])];
}

/**
 * Whether what is left of a clause once its condition and outcome are taken out is only its subject
 * (`部门总体执行进度`) and small words — not a second condition (`且无重大问题`) or another figure.
 */
export function onlySubjectLeft(rest: string): boolean {
  const bare = rest.replace(/[\s,，、:：()（）"'“”]/g, '').replace(SMALL_WORDS, '');
  return !/\d/.test(bare) && !MORE_CONDITIONS.test(bare) && !DENYING.test(bare);
}

/** The text with the given spans taken out. */
export function without(text: string, spans: readonly (readonly [number, number])[]): string {
  let out = '';
  let at = 0;
  for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (start > at) out += text.slice(at, start);
    at = Math.max(at, end);
  }
  return out + text.slice(at);
}
