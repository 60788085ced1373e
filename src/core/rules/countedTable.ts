// Family «counted-table»: a deduction set by how many listed items fail — `部门“三公”经费决算数一项超预算扣0.5分,
// 两项扣1分`, `发现一次的，扣0.5分；发现有两次及以上的，此项不得分`. For “三公” the items are 因公出国（境）,
// 公务接待 and 公务用车购置及运行维护, each over budget when its 决算 exceeds its 预算 in 基础数据; the row's
// 实际完成值, when given, is the count itself. More items than the rule lists take its last figure.
import { D, clamp, ZERO, type Dec } from '../numbers';
import type { Family, Outcome } from './context';
import { actualCount, isFail } from './inputs';
import { anyOf, plainNumber, THREE_PUBLIC_ITEMS, THREE_PUBLIC_NAME, TO_ZERO, COUNTED_STEP } from './phrases';
import { outcomes } from './possible';
import { onlySubjectLeft, without } from './ruleText';
import { checkItems } from './threePublic';

export interface CountedRule {
  /** Points off by number of failing items, ascending by count; `all` where that many leave no points (`不得分`). */
  readonly steps: readonly { readonly count: number; readonly deduction: Dec | 'all' }[];
  /** The items to check in 基础数据 (“三公”), or null when only the row's count can say. */
  readonly items: readonly string[] | null;
  /** What the rule counts in (`项`, `次`, `处`), as its first step writes it. */
  readonly counter: string;
}

const STEP = new RegExp(COUNTED_STEP, 'g');
const TO_ZERO_RE = new RegExp(anyOf(TO_ZERO), 'g');

export const countedTable: Family<CountedRule> = {
  name: 'counted-table',
  recognise(text) {
    const steps: { count: number; deduction: Dec | 'all' }[] = [];
    const read = new Set<number>();
    const stumbled: string[] = [];
    let counter: string | undefined;
    text.clauses.forEach((clause, i) => {
      const found = [...clause.matchAll(STEP)];
      if (found.length === 0) return;
      for (const m of found) steps.push({ count: Number(m[1]), deduction: m[4] === undefined ? new D(plainNumber(m[3])) : 'all' });
      counter ??= found[0][2];
      const rest = without(clause, found.map((m) => [m.index!, m.index! + m[0].length] as [number, number])).replace(TO_ZERO_RE, '');
      if (onlySubjectLeft(rest)) read.add(i);
      else stumbled.push(clause);
    });
    const counts = new Set(steps.map((s) => s.count));
    if (steps.length < 2 || counts.size !== steps.length || counts.has(0)) return null;
    steps.sort((a, b) => a.count - b.count);
    return { rule: { steps, items: THREE_PUBLIC_NAME.test(text.text) ? THREE_PUBLIC_ITEMS : null, counter: counter! }, read, stumbled };
  },

  score(rule, ctx): Outcome {
    let count: number;
    let detail: string;
    if (ctx.actual.kind !== 'empty' || !rule.items) {
      const n = actualCount(ctx, ctx.m.actualValue);
      if (isFail(n)) return n;
      count = n;
      detail = ctx.m.countedGiven(n, rule.counter);
    } else {
      const checked = checkItems(rule.items, ctx);
      if (isFail(checked)) return checked;
      const over = checked.filter((c) => c.over);
      count = over.length;
      detail = count > 0 ? ctx.m.countedOver(over.map((c) => c.text), count) : ctx.m.countedNone(checked.map((c) => c.text));
    }
    const step = [...rule.steps].reverse().find((s) => s.count <= count);
    const deduction = !step ? ZERO : step.deduction === 'all' ? ctx.points : step.deduction;
    return { kind: 'scored', score: clamp(ctx.points.minus(deduction), ZERO, ctx.points), detail };
  },

  // No item over, or the figure for some number of items.
  gives: (rule, points) => outcomes([points, ...rule.steps.map((s) => (s.deduction === 'all' ? ZERO : points.minus(s.deduction)))]),
};
