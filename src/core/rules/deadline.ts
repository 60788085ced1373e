// Family «target», for deadlines: a target that is a month or a day — `2023年12月`, `6月底前完成`,
// `≥9月前`, `不晚于2023年10月31日`, `年底前` — against the month or day the work was done (`2023年10月`,
// `7月`, `2023-10-25`, a date cell). Earlier is better: done by the deadline gives full points; done
// later, the target says nothing of what that costs, so a person scores it. A month given alone means
// up to its last day (`9月前` is read as by the end of September, the reading offices apply); a
// deadline without a year is compared within the year (SPEC §3).
import type { Family, Outcome, RowContext } from './context';
import { anyOf, BEFORE_WORDS, DEADLINE_LEADS, DUE_WORDS, LATE, MONTH_TAILS, ON_TIME, YEAR_END, DAY, YEAR_BEFORE, MONTH_UNIT, shownDeadline } from './phrases';
import { formatQuantity } from '../numbers';
import { ANY_SCORE } from './possible';

/** A day of the calendar as written: the year and the day may be missing (`7月`, `2023年10月`). */
export interface Day {
  readonly year: number | null;
  readonly month: number;
  readonly day: number | null;
}

export interface Deadline {
  /** The last day allowed; `day` null is the month's last. */
  readonly by: Day;
}

const LEAD = `(?:${anyOf(DEADLINE_LEADS)})?`;
const TAIL = `(?:${anyOf(MONTH_TAILS)})?(?:${anyOf(BEFORE_WORDS)})?(?:${anyOf(DUE_WORDS)})?`;
const DEADLINE = new RegExp(String.raw`^${LEAD}\s*(?:${DAY})\s*${TAIL}$`);
const YEAR_DEADLINE = new RegExp(String.raw`^${LEAD}\s*${YEAR_BEFORE}(?:${anyOf(YEAR_END)})\s*(?:${anyOf(BEFORE_WORDS)})?(?:${anyOf(DUE_WORDS)})?$`);
const ACTUAL = new RegExp(String.raw`^(?:${DAY})\s*(?:${anyOf(MONTH_TAILS)})?(?:${anyOf(DUE_WORDS)})?$`);

function dayOf(m: RegExpExecArray, at = 1): Day | null {
  const [y, mo, d] = m[at + 1] !== undefined ? [m[at], m[at + 1], m[at + 2]] : [m[at + 3], m[at + 4], m[at + 5]];
  const month = Number(mo);
  const day = d === undefined ? null : Number(d);
  if (month < 1 || month > 12 || (day !== null && (day < 1 || day > 31))) return null;
  return { year: y === undefined ? null : Number(y), month, day };
}

const compact = (text: string) => text.replace(/[\s,，。.]+$/, '').replace(/\s/g, '');

/** A target that is a deadline; null when the text is anything else. */
export function parseDeadline(text: string): Deadline | null {
  const t = compact(text);
  const year = YEAR_DEADLINE.exec(t);
  if (year) return { by: { year: year[1] === undefined ? null : Number(year[1]), month: 12, day: null } };
  const m = DEADLINE.exec(t);
  const by = m ? dayOf(m) : null;
  return by ? { by } : null;
}

/** The day an actual names (`2023年10月`, `7月`, `2023-10-25`); null when it names none. */
export function readDay(text: string): Day | null {
  const m = ACTUAL.exec(compact(text));
  return m ? dayOf(m) : null;
}

const DAYS_IN = (year: number | null, month: number) => new Date(Date.UTC(year ?? 2001, month, 0)).getUTCDate();

/** Whether `done` falls on or before `by`; null when the two cannot be told apart (the same month, a day unknown). */
export function byDeadline(done: Day, by: Day): boolean | null {
  if (done.year !== null && by.year !== null && done.year !== by.year) return done.year < by.year;
  if (done.month !== by.month) return done.month < by.month;
  const last = DAYS_IN(by.year ?? done.year, by.month);
  const until = by.day ?? last;
  // Done some day of the month: by a deadline on its last day, surely; by an earlier one, who can say.
  if (done.day === null) return until >= last ? true : null;
  return done.day <= until;
}

export const deadline: Family<Deadline> = {
  name: 'target',
  // Met gives the points; missed, whatever a person judges lateness costs.
  gives: () => ANY_SCORE,
  recognise(text) {
    const rule = parseDeadline(text.text);
    return rule ? { rule, read: new Set(text.clauses.map((_, i) => i)), stumbled: [] } : null;
  },
  score(rule, ctx): Outcome {
    const done = actualDay(ctx);
    if (done === null || 'kind' in done) return done ?? ctx.fail.notADate(actualText(ctx));
    const met = 'words' in done ? done.met : byDeadline(done.day, rule.by);
    const said = 'words' in done ? done.words : done.text;
    const by = shownDeadline(rule.by);
    if (met === true) return { kind: 'scored', score: ctx.points, detail: ctx.m.deadlineMet(said, by) };
    if (met === false) return { kind: 'manual', message: ctx.m.deadlineMissed(ctx.actualCell ?? ctx.scoreCell, said, by) };
    return { kind: 'manual', message: ctx.m.deadlineUnclear(ctx.actualCell ?? ctx.scoreCell, said, by) };
  },
};

function actualText(ctx: RowContext): string {
  const a = ctx.actual;
  return a.kind === 'text' ? a.text : a.kind === 'number' ? formatQuantity(a.quantity) : '';
}

type Done = { readonly day: Day; readonly text: string } | { readonly words: string; readonly met: boolean };

/** The actual as a day, or as words that say the deadline was met (`按时完成`) or missed (`逾期`). */
function actualDay(ctx: RowContext): Done | Outcome | null {
  const a = ctx.actual;
  if (a.kind === 'empty') return ctx.fail.missingActual(ctx.m.completionDate);
  if (a.kind === 'error') return ctx.fail.cellError(a.error);
  // A bare figure (`2023.10` typed as a number) is no day; a figure of months (`7月`) is.
  if (a.kind === 'number' && (a.quantity.percent || a.quantity.unit !== MONTH_UNIT)) return null;
  const text = actualText(ctx);
  const words = text.replace(/\s/g, '');
  if (ON_TIME.test(words)) return { words, met: true };
  if (LATE.test(words)) return { words, met: false };
  const day = readDay(text);
  return day ? { day, text: compact(text) } : null;
}
