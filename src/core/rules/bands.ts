// Conditions on a figure as rules write them: `达96%以上`, `未达到88%`, `≥90%`, `80%(含)-90%`,
// `0-10%(含)`, `=0`, `大于30%`. "以上/不低于/不少于/达到" include the bound; "低于/未达到/不足" exclude it;
// `(含)` marks a range's closed end.
import { D, formatDecimal, type Dec } from '../numbers';

export interface Bound {
  readonly value: Dec;
  readonly inclusive: boolean;
}

export interface Condition {
  readonly low: Bound | null;
  readonly high: Bound | null;
  /** As written, for explanations. */
  readonly text: string;
  /** Written with words (达…以上) rather than symbols or a range. */
  readonly worded: boolean;
}

const NUM = '(\\d+(?:\\.\\d+)?)';
const INCL = '(\\((?:含|包含)\\)|\\(不含\\))?';

const num = (s: string) => new D(s);
const closed = (s: string | undefined) => s !== undefined && !s.includes('不');

export function holds(c: Condition, v: Dec): boolean {
  if (c.low && (c.low.inclusive ? v.lessThan(c.low.value) : v.lessThanOrEqualTo(c.low.value))) return false;
  if (c.high && (c.high.inclusive ? v.greaterThan(c.high.value) : v.greaterThanOrEqualTo(c.high.value))) return false;
  return true;
}

/** The condition at the start of a clause (or anywhere in it), with the text it spans. */
export function parseCondition(clause: string): Condition | null {
  const range = new RegExp(`${NUM}\\s*%?\\s*${INCL}\\s*(?:-|~|至|到)\\s*${NUM}\\s*%?\\s*${INCL}`).exec(clause);
  if (range && !/[≥≤<>=]\s*$/.test(clause.slice(0, range.index))) {
    const lowMarked = range[2] !== undefined;
    const highMarked = range[4] !== undefined;
    // Unmarked ends: closed below and open above, unless the other end says which one is closed.
    const lowIncl = lowMarked ? closed(range[2]) : !highMarked;
    const highIncl = highMarked ? closed(range[4]) : false;
    return {
      low: { value: num(range[1]), inclusive: lowIncl },
      high: { value: num(range[3]), inclusive: highIncl },
      text: range[0],
      worded: false,
    };
  }
  const symbol = new RegExp(`(≥|>=|≤|<=|>|<|=)\\s*${NUM}\\s*%?`).exec(clause);
  if (symbol) {
    const v = num(symbol[2]);
    const text = symbol[0];
    switch (symbol[1]) {
      case '≥':
      case '>=':
        return { low: { value: v, inclusive: true }, high: null, text, worded: false };
      case '>':
        return { low: { value: v, inclusive: false }, high: null, text, worded: false };
      case '≤':
      case '<=':
        return { low: null, high: { value: v, inclusive: true }, text, worded: false };
      case '<':
        return { low: null, high: { value: v, inclusive: false }, text, worded: false };
      default:
        return { low: { value: v, inclusive: true }, high: { value: v, inclusive: true }, text, worded: false };
    }
  }
  const words = new RegExp(
    `(未达到|未达|达到|达|不低于|不少于|不高于|不超过|高于|大于|超过|低于|小于|少于|不足|等于)?\\s*${NUM}\\s*%?\\s*${INCL}\\s*(及以上|以上|及以下|以下)?`,
  ).exec(clause);
  if (words && (words[1] || words[4])) {
    const v = num(words[2]);
    const word = words[1] ?? '';
    const tail = words[4] ?? '';
    const text = words[0].trim();
    const notIncl = words[3] !== undefined && words[3].includes('不');
    if (/未达|低于|小于|少于|不足/.test(word)) return { low: null, high: { value: v, inclusive: false }, text, worded: true };
    if (/不高于|不超过/.test(word)) return { low: null, high: { value: v, inclusive: true }, text, worded: true };
    if (/高于|大于|超过/.test(word)) return { low: { value: v, inclusive: false }, high: null, text, worded: true };
    if (word === '等于') return { low: { value: v, inclusive: true }, high: { value: v, inclusive: true }, text, worded: true };
    if (tail.includes('以下')) return { low: null, high: { value: v, inclusive: !notIncl }, text, worded: true };
    return { low: { value: v, inclusive: !notIncl }, high: null, text, worded: true };
  }
  return null;
}

export function describe(c: Condition): string {
  return c.text || `${c.low ? formatDecimal(c.low.value) : ''}-${c.high ? formatDecimal(c.high.value) : ''}`;
}
