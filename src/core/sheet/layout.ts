// Finding the indicator table: every row near the top is a candidate header, read alone or with the
// sub-headers below a merged parent (年度指标值 over 年初/调整); the candidate that explains the most
// columns and has indicator rows below it wins, so the header of a block above the table (a project's
// 预算执行率 block) does not. Then the 合计 row that ends the table, and that block, when there is one.
import { toA1 } from '../address';
import { messages } from '../messages';
import { readCell } from '../numbers';
import { compactText } from '../text';
import type { Columns, Issue, Lang, Layout, SheetGrid } from '../types';
import { findBudgetBlock } from './budgetBlock';
import { Grid } from './grid';
import { headerMeaning, headerWords, type HeaderKey, type HeaderMatch } from './headers';
import { isClosingRow, pointsInName } from './table';

const REQUIRED: readonly HeaderKey[] = ['indicator', 'points', 'score'];
/** How far down the header may stand (title rows, a project's budget and goal blocks above it). */
export const HEADER_SEARCH_ROWS = 40;
/** How many rows below a header are looked at for indicators (rows with points). */
const LOOK_BELOW = 8;

const NAMES: Readonly<Record<HeaderKey, string>> = {
  level1: '一级指标',
  level2: '二级指标',
  indicator: '三级指标',
  points: '分值',
  target: '年度指标值',
  explanation: '指标解释',
  rule: '评分标准',
  actual: '实际完成值',
  score: '得分',
  reason: '扣分原因',
  remarks: '偏差原因分析及改进措施',
  scoreShare: '得分系数',
  unit: '计量单位',
  context: '上年完成值',
};

interface Duplicate {
  readonly key: HeaderKey;
  readonly first: number;
  readonly second: number;
}

interface Candidate {
  /** The header's first and last rows (the last holds the sub-headers of a two-row header). */
  readonly top: number;
  readonly bottom: number;
  readonly columns: Partial<Record<HeaderKey, number>>;
  readonly initialTarget?: number;
  readonly targetParts?: readonly number[];
  /** 分值 columns right of the level columns: each level's points. */
  readonly levelPoints?: { readonly level1?: number; readonly level2?: number };
  /** No points column, and the indicators below carry their points in their names (`相关性(5分)`). */
  readonly pointsInNames: boolean;
  readonly duplicates: readonly Duplicate[];
  /** How many columns it explains plus how many indicator rows stand below it. */
  readonly weight: number;
}

const ownCell = (grid: Grid, row: number, col: number): boolean => {
  const m = grid.merge(row, col);
  return grid.text(row, col) !== '' && (!m || (m.top === row && m.left === col));
};

/**
 * Whether a row below a header's first row belongs to the header: it holds no figure, and each of its
 * own words stands under a parent merged across columns, under an empty cell, or is a header word
 * itself (an exporter repeats the headers). A row of indicators under a label merged down from the
 * header (`绩效指标(90分)`) is none: it has figures, or names standing under a header of their own.
 */
function isSubHeaderRow(grid: Grid, top: number, row: number): boolean {
  for (let c = grid.left; c < grid.right; c++) {
    if (!ownCell(grid, row, c)) continue;
    if (readCell(grid.raw(row, c)).kind === 'number') return false;
    const above = grid.merge(top, c);
    const underParent = above !== undefined && above.top === top && above.right > above.left && grid.text(top, c) !== '';
    if (!underParent && grid.text(top, c) !== '' && headerMeaning(grid.text(row, c)) === null) return false;
  }
  return true;
}

/** The last row of a header starting at `top`: its merges down, or a row of sub-headers under a merged parent. */
function headerBottom(grid: Grid, top: number): number {
  // A title merged across the table above its header is no parent: a header's first row names columns itself.
  let named = false;
  for (let c = grid.left; c < grid.right && !named; c++) named = ownCell(grid, top, c) && headerMeaning(grid.text(top, c)) !== null;
  if (!named) return top;
  let bottom = top;
  let parent = false;
  for (let c = grid.left; c < grid.right; c++) {
    const m = grid.merge(top, c);
    if (!m || m.top !== top) continue;
    if (m.bottom > bottom && m.bottom <= top + 2) bottom = Math.min(m.bottom, grid.bottom - 1);
    if (m.right > m.left && m.left === c && grid.text(top, c) !== '') parent = true;
  }
  if (bottom === top && parent && top + 1 < grid.bottom) {
    // Sub-headers are words: at least one of the row's own.
    let words = 0;
    for (let c = grid.left; c < grid.right; c++) if (ownCell(grid, top + 1, c)) words++;
    if (words > 0) bottom = top + 1;
  }
  // A merge down is the header's only over rows of sub-headers, not over indicators beside a label.
  for (let r = top + 1; r <= bottom; r++) if (!isSubHeaderRow(grid, top, r)) return r - 1;
  return bottom;
}

/**
 * Each column's header texts within the band, top down: a parent's words, then its sub-header's
 * (`年度指标值` `调整`). A parent merged across columns names its first column, and the others only
 * with a sub-header.
 */
function columnTexts(grid: Grid, top: number, bottom: number): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (let c = grid.left; c < grid.right; c++) {
    const parts: string[] = [];
    for (let r = top; r <= bottom; r++) {
      const m = grid.merge(r, c);
      if (m && m.top < r) continue; // read on the row it starts
      const text = grid.text(r, c);
      if (text === '') continue;
      if (m && m.left < c && !(r < bottom && ownCell(grid, bottom, c))) continue;
      if (parts[parts.length - 1] !== text) parts.push(text);
    }
    if (parts.length) out.set(c, parts);
  }
  return out;
}

/**
 * What a column's header means: its texts read together (`年度指标值调整`); else, under a target
 * (`计划值` over 指标性质 | 指标值 | 度量单位), a part of the target; else its sub-header alone (`一级`
 * under `绩效指标`).
 */
function columnMeaning(parts: readonly string[]): { match: HeaderMatch; text: string } | null {
  const whole = parts.join('');
  const match = headerMeaning(whole);
  if (match) return { match, text: whole };
  if (parts.length < 2) return null;
  const parent = headerMeaning(parts[0]);
  if (parent?.key === 'target') return { match: parent, text: whole };
  const sub = headerMeaning(parts[parts.length - 1]);
  return sub ? { match: sub, text: whole } : null;
}

/** Indicator rows below a header: rows with points in the points column, or in the indicator's name. */
function indicatorRowsBelow(grid: Grid, bottom: number, columns: Partial<Record<HeaderKey, number>>): { withPoints: number; namesWithPoints: number } {
  let withPoints = 0;
  let namesWithPoints = 0;
  for (let r = bottom + 1; r <= bottom + LOOK_BELOW && r < grid.bottom; r++) {
    if (columns.points !== undefined) {
      const reading = readCell(grid.value(r, columns.points), grid.numberFormat(r, columns.points));
      if (reading.kind === 'number' && reading.quantity.value.greaterThan(0)) withPoints++;
    }
    if (columns.indicator !== undefined && pointsInName(grid.text(r, columns.indicator)) !== null) namesWithPoints++;
  }
  return { withPoints, namesWithPoints };
}

/** A target's sub-headers: the comparison (`指标性质`, `符号`) and the unit (`度量单位`), beside the figure. */
function targetPart(text: string): 'comparison' | 'unit' | 'figure' {
  if (/性质|符号|运算|方向|关系/.test(text)) return 'comparison';
  if (/单位/.test(text)) return 'unit';
  return 'figure';
}

/** How far below a header the rows are read to tell the levels' points from the indicators'. */
const LEVEL_ROWS = 60;

/**
 * Of several 分值 columns, which hold the levels' points and which the indicators': a person reads
 * the values. A column whose figure stays the same through every level-1 group (20 over 项目决策) is
 * level 1's; one that stays through every level-2 group, level 2's; the one that changes within a
 * group is the indicators'. Where no column changes within a group (one indicator a group), each
 * 分值 belongs to the nearest level (or the indicator) on its left. Null when it cannot be told.
 */
function levelPointsColumns(
  grid: Grid,
  bottom: number,
  found: ReadonlyMap<HeaderKey, readonly { col: number }[]>,
  candidates: readonly number[],
): { points: number; levels: { level1?: number; level2?: number } } | null {
  const level1 = found.get('level1')?.[0]?.col;
  const level2 = found.get('level2')?.[0]?.col;
  const indicator = found.get('indicator')?.[0]?.col;
  if (indicator === undefined || (level1 === undefined && level2 === undefined)) return null;
  const rows: number[] = [];
  for (let r = bottom + 1; r < Math.min(grid.bottom, bottom + 1 + LEVEL_ROWS); r++) if (grid.text(r, indicator) !== '') rows.push(r);
  // Each row's value in a column, an empty cell continuing the one above (a merged cell reads the same).
  const continued = (col: number | undefined, within?: readonly string[]): string[] => {
    let current = '';
    return rows.map((r, i) => {
      if (within && i > 0 && within[i] !== within[i - 1]) current = '';
      current = grid.text(r, col!) || current;
      return (within ? `${within[i]}|` : '') + current;
    });
  };
  const groups1 = level1 === undefined ? null : continued(level1);
  const groups2 = level2 === undefined ? null : continued(level2, groups1 ?? undefined);
  const steady = (col: number, groups: readonly string[] | null) => {
    if (!groups) return false;
    const values = continued(col);
    return values.every((v, i) => i === 0 || groups[i] !== groups[i - 1] || v === values[i - 1]);
  };
  const finest = groups2 ?? groups1!;
  const changing = candidates.filter((c) => !steady(c, finest));
  if (changing.length > 1) return null;
  const levels: { level1?: number; level2?: number } = {};
  let points: number | undefined = changing[0];
  for (const col of candidates) {
    if (col === points) continue;
    const byValues = steady(col, groups1) ? 'level1' : steady(col, groups2) ? 'level2' : null;
    const left = [level1, level2, indicator].filter((c): c is number => c !== undefined && c < col).sort((a, b) => b - a)[0];
    const byPlace = left === level1 ? 'level1' : left === level2 ? 'level2' : left === indicator ? 'points' : null;
    // Values decide where the indicators' points are known; else the place does.
    const role = changing.length === 1 ? byValues : byPlace === 'points' ? 'points' : byPlace;
    if (role === 'points') {
      if (points !== undefined) return null;
      points = col;
    } else if (role && levels[role] === undefined) {
      levels[role] = col;
    } else {
      return null;
    }
  }
  return points === undefined ? null : { points, levels };
}

function candidateAt(grid: Grid, top: number): Candidate {
  const bottom = headerBottom(grid, top);
  const found = new Map<HeaderKey, { col: number; sure: boolean; text: string }[]>();
  for (const [col, parts] of columnTexts(grid, top, bottom)) {
    const meant = columnMeaning(parts);
    if (!meant) continue;
    const { match, text } = meant;
    const list = found.get(match.key) ?? [];
    list.push({ col, sure: match.sure, text });
    found.set(match.key, list);
  }
  const columns: Partial<Record<HeaderKey, number>> = {};
  const duplicates: Duplicate[] = [];
  let initialTarget: number | undefined;
  let targetParts: number[] | undefined;
  let levelPoints: Candidate['levelPoints'];
  for (const [key, all] of found) {
    // A sure name beats one that only carries the words — except among targets, which may stand
    // side by side (年初 and 调整) under one parent.
    const sure = all.filter((f) => f.sure);
    const list = sure.length && key !== 'target' ? sure : all;
    if (key === 'target' && list.length >= 2 && list.some((f) => targetPart(f.text) !== 'figure')) {
      // 年度指标值 over 指标性质 | 指标值 | 度量单位: one target in three cells.
      targetParts = list.map((f) => f.col);
      columns.target = (list.find((f) => targetPart(f.text) === 'figure') ?? list[0]).col;
      continue;
    }
    if (key === 'target' && list.length === 2) {
      // Two target columns (年初 and 调整, or a parent over both): the adjusted one, the initial as fallback.
      const initial = list.find((f) => /年初/.test(f.text)) ?? list[0];
      initialTarget = initial.col;
      columns.target = list.find((f) => f !== initial)!.col;
      continue;
    }
    if (key === 'points' && list.length > 1) {
      // 一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值: some 分值 are the levels' points.
      const levels = levelPointsColumns(grid, bottom, found, list.map((f) => f.col));
      if (levels) {
        levelPoints = levels.levels;
        columns.points = levels.points;
        continue;
      }
    }
    columns[key] = list[0].col;
    // The office's reasoning may take several columns (偏差原因 | 改进措施), and the background too
    // (上年完成值 | 佐证资料 | 完成率): none is read or written.
    if (key !== 'remarks' && key !== 'context') for (const extra of list.slice(1)) duplicates.push({ key, first: list[0].col, second: extra.col });
  }
  // A 计量单位 column beside the target completes it (`≥95` and `%`), in one cell or in parts (指标性质 | 指标值).
  if (columns.target !== undefined && columns.unit !== undefined) targetParts = [...(targetParts ?? [columns.target]), columns.unit];
  const explained = Object.keys(columns).length;
  const below = indicatorRowsBelow(grid, bottom, columns);
  const pointsInNames = columns.points === undefined && below.namesWithPoints > 0;
  return { top, bottom, columns, initialTarget, targetParts, levelPoints, pointsInNames, duplicates, weight: explained + below.withPoints + (pointsInNames ? below.namesWithPoints : 0) };
}

const present = (c: Candidate, k: HeaderKey): boolean =>
  c.columns[k] !== undefined || (k === 'score' && c.columns.scoreShare !== undefined) || (k === 'points' && c.pointsInNames);
const complete = (c: Candidate) => REQUIRED.every((k) => present(c, k));

/**
 * The header among the rows from `from`: the complete candidate that explains the most. A candidate
 * below a 合计 that ends the best one so far belongs to the next table on the sheet, and is left to it.
 */
function findHeader(grid: Grid, from = grid.top): { best: Candidate | null; closest: Candidate | null } {
  const last = Math.min(grid.bottom, from + HEADER_SEARCH_ROWS);
  let best: Candidate | null = null;
  let closest: Candidate | null = null;
  let ended = false;
  for (let row = from; row < last && !ended; row++) {
    if (best && row > best.bottom && isTotalRow(grid, row, best.columns.score)) ended = true;
    const c = candidateAt(grid, row);
    const explained = Object.keys(c.columns).length;
    if (complete(c)) {
      if (!best || (c.weight > best.weight && !ended)) best = c;
    } else if (explained >= 2 && (!closest || explained > Object.keys(closest.columns).length)) {
      closest = c;
    }
  }
  return { best, closest };
}

const TOTAL_ROW = /^(合计|总计|总分|合计得分|总得分|得分合计|分值合计|合计分值|总分值|综合得分|评价总分|自评总分)$/;

function isTotalLabel(text: string): boolean {
  return TOTAL_ROW.test(compactText(text).replace(/[:：]$/, ''));
}

const rowIsBlank = (grid: Grid, row: number): boolean => {
  for (let c = grid.left; c < grid.right; c++) if (grid.rawText(row, c) !== '') return false;
  return true;
};

/** A row with a total's label in any of its cells but the 得分 cell. */
function isTotalRow(grid: Grid, row: number, score: number | undefined): boolean {
  for (let c = grid.left; c < grid.right; c++) if (c !== score && isTotalLabel(grid.rawText(row, c))) return true;
  return false;
}

/** The 合计 row: the first below the header with a total's label, above the next table's start. */
function findTotalRow(grid: Grid, headerRow: number, columns: Columns, end: number): number | undefined {
  for (let row = headerRow + 1; row < end; row++) if (isTotalRow(grid, row, columns.score)) return row;
  return undefined;
}

export type LayoutSearch =
  | { readonly ok: true; readonly layout: Layout; readonly issues: Issue[] }
  | { readonly ok: false; readonly issues: Issue[] };

/** Locates the (first) table, with the issues that make it unusable (or merely questionable). */
export function locateTable(sheet: SheetGrid, lang: Lang, grid = new Grid(sheet)): LayoutSearch {
  return locateTables(sheet, lang, grid)[0];
}

/**
 * Every table on the sheet, top down (SPEC §2.1a: a page holding two projects): the first as
 * locateTable finds it, each next one among the rows below the 合计 that ends the one before. A sheet
 * with no table gives one refusal.
 */
export function locateTables(sheet: SheetGrid, lang: Lang, grid = new Grid(sheet)): LayoutSearch[] {
  const found: LayoutSearch[] = [];
  for (let at = locateFrom(sheet, lang, grid, grid.top); ; ) {
    found.push(at);
    if (!at.ok) return found;
    const { totalRow, endRow } = at.layout;
    if (totalRow === undefined && endRow === undefined) return found;
    // The rows that close the table (评价结论, 存在问题, signatures) are its own, not the next one's title.
    let from = totalRow !== undefined ? totalRow + 1 : endRow!;
    while (from < grid.bottom && (isClosingRow(grid, from) || rowIsBlank(grid, from))) from++;
    const next = locateFrom(sheet, lang, grid, from);
    if (!next.ok) return found;
    at = next;
  }
}

/**
 * Where the next table on the sheet begins: the table's header words again in its indicator column
 * (三级指标 over a second project's indicators), after a title, form rows or a budget block of its own —
 * the rows above it holding no figure in this table's points or score column. A header repeated with
 * nothing before it (a page break's) is the same table's. Undefined when no other table follows.
 */
function nextTableStart(grid: Grid, headerRow: number, columns: Columns): number | undefined {
  const { indicator, points, score } = columns;
  const figure = (row: number, col: number | undefined) => col !== undefined && readCell(grid.raw(row, col)).kind === 'number';
  for (let row = headerRow + 1; row < grid.bottom; row++) {
    const text = grid.rawText(row, indicator);
    // Most rows name an indicator: only a short text can be a header word.
    if (text === '' || text.length > 24) continue;
    const meaning = headerMeaning(text);
    if (meaning?.key !== 'indicator' || !meaning.sure) continue;
    let start = findBudgetBlock(grid, headerRow + 1, row)?.headerRow ?? row;
    while (start - 1 > headerRow && !figure(start - 1, points) && !figure(start - 1, score)) start--;
    if (start < row) return start;
  }
  return undefined;
}

function locateFrom(sheet: SheetGrid, lang: Lang, grid: Grid, from: number): LayoutSearch {
  const m = messages(lang);
  const { best, closest } = findHeader(grid, from);
  if (!best) {
    const near = closest
      ? {
          // The header's first column that means something: the row, as a person finds it.
          cell: toA1(closest.top, Math.min(...Object.values(closest.columns))),
          message: m.noHeaderNear(sheet.name, closest.top + 1, REQUIRED.filter((k) => !present(closest, k)).map((k) => NAMES[k])),
        }
      : { cell: toA1(grid.top, grid.left), message: m.noHeader(sheet.name) };
    return { ok: false, issues: [{ severity: 'error', code: 'no-header', ...near }] };
  }
  const issues: Issue[] = [];
  let fatal = false;
  for (const d of best.duplicates) {
    const required = REQUIRED.includes(d.key) || (d.key === 'scoreShare' && best.columns.score === undefined);
    fatal ||= required;
    issues.push({
      severity: required ? 'error' : 'warning',
      cell: toA1(best.bottom, d.second),
      code: 'duplicate-column',
      message: m.duplicateColumn(headerWords(grid.text(best.bottom, d.second)) || NAMES[d.key], toA1(best.bottom, d.first), toA1(best.bottom, d.second)),
    });
  }
  if (fatal) return { ok: false, issues };
  // A sheet with both 得分 and 得分系数 is scored in 得分 (the coefficient column is left as it is); with
  // 得分系数 alone, the scores go there as shares.
  const { scoreShare, unit: _unit, context: _context, ...found } = best.columns;
  const scoreScale = found.score === undefined ? 'share' : 'points';
  const columns = {
    ...found,
    score: found.score ?? scoreShare,
    ...(best.initialTarget !== undefined ? { initialTarget: best.initialTarget } : {}),
    ...(best.targetParts ? { targetParts: best.targetParts } : {}),
    ...(best.levelPoints?.level1 !== undefined ? { level1Points: best.levelPoints.level1 } : {}),
    ...(best.levelPoints?.level2 !== undefined ? { level2Points: best.levelPoints.level2 } : {}),
  } as Columns;
  const budget = findBudgetBlock(grid, from, best.top);
  const next = nextTableStart(grid, best.bottom, columns);
  const totalRow = findTotalRow(grid, best.bottom, columns, next ?? grid.bottom);
  return {
    ok: true,
    layout: {
      ...(from > grid.top ? { areaTop: from } : {}),
      headerRow: best.bottom,
      headerTop: best.top,
      columns,
      scoreScale,
      totalRow,
      ...(totalRow === undefined && next !== undefined ? { endRow: next } : {}),
      ...(budget ? { budget } : {}),
    },
    issues,
  };
}

/**
 * Of sheets none of which holds a complete header, the one that comes closest (the row explaining the
 * most columns): the sheet to say what is missing about. The first, when none comes close at all.
 */
export function closestToTable<S extends SheetGrid>(sheets: readonly S[]): S | undefined {
  let best: { sheet: S; explained: number } | undefined;
  for (const sheet of sheets) {
    const { closest } = findHeader(new Grid(sheet));
    const explained = closest ? Object.keys(closest.columns).length : 0;
    if (!best || explained > best.explained) best = { sheet, explained };
  }
  return best?.sheet;
}

/** The table's layout when the sheet is an indicator sheet (its header row matches), else null. */
export function findLayout(sheet: SheetGrid): Layout | null {
  const found = locateTable(sheet, 'zh');
  return found.ok ? found.layout : null;
}

/** The names a basic-data sheet goes by (SPEC §2.2). */
export const BASIC_DATA_SHEET_NAMES: readonly string[] = ['基础数据', '基础数据表', '评价数据'];

export function isBasicDataSheetName(name: string): boolean {
  return BASIC_DATA_SHEET_NAMES.includes(compactText(name));
}
