// The scoring core's public data shapes. Everything here is plain data: adapters (Excel, .xlsx)
// build a Workbook from cells and turn a ScoreResult/WritePlan back into cells.
import type Decimal from 'decimal.js';

export type Lang = 'zh' | 'en';

/** A cell's computed value as the host reports it. Formula cells give their result. */
export type CellValue = string | number | boolean | null | CellError;
/** An Excel error value such as `#DIV/0!`, `#REF!`, `#N/A`. */
export interface CellError {
  readonly error: string;
}

/**
 * The error an adapter reports for a formula whose result the file does not hold (an .xlsx written
 * by a program that stores no cached values): the cell must not read as empty, nor as zero.
 */
export const NO_RESULT = '#NO_RESULT';

/** Zero-based, absolute position on a sheet (row 0 = sheet row 1, col 0 = column A). */
export interface CellPos {
  readonly row: number;
  readonly col: number;
}

/** A merged area, zero-based and inclusive on both ends. */
export interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * One sheet as a grid of cells. `values[r][c]` is the cell at (origin.row + r, origin.col + c),
 * so a used range that starts at C5 need not be padded. Rows may be ragged; missing cells are empty.
 */
export interface SheetGrid {
  readonly name: string;
  readonly origin?: CellPos;
  readonly values: readonly (readonly CellValue[])[];
  /** Same shape as values; true (or the formula text) where the cell holds a formula. */
  readonly formulas?: readonly (readonly (string | boolean | null | undefined)[])[];
  /** Same shape as values; the number format, so 0.9738 shown as `0.00%` reads as 97.38%. */
  readonly numberFormats?: readonly (readonly (string | null | undefined)[])[];
  readonly merges?: readonly Area[];
}

export interface Workbook {
  readonly indicatorSheet: SheetGrid;
  /** The 基础数据 sheet, when the workbook has one. */
  readonly basicData?: SheetGrid;
}

export interface ScoreOptions {
  readonly lang?: Lang;
  /** The user agreed to overwrite 得分 cells that hold formulas (else they are kept, with a warning). */
  readonly overwriteFormulas?: boolean;
}

/** The columns found on the header row (absolute column indexes). */
export interface Columns {
  readonly level1?: number;
  readonly level2?: number;
  readonly indicator: number;
  /** Absent when each indicator's name carries its points (`相关性(5分)`). */
  readonly points?: number;
  /** 年度指标值 / 目标值: the target figure. */
  readonly target?: number;
  /** 指标解释 / 指标说明: an explanation, which often states the target too. */
  readonly explanation?: number;
  readonly rule?: number;
  readonly actual?: number;
  readonly score: number;
  readonly reason?: number;
  /** 年初指标值 when the header also has an adjusted target (年度指标值 over 年初/调整): used where the adjusted one is empty. */
  readonly initialTarget?: number;
  /**
   * A target written over several columns (年度指标值 over 指标性质 | 指标值 | 度量单位, or a 计量单位 column
   * beside it): the columns whose texts, joined in order, make the target (`≥` `735` `人次`).
   */
  readonly targetParts?: readonly number[];
  /** A 分值 column right of the level-1 (level-2) column: that level's points (一级指标 | 分值 | 二级指标 | 分值 | …). */
  readonly level1Points?: number;
  readonly level2Points?: number;
  /**
   * The office's reasoning (偏差原因分析及改进措施, 未完成原因…): never written, read only for the report,
   * which says why a point was lost in the office's own words.
   */
  readonly remarks?: number;
}

/** A project table's 预算执行率 block (SPEC §2.1a): its header row and the 年度资金总额 row that is scored. */
export interface BudgetBlock {
  readonly headerRow: number;
  readonly row: number;
  readonly columns: {
    /** The divisor: 全年预算数 (or 调整后预算数), else 年初预算数 (see `divisor`). */
    readonly budget: number;
    readonly spent: number;
    /** Absent when the block has no 分值 cell (see `stated`). */
    readonly points?: number;
    readonly score: number;
    readonly rate?: number;
  };
  /** The divisor is 年初预算数(A): the block has no 全年预算数. */
  readonly divisor?: 'initial';
  /**
   * Without a 分值 column: the points the block states in its label or 得分 header (`预算执行情况(10分)`),
   * or null where it states none — then the block cannot be scored, and a warning says what to add.
   */
  readonly stated?: { readonly cell: string; readonly value: number } | null;
  /** The block's own 得分计算方法, where it states one other than points × 执行率. */
  readonly method?: { readonly cell: string; readonly text: string };
}

export interface Layout {
  /**
   * Where this table's area starts when another table stands above it on the sheet (the row after that
   * one's 合计): its title rows, budget block and header are looked for from here. Absent for the first.
   */
  readonly areaTop?: number;
  /** The header's last row (a two-row header's sub-headers); indicators start below it. */
  readonly headerRow: number;
  /** The header's first row (the same as headerRow for a one-row header). */
  readonly headerTop: number;
  readonly columns: Columns;
  /**
   * What the score column holds: points (得分), or the score as a percentage of the points
   * (得分系数(%), the score being 得分系数 × 指标权重).
   */
  readonly scoreScale: 'points' | 'share';
  /** The 合计/总计 row, when the table has one. */
  readonly totalRow?: number;
  /** Without a 合计, the row where the next table on the sheet begins (its title): this one ends before it. */
  readonly endRow?: number;
  /** A project table's 预算执行率 block above the indicators, scored as a row. */
  readonly budget?: BudgetBlock;
}

export type Severity = 'error' | 'warning';

export type IssueCode =
  // the sheet as a whole
  | 'no-header'
  | 'duplicate-column'
  | 'no-indicators'
  // a row's input
  | 'bad-points'
  | 'not-a-number'
  | 'negative-value'
  | 'not-a-count'
  | 'too-many-answers'
  | 'too-few-answers'
  | 'unknown-answer'
  | 'rate-above-100'
  | 'missing-input'
  | 'missing-label'
  | 'division-by-zero'
  | 'cell-error'
  | 'unit-mismatch'
  // warnings
  | 'manual-score-needed'
  | 'input-disagrees'
  | 'formula-in-score'
  | 'points-mismatch'
  | 'total-not-100'
  | 'total-disagrees'
  | 'task-share'
  | 'task-kpi-count'
  | 'task-no-quantitative'
  | 'duplicate-task'
  | 'score-above-points'
  | 'score-changed'
  | 'budget-no-points'
  | 'verdict-contradicts'
  | 'typed-score-impossible';

export interface Issue {
  readonly severity: Severity;
  /** A1 address of the cell to look at, e.g. `G11` (on the indicator sheet unless `sheet` says otherwise). */
  readonly cell: string;
  readonly sheet?: string;
  readonly code: IssueCode;
  readonly message: string;
}

export type RuleFamily =
  | 'formula'
  | 'rate-tiers'
  | 'per-item'
  | 'counted-table'
  | 'steps'
  | 'range-tiers'
  | 'checklist'
  | 'target'
  | 'proportional'
  | 'qualitative'
  | 'composite'
  | 'yes-no'
  | 'categorical'
  | 'execution-rate';

interface RowBase {
  /** Absolute zero-based sheet row. */
  readonly row: number;
  /** A1 address of the row's 得分 cell. */
  readonly cell: string;
  /** The 得分 cell's column (zero-based; the budget block's own 得分 column for its row). */
  readonly col: number;
  readonly level1: string;
  readonly level2: string;
  readonly indicator: string;
  /** What the 得分 cell held before scoring (a hand-typed score, usually). */
  readonly previous: CellValue;
  /** That hand-typed score in points (a 得分系数 converted), or null when the cell held no figure. */
  readonly typedScore: Decimal | null;
  /** True when the 得分 cell holds a formula. */
  readonly scoreIsFormula: boolean;
  /** The recognised family, or null when the rule text was not recognised. */
  readonly family: RuleFamily | null;
  /** The text the row was scored by (its 评分标准, target, explanation or name); '' for a budget block. */
  readonly ruleText: string;
  /** What the office wrote in its reasoning column for this row (偏差原因…), or null. */
  readonly remark: string | null;
}

/** A figure of 基础数据 a rule used, for the report's prose (`中期评估调整取消资金73.69万元`). */
export interface Figure {
  readonly label: string;
  /** The value as the sheet gives it, in words (`73.69`, `97.38%`). */
  readonly value: string;
  /** The unit column's text (万元), when 基础数据 has one. */
  readonly unit: string | null;
}

/**
 * An input a rule needs and the row lacks, as the place to fill it: what would verify a typed score
 * kept meanwhile (SPEC §2.3).
 */
export type Needed =
  /** The row's 实际完成值: its cell, or null where the table has no such column. */
  | { readonly kind: 'actual'; readonly cell: string | null }
  /** 基础数据 labels the rule names. */
  | { readonly kind: 'labels'; readonly labels: readonly string[] }
  /** The row's 年度指标值, which the rule counts from. */
  | { readonly kind: 'target' }
  /** Both the 年度指标值 and the 实际完成值 of a row that names a measure and has neither. */
  | { readonly kind: 'figures' }
  /** A cell of the row's own (a budget block's 全年预算数), and what it holds. */
  | { readonly kind: 'cell'; readonly cell: string; readonly what: string };

/**
 * Why a typed score stands as the row's score, not one the scorer computed: it is never to be shown as
 * checked (SPEC §2.3, §3).
 */
export interface KeptScore {
  /**
   * `judgement`: the rule leaves the score to a person (定性评价). `unverified`: the input the rule needs
   * is missing (a finished self-evaluation with no 实际完成值), and the explanation names it.
   */
  readonly because: 'judgement' | 'unverified';
  /**
   * The typed score is one the rule can give (yes/no: 0 or the points; a checklist: a sum of its
   * criteria; …), within [0, points]. When it is not, a warning gives the reason; one above the points
   * or below zero is counted as the points or 0.
   */
  readonly possible: boolean;
}

export interface ScoredRow extends RowBase {
  readonly status: 'full' | 'deducted';
  readonly points: Decimal;
  readonly score: Decimal;
  readonly deduction: Decimal;
  /** The typed score kept as the row's score, and why; null for a score computed by the rule. */
  readonly kept: KeptScore | null;
  /** Inputs and arithmetic, in the result's language, e.g. `扣0.25分：(3184.21-73.69-83.46)/3184.21×5=4.75`. */
  readonly explanation: string;
  /** The 基础数据 figures the rule read, in the order it read them (none when it read only the row). */
  readonly figures: readonly Figure[];
}

export interface ManualRow extends RowBase {
  readonly status: 'manual';
  readonly points: Decimal;
  readonly score: null;
  readonly deduction: null;
  readonly explanation: string;
  /**
   * The row has a typed score that its own verdict contradicts (full marks beside 部分达成): it needs
   * review, not a score from nothing.
   */
  readonly review: boolean;
}

export interface ErrorRow extends RowBase {
  readonly status: 'error';
  /** Null when the points themselves are what is wrong. */
  readonly points: Decimal | null;
  readonly score: null;
  readonly deduction: null;
  /** What to fix, naming the cell. */
  readonly explanation: string;
}

export type RowResult = ScoredRow | ManualRow | ErrorRow;

export interface GroupTotal {
  readonly name: string;
  /** Points from the sheet (`(10分) 预算管理`) or, failing that, the sum of its rows. */
  readonly points: Decimal;
  readonly score: Decimal;
  /** Whether every row of the group has a score. */
  readonly complete: boolean;
}

export type Grade = '优' | '良' | '中' | '差';

export interface ScoreResult {
  readonly lang: Lang;
  readonly sheet: string;
  /**
   * The texts above the table (title, unit, a project's name and department), row by row, each row's
   * non-empty cells left to right: what the report names the unit and the year from.
   */
  readonly titleRows: readonly (readonly string[])[];
  /** The unit the form's amounts are in (`金额单位：万元`, `项目资金（万元）`), or null where it states none. */
  readonly amountUnit: string | null;
  /** Absent when no indicator table could be found (then `issues` says why). */
  readonly layout?: Layout;
  readonly rows: readonly RowResult[];
  /** Sum of the row scores that could be given. */
  readonly total: Decimal;
  /** Sum of the rows' points. */
  readonly maxTotal: Decimal;
  /**
   * When the points do not add up to 100: the total as a share of them, total ÷ maxTotal × 100 rounded
   * to two decimals, on which the grade is taken. Null when they add up to 100.
   */
  readonly gradedOn: Decimal | null;
  /** Null while any row lacks a score: a partial total is not graded. */
  readonly grade: Grade | null;
  readonly complete: boolean;
  readonly level1: readonly GroupTotal[];
  readonly issues: readonly Issue[];
}
