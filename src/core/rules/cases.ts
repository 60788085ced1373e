// Rules that list cases in words, each with what it gives — read once for «yes-no» (`有…计2分，没有不得分`,
// `是否…，是得满分，否不得分`) and «categorical» (`无结余的得3分；有结余但不超过上年结转的得2分；超过的不得分`).
// A case's condition is prose, never a figure (a figure makes it a band); the row answers by naming it.
import type { Failure, RowContext } from './context';
import { parseCondition } from './condition';
import { findOutcome, type CaseOutcome } from './outcome';
import { numbering, withoutMarker, type Marker } from './numbering';
import { anyOf, ANSWER_WORDS, BREAKDOWN, PER_OCCURRENCE, MODIFIER_END, CASE_LEAD, CASE_TAIL, DENIAL, DENIED_WORD } from './phrases';
import { onlyToZero, saysHowToScore, scoresOtherwise, type RuleReading, type RuleText } from './ruleText';

const PER_OCCURRENCE_RE = new RegExp(PER_OCCURRENCE);

export interface Case {
  /** The condition as written, e.g. `有结余但不超过上年结转的`. */
  readonly when: string;
  /** The condition reduced for matching an answer: `有结余但不超过上年结转`. */
  readonly key: string;
  /** The condition as an option to name, whole and as written: `有结余但不超过上年结转`. */
  readonly shown: string;
  readonly then: CaseOutcome;
}


/** A condition reduced to what an answer would repeat. */
export function caseKey(text: string): string {
  return text.replace(/[\s,，、:：;；。"'“”()（）]/g, '').replace(CASE_LEAD, '').replace(CASE_TAIL, '');
}

/** A condition as an option: its words as written, without what frames it (`如`, `的`, a list marker). */
export function caseShown(text: string): string {
  const edges = /^[\s,，、:：;；。]+|[\s,，、:：;；。]+$/g;
  return withoutMarker(text).replace(edges, '').replace(CASE_LEAD, '').replace(edges, '').replace(CASE_TAIL, '').replace(edges, '');
}

const ANSWER = new RegExp(`^(?:${anyOf(ANSWER_WORDS)})$`);
/** `是否按时报送决算，是得满分`: a case that is only an answer, to the question before it. */
const isAnswer = (text: string): boolean => ANSWER.test(text.replace(/[\s,，:：]/g, ''));

/**
 * Whether a condition can stand as a case a person names: words, not a figure (a figure makes a band, a
 * count, a rank or a list item's points), and more than a lone word unless that word is an answer.
 */
function nameable(key: string): boolean {
  return !/\d/.test(key) && (key.length >= 2 || isAnswer(key));
}

/**
 * The cases of a rule and the clauses they were read from; null when it lists fewer than two, or when
 * they are a list's items more than one to an item (a numbered list is criteria, not cases).
 */
export function readCases(text: RuleText): RuleReading<readonly Case[]> | null {
  const cases: (Case & { readonly at: number })[] = [];
  const read = new Set<number>();
  const stumbled: string[] = [];
  text.clauses.forEach((clause, i) => {
    let engaged = false;
    let whole = true;
    /** Where the words since the last case start in the clause. */
    let from = 0;
    let offset = 0;
    for (const segment of clause.split(/[,，]/)) {
      const at = offset;
      offset += segment.length + 1;
      if (onlyToZero(segment)) continue;
      // `无结余，3分`, `有专人负责2分`: a figure of points alone after the case it belongs to.
      const then = findOutcome(segment, true);
      if (!then) continue;
      const own = segment.slice(0, then.start);
      // `是否按时报送决算，是得满分`: the question is the subject, the case its answer.
      const start = isAnswer(own) ? at : from;
      const when = clause.slice(start, at + then.start).trim();
      const after = segment.slice(then.end);
      // `其中…1分，…1分` after a case is its breakdown, not cases of their own.
      const breakdown = engaged && when.startsWith(BREAKDOWN);
      const key = caseKey(withoutMarker(when));
      engaged = true;
      from = offset;
      // `不齐全的扣2分` is a case too: the points less 2.
      if (breakdown || !nameable(key) || parseCondition(when) || saysHowToScore(after) || scoresOtherwise(when)) whole = false;
      else cases.push({ when, key, shown: caseShown(when), then: then.outcome, at: text.starts[i] + start });
    }
    if (!engaged) return;
    // What follows the last case and still says how to score was not read.
    if (saysHowToScore(clause.slice(from))) whole = false;
    if (whole) read.add(i);
    else stumbled.push(clause);
  });
  // Cases are situations, not occurrences counted (`发现1处扣0.5分` is a deduction per item), and at
  // least one says what it gives rather than what it takes.
  if (cases.length < 2 || cases.some((c) => PER_OCCURRENCE_RE.test(c.when)) || cases.every((c) => c.then.kind === 'minus')) return null;
  if (!oneToAnItem(cases, numbering(text.text))) return null;
  return { rule: cases.map(({ at: _at, ...c }) => c), read, stumbled };
}

/** In a numbered list, each item one case and every case in an item (`1、无结余的得3分；2、…`). */
function oneToAnItem(cases: readonly { readonly at: number }[], markers: readonly Marker[]): boolean {
  if (markers.length === 0) return true;
  const itemOf = (at: number) => markers.filter((m) => m.start <= at).length - 1;
  const items = cases.map((c) => itemOf(c.at));
  return items.every((item, k) => item >= 0 && items.indexOf(item) === k) && new Set(items).size === markers.length;
}

/** `无结余` / `有结余`, `不超过` / `超过`, `未建立` / `已建立`: two cases that deny each other. */
export function opposed(a: string, b: string): boolean {
  const denies = (x: string, y: string) => {
    const core = x.replace(DENIAL, '');
    return core !== x && core.length >= 2 && y.includes(core);
  };
  // `没有建立制度` against `建立了制度`: a denied word the other case holds, whichever case is written first.
  const deniesWord = (x: string, y: string) => [...x.matchAll(DENIED_WORD)].some((m) => y.includes(m[1]) && !y.includes(m[0]));
  return denies(a, b) || denies(b, a) || deniesWord(a, b) || deniesWord(b, a);
}

/** The case an answer names: the one case whose words it repeats, contains or is part of. */
export function caseNamed(cases: readonly Case[], answer: string, ctx: RowContext): Case | Failure {
  const key = caseKey(answer);
  // `健全` names `财务会计制度健全` (the subject written once, in the first case), not `基本健全` or `不健全`.
  const tails = cases.filter((c) => c.key.endsWith(key) && !MODIFIER_END.test(c.key.slice(0, -key.length)));
  if (tails.length === 1) return tails[0];
  const near = cases.filter((c) => c.key.includes(key) || key.includes(c.key));
  // The most specific case the answer names: `有结余但不超过上年结转` over `超过` (the same words above all).
  const [first, second] = near.filter((c) => key.includes(c.key)).sort((a, b) => b.key.length - a.key.length);
  if (first && (!second || first.key.length > second.key.length)) return first;
  if (near.length === 1) return near[0];
  return ctx.fail.unknownAnswer(answer, cases.map((c) => c.shown));
}
