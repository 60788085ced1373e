// The indicator table's rows: level-1/level-2 names continued down merged and empty cells, points
// stated in their text (`(10分) 预算管理`), and the level-3 rows that carry points and scores.
import { toA1 } from '../address';
import { compactText, normalizeText } from '../text';
import type { Area, CellValue, Columns, Layout } from '../types';
import { Grid } from './grid';
import { D, type Dec } from '../numbers';

/** A level name with the points written into it, `(10分) 预算管理` → 预算管理, 10. */
export interface LevelName {
  readonly name: string;
  readonly points: Dec | null;
  /** Where the name is written (the merged area's top-left). */
  readonly cell: string;
}

export interface IndicatorRow {
  readonly row: number;
  readonly level1: LevelName | null;
  readonly level2: LevelName | null;
  readonly indicator: string;
  readonly pointsCell: string;
  readonly pointsValue: CellValue;
  readonly pointsFormat: string | null;
  /** 评分标准 text, unless it is group guidance (see below). */
  readonly ruleText: string;
  readonly ruleCell: string | null;
  /** The 评分标准 cell spans several indicator rows and gives no scoring verb: guidance, not a rule. */
  readonly ruleIsGuidance: boolean;
  readonly targetText: string;
  readonly targetCell: string | null;
  readonly explanationText: string;
  readonly explanationCell: string | null;
  readonly actualCell: string | null;
  readonly actualValue: CellValue;
  readonly actualFormat: string | null;
  readonly scoreCell: string;
  readonly scoreValue: CellValue;
  readonly scoreFormat: string | null;
  readonly scoreIsFormula: boolean;
}

// Names keep their own characters (`“三公”经费控制`, full-width brackets); only spacing is tidied.
const POINTS_IN_NAME = [
  /^\s*[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]\s*(.+)$/, // (10分) 预算管理
  /^(.+?)\s*[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]\s*$/, // 预算管理（10分）
];

const tidyName = (text: string): string =>
  text.replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '').replace(/[\s\u3000]+/g, ' ').trim();

function parseLevelName(text: string, cell: string): LevelName | null {
  const t = tidyName(text);
  if (t === '') return null;
  const digits = normalizeText(t);
  const front = POINTS_IN_NAME[0].exec(digits);
  if (front) return { name: t.slice(t.length - front[2].length).trim(), points: new D(front[1]), cell };
  const back = POINTS_IN_NAME[1].exec(digits);
  if (back) return { name: t.slice(0, back[1].length).trim(), points: new D(back[2]), cell };
  return { name: t, points: null, cell };
}

/** Words that make a text a scoring rule rather than guidance on setting indicators. */
const SCORING_VERB = /扣\s*[\d.一二两三四五六七八九十]+\s*分|扣分|扣完|得分|计分|记分|打分|满分|不得分|[得计]\s*[\d.]+\s*分|≥|≤|[<>]=?/;

function isGuidance(text: string, merge: Area | undefined, indicatorRows: number): boolean {
  return merge !== undefined && indicatorRows > 1 && !SCORING_VERB.test(normalizeText(text));
}

export function readRows(grid: Grid, layout: Layout): IndicatorRow[] {
  const c: Columns = layout.columns;
  const end = layout.totalRow ?? grid.bottom;
  const rows: IndicatorRow[] = [];
  let level1: LevelName | null = null;
  let level2: LevelName | null = null;
  const opt = (col: number | undefined, row: number) =>
    col === undefined ? { text: '', cell: null } : { text: grid.text(row, col), cell: toA1(row, col) };

  // A merged level cell reads the same on every row it covers: parse its text once.
  const parsed = new Map<string, LevelName | null>();
  const levelName = (text: string, cell: string): LevelName | null => {
    if (!parsed.has(cell)) parsed.set(cell, parseLevelName(text, cell));
    return parsed.get(cell)!;
  };
  // Likewise a merged 评分标准 cell is guidance or not once for all its rows.
  const guidance = new Map<string, boolean>();

  const candidates: number[] = [];
  for (let row = layout.headerRow + 1; row < end; row++) {
    if (compactText(grid.text(row, c.indicator)) !== '') candidates.push(row);
  }
  const indicatorRowSet = new Set(candidates);

  for (let row = layout.headerRow + 1; row < end; row++) {
    if (c.level1 !== undefined) {
      const text = grid.text(row, c.level1);
      if (text !== '') {
        const area = grid.merge(row, c.level1);
        const name = levelName(text, toA1(area?.top ?? row, area?.left ?? c.level1));
        if (name && name.cell !== level1?.cell) {
          level1 = name;
          level2 = null;
        }
      }
    }
    if (c.level2 !== undefined) {
      const text = grid.text(row, c.level2);
      if (text !== '') {
        const area = grid.merge(row, c.level2);
        const name = levelName(text, toA1(area?.top ?? row, area?.left ?? c.level2));
        if (name && name.cell !== level2?.cell) level2 = name;
      }
    }
    if (!indicatorRowSet.has(row)) continue; // blank or note row

    const rule = opt(c.rule, row);
    const ruleMerge = c.rule === undefined ? undefined : grid.merge(row, c.rule);
    const spanned = ruleMerge ? countBetween(candidates, ruleMerge.top, ruleMerge.bottom) : 1;
    const ruleCell = ruleMerge && c.rule !== undefined ? toA1(ruleMerge.top, ruleMerge.left) : rule.cell;
    let ruleIsGuidance = false;
    if (rule.text !== '') {
      const known = ruleCell !== null && ruleMerge ? guidance.get(ruleCell) : undefined;
      ruleIsGuidance = known ?? isGuidance(rule.text, ruleMerge, spanned);
      if (ruleCell !== null && ruleMerge) guidance.set(ruleCell, ruleIsGuidance);
    }
    const actual = opt(c.actual, row);
    rows.push({
      row,
      level1,
      level2,
      indicator: tidyName(grid.text(row, c.indicator)),
      pointsCell: toA1(row, c.points),
      pointsValue: grid.value(row, c.points),
      pointsFormat: grid.numberFormat(row, c.points),
      ruleText: rule.text,
      ruleCell,
      ruleIsGuidance,
      targetText: opt(c.target, row).text,
      targetCell: opt(c.target, row).cell,
      explanationText: opt(c.explanation, row).text,
      explanationCell: opt(c.explanation, row).cell,
      actualCell: actual.cell,
      actualValue: c.actual === undefined ? null : grid.raw(row, c.actual),
      actualFormat: c.actual === undefined ? null : grid.numberFormat(row, c.actual),
      scoreCell: toA1(row, c.score),
      scoreValue: grid.raw(row, c.score),
      scoreFormat: grid.numberFormat(row, c.score),
      scoreIsFormula: grid.isFormula(row, c.score),
    });
  }
  return rows;
}

/** How many of the sorted rows lie in [low, high] (binary search: a sheet may have 100,000 rows). */
function countBetween(sorted: readonly number[], low: number, high: number): number {
  return firstAtLeast(sorted, high + 1) - firstAtLeast(sorted, low);
}

function firstAtLeast(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
