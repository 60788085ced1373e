// Rules made of deductions, read once for the two families that score them — «per-item» (`每发现一处扣0.5分`,
// `发现1个项目扣0.5分…直至扣完`) and «composite» (`未申报扣0.5分；不规范扣0.5分；不匹配扣1分`): the parts,
// each with its rate, the situation it names and what it may take at most, and the counts the row gives.
// A part may stand under its own budget (`…规范的，计2分；…每少一项扣0.4分`) or cap (`最多扣4分`): it
// never takes more than that, whatever the other parts take.
import { D, clamp, formatDecimal, formatPercent, formatQuantity, parseNumberText, ZERO, type Dec } from '../numbers';
import type { Failure, Outcome, RowContext } from './context';
import { countedFrom, parseCondition } from './condition';
import { actualCount, countList, countOf, isFail } from './inputs';
import { parseTarget, targetBound, unstatedReference } from './targetFigure';
import { withoutMarker } from './numbering';
import { findOutcome } from './outcome';
import { aboutThreePublic, checkItems, type ItemCheck } from './threePublic';
import { anyOf, capIn, CAP, COUNTER, DEDUCT, ITEM_COUNTER, MORE_POINTS, OVER_BUDGET, NUMBER, PER_OCCURRENCE, PER_UNIT, plainNumber, findStepDeduction, stepDirectionOf, THREE_PUBLIC_ITEMS, TO_ZERO, BASE, COUNTERS, NONE_FOUND, type StepDirection, STEP_IN_POINTS, STEP_OF_SEVERAL, COUNTING_WORDS, SITUATION_LEAD, SITUATION_END, PERCENT_STEP_UNITS, LEADING_ITEM_NUMBER, SPENT_WORD, BUDGET_WORD } from './phrases';
import type { Possible } from './possible';
import { onlySubjectLeft, saysHowToScore, scoresOtherwise, without, type RuleReading, type RuleText } from './ruleText';

export interface DeductionPart {
  /** Points off for one occurrence. */
  readonly rate: Dec;
  /** Whether the rule counts occurrences (`每发现一处`) rather than naming a situation (`未申报`). */
  readonly perOccurrence: boolean;
  /** The situation as the rule names it, for explanations and for counts typed by name (`不规范1处`). */
  readonly label: string;
  /** The most this part takes off: its clause's cap or the budget stated before it; null for none. */
  readonly cap: Dec | null;
  /**
   * A part counted in steps of difference from a figure (`预算执行率每减少1%扣1分`) rather than in
   * occurrences; its entry in the row is the figure measured. Absent for parts that count occurrences.
   */
  readonly measure?: StepMeasure;
}

export interface StepMeasure {
  readonly step: Dec;
  /** The step's unit: null for percentage points. */
  readonly unit: string | null;
  readonly direction: StepDirection;
  /** Where the steps start when the rule says (`相较95%`); else 100%, or the row's target for a unit. */
  readonly base: Dec | null;
}

export interface DeductionsRule {
  readonly parts: readonly DeductionPart[];
  /** The most the whole rule takes off (`扣满15分为止` in a clause of its own); null for none. */
  readonly cap: Dec | null;
  /** What it counts are items over budget (`决算数未超过预算数的得满分，每超一项扣0.5分`). */
  readonly overBudget: boolean;
}

const DEDUCT_RE = new RegExp(DEDUCT);
const PER_OCCURRENCE_RE = new RegExp(PER_OCCURRENCE);
const PER_UNIT_RE = new RegExp(PER_UNIT);
const LIMITS = new RegExp(`${anyOf(TO_ZERO)}|${CAP}`, 'g');
/** `2项`, `3个`: how many items, which makes a threshold (the counted-table family), not a situation. */
const MANY = new RegExp(`(?:^|[^\\d.])(?:[2-9]|\\d{2,})\\s*${ITEM_COUNTER}`);
/** Counting by percentage points, or in steps of more than one from a figure, belongs to the steps family. */
const BY_STEPS = new RegExp(STEP_OF_SEVERAL);

/** The situation a part names, without its numbering and counting words: `发现1个项目未申报的` → `项目未申报`. */
const COUNTING = new RegExp(COUNTING_WORDS, 'g');

function labelOf(lead: string): string {
  return withoutMarker(lead)
    .replace(COUNTING, '')
    .replace(SITUATION_LEAD, '')
    .replace(SITUATION_END, '')
    .replace(/^[,，、:：\s]+/, '');
}

const BASE_RE = new RegExp(BASE);

/** `预算执行率每减少1%扣1分`: a clause that deducts for each step of difference, as a part; null when it does not. */
function stepPart(clause: string): { part: Omit<DeductionPart, 'cap'>; whole: boolean } | null {
  const m = findStepDeduction(clause);
  if (!m) return null;
  const step = new D(plainNumber(m.step));
  const percent = PERCENT_STEP_UNITS.includes(m.unit);
  const lead = clause.slice(0, m.index);
  // A step of one item (`每少一项扣0.4分`) is an occurrence, read below — unless it counts from a figure
  // in that item (`少于2次的，每少1次扣5分`).
  const fromFigure = countedFrom(lead, m.unit);
  if (step.isZero() || (!percent && COUNTERS.includes(m.unit) && step.equals(1) && !fromFigure)) return null;
  const base = BASE_RE.exec(lead);
  const bound = fromFigure ? parseCondition(lead) : null;
  const rest = without(clause, [[m.index, m.index + m.length], ...(base ? [[base.index, base.index + base[0].length] as [number, number]] : [])]).replace(LIMITS, '');
  const from = base ? new D(plainNumber(base[1])) : bound ? (bound.low ?? bound.high)!.value : null;
  const measure: StepMeasure = { step, unit: percent ? null : m.unit, direction: stepDirectionOf(m.direction), base: from };
  return { part: { rate: new D(plainNumber(m.points)), perOccurrence: false, label: labelOf(base ? without(lead, [[base.index, base.index + base[0].length]]) : lead), measure }, whole: onlySubjectLeft(rest) && !saysHowToScore(rest) && !unstatedReference(clause) };
}

/** The parts of a rule made of deductions, with the clauses read; null when it has none. */
export function readDeductions(text: RuleText): RuleReading<DeductionsRule> | null {
  const parts: (DeductionPart & { readonly under: string })[] = [];
  const read = new Set<number>();
  const stumbled: string[] = [];
  let budget: Dec | null = null;
  /** What the budget was stated for (`按时报送补贴面积`), to tell apart parts that name the same fault. */
  let budgetFor = '';
  let ruleCap: Dec | null = null;
  text.clauses.forEach((clause, i) => {
    const stepped = stepPart(clause);
    if (stepped) {
      parts.push({ ...stepped.part, cap: capIn(clause), under: '' });
      if (stepped.whole) read.add(i);
      else stumbled.push(clause);
      return;
    }
    if (STEP_IN_POINTS.test(clause) || BY_STEPS.test(clause)) return;
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
        // `超过10%的扣1分` is a band, and `两项扣1分` a count of items, not a situation counted; nor is
        // `执行率*该指标分值，…扣1分` a situation but another way of scoring before it.
        if (!perOccurrence && (parseCondition(lead) || MANY.test(lead))) whole = false;
        if (scoresOtherwise(lead)) whole = false;
        if (!onlySubjectLeft(perUnit ? after.slice(perUnit[0].length) : after)) whole = false;
        parts.push({ rate: new D(plainNumber(d[1])), perOccurrence, label: labelOf(lead) || labelOf(situation) || labelOf(budgetFor), cap: clauseCap ?? budget, under: budgetFor });
        situation = '';
        continue;
      }
      const then = findOutcome(segment, true);
      if (then && then.outcome.kind !== 'minus' && !parseCondition(segment.replace(LEADING_ITEM_NUMBER, ''))) {
        // `全部完成的得满分`, `未发现问题的不扣分`: the case with nothing to deduct; `…规范的，计2分`: a budget
        // for the deductions that follow.
        engaged = true;
        const lead = `${situation}${segment.slice(0, then.start)}`;
        // The case it states is a situation, not another way of scoring (`按完成比例计算得分，满分为止`), nor a
        // number of items (`发现有两次及以上的，此项不得分`: the counted-table family's), and it has one outcome
        // (`排名第1名、第2名的分别计2分、1.9分` is a table of ranks, not a budget).
        if (scoresOtherwise(lead) || MANY.test(lead) || MORE_POINTS.test(segment.slice(then.end))) whole = false;
        if (then.outcome.kind === 'points' && !then.outcome.points.isZero()) {
          budget = then.outcome.points;
          budgetFor = labelOf(lead);
        }
        situation = '';
        continue;
      }
      situation += segment;
    }
    if (!engaged) return;
    // What follows the last part and still says how to score was not read.
    if (saysHowToScore(situation)) whole = false;
    // `与上年相比，每增加1起扣2分`: counted from a figure the rule names and does not give.
    if (unstatedReference(clause)) whole = false;
    // A cap in a clause with no part of its own limits the whole rule (`…。扣满3分为止`).
    if (parts.length === first && clauseCap) ruleCap = clauseCap;
    if (whole) read.add(i);
    else stumbled.push(clause);
  });
  // Steps alone are the steps family's; beside deductions for occurrences, they are one part of many.
  if (parts.every((p) => p.measure)) return null;
  // Two parts naming the same fault (`有一次未达要求的`) are told apart by what their budgets were for.
  const named = parts.map((p) => (parts.filter((q) => q.label === p.label).length > 1 && p.under ? { ...p, label: `${p.under}：${p.label}` } : p));
  const overBudget = text.text.includes(SPENT_WORD) && text.text.includes(BUDGET_WORD) && OVER_BUDGET.test(text.text);
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

/**
 * One entry per part, in order (`95%,2`): the figure a measured part is counted on — its complete steps
 * from where they start — and the count of each other part. With the explanation of each measured part.
 */
function readEntries(rule: DeductionsRule, ctx: RowContext): { counts: number[]; perPart: true; steps: (string | null)[] } | Failure {
  const entries = rule.parts.map((p) => (p.measure ? ctx.m.measuredEntry(p.label, p.measure.unit === null) : ctx.m.countedEntry(p.label)));
  const wanted = () => ctx.fail.entriesPerPart(entries);
  const a = ctx.actual;
  if (a.kind === 'empty') return ctx.fail.missingActual(ctx.m.inOrder(entries));
  if (a.kind === 'error') return ctx.fail.cellError(a.error);
  if (a.kind !== 'text') return wanted();
  const given = a.text.split(/[,，、;；\s]/).filter((e) => e !== '');
  if (given.length !== rule.parts.length) return wanted();
  const counts: number[] = [];
  const steps: (string | null)[] = [];
  for (const [i, part] of rule.parts.entries()) {
    const entry = given[i];
    const q = NONE_FOUND.test(entry) && !part.measure ? { value: ZERO, percent: false, unit: null } : parseNumberText(entry);
    if (!q) return ctx.fail.notANumber(entry, part.measure ? ctx.m.measuredEntry(part.label, part.measure.unit === null) : ctx.m.countedEntry(part.label));
    if (!part.measure) {
      const c = countOf(ctx, q);
      if (isFail(c)) return c;
      counts.push(c);
      steps.push(null);
      continue;
    }
    const m = part.measure;
    if (q.unit !== null && q.unit !== m.unit) return ctx.fail.stepUnitMismatch(formatQuantity(q), `${formatDecimal(m.step)}${m.unit ?? '%'}`);
    const base = m.base ?? (m.unit === null ? new D(100) : targetFigure(ctx));
    if (base === null) return ctx.fail.missingTarget();
    const diff = m.direction === 'short' ? base.minus(q.value) : m.direction === 'over' ? q.value.minus(base) : q.value.minus(base).abs();
    const count = diff.greaterThan(0) ? diff.div(m.step).floor().toNumber() : 0;
    const inUnit = (d: Dec) => (m.unit === null ? ctx.m.percentagePoints(formatDecimal(d)) : `${formatDecimal(d)}${m.unit}`);
    const say = m.direction === 'short' ? ctx.m.stepsShort : m.direction === 'over' ? ctx.m.stepsOver : ctx.m.stepsApart;
    const shown = m.unit === null ? formatPercent(q.value) : formatQuantity(q);
    const baseShown = m.unit === null ? `${formatDecimal(base)}%` : `${formatDecimal(base)}${m.unit}`;
    counts.push(count);
    steps.push(`${part.label}${say(shown, baseShown, inUnit(diff), inUnit(m.step), formatDecimal(part.rate), count)}`);
  }
  return { counts, perPart: true, steps };
}

/** The row's target figure, for steps in a unit that start from it. */
function targetFigure(ctx: RowContext): Dec | null {
  const t = parseTarget(ctx.targetText);
  return t ? targetBound(t, ctx.indicator).bound.value : null;
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
  const counted = rule.overBudget && rule.parts.length === 1 && ctx.actual.kind === 'empty' && aboutThreePublic(ctx) ? checkItems(THREE_PUBLIC_ITEMS, ctx) : null;
  if (counted && isFail(counted)) return counted;
  const read = counted
    ? { counts: [counted.filter((c) => c.over).length], perPart: false, steps: [] }
    : rule.parts.some((p) => p.measure)
      ? readEntries(rule, ctx)
      : readCounts(rule, ctx);
  if (isFail(read)) return read;
  const { counts } = read;
  const stepsOf = 'steps' in read ? read.steps : [];
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
    .map((c, i) => ({ c, part: rule.parts[i], capped: taken[i].lessThan(rule.parts[i].rate.times(c)) }))
    .filter((p) => p.c > 0)
    .map((p) => {
      // A measured part says its steps; a counted part its occurrences.
      const measured = stepsOf[rule.parts.indexOf(p.part)];
      if (measured) return p.capped ? measured + ctx.m.deductionCap(formatDecimal(p.part.cap!)) : measured;
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
