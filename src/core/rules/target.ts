// Family «target»: a quantitative KPI whose target is a figure — `≥90%`, `不少于150项`, `100%`, `≤5天`,
// `培训合格率达100%`. Met gives full points; else points × actual/target (for ≤ targets, target/actual).
import { D, clamp, formatDecimal, formatQuantity, round2, ZERO, type Dec, type Quantity } from '../numbers';
import { normalizeText } from '../text';
import type { Family, Outcome, RowContext, Failure } from './context';
import { actualNumber, checkRate, isFail } from './inputs';

export interface TargetRule {
  readonly target: Quantity;
  readonly atMost: boolean;
  readonly strict: boolean;
  /** The target as written, for explanations. */
  readonly text: string;
}

const FIGURE = /(\d+(?:\.\d+)?)\s*(%|‰)?\s*([\u4e00-\u9fa5A-Za-z/]{0,4})/g;
/** A numbered list (`1、…; 2、…`, `①…②`) states several targets: qualitative, not one figure. */
const LIST = /(^|[;；\s,，。])\s*[1-9]\s*[、.．)]|[①②③④⑤⑥⑦⑧⑨⑩]/;

/** Reads a target figure with its comparison; null when the text is not a single figure. */
export function parseTarget(text: string): TargetRule | null {
  const t = normalizeText(text).trim();
  if (t === '' || LIST.test(t)) return null;
  const figures = [...t.matchAll(FIGURE)];
  if (figures.length !== 1) return null;
  const f = figures[0];
  // `不少于` / `不低于` are ≥: fold them first so `少于` / `低于` below mean what they say.
  const before = t.slice(0, f.index).replace(/不少于|不低于|不小于/g, '≥');
  const after = t.slice(f.index! + f[0].length);
  const unit = f[3].replace(/^(以上|以下|以内|及以上|及以下)$/, '') || null;
  const percent = f[2] !== undefined;
  const target: Quantity = { value: f[2] === '‰' ? new D(f[1]).div(10) : new D(f[1]), percent, unit: unitOf(unit) };
  const atMost = /[≤<]|不超过|不高于|不多于|低于|少于|小于|控制在/.test(before) || /以内|以下/.test(f[3] + after);
  const strict = /[<>](?!=)|低于|少于|小于|高于|大于|超过/.test(before.replace(/不超过|不高于/g, ''));
  // Prose around the figure is fine (`培训合格率达100%`), a sentence of prose with an incidental number is not.
  if (before.replace(/[≥≤<>=]/g, '').length > 24 || after.replace(/以上|以下|以内/g, '').length > 6) return null;
  const bareZero = target.value.isZero() && !/[≥>]|达到|达/.test(before);
  const most = atMost || bareZero;
  const sign = most ? (strict ? '<' : '≤') : strict ? '>' : '≥';
  return { target, atMost: most, strict, text: `${sign}${formatQuantity(target)}` };
}

function unitOf(unit: string | null): string | null {
  if (!unit) return null;
  const u = unit.replace(/^(以上|以下|以内)/, '');
  return u === '' ? null : u;
}

/** 万/亿 before a unit is a multiplier: `200万` and `2000000` are the same number of users. */
function scaled(q: Quantity): { value: Dec; unit: string | null } {
  const m = /^(万|亿)(.*)$/.exec(q.unit ?? '');
  if (!m) return { value: q.value, unit: q.unit };
  return { value: q.value.times(m[1] === '万' ? 10000 : 100000000), unit: m[2] === '' ? null : m[2] };
}

export const target: Family<TargetRule> = {
  name: 'target',
  recognise: (text) => parseTarget(text),
  score(rule, ctx): Outcome {
    const actual = readActual(rule, ctx);
    if (isFail(actual)) return actual;
    const a = scaled(actual);
    const t = scaled(rule.target);
    if (a.unit !== null && t.unit !== null && a.unit !== t.unit) {
      return { kind: 'error', cell: ctx.actualCell, code: 'unit-mismatch', message: ctx.m.unitMismatch(ctx.actualCell, formatQuantity(actual), rule.text) };
    }
    const shown = formatQuantity(actual);
    const met = rule.atMost
      ? rule.strict ? a.value.lessThan(t.value) : a.value.lessThanOrEqualTo(t.value)
      : rule.strict ? a.value.greaterThan(t.value) : a.value.greaterThanOrEqualTo(t.value);
    if (met) return { kind: 'scored', score: ctx.points, detail: ctx.m.targetMet(shown, rule.text) };
    const [num, den] = rule.atMost ? [t.value, a.value] : [a.value, t.value];
    if (den.isZero()) return { kind: 'scored', score: ZERO, detail: ctx.m.targetMissed(shown, rule.text, '0') };
    const raw = round2(ctx.points.times(num).div(den));
    const arithmetic = `${formatDecimal(ctx.points)}×${formatDecimal(num)}/${formatDecimal(den)}=${formatDecimal(raw)}`;
    return { kind: 'scored', score: clamp(raw, ZERO, ctx.points), detail: ctx.m.targetMissed(shown, rule.text, arithmetic) };
  },
};

function readActual(rule: TargetRule, ctx: RowContext): Quantity | Failure {
  const q = actualNumber(ctx, ctx.m.actualValue);
  if (isFail(q)) return q;
  if (!rule.target.percent) return q;
  // A percentage target: a plain number is read as percent (90 = 90%).
  const percent = checkRate(ctx, q.value, ctx.actualCell);
  if (isFail(percent)) return percent;
  if (q.unit !== null) return { kind: 'error', cell: ctx.actualCell, code: 'unit-mismatch', message: ctx.m.unitMismatch(ctx.actualCell, formatQuantity(q), rule.text) };
  return { value: percent, percent: true, unit: null };
}

