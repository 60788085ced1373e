// The “三公” items (因公出国（境）, 公务接待, 公务用车购置及运行维护) checked in 基础数据: each is over budget
// when its 决算 exceeds its 预算. Read for a rule that counts the items over budget, whichever family
// states it (\`一项超预算扣0.5分,两项扣1分\`, \`每超一项扣0.5分\`), when the row gives no count itself.
import type { BasicEntry } from '../basicData';
import { formatQuantity, type Dec } from '../numbers';
import type { Failure, RowContext } from './context';
import { isFail } from './inputs';
import { THREE_PUBLIC_NAME, BUDGET_WORD, SPENT_WORD, BUDGET_FIGURE, SPENT_FIGURE, BUDGET_LABEL_END } from './phrases';

/** Whether a row is about the “三公” (its indicator or its rule names them). */
export const aboutThreePublic = (ctx: RowContext): boolean => THREE_PUBLIC_NAME.test(ctx.indicator) || THREE_PUBLIC_NAME.test(ctx.ruleText);

export interface ItemCheck {
  readonly over: boolean;
  readonly text: string;
}

export function checkItems(items: readonly string[], ctx: RowContext): ItemCheck[] | Failure {
  const out: ItemCheck[] = [];
  const missing: string[] = [];
  for (const item of items) {
    const budget = ctx.basic.findContaining(item, BUDGET_WORD)[0];
    const spent = ctx.basic.findContaining(item, SPENT_WORD)[0];
    if (!budget) missing.push(`${item}…${BUDGET_FIGURE}`);
    if (!spent) missing.push(`${item}…${SPENT_FIGURE}`);
    if (!budget || !spent) continue;
    const b = figure(budget, ctx);
    if (isFail(b)) return b;
    const s = figure(spent, ctx);
    if (isFail(s)) return s;
    const name = budget.label.replace(/\s+/g, '').replace(BUDGET_LABEL_END, '');
    const over = s.value.greaterThan(b.value);
    out.push({ over, text: (over ? ctx.m.overItem : ctx.m.withinItem)(name, s.text, b.text) });
  }
  return missing.length ? ctx.fail.missingLabels(missing) : out;
}

function figure(entry: BasicEntry, ctx: RowContext): { value: Dec; text: string } | Failure {
  const r = entry.reading;
  const sheet = ctx.basic.sheet ?? undefined;
  if (r.kind === 'number') {
    const unit = r.quantity.unit ?? entry.unit ?? '';
    return { value: r.quantity.value, text: formatQuantity({ ...r.quantity, unit: unit || null }) };
  }
  if (r.kind === 'error') return ctx.fail.cellError(r.error, entry.cell, sheet);
  if (r.kind === 'empty') return ctx.fail.missingLabels([entry.label], entry.cell, sheet);
  return ctx.fail.notANumber(r.text, entry.label, entry.cell, sheet);
}
