// Scoring a workbook: find the table, read each indicator, recognise its rule, score it exactly, explain it.
import Decimal from 'decimal.js';
import { toA1 } from './address';
import { BasicData, type BasicEntry } from './basicData';
import { structuralChecks, type CheckedRow } from './checks';
import { messages, type Messages } from './messages';
import { clamp, formatDecimal, formatQuantity, readCell, round2, ZERO, type Dec, type CellReading } from './numbers';
import { warningsFor, type Warnings } from './warnings';
import { failuresFor, type Outcome, type RowContext } from './rules/context';
import { executionRate, type ExecutionRule } from './rules/executionRate';
import { forgetLabelIndexes } from './rules/expression';
import { VERDICT } from './rules/phrases';
import { ANY_SCORE, checkTyped, whyNotGiven } from './rules/possible';
import { qualitativeRule, recogniseFigure, recogniseRule, type Recognised, type Recognition } from './rules/recognise';
import { Grid } from './sheet/grid';
import { locateTables, type LayoutSearch } from './sheet/layout';
import { readRows, type CellRef, type IndicatorRow, type LevelName } from './sheet/table';
import { findTypedTotal } from './sheet/typedTotal';
import type { Figure, Grade, GroupTotal, Issue, IssueCode, KeptScore, Lang, Layout, Needed, RowResult, RuleFamily, ScoreOptions, ScoreResult, Workbook } from './types';

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
const RECOGNISED = new Map<string, Map<string, Recognition>>();
const MAX_LABEL_SETS = 32;
const MAX_TEXTS = 5000;

/**
 * Forgets every recognised rule and label index. For a host whose recognisers change under it —
 * mutation testing swaps their code between tests, and a reading kept from before would hide the
 * change (or carry one mutant's misreading into the next mutant's tests).
 */
export function forgetRecognisedRules(): void {
  RECOGNISED.clear();
  forgetLabelIndexes();
}

function recognisedFor(labels: readonly string[]): Map<string, Recognition> {
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

/** A row to score: an indicator of the table, or the budget block's 年度资金总额 row. */
type Scorable =
  | { readonly kind: 'indicator'; readonly row: IndicatorRow }
  | { readonly kind: 'execution'; readonly row: IndicatorRow; readonly rule: ExecutionRule };

/**
 * The budget block's scored row, as an indicator named 预算执行率 in a group of its own; or, where the
 * block gives no points in a cell or in words, the warning that says what to add.
 */
function executionRow(grid: Grid, layout: Layout, m: Messages, warn: Warnings): Scorable | null {
  const b = layout.budget;
  if (!b) return null;
  const at = (col: number): CellRef => ({ cell: toA1(b.row, col), value: grid.raw(b.row, col), text: grid.rawText(b.row, col), format: grid.numberFormat(b.row, col) });
  const stated = b.stated ? { cell: b.stated.cell, value: b.stated.value, text: String(b.stated.value), format: null } : null;
  const points = b.columns.points !== undefined ? at(b.columns.points) : stated;
  if (!points) {
    warn.budgetNoPoints(toA1(b.headerRow, b.columns.score), toA1(b.headerRow, b.columns.budget));
    return null;
  }
  const name: LevelName = { name: m.executionIndicator, points: null, cell: toA1(b.row, b.columns.score) };
  const score = at(b.columns.score);
  const row: IndicatorRow = {
    row: b.row,
    level1: name,
    level2: null,
    indicator: m.executionIndicator,
    points: { ...points, inName: false },
    rule: null,
    target: null,
    explanation: null,
    actual: null,
    remark: null,
    score: { ...score, col: b.columns.score, isFormula: grid.isFormula(b.row, b.columns.score) },
  };
  const read = b.method ? recogniseRule(b.method.text, []) : null;
  const method = b.method && read && read.kind !== 'none' ? { cell: b.method.cell, reading: read } : null;
  return {
    kind: 'execution',
    row,
    rule: { budget: at(b.columns.budget), spent: at(b.columns.spent), rate: b.columns.rate === undefined ? null : at(b.columns.rate), initial: b.divisor === 'initial', method },
  };
}

/** Scores the indicator sheet's (first) table. */
export function scoreWorkbook(workbook: Workbook, options: ScoreOptions = {}): ScoreResult {
  return scoreTables(workbook, options)[0];
}

/**
 * Scores every table on the indicator sheet, each on its own (a page holding two projects): one result
 * a table, top down; one refusal when the sheet holds none.
 */
export function scoreTables(workbook: Workbook, options: ScoreOptions = {}): ScoreResult[] {
  const grid = new Grid(workbook.indicatorSheet);
  return locateTables(workbook.indicatorSheet, options.lang ?? 'zh', grid).map((located) => scoreTable(workbook, grid, located, options));
}

function scoreTable(workbook: Workbook, grid: Grid, located: LayoutSearch, options: ScoreOptions): ScoreResult {
  const lang: Lang = options.lang ?? 'zh';
  const m = messages(lang);
  const sheet = workbook.indicatorSheet;
  const empty = { lang, sheet: sheet.name, titleRows: [], amountUnit: null, rows: [], total: ZERO, maxTotal: ZERO, gradedOn: null, grade: null, complete: false, level1: [] };
  if (!located.ok) return { ...empty, issues: located.issues };
  const layout = located.layout;
  const titleRows = titleTexts(grid, layout);
  const issues: Issue[] = [...located.issues];
  const warn = warningsFor(m, (issue) => issues.push(issue));
  const execution = executionRow(grid, layout, m, warn);
  const table: Scorable[] = [...(execution ? [execution] : []), ...readRows(grid, layout).map((row) => ({ kind: 'indicator' as const, row }))];
  if (table.length === 0) {
    issues.push({ severity: 'error', cell: toA1(layout.headerTop, layout.columns.indicator), code: 'no-indicators', message: m.noIndicators(sheet.name) });
    return { ...empty, titleRows, layout, issues };
  }

  const basic = new BasicData(workbook.basicData);
  const labels = basic.keysLongestFirst();
  const recognised = recognisedFor(labels);
  const memo = (kind: string, text: string, f: () => Recognition) => {
    const k = `${kind}\u0000${text}`;
    let found = recognised.get(k);
    if (!found) {
      found = f();
      recognised.set(k, found);
    }
    return found;
  };

  const env: RowEnv = { m, lang, basic, labels, memo, issues, warn, scoreScale: layout.scoreScale, options };
  const rows = table.map((t) => scoreRow(t, env));
  const checked: CheckedRow[] = table.map((t, i) => ({ level1: t.row.level1, level2: t.row.level2, indicator: t.row.indicator, points: rows[i].points, family: rows[i].family }));
  // The 合计's points cell, else the points header as a person sees it (a merged header's first cell).
  const totalAt = { row: layout.totalRow ?? layout.headerRow, col: layout.columns.points ?? layout.columns.score };
  const totalArea = grid.merge(totalAt.row, totalAt.col);
  const totalCell = toA1(totalArea?.top ?? totalAt.row, totalArea?.left ?? totalAt.col);
  structuralChecks(checked, warn, totalCell);

  const total = rows.reduce((s, r) => (r.score ? s.plus(r.score) : s), ZERO);
  const maxTotal = rows.reduce((s, r) => (r.points ? s.plus(r.points) : s), ZERO);
  const complete = rows.every((r) => r.score !== null);
  // A total typed in the form's header must not contradict the scores (a partial total says nothing).
  const typedTotal = findTypedTotal(grid, layout);
  if (typedTotal && complete && !typedTotal.value.equals(total)) {
    warn.totalDisagrees(typedTotal.cell, formatDecimal(typedTotal.value), formatDecimal(total));
  }
  // Points that do not add up to 100 (a table cut short, a block outside it): graded on the share.
  const gradedOn = maxTotal.isZero() || maxTotal.equals(100) ? null : round2(total.div(maxTotal).times(100));
  return {
    lang,
    sheet: sheet.name,
    titleRows,
    amountUnit: amountUnit(grid, layout),
    layout,
    rows,
    total,
    maxTotal,
    gradedOn,
    grade: complete ? grade(gradedOn ?? total) : null,
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
  readonly memo: (kind: string, text: string, f: () => Recognition) => Recognition;
  readonly issues: Issue[];
  readonly warn: Warnings;
  readonly scoreScale: Layout['scoreScale'];
  readonly options: ScoreOptions;
}

/**
 * The score a person typed, in points: 得分 as written, or 得分系数 (a percentage of the points,
 * `80%` or `80`) times the points. Null when the cell holds no figure.
 */
function typedScore(hand: CellReading, points: Dec, scale: Layout['scoreScale']): Dec | null {
  if (hand.kind !== 'number') return null;
  return scale === 'share' ? round2(hand.quantity.value.times(points).div(100)) : hand.quantity.value;
}

/** The texts of the rows above the table (above a project's budget block, when it has one). */
function titleTexts(grid: Grid, layout: Layout): string[][] {
  const end = Math.min(layout.headerTop, layout.budget?.headerRow ?? layout.headerTop);
  const rows: string[][] = [];
  for (let r = layout.areaTop ?? grid.top; r < end; r++) {
    const texts: string[] = [];
    for (let c = grid.left; c < grid.right; c++) {
      const text = grid.rawText(r, c);
      if (text !== '') texts.push(text);
    }
    if (texts.length) rows.push(texts);
  }
  return rows;
}

/** `金额单位：万元`, or an amount's label with its unit in brackets (`项目资金（万元）`, `资金情况(万元)`). */
const AMOUNT_UNIT = [/金额单位\s*[:：]\s*(万元|元|千元|亿元)/, /(?:资金|预算|金额|投资)[^()（）]{0,8}[（(]\s*(万元|元|千元|亿元)\s*[)）]/];

/** The unit the form's amounts are in, stated above the table or in its budget block; null where none is. */
function amountUnit(grid: Grid, layout: Layout): string | null {
  for (const re of AMOUNT_UNIT) {
    for (let r = layout.areaTop ?? grid.top; r < layout.headerTop; r++) {
      for (let c = grid.left; c < grid.right; c++) {
        const m = re.exec(grid.rawText(r, c).replace(/\s+/g, ''));
        if (m) return m[1];
      }
    }
  }
  return null;
}

/** A 基础数据 entry as the report states it: `73.69` 万元, `97.38%`. */
function figureOf(e: BasicEntry): Figure {
  const value = e.reading.kind === 'number' ? formatQuantity(e.reading.quantity) : e.reading.kind === 'text' ? e.reading.text : '';
  return { label: e.label, value, unit: e.unit };
}

function scoreRow(item: Scorable, env: RowEnv): RowResult {
  const { m, issues } = env;
  const row = item.row;
  let base = {
    row: row.row,
    cell: row.score.cell,
    col: row.score.col,
    level1: row.level1?.name ?? '',
    level2: row.level2?.name ?? '',
    indicator: row.indicator,
    previous: row.score.value,
    scoreIsFormula: row.score.isFormula,
    ruleText: '',
    remark: row.remark && row.remark.text !== '' ? row.remark.text : null,
  };
  // A percent format matters where the column holds shares (0.8 shown as 80%), not points.
  const scale = item.kind === 'execution' ? 'points' : env.scoreScale;
  const hand = readCell(row.score.value, scale === 'share' ? row.score.format : null);
  const fail = (points: Dec | null, family: RuleFamily | null, cell: string, code: IssueCode, message: string, sheet?: string): RowResult => {
    issues.push({ severity: 'error', cell, code, message, ...(sheet ? { sheet } : {}) });
    const typed = points === null ? null : typedScore(hand, points, scale);
    return { ...base, typedScore: typed, points, family, status: 'error', score: null, deduction: null, explanation: message };
  };

  const points = readPoints(row.points);
  const pv = row.points.value;
  if (points === null && pv !== null && typeof pv === 'object') return fail(null, null, row.points.cell, 'cell-error', m.cellError(row.points.cell, pv.error));
  if (points === null) {
    const message = row.points.inName ? m.noPointsInName(row.points.cell, row.indicator) : m.badPoints(row.points.cell, row.points.text);
    return fail(null, null, row.points.cell, 'bad-points', message);
  }

  const actual = row.actual ? readCell(row.actual.value, row.actual.format) : ({ kind: 'empty' } as const);
  const typed = typedScore(hand, points, scale);
  const used: BasicEntry[] = [];
  const choice: Choice = item.kind === 'execution' ? { kind: 'rule', rule: executionRule(item.rule), cell: row.score.cell, text: '' } : chooseRule(row, actual, env);
  base = { ...base, ruleText: choice.text };
  const ctx: RowContext = {
    lang: env.lang,
    m,
    indicator: row.indicator,
    points,
    ruleCell: choice.cell,
    ruleText: choice.text,
    targetText: row.target?.text || row.explanation?.text || '',
    actual,
    actualCell: row.actual?.cell ?? null,
    typedScore: typed,
    scoreCell: row.score.cell,
    basic: env.basic.recording(used),
    fail: failuresFor(m, { actual: row.actual?.cell ?? null, rule: choice.cell, score: row.score.cell, indicator: row.indicator }),
    warn: env.warn,
  };

  const outcome: Outcome = choice.kind === 'rule' ? choice.rule.score(ctx) : { kind: 'manual', message: choice.message };
  const family = choice.kind === 'rule' ? choice.rule.family : choice.family;
  const typedWarnings = () => {
    if (typed?.greaterThan(points)) {
      ctx.warn.scoreAbovePoints(row.score.cell, formatDecimal(typed), formatDecimal(points));
    }
    if (row.score.isFormula && !env.options.overwriteFormulas) ctx.warn.formulaInScore(row.score.cell);
  };
  /**
   * A typed score kept as the row's score: checked against what the rule can give, counted within
   * [0, points], never shown as computed. `needs`: the input that would verify it, when that is why.
   */
  const keep = (typedScore: Dec, needs: Needed | null, detail: string): RowResult => {
    const gives = choice.kind === 'rule' ? choice.rule.gives(points) : ANY_SCORE;
    const check = checkTyped(gives, points, typedScore);
    const why = whyNotGiven(check, gives, points, typedScore, m);
    // A score above the points has its warning already (score-above-points).
    if (why !== null && check.kind !== 'above') ctx.warn.typedImpossible(row.score.cell, why);
    // Two decimals, as every score, and never above the points (at most the points to two decimals).
    const score = clamp(round2(typedScore), ZERO, points.toDecimalPlaces(2, Decimal.ROUND_DOWN));
    const kept: KeptScore = { because: needs ? 'unverified' : 'judgement', possible: why === null };
    const shown = formatDecimal(score);
    const explanation = needs ? m.keptUnverified(shown, m.toVerify(needs), why) : m.kept(shown, detail, why);
    const deduction = points.minus(score);
    return { ...base, typedScore, points, family, score, deduction, kept, figures: [], status: deduction.isZero() ? 'full' : 'deducted', explanation };
  };

  if (outcome.kind === 'error') {
    // A finished self-evaluation under review: the input that would verify a typed score is missing, so
    // the score is kept, unverified, rather than the row being in error (SPEC §2.3).
    if (!('needs' in outcome) || typed === null) return fail(points, family, outcome.cell, outcome.code, outcome.message, outcome.sheet);
    typedWarnings();
    return keep(typed, outcome.needs, '');
  }
  typedWarnings();
  // A measure with no figures to compare, beside a typed score: kept, unverified, as when its input is missing.
  if (choice.kind === 'manual' && choice.needs && typed !== null) return keep(typed, choice.needs, '');
  if (outcome.kind === 'manual') {
    const review = outcome.review === true;
    (review ? ctx.warn.verdictContradicts : ctx.warn.manualScoreNeeded)(row.score.cell, outcome.message);
    return { ...base, typedScore: typed, points, family, status: 'manual', score: null, deduction: null, explanation: outcome.message, review };
  }
  if (outcome.kept) return keep(outcome.score, null, outcome.detail);

  const score = clamp(round2(outcome.score), ZERO, points);
  const deduction = points.minus(score);
  if (typed !== null && !typed.equals(score)) {
    ctx.warn.scoreChanged(row.score.cell, formatDecimal(typed), formatDecimal(score));
  }
  const scored = { ...base, typedScore: typed, points, family, score, deduction, kept: null, figures: used.map(figureOf) };
  const explanation = deduction.isZero() ? m.full(outcome.detail) : m.deducted(formatDecimal(deduction), outcome.detail);
  return { ...scored, status: deduction.isZero() ? 'full' : 'deducted', explanation };
}

function executionRule(rule: ExecutionRule): Recognised {
  return { family: executionRate.name, score: (ctx) => executionRate.score(rule, ctx), gives: () => ANY_SCORE };
}

function readPoints(ref: CellRef): Dec | null {
  const r = readCell(ref.value, ref.format);
  if (r.kind !== 'number' || r.quantity.percent) return null;
  if (r.quantity.unit !== null && r.quantity.unit !== '分') return null;
  return r.quantity.value.greaterThan(0) ? r.quantity.value : null;
}

/** The rule a row is scored by, or why it needs a person. */
type Choice =
  | { readonly kind: 'rule'; readonly rule: Recognised; readonly cell: string; readonly text: string }
  /** `needs`: the figures that would let the row be scored, where their absence is why (a measure with none). */
  | { readonly kind: 'manual'; readonly family: RuleFamily | null; readonly message: string; readonly cell: string; readonly text: string; readonly needs?: Needed };

/**
 * The row's rule (SPEC §3): its 评分标准, else its target, else its explanation, else its name — the
 * first that a family reads whole. A text that says how to score but was read only in part stops the
 * search: it is never guessed at, nor passed over for a looser source. A text that says nothing about
 * scoring (guidance, a description) passes the search on. A verdict in 实际完成值 always reads as
 * qualitative; a target, explanation or name in prose is qualitative too.
 */
function chooseRule(row: IndicatorRow, actual: CellReading, env: RowEnv): Choice {
  const m = env.m;
  if (actual.kind === 'text' && VERDICT.test(actual.text.replace(/\s+/g, ''))) {
    const cell = row.actual?.cell ?? row.score.cell;
    return { kind: 'rule', rule: qualitativeRule, cell, text: actual.text };
  }
  const sources: { ref: CellRef | null; prose: boolean }[] = [
    { ref: row.rule, prose: false },
    { ref: row.target, prose: true },
    { ref: row.explanation, prose: true },
  ];
  for (const { ref, prose } of sources) {
    if (!ref || ref.text === '') continue;
    const read = env.memo('rule', ref.text, () => recogniseRule(ref.text, env.labels));
    if (read.kind === 'rule') return { kind: 'rule', rule: read.rule, cell: ref.cell, text: ref.text };
    if (read.kind === 'partial') {
      return { kind: 'manual', family: read.family, message: m.manualNotUnderstood(ref.cell, read.unread), cell: ref.cell, text: ref.text };
    }
    const figure = recogniseFigure(ref.text);
    if (figure) return { kind: 'rule', rule: figure, cell: ref.cell, text: ref.text };
    if (prose) return { kind: 'rule', rule: qualitativeRule, cell: ref.cell, text: ref.text };
  }
  // Nothing else to go by but the name: a rule or a target written into it (`年度资金支付完成率100%`),
  // else what it names is judged — qualitatively, unless it names a measure with no figures to compare.
  const name = row.indicator;
  const byName = env.memo('rule', name, () => recogniseRule(name, env.labels));
  if (byName.kind === 'rule') return { kind: 'rule', rule: byName.rule, cell: row.score.cell, text: name };
  const figure = TARGET_IN_NAME.test(name) ? recogniseFigure(name) : null;
  if (figure) return { kind: 'rule', rule: figure, cell: row.score.cell, text: name };
  if (MEASURE.test(name.replace(/\s+/g, ''))) return { kind: 'manual', family: null, message: m.manualMeasure(row.score.cell), cell: row.score.cell, text: name, needs: { kind: 'figures' } };
  return { kind: 'rule', rule: qualitativeRule, cell: row.score.cell, text: name };
}

/** A target at the end of a name (`年度资金支付完成率100%`, `培训人次不少于200人次`), not a figure inside it. */
const TARGET_IN_NAME = /(?:\d%|[≥≤<>]\s*\d[\d.]*\S{0,3}|(?:不少于|不低于|不超过|达到|达)\s*\d[\d.]*\S{0,3})$/;

/** Names of measures (a rate, a count, an amount, a time; 质量 is quality, judged): without figures there is nothing to judge them by. */
const MEASURE = /(?:率|数|(?<!质)量|额|时限|天数|成本|费用|人次|次数)$/;

function groupTotals(table: readonly Scorable[], rows: readonly RowResult[]): GroupTotal[] {
  const groups = new Map<string, { name: string; stated: Dec | null; points: Dec; score: Dec; complete: boolean }>();
  table.forEach(({ row: t }, i) => {
    const r = rows[i];
    const key = t.level1?.cell ?? '';
    const g = groups.get(key) ?? { name: t.level1?.name ?? '', stated: t.level1?.points ?? null, points: ZERO, score: ZERO, complete: true };
    if (r.points) g.points = g.points.plus(r.points);
    if (r.score) g.score = g.score.plus(r.score);
    else g.complete = false;
    groups.set(key, g);
  });
  return [...groups.values()].map((g) => ({ name: g.name, points: g.stated ?? g.points, score: g.score, complete: g.complete }));
}
