// Reading a row's inputs: its own 实际完成值, or figures named in the rule and looked up in 基础数据.
// A needed input that is missing is an error on the row, never a zero.
import type { BasicEntry } from '../basicData';
import { formatPercent, round2, type Dec, type Quantity } from '../numbers';
import { isFail, type Failure, type RowContext } from './context';

export { isFail };
import { evaluate, render, variables, type Expr } from './expression';

/** The row's own figure, or the failure that says what to fill in. */
export function actualNumber(ctx: RowContext, what: string): Quantity | Failure {
  const a = ctx.actual;
  switch (a.kind) {
    case 'number':
      return a.quantity;
    case 'empty':
      return { kind: 'error', cell: ctx.actualCell, code: 'missing-input', message: ctx.m.missingActual(ctx.actualCell, what) };
    case 'error':
      return { kind: 'error', cell: ctx.actualCell, code: 'cell-error', message: ctx.m.cellError(ctx.actualCell, a.error) };
    case 'text':
      return { kind: 'error', cell: ctx.actualCell, code: 'not-a-number', message: ctx.m.notANumber(ctx.actualCell, a.text, what) };
  }
}

const NONE = /^(无|没有|未发现|零)$/;

/** A count of problems or items: a whole number ≥ 0 (无 reads as 0). */
export function actualCount(ctx: RowContext, what: string): number | Failure {
  if (ctx.actual.kind === 'text' && NONE.test(ctx.actual.text)) return 0;
  const q = actualNumber(ctx, what);
  if (isFail(q)) return q;
  return countOf(ctx, q);
}

export function countOf(ctx: RowContext, q: Quantity): number | Failure {
  const text = `${q.value.toFixed()}${q.percent ? '%' : ''}${q.unit ?? ''}`;
  if (q.value.isNegative()) return { kind: 'error', cell: ctx.actualCell, code: 'negative-value', message: ctx.m.negative(ctx.actualCell, text) };
  if (q.percent || !q.value.isInteger()) return { kind: 'error', cell: ctx.actualCell, code: 'not-a-count', message: ctx.m.notACount(ctx.actualCell, text) };
  return q.value.toNumber();
}

/** Rates that cannot exceed 100% by their nature. */
const CAPPED_RATE = /满意度|满意率|合格率|在用率|准确率|达标率|覆盖率|知晓率|及格率|优良率|完好率|到位率|执行率|执行进度/;

/** A percentage read from the row: a plain number counts as percent (90 = 90%). Checks 100% caps. */
export function actualPercent(ctx: RowContext, what: string): Dec | Failure {
  const q = actualNumber(ctx, what);
  if (isFail(q)) return q;
  if (q.unit !== null) {
    return { kind: 'error', cell: ctx.actualCell, code: 'not-a-number', message: ctx.m.notANumber(ctx.actualCell, `${q.value.toFixed()}${q.unit}`, what) };
  }
  return checkRate(ctx, q.value, ctx.actualCell);
}

export function checkRate(ctx: RowContext, percent: Dec, cell: string): Dec | Failure {
  if (percent.isNegative()) {
    return { kind: 'error', cell, code: 'negative-value', message: ctx.m.negative(cell, formatPercent(percent)) };
  }
  if (percent.greaterThan(100) && CAPPED_RATE.test(ctx.indicator)) {
    return { kind: 'error', cell, code: 'rate-above-100', message: ctx.m.rateAbove100(cell, formatPercent(percent), ctx.indicator) };
  }
  return percent;
}

/** Values for an expression's variables from 基础数据, or the failure naming what is missing. */
export function lookupAll(
  ctx: RowContext,
  expr: Expr,
  isPoints: (name: string) => boolean,
): Map<string, { value: Dec; entry: BasicEntry }> | Failure {
  const found = new Map<string, { value: Dec; entry: BasicEntry }>();
  const missing: string[] = [];
  for (const name of variables(expr)) {
    if (isPoints(name)) continue;
    const entry = ctx.basic.find(name);
    if (!entry) {
      missing.push(name);
      continue;
    }
    const r = entry.reading;
    if (r.kind === 'number') found.set(name, { value: r.quantity.percent ? r.quantity.value.div(100) : r.quantity.value, entry });
    else if (r.kind === 'error') return { kind: 'error', cell: entry.cell, sheet: ctx.basic.sheet ?? undefined, code: 'cell-error', message: ctx.m.cellError(entry.cell, r.error) };
    else if (r.kind === 'empty') missing.push(name);
    else return { kind: 'error', cell: entry.cell, sheet: ctx.basic.sheet ?? undefined, code: 'not-a-number', message: ctx.m.notANumber(`${ctx.basic.sheet}!${entry.cell}`, r.text, entry.label) };
  }
  if (missing.length) {
    return {
      kind: 'error',
      cell: ctx.ruleCell,
      code: 'missing-label',
      message: ctx.m.missingLabels(missing, ctx.hasActualColumn ? ctx.actualCell : null),
    };
  }
  return found;
}

/**
 * A rate defined in the rule (`部门总体执行进度=财政拨款执行数÷财政拨款调整预算数`), computed from
 * 基础数据 and stated as a percentage rounded half-up to two decimals, with its arithmetic.
 */
function definedRate(ctx: RowContext, expr: Expr): { percent: Dec; shown: string } | Failure {
  const values = lookupAll(ctx, expr, () => false);
  if (isFail(values)) return values;
  const result = evaluate(expr, (name) => values.get(name)?.value);
  if (result.kind === 'divide-by-zero') return divisionByZero(ctx, expr, result.divisor);
  if (result.kind !== 'value') return { kind: 'error', cell: ctx.ruleCell, code: 'missing-label', message: ctx.m.missingLabels(result.missing, ctx.actualCell) };
  const percent = round2(result.value.times(100));
  const shown = ctx.m.rateLine(render(expr, (name) => values.get(name)?.value), formatPercent(percent));
  return { percent, shown };
}

/**
 * The row's measured rate: its own 实际完成值 wins; else the rule's definition over 基础数据.
 * When both exist and disagree beyond rounding, a warning says so.
 */
export function measuredRate(
  ctx: RowContext,
  definition: Expr | null,
  what: string,
): { percent: Dec; shown: string } | Failure {
  const hasOwn = ctx.actual.kind !== 'empty';
  if (hasOwn || !definition) {
    const own = actualPercent(ctx, what);
    if (isFail(own)) return own;
    if (definition) {
      const computed = definedRate(ctx, definition);
      if (!isFail(computed) && !round2(own).equals(computed.percent)) {
        ctx.warn('input-disagrees', ctx.actualCell, ctx.m.inputDisagrees(ctx.actualCell, formatPercent(own), formatPercent(computed.percent), computed.shown));
      }
    }
    return { percent: round2(own), shown: formatPercent(round2(own)) };
  }
  const computed = definedRate(ctx, definition);
  if (isFail(computed)) return computed;
  const checked = checkRate(ctx, computed.percent, ctx.ruleCell);
  return isFail(checked) ? checked : computed;
}


/** A zero divisor: named at the 基础数据 cell that holds the zero when it comes from there. */
export function divisionByZero(ctx: RowContext, expr: Expr, divisor: string): Failure {
  const entry = ctx.basic.find(divisor);
  const sheet = ctx.basic.sheet;
  const where = entry && sheet ? `${divisor}（${sheet}!${entry.cell}）` : divisor;
  const message = ctx.m.divisionByZero(render(expr), where);
  return entry && sheet
    ? { kind: 'error', cell: entry.cell, sheet, code: 'division-by-zero', message }
    : { kind: 'error', cell: ctx.ruleCell, code: 'division-by-zero', message };
}

/** `部门总体执行进度=财政拨款执行数÷财政拨款调整预算数` anywhere in a rule: the name and its expression text. */
export function findDefinitions(text: string): { name: string; body: string }[] {
  const out: { name: string; body: string }[] = [];
  const re = /([^\s,;。，；:：=()（）]{2,24})\s*=\s*([^=;。；]+)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (/得分$/.test(m[1])) continue;
    out.push({ name: m[1], body: m[2] });
  }
  return out;
}
