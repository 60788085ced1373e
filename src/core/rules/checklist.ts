// Family «checklist»: criteria each worth points — `①制定明确的财务监控监督措施,得1分;②监控、监督措施执行有效,得1分`,
// `①…，1分；②…，1分；③…，1分`. 实际完成值 answers them: `是,否` in order, the met ones (`①②`), or a
// count when every criterion is worth the same.
import { D, clamp, formatDecimal, ZERO, type Dec } from '../numbers';
import { normalizeText } from '../text';
import type { Family, Outcome, RowContext, Failure } from './context';
import { actualCount, isFail } from './inputs';

export interface ChecklistRule {
  readonly criteria: readonly { readonly marker: string; readonly points: Dec }[];
}

const MARKERS = '①②③④⑤⑥⑦⑧⑨⑩';
const YES = /^(是|√|✓|✔|有|已|y|yes|true|达成|完成)$/i;
const NO = /^(否|×|✗|✘|无|未|n|no|false|未达成|未完成)$/i;

export const checklist: Family<ChecklistRule> = {
  name: 'checklist',
  recognise(text) {
    const t = normalizeText(text);
    const parts = t.split(new RegExp(`(?=[${MARKERS}])`)).filter((p) => MARKERS.includes(p[0]));
    if (parts.length < 2) return null;
    const criteria = [];
    for (const p of parts) {
      const m = /(?:得|计|记)?\s*(\d+(?:\.\d+)?)\s*分/.exec(p);
      if (!m) return null;
      criteria.push({ marker: p[0], points: new D(m[1]) });
    }
    return { criteria };
  },

  score(rule, ctx): Outcome {
    const met = answers(rule, ctx);
    if (isFail(met)) return met;
    const total = rule.criteria.reduce((sum, c, i) => (met[i] ? sum.plus(c.points) : sum), ZERO);
    const parts = rule.criteria.map((c, i) => ctx.m.criterion(c.marker, met[i], formatDecimal(c.points)));
    return { kind: 'scored', score: clamp(total, ZERO, ctx.points), detail: ctx.m.checklist(parts) };
  },
};

function answers(rule: ChecklistRule, ctx: RowContext): boolean[] | Failure {
  const n = rule.criteria.length;
  const a = ctx.actual;
  if (a.kind === 'text') {
    const text = a.text.replace(/\s+/g, '');
    if (new RegExp(`^[${MARKERS}]+$`).test(text)) {
      const chosen = new Set(text);
      const unknown = [...chosen].filter((ch) => !rule.criteria.some((c) => c.marker === ch));
      if (unknown.length) {
        return { kind: 'error', cell: ctx.actualCell, code: 'too-many-answers', message: ctx.m.tooManyAnswers(ctx.actualCell, chosen.size, n) };
      }
      return rule.criteria.map((c) => chosen.has(c.marker));
    }
    const items = a.text.split(/[,，、;；/\s]+/).filter((s) => s !== '');
    if (items.every((s) => YES.test(s) || NO.test(s))) {
      if (items.length > n) return { kind: 'error', cell: ctx.actualCell, code: 'too-many-answers', message: ctx.m.tooManyAnswers(ctx.actualCell, items.length, n) };
      if (items.length < n) return { kind: 'error', cell: ctx.actualCell, code: 'too-few-answers', message: ctx.m.tooFewAnswers(ctx.actualCell, items.length, n) };
      return items.map((s) => YES.test(s));
    }
  }
  const count = actualCount(ctx, ctx.m.actualValue);
  if (isFail(count)) return count;
  if (count > n) return { kind: 'error', cell: ctx.actualCell, code: 'too-many-answers', message: ctx.m.tooManyAnswers(ctx.actualCell, count, n) };
  const equal = rule.criteria.every((c) => c.points.equals(rule.criteria[0].points));
  if (!equal && count > 0 && count < n) {
    return { kind: 'error', cell: ctx.actualCell, code: 'too-few-answers', message: ctx.m.tooFewAnswers(ctx.actualCell, 1, n) };
  }
  return rule.criteria.map((_, i) => i < count);
}
