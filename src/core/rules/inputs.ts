// Reading a row's inputs: its own 实际完成值, or figures named in the rule and looked up in 基础数据.
// A needed input that is missing is an error on the row, never a zero.
import type { BasicEntry } from '../basicData';
import { formatPercent, formatQuantity, parseNumberText, round2, type Dec, type Quantity } from '../numbers';
import { isFail, type Failure, type RowContext } from './context';
import { evaluate, parseExpression, render, variables, type Expr } from './expression';
import { labelKey } from '../text';
import { CAPPED_RATE, CHANGE_RATE, NONE_FOUND, NAMES_SCORE } from './phrases';

export { isFail };

/** The row's own figure, or the failure that says what to fill in. */
export function actualNumber(ctx: RowContext, what: string): Quantity | Failure {
  const a = ctx.actual;
  switch (a.kind) {
    case 'number':
      return a.quantity;
    case 'empty':
      return ctx.fail.missingActual(what);
    case 'error':
      return ctx.fail.cellError(a.error);
    case 'text':
      return ctx.fail.notANumber(a.text, what);
  }
}

/** A count of problems or items: a whole number ≥ 0 (无 reads as 0). */
export function actualCount(ctx: RowContext, what: string): number | Failure {
  if (ctx.actual.kind === 'text' && NONE_FOUND.test(ctx.actual.text)) return 0;
  const q = actualNumber(ctx, what);
  if (isFail(q)) return q;
  return countOf(ctx, q);
}

export function countOf(ctx: RowContext, q: Quantity): number | Failure {
  if (q.value.isNegative()) return ctx.fail.negativeCount(formatQuantity(q));
  if (q.percent || !q.value.isInteger()) return ctx.fail.notACount(formatQuantity(q));
  return q.value.toNumber();
}

/** Counts written in one cell, one per part: `1,0,2`, `1、2`. Null when the text is not such a list. */
export function countList(ctx: RowContext, text: string): number[] | Failure | null {
  if (!/[,，、;；\s]/.test(text)) return null;
  const parts = text.split(/[,，、;；\s]/).filter((p) => p !== '');
  const counts: number[] = [];
  for (const p of parts) {
    if (NONE_FOUND.test(p)) {
      counts.push(0);
      continue;
    }
    const q = parseNumberText(p);
    if (!q) return null;
    const n = countOf(ctx, q);
    if (isFail(n)) return n;
    counts.push(n);
  }
  return counts;
}

/** Whether the row measures a change (变动率, 增长率, or bands written `±10%以内`), which may be negative. */
const measuresChange = (ctx: RowContext): boolean => CHANGE_RATE.test(ctx.indicator) || CHANGE_RATE.test(ctx.ruleText) || ctx.ruleText.includes('±');

/** A percentage read from the row: a plain number counts as percent (90 = 90%). Checks its range. */
export function actualPercent(ctx: RowContext, what: string): Dec | Failure {
  const q = actualNumber(ctx, what);
  if (isFail(q)) return q;
  if (q.unit !== null) return ctx.fail.notANumber(formatQuantity(q), what);
  return checkRate(ctx, q.value);
}

/**
 * A rate within what it can be: not negative unless it measures a change, not above 100% where the
 * indicator cannot exceed it (满意度, 合格率 …).
 */
export function checkRate(ctx: RowContext, percent: Dec, cell?: string): Dec | Failure {
  if (percent.isNegative() && !measuresChange(ctx)) return ctx.fail.negativeRate(formatPercent(percent), cell);
  if (percent.greaterThan(100) && CAPPED_RATE.test(ctx.indicator)) return ctx.fail.rateAbove100(formatPercent(percent), cell);
  return percent;
}

export interface Looked {
  readonly value: Dec;
  readonly entry: BasicEntry;
}

/** Values for an expression's variables from 基础数据, or the failure naming what is missing. */
export function lookupAll(ctx: RowContext, expr: Expr, isPoints: (name: string) => boolean): Map<string, Looked> | Failure {
  const found = new Map<string, Looked>();
  const missing: string[] = [];
  const sheet = ctx.basic.sheet ?? undefined;
  for (const name of variables(expr)) {
    if (isPoints(name)) continue;
    const entry = ctx.basic.find(name);
    const r = entry?.reading;
    if (!entry || !r || r.kind === 'empty') {
      missing.push(name);
      continue;
    }
    if (r.kind === 'number') found.set(name, { value: r.quantity.percent ? r.quantity.value.div(100) : r.quantity.value, entry });
    else if (r.kind === 'error') return ctx.fail.cellError(r.error, entry.cell, sheet);
    else return ctx.fail.notANumber(r.text, entry.label, entry.cell, sheet);
  }
  return missing.length ? ctx.fail.missingLabels(missing) : found;
}

/** A zero divisor: named at the 基础数据 cell that holds the zero when it comes from there. */
export function divisionByZero(ctx: RowContext, expr: Expr, divisor: string): Failure {
  const entry = ctx.basic.find(divisor);
  const sheet = ctx.basic.sheet;
  return ctx.fail.divisionByZero(render(expr), divisor, entry && sheet ? { cell: entry.cell, sheet } : undefined);
}

/** A rate defined in the rule, computed from 基础数据 as a percentage rounded half-up to two decimals. */
function definedRate(ctx: RowContext, expr: Expr): { percent: Dec; shown: string } | Failure {
  const values = lookupAll(ctx, expr, () => false);
  if (isFail(values)) return values;
  const result = evaluate(expr, (name) => values.get(name)?.value);
  if (result.kind === 'divide-by-zero') return divisionByZero(ctx, expr, result.divisor);
  if (result.kind === 'missing') return ctx.fail.missingLabels(result.missing);
  const percent = round2(result.value.times(100));
  return { percent, shown: ctx.m.rateLine(render(expr, (name) => values.get(name)?.value), formatPercent(percent)) };
}

/**
 * The row's measured rate: its own 实际完成值 wins; else the rule's definition over 基础数据.
 * When both exist and disagree beyond rounding, a warning says so.
 */
export function measuredRate(ctx: RowContext, definition: Expr | null, what: string): { percent: Dec; shown: string } | Failure {
  if (ctx.actual.kind !== 'empty' || !definition) {
    const own = actualPercent(ctx, what);
    if (isFail(own)) return own;
    const percent = round2(own);
    if (definition) {
      const computed = definedRate(ctx, definition);
      if (!isFail(computed) && !percent.equals(computed.percent) && ctx.actualCell) {
        ctx.warn.inputDisagrees(ctx.actualCell, formatPercent(percent), formatPercent(computed.percent), computed.shown);
      }
    }
    return { percent, shown: formatPercent(percent) };
  }
  const computed = definedRate(ctx, definition);
  if (isFail(computed)) return computed;
  const checked = checkRate(ctx, computed.percent, ctx.ruleCell);
  return isFail(checked) ? checked : computed;
}

/** `部门总体执行进度=财政拨款执行数÷财政拨款调整预算数` anywhere in a rule: the name and its expression text. */
export function findDefinitions(text: string): { name: string; body: string; start: number; end: number }[] {
  const out: { name: string; body: string; start: number; end: number }[] = [];
  const re = /([^\s,;。，；:：=()（）]{2,24})\s*=\s*([^=;。；]+)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (NAMES_SCORE.test(m[1])) continue;
    out.push({ name: m[1], body: m[2], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * The names a rule defines over other names (`资金到位率=实际到位资金/计划投入资金×100%`) and are not
 * labels of 基础数据 (a label there is the figure itself), keyed as expressions name their variables.
 */
export function definitionsIn(text: string, labels: readonly string[]): Map<string, Expr> {
  const defs = new Map<string, Expr>();
  for (const d of findDefinitions(text)) {
    const name = labelKey(d.name);
    const expr = parseExpression(d.body, labels);
    if (expr && expr.kind !== 'num' && !labels.includes(name) && !variables(expr).includes(name)) defs.set(name, expr);
  }
  return defs;
}

/** The first rate a rule defines over names (not a bare figure such as `=0`), as an expression. */
export function definitionIn(text: string, labels: readonly string[]): Expr | null {
  for (const d of findDefinitions(text)) {
    const expr = parseExpression(d.body, labels);
    if (expr && expr.kind !== 'num') return expr;
  }
  return null;
}
