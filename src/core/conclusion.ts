// The 评价结论及措施 of a self-evaluation report (section 五 of the seed report), written from a
// ScoreResult: (一) the conclusion — the unit, the year, the total and grade, one paragraph per level-1
// indicator in words; (二) the problems — one item per deduction, grouped by level-1 indicator, with its
// cause; (三) the measures — drafted per kind of deduction from the phrase table in ./measures, marked as a
// draft for a person to revise. No formula reaches the prose. Pure.
import Decimal from 'decimal.js';
import { measureFor, type Measure } from './measures';
import { formatDecimal } from './numbers';
import { causeOf, isDeducted, plainName, two } from './report/prose';
import { subjectOf, type Subject } from './report/subject';
import type { Grade, GroupTotal, KeptScore, Lang, RowResult, ScoredRow, ScoreResult } from './types';

const GRADE_EN: Record<Grade, string> = { 优: 'excellent', 良: 'good', 中: 'fair', 差: 'poor' };

/** A level-1 indicator with its rows, as the report walks through them. */
interface Area {
  readonly group: GroupTotal;
  readonly name: string;
  readonly rows: readonly RowResult[];
}

function areasOf(result: ScoreResult): Area[] {
  const en = result.lang === 'en';
  if (result.level1.length === 0) {
    const group = { name: en ? 'All indicators' : '各项指标', points: result.maxTotal, score: result.total, complete: result.complete };
    return result.rows.length ? [{ group, name: group.name, rows: result.rows }] : [];
  }
  return result.level1
    .map((group) => ({ group, name: plainName(group.name), rows: result.rows.filter((r) => plainName(r.level1) === plainName(group.name)) }))
    .filter((a) => a.rows.length > 0);
}

interface Pending {
  readonly review: number;
  readonly manual: number;
  readonly error: number;
}

function pendingOf(rows: readonly RowResult[]): Pending {
  return {
    review: rows.filter((r) => r.status === 'manual' && r.review).length,
    manual: rows.filter((r) => r.status === 'manual' && !r.review).length,
    error: rows.filter((r) => r.status === 'error').length,
  };
}

/** A level-2 indicator with several rows is one part (`基础管理得4.00分，其中…`); a row alone is itself. */
interface Part {
  readonly label: string;
  readonly rows: RowResult[];
}

function partsOf(rows: readonly RowResult[]): Part[] {
  const out: Part[] = [];
  for (const r of rows) {
    const label = plainName(r.level2);
    const last = out[out.length - 1];
    if (label !== '' && last && last.label === label) last.rows.push(r);
    else out.push({ label, rows: [r] });
  }
  return out;
}

/** Rows whose score is the typed one, kept (a judgement, or an input missing): never said to be computed. */
type KeptRow = ScoredRow & { readonly kept: KeptScore; readonly typedScore: Decimal };
const keptRows = (rows: readonly RowResult[]): KeptRow[] =>
  rows.filter((r): r is KeptRow => (r.status === 'full' || r.status === 'deducted') && r.kept !== null && r.typedScore !== null);
/** Every score is a typed one kept: the total is the office's, not the rule's. */
const allKept = (result: ScoreResult): boolean => result.rows.length > 0 && keptRows(result.rows).length === result.rows.length;

const sum = (rows: readonly RowResult[]): Decimal => rows.reduce((s, r) => (r.score === null ? s : s.plus(r.score)), new Decimal(0));
const lostIn = (rows: readonly ScoredRow[]): Decimal => rows.reduce((s, r) => s.plus(r.deduction), new Decimal(0));

// ---------------------------------------------------------------------------------------------
// 中文

function subjectZh(s: Subject): string {
  const year = s.year ? `${s.year}年度` : '';
  if (s.kind === 'project') return `${s.unit ?? ''}${s.project ? `“${s.project}”` : '本项目'}${year}项目支出绩效`;
  return `${s.unit ?? '本单位'}${year}部门整体支出绩效`;
}

function headlineZh(result: ScoreResult, p: Pending): string {
  const subject = subjectZh(subjectOf(result));
  if (result.complete && result.grade) {
    const basis = result.gradedOn ? `（各指标分值合计${formatDecimal(result.maxTotal)}分，按得分占分值的比例折合百分制${two(result.gradedOn)}分）` : '';
    const by = allKept(result) ? '按表中填写的得分（均未核算）' : '根据评分标准';
    return `${by}，${subject}自评得分为${two(result.total)}分${basis}，评价等级为“${result.grade}”。具体情况如下：`;
  }
  const pending = [
    p.review ? `${p.review}项指标的完成情况与填写得分矛盾、需复核` : '',
    p.manual ? `${p.manual}项指标待人工评分` : '',
    p.error ? `${p.error}项指标数据有误` : '',
  ].filter(Boolean);
  return `根据评分标准，${subject}已评指标得分为${two(result.total)}分（满分${formatDecimal(result.maxTotal)}分），${pending.join('，')}，暂不评定等级。已评情况如下：`;
}

function itemZh(r: RowResult): string {
  if (r.status === 'manual') return r.review ? `${r.indicator}的完成情况与填写得分矛盾、需复核` : `${r.indicator}待人工评分`;
  if (r.status === 'error') return `${r.indicator}因数据有误未能评分`;
  return `${r.indicator}得${two(r.score)}分`;
}

function itemsZh(rows: readonly RowResult[]): string {
  const parts = partsOf(rows);
  const clean = rows.every((r) => r.status === 'full');
  // A group without deductions is summed up by its level-2 parts (履职效能: two key tasks, not ten KPIs).
  if (clean && parts.length > 1 && parts.length < rows.length && parts.every((p) => p.label !== '')) return parts.map((p) => `${p.label}得${two(sum(p.rows))}分`).join('，');
  if (parts.length === rows.length || parts.length === 1) return rows.map(itemZh).join('，');
  return parts
    .map((p) => (p.rows.length === 1 ? itemZh(p.rows[0]) : `${p.label}${p.rows.every((r) => r.score !== null) ? '' : '已评'}得${two(sum(p.rows))}分，其中${p.rows.map(itemZh).join('、')}`))
    .join('；');
}

/** `…扣0.50分：因公出国（境）经费决算…`; a cause that opens with the indicator's own figure reads `…为103.5%，…，扣1.50分`. */
function deductionZh(r: ScoredRow): string {
  const cause = causeOf(r, 'zh');
  if (/^[\d.-]/.test(cause)) return `${r.indicator}为${cause}，扣${two(r.deduction)}分`;
  return `${r.indicator}扣${two(r.deduction)}分${cause ? `：${cause}` : ''}`;
}

function areaZh(index: number, area: Area): string {
  const { group, rows } = area;
  const kept = keptRows(rows).map((r) => r.indicator);
  const deducted = rows.filter(isDeducted);
  let text = `${index}. ${area.name}方面，${itemsZh(rows)}，${group.complete ? '共计得分' : '已评指标共计得分'}${two(group.score)}分`;
  if (kept.length) text += `（其中${kept.join('、')}为保留的填写得分，未核算）`;
  if (deducted.length === 1) return `${text}；${deductionZh(deducted[0])}。`;
  if (deducted.length > 1) return `${text}，扣${two(lostIn(deducted))}分：${deducted.map(deductionZh).join('；')}。`;
  return `${text}${group.complete ? '，无扣分项目。' : '。'}`;
}

function problemsZh(areas: readonly Area[], p: Pending): string[] {
  const lines: string[] = [];
  let n = 0;
  for (const area of areas) {
    const deducted = area.rows.filter(isDeducted);
    if (deducted.length === 0) continue;
    lines.push(`${area.name}方面：`);
    for (const r of deducted) lines.push(`${++n}. ${deductionZh(r)}。`);
  }
  if (n === 0) lines.push('本次自评无扣分项目。');
  // A typed score the rule cannot give is a problem of the self-evaluation itself.
  for (const r of areas.flatMap((a) => keptRows(a.rows)).filter((r) => !r.kept.possible)) lines.push(`${++n}. ${r.indicator}的填写得分${two(r.typedScore)}分不是评分标准能给出的得分，需核实。`);
  const open = p.review + p.manual + p.error;
  if (open) lines.push(`另有${open}项指标尚未评分，其问题待评分后补充。`);
  return lines;
}

function measuresZh(deducted: readonly ScoredRow[]): string[] {
  const kinds = measuresOf(deducted);
  if (kinds.length === 0) return ['本次自评无扣分项目，暂无针对性的改进措施。'];
  return kinds.map(({ measure, rows }, i) => `${i + 1}. ${measure.kind.zh}：${measure.zh.replace(/。$/, '')}（针对${rows.map((r) => r.indicator).join('、')}）。`);
}

// ---------------------------------------------------------------------------------------------
// English

function subjectEn(s: Subject): string {
  const year = s.year ? `${s.year} ` : '';
  if (s.kind === 'project') return `the ${year}project expenditure performance self-evaluation${s.project ? ` of “${s.project}”` : ''}${s.unit ? ` (${s.unit})` : ''}`;
  return `the ${year}overall expenditure performance self-evaluation${s.unit ? ` of ${s.unit}` : ''}`;
}

function headlineEn(result: ScoreResult, p: Pending): string {
  const subject = subjectEn(subjectOf(result));
  if (result.complete && result.grade) {
    const basis = result.gradedOn ? ` (the points add up to ${formatDecimal(result.maxTotal)}; as a share of them, ${two(result.gradedOn)} out of 100)` : ' out of 100';
    const by = allKept(result) ? 'By the scores typed in the table (none checked)' : 'Under the scoring standard';
    return `${by}, ${subject} scores ${two(result.total)}${basis}, grade “${result.grade}” (${GRADE_EN[result.grade]}). In detail:`;
  }
  const pending = [
    p.review ? `${p.review} indicator(s) need review (the verdict contradicts the typed score)` : '',
    p.manual ? `${p.manual} indicator(s) await a manual score` : '',
    p.error ? `${p.error} indicator(s) have input errors` : '',
  ].filter(Boolean);
  return `Under the scoring standard, the indicators of ${subject} scored so far total ${two(result.total)} out of ${formatDecimal(result.maxTotal)}; ${pending.join(', ')}, so no grade is given yet. So far:`;
}

function itemEn(r: RowResult): string {
  if (r.status === 'manual') return r.review ? `${r.indicator} needs review` : `${r.indicator} awaits a manual score`;
  if (r.status === 'error') return `${r.indicator} could not be scored (input error)`;
  return `${r.indicator} ${two(r.score)}`;
}

function itemsEn(rows: readonly RowResult[]): string {
  const parts = partsOf(rows);
  const clean = rows.every((r) => r.status === 'full');
  if (clean && parts.length > 1 && parts.length < rows.length && parts.every((p) => p.label !== '')) return parts.map((p) => `${p.label} ${two(sum(p.rows))}`).join(', ');
  if (parts.length === rows.length || parts.length === 1) return rows.map(itemEn).join(', ');
  return parts.map((p) => (p.rows.length === 1 ? itemEn(p.rows[0]) : `${p.label} ${two(sum(p.rows))} (${p.rows.map(itemEn).join(', ')})`)).join('; ');
}

function deductionEn(r: ScoredRow): string {
  const cause = causeOf(r, 'en');
  if (/^[\d.-]/.test(cause)) return `${r.indicator} at ${cause} lost ${two(r.deduction)}`;
  return `${r.indicator} lost ${two(r.deduction)}${cause ? `: ${cause}` : ''}`;
}

function areaEn(index: number, area: Area): string {
  const { group, rows } = area;
  const kept = keptRows(rows).map((r) => r.indicator);
  const deducted = rows.filter(isDeducted);
  let text = `${index}. ${area.name}: ${itemsEn(rows)}; ${group.complete ? 'subtotal' : 'subtotal of the scored indicators'} ${two(group.score)}`;
  if (kept.length) text += ` (${kept.join(', ')}: typed scores kept, not checked)`;
  if (deducted.length) return `${text}; ${deducted.map(deductionEn).join('; ')}.`;
  return `${text}${group.complete ? ', no deductions.' : '.'}`;
}

function problemsEn(areas: readonly Area[], p: Pending): string[] {
  const lines: string[] = [];
  let n = 0;
  for (const area of areas) {
    const deducted = area.rows.filter(isDeducted);
    if (deducted.length === 0) continue;
    lines.push(`${area.name}:`);
    for (const r of deducted) lines.push(`${++n}. ${deductionEn(r)}.`);
  }
  if (n === 0) lines.push('No points were lost.');
  for (const r of areas.flatMap((a) => keptRows(a.rows)).filter((r) => !r.kept.possible)) lines.push(`${++n}. ${r.indicator}: the typed score ${two(r.typedScore)} is not one the rule can give; to be checked.`);
  const open = p.review + p.manual + p.error;
  if (open) lines.push(`${open} more indicator(s) have no score yet; their problems follow once they are scored.`);
  return lines;
}

function measuresEn(deducted: readonly ScoredRow[]): string[] {
  const kinds = measuresOf(deducted);
  if (kinds.length === 0) return ['No points were lost, so no specific measure is proposed.'];
  return kinds.map(({ measure, rows }, i) => `${i + 1}. ${measure.kind.en}: ${measure.en.replace(/\.$/, '')} (for ${rows.map((r) => r.indicator).join(', ')}).`);
}

// ---------------------------------------------------------------------------------------------

/** Each kind of deduction once, in the order of its first deduction, with the rows it answers. */
function measuresOf(deducted: readonly ScoredRow[]): { measure: Measure; rows: ScoredRow[] }[] {
  const out: { measure: Measure; rows: ScoredRow[] }[] = [];
  for (const r of deducted) {
    const measure = measureFor(r);
    const found = out.find((k) => k.measure === measure);
    if (found) found.rows.push(r);
    else out.push({ measure, rows: [r] });
  }
  return out;
}

const HEADINGS: Record<Lang, readonly [string, string, string]> = {
  zh: ['（一）评价结论', '（二）存在问题', '（三）改进措施（草稿：按扣分项自动起草，请结合本单位实际修改）'],
  en: ['(1) Conclusion', '(2) Problems found', '(3) Improvement measures (DRAFT, drafted from the deductions: revise before use)'],
};

/** The 评价结论及措施 for the report, one line per paragraph, in the result's language; '' without a table. */
export function conclusion(result: ScoreResult): string {
  if (result.rows.length === 0) return '';
  const en = result.lang === 'en';
  const areas = areasOf(result);
  const pending = pendingOf(result.rows);
  const deducted = areas.flatMap((a) => a.rows.filter(isDeducted));
  const [h1, h2, h3] = HEADINGS[result.lang];
  return [
    h1,
    en ? headlineEn(result, pending) : headlineZh(result, pending),
    ...areas.map((a, i) => (en ? areaEn(i + 1, a) : areaZh(i + 1, a))),
    h2,
    ...(en ? problemsEn(areas, pending) : problemsZh(areas, pending)),
    h3,
    ...(en ? measuresEn(deducted) : measuresZh(deducted)),
  ].join('\n');
}
