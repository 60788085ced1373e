// Rules made of deductions, read once for the two families that score them — «per-item» (`每发现一处扣0.5分`,
// `发现1个项目扣0.5分…直至扣完`) and «composite» (`未申报扣0.5分；不规范扣0.5分；不匹配扣1分`): the parts,
// each with its rate and the situation it names, the cap, and the counts the row gives for them.
import { D, clamp, formatDecimal, parseNumberText, ZERO, type Dec } from '../numbers';
import type { Failure, Outcome, RowContext } from './context';
import { parseCondition } from './condition';
import { actualCount, countList, countOf, isFail } from './inputs';
import { findOutcome } from './outcome';
import { anyOf, capIn, CAP, COUNTER, DEDUCT, FULL, NUMBER, PER_OCCURRENCE, plainNumber, TO_ZERO } from './phrases';
import { onlySubjectLeft, saysHowToScore, type Reading, type RuleText } from './ruleText';

export interface DeductionPart {
  /** Points off for one occurrence. */
  readonly rate: Dec;
  /** Whether the rule counts occurrences (`每发现一处`) rather than naming a situation (`未申报`). */
  readonly perOccurrence: boolean;
  /** The situation as the rule names it, for explanations and for counts typed by name (`不规范1处`). */
  readonly label: string;
}

export interface DeductionsRule {
  readonly parts: readonly DeductionPart[];
  readonly cap: Dec | null;
}

const DEDUCT_RE = new RegExp(DEDUCT);
const PER_OCCURRENCE_RE = new RegExp(PER_OCCURRENCE);
const FULL_RE = new RegExp(FULL);
const LIMITS = new RegExp(`${anyOf(TO_ZERO)}|${CAP}`, 'g');
/** Counting by percentage points belongs to the steps family. */
const BY_POINTS = /每[^扣]*(?:百分点|%)/;

/** The situation a part names, without its counting words: `发现1个项目未申报的` → `项目未申报`. */
function labelOf(lead: string): string {
  return lead
    .replace(new RegExp(PER_OCCURRENCE, 'g'), '')
    .replace(/^(?:凡|如|若|对|其中|以上情况)/, '')
    .replace(/[的者时,，、:：\s]+$/g, '')
    .replace(/^[,，、:：\s]+/, '')
    .trim();
}

/** The parts of a rule made of deductions, with the clauses read; null when it has none. */
export function readDeductions(text: RuleText): Reading<DeductionsRule> | null {
  const parts: DeductionPart[] = [];
  const read = new Set<number>();
  const stumbled: string[] = [];
  text.clauses.forEach((clause, i) => {
    if (BY_POINTS.test(clause)) return;
    let engaged = false;
    let whole = true;
    let situation = '';
    for (const raw of clause.split(/[,，]/)) {
      const segment = raw.trim();
      const limits = segment.replace(LIMITS, '');
      if (limits !== segment) {
        engaged = true;
        if (!onlySubjectLeft(limits)) whole = false;
        continue;
      }
      const d = DEDUCT_RE.exec(segment);
      if (d) {
        engaged = true;
        const lead = `${situation}${segment.slice(0, d.index)}`;
        const perOccurrence = PER_OCCURRENCE_RE.test(lead);
        if (!perOccurrence && parseCondition(lead)) whole = false; // `超过10%的扣1分` is a band, not a count
        if (!onlySubjectLeft(segment.slice(d.index + d[0].length))) whole = false;
        parts.push({ rate: new D(plainNumber(d[1])), perOccurrence, label: labelOf(lead) || labelOf(situation) });
        situation = '';
        continue;
      }
      const then = findOutcome(segment);
      if (then && then.outcome.kind === 'share' && FULL_RE.test(segment) && !parseCondition(segment)) {
        engaged = true; // `全部完成的得满分`, `未发现问题的不扣分`: the case with nothing to deduct
        situation = '';
        continue;
      }
      if (saysHowToScore(segment)) {
        whole = false;
        continue;
      }
      situation += segment;
    }
    if (!engaged) return;
    if (whole) read.add(i);
    else stumbled.push(clause);
  });
  if (parts.length === 0) return null;
  return { rule: { parts, cap: capIn(text.text) }, read, stumbled };
}

const COUNT_BY_NAME = new RegExp(String.raw`([^\d,，、;；\s]+?)\s*(${NUMBER})\s*${COUNTER}?`, 'g');

/**
 * The count for each part: one count when every part costs the same (or there is one part), else one
 * per part in order (`1,0,2`) or by name (`不规范1处，未申报2个`).
 */
function readCounts(rule: DeductionsRule, ctx: RowContext): number[] | Failure {
  const n = rule.parts.length;
  const sameRate = rule.parts.every((p) => p.rate.equals(rule.parts[0].rate));
  const a = ctx.actual;
  if (a.kind === 'text') {
    const listed = countList(ctx, a.text);
    if (listed !== null) {
      if (isFail(listed)) return listed;
      if (listed.length > n) return ctx.fail.tooManyAnswers(listed.length, n);
      if (listed.length < n) return ctx.fail.countsPerPart(n);
      return listed;
    }
    const byName = countsByName(rule, ctx, a.text);
    if (byName !== null) return byName;
  }
  const count = actualCount(ctx, ctx.m.actualValue);
  if (isFail(count)) return count;
  if (!sameRate && count > 0) return ctx.fail.countsPerPart(n);
  return [count, ...rule.parts.slice(1).map(() => 0)];
}

/** `不规范1处，未申报2个`: counts named by the situations the rule lists; parts not named count 0. */
function countsByName(rule: DeductionsRule, ctx: RowContext, text: string): number[] | Failure | null {
  const pairs = [...text.matchAll(COUNT_BY_NAME)];
  if (pairs.length === 0 || pairs.map((p) => p[0]).join('').replace(/[,，、;；\s]/g, '') !== text.replace(/[,，、;；\s]/g, '')) return null;
  const counts = rule.parts.map(() => 0);
  for (const [, name, figure] of pairs) {
    const at = rule.parts.findIndex((p) => p.label !== '' && (p.label.includes(name) || name.includes(p.label)));
    if (at < 0) return ctx.fail.unknownAnswer(name, rule.parts.map((p) => p.label));
    const q = parseNumberText(figure);
    if (!q) return null;
    const c = countOf(ctx, q);
    if (isFail(c)) return c;
    counts[at] += c;
  }
  return counts;
}

/** Points off for the counts given, within the cap and the points; the explanation names each part. */
export function scoreDeductions(rule: DeductionsRule, ctx: RowContext, byName: boolean): Outcome {
  const counts = readCounts(rule, ctx);
  if (isFail(counts)) return counts;
  let deduction = counts.reduce((sum, c, i) => sum.plus(rule.parts[i].rate.times(c)), ZERO);
  if (rule.cap) deduction = D.min(deduction, rule.cap);
  const shown = counts
    .map((c, i) => ({ c, part: rule.parts[i] }))
    .filter((p) => p.c > 0)
    .map((p) => (byName && p.part.label ? ctx.m.compositePart(p.part.label, String(p.c), formatDecimal(p.part.rate)) : ctx.m.perItemPart(String(p.c), formatDecimal(p.part.rate))));
  const detail = shown.length === 0 ? ctx.m.perItemNone : ctx.m.perItem(shown, formatDecimal(deduction));
  return {
    kind: 'scored',
    score: clamp(ctx.points.minus(deduction), ZERO, ctx.points),
    detail: rule.cap && shown.length ? detail + ctx.m.deductionCap(formatDecimal(rule.cap)) : detail,
  };
}
