// The one model of a condition on a figure, shared by bands, targets and steps: `达96%以上`, `未达到88%`,
// `≥90%`, `80%(含)-90%`, `0-10%(含)`, `=0`, `大于30%`, `不少于150项`, `≤5天`, `60%以下(不含)`.
// "以上/以下/不低于/不少于/达到" include the bound; "低于/未达到/不足/大于" exclude it; `(含)` closes a
// range's end and `(不含)` opens it.
import { D, formatDecimal, type Dec } from '../numbers';
import { boundOf, COMPARATOR, EXCLUDED, INCLUSION, MEASURE_END, NUMBER, plainNumber, RANGE_JOIN, STATED_EQUAL, TAIL, TAILS, anyOf, type BoundKind, UNITS, FIGURE_MARKS, PERCENT_MARKS, STATED_END } from './phrases';

export interface Bound {
  readonly value: Dec;
  readonly inclusive: boolean;
}

export interface Condition {
  readonly low: Bound | null;
  readonly high: Bound | null;
  /** The figure's unit as written (项, 天, 万元), or null; a percentage has none. */
  readonly unit: string | null;
  readonly percent: boolean;
  /** As written, for explanations. */
  readonly text: string;
  /** Written with words (达…以上, 不低于) rather than symbols or a range. */
  readonly worded: boolean;
  /** `±10%以内`: on the figure's size, whichever its sign. */
  readonly absolute?: boolean;
  /** Where it stands in the text it was read from. */
  readonly start: number;
  readonly end: number;
}

export function holds(c: Condition, figure: Dec): boolean {
  const v = c.absolute ? figure.abs() : figure;
  if (c.low && (c.low.inclusive ? v.lessThan(c.low.value) : v.lessThanOrEqualTo(c.low.value))) return false;
  if (c.high && (c.high.inclusive ? v.greaterThan(c.high.value) : v.greaterThanOrEqualTo(c.high.value))) return false;
  return true;
}

/** Only a ceiling: `≤5天`, `3%以内` (every condition has at least one end). */
export const isCeiling = (c: Condition): boolean => c.low === null;

const UNIT = `(?:${anyOf(UNITS)})`;
/** A figure with its mark, `96%`, `5‰`, `150项`, `3个百分点`: its groups are `<name>` and `<name>Mark`. */
const figureAs = (name: string) => String.raw`(?<${name}>[-+]?${NUMBER})\s*(?<${name}Mark>${FIGURE_MARKS.join('|')}|${UNIT})?`;

/** `±`: the figure's size, either way. A condition starts at its sign or figure, never at a space. */
const SIZE = String.raw`(?:(?<size>±)\s*)?`;
/** `80%(含)-90%`, `10-15%以内`: two ends, each maybe marked `(含)`/`(不含)`, and a tail saying which is closed. */
const RANGE = new RegExp(
  String.raw`${SIZE}${figureAs('low')}\s*(?<lowInclusion>${INCLUSION})?\s*(?:${anyOf(RANGE_JOIN)})\s*${figureAs('high')}\s*(?<highInclusion>${INCLUSION})?\s*(?<tail>${TAIL})?`,
);
/** `80%≤X<90%`: a name between two bounds. */
const BETWEEN = new RegExp(String.raw`${figureAs('low')}\s*(?<lowSign>≤|<|<=)\s*[^\d≤<≥>=,;]{0,16}?\s*(?<highSign>≤|<|<=)\s*${figureAs('high')}`);
/** `不低于90%`, `≥90%(含)`, `达96%以上`: a comparison word before the figure; `(含)` before or after its tail. */
const COMPARED = new RegExp(String.raw`(?<word>${COMPARATOR})\s*${SIZE}${figureAs('figure')}\s*(?<inclusionBefore>${INCLUSION})?\s*(?<tail>${TAIL})?\s*(?<inclusionAfter>${INCLUSION})?`);
/** `95%以上`, `5天以内`, `60%以下(不含)`: the tail after the figure says the bound. */
const TAILED = new RegExp(String.raw`${SIZE}${figureAs('figure')}\s*(?<inclusionBefore>${INCLUSION})?\s*(?<tail>${TAIL})\s*(?<inclusionAfter>${INCLUSION})?`);
/** `结转结余率为0的得3分`: a measure said to be a figure, with nothing after it but the case's end. */
const STATED = new RegExp(String.raw`(?<=[${MEASURE_END}])(?<word>${anyOf(STATED_EQUAL)})\s*${SIZE}${figureAs('figure')}${STATED_END}`);

interface Figure {
  readonly value: Dec;
  readonly percent: boolean;
  readonly unit: string | null;
}

function figure(number: string, mark: string | undefined): Figure {
  const value = new D(plainNumber(number));
  if (mark === '‰') return { value: value.div(10), percent: true, unit: null };
  const percent = mark !== undefined && PERCENT_MARKS.includes(mark);
  return { value, percent, unit: percent || !mark ? null : mark };
}

const excludes = (mark: string | undefined) => mark !== undefined && EXCLUDED.includes(mark);

/** The bounds a comparison sets on a figure (`≤` 5.2: at most 5.2, included). */
export function boundFor(kind: BoundKind, value: Dec): Pick<Condition, 'low' | 'high'> {
  return fromKind(kind, { value, percent: false, unit: null }, false);
}

function fromKind(kind: BoundKind, f: Figure, open: boolean): Pick<Condition, 'low' | 'high'> {
  const at = (inclusive: boolean): Bound => ({ value: f.value, inclusive });
  switch (kind) {
    case 'min':
      return { low: at(!open), high: null };
    case 'above':
      return { low: at(false), high: null };
    case 'max':
      return { low: null, high: at(!open) };
    case 'below':
      return { low: null, high: at(false) };
    case 'equal':
      return { low: at(true), high: at(true) };
  }
}

/** The named groups of a match (every pattern here names its groups). */
type Groups = Readonly<Record<string, string | undefined>>;
const groupsOf = (m: RegExpExecArray): Groups => m.groups!;

/** The first condition in a text, or null. A symbol right before a range (`≥80-90`) is not a range. */
export function parseCondition(text: string): Condition | null {
  const between = BETWEEN.exec(text);
  if (between) {
    const g = groupsOf(between);
    const low = figure(g.low!, g.lowMark);
    const high = figure(g.high!, g.highMark);
    return {
      low: { value: low.value, inclusive: g.lowSign !== '<' },
      high: { value: high.value, inclusive: g.highSign !== '<' },
      unit: low.unit ?? high.unit,
      percent: low.percent || high.percent,
      text: between[0],
      worded: false,
      start: between.index,
      end: between.index + between[0].length,
    };
  }
  const range = RANGE.exec(text);
  if (range && !/[≥≤<>=]\s*$/.test(text.slice(0, range.index))) {
    const g = groupsOf(range);
    const low = figure(g.low!, g.lowMark);
    const high = figure(g.high!, g.highMark);
    const lowMarked = g.lowInclusion !== undefined;
    const highMarked = g.highInclusion !== undefined;
    // Unmarked ends: closed below and open above, unless the other end, or a tail (`10-15%以内`:
    // up to 15 included), says which one is closed.
    const upTo = g.tail !== undefined && !TAILS.min.includes(g.tail);
    const lowIncl = lowMarked ? !excludes(g.lowInclusion) : !highMarked && !upTo;
    const highIncl = highMarked ? !excludes(g.highInclusion) : upTo;
    return {
      low: { value: low.value, inclusive: lowIncl },
      high: { value: high.value, inclusive: highIncl },
      unit: low.unit ?? high.unit,
      percent: low.percent || high.percent,
      text: range[0].trim(),
      worded: false,
      absolute: g.size !== undefined,
      start: range.index,
      end: range.index + range[0].trimEnd().length,
    };
  }
  const compared = COMPARED.exec(text);
  const tailed = TAILED.exec(text);
  const stated = STATED.exec(text);
  if (stated && (!compared || stated.index < compared.index) && (!tailed || stated.index < tailed.index)) {
    const g = groupsOf(stated);
    return oneBound(stated, 'equal', figure(g.figure!, g.figureMark), false, true, g.size);
  }
  if (compared && (!tailed || compared.index < tailed.index)) {
    const g = groupsOf(compared);
    const open = excludes(g.inclusionBefore) || excludes(g.inclusionAfter);
    return oneBound(compared, boundOf(g.word!)!, figure(g.figure!, g.figureMark), open, /[\u4e00-\u9fa5]/.test(g.word!) || g.tail !== undefined, g.size);
  }
  if (tailed) {
    const g = groupsOf(tailed);
    const kind: BoundKind = TAILS.min.includes(g.tail!) ? 'min' : TAILS.above.includes(g.tail!) ? 'above' : 'max';
    return oneBound(tailed, kind, figure(g.figure!, g.figureMark), excludes(g.inclusionBefore) || excludes(g.inclusionAfter), true, g.size);
  }
  return null;
}

/** A condition read as one bound on a figure, from its match — which starts at a word, sign or figure, never a space. */
function oneBound(m: RegExpExecArray, kind: BoundKind, f: Figure, open: boolean, worded: boolean, size: string | undefined): Condition {
  const text = m[0].trimEnd();
  return { ...fromKind(kind, f, open), unit: f.unit, percent: f.percent, text, worded, absolute: size !== undefined, start: m.index, end: m.index + text.length };
}

/** A condition shown as a bound sign and figure, `≥90%`, `<60%`, for explanations of bare targets. */
export function signed(c: Condition): string {
  const shown = (b: Bound) => `${formatDecimal(b.value)}${c.percent ? '%' : c.unit ?? ''}`;
  if (c.low && c.high) return c.low.value.equals(c.high.value) ? `=${shown(c.low)}` : c.text;
  if (c.low) return `${c.low.inclusive ? '≥' : '>'}${shown(c.low)}`;
  return `${c.high!.inclusive ? '≤' : '<'}${shown(c.high!)}`;
}

/** Whether the words before a step of one item bound a figure in that item (`少于2次的`): the steps start there. */
export function countedFrom(before: string, unit: string): boolean {
  const c = parseCondition(before);
  return c !== null && c.unit === unit;
}
