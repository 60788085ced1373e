// The 评价结论 paragraph of a self-evaluation report (section 五（一） of the seed report), written
// from a ScoreResult: the total and grade, then one numbered sentence per level-1 indicator naming
// each indicator's score, the group's total and what was deducted and why. Pure.
import Decimal from 'decimal.js';
import type { Grade, GroupTotal, RowResult, ScoredRow, ScoreResult } from './types';
import { formatDecimal } from './numbers';

const GRADE_EN: Record<Grade, string> = { 优: 'excellent', 良: 'good', 中: 'fair', 差: 'poor' };

/** `(10分) 预算管理` / `预算管理（10分）` → `预算管理`: the name a report uses. */
function plainName(name: string): string {
  return name
    .replace(/[(（]\s*\d+(?:\.\d+)?\s*分\s*[)）]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The explanation without its leading `扣0.25分：` (the sentence states the deduction itself). */
function explanationBody(row: RowResult): string {
  return row.explanation
    .replace(/^\s*扣\s*[\d.]+\s*分\s*[：:]\s*/, '')
    .replace(/^\s*(?:deduct(?:ed|ion)?\s*|minus\s*|[-−])\s*[\d.]+\s*(?:points?|pts?)?\s*[：:]\s*/i, '')
    .replace(/[。.;；\s]+$/, '')
    .trim();
}

const n = (d: Decimal): string => formatDecimal(d);

const isDeducted = (r: RowResult): r is ScoredRow => r.status === 'deducted';

interface Counts {
  manual: number;
  error: number;
}

function counts(rows: readonly RowResult[]): Counts {
  return {
    manual: rows.filter((r) => r.status === 'manual').length,
    error: rows.filter((r) => r.status === 'error').length,
  };
}

interface Part {
  readonly label: string;
  readonly rows: readonly RowResult[];
}

/**
 * The group's rows as the report names them: a level-2 indicator with several rows is one part
 * (`基础管理得4分，其中…`), a row alone in its level-2 is named by its own indicator. A group with
 * a single level-2 lists its rows.
 */
function parts(rows: readonly RowResult[]): Part[] {
  const out: { label: string; rows: RowResult[] }[] = [];
  for (const r of rows) {
    const label = plainName(r.level2);
    const last = out[out.length - 1];
    if (label !== '' && last && last.label === label) last.rows.push(r);
    else out.push({ label, rows: [r] });
  }
  return out;
}

const partScore = (rows: readonly RowResult[]): Decimal =>
  rows.reduce((sum, r) => (r.score === null ? sum : sum.plus(r.score)), new Decimal(0));

function itemZh(r: RowResult): string {
  if (r.status === 'manual') return `${r.indicator}待人工评分`;
  if (r.status === 'error') return `${r.indicator}因数据有误未能评分`;
  return `${r.indicator}得${n(r.score)}分`;
}

function itemEn(r: RowResult): string {
  if (r.status === 'manual') return `${r.indicator} awaits a manual score`;
  if (r.status === 'error') return `${r.indicator} could not be scored (input error)`;
  return `${r.indicator} ${n(r.score)}`;
}

function itemsZh(rows: readonly RowResult[]): string {
  const ps = parts(rows);
  if (ps.length === 1 || ps.every((p) => p.rows.length === 1)) return rows.map(itemZh).join('，');
  return ps
    .map((p) =>
      p.rows.length === 1
        ? itemZh(p.rows[0])
        : `${p.label}${p.rows.every((r) => r.score !== null) ? '' : '已评'}得${n(partScore(p.rows))}分，其中${p.rows.map(itemZh).join('、')}`,
    )
    .join('；');
}

function itemsEn(rows: readonly RowResult[]): string {
  const ps = parts(rows);
  if (ps.length === 1 || ps.every((p) => p.rows.length === 1)) return rows.map(itemEn).join(', ');
  return ps
    .map((p) =>
      p.rows.length === 1 ? itemEn(p.rows[0]) : `${p.label} ${n(partScore(p.rows))} (${p.rows.map(itemEn).join(', ')})`,
    )
    .join('; ');
}

function groupSentenceZh(index: number, group: GroupTotal, rows: readonly RowResult[]): string {
  const deducted = rows.filter(isDeducted);
  const lost = deducted.reduce((sum, r) => sum.plus(r.deduction), new Decimal(0));
  let text = `${index}. ${plainName(group.name)}方面，${itemsZh(rows)}，`;
  text += group.complete ? `共计得分${n(group.score)}分` : `已评指标共计得分${n(group.score)}分`;
  if (deducted.length === 0) {
    text += group.complete ? '，无扣分项目。' : '。';
  } else if (deducted.length === 1) {
    const r = deducted[0];
    text += `，扣${n(lost)}分：${r.indicator}，${explanationBody(r)}。`;
  } else {
    const parts = deducted.map((r) => `${r.indicator}扣${n(r.deduction)}分，${explanationBody(r)}`);
    text += `，扣${n(lost)}分：${parts.join('；')}。`;
  }
  return text;
}

function groupSentenceEn(index: number, group: GroupTotal, rows: readonly RowResult[]): string {
  const deducted = rows.filter(isDeducted);
  const lost = deducted.reduce((sum, r) => sum.plus(r.deduction), new Decimal(0));
  let text = `${index}. ${plainName(group.name)}: ${itemsEn(rows)}; `;
  text += group.complete ? `subtotal ${n(group.score)} points` : `subtotal of the scored indicators ${n(group.score)} points`;
  if (deducted.length === 0) {
    text += group.complete ? ', no deductions.' : '.';
  } else {
    const parts = deducted.map((r) => `${r.indicator} −${n(r.deduction)}: ${explanationBody(r)}`);
    text += `, ${n(lost)} deducted (${parts.join('; ')}).`;
  }
  return text;
}

function headlineZh(result: ScoreResult, c: Counts): string {
  const outOf = result.maxTotal.equals(100) ? '' : `（满分${n(result.maxTotal)}分）`;
  if (result.complete && result.grade) {
    return `根据评分标准，本部门自评得分为${n(result.total)}分${outOf}，评价等级为“${result.grade}”。`;
  }
  const pending: string[] = [];
  if (c.manual) pending.push(`${c.manual}项指标待人工评分`);
  if (c.error) pending.push(`${c.error}项指标数据有误`);
  return `根据评分标准，本部门已评指标得分为${n(result.total)}分（满分${n(result.maxTotal)}分），${pending.join('、')}，暂不评定等级。`;
}

function headlineEn(result: ScoreResult, c: Counts): string {
  if (result.complete && result.grade) {
    return `Under the scoring standard, the department's self-evaluation score is ${n(result.total)} out of ${n(result.maxTotal)}, grade “${result.grade}” (${GRADE_EN[result.grade]}).`;
  }
  const pending: string[] = [];
  if (c.manual) pending.push(`${c.manual} indicator(s) await a manual score`);
  if (c.error) pending.push(`${c.error} indicator(s) have input errors`);
  return `Under the scoring standard, the indicators scored so far total ${n(result.total)} out of ${n(result.maxTotal)}; ${pending.join(' and ')}, so no grade is given yet.`;
}

/** The 评价结论 for the report, one line per paragraph, in the result's language. */
export function conclusion(result: ScoreResult): string {
  const en = result.lang === 'en';
  const lines = [en ? headlineEn(result, counts(result.rows)) : headlineZh(result, counts(result.rows))];
  const groups = result.level1.length
    ? result.level1
    : [{ name: en ? 'All indicators' : '各项指标', points: result.maxTotal, score: result.total, complete: result.complete }];
  let index = 0;
  for (const g of groups) {
    const rows = result.level1.length
      ? result.rows.filter((r) => plainName(r.level1) === plainName(g.name))
      : result.rows;
    if (rows.length === 0) continue;
    index += 1;
    lines.push(en ? groupSentenceEn(index, g, rows) : groupSentenceZh(index, g, rows));
  }
  return lines.join('\n');
}
