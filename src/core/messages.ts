// Every sentence the core says to a person, in Chinese and English. Cells are named by address.
import { NO_RESULT } from './types';
import type { Lang, Needed } from './types';

/** Cell text quoted in a message, cut short: a 10,000-character cell must not make a 10,000-character note. */
function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

export interface Messages {
  // explanations
  deducted(amount: string, detail: string): string;
  full(detail: string): string;
  scoreChanged(before: string, after: string): string;
  // sheet-level
  noHeader(sheet: string): string;
  noHeaderNear(sheet: string, row: number, missing: readonly string[]): string;
  duplicateColumn(what: string, first: string, second: string): string;
  noIndicators(sheet: string): string;
  /** A 预算执行率 block with amounts and 得分 but no points anywhere: not scored; what to add. */
  budgetNoPoints(cell: string): string;
  // inputs
  badPoints(cell: string, text: string): string;
  /** A name without its points, in a table that writes them in the names (no 分值 column). */
  noPointsInName(cell: string, name: string): string;
  notANumber(cell: string, text: string, what: string): string;
  negative(cell: string, text: string): string;
  notACount(cell: string, text: string): string;
  cellError(cell: string, error: string): string;
  /** `cell` null: the table has no 实际完成值 column. */
  missingActual(cell: string | null, what: string): string;
  negativeRate(cell: string, text: string): string;
  unknownAnswer(cell: string, text: string, choices: readonly string[]): string;
  unknownCriterion(cell: string, numbers: readonly number[], criteria: number): string;
  missingLabels(labels: string[], actualCell: string | null): string;
  divisionByZero(expression: string, label: string): string;
  rateAbove100(cell: string, value: string, indicator: string): string;
  unitMismatch(cell: string, actual: string, target: string): string;
  /** The actual is in another unit than the rule's step (`每少1天`): the step is the rule's, not the row's target. */
  stepUnitMismatch(cell: string, actual: string, step: string): string;
  /** A band of the rule's own (`≥0.9得5分`), not a target. */
  bandUnitMismatch(cell: string, actual: string, band: string): string;
  tooManyAnswers(cell: string, given: number, criteria: number): string;
  tooFewAnswers(cell: string, given: number, criteria: number): string;
  countsPerClause(cell: string, clauses: number): string;
  /** Parts measured (a rate) and parts counted, one entry each: what to enter, in order. */
  entriesPerPart(cell: string, entries: readonly string[]): string;
  /** One entry of entriesPerPart: the figure a part is measured on, or the count of a kind of problem. */
  measuredEntry(label: string, percent: boolean): string;
  countedEntry(label: string): string;
  /** Entries to give in one cell, in order. */
  inOrder(entries: readonly string[]): string;
  tooManyCounts(cell: string, given: number, clauses: number): string;
  inputDisagrees(cell: string, own: string, computed: string, source: string): string;
  /** The 执行率 typed in a project's budget block differs from 全年执行数 ÷ 全年预算数; the computed one is used. */
  typedRateDisagrees(cell: string, typed: string, computed: string, arithmetic: string): string;
  formulaInScore(cell: string): string;
  // manual
  manualNotUnderstood(cell: string, quotes: readonly string[]): string;
  manualVerdict(verdict: string): string;
  manualBoundActual(cell: string, text: string): string;
  manualMeasure(cell: string): string;
  /** A deadline missed, and the target says nothing of what that costs. */
  deadlineMissed(cell: string, actual: string, deadline: string): string;
  /** Done in the deadline's month, and one of the two gives no day. */
  deadlineUnclear(cell: string, actual: string, deadline: string): string;
  notADate(cell: string, text: string): string;
  missingTarget(cell: string): string;
  manualNoVerdict(cell: string): string;
  // structural
  pointsMismatch(name: string, stated: string, sum: string): string;
  totalNot100(sum: string): string;
  /** The total typed in the form's header differs from the rows' scores added up. */
  totalDisagrees(typed: string, computed: string): string;
  taskShare(task: string, common: string, points: string, share: string, kpi: string, kpiShare: string): string;
  taskKpiCount(task: string, count: number): string;
  taskNoQuantitative(task: string): string;
  duplicateTask(task: string, first: string): string;
  scoreAbovePoints(cell: string, score: string, points: string): string;
  // words
  actualValue: string;
  completionDate: string;
  deadlineMet(actual: string, deadline: string): string;
  /** The detail of a qualitative row whose typed score is kept. */
  handScoreKept(): string;
  /**
   * The explanation of a row whose typed score is kept: never 满分 or 扣…分, which would read as checked.
   * `check`: why the typed score is not one the rule gives, when it is not.
   */
  kept(score: string, detail: string, check: string | null): string;
  /** A typed score kept because the input that would verify it is missing (`verify` says which), and whether the rule can give it. */
  keptUnverified(score: string, verify: string, check: string | null): string;
  /** What would verify a typed score: the input to fill in, and where. */
  toVerify(needs: Needed): string;
  /** A typed score the rule cannot give, kept unverified: the warning, with the reason. */
  typedImpossible(reason: string): string;
  typedAbove(points: string, typed: string): string;
  typedBelow(typed: string): string;
  typedNotAmong(scores: readonly string[], typed: string): string;
  typedNotSteps(points: string, rates: readonly string[], cap: string | null, typed: string): string;
  typedNotSums(typed: string): string;
  verdictContradicts(verdict: string, score: string, cell: string): string;
  verdictFull(verdict: string): string;
  verdictAsTarget(verdict: string): string;
  rateLine(expr: string, rate: string): string;
  tierMet(value: string, band: string, outcome: string): string;
  outcomeFull: string;
  outcomeShare(share: string): string;
  outcomePoints(points: string): string;
  outcomeNone: string;
  outcomeMinus(points: string): string;
  otherwise: string;
  yesOrNo: string;
  caseOf(cases: readonly string[]): string;
  yesNo(yes: string, no: string, answer: string, outcome: string): string;
  caseMet(key: string, outcome: string): string;
  compositePart(label: string, count: string, rate: string): string;
  bareTarget(figure: string, ceiling: boolean): string;
  /** A range written as the target (`3-5天`), and the end it was read at. */
  rangeTarget(range: string, figure: string, ceiling: boolean): string;
  executionIndicator: string;
  fullYearBudget: string;
  /** The divisor where a block has no 全年预算数 (执行率(B/A) over 年初预算数(A)). */
  initialBudget: string;
  fullYearSpent: string;
  executionRate(spent: string, budget: string, rate: string, arithmetic: string): string;
  /** Scored by the block's own 得分计算方法 on the rate. */
  executionRateBy(spent: string, budget: string, rate: string, detail: string): string;
  noBandMet(value: string): string;
  perItem(parts: string[], total: string): string;
  perItemNone: string;
  perItemPart(count: string, rate: string): string;
  deductionCap(cap: string): string;
  countedOver(items: string[], count: number): string;
  countedNone(items: string[]): string;
  /** The count the row gives, in what the rule counts (`项`, `次`). */
  countedGiven(count: number, counter: string): string;
  overItem(name: string, spent: string, budget: string): string;
  withinItem(name: string, spent: string, budget: string): string;
  /** A difference in percentage points, `5.01个百分点`. */
  percentagePoints(figure: string): string;
  /** `diff` and `step` carry their unit (see percentagePoints). */
  stepsShort(value: string, base: string, diff: string, step: string, rate: string, steps: number): string;
  stepsOver(value: string, base: string, diff: string, step: string, rate: string, steps: number): string;
  stepsApart(value: string, base: string, diff: string, step: string, rate: string, steps: number): string;
  stepsNone(value: string, base: string): string;
  checklist(parts: string[]): string;
  criterion(marker: string, met: boolean, points: string): string;
  targetMet(actual: string, target: string): string;
  targetMissed(actual: string, target: string, arithmetic: string): string;
  proportional(arithmetic: string): string;
  formulaCapped(arithmetic: string): string;
  actualRate(rate: string): string;
}

const zh: Messages = {
  deducted: (amount, detail) => `扣${amount}分：${detail}`,
  full: (detail) => `满分：${detail}`,
  scoreChanged: (before, after) => `原得分${before}，计算得分${after}`,
  noHeader: (sheet) =>
    `工作表“${sheet}”前40行中找不到表头：需要“三级指标”（或“指标名称”）、“分值”和“得分”三列。`,
  noHeaderNear: (sheet, row, missing) =>
    `工作表“${sheet}”第${row}行像表头，但缺少${missing.map((k) => `“${k}”`).join('、')}列：请补上该列的表头（如“三级指标”“分值”“得分”）。`,
  duplicateColumn: (what, first, second) => `表头有两列都是“${what}”（${first}、${second}），请删去或改名其中一列。`,
  noIndicators: (sheet) => `工作表“${sheet}”的表头下没有任何指标行。`,
  budgetNoPoints: (cell) => `${cell}起的预算执行率一栏没有分值，未评分：请增加“分值”列并填写（如10），或在其标题中写明（如“预算执行情况（10分）”）。`,
  badPoints: (cell, text) => `${cell}的分值“${clip(text)}”不是正数，请填写该指标的分值。`,
  noPointsInName: (cell, name) => `${cell}的指标“${clip(name)}”没有写分值：本表的分值写在指标名称里，请在名称后写明，如“${clip(name)}（5分）”。`,
  notANumber: (cell, text, what) => `${cell}应填写${what}，现为“${clip(text)}”，请改为数字。`,
  negative: (cell, text) => `${cell}的值“${clip(text)}”为负数，个数不能为负，请更正。`,
  notACount: (cell, text) => `${cell}应填写个数（整数），现为“${clip(text)}”。`,
  cellError: (cell, error) =>
    error === NO_RESULT
      ? `${cell}是公式，但文件中没有保存它的计算结果（文件可能由其他程序生成）：请在 Excel 中打开并保存后再评分。`
      : `${cell}的值是错误值${error}，请先修正该单元格或其公式。`,
  missingActual: (cell, what) =>
    cell ? `缺少输入：请在${cell}填写${what}。` : `缺少输入：指标表没有“实际完成值”列，请增加该列并填写${what}。`,
  negativeRate: (cell, text) => `${cell}的值“${clip(text)}”为负数，该比率不能为负，请更正。`,
  unknownAnswer: (cell, text, choices) =>
    `${cell}填写的“${clip(text)}”不是评分标准所列的情形，请填写其中之一：${choices.map((c) => `“${c}”`).join('、')}。`,
  missingLabels: (labels, actualCell) =>
    `缺少输入：基础数据中没有${labels.map((l) => `“${l}”`).join('、')}` +
    (actualCell ? `，请在基础数据表补充，或在${actualCell}填写实际完成值。` : '，请在基础数据表补充（或在指标表增加“实际完成值”列填写）。'),
  divisionByZero: (expression, label) => `除数为0：${expression}中的${label}为0，无法计算，请核对该数。`,
  rateAbove100: (cell, value, indicator) => `${cell}的“${clip(indicator)}”为${value}，该比率不能超过100%，请核对。`,
  unitMismatch: (cell, actual, target) => `${cell}的实际值“${clip(actual)}”与目标值“${clip(target)}”单位不同，请统一单位。`,
  stepUnitMismatch: (cell, actual, step) => `${cell}的实际值“${clip(actual)}”与评分标准按“${clip(step)}”计扣的单位不同，请统一单位。`,
  bandUnitMismatch: (cell, actual, band) => `${cell}的实际值“${clip(actual)}”与评分标准的档次“${clip(band)}”单位不同，请统一单位。`,
  unknownCriterion: (cell, numbers, criteria) => `${cell}填写了${numbers.map((k) => `第${k}项`).join('、')}，但评分标准只有${criteria}项，请核对。`,
  tooManyAnswers: (cell, given, criteria) =>
    `${cell}填写了${given}个回答，但评分标准只有${criteria}项，请逐项填写“是”或“否”。`,
  tooFewAnswers: (cell, given, criteria) =>
    `${cell}只填写了${given}个回答，评分标准有${criteria}项，请逐项填写“是”或“否”。`,
  tooManyCounts: (cell, given, clauses) => `${cell}填写了${given}个个数，但评分标准只有${clauses}种扣分情形，请按顺序分别填写各情形的个数。`,
  countsPerClause: (cell, clauses) =>
    `评分标准有${clauses}种扣分情形且扣分不同，请在${cell}按顺序分别填写各情形的个数（如“1,0”）。`,
  measuredEntry: (label, percent) => `${label || '实际完成值'}${percent ? '（如95%）' : ''}`,
  countedEntry: (label) => `${label || '问题'}的个数`,
  inOrder: (entries) => `${entries.join('、')}（按顺序，用逗号隔开）`,
  entriesPerPart: (cell, entries) => `评分标准分${entries.length}部分扣分，请在${cell}按顺序填写${entries.join('、')}，用逗号隔开。`,
  inputDisagrees: (cell, own, computed, source) =>
    `${cell}填写的${own}与基础数据计算的${computed}（${source}）不一致，已按${cell}的值评分，请核对。`,
  typedRateDisagrees: (cell, typed, computed, arithmetic) =>
    `${cell}填写的执行率${typed}与全年执行数÷全年预算数计算的${computed}（${arithmetic}）不一致，已按计算的${computed}评分，请核对。`,
  formulaInScore: (cell) => `${cell}的得分是公式，未覆盖；如需写入计算得分，请确认覆盖公式。`,
  manualNotUnderstood: (cell, quotes) => `${cell}的评分标准有未能识别的部分：${quotes.map((q) => `“${clip(q, 40)}”`).join('、')}，需人工评分。`,
  manualVerdict: (verdict) => `实际完成情况为“${clip(verdict)}”，需人工评分。`,
  manualBoundActual: (cell, text) => `${cell}的实际完成值“${clip(text)}”只给出范围，不能判断是否达到目标：请填写实际数值，或人工评分。`,
  manualMeasure: (cell) => `该指标是量化指标，但没有指标值和实际完成值可比：请补填，或在${cell}人工评分。`,
  deadlineMissed: (cell, actual, deadline) => `实际${clip(actual)}，期限${deadline}，已逾期；指标未说明逾期如何扣分，请在${cell}人工评分。`,
  deadlineUnclear: (cell, actual, deadline) => `实际${clip(actual)}，期限${deadline}，同在一个月，看不出是否按期：请在${cell}填写完成日期，或人工评分。`,
  notADate: (cell, text) => `${cell}应填写完成时间（如2023年10月），现为“${clip(text)}”。`,
  missingTarget: (cell) => `缺少输入：评分标准按年度指标值计算，但${cell}所在行没有指标值，请填写。`,
  manualNoVerdict: (cell) => `定性指标：请在${cell}填写评价结论（达成/部分达成/未达成）或直接填写得分。`,
  pointsMismatch: (name, stated, sum) => `“${name}”标明${stated}分，其下三级指标分值合计${sum}分，不一致。`,
  totalNot100: (sum) => `三级指标分值合计${sum}分，不是100分。`,
  totalDisagrees: (typed, computed) => `表头所填总分${typed}分，与各项得分合计${computed}分不一致，请核对。`,
  taskShare: (task, common, points, share, kpi, kpiShare) =>
    `“${task}”的任务完成率和满意度共${common}分，占该任务${points}分的${share}，应为40%；` +
    `关键绩效指标共${kpi}分，占${kpiShare}，应为60%。`,
  taskKpiCount: (task, count) => `“${task}”只有${count}个关键绩效指标，应至少设定2个。`,
  taskNoQuantitative: (task) => `“${task}”的关键绩效指标中没有量化指标，应至少有1个。`,
  duplicateTask: (task, first) => `重点任务“${task}”与${first}的任务名称或编号重复。`,
  scoreAbovePoints: (cell, score, points) => `${cell}原填得分${score}超过分值${points}。`,
  actualValue: '实际完成值',
  completionDate: '完成时间（如2023年10月）',
  deadlineMet: (actual, deadline) => `实际${clip(actual)}，期限${deadline}，按期完成`,
  handScoreKept: () => '定性评价',
  kept: (score, detail, check) => `保留填写得分${score}分（${detail}，未核算${check ? `；${check}` : ''}）`,
  keptUnverified: (score, verify, check) => `保留填写得分${score}分（未核算：${verify}；${check ?? '按评分标准可得此分'}）`,
  toVerify: (needs) => {
    switch (needs.kind) {
      case 'actual':
        return needs.cell ? `在${needs.cell}填写实际完成值后可核算` : '增加“实际完成值”列并填写后可核算';
      case 'labels':
        return `在基础数据中补充${needs.labels.map((l) => `“${clip(l, 30)}”`).join('、')}后可核算`;
      case 'target':
        return '填写年度指标值后可核算';
      case 'figures':
        return '填写年度指标值和实际完成值后可核算';
      case 'cell':
        return `在${needs.cell}填写${needs.what}后可核算`;
    }
  },
  typedImpossible: (reason) => `填写得分不是评分标准能给出的得分（${reason}），请核对。`,
  typedAbove: (points, typed) => `按评分标准最多得${points}分，填写${typed}分，按${points}分计`,
  typedBelow: (typed) => `得分不能低于0分，填写${typed}分，按0分计`,
  typedNotAmong: (scores, typed) => `按评分标准只能得${listOr(scores.map((s) => `${s}分`), '或')}，填写${typed}分`,
  typedNotSteps: (points, rates, cap, typed) =>
    `按评分标准应为${points}分减去${rates.length === 1 ? `${rates[0]}分的整数倍` : `各项扣分（${rates.map((r) => `每次${r}分`).join('、')}）之和`}${cap ? `（最多扣${cap}分）` : ''}，填写${typed}分`,
  typedNotSums: (typed) => `按评分标准应为所满足各项的分值之和，填写${typed}分`,
  verdictContradicts: (verdict, score, cell) => `实际完成情况为“${clip(verdict)}”，而${cell}填写的是满分${score}分，二者矛盾：请核对后人工评分。`,
  verdictFull: (verdict) => `定性评价，实际完成情况为“${clip(verdict)}”`,
  verdictAsTarget: (verdict) => `定性评价，实际完成情况“${clip(verdict)}”与目标一致`,
  rateLine: (expr, rate) => `${expr}=${rate}`,
  tierMet: (value, band, outcome) => `${value}，${band}，${outcome}`,
  outcomeFull: '不扣分',
  outcomeShare: (share) => `按${share}打分`,
  outcomePoints: (points) => `计${points}分`,
  outcomeNone: '不得分',
  outcomeMinus: (points) => `扣${points}分`,
  otherwise: '其余情形',
  yesOrNo: '“是”或“否”',
  caseOf: (cases) => `所属情形（${cases.map((c) => `“${c}”`).join('、')}）`,
  yesNo: (yes, no, answer, outcome) => `按“${clip(yes, 20)}/${clip(no, 20)}”评分：${clip(answer, 20)}，${outcome}`,
  caseMet: (key, outcome) => `属“${clip(key, 30)}”，${outcome}`,
  compositePart: (label, count, rate) => `${clip(label, 20)}${count}处×${rate}分`,
  bareTarget: (figure, ceiling) => `目标${figure}为${ceiling ? '上限' : '下限'}；`,
  rangeTarget: (range, figure, ceiling) => `目标${range}按${ceiling ? '上限' : '下限'}${figure}计；`,
  executionIndicator: '预算执行率',
  fullYearBudget: '全年预算数',
  initialBudget: '年初预算数',
  fullYearSpent: '全年执行数',
  executionRate: (spent, budget, rate, arithmetic) => `执行率=${spent}÷${budget}=${rate}，${arithmetic}`,
  executionRateBy: (spent, budget, rate, detail) => `执行率=${spent}÷${budget}=${rate}；按本栏得分计算方法：${detail}`,
  noBandMet: (value) => `${value}，不在评分标准所列任何区间`,
  perItem: (parts, total) => `${parts.join('，')}，共扣${total}分`,
  perItemNone: '未发现问题',
  perItemPart: (count, rate) => `发现${count}个×${rate}分`,
  deductionCap: (cap) => `（扣分以${cap}分为限）`,
  countedOver: (items, count) => `${items.join('；')}（${count}项超预算）`,
  countedNone: (items) => `${items.join('；')}（均未超预算）`,
  countedGiven: (count, counter) => `填报${count}${counter}`,
  overItem: (name, spent, budget) => `${name}决算${spent}超预算${budget}`,
  withinItem: (name, spent, budget) => `${name}决算${spent}未超预算${budget}`,
  percentagePoints: (figure) => `${figure}个百分点`,
  stepsShort: (value, base, diff, step, rate, steps) => `${value}，较${base}低${diff}，每${step}扣${rate}分，计${steps}档`,
  stepsOver: (value, base, diff, step, rate, steps) => `${value}，较${base}高${diff}，每${step}扣${rate}分，计${steps}档`,
  stepsApart: (value, base, diff, step, rate, steps) => `${value}，与${base}相差${diff}，每${step}扣${rate}分，计${steps}档`,
  stepsNone: (value, base) => `${value}，以${base}为标准，不扣分`,
  checklist: (parts) => parts.join('；'),
  criterion: (marker, met, points) => `${marker}${met ? '是' : '否'}（${met ? points : '0'}分）`,
  targetMet: (actual, target) => `实际${clip(actual)}，达到目标${clip(target)}`,
  targetMissed: (actual, target, arithmetic) => `实际${clip(actual)}，未达到目标${clip(target)}，${arithmetic}`,
  proportional: (arithmetic) => `按完成比例：${arithmetic}`,
  formulaCapped: (arithmetic) => `${arithmetic}，超过分值按满分计`,
  actualRate: (rate) => `实际完成率${rate}，`,
};

const en: Messages = {
  deducted: (amount, detail) => `−${amount}: ${detail}`,
  full: (detail) => `Full marks: ${detail}`,
  scoreChanged: (before, after) => `Typed score ${before}, computed score ${after}`,
  noHeader: (sheet) =>
    `No header found in the first 40 rows of sheet "${sheet}": it needs the columns 三级指标 (or 指标名称), 分值 and 得分.`,
  noHeaderNear: (sheet, row, missing) =>
    `Row ${row} of sheet "${sheet}" looks like the header but has no ${missing.join(', ')} column; add that header (such as 三级指标, 分值, 得分).`,
  duplicateColumn: (what, first, second) =>
    `Two header cells both mean ${what} (${first}, ${second}); delete or rename one of them.`,
  noIndicators: (sheet) => `Sheet "${sheet}" has no indicator rows below its header.`,
  budgetNoPoints: (cell) => `The budget execution block at ${cell} gives no points and is not scored: add a 分值 column with its points (e.g. 10), or state them in its title (e.g. 预算执行情况（10分）).`,
  badPoints: (cell, text) => `${cell}: points "${clip(text)}" is not a positive number; enter the indicator's points.`,
  noPointsInName: (cell, name) => `${cell}: the indicator "${clip(name)}" has no points; this table writes them in the indicator names, so add them after the name, e.g. "${clip(name)}（5分）".`,
  notANumber: (cell, text, what) => `${cell} needs ${what}, but holds "${clip(text)}"; enter a number.`,
  negative: (cell, text) => `${cell}: "${clip(text)}" is negative; a count cannot be negative.`,
  notACount: (cell, text) => `${cell} needs a whole count, but holds "${clip(text)}".`,
  cellError: (cell, error) =>
    error === NO_RESULT
      ? `${cell} holds a formula whose result the file does not store (it was probably written by another program): open it in Excel, save it, and score it again.`
      : `${cell} holds the error value ${error}; fix the cell or its formula first.`,
  missingActual: (cell, what) =>
    cell ? `Missing input: enter ${what} in ${cell}.` : `Missing input: the sheet has no 实际完成值 (actual value) column; add one and enter ${what} there.`,
  negativeRate: (cell, text) => `${cell}: "${clip(text)}" is negative; this rate cannot be negative.`,
  unknownAnswer: (cell, text, choices) =>
    `${cell}: "${clip(text)}" is not one of the rule's cases; enter one of ${choices.map((c) => `"${c}"`).join(', ')}.`,
  missingLabels: (labels, actualCell) =>
    `Missing input: the basic-data sheet has no ${labels.map((l) => `"${l}"`).join(', ')}` +
    (actualCell ? `; add it there, or enter the actual value in ${actualCell}.` : '; add it there (or add a 实际完成值 column to the sheet).'),
  divisionByZero: (expression, label) => `Division by zero: "${label}" in ${expression} is 0; check that figure.`,
  rateAbove100: (cell, value, indicator) => `${cell}: ${clip(indicator)} is ${value}, but this rate cannot exceed 100%.`,
  unitMismatch: (cell, actual, target) =>
    `${cell}: the actual value "${clip(actual)}" and the target "${clip(target)}" use different units.`,
  stepUnitMismatch: (cell, actual, step) =>
    `${cell}: the actual value "${clip(actual)}" and the rule's step of "${clip(step)}" use different units.`,
  bandUnitMismatch: (cell, actual, band) =>
    `${cell}: the actual value "${clip(actual)}" and the rule's band "${clip(band)}" use different units.`,
  unknownCriterion: (cell, numbers, criteria) => `${cell} names ${numbers.map((k) => `item ${k}`).join(', ')}, but the rule has only ${criteria} criteria; please check.`,
  tooManyAnswers: (cell, given, criteria) =>
    `${cell} gives ${given} answers but the rule has ${criteria} criteria; answer 是 or 否 for each.`,
  tooFewAnswers: (cell, given, criteria) =>
    `${cell} gives only ${given} answers but the rule has ${criteria} criteria; answer 是 or 否 for each.`,
  tooManyCounts: (cell, given, clauses) => `${cell} gives ${given} counts but the rule has ${clauses} kinds of deduction; enter a count for each, in order.`,
  countsPerClause: (cell, clauses) =>
    `The rule has ${clauses} kinds of deduction at different rates; enter a count for each in ${cell}, in order (e.g. "1,0").`,
  measuredEntry: (label, percent) => `${label || 'the actual value'}${percent ? ' (e.g. 95%)' : ''}`,
  countedEntry: (label) => `the number of ${label || 'problems'}`,
  inOrder: (entries) => `${entries.join(', ')} (in that order, separated by commas)`,
  entriesPerPart: (cell, entries) => `The rule deducts in ${entries.length} parts; enter ${entries.join(', ')} in ${cell}, in that order, separated by commas.`,
  inputDisagrees: (cell, own, computed, source) =>
    `${cell} says ${own} but the basic data give ${computed} (${source}); scored with ${cell}'s value, please check.`,
  typedRateDisagrees: (cell, typed, computed, arithmetic) =>
    `${cell} gives an execution rate of ${typed} but spending ÷ budget is ${computed} (${arithmetic}); scored with the computed ${computed}, please check.`,
  formulaInScore: (cell) => `${cell} holds a formula and was not overwritten; confirm to overwrite it with the computed score.`,
  manualNotUnderstood: (cell, quotes) =>
    `Part of the rule in ${cell} was not understood: ${quotes.map((q) => `"${clip(q, 40)}"`).join(', ')}; score this indicator by hand.`,
  manualVerdict: (verdict) => `Actual result is "${clip(verdict)}"; score this indicator by hand.`,
  manualBoundActual: (cell, text) => `${cell}: the actual value "${clip(text)}" gives only a range, which cannot be compared with the target; enter the figure, or score by hand.`,
  manualMeasure: (cell) => `This indicator measures a quantity but has no target and no actual value to compare; fill them in, or score by hand in ${cell}.`,
  deadlineMissed: (cell, actual, deadline) => `Done ${clip(actual)}, after the deadline (${deadline}); the indicator does not say what lateness costs: score by hand in ${cell}.`,
  deadlineUnclear: (cell, actual, deadline) => `Done ${clip(actual)}, in the month of the deadline (${deadline}), so whether it was on time cannot be told: enter the day in ${cell}, or score by hand.`,
  notADate: (cell, text) => `${cell} needs the date it was done (e.g. 2023年10月), but holds "${clip(text)}".`,
  missingTarget: (cell) => `Missing input: the rule counts from the target (年度指标值), but the row of ${cell} has none; enter it.`,
  manualNoVerdict: (cell) =>
    `Qualitative indicator: enter a verdict (达成/部分达成/未达成) or a score in ${cell}.`,
  pointsMismatch: (name, stated, sum) => `"${name}" states ${stated} points but its indicators add up to ${sum}.`,
  totalNot100: (sum) => `The indicators' points add up to ${sum}, not 100.`,
  totalDisagrees: (typed, computed) => `The form's header gives a total of ${typed}, but the rows' scores add up to ${computed}; please check.`,
  taskShare: (task, common, points, share, kpi, kpiShare) =>
    `In "${task}", 任务完成率 and 满意度 take ${common} of its ${points} points (${share}); the guidance asks 40%. ` +
    `Its KPIs take ${kpi} (${kpiShare}); the guidance asks 60%.`,
  taskKpiCount: (task, count) => `"${task}" has ${count} KPI(s); at least 2 are required.`,
  taskNoQuantitative: (task) => `"${task}" has no quantitative KPI; at least one is required.`,
  duplicateTask: (task, first) => `Key task "${task}" repeats the name or number of the task at ${first}.`,
  scoreAbovePoints: (cell, score, points) => `${cell}: the typed score ${score} is above the points ${points}.`,
  actualValue: 'the actual value (实际完成值)',
  completionDate: 'the date it was done (e.g. 2023年10月)',
  deadlineMet: (actual, deadline) => `done ${clip(actual)}, by the deadline (${deadline})`,
  handScoreKept: () => 'qualitative',
  kept: (score, detail, check) => `Typed score ${score} kept (${detail}, not checked${check ? `; ${check}` : ''})`,
  keptUnverified: (score, verify, check) => `Typed score ${score} kept (not checked: ${verify}; ${check ?? 'a score the rule can give'})`,
  toVerify: (needs) => {
    switch (needs.kind) {
      case 'actual':
        return needs.cell ? `enter the actual value in ${needs.cell} to check it` : 'add a 实际完成值 (actual value) column and fill it in to check it';
      case 'labels':
        return `add ${needs.labels.map((l) => `"${clip(l, 30)}"`).join(', ')} to the basic data to check it`;
      case 'target':
        return 'enter the target (年度指标值) to check it';
      case 'figures':
        return 'enter the target (年度指标值) and the actual value (实际完成值) to check it';
      case 'cell':
        return `enter ${needs.what} in ${needs.cell} to check it`;
    }
  },
  typedImpossible: (reason) => `The typed score is not one the rule can give (${reason}); please check.`,
  typedAbove: (points, typed) => `the rule gives at most ${points}, ${typed} typed, counted as ${points}`,
  typedBelow: (typed) => `a score cannot be below 0, ${typed} typed, counted as 0`,
  typedNotAmong: (scores, typed) => `the rule gives only ${listOr(scores, 'or')}, ${typed} typed`,
  typedNotSteps: (points, rates, cap, typed) =>
    `the rule gives ${points} less ${rates.length === 1 ? `a whole number of ${rates[0]}` : `whole numbers of each deduction (${rates.join(', ')})`}${cap ? ` (at most ${cap} off)` : ''}, ${typed} typed`,
  typedNotSums: (typed) => `the rule gives a sum of the points of the criteria met, ${typed} typed`,
  verdictContradicts: (verdict, score, cell) => `The actual result is "${clip(verdict)}" but ${cell} holds full marks (${score}); they contradict each other: check and score by hand.`,
  verdictFull: (verdict) => `qualitative; actual result "${clip(verdict)}"`,
  verdictAsTarget: (verdict) => `qualitative; the actual result "${clip(verdict)}" is the target itself`,
  rateLine: (expr, rate) => `${expr}=${rate}`,
  tierMet: (value, band, outcome) => `${value}, ${band}: ${outcome}`,
  outcomeFull: 'no deduction',
  outcomeShare: (share) => `scored at ${share}`,
  outcomePoints: (points) => `${points} points`,
  outcomeNone: 'no points',
  outcomeMinus: (points) => `minus ${points}`,
  otherwise: 'any other case',
  yesOrNo: '是 or 否 (yes or no)',
  caseOf: (cases) => `the case that applies (${cases.map((c) => `"${c}"`).join(', ')})`,
  yesNo: (yes, no, answer, outcome) => `scored on "${clip(yes, 20)}/${clip(no, 20)}": ${clip(answer, 20)}, ${outcome}`,
  caseMet: (key, outcome) => `case "${clip(key, 30)}": ${outcome}`,
  compositePart: (label, count, rate) => `${clip(label, 20)} ${count} × ${rate}`,
  bareTarget: (figure, ceiling) => `target ${figure} read as a ${ceiling ? 'ceiling' : 'floor'}; `,
  rangeTarget: (range, figure, ceiling) => `target ${range} read as a ${ceiling ? 'ceiling' : 'floor'} of ${figure}; `,
  executionIndicator: '预算执行率 (budget execution)',
  fullYearBudget: '全年预算数 (full-year budget)',
  initialBudget: '年初预算数 (initial budget)',
  fullYearSpent: '全年执行数 (full-year spending)',
  executionRate: (spent, budget, rate, arithmetic) => `execution ${spent}÷${budget}=${rate}, ${arithmetic}`,
  executionRateBy: (spent, budget, rate, detail) => `execution ${spent}÷${budget}=${rate}; by the block's own method: ${detail}`,
  noBandMet: (value) => `${value} falls in none of the rule's bands`,
  perItem: (parts, total) => `${parts.join(', ')}: ${total} in all`,
  perItemNone: 'no problems found',
  perItemPart: (count, rate) => `${count} found × ${rate}`,
  deductionCap: (cap) => ` (deductions capped at ${cap})`,
  countedOver: (items, count) => `${items.join('; ')} (${count} over budget)`,
  countedNone: (items) => `${items.join('; ')} (none over budget)`,
  countedGiven: (count) => `${count} reported`,
  overItem: (name, spent, budget) => `${name}: spent ${spent} over budget ${budget}`,
  withinItem: (name, spent, budget) => `${name}: spent ${spent} within budget ${budget}`,
  percentagePoints: (figure) => `${figure} points`,
  stepsShort: (value, base, diff, step, rate, steps) => `${value} is ${diff} below ${base}; ${rate} off per ${step}: ${steps} step(s)`,
  stepsOver: (value, base, diff, step, rate, steps) => `${value} is ${diff} above ${base}; ${rate} off per ${step}: ${steps} step(s)`,
  stepsApart: (value, base, diff, step, rate, steps) => `${value} is ${diff} from ${base}; ${rate} off per ${step}: ${steps} step(s)`,
  stepsNone: (value, base) => `${value} against ${base}: no deduction`,
  checklist: (parts) => parts.join('; '),
  criterion: (marker, met, points) => `${marker} ${met ? 'yes' : 'no'} (${met ? points : '0'})`,
  targetMet: (actual, target) => `actual ${clip(actual)} meets the target ${clip(target)}`,
  targetMissed: (actual, target, arithmetic) => `actual ${clip(actual)} misses the target ${clip(target)}: ${arithmetic}`,
  proportional: (arithmetic) => `in proportion to completion: ${arithmetic}`,
  formulaCapped: (arithmetic) => `${arithmetic}, above the points: full marks`,
  actualRate: (rate) => `actual completion ${rate}, `,
};

/** `0分、1分或2分` / `0, 1 or 2`: a list whose last two are joined by the word. */
function listOr(items: readonly string[], word: string): string {
  if (items.length <= 1) return items.join('');
  const sep = word === '或' ? '、' : ', ';
  const last = word === '或' ? `或${items[items.length - 1]}` : ` ${word} ${items[items.length - 1]}`;
  return `${items.slice(0, -1).join(sep)}${last}`;
}

export function messages(lang: Lang): Messages {
  return lang === 'en' ? en : zh;
}
