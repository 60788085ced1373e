// Scoring a workbook: find the table, read each indicator, recognise its rule, score it exactly, explain it.
import { BasicData } from './basicData';
import { structuralChecks, type CheckedRow } from './checks';
import { messages, type Messages } from './messages';
import { clamp, formatDecimal, readCell, round2, ZERO, type Dec, type Reading } from './numbers';
import type { Outcome, RowContext } from './rules/context';
import { VERDICT } from './rules/qualitative';
import { qualitativeRule, recogniseRule, recogniseTarget, type Recognised } from './rules/recognise';
import { Grid } from './sheet/grid';
import { locateTable } from './sheet/layout';
import { readRows, type IndicatorRow } from './sheet/table';
import { toA1 } from './address';
import type { Grade, GroupTotal, Issue, IssueCode, Lang, Layout, RowResult, ScoreOptions, ScoreResult, Workbook } from './types';

export function grade(total: Dec): Grade {
  if (total.greaterThanOrEqualTo(90)) return '优';
  if (total.greaterThanOrEqualTo(80)) return '良';
  if (total.greaterThanOrEqualTo(60)) return '中';
  return '差';
}

/**
 * Sheets repeat the same rule text down many rows, and a reviewer's folder holds many workbooks
 * of one template: each distinct text is recognised once per set of 基础数据 labels (which a
 * recognised rule may name), and kept across calls. Recognised rules are immutable; the cache is
 * bounded so a long session cannot grow it without end.
 */
const RECOGNISED = new Map<string, Map<string, Recognised | null>>();
const MAX_LABEL_SETS = 32;
const MAX_TEXTS = 5000;

function recognisedFor(labels: readonly string[]): Map<string, Recognised | null> {
  const key = labels.join('\u0000');
  let texts = RECOGNISED.get(key);
  if (!texts) {
    if (RECOGNISED.size >= MAX_LABEL_SETS) RECOGNISED.clear();
    texts = new Map();
    RECOGNISED.set(key, texts);
  } else if (texts.size >= MAX_TEXTS) {
    texts.clear();
  }
  return texts;
}

export function scoreWorkbook(workbook: Workbook, options: ScoreOptions = {}): ScoreResult {
  const lang: Lang = options.lang ?? 'zh';
  const m = messages(lang);
  const sheet = workbook.indicatorSheet;
  const grid = new Grid(sheet);
  const located = locateTable(sheet, lang, grid);
  const empty = { lang, sheet: sheet.name, rows: [], total: ZERO, maxTotal: ZERO, grade: null, complete: false, level1: [] };
  if (!located.ok) return { ...empty, issues: located.issues };
  const layout = located.layout;
  const issues: Issue[] = [...located.issues];
  const table = readRows(grid, layout);
  if (table.length === 0) {
    issues.push({ severity: 'error', cell: toA1(layout.headerRow, layout.columns.indicator), code: 'no-indicators', message: m.noIndicators(sheet.name) });
    return { ...empty, layout, issues };
  }

  const basic = new BasicData(workbook.basicData);
  const labels = basic.keysLongestFirst();
  const recognised = recognisedFor(labels);
  const memo = (kind: string, text: string, f: () => Recognised | null) => {
    const k = `${kind}\u0000${text}`;
    if (!recognised.has(k)) recognised.set(k, f());
    return recognised.get(k)!;
  };

  const rows: RowResult[] = [];
  const checked: CheckedRow[] = [];
  for (const row of table) {
    const result = scoreRow(row, { m, lang, basic, labels, memo, issues, scoreScale: layout.scoreScale, options });
    rows.push(result);
    checked.push({ level1: row.level1, level2: row.level2, indicator: row.indicator, points: result.status === 'error' && result.points.isZero() ? null : result.points, family: result.family });
  }
  const totalCell = layout.totalRow !== undefined ? toA1(layout.totalRow, layout.columns.points) : toA1(layout.headerRow, layout.columns.points);
  issues.push(...structuralChecks(checked, m, totalCell));

  const total = rows.reduce((s, r) => (r.score ? s.plus(r.score) : s), ZERO);
  const maxTotal = rows.reduce((s, r) => s.plus(r.points), ZERO);
  const complete = rows.every((r) => r.score !== null);
  return {
    lang,
    sheet: sheet.name,
    layout,
    rows,
    total,
    maxTotal,
    grade: complete ? grade(total) : null,
    complete,
    level1: groupTotals(table, rows),
    issues,
  };
}

interface RowEnv {
  readonly m: Messages;
  readonly lang: Lang;
  readonly basic: BasicData;
  readonly labels: readonly string[];
  readonly memo: (kind: string, text: string, f: () => Recognised | null) => Recognised | null;
  readonly issues: Issue[];
  readonly scoreScale: Layout['scoreScale'];
  readonly options: ScoreOptions;
}

/**
 * The score a person typed, in points: 得分 as written, or 得分系数 (a percentage of the points,
 * `80%` or `80`) times the points. Null when the cell holds no figure.
 */
function typedScore(hand: Reading, points: Dec, scale: Layout['scoreScale']): Dec | null {
  if (hand.kind !== 'number') return null;
  return scale === 'share' ? round2(hand.quantity.value.times(points).div(100)) : hand.quantity.value;
}

function scoreRow(row: IndicatorRow, env: RowEnv): RowResult {
  const { m, issues } = env;
  const base = {
    row: row.row,
    cell: row.scoreCell,
    level1: row.level1?.name ?? '',
    level2: row.level2?.name ?? '',
    indicator: row.indicator,
    previous: row.scoreValue,
    scoreIsFormula: row.scoreIsFormula,
  };
  // A percent format matters where the column holds shares (0.8 shown as 80%), not points.
  const hand = readCell(row.scoreValue, env.scoreScale === 'share' ? row.scoreFormat : null);
  const fail = (points: Dec, family: RowResult['family'], cell: string, code: IssueCode, message: string, sheet?: string): RowResult => {
    issues.push({ severity: 'error', cell, code, message, ...(sheet ? { sheet } : {}) });
    const typed = points.isZero() ? null : typedScore(hand, points, env.scoreScale);
    return { ...base, typedScore: typed, points, family, status: 'error', score: null, deduction: null, explanation: message };
  };

  const points = readPoints(row);
  const pv = row.pointsValue;
  if (points === null && pv !== null && typeof pv === 'object') return fail(ZERO, null, row.pointsCell, 'cell-error', m.cellError(row.pointsCell, pv.error));
  if (points === null) return fail(ZERO, null, row.pointsCell, 'bad-points', m.badPoints(row.pointsCell, cellShown(row)));

  const actual = readCell(row.actualValue, row.actualFormat);
  const typed = typedScore(hand, points, env.scoreScale);
  const { rule, ruleCell, ruleText } = chooseRule(row, actual, env);
  const actualCell = row.actualCell ?? row.scoreCell;
  const ctx: RowContext = {
    lang: env.lang,
    m,
    indicator: row.indicator,
    points,
    ruleCell,
    ruleText,
    targetText: row.targetText || row.explanationText,
    actual,
    actualCell,
    hasActualColumn: row.actualCell !== null,
    typedScore: typed,
    scoreCell: row.scoreCell,
    basic: env.basic,
    warn: (code, cell, message) => issues.push({ severity: 'warning', cell, code, message }),
  };

  const outcome: Outcome = rule ? rule.score(ctx) : { kind: 'manual', message: m.manualUnrecognised(ruleCell) };
  const family = rule?.family ?? null;
  if (outcome.kind === 'error') return fail(points, family, outcome.cell, outcome.code, outcome.message, outcome.sheet);

  if (typed?.greaterThan(points)) {
    ctx.warn('score-above-points', row.scoreCell, m.scoreAbovePoints(row.scoreCell, formatDecimal(typed), formatDecimal(points)));
  }
  if (row.scoreIsFormula && !env.options.overwriteFormulas) ctx.warn('formula-in-score', row.scoreCell, m.formulaInScore(row.scoreCell));
  if (outcome.kind === 'manual') {
    ctx.warn('manual-score-needed', row.scoreCell, outcome.message);
    return { ...base, typedScore: typed, points, family, status: 'manual', score: null, deduction: null, explanation: outcome.message };
  }

  const score = clamp(round2(outcome.score), ZERO, points);
  const deduction = points.minus(score);
  if (typed !== null && !typed.equals(score)) {
    ctx.warn('score-changed', row.scoreCell, `${row.scoreCell}：${m.scoreChanged(formatDecimal(typed), formatDecimal(score))}`);
  }
  const scored = { ...base, typedScore: typed, points, family, score, deduction };
  return deduction.isZero()
    ? { ...scored, status: 'full', explanation: m.full(outcome.detail) }
    : { ...scored, status: 'deducted', explanation: m.deducted(formatDecimal(deduction), outcome.detail) };
}

function readPoints(row: IndicatorRow): Dec | null {
  const r = readCell(row.pointsValue, row.pointsFormat);
  if (r.kind !== 'number' || r.quantity.percent) return null;
  if (r.quantity.unit !== null && r.quantity.unit !== '分') return null;
  return r.quantity.value.greaterThan(0) ? r.quantity.value : null;
}

function cellShown(row: IndicatorRow): string {
  const v = row.pointsValue;
  if (v === null) return '';
  return typeof v === 'object' ? v.error : String(v);
}

/**
 * The row's rule: its 评分标准, unless that is empty or group guidance; then its target or
 * explanation; then its name. A verdict in 实际完成值 always reads as qualitative.
 */
function chooseRule(row: IndicatorRow, actual: Reading, env: RowEnv): { rule: Recognised | null; ruleCell: string; ruleText: string } {
  if (actual.kind === 'text' && VERDICT.test(actual.text.replace(/\s+/g, ''))) {
    return { rule: qualitativeRule, ruleCell: row.actualCell ?? row.scoreCell, ruleText: actual.text };
  }
  if (row.ruleText !== '' && !row.ruleIsGuidance && row.ruleCell) {
    return { rule: env.memo('rule', row.ruleText, () => recogniseRule(row.ruleText, env.labels)), ruleCell: row.ruleCell, ruleText: row.ruleText };
  }
  for (const [text, cell] of [
    [row.targetText, row.targetCell],
    [row.explanationText, row.explanationCell],
  ] as const) {
    if (text !== '' && cell) return { rule: env.memo('target', text, () => recogniseTarget(text, env.labels)), ruleCell: cell, ruleText: text };
  }
  return { rule: env.memo('rule', row.indicator, () => recogniseRule(row.indicator, env.labels)), ruleCell: row.scoreCell, ruleText: row.indicator };
}

function groupTotals(table: readonly IndicatorRow[], rows: readonly RowResult[]): GroupTotal[] {
  const groups = new Map<string, { name: string; stated: Dec | null; points: Dec; score: Dec; complete: boolean }>();
  table.forEach((t, i) => {
    const r = rows[i];
    const key = t.level1?.cell ?? '';
    const g = groups.get(key) ?? { name: t.level1?.name ?? '', stated: t.level1?.points ?? null, points: ZERO, score: ZERO, complete: true };
    g.points = g.points.plus(r.points);
    if (r.score) g.score = g.score.plus(r.score);
    else g.complete = false;
    groups.set(key, g);
  });
  return [...groups.values()].map((g) => ({ name: g.name, points: g.stated ?? g.points, score: g.score, complete: g.complete }));
}
