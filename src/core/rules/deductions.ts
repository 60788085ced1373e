// Rules made of deductions, read once for the two families that score them — «per-item» (`每发现一处扣0.5分`,
// `发现1个项目扣0.5分…直至扣完`) and «composite» (`未申报扣0.5分；不规范扣0.5分；不匹配扣1分`): the parts,
// each with its rate, the situation it names and what it may take at most, and the counts the row gives.
// A part may stand under its own budget (`…规范的，计2分；…每少一项扣0.4分`) or cap (`最多扣4分`): it
// never takes more than that, whatever the other parts take.
import { D, clamp, formatDecimal, parseNumberText, ZERO, type Dec } from '../numbers';
import type { Failure, Outcome, RowContext } from './context';
import { parseCondition } from './condition';
import { actualCount, countList, countOf, isFail } from './inputs';
import { withoutMarker } from './numbering';
import { findOutcome } from './outcome';
import { aboutThreePublic, checkItems, THREE_PUBLIC, type ItemCheck } from './threePublic';
import { anyOf, capIn, CAP, COUNTER, DEDUCT, NUMBER, OCCURRENCE_VERBS, PER_OCCURRENCE, PER_UNIT, plainNumber, STEP_WORD, TO_ZERO } from './phrases';
import type { Possible } from './possible';
import { onlySubjectLeft, saysHowToScore, scoresOtherwise, type Reading, type RuleText } from './ruleText';

export interface DeductionPart {
  /** Points off for one occurrence. */
  readonly rate: Dec;
  /** Whether the rule counts occurrences (`每发现一处`) rather than naming a situation (`未申报`). */
  readonly perOccurrence: boolean;
  /** The situation as the rule names it, for explanations and for counts typed by name (`不规范1处`). */
  readonly label: string;
  /** The most this part takes off: its clause's cap or the budget stated before it; null for none. */
  readonly cap: Dec | null;
}

export interface DeductionsRule {
  readonly parts: readonly DeductionPart[];
  /** The most the whole rule takes off (`扣满15分为止` in a clause of its own); null for none. */
  readonly cap: Dec | null;
  /** What it counts are items over budget (`决算数未超过预算数的得满分，每超一项扣0.5分`). */
  readonly overBudget: boolean;
}

/** A rule that compares 决算 with 预算 and counts what goes over. */
const OVER_BUDGET = /超(?:过|出)?(?:预算|(?:1|一)?项)/;

const DEDUCT_RE = new RegExp(DEDUCT);
const PER_OCCURRENCE_RE = new RegExp(PER_OCCURRENCE);
const PER_UNIT_RE = new RegExp(PER_UNIT);
const LIMITS = new RegExp(`${anyOf(TO_ZERO)}|${CAP}`, 'g');
/** `2项`, `3个`: how many items, which makes a threshold (the counted-table family), not a situation. */
const MANY = new RegExp(`(?:^|[^\\d.])(?:[2-9]|\\d{2,})\\s*${COUNTER}`);
/** Counting by percentage points belongs to the steps family. */
const BY_POINTS = /每[^扣]*(?:百分点|%)/;
/** `每少100人次`: a step of more than one, counted from a figure, is the steps family's too. */
const BY_STEPS = new RegExp(`每\\s*(?:${STEP_WORD})\\s*(?!(?:1|一)\\s*(?:个|${COUNTER}))${NUMBER}\\s*${COUNTER}`);

/** The situation a part names, without its numbering and counting words: `发现1个项目未申报的` → `项目未申报`. */
const COUNTED_BY = anyOf(OCCURRENCE_VERBS);
const COUNTING = new RegExp(`(?:每(?:${COUNTED_BY}|少|缺少?|漏)?|${COUNTED_BY})\\s*(?:(?:1|一|每一)\\s*${COUNTER}?|${COUNTER})|(?:1|一)\\s*${COUNTER}(?=[的者,，\\s]*$)`, 'g');

function labelOf(lead: string): string {
  return withoutMarker(lead)
    .replace(COUNTING, '')
    .replace(/^(?:凡|如|若|对|其中|以上情况)/, '')
    .replace(/[的者时,，、:：\s]+$/g, '')
    .replace(/^[,，、:：\s]+/, '')
    .trim();
}

/** The parts of a rule made of deductions, with the clauses read; null when it has none. */
export function readDeductions(text: RuleText): Reading<DeductionsRule> | null {
  const parts: (DeductionPart & { readonly under: string })[] = [];
  const read = new Set<number>();
  const stumbled: string[] = [];
  let budget: Dec | null = null;
  /** What the budget was stated for (`按时报送补贴面积`), to tell apart parts that name the same fault. */
  let budgetFor = '';
  let ruleCap: Dec | null = null;
  text.clauses.forEach((clause, i) => {
    if (BY_POINTS.test(clause) || BY_STEPS.test(clause)) return;
    const clauseCap = capIn(clause);
    const first = parts.length;
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
        const after = segment.slice(d.index + d[0].length);
        const perUnit = PER_UNIT_RE.exec(after);
        const perOccurrence = PER_OCCURRENCE_RE.test(lead) || perUnit !== null;
        // `超过10%的扣1分` is a band, and `两项扣1分` a count of items, not a situation counted.
        if (!perOccurrence && (parseCondition(lead) || MANY.test(lead))) whole = false;
        if (!onlySubjectLeft(perUnit ? after.slice(perUnit[0].length) : after)) whole = false;
        parts.push({ rate: new D(plainNumber(d[1])), perOccurrence, label: labelOf(lead) || labelOf(situation) || labelOf(budgetFor), cap: clauseCap ?? budget, under: budgetFor });
        situation = '';
        continue;
      }
      const then = findOutcome(segment, true);
      if (then && then.outcome.kind !== 'minus' && !parseCondition(segment.replace(/^\(?\d{1,2}[)、.]/, ''))) {
        // `全部完成的得满分`, `未发现问题的不扣分`: the case with nothing to deduct; `…规范的，计2分`: a budget
        // for the deductions that follow.
        engaged = true;
        // The case it states is a situation, not another way of scoring (`按完成比例计算得分，满分为止`).
        if (scoresOtherwise(`${situation}${segment.slice(0, then.start)}`)) whole = false;
        if (then.outcome.kind === 'points' && !then.outcome.points.isZero()) {
          budget = then.outcome.points;
          budgetFor = labelOf(`${situation}${segment.slice(0, then.start)}`);
        }
        situation = '';
        continue;
      }
      situation += segment;
    }
    if (!engaged) return;
    // What follows the last part and still says how to score was not read.
    if (saysHowToScore(situation)) whole = false;
    // A cap in a clause with no part of its own limits the whole rule (`…。扣满3分为止`).
    if (parts.length === first && clauseCap) ruleCap = clauseCap;
    if (whole) read.add(i);
    else stumbled.push(clause);
  });
  if (parts.length === 0) return null;
  // Two parts naming the same fault (`有一次未达要求的`) are told apart by what their budgets were for.
  const named = parts.map((p) => (parts.filter((q) => q.label === p.label).length > 1 && p.under ? { ...p, label: `${p.under}：${p.label}` } : p));
  const overBudget = /决算/.test(text.text) && /预算/.test(text.text) && OVER_BUDGET.test(text.text);
  return { rule: { parts: named.map(({ under: _under, ...p }) => p), cap: ruleCap, overBudget }, read, stumbled };
}

/** What deductions can leave: the points less any number of occurrences of each part, within the caps. */
export function deductionsGive(rule: DeductionsRule): Possible {
  return { kind: 'deductions', parts: rule.parts.map((p) => ({ rate: p.rate, cap: p.cap })), cap: rule.cap, zero: false };
}

const COUNT_BY_NAME = new RegExp(String.raw`([^\d,，、;；\s]+?)\s*(${NUMBER})\s*${COUNTER}?`, 'g');

/**
 * The count for each part: one count when every part costs the same (or there is one part), else one
 * per part in order (`1,0,2`) or by name (`不规范1处，未申报2个`).
 */
function readCounts(rule: DeductionsRule, ctx: RowContext): { counts: number[]; perPart: boolean } | Failure {
  const n = rule.parts.length;
  const sameRate = rule.parts.every((p) => p.rate.equals(rule.parts[0].rate) && p.cap === null);
  const a = ctx.actual;
  if (a.kind === 'text') {
    const listed = countList(ctx, a.text);
    if (listed !== null) {
      if (isFail(listed)) return listed;
      if (listed.length > n) return ctx.fail.tooManyCounts(listed.length, n);
      if (listed.length < n) return ctx.fail.countsPerPart(n);
      return { counts: listed, perPart: true };
    }
    const byName = countsByName(rule, ctx, a.text);
    if (byName !== null) return isFail(byName) ? byName : { counts: byName, perPart: true };
  }
  const count = actualCount(ctx, ctx.m.actualValue);
  if (isFail(count)) return count;
  if (n > 1 && !sameRate && count > 0) return ctx.fail.countsPerPart(n);
  return { counts: [count, ...rule.parts.slice(1).map(() => 0)], perPart: n === 1 };
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

/**
 * Points off for the counts given, each part within its cap, all within the rule's cap and the points.
 * `named`: the explanation names each part's situation (as composite rules do), where counts were given
 * per part.
 */
export function scoreDeductions(rule: DeductionsRule, ctx: RowContext, named: boolean): Outcome {
  // The “三公” items over budget, counted from 基础数据 where the row gives no count.
  const counted = rule.overBudget && rule.parts.length === 1 && ctx.actual.kind === 'empty' && aboutThreePublic(ctx) ? checkItems(THREE_PUBLIC, ctx) : null;
  if (counted && isFail(counted)) return counted;
  const read = counted ? { counts: [counted.filter((c) => c.over).length], perPart: false } : readCounts(rule, ctx);
  if (isFail(read)) return read;
  const { counts } = read;
  const byName = named && read.perPart;
  const taken = counts.map((c, i) => {
    const part = rule.parts[i];
    const raw = part.rate.times(c);
    return part.cap ? D.min(raw, part.cap) : raw;
  });
  const total = taken.reduce((sum, t) => sum.plus(t), ZERO);
  const capped = rule.cap !== null && total.greaterThan(rule.cap);
  const deduction = capped ? rule.cap! : total;
  const shown = counts
    .map((c, i) => ({ c, part: rule.parts[i], capped: rule.parts[i].cap !== null && taken[i].lessThan(rule.parts[i].rate.times(c)) }))
    .filter((p) => p.c > 0)
    .map((p) => {
      const line = byName && p.part.label ? ctx.m.compositePart(p.part.label, String(p.c), formatDecimal(p.part.rate)) : ctx.m.perItemPart(String(p.c), formatDecimal(p.part.rate));
      return p.capped ? line + ctx.m.deductionCap(formatDecimal(p.part.cap!)) : line;
    });
  const detail = counted
    ? countedDetail(ctx, counted, shown, formatDecimal(deduction))
    : shown.length === 0
      ? ctx.m.perItemNone
      : ctx.m.perItem(shown, formatDecimal(deduction));
  return {
    kind: 'scored',
    score: clamp(ctx.points.minus(deduction), ZERO, ctx.points),
    detail: capped ? detail + ctx.m.deductionCap(formatDecimal(rule.cap!)) : detail,
  };
}

/** `因公出国（境）经费决算8.68万元超预算6万元（1项超预算），发现1个×0.5分，共扣0.5分`. */
function countedDetail(ctx: RowContext, checked: readonly ItemCheck[], shown: readonly string[], total: string): string {
  const over = checked.filter((c) => c.over);
  if (over.length === 0) return ctx.m.countedNone(checked.map((c) => c.text));
  return `${ctx.m.countedOver(over.map((c) => c.text), over.length)}，${ctx.m.perItem([...shown], total)}`;
}
